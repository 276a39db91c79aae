"""F12, Esc Esc and Ctrl+L with any dialog open: every window is covered, nothing typed is lost,
and the keyboard comes back to the field it was in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from shop_desktop.core.care import notes
from shop_desktop.core.care.notes import NoteDraft
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.admin.agencies_screen import AgencyDialog
from shop_desktop.gui.admin.staff_screen import StaffDialog
from shop_desktop.gui.clinical.note_editor import AddendumDialog, NoteEditor
from shop_desktop.gui.clinical.referral_dialog import ReferralDialog
from shop_desktop.gui.common.dialogs import Dialogs
from shop_desktop.gui.frontdesk.client_dialog import ClientDialog
from shop_desktop.gui.frontdesk.suite_dialog import BookingDialog
from shop_desktop.gui.safety.alert_dialog import AlertDialog
from shop_desktop.gui.shell.app import AppController
from shop_desktop.gui.shell.main_window import MainWindow
from shop_desktop.gui.shell.privacy import PrivacyCover
from shop_desktop.gui.shell.signin import SignInWindow
from tests.conftest import COORDINATOR_PASS
from tests.factories import make_client
from tests.gui.conftest import vault_of

TYPED = "half a sentence"


def _note(vault: Vault) -> object:
    client = make_client(vault, "Jade")
    note_id = notes.sign_note(vault, NoteDraft(client_id=client.id, note_type="counselling", body="Signed."))
    return notes.open_note(vault, note_id)


def _print_dialog(window: MainWindow) -> QPrintDialog:
    printer = QPrinter()
    dialog = QPrintDialog(printer, window)
    dialog.setProperty("printer", printer)  # the dialog keeps only a pointer to it
    window._test_printer = printer  # type: ignore[attr-defined]
    return dialog


# name -> builds the dialog over the main window (which the test then opens modally)
DIALOGS: dict[str, Callable[[MainWindow], QDialog]] = {
    "note editor": lambda w: NoteEditor(w.session, w.services.dialogs, make_client(vault_of(w), "Jade"), parent=w),
    "bad-date report": lambda w: AlertDialog(w.session, w.services.dialogs, parent=w),
    "client registration": lambda w: ClientDialog(w.session, w.services.dialogs, parent=w),
    "referral": lambda w: ReferralDialog(w.session, make_client(vault_of(w), "Jade"), parent=w),
    "addendum": lambda w: AddendumDialog(w.session, _note(vault_of(w)), parent=w),  # type: ignore[arg-type]
    "new staff account": lambda w: StaffDialog(w.session, w),
    "suite booking": lambda w: BookingDialog(w.session, date.today(), parent=w),
    "agency": lambda w: AgencyDialog(w.session, parent=w),
    "print dialog": lambda w: _print_dialog(w),
    "question": lambda w: QMessageBox(QMessageBox.Icon.Question, "Discard?", "Discard this report?", parent=w),
}


def open_modal(qtbot: QtBot, dialog: QDialog) -> QWidget:
    """Shows the dialog as exec() would (application modal) and puts the keyboard in its first text field."""
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=2000)
    fields = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QLineEdit | QPlainTextEdit)
        and w.isVisible()
        and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)  # their own inner line edits
    ]
    target: QWidget = fields[0] if fields else dialog
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target or not fields, timeout=2000)
    if isinstance(target, QLineEdit | QPlainTextEdit):
        qtbot.keyClicks(target, TYPED)
    return target


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else ""


def is_covered(window: QWidget) -> bool:
    covers = [c for c in window.findChildren(PrivacyCover) if c.parentWidget() is window and c.isVisible()]
    return any(c.geometry() == window.rect() for c in covers) and all(
        not child.isEnabled()
        for child in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if not isinstance(child, PrivacyCover) and not child.isWindow() and child.isVisibleTo(window)
    )


def visible_windows() -> list[QWidget]:
    """The app's windows, not counting the privacy prompt itself."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.windowType() != Qt.WindowType.ToolTip and not isinstance(w, PrivacyCover)
    ]


def prompt_takes_the_keyboard(window: MainWindow) -> bool:
    prompt = window.privacy.holder
    return prompt is not None and prompt.isVisible() and QApplication.activeModalWidget() is prompt


def uncover(qtbot: QtBot, window: MainWindow) -> None:
    field = window.privacy.passphrase
    assert field is not None
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    qtbot.keyClicks(field, COORDINATOR_PASS)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_f12_with_a_dialog_open_covers_every_window_and_gives_the_field_back(
    qtbot: QtBot, controller: AppController, vault: Vault, name: str
) -> None:
    window = controller.open_main_window(Session(vault))
    dialog = DIALOGS[name](window)
    field = open_modal(qtbot, dialog)
    before = text_of(field)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_F12)
    assert window.privacy.covering
    shown = visible_windows()
    assert window in shown and dialog in shown
    assert all(is_covered(w) for w in shown), [w.windowTitle() for w in shown if not is_covered(w)]
    assert prompt_takes_the_keyboard(window)  # above the modal dialog, so typing reaches it
    uncover(qtbot, window)
    assert not window.privacy.covering and dialog.isVisible()
    assert not any(c.isVisible() for w in shown for c in w.findChildren(PrivacyCover))
    assert text_of(field) == before  # what was typed is still there
    if field is not dialog:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)  # not the navigation list
    dialog.done(QDialog.DialogCode.Rejected)


