"""Staff and keys are changed on the centre PC only, so the key file's chain never forks.

Before this rule, a coordinator on the office PC could sign a key-file change (adding someone, or
just making a backup, which signs the audit head into the key file) while the centre signed
another of the same generation. Each PC then kept its own file and ignored the other's: a
colleague added at the centre could never sign in on the office PC, with nothing said anywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from shop_desktop.core.backup import backup
from shop_desktop.core.errors import PermissionDenied
from shop_desktop.core.roles import Role
from shop_desktop.core.session import Session
from shop_desktop.core.store import keyfile, staff
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.admin.staff_screen import StaffScreen
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from tests.conftest import PASSPHRASES, add_member
from tests.sync.three import Three, make_three, sync

NEW_PASS = "copper kettle harbour lantern"


@pytest.fixture
def three(tmp_path: Path) -> Iterator[Three]:
    made = make_three(tmp_path)
    yield made
    made.close()


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
