"""A backup whose container checks out but whose database inside doesn't: each check that finds it
says so in its own words, in DESIGN.md's order of blame (pages, SQLite's own check, then foreign
keys, the counts and the audit trail), and nothing is restored.

The damaged body is put back into a real container with the backup's own header and key, as a
backup of an already damaged vault would be (or one made by an insider who holds the data key).
The database inside is changed through SQLCipher with the data key, or its bytes directly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from shop_desktop.core.backup import backup, restore
from shop_desktop.core.errors import BackupProblem
from shop_desktop.core.store import db
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS
from tests.factories import make_client, make_visit

PAGE = 4096  # SQLCipher 4's page size


def _rebuilt(vault: Vault, tmp_path: Path, damage: Callable[[Path, bytes], None]) -> Path:
    """A real backup of the vault, its body damaged by `damage(body, data_key)`, sealed again."""
    for n in range(60):
        client = make_client(vault, f"Client {n}", remark="typed at the desk " * 20)
        make_visit(vault, client, "Shower")
    out = tmp_path / "out"
    out.mkdir()
    made = backup.make_backup(backup.prepare_backup(vault, out))
    opened = backup.open_backup(made.path, "coordinator", COORDINATOR_PASS)
    body = tmp_path / "body.db"
    with open(body, "wb") as sink:
        backup.check_body(opened, sink, backup.NoProgress, backup.NeverCancelled)
    damage(body, opened.data_key)
    target = tmp_path / "SHOP-backup-damaged.shopbackup"
    with open(body, "rb") as damaged:
        backup._write_container(
            opened.header, opened.data_key, damaged, target, backup.NoProgress, backup.NeverCancelled
        )
    return target


def _with_sql(*statements: str) -> Callable[[Path, bytes], None]:
    def change(body: Path, data_key: bytes) -> None:
        conn = db.connect(body, data_key)
        try:
            for statement in statements:
                conn.execute(statement)
        finally:
            conn.close()

    return change


def _flip_a_page(body: Path, data_key: bytes) -> None:
    raw = bytearray(body.read_bytes())
    assert len(raw) > 20 * PAGE
    raw[10 * PAGE + 700] ^= 0xFF  # inside a page's ciphertext: its HMAC no longer matches
    body.write_bytes(bytes(raw))


def _null_where_none_may_be(body: Path, data_key: bytes) -> None:
    """A NULL in a NOT NULL column, every page still properly sealed: the schema loosened for the
    write, then put back."""
    conn = db.connect(body, data_key)
    try:
        [sql] = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'clients'").fetchone()
        assert "code TEXT NOT NULL UNIQUE" in sql, sql
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = ? WHERE name = 'clients'",
            (sql.replace("code TEXT NOT NULL UNIQUE", "code TEXT UNIQUE"),),
        )
    finally:
        conn.close()
    conn = db.connect(body, data_key)
    try:
        conn.execute("UPDATE clients SET code = NULL WHERE id = (SELECT min(id) FROM clients)")
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'clients'", (sql,))
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (_flip_a_page, "failed its page check"),
        (_null_where_none_may_be, "failed its integrity check"),
        (
            _with_sql("PRAGMA foreign_keys = OFF", "UPDATE visits SET client_id = 999999"),
            "point at records that are missing",
        ),
        (
            _with_sql(
                "PRAGMA foreign_keys = OFF",
                "DELETE FROM visit_services WHERE visit_id = (SELECT max(visit_id) FROM visit_services)",
            ),
            "number of records",
        ),
        (
            _with_sql("DROP TRIGGER audit_append_only_update", "UPDATE audit SET detail = '{}' WHERE id = 3"),
            "audit trail",
        ),
    ],
    ids=["a-page-changed", "null-in-not-null", "a-missing-client", "a-visit-service-gone", "an-audit-entry-changed"],
)
def test_each_check_names_what_it_found(
    vault: Vault, vault_dir: Path, tmp_path: Path, damage: Callable[[Path, bytes], None], words: str
) -> None:
    damaged = _rebuilt(vault, tmp_path, damage)
    vault.lock()
    before = (vault_dir / "shop.db").read_bytes()
    opened = backup.open_backup(damaged, "coordinator", COORDINATOR_PASS)
    with pytest.raises(BackupProblem, match=words):
        restore.verify_backup(opened)
    elsewhere = tmp_path / "elsewhere"
    with pytest.raises(BackupProblem, match=words):
        restore.restore_backup(opened, elsewhere)
    assert not (elsewhere / "shop.db").exists() and (vault_dir / "shop.db").read_bytes() == before
