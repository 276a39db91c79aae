"""Join from an enrollment file: the first-run wizard's way for the office PC or the outreach laptop.

A coordinator adds a device on the centre PC (a real enrollment file); on the "new PC" (another
folder) the wizard's Join button takes the file and the person's own passphrase, makes the replica
off the GUI thread and signs them in. A wrong passphrase is refused in plain words and makes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from shop_desktop.core.session import Session
from shop_desktop.core.store.places import vault_exists
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import devices
from shop_desktop.gui.admin.sync_join import JoinDialog
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.workers import SynchronousPool
from shop_desktop.gui.shell.wizard import FirstRunWizard
from tests.conftest import COORDINATOR_PASS, fast_kdf
from tests.factories import make_client


def _wizard(qtbot: QtBot, folder: Path, dialogs: ScriptedDialogs) -> FirstRunWizard:
    wizard = FirstRunWizard(folder, dialogs=dialogs, kdf=fast_kdf())
    wizard.pool = SynchronousPool()
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _typing(username: str, passphrase: str) -> object:
    def script(dialog: QDialog) -> bool:
        assert isinstance(dialog, JoinDialog)
        assert dialog.choose_file()
        dialog.username.setText(username)
        dialog.secret.setText(passphrase)
        dialog.ok.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    return script


def test_the_laptop_joins_and_its_person_is_signed_in(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    make_client(vault, "Marisol")
    enrollment = devices.add(vault, "Outreach laptop", "outreach", tmp_path, "coordinator")
    laptop = tmp_path / "laptop-vault"
    dialogs = ScriptedDialogs(paths=[enrollment])
    dialogs.dialog_scripts.append(_typing("coordinator", COORDINATOR_PASS))
    wizard = _wizard(qtbot, laptop, dialogs)
    made: list[Session] = []
    wizard.vault_created.connect(made.append)
    with qtbot.waitSignal(wizard.vault_created, timeout=20_000):
        wizard.welcome_join_button().click()
    assert len(made) == 1 and made[0].user.username == "coordinator" and made[0].is_open
    assert [m.alias for m in made[0].clients.search("Marisol")] == ["Marisol"]
    assert vault_exists(laptop)
    made[0].lock()


def test_a_wrong_passphrase_is_refused_and_makes_nothing(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    enrollment = devices.add(vault, "Outreach laptop", "outreach", tmp_path, "coordinator")
    laptop = tmp_path / "laptop-vault"
    dialogs = ScriptedDialogs(paths=[enrollment])
    seen: list[str] = []

    def wrong(dialog: QDialog) -> bool:
        accepted = _typing("coordinator", "not the passphrase at all")(dialog)  # type: ignore[operator]
        seen.append(dialog.error.text())  # type: ignore[attr-defined]
        assert dialog.secret.text() == ""  # type: ignore[attr-defined]
        return bool(accepted)

    dialogs.dialog_scripts.append(wrong)
    wizard = _wizard(qtbot, laptop, dialogs)
    wizard.welcome_join_button().click()
    assert wizard.session is None and wizard.isVisible()
    assert seen and "passphrase" in seen[0] and "match" in seen[0]
    assert not vault_exists(laptop)


def test_a_file_that_is_not_an_enrollment_file_is_named_so(qtbot: QtBot, tmp_path: Path) -> None:
    other = tmp_path / "holiday.jpg"
    other.write_bytes(b"\xff\xd8\xff not an enrollment")
    dialog = JoinDialog(tmp_path / "new", ScriptedDialogs(paths=[other]), SynchronousPool())
    qtbot.addWidget(dialog)
    assert not dialog.choose_file()
    assert "not a SHOP Desktop enrollment file" in dialog.error.text()


def test_the_outreach_worker_on_the_joined_laptop_sees_sync_to_choose_its_folder(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    from shop_desktop.core.roles import Role
    from shop_desktop.gui.admin import sync_runner
    from tests.conftest import PASSPHRASES, USERNAMES, add_member

    add_member(vault, Role.OUTREACH)
    centre_desk = Session(vault)
    enrollment_file = devices.add(vault, "Outreach laptop", "outreach", tmp_path, USERNAMES[Role.OUTREACH])
    laptop = tmp_path / "laptop-vault"
    dialogs = ScriptedDialogs(paths=[enrollment_file])
    dialogs.dialog_scripts.append(_typing(USERNAMES[Role.OUTREACH], PASSPHRASES[Role.OUTREACH]))
    wizard = _wizard(qtbot, laptop, dialogs)
    with qtbot.waitSignal(wizard.vault_created, timeout=20_000) as joined:
        wizard.welcome_join_button().click()
    worker = joined.args[0]
    assert sync_runner.shows_section(worker) and not sync_runner.folder_is_set(worker)
    assert sync_runner.shows_section(centre_desk)  # the coordinator who added it, on the centre PC
    worker.lock()
