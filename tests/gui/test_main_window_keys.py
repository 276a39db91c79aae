"""The main window as each role first sees it, and its keys: Ctrl+1…Ctrl+9, the landing screen,
no backup nagging for those who can't back up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from shop_desktop.core.care import notes
from shop_desktop.core.care.notes import NoteDraft
from shop_desktop.core.roles import Role
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.clinical.note_editor import AddendumDialog
from shop_desktop.gui.shell.app import AppController
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client
from tests.gui.conftest import landed


def test_ctrl_and_a_number_opens_that_section(qtbot: QtBot, controller: AppController, vault: Vault) -> None:
    window = controller.open_main_window(Session(vault))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    for number, key in ((3, "alerts"), (1, "home"), (9, "suite")):
        qtbot.keyClick(window.navigation, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.screens[key]
        assert window.navigation.currentRow() == number - 1


def test_an_outreach_worker_lands_on_outreach_and_the_front_desk_on_check_in(
    qtbot: QtBot, controller: AppController, vault: Vault, vault_dir: Path
) -> None:
    add_member(vault, Role.OUTREACH)
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    outreach = controller.open_main_window(Session(sign_in_as(vault_dir, Role.OUTREACH)))
    assert landed(qtbot, outreach) is outreach.stack.currentWidget() is outreach.screens["outreach"]
    assert outreach.backup_label.isHidden()  # can't back up: "No backup yet" would only nag
    controller.lock()
    desk = controller.open_main_window(Session(sign_in_as(vault_dir, Role.FRONT_DESK)))
    assert landed(qtbot, desk) is desk.stack.currentWidget() is desk.screens["checkin"]
    assert desk.backup_label.isHidden() and "No backup" not in desk.backup_label.text()


def test_the_coordinator_sees_the_backup_age(qtbot: QtBot, controller: AppController, vault: Vault) -> None:
    window = controller.open_main_window(Session(vault))
    assert not window.backup_label.isHidden() and "No backup yet" in window.backup_label.text()


def test_the_addendum_dialogs_primary_button_is_sign_not_cancel(qtbot: QtBot, vault: Vault) -> None:
    client = make_client(vault, "Jade")
    note_id = notes.sign_note(vault, NoteDraft(client_id=client.id, note_type="counselling", body="Signed."))
    dialog = AddendumDialog(Session(vault), notes.open_note(vault, note_id))
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = {b.text(): b for b in dialog.findChildren(QPushButton)}
    assert not buttons["Cancel"].isDefault() and not buttons["Cancel"].autoDefault()
    assert buttons["&Sign addendum"].property("primary")


def test_enter_on_a_list_box_presses_the_screens_primary_button(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    window = controller.open_main_window(Session(vault))
    screen = window.show_section("reports")
    screen.period.setFocus()
    assert screen.pdf == b""
    qtbot.keyClick(screen.period, Qt.Key.Key_Return)  # the period list takes no Enter: Make report does
    assert screen.pdf.startswith(b"%PDF")
    settings = window.show_section("settings")
    settings.fields["centre_name"].setFocus()
    qtbot.keyClick(settings.fields["centre_name"], Qt.Key.Key_Return)  # a text field acts on its own
    assert "Nothing changed" in settings.message.text()
