"""Growing delay after wrong passphrases, remembered across restarts (TRUST.md T10).

Kept in a small file beside the key file, because the database cannot be opened without a
passphrase. What it holds and why:

- Nothing a person typed. A name that is an account in the key file is stored as that account's
  own label from the key file (already on disk in plaintext); anything else typed into the name
  box (a passphrase typed in the wrong box, a misspelt name) counts in one shared bucket "" and
  is never written.
- A timestamp in the future (a clock put forward, an edited file) is clamped to now, so it can
  never make a wait longer than the count deserves nor, once the clock is back, shorter.
- A damaged file, garbage, or a folder in its place fails closed: the delay is as if at the last
  count this process saw (at least the first delay), never a crash and never unlimited tries.
- Deleting the file resets it. That is accepted: the Argon2id cost of every try is the real
  protection (TRUST.md T10; the security model says so).

Failures are copied into the audit trail at the next successful sign-in.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from shop_desktop.core.store import journal
from shop_desktop.core.store.places import list_usernames

STATE_NAME = "signin-state.json"
FREE_TRIES = 3
FIRST_DELAY = 2.0
MAX_DELAY = 300.0
UNKNOWN = ""  # the bucket for every name that is not an account: what was typed is not kept
MAX_TIMES = 50

# What this process last saw, per state file: used when the file can't be trusted.
_last_seen: dict[str, dict[str, dict[str, Any]]] = {}


class SignInThrottle:
    def __init__(self, folder: Path, clock: Callable[[], float] = time.time) -> None:
        self.folder = folder
        self.path = folder / STATE_NAME
        self.clock = clock

    # --- reading and writing the state -------------------------------------------------------

    def _read(self) -> tuple[dict[str, dict[str, Any]], bool]:
        """(records by bucket, trustworthy?). A missing file is a clean start; anything else odd is not."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}, True
        except OSError:  # a folder in its place, no permission, a failing disk
            return {}, False
        try:
            data = json.loads(raw.decode("utf-8"))
        except ValueError:
            return {}, False
        if not isinstance(data, dict):
            return {}, False
        records = {}
        for bucket, record in data.items():
            clean = self._clean(record)
            if clean is None:
                return {}, False
            records[str(bucket)] = clean
        if records != data:  # a timestamp from the future: the clamped one is kept, so the wait can end
            self._write(records)
        return records, True

    def _clean(self, record: object) -> dict[str, Any] | None:
        """A record as this code writes it, with timestamps clamped to now; None if it isn't one."""
        if not isinstance(record, dict):
            return None
        count, last, times = record.get("count"), record.get("last"), record.get("times", [])
        if type(count) is not int or count < 0 or not _is_time(last) or not isinstance(times, list):
            return None
        if not all(_is_time(t) for t in times):
            return None
        now = self.clock()
        return {"count": count, "last": min(float(last or 0), now), "times": [min(float(t), now) for t in times]}

    def _state(self) -> dict[str, dict[str, Any]]:
        """The records to act on: the file's, or (if it can't be trusted) what this process last saw."""
        records, trusted = self._read()
        if trusted:
            return records
        seen = {k: dict(v) for k, v in _last_seen.get(str(self.path), {}).items()}
        return seen

    def _write(self, data: dict[str, dict[str, Any]]) -> None:
        _last_seen[str(self.path)] = {k: dict(v) for k, v in data.items()}
        try:
            journal.atomic_write(self.path, json.dumps(data, indent=1, sort_keys=True).encode())
        except OSError:
            pass  # remembered in this process; signing in must not fail because this file can't be written

    def _bucket(self, who: str) -> str:
        """The account's own label from the key file, or the shared bucket: never the typed text."""
        wanted = who.strip().casefold()
        for name in list_usernames(self.folder):
            if name.casefold() == wanted:
                return name.casefold()
        return UNKNOWN

    # --- what sign-in asks ---------------------------------------------------------------------

    @staticmethod
    def delay_after(failures: int) -> float:
        if failures < FREE_TRIES:
            return 0.0
        return min(MAX_DELAY, FIRST_DELAY * 2 ** min(failures - FREE_TRIES, 32))

    def wait_seconds(self, who: str) -> float:
        """How long before `who` may try again (0 when they may try now)."""
        records, trusted = self._read()
        if not trusted:
            return self._wait_when_damaged(self._bucket(who))
        record = records.get(self._bucket(who))
        if not record:
            return 0.0
        delay = self.delay_after(int(record["count"]))
        return max(0.0, min(delay, record["last"] + delay - self.clock()))

    def _wait_when_damaged(self, bucket: str) -> float:
        """Fail closed: as if at the last count seen, and never less than the first delay."""
        record = _last_seen.get(str(self.path), {}).get(bucket)
        count = max(FREE_TRIES, int(record["count"]) if record else 0)
        last = float(record["last"]) if record else self.clock()
        delay = self.delay_after(count)
        if record is None:
            _last_seen.setdefault(str(self.path), {})[bucket] = {"count": count, "last": last, "times": []}
            return delay
        return max(0.0, min(delay, last + delay - self.clock()))

    def record_failure(self, who: str) -> float:
        data = self._state()
        bucket = self._bucket(who)
        record = data.setdefault(bucket, {"count": 0, "last": 0.0, "times": []})
        record["count"] = int(record["count"]) + 1
        record["last"] = self.clock()
        record["times"] = (list(record["times"]) + [record["last"]])[-MAX_TIMES:]
        self._write(data)
        return self.delay_after(record["count"])

    def take_failures(self) -> dict[str, list[float]]:
        """Failures not yet in the audit trail, by account label ("" for names that are no account)."""
        data = self._state()
        pending = {who: list(rec["times"]) for who, rec in data.items() if rec.get("times")}
        if pending:
            for rec in data.values():
                rec["times"] = []
            self._write(data)
        return pending

    def clear(self, who: str) -> None:
        data = self._state()
        bucket = self._bucket(who)
        if bucket in data and bucket != UNKNOWN:
            data[bucket]["count"] = 0
            self._write(data)


def _is_time(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value >= 0
