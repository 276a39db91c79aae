"""Change capture for sync: what this device changed since the last exchange, as a changeset.

The app's own connection is sqlcipher3, whose build has no session extension; APSW (SQLite3 Multiple
Ciphers) opens the same SQLCipher 4 file with the same raw key and offers `apsw.Session`. A session
only sees changes made on its own connection, so capture is by diff against `sync/base.db`: the
synced tables as they were at the last exchange (SYNC.md "Engine").
"""

from __future__ import annotations

from pathlib import Path

import apsw


def open_apsw(path: Path | str, data_key: bytes) -> apsw.Connection:
    """The vault file (or base.db) through APSW, keyed like the app's own connection (SQLCipher 4)."""
    conn = apsw.Connection(str(path))
    try:
        conn.execute("PRAGMA cipher = 'sqlcipher'")
        conn.execute("PRAGMA legacy = 4")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # a wrong key fails here
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except apsw.Error:
        conn.close()
        raise
    return conn
