"""Growing delay after wrong passphrases, remembered across restarts.

Kept in a small file beside the key file (no client data: user names and
counts only), because the database cannot be opened without a passphrase.
Failures are copied into the audit trail at the next successful sign-in.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from shop_desktop.core.keyfile import atomic_write

STATE_NAME = "signin-state.json"
FREE_TRIES = 3
FIRST_DELAY = 2.0
MAX_DELAY = 300.0


class SignInThrottle:
    def __init__(self, folder: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = folder / STATE_NAME
        self.clock = clock

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _write(self, data: dict[str, Any]) -> None:
        atomic_write(self.path, json.dumps(data, indent=1, sort_keys=True).encode())

    @staticmethod
    def delay_after(failures: int) -> float:
        if failures < FREE_TRIES:
            return 0.0
        return min(MAX_DELAY, FIRST_DELAY * 2 ** (failures - FREE_TRIES))

    def wait_seconds(self, who: str) -> float:
        """How long before `who` may try again (0 when they may try now)."""
        record = self._read().get(who.casefold())
        if not record:
            return 0.0
        until = float(record["last"]) + self.delay_after(int(record["count"]))
        return max(0.0, until - self.clock())

    def record_failure(self, who: str) -> float:
        data = self._read()
        record = data.setdefault(who.casefold(), {"count": 0, "last": 0.0, "times": []})
        record["count"] = int(record["count"]) + 1
        record["last"] = self.clock()
        record["times"] = (list(record.get("times", [])) + [record["last"]])[-50:]
        self._write(data)
        return self.delay_after(record["count"])

    def take_failures(self) -> dict[str, list[float]]:
        """Failures not yet in the audit trail, by user; marks them as taken."""
        data = self._read()
        pending = {who: list(rec.get("times", [])) for who, rec in data.items() if rec.get("times")}
        if pending:
            for rec in data.values():
                rec["times"] = []
            self._write(data)
        return pending

    def clear(self, who: str) -> None:
        data = self._read()
        if who.casefold() in data:
            data[who.casefold()]["count"] = 0
            self._write(data)