def test_f12_on_the_main_window_gives_focus_back_to_the_field_not_the_navigation(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    window = controller.open_main_window(Session(vault))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    screen = window.show_section("alerts")
    search = screen.findChildren(QLineEdit)[0]
    search.setFocus()
    qtbot.waitUntil(search.hasFocus, timeout=2000)
    qtbot.keyClicks(search, "amar")
    qtbot.keyClick(search, Qt.Key.Key_F12)
    assert is_covered(window) and not search.hasFocus()
    qtbot.keyClick(window.privacy.passphrase, Qt.Key.Key_A)  # typing goes to the passphrase, not the form
    assert search.text() == "amar"
    window.privacy.passphrase.clear()
    uncover(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search, timeout=2000)
    assert search.text() == "amar"
    qtbot.keyClicks(search, "a")
    assert search.text() == "amara" and window.stack.currentWidget() is screen


def test_a_window_opened_while_hidden_is_hidden_too(qtbot: QtBot, controller: AppController, vault: Vault) -> None:
    window = controller.open_main_window(Session(vault))
    window.activateWindow()
    window.cover()
    late = QMessageBox(QMessageBox.Icon.Warning, "Backup", "Couldn't back up.", parent=window)
    late.setWindowModality(Qt.WindowModality.ApplicationModal)
    late.show()
    qtbot.waitUntil(lambda: is_covered(late), timeout=2000)
    assert prompt_takes_the_keyboard(window)
    uncover(qtbot, window)
    assert late.isVisible() and not window.privacy.covering
    late.done(0)


def test_escape_twice_in_a_changed_form_hides_it_and_keeps_it(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    """The first Esc asks "Discard this bad-date report?" (the real question box); the second hides it all."""
    controller.dialogs = Dialogs()
    window = controller.open_main_window(Session(vault))
    dialog = AlertDialog(Session(vault), Dialogs(), parent=window)
    field = open_modal(qtbot, dialog)
    seen: list[str] = []

    def in_the_question() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the second Esc, within the interval
        seen.append("covered" if all(is_covered(w) for w in (window, dialog, box)) else "not covered")
        uncover(qtbot, window)
        next(b for b in box.buttons() if b.text() == "Cancel").click()  # "go back to the form"

    QTimer.singleShot(0, in_the_question)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert seen[1:] == ["covered"] and "bad-date report" in seen[0]
    assert dialog.isVisible() and text_of(field) == TYPED
    dialog.done(QDialog.DialogCode.Rejected)


def test_ctrl_l_in_a_modal_dialog_locks_keeps_the_note_as_a_draft_and_drops_the_form(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    window = controller.open_main_window(Session(vault))
    client = make_client(vault, "Jade")
    editor = NoteEditor(Session(vault), window.services.dialogs, client, parent=window)
    open_modal(qtbot, editor)
    report = AlertDialog(Session(vault), window.services.dialogs, parent=editor)
    field = open_modal(qtbot, report)
    qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(controller.window, SignInWindow) and not vault.is_open
    assert not editor.isVisible() and not report.isVisible()
    assert text_of(field) == ""  # the typed report is gone from memory, not waiting for the next person
    assert window.services.dialogs.shown == []  # nothing was asked
    again = Vault.open(vault.folder, "coordinator", COORDINATOR_PASS)
    try:
        assert [notes.open_draft(again, d.id).body for d in notes.my_drafts(again)] == [TYPED]
    finally:
        again.lock()


def test_the_idle_lock_during_the_discard_question_closes_everything_without_an_answer(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    controller.dialogs = Dialogs()
    window = controller.open_main_window(Session(vault))
    dialog = AlertDialog(Session(vault), Dialogs(), parent=window)
    field = open_modal(qtbot, dialog)
    asked: list[str] = []

    def idle_while_asking() -> None:
        box = QApplication.activeModalWidget()
        asked.append(box.text() if isinstance(box, QMessageBox) else "no question")
        controller.lock("Locked after 5 idle minutes. Sign in to continue.")

    QTimer.singleShot(0, idle_while_asking)
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # asks "Discard this bad-date report?"; the lock comes meanwhile
    assert asked and "bad-date report" in asked[0]
    assert isinstance(controller.window, SignInWindow) and not vault.is_open
    assert not dialog.isVisible() and text_of(field) == ""
    assert QApplication.activeModalWidget() is None
