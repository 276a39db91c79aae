"""Long work for a worker thread, made ready on the GUI thread (Anki's CollectionOp/QueryOp idea).

A worker never reads the session's keys: `lock()` wipes them on the GUI thread, and a worker that
read them later would race it. So the action that starts long work copies the data key here, while
the session is certainly open, and hands back a WorkerTask: call it once on the worker thread with
(progress, is_cancelled); it opens its own connection there, wipes its copy of the key, and closes
the connection however it ends. (It opened the connection here until the GUI thread was measured:
a SQLCipher connection's first statement reads the schema under cipher_memory_security, 23 ms of
the GUI thread per job.) The screen sees neither the connection nor the key, only a callable for
gui.workers.Job.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from shop_desktop.core.progress import Progress
from shop_desktop.core.store import db
from shop_desktop.core.store.places import DB_NAME

if TYPE_CHECKING:
    from pathlib import Path

    from shop_desktop.core.store.db import Connection
    from shop_desktop.core.store.vault import Vault

R = TypeVar("R")
Work = Callable[["Connection", Progress, Callable[[], bool]], R]


class WorkerTask(Generic[R]):
    """One piece of work and the key to open its connection with; runs once, on any one thread."""

    def __init__(self, path: Path, data_key: bytes, work: Work[R]) -> None:
        self._path = path
        self._key: bytearray | None = bytearray(data_key)
        self._work = work

    def __call__(self, progress: Progress, is_cancelled: Callable[[], bool]) -> R:
        key, self._key = self._key, None
        if key is None:
            raise RuntimeError("A worker task runs once.")
        try:
            conn = db.connect_worker(self._path, bytes(key))
        finally:
            _wipe(key)
        try:
            return self._work(conn, progress, is_cancelled)
        finally:
            conn.close()

    def discard(self) -> None:
        """The job will not run after all (the screen went away first): forget the key."""
        key, self._key = self._key, None
        if key is not None:
            _wipe(key)


def _wipe(key: bytearray) -> None:
    key[:] = bytes(len(key))


def for_worker(vault: Vault, work: Work[R]) -> WorkerTask[R]:
    """Machinery for actions (not an action itself): the data key copied now, on this thread."""
    return WorkerTask(vault.folder / DB_NAME, vault.data_key, work)
