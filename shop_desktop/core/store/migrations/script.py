"""Running a migration's SQL text inside the one transaction that migrate() holds."""

from __future__ import annotations

from shop_desktop.core.store.db import Connection, sqlcipher


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
