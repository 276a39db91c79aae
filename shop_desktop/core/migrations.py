"""Numbered schema migrations, applied in one transaction at open (PRAGMA user_version).

Append a function to MIGRATIONS for every schema change; never edit one that
has shipped. Each must have a test that upgrades a vault made by the version
before it (tests/core/test_migrations.py).
"""

from __future__ import annotations

from collections.abc import Callable

from shop_desktop.core.db import Connection, sqlcipher
from shop_desktop.core.errors import VaultTooNew


def run_script(conn: Connection, script: str) -> None:
    """Run several statements inside the caller's transaction (executescript would commit it)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlcipher.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete SQL statement in migration")


def _m1_foundation(conn: Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL,
            roles TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            must_change_passphrase INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            disabled_at TEXT
        );
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor_id INTEGER NOT NULL,
            action TEXT NOT NULL,
            subject_type TEXT,
            subject_id TEXT,
            detail TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            signature TEXT NOT NULL
        );
        CREATE INDEX audit_subject ON audit (subject_type, subject_id);
        CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        """
    )


Migration = Callable[[Connection], None]
MIGRATIONS: tuple[Migration, ...] = (_m1_foundation,)
LATEST = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def refuse_if_newer(conn: Connection) -> None:
    if schema_version(conn) > LATEST:
        raise VaultTooNew(
            "This vault was made by a newer version of SHOP Desktop. "
            "Install that version (or newer) to open it; nothing was changed."
        )


def migrate(conn: Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Bring the schema to the newest version in one transaction; returns the version reached."""
    current = schema_version(conn)
    if current > len(migrations):
        raise VaultTooNew(
            "This vault was made by a newer version of SHOP Desktop. "
            "Install that version (or newer) to open it; nothing was changed."
        )
    if current == len(migrations):
        return current
    conn.execute("BEGIN IMMEDIATE")
    try:
        for number in range(current + 1, len(migrations) + 1):
            migrations[number - 1](conn)
        conn.execute(f"PRAGMA user_version = {len(migrations)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(migrations)
