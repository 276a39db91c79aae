"""Every schema version upgrades to the newest, keeping what the older app wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from shop_desktop.core.care import notes
from shop_desktop.core.store import migrations
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, fast_kdf


def make_old_vault(folder: Path, version: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault exactly as the app at `version` made it, with a staff account and audit entries."""
    with monkeypatch.context() as patched:
        patched.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:version])
        vault, _ = Vault.create(
            folder,
            centre_name="Old",
            username="coordinator",
            display_name="C",
            passphrase=COORDINATOR_PASS,
            kdf=fast_kdf(),
        )
        assert migrations.schema_version(vault.conn) == version
        if version >= 2:
            vault.conn.execute(
                "INSERT INTO clients (code, alias, search_key, created_at, updated_at)"
                " VALUES ('ABC23', 'Kept Alias', 'kept alias abc23', 'x', 'x')"
            )
        vault.lock()


@pytest.mark.parametrize("version", range(1, migrations.LATEST))
def test_vault_from_an_older_version_upgrades(vault_dir: Path, monkeypatch: pytest.MonkeyPatch, version: int) -> None:
    make_old_vault(vault_dir, version, monkeypatch)
    vault = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    assert migrations.schema_version(vault.conn) == migrations.LATEST
    assert vault.conn.execute("SELECT value FROM settings WHERE key = 'centre_name'").fetchone()[0] == "Old"
    if version >= 2:
        assert vault.conn.execute("SELECT alias FROM clients").fetchone()[0] == "Kept Alias"
    else:
        assert vault.conn.execute("SELECT count(*) FROM services").fetchone()[0] > 10
    assert vault.verify_audit().ok
    vault.lock()


def test_a_failing_migration_changes_nothing(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_old_vault(vault_dir, 1, monkeypatch)

    def broken(conn: object) -> None:
        raise RuntimeError("simulated failure half way")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS[:2], broken))
    with pytest.raises(RuntimeError):
        Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
    vault = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    assert migrations.schema_version(vault.conn) == 1
    assert vault.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'clients'").fetchone()[0] == 0
    vault.lock()


def test_the_notes_key_index_upgrade_keeps_notes_and_serves_the_reseal_scan(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = migrations.MIGRATIONS.index(migrations._m_notes_key_index)
    make_old_vault(vault_dir, before, monkeypatch)
    with monkeypatch.context() as patched:
        patched.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:before])
        old = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
        with old.transaction():
            notes.insert_signed_bulk(old, [(1, "counselling", "2026-01-02T10:00", 30, "kept words", ())])
        old.lock()
    vault = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    assert migrations.schema_version(vault.conn) == migrations.LATEST
    plan = " ".join(str(r[-1]) for r in vault.conn.execute("EXPLAIN QUERY PLAN SELECT id FROM notes WHERE key_id = 1"))
    assert "USING COVERING INDEX notes_key" in plan, plan
    assert [hit.header.id for hit in notes.search_notes(vault, "kept words")] == [1]
    assert vault.verify_audit().ok
    vault.lock()


def test_the_overdose_and_naloxone_upgrade_marks_the_kit_supply_and_keeps_visits(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shop_desktop.core.desk import visits
    from shop_desktop.core.safety import overdose_kits
    from shop_desktop.core.safety.overdose_kits import KitGiven
    from tests.factories import make_client

    before = migrations.MIGRATIONS.index(migrations._m_overdose_naloxone)
    make_old_vault(vault_dir, before, monkeypatch)
    with monkeypatch.context() as patched:
        patched.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:before])
        old = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
        kits = old.conn.execute("SELECT id FROM services WHERE name = 'Naloxone kits'").fetchone()[0]
        client = make_client(old, "Had A Kit").id
        visits.check_in(old, client, {kits: 1})
        old.lock()
    vault = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    assert migrations.schema_version(vault.conn) == migrations.LATEST
    assert overdose_kits.kit_service(vault) == kits
    assert overdose_kits.had_kit_before(vault, client) is True  # the kit given before the upgrade counts
    visits.check_in(vault, None, {kits: 1}, naloxone=KitGiven("replacement", "used"))
    assert vault.conn.execute("SELECT kind, reason FROM naloxone_kits").fetchall() == [("replacement", "used")]
    assert vault.verify_audit().ok


def test_the_audit_checkpoints_upgrade_keeps_the_trail_and_the_next_check_uses_a_checkpoint(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shop_desktop.core.store import audit_trail

    before = migrations.MIGRATIONS.index(migrations._m_audit_checkpoints)
    make_old_vault(vault_dir, before, monkeypatch)
    vault = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    assert migrations.schema_version(vault.conn) == migrations.LATEST
    entries = vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    first = audit_trail.check(vault)
    assert first.ok and first.entries == entries and first.signatures_from == 1
    vault.lock()
    vault = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    second = audit_trail.check(vault)
    assert second.ok and second.signatures_from == entries + 1
    vault.lock()


def test_the_history_indexes_upgrade_keeps_the_history_and_reads_it_from_the_indexes(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime, timedelta

    from shop_desktop.core.desk import timeline, visits
    from tests.factories import make_client

    before = migrations.MIGRATIONS.index(migrations._m_history_indexes)
    make_old_vault(vault_dir, before, monkeypatch)
    with monkeypatch.context() as patched:
        patched.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:before])
        old = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
        client = make_client(old, "Long History").id
        shower = old.conn.execute("SELECT id FROM services WHERE name = 'Shower'").fetchone()[0]
        kept = visits.check_in(old, client, {shower: 1}, at=datetime.now() - timedelta(days=2))
        voided = visits.check_in(old, client, {shower: 1}, at=datetime.now() - timedelta(days=1))
        visits.void_visit(old, voided, "entered twice")
        with old.transaction():
            notes.insert_signed_bulk(old, [(client, "counselling", "2026-01-02T10:00", 30, "kept words", ())])
        old.lock()
    vault = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    assert migrations.schema_version(vault.conn) == migrations.LATEST
    entries = timeline.client_timeline(vault, client)
    assert sorted((e.kind, e.ref_id, e.voided) for e in entries if e.kind == "visit") == sorted(
        [("visit", kept, False), ("visit", voided, True)]
    )
    note_lines = [(e.title, e.detail) for e in entries if e.kind == "note"]
    assert note_lines == [("Counselling session", "Signed")]  # the kind comes from the sealed topics

    def plan(sql: str, *args: object) -> str:
        return " ".join(str(r[-1]) for r in vault.conn.execute(f"EXPLAIN QUERY PLAN {sql}", args))

    notes_plan = plan(
        f"SELECT {notes._HEADER_COLUMNS} FROM notes WHERE client_id = ? AND addendum_to IS NULL"
        " AND (status = 'signed' OR (status = 'draft' AND author_id = 1)) ORDER BY occurred_at DESC, id DESC",
        client,
    )
    assert "USING COVERING INDEX notes_client_headers" in notes_plan, notes_plan
    visit_lines = plan("SELECT id, at, voided_at IS NOT NULL FROM visits WHERE client_id = ? ORDER BY at DESC", client)
    assert "USING COVERING INDEX visits_client_history" in visit_lines, visit_lines
    assert vault.verify_audit().ok
    vault.lock()
