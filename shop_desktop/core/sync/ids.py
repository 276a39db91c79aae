"""Ids that never collide across devices: a new row's id is `device << 40 | n`.

The centre PC (the first vault) is device 0; enrollment hands out 1, 2, 3... Every row made before
sync existed is device 0's (ids < 2**40), so nothing is renumbered and every foreign key keeps
pointing where it did. `new_id` is the next `n` in this device's range, read from the primary-key
index (one indexed max per insert), so two devices inserting at once can never pick the same id.

The migration here also creates the review list and the per-table change counters that let a
bundle skip tables nobody touched (core/sync/changes.py).
"""

from __future__ import annotations

import re

import apsw

from shop_desktop.core.vault.db import Connection, OperationalError

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
    latest = low if row is None or row[0] is None else int(row[0])
    if latest >= high:
        raise RuntimeError(f"This device has used every id it may give {table}.")
    return latest + 1


def synced_tables(conn: Queryable) -> list[str]:
    """Every table whose rows travel between devices: everything with data except the local ones."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    return [str(r[0]) for r in rows if str(r[0]) not in LOCAL_TABLES and not str(r[0]).startswith("sync_")]


def migrate_sync(conn: Connection) -> None:
    """Schema for sync: this device (0 on every vault made before sync), the review list, and a
    change counter per synced table kept by triggers (a bundle diffs only tables that moved)."""
    for statement in _SCHEMA:
        conn.execute(statement)
    for table in synced_tables(conn):
        add_change_counter(conn, table)


def add_change_counter(conn: Connection, table: str) -> None:
    """Triggers that count every insert, update and delete on `table` (used by migrations)."""
    if not _NAME.match(table):
        raise ValueError(f"{table!r} is not a table name.")
    conn.execute("INSERT OR IGNORE INTO sync_changed (name) VALUES (?)", (table,))
    for event in ("INSERT", "UPDATE", "DELETE"):
        conn.execute(
            f"CREATE TRIGGER IF NOT EXISTS sync_count_{table}_{event.lower()} AFTER {event} ON {table}"
            f" BEGIN UPDATE sync_changed SET changes = changes + 1 WHERE name = '{table}'; END"
        )


_SCHEMA = (
    "CREATE TABLE sync_device (only INTEGER PRIMARY KEY CHECK (only = 1), number INTEGER NOT NULL)",
    "INSERT INTO sync_device (only, number) VALUES (1, 0)",
    # changes: bumped by triggers; captured: its value when the last bundle was made from this table.
    "CREATE TABLE sync_changed (name TEXT PRIMARY KEY, changes INTEGER NOT NULL DEFAULT 0,"
    " captured INTEGER NOT NULL DEFAULT -1)",
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
