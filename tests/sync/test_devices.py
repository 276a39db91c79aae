"""The devices list: add (the centre PC only, a coordinator's action), listing, retire; its migration."""

from __future__ import annotations

from pathlib import Path

import pytest

from shop_desktop.core.errors import InvalidInput, PermissionDenied
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit, migrations
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import devices, enrollment
from shop_desktop.core.sync.devices import migrate_devices
from tests.conftest import COORDINATOR_PASS, add_member, sign_in_as
from tests.core.test_migrations import make_old_vault


def test_a_vault_from_before_devices_upgrades_to_the_centre_pc_alone(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_old_vault(vault_dir, migrations.MIGRATIONS.index(migrate_devices), monkeypatch)
    vault = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        assert migrations.schema_version(vault.conn) == migrations.LATEST
        listed = devices.listing(vault)
        assert [(d.number, d.name, d.profile, d.retired) for d in listed] == [(0, "Centre PC", "centre", False)]
        assert vault.conn.execute("SELECT count(*) FROM clients WHERE alias = 'Kept Alias'").fetchone()[0] == 1
        assert vault.verify_audit().ok
    finally:
        vault.lock()


def test_the_coordinator_adds_numbered_devices_and_each_gets_its_file(vault: Vault, tmp_path: Path) -> None:
    first = devices.add(vault, "  Office   PC ", "office", tmp_path / "out", "coordinator")
    second = devices.add(vault, "Outreach laptop", "outreach", tmp_path / "out", "coordinator")
    assert (first.name, second.name) == ("shop-device-1.shopenroll", "shop-device-2.shopenroll")
    assert enrollment.describe(second)["profile"] == "outreach" and enrollment.describe(first)["name"] == "Office PC"
    listed = [(d.number, d.name, d.profile) for d in devices.listing(vault)]
    assert listed == [(0, "Centre PC", "centre"), (1, "Office PC", "office"), (2, "Outreach laptop", "outreach")]
    entries = [e for e in audit.entries(vault.conn, limit=1000) if e.action == "sync.device_added"]
    assert sorted(e.subject_id for e in entries) == ["1", "2"]
    assert "Office" not in str([e.detail for e in entries])  # ids, never names


def test_bad_names_and_profiles_are_refused_plainly(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="name of up to 60"):
        devices.add(vault, "   ", "office", tmp_path, "coordinator")
    with pytest.raises(InvalidInput, match="no device profile called 'cloud'"):
        devices.add(vault, "Laptop", "cloud", tmp_path, "coordinator")
    assert [d.number for d in devices.listing(vault)] == [0]


def test_a_folder_that_cannot_take_the_file_is_said_before_a_number_is_used(vault: Vault, tmp_path: Path) -> None:
    """A stick taken out or a path under a file: refused in plain words; no number recorded or
    audited, so the next device still gets number 1."""
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(InvalidInput, match="can't be written in"):
        devices.add(vault, "Outreach laptop", "outreach", blocker / "stick", "coordinator")
    assert [d.number for d in devices.listing(vault)] == [0]
    assert not [e for e in audit.entries(vault.conn, limit=1000) if e.action.startswith("sync.device_add")]
    made = devices.add(vault, "Outreach laptop", "outreach", tmp_path / "stick", "coordinator")
    assert made.name == "shop-device-1.shopenroll"


def test_front_desk_can_neither_add_nor_list_devices(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    try:
        with pytest.raises(PermissionDenied):
            devices.add(desk, "Laptop", "outreach", tmp_path, "coordinator")
        with pytest.raises(PermissionDenied):
            devices.listing(desk)
        assert not list(tmp_path.glob("*.shopenroll"))
    finally:
        desk.lock()


def test_retiring_a_device_is_recorded_once(vault: Vault, tmp_path: Path) -> None:
    devices.add(vault, "Outreach laptop", "outreach", tmp_path, "coordinator")
    retired = devices.retire(vault, 1)
    assert retired.retired and retired.retired_at
    with pytest.raises(InvalidInput, match="already retired"):
        devices.retire(vault, 1)
    with pytest.raises(InvalidInput, match="the device you are using"):
        devices.retire(vault, 0)
    assert [e.action for e in audit.entries(vault.conn, limit=1000)].count("sync.device_retired") == 1
