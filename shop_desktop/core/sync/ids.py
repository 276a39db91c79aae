"""Ids that never collide across devices: a new row's id is `device << 40 | n`.

The centre PC (the first vault) is device 0; enrollment hands out 1, 2, 3... Every row made before
sync existed is device 0's (ids < 2**40), so nothing is renumbered and every foreign key keeps
pointing where it did. `new_id` is the next `n` in this device's range, read from the primary-key
index (one indexed max per insert), so two devices inserting at once can never pick the same id.

The migration here also creates the review list and the per-table change counters that let a
bundle skip tables nobody touched (core/sync/changes.py).
"""

from __future__ import annotations

import json
import re
import secrets

import apsw

from shop_desktop.core.store.db import Connection, OperationalError

Queryable = Connection | apsw.Connection  # the app's sqlcipher3 connection, or APSW's for sync

DEVICE_BITS = 40
LARGEST_DEVICE = (1 << (63 - DEVICE_BITS)) - 1  # ids stay positive signed 64-bit integers
# Tables that are this device's own and never travel (SYNC.md: the sync machinery's own, sync_*,
# per-device meta, and the audit trail with its checkpoints: each device keeps its own chain).
LOCAL_TABLES = frozenset({"meta", "audit", "audit_checkpoints", "sync_device", "sync_review", "sync_changed"})
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


def device_range(device: int) -> tuple[int, int]:
    """The first and last id a device may hand out."""
    if not 0 <= device <= LARGEST_DEVICE:
        raise ValueError(f"A device number is between 0 and {LARGEST_DEVICE}.")
    low = device << DEVICE_BITS
    return low, low + (1 << DEVICE_BITS) - 1


def device_of(row_id: int) -> int:
    """Which device made the row with this id."""
    return int(row_id) >> DEVICE_BITS


def this_device(conn: Queryable) -> int:
    """This vault's device number; a vault whose schema is older than sync is the centre's (0)."""
    try:
        row = conn.execute("SELECT number FROM sync_device").fetchone()
    except (OperationalError, apsw.SQLError):
        return 0  # opened by an older schema (the migration tests run today's code on yesterday's vault)
    if row is None:
        raise RuntimeError("This vault has lost its device number.")
    return int(row[0])


def set_this_device(conn: Connection, device: int) -> None:
    """Enrollment: a replica takes the number it was given (inside the caller's transaction)."""
    device_range(device)
    conn.execute("UPDATE sync_device SET number = ?", (int(device),))


def new_id(conn: Queryable, table: str) -> int:
    """The next free id in this device's range for `table` (whose primary key is `id`)."""
    if not _NAME.match(table):
        raise ValueError(f"{table!r} is not a table name.")
    low, high = device_range(this_device(conn))
    row = conn.execute(f"SELECT max(id) FROM {table} WHERE id BETWEEN ? AND ?", (low, high)).fetchone()
    latest = max(low if row is None or row[0] is None else int(row[0]), _floor_after_restore(conn, table))
    if latest >= high:
        raise RuntimeError(f"This device has used every id it may give {table}.")
    return latest + 1


# A vault put back from a backup doesn't know the ids its earlier self handed out after that backup;
# the other devices may hold those rows (core/sync/catch_up.py brings them back). Its new rows start
# a random number of gaps above the largest id it had of each table then, so they never take one of
# those ids, nor one a second restore of the same backup hands out (it draws its own number).
RESTORED_META = "ids.restored_at"  # {table: the first id a restored vault may hand out, less one}
RESTORE_GAP = 1 << 24  # 16.7 million rows a table
RESTORE_SLOTS = 4096  # 4096 gaps of 2^24 use 2^36 of a device's 2^40 ids


def mark_restored(conn: Queryable) -> None:
    """Restore (inside its transaction on the restored copy): where this device's new ids start."""
    low, _high = device_range(this_device(conn))
    present = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    above = RESTORE_GAP * (1 + secrets.randbelow(RESTORE_SLOTS))
    marks = {}
    for table in sorted(RANGED & present):
        row = conn.execute(f"SELECT max(id) FROM {table} WHERE id >= ? AND id < ?", (low, low + (1 << DEVICE_BITS)))
        found = row.fetchone()
        marks[table] = (low if found is None or found[0] is None else int(found[0])) + above
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (RESTORED_META, json.dumps(marks, sort_keys=True))
    )


def _floor_after_restore(conn: Queryable, table: str) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (RESTORED_META,)).fetchone()
    if row is None:
        return -1
    mark = json.loads(str(row[0])).get(table)
    return -1 if mark is None else int(mark)


