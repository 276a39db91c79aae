"""The one place that opens SQLCipher connections and hands them to sqlite-utils.

sqlite-utils catches the standard library's sqlite3.OperationalError, but
sqlcipher3 raises its own classes, which breaks `alter=True`, `ignore=True`
and friends. sqlite-utils imports `pysqlite3` in preference to `sqlite3` when
it can, so registering sqlcipher3 under that name before sqlite-utils is first
imported makes both agree on one set of exception classes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
import sqlcipher3.dbapi2 as sqlcipher

if "sqlite_utils" in sys.modules and sys.modules.get("pysqlite3") is not sqlcipher3:
    raise ImportError("shop_desktop.core.store.db must be imported before sqlite_utils")
sys.modules["pysqlite3"] = sqlcipher3
sys.modules["pysqlite3.dbapi2"] = sqlcipher

if TYPE_CHECKING:
    # sqlcipher3's classes are the standard library's, compiled against SQLCipher: the same API, so
    # mypy checks every conn.execute in core against sqlite3's own type information.
    from sqlite3 import Connection, DatabaseError, IntegrityError, OperationalError

    import apsw
else:
    Connection = sqlcipher.Connection
    DatabaseError = sqlcipher.DatabaseError
    IntegrityError = sqlcipher.IntegrityError
    OperationalError = sqlcipher.OperationalError


def connect(path: Path | str, data_key: bytes, *, check_same_thread: bool = True) -> Connection:
    """Open and key a SQLCipher file; a wrong key fails here, not at the first query.

    isolation_level=None: transactions are explicit (BEGIN IMMEDIATE in the vault).
    """
    conn = sqlcipher.connect(str(path), check_same_thread=check_same_thread, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        conn.close()
        raise
    return conn


def connect_worker(path: Path | str, data_key: bytes) -> Connection:
    """A connection for a worker thread (SQLite connections belong to one thread)."""
    conn = connect(path, data_key, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def connect_apsw(path: Path | str, data_key: bytes) -> apsw.Connection:
    """The same file through APSW (SQLite3 Multiple Ciphers, SQLCipher 4 format, the raw key), for
    reading a file no sqlcipher3 connection of this process writes: two SQLite libraries in one
    process don't see each other's locks (core/sync/exchange.py sets the app's connection aside)."""
    import apsw  # only restore and sync need it

    conn = apsw.Connection(str(path))
    try:
        conn.execute("PRAGMA cipher = 'sqlcipher'")
        conn.execute("PRAGMA legacy = 4")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # a wrong key fails here
    except apsw.Error:
        conn.close()
        raise
    return conn


def configure(conn: Connection) -> None:
    """Pragmas every read-write connection gets (DESIGN.md: Encryption at rest)."""
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")


def write_back(conn: Connection, wait_ms: int = 50) -> bool:
    """The WAL written back into the file and emptied (what an erasure leaves in it goes), waiting
    at most `wait_ms` for readers: the GUI thread calls this, and a backup reading the file in
    place holds it for as long as it writes (seconds to a USB stick), during which a checkpoint
    that waited would hold every check-in back too (measured: 5.02 s, a check-in kept 4.5 s).
    False if it couldn't; the backup's end (its worker) or the session's close writes it back."""
    conn.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
    try:
        row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.execute("PRAGMA busy_timeout = 5000")
    return not row or not int(row[0])


def wrap(conn: Connection) -> Any:
    """A sqlite-utils Database on this connection (imported on first use: it is slow to import)."""
    import sqlite_utils

    return sqlite_utils.Database(conn)


def export_rekeyed(conn: Connection, target: Path, new_key: bytes) -> None:
    """Copy the whole database into a new file under another key (sqlcipher_export).

    The old file is never modified, so a crash mid-way leaves it as it was.
    """
    target.unlink(missing_ok=True)
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_key.hex()}'\"", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        conn.execute(f"PRAGMA rekeyed.user_version = {int(user_version)}")
    finally:
        conn.execute("DETACH DATABASE rekeyed")
