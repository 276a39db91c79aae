"""One app instance at a time may hold a vault open for writing (an OS file lock)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from shop_desktop.core.errors import VaultInUse

LOCK_NAME = "shop.lock"


class InstanceLock:
    """Held from sign-in until the app closes the vault; released automatically if it crashes."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        if self._handle is not None:
            return
        handle = open(self.path, "a+b")
        try:
            _lock(handle)
        except OSError as exc:
            handle.close()
            raise VaultInUse(
                "This vault is already open in another SHOP Desktop window or program. "
                "Close that one first, then try again."
            ) from exc
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
