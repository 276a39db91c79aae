"""Ids that never collide: the sync migration on an older vault, and each device's own id range."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from shop_desktop.core.care import notes
from shop_desktop.core.desk import clients
from shop_desktop.core.desk.clients import ClientDetails
from shop_desktop.core.store import migrations
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import ids
from tests.conftest import COORDINATOR_PASS, fast_kdf
from tests.factories import make_client, make_visit
from tests.sync.test_engine_changes import Device, devices, receive, send

TWO_TO_THE_40 = 1_099_511_627_776  # written out: the test does not borrow the module's arithmetic


def _vault_before_sync(folder: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """A vault exactly as the version before sync made it, with one client and a visit; its client id."""
    with monkeypatch.context() as patched:
        patched.setattr(
            migrations, "MIGRATIONS", migrations.MIGRATIONS[: migrations.MIGRATIONS.index(ids.migrate_sync)]
        )
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
        clients.update_client(vault, old_id, ClientDetails(alias="Renamed"))
        counted = vault.conn.execute("SELECT changes FROM sync_changed WHERE name = 'clients'").fetchone()[0]
        assert counted == 1  # the edit was counted, so the next bundle looks at clients
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


def test_three_devices_inserting_at_once_never_collide_and_every_key_points_right(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("office", 1, "office"), ("laptop", 2, "outreach"))
    made: dict[str, tuple[int, int | None, int | None]] = {}  # alias -> client, visit, note
    at = datetime.now().replace(hour=9, minute=0, second=0, microsecond=0) - timedelta(days=1)
    for device in kit.values():
        vault = device.open()
        for n in range(4):
            alias = f"{device.name} {n}"
            client = make_client(vault, alias)
            if device.profile == "outreach":  # the laptop keeps no visits or notes
                made[alias] = (client.id, None, None)
                continue
            visit = make_visit(vault, client, "Meal", at=at + timedelta(minutes=n))
            note = notes.sign_note(vault, notes.NoteDraft(client.id, "counselling", f"Seen: {alias}."))
            made[alias] = (client.id, visit, note)
        vault.lock()

    bundles = {d.name: send(d, *(o for o in kit.values() if o is not d)) for d in kit.values()}
    for author, addressed in bundles.items():
        for receiver, changeset in addressed.items():
            assert receive(kit[receiver], changeset, kit[author]).listed == 0

    every_id = [c for c, _, _ in made.values()]
    assert len(set(every_id)) == 12
    assert {alias.split()[0]: ids.device_of(c) for alias, (c, _, _) in made.items()} == {
        "centre": 0,
        "office": 1,
        "laptop": 2,
    }
    for name in ("centre", "office"):
        _everything_points_right(kit[name], made)
    laptop = kit["laptop"]
    assert sorted(r[0] for r in laptop.sql("SELECT id FROM clients")) == sorted(every_id)
    assert laptop.sql("SELECT count(*) FROM visits") == laptop.sql("SELECT count(*) FROM notes") == [(0,)]


def _everything_points_right(device: Device, made: dict[str, tuple[int, int | None, int | None]]) -> None:
    by_id = dict(device.sql("SELECT id, alias FROM clients"))
    assert sorted(by_id.values()) == sorted(made)
    vault = device.open()
    try:
        for alias, (client_id, visit, note) in made.items():
            assert by_id[client_id] == alias
            consent_owner = vault.conn.execute("SELECT client_id FROM consents WHERE client_id = ?", (client_id,))
            assert consent_owner.fetchone() is not None
            if visit is not None:
                owner = vault.conn.execute("SELECT client_id FROM visits WHERE id = ?", (visit,)).fetchone()[0]
                assert by_id[owner] == alias
                opened = notes.open_note(vault, note)
                assert (by_id[opened.client_id], opened.body) == (alias, f"Seen: {alias}.")
        assert vault.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        vault.lock()
