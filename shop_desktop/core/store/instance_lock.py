"""One app instance at a time may hold a vault open for writing (an OS file lock).

Two locks live in the vault folder:
- `shop.lock`, the writer's: held by the signed-in app or a CLI command from sign-in to close,
  and by a restore while it swaps files. A second writer is refused.
- `backup-running.lock`, held while a backup reads the vault. A backup does not need the writer's
  lock (a scheduled backup runs while the front desk is signed in: its snapshot is taken under
  the same brief SQLite write lock the app's own backup uses), but a restore takes both, so it
  never swaps files under a running backup, and only one backup runs at a time.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from shop_desktop.core.errors import VaultInUse, explained

LOCK_NAME = "shop.lock"
BACKUP_LOCK_NAME = "backup-running.lock"
IN_USE = "This vault is already open in another SHOP Desktop window or program. Close that one first, then try again."
BACKING_UP = "A backup of this vault is being made right now. Wait a minute for it to finish, then try again."


class InstanceLock:
    """Held from sign-in until the app closes the vault; released automatically if it crashes."""

    def __init__(self, folder: Path, name: str = LOCK_NAME) -> None:
        self.path = folder / name
        self._refusal = BACKING_UP if name == BACKUP_LOCK_NAME else IN_USE
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        if self._handle is not None:
            return
        try:
            handle = open(self.path, "a+b")
        except OSError as error:
            raise explained(error, self.path.parent, "signing in", "Nothing was changed.") from None
        try:
            _lock(handle)
        except OSError as exc:
            handle.close()
            raise VaultInUse(self._refusal) from exc
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

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


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
