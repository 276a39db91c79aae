"""Staff and keys are changed on the centre PC only, so the key file's chain never forks.

Before this rule, a coordinator on the office PC could sign a key-file change (adding someone, or
just making a backup, which signs the audit head into the key file) while the centre signed
another of the same generation. Each PC then kept its own file and ignored the other's: a
colleague added at the centre could never sign in on the office PC, with nothing said anywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from shop_desktop.core.backup import backup, restore
from shop_desktop.core.errors import PermissionDenied, VaultError
from shop_desktop.core.roles import Role
from shop_desktop.core.session import Session
from shop_desktop.core.store import keyfile, staff
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import syncing
from shop_desktop.gui.admin.staff_screen import StaffScreen
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from tests.conftest import COORDINATOR_PASS, PASSPHRASES, add_member
from tests.factories import make_client
from tests.sync.three import Three, sync

NEW_PASS = "copper kettle harbour lantern"


def key_file(vault: Vault) -> bytes:
    return (vault.folder / "shop.keys").read_bytes()


def usernames(vault: Vault) -> set[str]:
    return {str(r[0]) for r in vault.conn.execute("SELECT username FROM staff")}


def test_every_staff_change_on_the_office_pc_is_refused_in_plain_words_and_changes_nothing(three: Three) -> None:
    office = three.office
    before, people = key_file(office), usernames(office)
    counsellor = next(m for m in staff.list_staff(office) if m.username == "counsellor")
    attempts = {
        "add": lambda: add_member(office, Role.FRONT_DESK),
        "roles": lambda: staff.set_roles(office, counsellor.id, {Role.COUNSELLOR, Role.FRONT_DESK}),
        "reset": lambda: staff.reset_passphrase(office, counsellor.id, NEW_PASS),
        "disable": lambda: staff.disable_staff(office, counsellor.id),
    }
    for what, attempt in attempts.items():
        with pytest.raises(PermissionDenied) as refused:
            attempt()
        assert "centre PC" in str(refused.value) and "next sync" in str(refused.value), what
    assert key_file(office) == before and usernames(office) == people
    assert next(m for m in staff.list_staff(office) if m.username == "counsellor").active
    assert staff.changed_elsewhere(office) and staff.changed_elsewhere(three.centre) == ""


def test_a_backup_on_the_office_pc_doesnt_fork_the_keys_so_a_colleague_added_at_the_centre_signs_in_there(
    three: Three, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    generation = keyfile.load(three.office.folder / "shop.keys").generation
    backup.make_backup(backup.prepare_backup(three.office, usb))  # signed the audit head into the key file, once
    assert keyfile.load(three.office.folder / "shop.keys").generation == generation
    add_member(three.centre, Role.FRONT_DESK)
    sync(three.centre)
    result = sync(three.office)
    assert result.adopted_keys is not None and result.notices == []
    three.office.lock()
    desk = Vault.open(three.office.folder, "frontdesk", PASSPHRASES[Role.FRONT_DESK])
    desk.lock()
    office_keys, centre_keys = (keyfile.load(v.folder / "shop.keys") for v in (three.office, three.centre))
    assert office_keys.manifest_raw == centre_keys.manifest_raw  # one chain: the centre's


def test_a_fork_an_older_version_made_is_said_on_both_pcs_and_healed_by_the_centres_next_change(
    three: Three, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Vault, "signs_keys_here", property(lambda _vault: True))  # as before the rule
    add_member(three.office, Role.FRONT_DESK)  # the office's change N+1 ...
    monkeypatch.undo()
    add_member(three.centre, Role.COUNSELLOR, username="second")  # ... and the centre's own N+1
    office_file = key_file(three.office)
    sync(three.office)
    at_centre = sync(three.centre)
    assert any("staff were changed on two PCs at once" in n for n in at_centre.notices), at_centre.notices
    at_office = sync(three.office)
    assert any("staff were changed on two PCs at once" in n for n in at_office.notices), at_office.notices
    assert key_file(three.office) == office_file  # kept, said, and not swapped for the other silently
    counsellor = next(m for m in staff.list_staff(three.centre) if m.username == "counsellor")
    staff.disable_staff(three.centre, counsellor.id)  # the centre's next change: everyone follows it
    sync(three.centre)
    sync(three.office)
    ours = keyfile.load(three.office.folder / "shop.keys")
    assert ours.generation == keyfile.load(three.centre.folder / "shop.keys").generation
    assert ours.certificate(counsellor.id) is not None and ours.certificate(counsellor.id).status == "disabled"


def test_the_staff_screen_on_the_office_pc_says_where_staff_are_changed_and_offers_nothing(
    qtbot: QtBot, three: Three
) -> None:
    services = Services(
        session=Session(three.office), dialogs=ScriptedDialogs(), pool=SynchronousPool(), clipboard=ClipboardGuard()
    )
    screen = StaffScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    screen.show()
    screen.table.selectRow(0)
    assert screen.elsewhere.isVisible() and "centre PC" in screen.elsewhere.text()
    buttons = (screen.add_button, screen.roles_button, screen.reset_button, screen.disable_button)
    assert not any(b.isEnabled() for b in buttons)
    screen.grab().save("/tmp/staff-screen-office.png")
    centre = StaffScreen(
        Services(
            session=Session(three.centre), dialogs=ScriptedDialogs(), pool=SynchronousPool(), clipboard=ClipboardGuard()
        )
    )
    qtbot.addWidget(centre)
    centre.show()
    assert not centre.elsewhere.isVisible() and centre.add_button.isEnabled()


def test_a_refused_disable_on_the_office_leaves_its_bundles_readable_at_the_centre(three: Three) -> None:
    """Refused before anything was staged: no new data key of the office's own sealing its bundles."""
    counsellor = next(m for m in staff.list_staff(three.office) if m.username == "counsellor")
    with pytest.raises(PermissionDenied):
        staff.disable_staff(three.office, counsellor.id)
    make_client(three.office, "Written In The Office")
    sync(three.office)
    result = sync(three.centre)
    assert result.refused == [] and result.waiting == []
    assert "Written In The Office" in {r[0] for r in three.centre.conn.execute("SELECT alias FROM clients")}


