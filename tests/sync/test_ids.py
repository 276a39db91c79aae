"""Ids that never collide: the sync migration on an older vault, and each device's own id range."""

from __future__ import annotations

from pathlib import Path

import pytest

from shop_desktop.core.sync import ids
from shop_desktop.core.vault import migrations
from shop_desktop.core.vault.vault import Vault
from tests.conftest import COORDINATOR_PASS, fast_kdf
from tests.factories import make_client, make_visit

TWO_TO_THE_40 = 1_099_511_627_776  # written out: the test does not borrow the module's arithmetic


def _vault_before_sync(folder: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """A vault exactly as the version before sync made it, with one client and a visit; its client id."""
    with monkeypatch.context() as patched:
        patched.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:-1])
        vault, _ = Vault.create(
            folder,
            centre_name="Old",
            username="coordinator",
            display_name="C",
            passphrase=COORDINATOR_PASS,
            kdf=fast_kdf(),
        )
        assert vault.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sync_device'").fetchone()[0] == 0
        vault.conn.execute(
            "INSERT INTO clients (code, alias, search_key, created_at, updated_at)"
            " VALUES ('ABC23', 'Kept Alias', 'kept alias abc23', 'x', 'x')"
        )
        client_id = int(vault.conn.execute("SELECT id FROM clients").fetchone()[0])
        vault.lock()
    return client_id


def test_an_older_vault_becomes_device_0_and_keeps_every_id(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old_id = _vault_before_sync(vault_dir, monkeypatch)
    vault = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        assert migrations.schema_version(vault.conn) == migrations.LATEST
        assert ids.this_device(vault.conn) == 0
        assert vault.conn.execute("SELECT id, alias FROM clients").fetchall() == [(old_id, "Kept Alias")]
        assert vault.conn.execute("SELECT count(*) FROM sync_review").fetchone()[0] == 0
        newcomer = make_client(vault, "Newcomer")
        assert newcomer.id == old_id + 1  # device 0 carries on exactly where SQLite would have
        counted = vault.conn.execute("SELECT changes FROM sync_changed WHERE name = 'clients'").fetchone()[0]
        assert counted >= 1  # the new client was counted, so the next bundle looks at clients
        assert vault.verify_audit().ok
    finally:
        vault.lock()


def test_a_device_hands_out_ids_only_from_its_own_range(vault: Vault) -> None:
    before = make_client(vault, "Before")
    with vault.transaction() as conn:
        ids.set_this_device(conn, 3)
    first = make_client(vault, "Laptop One")
    second = make_client(vault, "Laptop Two")
    assert first.id == 3 * TWO_TO_THE_40 + 1
    assert second.id == 3 * TWO_TO_THE_40 + 2
    assert ids.device_of(second.id) == 3 and ids.device_of(before.id) == 0
    visit = make_visit(vault, first)
    assert 3 * TWO_TO_THE_40 < visit < 4 * TWO_TO_THE_40
    row = vault.conn.execute("SELECT client_id FROM visits WHERE id = ?", (visit,)).fetchone()
    assert row[0] == first.id  # the foreign key holds the big id as it is
    consent_owner = vault.conn.execute("SELECT client_id FROM consents ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert consent_owner == second.id

    with vault.transaction() as conn:
        ids.set_this_device(conn, 0)
    assert make_client(vault, "Back at the centre").id == before.id + 1  # device 3's rows don't move device 0


def test_device_numbers_outside_the_range_are_refused(vault: Vault) -> None:
    with pytest.raises(ValueError):
        ids.device_range(-1)
    with pytest.raises(ValueError):
        ids.device_range(1 << 23)
    with pytest.raises(ValueError):
        ids.new_id(vault.conn, "clients; DROP TABLE clients")


def test_the_machinery_tables_never_travel(vault: Vault) -> None:
    synced = set(ids.synced_tables(vault.conn))
    assert {"clients", "visits", "notes", "staff"} <= synced
    assert not {"meta", "audit", "sync_review", "sync_device", "sync_changed", "audit_checkpoints"} & synced
