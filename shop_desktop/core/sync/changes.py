"""Change capture for sync: what this device changed since the last exchange, as a changeset.

The app's own connection is sqlcipher3, whose build has no session extension; APSW (SQLite3 Multiple
Ciphers) opens the same SQLCipher 4 file with the same raw key and offers `apsw.Session`. A session
only sees changes made on its own connection, so capture is by diff against `sync/base.db` beside
the vault: the synced tables as they were at the last exchange (SYNC.md "Engine"). Base is keyed
with the vault's data key; a rotation of that key re-keys it too (`rekey_base`).

    sync = open_sync(folder, data_key)
    changeset = capture(sync, "outreach")   # b"" when nothing changed
    ...write the bundle durably...
    settle(sync, changeset)                 # base now knows what was shipped

Tables are diffed only when their change counter (triggers, core/sync/ids.py) moved since the last
settle, so a bundle after a quiet hour costs a few small reads. A table that only grew is diffed
over its new rows; one a received bundle touched, over the rows it touched (and those the merge
wrote), while nothing else has moved in it since (SyncConnection.pending, this exchange only).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import apsw

from shop_desktop.core.store import db, journal
from shop_desktop.core.store.places import DB_NAME
from shop_desktop.core.sync import ids
from shop_desktop.core.sync.profiles import profile

if TYPE_CHECKING:
    from shop_desktop.core.store.vault import Vault

BASE_NAME = "base.db"
Key = tuple[Any, ...]  # a row's primary key: its values in the order of the table's columns
# Past this many received rows in a table (a first bundle carrying a whole replica), one diff of the
# whole table is cheaper than copying each row into memory to diff there.
KEYED_LIMIT = 20_000
_TYPE = re.compile(r"[^A-Za-z0-9 (),]")  # what a declared column type may hold, copied into base


def base_path(folder: Path) -> Path:
    return folder / "sync" / BASE_NAME


def open_apsw(path: Path | str, data_key: bytes) -> apsw.Connection:
    """The vault file (or base.db) through APSW, keyed like the app's own connection (SQLCipher 4),
    with the pragmas a writing connection takes."""
    conn = db.connect_apsw(path, data_key)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA secure_delete = ON")
    except apsw.Error:
        conn.close()
        raise
    return conn


@dataclass
class Received:
    """What a merge did with a changeset beyond applying it, for base to follow (apply_to_base).
    Base records what this vault told the others and what it holds from them: a change the vault
    did not take must not reach base either, or the next capture would send its undoing (a row
    the author made, sent back to it as a DELETE)."""

    left_out: dict[str, set[Key]] = field(default_factory=dict)  # changes not taken: base skips them
    taken_out: dict[str, set[Key]] = field(default_factory=dict)  # received rows removed after (no parent)
    wrote: dict[str, set[Key]] = field(default_factory=dict)  # other rows the merge wrote: diffed next
    rewrote: set[str] = field(default_factory=set)  # tables it wrote by other columns: diffed whole

    def add(self, which: dict[str, set[Key]], table: str, key: Key) -> None:
        which.setdefault(table, set()).add(key)


@dataclass
class SyncConnection:
    """The vault file with base attached (for diffs), and base on its own (changesets apply to a
    connection's main schema only). Close it when the exchange is done."""

    folder: Path
    main: apsw.Connection
    base: apsw.Connection
    # What each capture read before diffing (table -> change counter, insert mark), by changeset:
    # settling that changeset makes those tables equal to base without diffing them again.
    captured: dict[bytes, dict[str, tuple[int, int]]] = field(default_factory=dict)
    # Tables where base equals the vault except at these keys, while the counters still read
    # (changes, insert mark) as noted after a received bundle: the next capture diffs only the keys.
    pending: dict[str, tuple[set[Key], int, int]] = field(default_factory=dict)
    # A changeset merged into the vault whose base has yet to follow (exchange.apply -> base_takes).
    received: dict[bytes, tuple[Received, dict[str, set[Key] | None]]] = field(default_factory=dict)

    def close(self) -> None:
        self.main.close()
        self.base.close()


def open_sync(folder: Path, data_key: bytes) -> SyncConnection:
    """Open the vault and its base for an exchange. A device starting to sync gets base as a copy
    of now. A base that is gone or does not open under the vault's key, on a device that has synced
    before, is made empty: the next bundle then carries everything, which the others take as
    no-ops where they already agree, so nothing waiting to be sent is lost."""
    path = base_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    main = open_apsw(folder / DB_NAME, data_key)
    if path.exists() and not _opens(path, data_key):
        path.unlink()  # only ever a record of what was exchanged: the vault holds every row itself
    missing = not path.exists()
    fresh = missing and not _has_synced(main)
    main.execute("ATTACH DATABASE ? AS base KEY ?", (str(path), f"x'{data_key.hex()}'"))
    with main:
        if missing:  # an empty base differs everywhere; a copy of now is settled as each is copied
            main.execute("UPDATE sync_changed SET captured = -1, inserted = -2")
        for table in ids.synced_tables(main):
            _ensure_base_table(main, table, copy_rows=fresh)
            if fresh:
                mark = ids.insert_mark(main, table) or -1
                main.execute("UPDATE sync_changed SET captured = changes, inserted = ? WHERE name = ?", (mark, table))
    # Only now: a connection opened on the still empty file would not see the tables just made.
    return SyncConnection(folder, main, open_apsw(path, data_key))


def _opens(path: Path, data_key: bytes) -> bool:
    try:
        open_apsw(path, data_key).close()
    except apsw.Error:
        return False
    return True


def _has_synced(main: apsw.Connection) -> bool:
    return main.execute("SELECT 1 FROM sync_changed WHERE captured != -1 LIMIT 1").fetchone() is not None


def start(folder: Path, data_key: bytes) -> None:
    """A device starts syncing (or was just enrolled): base becomes a copy of the vault as it is."""
    open_sync(folder, data_key).close()


def rekey_base(folder: Path, old_key: bytes, new_key: bytes) -> None:
    """After a rotation of the data key: base is copied under the new key beside itself, then
    renamed over, so a crash leaves the old base whole (and open_sync copes with either)."""
    path = base_path(folder)
    if not path.exists():
        return
    side = path.with_name(BASE_NAME + ".rekeying")
    conn = db.connect(path, old_key)
    try:
        db.export_rekeyed(conn, side, new_key)
    finally:
        conn.close()
    with open(side, "rb+") as handle:
        journal.fsync(handle.fileno(), side)
    journal.replace(side, path)
    journal.fsync_folder(path.parent)


def _ensure_base_table(main: apsw.Connection, table: str, *, copy_rows: bool) -> None:
    """Base holds each synced table with the same columns and primary key and no other constraint:
    it records what the others were told, even where the vault itself merged differently."""
    columns, kinds = _columns(main, table)
    present = {str(r[1]) for r in main.execute(f"PRAGMA base.table_info('{table}')")}
    listed = ", ".join(f'"{name}"' for name, _ in columns)
    if not present:
        main.execute(f'CREATE TABLE base."{table}" {_declaration(columns, kinds)}')
        if copy_rows:
            main.execute(f'INSERT INTO base."{table}" SELECT {listed} FROM main."{table}"')
        return
    same_row = " AND ".join(f'm."{name}" = b."{name}"' for name, pk in columns if pk)
    for name in (name for name, _ in columns if name not in present):
        # a later migration added a column: base takes the vault's values for it, so no row looks changed
        main.execute(f'ALTER TABLE base."{table}" ADD COLUMN "{name}" {kinds[name]}')
        main.execute(
            f'UPDATE base."{table}" AS b SET "{name}" = (SELECT m."{name}" FROM main."{table}" AS m WHERE {same_row})'
        )


def _columns(main: apsw.Connection, table: str) -> tuple[list[tuple[str, int]], dict[str, str]]:
    """(name, place in the primary key) of each column, and each column's declared type."""
    info = list(main.execute(f"PRAGMA main.table_info('{table}')"))
    # The same declared types: with none, the primary key's affinity differs from the vault's and
    # Session.diff cannot use its index (20,000 visits: 25 s instead of 15 ms).
    return [(str(r[1]), int(r[5])) for r in info], {str(r[1]): _TYPE.sub("", str(r[2])) for r in info}


def _declaration(columns: list[tuple[str, int]], kinds: dict[str, str]) -> str:
    declared = ", ".join(f'"{name}" {kinds[name]}' for name, _ in columns)
    primary = ", ".join(f'"{name}"' for name, pk in sorted(columns, key=lambda c: c[1]) if pk)
    return f"({declared}, PRIMARY KEY ({primary}))"


def capture(source: Vault | SyncConnection, profile_key: str) -> bytes:
    """This device's changes since the last exchange to the tables `profile_key` carries, as one
    changeset (b"" when there are none). Changes no row; `settle` once the bundle is safely written."""
    carried = profile(profile_key)
    with _opened(source) as sync:
        read: dict[str, tuple[int, int]] = {}
        parts = []
        for table in (t for t in moved_tables(sync) if carried.carries(t)):
            read[table] = _counters(sync.main, table)
            if part := _diff_table(sync, table):
                parts.append(part)
        changeset = functools.reduce(apsw.Changeset.concat, parts) if parts else b""
        if changeset:
            sync.captured[changeset] = read
        return changeset


def settle(source: Vault | SyncConnection, changeset: bytes) -> None:
    """After the bundle holding `changeset` is written: base takes it, so the next capture starts
    from here. Settle the widest changeset shipped (profiles nest: outreach is inside centre)."""
    if not changeset:
        return
    with _opened(source) as sync:
        read = sync.captured.pop(changeset, {})
        sync.captured.clear()  # base moves under what the other captures read
        touched = _base_takes(sync, changeset, _wanted(sync, None), None)
        with sync.main:  # base now holds what the capture read, where nothing moved since
            for table in touched:
                sync.pending.pop(table, None)
                sync.main.execute("UPDATE sync_changed SET captured = -1 WHERE name = ?", (table,))
            for table, (changes, mark) in read.items():
                if _counters(sync.main, table) == (changes, mark):
                    sync.main.execute(
                        "UPDATE sync_changed SET captured = ?, inserted = ? WHERE name = ?", (changes, mark, table)
                    )
                    sync.pending.pop(table, None)
        for table in moved_tables(sync):
            _diff_table(sync, table)  # a table with nothing left to send is marked settled


def _counters(main: apsw.Connection, table: str) -> tuple[int, int]:
    row = main.execute("SELECT changes FROM sync_changed WHERE name = ?", (table,)).fetchone()
    return (-3 if row is None else int(row[0])), (ids.insert_mark(main, table) or -1)


def receiving(sync: SyncConnection, changeset: bytes) -> dict[str, set[Key] | None]:
    """Before a changeset is merged: for each table it touches, the keys where base may differ from
    the vault (none, for a table found equal to base that has not moved since), or None where only
    a whole diff can tell."""
    known: dict[str, set[Key] | None] = {}
    for table in {str(change.name) for change in apsw.Changeset.iter(changeset)}:
        counters = _counters(sync.main, table)
        pending = sync.pending.get(table)
        if pending is not None and (pending[1], pending[2]) == counters:
            known[table] = set(pending[0])
            continue
        row = sync.main.execute("SELECT captured, inserted FROM sync_changed WHERE name = ?", (table,)).fetchone()
        known[table] = set() if row is not None and (int(row[0]), int(row[1])) == counters else None
    return known


def apply_to_base(
    sync: SyncConnection,
    changeset: bytes,
    carries: Callable[[str], bool] | None = None,
    received: Received | None = None,
    before: dict[str, set[Key] | None] | None = None,
) -> None:
    """Base takes a changeset the vault merged: what the author said, REPLACE on every clash,
    except the changes the merge did not take (`received`: refused, deleted here, no parent here),
    which base never holds either. Where the vault kept something else (an edit that beat a
    delete), main and base now differ there, so the next capture sends what this vault kept: the
    touched tables are marked moved, and where `before` (from `receiving`) says which keys could
    differ, the next capture in this exchange diffs only those. `carries` is the merge's own filter
    (this device's profile): base never holds more than the vault."""
    sync.captured.clear()  # base moved under what the captures read
    touched = _base_takes(sync, changeset, _wanted(sync, carries), received)
    with sync.main:  # written after base: a crash between leaves the tables to a whole diff
        sync.main.executemany("UPDATE sync_changed SET captured = -1 WHERE name = ?", [(t,) for t in touched])
    keys = _keys_of(changeset)
    for table in touched:
        known = (before or {}).get(table)
        sync.pending.pop(table, None)
        if known is None or received is None or table in received.rewrote:
            continue
        differ = known | keys.get(table, set()) | received.wrote.get(table, set())
        if len(differ) <= KEYED_LIMIT:
            sync.pending[table] = (differ, *_counters(sync.main, table))


def _wanted(sync: SyncConnection, carries: Callable[[str], bool] | None) -> Callable[[str], bool]:
    allowed = set(ids.synced_tables(sync.main))
    return (lambda t: t in allowed and carries(t)) if carries else (lambda t: t in allowed)


def _base_takes(
    sync: SyncConnection, changeset: bytes, wanted: Callable[[str], bool], received: Received | None
) -> list[str]:
    """The changeset into base (less what the vault did not take), in one transaction; the tables
    it touched."""
    left_out = received.left_out if received is not None else {}
    taken = _without(changeset, left_out) if any(left_out.values()) else changeset
    with sync.base:
        if taken:
            apsw.Changeset.apply(taken, sync.base, filter=wanted, conflict=_base_conflict)
        for table, keys in (received.taken_out if received is not None else {}).items():
            if wanted(table) and keys:
                _delete_keys(sync.base, table, keys)
    return sorted({str(change.name) for change in apsw.Changeset.iter(changeset) if wanted(str(change.name))})


def change_key(change: apsw.TableChange) -> Key:
    """The primary key of the row a change is about (see Key)."""
    values = change.new if change.op == "INSERT" else change.old
    return tuple(values[i] for i in sorted(change.pk_columns)) if values is not None else ()


def _keys_of(changeset: bytes) -> dict[str, set[Key]]:
    found: dict[str, set[Key]] = {}
    for change in apsw.Changeset.iter(changeset):
        found.setdefault(str(change.name), set()).add(change_key(change))
    return found


def _without(changeset: bytes, left_out: dict[str, set[Key]]) -> bytes:
    builder = apsw.ChangesetBuilder()
    for change in apsw.Changeset.iter(changeset):
        if change_key(change) not in left_out.get(str(change.name), ()):
            builder.add_change(change)
    return builder.output()


def _delete_keys(conn: apsw.Connection, table: str, keys: set[Key]) -> None:
    columns, _ = _columns(conn, table)
    where = " AND ".join(f'"{name}" = ?' for name, pk in columns if pk)
    conn.executemany(f'DELETE FROM "{table}" WHERE {where}', [tuple(k) for k in keys])


def _base_conflict(reason: int, change: apsw.TableChange) -> int:
    if reason in (apsw.SQLITE_CHANGESET_DATA, apsw.SQLITE_CHANGESET_CONFLICT):
        return apsw.SQLITE_CHANGESET_REPLACE
    return apsw.SQLITE_CHANGESET_OMIT  # already gone, or (base has none) a constraint


def moved_tables(sync: SyncConnection) -> list[str]:
    """Synced tables that changed since they were last found equal to base (their counter or insert
    mark moved), and tables without a counter (made by a later migration): the ones a capture diffs."""
    rows: list[Any] = sync.main.execute("SELECT name, changes, captured, inserted FROM sync_changed").fetchall()
    counted = {str(r[0]): (int(r[1]), int(r[2]), int(r[3])) for r in rows}
    moved = []
    for table in ids.synced_tables(sync.main):
        changes, captured, inserted = counted.get(table, (0, -1, -2))
        if table not in counted or changes != captured or (ids.insert_mark(sync.main, table) or -1) != inserted:
            moved.append(table)
    return moved


def _diff_table(sync: SyncConnection, table: str) -> bytes:
    """One table's changes against base; when there are none, the table is marked settled at the
    counter and insert mark read before the diff (a change made meanwhile moves it again)."""
    row = sync.main.execute("SELECT changes, captured, inserted FROM sync_changed WHERE name = ?", (table,)).fetchone()
    raw_mark = ids.insert_mark(sync.main, table)
    mark = raw_mark or -1
    pending = sync.pending.pop(table, None)
    if pending is not None and row is not None and (pending[1], pending[2]) == (int(row[0]), mark):
        found = _diff_rows(sync.main, table, pending[0])  # a bundle arrived since: only the rows it touched
        if found:
            sync.pending[table] = pending  # until settle: another profile's capture diffs the same rows
    elif row is not None and raw_mark is not None and int(row[0]) == int(row[1]):
        found = _diff_new_rows(sync.main, table, int(row[2]))  # only inserts since: only the new rows
    else:
        found = _diff_whole(sync.main, table)
    if not found and row is not None:
        with sync.main:
            sync.main.execute(
                "UPDATE sync_changed SET captured = ?, inserted = ? WHERE name = ?", (row[0], mark, table)
            )
    return found


def _diff_whole(main: apsw.Connection, table: str, schema: str = "main", since: str = "base") -> bytes:
    session = apsw.Session(main, schema)
    try:
        session.attach(table)
        session.diff(since, table)
        return b"" if session.is_empty else session.changeset()
    finally:
        session.close()


def _diff_new_rows(main: apsw.Connection, table: str, inserted: int) -> bytes:
    """A table that only grew since it was settled (its counter of updates and deletes did not
    move): the rows above its old insert mark, copied with their counterparts in base (none, unless
    the vault is not what its counters say) into two in-memory databases, diffed there."""
    low, high = ids.device_range(ids.this_device(main))
    if table in ids.RANGED or table in ids.WITH_NEW_PARENT:
        column = ids.WITH_NEW_PARENT.get(table, "id")
        where, in_base = f'"{column}" > ? AND "{column}" <= ?', True
        bounds: tuple[int, ...] = (max(inserted, low - 1), high)
    else:  # SQLite picked the rowids, which base's own copy does not share: the new rows are not in base
        where, bounds, in_base = "rowid > ?", (inserted,), False
    with _two_memories(main, table) as listed:
        for side, source, wanted in (("sync_new", "main", True), ("sync_old", "base", in_base)):
            if wanted:
                main.execute(
                    f'INSERT INTO {side}."{table}" SELECT {listed} FROM {source}."{table}" WHERE {where}', bounds
                )
        return _diff_whole(main, table, "sync_new", "sync_old")


def _diff_rows(main: apsw.Connection, table: str, keys: set[Key]) -> bytes:
    """Only these rows of a table, as they are in the vault and in base (the same two in-memory
    databases): after a bundle, the keys it touched are the only places the two may differ."""
    if not keys:
        return b""
    columns, _ = _columns(main, table)
    where = " AND ".join(f'"{name}" = ?' for name, pk in columns if pk)
    with _two_memories(main, table) as listed:
        for side, source in (("sync_new", "main"), ("sync_old", "base")):
            main.executemany(
                f'INSERT INTO {side}."{table}" SELECT {listed} FROM {source}."{table}" WHERE {where}',
                [tuple(k) for k in keys],
            )
        return _diff_whole(main, table, "sync_new", "sync_old")


@contextmanager
def _two_memories(main: apsw.Connection, table: str) -> Iterator[str]:
    """Two in-memory databases holding an empty `table` each (memory: no plaintext copy ever on
    disk); yields the table's column list."""
    columns, kinds = _columns(main, table)
    main.execute("ATTACH DATABASE ':memory:' AS sync_new")
    main.execute("ATTACH DATABASE ':memory:' AS sync_old")
    try:
        for side in ("sync_new", "sync_old"):
            main.execute(f'CREATE TABLE {side}."{table}" {_declaration(columns, kinds)}')
        yield ", ".join(f'"{name}"' for name, _ in columns)
    finally:
        main.execute("DETACH DATABASE sync_new")
        main.execute("DETACH DATABASE sync_old")


@contextmanager
def _opened(source: Vault | SyncConnection) -> Iterator[SyncConnection]:
    if isinstance(source, SyncConnection):
        yield source
        return
    sync = open_sync(source.folder, source.data_key)
    try:
        yield sync
    finally:
        sync.close()
