"""Where bundles meet the engine (core/sync/profiles.py, changes.py, merge.py, ids.py).

Bundles, devices, enrollment and the run reach the engine only through here. Two things are
this side's: which profiles cover which (a profile of every table covers all the others), and
keeping base under the database's key after a rotation (re-keyed in place, so changes not yet
sent stay in the diff; rebuilding it from the vault would forget them).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import apsw

from shop_desktop.core.errors import VaultInUse
from shop_desktop.core.store import db
from shop_desktop.core.store.instance_lock import BACKUP_LOCK_NAME, InstanceLock
from shop_desktop.core.sync import changes, columns, ids, merge
from shop_desktop.core.sync.changes import SyncConnection
from shop_desktop.core.sync.profiles import EVERYTHING, PROFILES, Profile

if TYPE_CHECKING:
    from shop_desktop.core.store.vault import Vault

BASE = Path("sync") / changes.BASE_NAME


def checkpoint(conn: Any) -> None:
    """The WAL written back into the file and emptied (the file is then whole on its own)."""
    for _ in range(100):  # each try waits 50 ms at most (db.write_back): about 10 s in all
        if db.write_back(conn):
            return
        time.sleep(0.05)
    raise VaultInUse("The vault is busy. Try Sync now again in a minute.")


def set_aside(vault: Vault) -> None:
    """Before APSW opens the file (GUI thread): the session's WAL written back and emptied.

    Measured here: sqlcipher3 and APSW each bundle their own SQLite, and POSIX locks are held per
    process, so in one process neither sees the other's locks. APSW took itself for the only
    connection: it ignored the app's WAL frames, and on close deleted the WAL while the app's
    connection still held it, so the app's next writes went into a deleted file (lost at a crash,
    unreadable to any new connection). So: the session's connection is checkpointed and left idle
    while APSW works (the Sync screen's job is modal), and `take_back` closes it and opens a fresh
    one on the file as APSW left it."""
    with InstanceLock(vault.folder, BACKUP_LOCK_NAME):  # refused while a backup reads the file in place
        pass  # (this process's backup worker: APSW can't see its locks and would write under its read)
    checkpoint(vault.conn)


def take_back(vault: Vault) -> None:
    """After APSW is done (GUI thread): a fresh connection for the session."""
    if vault.is_open:
        vault.release_connection()
    vault.continue_here()


@contextmanager
def apsw_alone(vault: Vault) -> Iterator[None]:
    set_aside(vault)
    try:
        yield
    finally:
        take_back(vault)


def profiles() -> dict[str, Profile]:
    return dict(PROFILES)


def covers(outer: str, inner: str) -> bool:
    """Does a device of profile `outer` carry every table a device of `inner` carries?"""
    big, small = PROFILES[outer].tables, PROFILES[inner].tables
    return big is EVERYTHING or (small is not EVERYTHING and small <= big)


def carries(profile_key: str, table: str) -> bool:
    return PROFILES[profile_key].carries(table)


def this_device(conn: Any) -> int:
    return ids.this_device(conn)


def set_this_device(conn: Any, number: int) -> None:
    ids.set_this_device(conn, number)


def synced_tables(conn: Any) -> list[str]:
    return ids.synced_tables(conn)


def base_path(vault_folder: Path) -> Path:
    return changes.base_path(vault_folder)


def start_base(vault_folder: Path, data_key: bytes) -> None:
    """base.db made from the vault as it is now, if this device has none yet."""
    open_sync(vault_folder, data_key).close()


def open_sync(vault_folder: Path, data_key: bytes) -> SyncConnection:
    """The vault and its base through APSW (only while no sqlcipher3 connection has the file: set_aside)."""
    return changes.open_sync(vault_folder, data_key)


def capture(sync: SyncConnection, profile_key: str) -> bytes:
    return changes.capture(sync, profile_key)


def settle_base(sync: SyncConnection, changeset: bytes) -> None:
    changes.settle(sync, changeset)


def apply(sync: SyncConnection, changeset: bytes, author_device: int, profile_key: str) -> merge.MergeResult:
    """The changeset into the vault only, inside the caller's transaction; base follows after the
    COMMIT (apply_to_base), so a crash between leaves base behind (the next bundle repeats what
    arrived, which the merge finds already here) and never ahead (which would send deletions)."""
    names = {
        "author_name": on_device(sync.main, author_device),
        "here_name": on_device(sync.main, this_device(sync.main)),
    }
    before = changes.receiving(sync, changeset)
    result = merge.apply_changeset(sync.main, changeset, author_device, profile_key=profile_key, **names)
    sync.received[changeset] = (result.base, before)  # for base_takes, once this is committed
    return result


def on_device(conn: Any, number: int) -> str:
    """Where a change was made, in the review list's words: "on the Outreach laptop" (the name
    the coordinator gave it in Add a device), or "on device 3" where this vault has no name for it."""
    known = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_devices'").fetchone()
    row = conn.execute("SELECT name FROM sync_devices WHERE number = ?", (number,)).fetchone() if known else None
    name = " ".join(str(row[0]).split()) if row and row[0] else ""
    if not name:
        return f"on device {number}"
    return f"on {name}" if name.lower().startswith("the ") else f"on the {name}"


def base_takes(sync: SyncConnection, changeset: bytes, profile_key: str) -> None:
    """After the COMMIT of `apply`: base takes what the vault took of the changeset (never a change
    the merge refused, which the next bundle would otherwise undo on its author's device)."""
    if changeset:
        received, before = sync.received.pop(changeset, (None, {}))
        changes.apply_to_base(sync, changeset, PROFILES[profile_key].carries, received, before)


def filtered(changeset: bytes, profile_key: str) -> bytes:
    """Only what `profile_key` carries: its tables, and of a table it carries in part (the outreach
    laptop's clients) only the kept columns (core/sync/columns.py). Every bundle of a stream is cut
    like this when written and again when applied."""
    chosen = PROFILES[profile_key]
    if not changeset or (chosen.tables is EVERYTHING and not chosen.trims):
        return changeset
    return columns.cut(changeset, chosen.carries, chosen.trims)


def rekey_base(vault_folder: Path, data_key: bytes, older: list[bytes]) -> None:
    """After a rotation re-keyed the database, base follows: the older key that opens it, re-keyed
    (changes.rekey_base: a copy renamed over, so a crash leaves the old base whole)."""
    path = base_path(vault_folder)
    if not path.exists() or _opens(path, data_key):
        return
    for key in older:
        if key != data_key and _opens(path, key):
            changes.rekey_base(vault_folder, key, data_key)
            return


def _opens(path: Path, key: bytes) -> bool:
    try:
        changes.open_apsw(path, key).close()
    except apsw.Error:
        return False
    return True