def synced_tables(conn: Queryable) -> list[str]:
    """Every table whose rows travel between devices: everything with data except the local ones."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    return [str(r[0]) for r in rows if str(r[0]) not in LOCAL_TABLES and not str(r[0]).startswith("sync_")]


# Tables whose every INSERT takes its id from new_id: a new row here always raises the largest id in
# this device's range, so inserts are seen without a trigger. (SQLite triggers cost about 0.3 ms a
# row in the sqlcipher3 build, with this schema: 400,000 visits would take two more minutes.)
RANGED = frozenset(
    "access_requests agencies alerts break_glass clients consents drug_alerts keep_apart keep_apart_overrides "
    "naloxone_kits notes outreach_areas outreach_shifts overdose_addenda overdose_responses program_sessions "
    "programs record_corrections referrals report_releases restriction_overrides restriction_reasons "
    "restrictions services shift_log staff_conflicts stock_moves suite_stays turnaways visits".split()
)


# Rows written only with a new parent (a check-in's services) or after deleting the parent's old
# ones (a shift's contacts when it is edited): their parent's largest id in range shows inserts.
WITH_NEW_PARENT = {
    "visit_services": "visit_id",
    "outreach_contacts": "shift_id",
    "outreach_supplies": "shift_id",
    "overdose_responders": "response_id",
}


def insert_mark(conn: Queryable, table: str) -> int | None:
    """A number every insert into `table` raises (the largest id in this device's range, or the
    largest rowid where SQLite assigns it), or None where only a trigger can tell."""
    if table in RANGED or table in WITH_NEW_PARENT:
        column = WITH_NEW_PARENT.get(table, "rowid")
        low, high = device_range(this_device(conn))
        query = f"SELECT max({column}) FROM {table} WHERE {column} BETWEEN ? AND ?"
        row = conn.execute(query, (low, high)).fetchone()
    elif _rowid_assigned(conn, table):
        row = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()
    else:
        return None
    return -1 if row is None or row[0] is None else int(row[0])


def _rowid_assigned(conn: Queryable, table: str) -> bool:
    """No INTEGER PRIMARY KEY and not WITHOUT ROWID: SQLite picks each new row's rowid above the rest."""
    keys = [str(r[2]).upper() for r in conn.execute(f"PRAGMA table_info('{table}')").fetchall() if r[5]]
    found = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
    without_rowid = found is not None and "WITHOUT ROWID" in str(found[0]).upper()
    return not without_rowid and keys != ["INTEGER"]


def migrate_sync(conn: Connection) -> None:
    """Schema for sync: this device (0 on every vault made before sync), the review list, and a
    change counter per synced table kept by triggers (a bundle diffs only tables that moved)."""
    for statement in _SCHEMA:
        conn.execute(statement)
    for table in synced_tables(conn):
        add_change_counter(conn, table)


def add_change_counter(conn: Connection, table: str) -> None:
    """Triggers that count updates and deletes on `table`, and inserts where no insert mark shows
    them (used by migrations; a table without them is diffed at every exchange)."""
    if not _NAME.match(table):
        raise ValueError(f"{table!r} is not a table name.")
    conn.execute("INSERT OR IGNORE INTO sync_changed (name) VALUES (?)", (table,))
    events = ("UPDATE", "DELETE") if insert_mark(conn, table) is not None else ("INSERT", "UPDATE", "DELETE")
    for event in events:
        conn.execute(
            f"CREATE TRIGGER IF NOT EXISTS sync_count_{table}_{event.lower()} AFTER {event} ON {table}"
            f" BEGIN UPDATE sync_changed SET changes = changes + 1 WHERE name = '{table}'; END"
        )


_SCHEMA = (
    "CREATE TABLE sync_device (only INTEGER PRIMARY KEY CHECK (only = 1), number INTEGER NOT NULL)",
    "INSERT INTO sync_device (only, number) VALUES (1, 0)",
    # changes: bumped by triggers; captured: its value when the table was last found equal to base;
    # inserted: the table's insert mark then (ids.insert_mark).
    "CREATE TABLE sync_changed (name TEXT PRIMARY KEY, changes INTEGER NOT NULL DEFAULT 0,"
    " captured INTEGER NOT NULL DEFAULT -1, inserted INTEGER NOT NULL DEFAULT -2)",
    """CREATE TABLE sync_review (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        summary TEXT NOT NULL,
        kept TEXT NOT NULL DEFAULT '{}',
        other TEXT NOT NULL DEFAULT '{}',
        author_device INTEGER NOT NULL,
        settled_at TEXT,
        settled_by INTEGER
    )""",
    "CREATE INDEX sync_review_open ON sync_review (settled_at, id)",
)