def test_an_office_pc_whose_device_row_was_deleted_is_not_taken_for_the_centre(three: Three) -> None:
    three.office.conn.execute("DELETE FROM sync_device")  # an insider at the office, with raw SQL
    with pytest.raises(PermissionDenied):
        add_member(three.office, Role.FRONT_DESK)


def test_the_centre_restored_from_an_older_backup_never_lets_a_leaver_back_in_from_sync(
    three: Three, tmp_path: Path
) -> None:
    """The office holds what the centre signed after the backup; the restored centre disables the
    counsellor; the office's newer list (made before that disable) must not undo it (T6)."""
    sync(three.centre)
    sync(three.office)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.make_backup(backup.prepare_backup(three.centre, usb))
    add_member(three.centre, Role.FRONT_DESK)  # after the backup: the office learns of it
    for _ in range(4):
        three.centre.anchor_in_manifest()
    sync(three.centre)
    sync(three.office)
    folder = three.centre.folder
    three.centre.lock()
    live = restore.prove_live(folder, username="coordinator", passphrase=COORDINATOR_PASS)
    restore.restore_backup(
        backup.open_backup(made.path, "coordinator", COORDINATOR_PASS), folder, replace=True, live=live
    )
    three.centre = Vault.open(folder, "coordinator", COORDINATOR_PASS)
    syncing.set_folder(three.centre, three.folder)  # a restore forgets it: chosen again on purpose
    # Its first sync would take back what it signed after the backup, and only then allow a disable
    # (tests/sync/test_restored_device.py). With that mark deleted by raw SQL, the rule below still holds.
    with three.centre.transaction():
        three.centre.conn.execute("DELETE FROM meta WHERE key = 'sync.catch_up'")
    counsellor = next(m for m in staff.list_staff(three.centre) if m.username == "counsellor")
    staff.disable_staff(three.centre, counsellor.id)
    epoch = keyfile.load(folder / "shop.keys").epoch
    said = sync(three.centre).notices
    sync(three.office)
    said += sync(three.centre).notices
    assert any("let in again someone this centre PC has disabled" in n for n in said), said
    kept = keyfile.load(folder / "shop.keys")
    assert kept.certificate(counsellor.id).status == "disabled" and kept.epoch == epoch  # type: ignore[union-attr]
    three.centre.lock()
    with pytest.raises(VaultError):
        Vault.open(folder, "counsellor", PASSPHRASES[Role.COUNSELLOR])
