"""Rules a review found only the screens kept: now the core keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from shop_desktop.core.backup import backup, restore
from shop_desktop.core.care import notes, referrals
from shop_desktop.core.care.notes import NoteDraft
from shop_desktop.core.desk import suite
from shop_desktop.core.errors import DiskFull, PermissionDenied
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit, journal
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, add_member, sign_in_as
from tests.factories import make_client


def test_front_desk_cannot_move_or_erase_linked_records(vault: Vault, vault_dir: Path) -> None:
    one, other = make_client(vault, "Jade"), make_client(vault, "Jade M.")
    note_id = notes.sign_note(vault, NoteDraft(client_id=one.id, note_type="case", body="kept safe"))
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    try:
        for attempt in (
            lambda: notes.erase_notes_of(desk, one.id),
            lambda: referrals.move_referrals(desk, one.id, other.id),
            lambda: referrals.erase_referrals_of(desk, one.id),
            lambda: suite.move_stays(desk, one.id, other.id),
            lambda: suite.erase_stays_of(desk, one.id),
        ):
            with pytest.raises(PermissionDenied):
                attempt()
    finally:
        desk.lock()
    again = sign_in_as(vault_dir, Role.COORDINATOR)
    try:
        assert notes.open_note(again, note_id).body == "kept safe"
    finally:
        again.lock()


def test_a_draft_opens_only_for_its_author(vault: Vault, vault_dir: Path) -> None:
    client = make_client(vault)
    add_member(vault, Role.COUNSELLOR)
    vault.lock()
    counsellor = sign_in_as(vault_dir, Role.COUNSELLOR)
    try:
        draft_id = notes.save_draft(counsellor, NoteDraft(client_id=client.id, note_type="case", body="unfinished"))
    finally:
        counsellor.lock()
    coordinator = sign_in_as(vault_dir, Role.COORDINATOR)
    try:
        with pytest.raises(PermissionDenied, match="still a draft"):
            notes.open_note(coordinator, draft_id)
    finally:
        coordinator.lock()


def test_a_restore_that_fails_half_way_puts_the_old_vault_back(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_client(vault, "Before")
    (tmp_path / "usb").mkdir()
    made = backup.make_backup(backup.prepare_backup(vault, tmp_path / "usb"))
    make_client(vault, "After")
    vault.lock()
    live = restore.prove_live(vault_dir, username="coordinator", passphrase=COORDINATOR_PASS)  # T6
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.name in ("shop.db", "shop.keys")}
    opened = backup.open_backup(made.path, "coordinator", COORDINATOR_PASS)

    def disk_full(kind: str, path: Path) -> None:
        if kind == "write" and path.name == ".shop.keys.restoring":
            raise OSError(28, "No space left on device")

    journal.set_hook(disk_full)
    try:
        with pytest.raises(DiskFull, match="is unchanged"):
            restore.restore_backup(opened, vault_dir, replace=True, live=live)
    finally:
        journal.set_hook(None)
    assert {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.name in before} == before
    assert not any(p.name.startswith("before-restore") or p.name.endswith(".restoring") for p in vault_dir.iterdir())
    reopened = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        assert reopened.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 2
    finally:
        reopened.lock()


def test_building_a_slip_is_audited_in_core(vault: Vault) -> None:
    client = make_client(vault, "Jade")
    agency = referrals.add_agency(vault, referrals.AgencyDetails(name="Harbour Clinic", category="health_clinic"))
    referral = referrals.make_referral(
        vault,
        referrals.ReferralRequest(
            client_id=client.id,
            agency_id=agency.id,
            priority="routine",
            reason="A check-up",
            services_requested="",
            alias_consent=False,
        ),
    )
    referrals.referral_slip(vault, referral.id)
    made = [e for e in audit.entries(vault.conn) if e.action == "referral.slip_made"]
    assert made and made[0].subject_id == str(referral.id) and "Jade" not in str(made[0].detail)
