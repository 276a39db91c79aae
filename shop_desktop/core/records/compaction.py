"""After an erasure, a fresh copy of the database replaces the file, so no free page or old WAL frame
still holds erased text (secure_delete zeroes freed cells; the fresh copy has no free pages at all).

The steps, each safe to stop at (core/store/journal.py's rule):
  1. `write_copy` (a worker's own connection): VACUUM INTO `.shop.db.compacting` beside the vault
     (SQLCipher writes it under the same key: plaintext never touches the disk), then fsync it.
     Stopped here: the vault in place is untouched; `tidy` removes the half copy.
  2. `swap_in` (the session's thread): if nothing was written since the copy began, checkpoint, close
     the connection, and commit a journal that moves the old file (and its -wal/-shm) into
     `.before-compaction/` and the copy into place. The journal's rename is the commit point; a
     start after a stop rolls the moves forward.
  3. The connection is opened again on the new file; `tidy` deletes the old file set aside.
     Stopped before that: the next coordinator sign-in (the retention review) deletes it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from shop_desktop.core.errors import QT_TRANSLATE_NOOP, Cancelled, VaultError, said
from shop_desktop.core.store import db, journal
from shop_desktop.core.store.places import DB_NAME

COMPACTING = ".shop.db.compacting"
SET_ASIDE = ".before-compaction"
_CHECK_EVERY = 2000  # SQLite virtual-machine steps between progress and cancel checks


@dataclass
class CompactCopy:
    """A copy written on `conn`; `data_version` tells whether anyone wrote to the vault since."""

    conn: db.Connection = field(repr=False)
    folder: Path
    data_version: int = -1
    written: bool = False

    @property
    def path(self) -> Path:
        return self.folder / COMPACTING

    def write(
        self, progress: Callable[[float, str], None] | None = None, cancelled: Callable[[], bool] | None = None
    ) -> CompactCopy:
        """Step 1 on a worker (a screen's job). Stopped or failed, its connection and half copy go with it."""
        try:
            return write_copy(self, progress, cancelled)
        except BaseException:
            self.conn.close()
            self.path.unlink(missing_ok=True)
            raise


def tidy(folder: Path) -> None:
    """What a stopped compaction left: an uncommitted copy, or the old file set aside after the swap.
    Never while a journal is pending: then the moves are still to be done (journal.recover does them)."""
    if journal.pending(folder):
        return
    (folder / COMPACTING).unlink(missing_ok=True)
    aside = folder / SET_ASIDE
    if aside.is_dir():
        shutil.rmtree(aside, ignore_errors=True)
        journal.fsync_folder(folder)


def write_copy(
    copy: CompactCopy,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CompactCopy:
    """Step 1, on any thread (the copy's connection is its own). Progress is the copy's size so far."""
    conn, side = copy.conn, copy.path
    side.unlink(missing_ok=True)
    pages, size = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "page_size"))
    expected = max(1, int(pages) * int(size))

    def check() -> int:
        if cancelled is not None and cancelled():
            return 1  # interrupts the VACUUM
        if progress is not None and side.exists():
            progress(min(0.99, side.stat().st_size / expected), "Writing a fresh copy of the database")
        return 0

    copy.data_version = int(conn.execute("PRAGMA data_version").fetchone()[0])
    conn.set_progress_handler(check, _CHECK_EVERY)
    try:
        conn.execute("VACUUM INTO ?", (str(side),))
    except db.OperationalError:
        side.unlink(missing_ok=True)
        if cancelled is not None and cancelled():
            raise Cancelled() from None
        raise
    finally:
        conn.set_progress_handler(None, 0)
    with open(side, "rb+") as handle:
        journal.fsync(handle.fileno(), side)
    copy.written = True
    return copy


def unchanged_since(copy: CompactCopy) -> bool:
    """No other connection committed since the copy began (data_version moves when one does)."""
    return copy.written and int(copy.conn.execute("PRAGMA data_version").fetchone()[0]) == copy.data_version


def swap(folder: Path, close: Callable[[], None], reopen: Callable[[], None]) -> None:
    """Step 2 and 3: `close` checkpoints and closes the session's connection; `reopen` opens the new file."""
    tidy_aside(folder)
    close()
    moves = [(name, f"{SET_ASIDE}/{name}") for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm")]
    moves = [m for m in moves if (folder / m[0]).exists()]
    journal.commit(folder, "compaction", [*moves, (COMPACTING, DB_NAME)])
    reopen()
    tidy(folder)


def tidy_aside(folder: Path) -> None:
    aside = folder / SET_ASIDE
    if aside.exists():
        shutil.rmtree(aside, ignore_errors=True)
    if aside.exists():
        raise VaultError(
            said(
                QT_TRANSLATE_NOOP(
                    "core", "A folder left by an earlier clean-up can't be removed: {aside}. Ask IT to remove it."
                ),
                aside=aside,
            )
        )


def file_size(folder: Path) -> int:
    return sum(os.path.getsize(folder / n) for n in (DB_NAME, f"{DB_NAME}-wal") if (folder / n).exists())
