"""Long work for a worker thread, made ready on the GUI thread (Anki's CollectionOp/QueryOp idea).

A worker never reads the session's keys: `lock()` wipes them on the GUI thread, and a worker that
read them later would race it. So the action that starts long work opens the worker's own
connection here, while the session is certainly open, and hands back a WorkerTask: call it once
on the worker thread with (progress, is_cancelled); it closes its connection however it ends.
The screen sees neither the connection nor the key, only a callable for gui.workers.Job.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from shop_desktop.core.progress import Progress

if TYPE_CHECKING:
    from shop_desktop.core.store.db import Connection
    from shop_desktop.core.store.vault import Vault

R = TypeVar("R")
Work = Callable[["Connection", Progress, Callable[[], bool]], R]


class WorkerTask(Generic[R]):
    """One piece of work and the connection it runs on; runs once, on any one thread."""

    def __init__(self, conn: Connection, work: Work[R]) -> None:
        self._conn: Connection | None = conn
        self._work = work

    def __call__(self, progress: Progress, is_cancelled: Callable[[], bool]) -> R:
        conn, self._conn = self._conn, None
        if conn is None:
            raise RuntimeError("A worker task runs once.")
        try:
            return self._work(conn, progress, is_cancelled)
        finally:
            conn.close()

    def discard(self) -> None:
        """The job will not run after all (the screen went away first): close the connection."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()


def for_worker(vault: Vault, work: Work[R]) -> WorkerTask[R]:
    """Machinery for actions (not an action itself): open the worker's connection now, on this thread."""
    conn = vault.connect_worker()
    return WorkerTask(conn, work)
