"""Every form asks before throwing away what was typed (naming the form), and closes at once when
nothing was typed. The answers come from the scripted Dialogs seam."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QDialog, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from shop_desktop.core.care import notes
from shop_desktop.core.care.notes import NoteDraft
from shop_desktop.core.desk import outreach
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.admin.agencies_screen import AgencyDialog
from shop_desktop.gui.admin.staff_screen import StaffDialog
from shop_desktop.gui.clinical.note_editor import AddendumDialog
from shop_desktop.gui.clinical.referral_dialog import ReferralDialog
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.frontdesk.client_dialog import ClientDialog
from shop_desktop.gui.frontdesk.outreach_screen import OutreachScreen
from shop_desktop.gui.frontdesk.suite_dialog import BookingDialog
from shop_desktop.gui.safety.alert_dialog import AlertDialog
from shop_desktop.gui.shell.app import AppController
from shop_desktop.gui.shell.main_window import MainWindow
from tests.factories import make_client
from tests.gui.conftest import vault_of


def _addendum(w: MainWindow) -> QDialog:
    client = make_client(vault_of(w), "Jade")
    note_id = notes.sign_note(vault_of(w), NoteDraft(client_id=client.id, note_type="counselling", body="Signed."))
    return AddendumDialog(w.session, notes.open_note(vault_of(w), note_id), parent=w)


# form -> (the words the question names it by, how to open it over the main window)
FORMS: dict[str, tuple[str, Callable[[MainWindow], QDialog]]] = {
    "alert": ("bad-date report", lambda w: AlertDialog(w.session, w.services.dialogs, parent=w)),
    "client": ("registration", lambda w: ClientDialog(w.session, w.services.dialogs, parent=w)),
    "referral": (
        "referral",
        lambda w: ReferralDialog(w.session, make_client(vault_of(w), "Jade"), parent=w),
    ),
    "addendum": ("addendum", _addendum),
    "staff": ("new account", lambda w: StaffDialog(w.session, w)),
    "booking": ("booking", lambda w: BookingDialog(w.session, date.today(), parent=w)),
    "agency": ("agency", lambda w: AgencyDialog(w.session, parent=w)),
}


def first_text_field(dialog: QDialog) -> QWidget:
    return next(
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QLineEdit | QPlainTextEdit)
        and w.isVisible()
        and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)
    )


def opened(qtbot: QtBot, controller: AppController, vault: Vault, form: str) -> tuple[QDialog, ScriptedDialogs]:
    window = controller.open_main_window(Session(vault))
    dialog = FORMS[form][1](window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog, controller.dialogs  # type: ignore[return-value]


def questions(dialogs: ScriptedDialogs) -> list[str]:
    return [title for kind, title, _ in dialogs.shown if kind == "confirm"]


@pytest.mark.parametrize("form", list(FORMS))
def test_escape_on_an_unchanged_form_closes_it_at_once(
    qtbot: QtBot, controller: AppController, vault: Vault, form: str
) -> None:
    dialog, dialogs = opened(qtbot, controller, vault, form)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and questions(dialogs) == []


@pytest.mark.parametrize("form", list(FORMS))
def test_escape_on_a_changed_form_asks_naming_it_and_keeps_it_when_told(
    qtbot: QtBot, controller: AppController, vault: Vault, form: str
) -> None:
    dialog, dialogs = opened(qtbot, controller, vault, form)
    field = first_text_field(dialog)
    qtbot.keyClicks(field, "Dark sedan")
    dialogs.confirms = [False]  # "go back to the form"
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert questions(dialogs) == [f"Discard this {FORMS[form][0]}?"]
    assert dialog.isVisible() and "Dark sedan" in (
        field.text() if isinstance(field, QLineEdit) else field.toPlainText()
    )
    dialogs.confirms = [True]  # the window's close button this time, and yes, discard
    dialog.close()
    assert not dialog.isVisible() and len(questions(dialogs)) == 2
    assert (field.text() if isinstance(field, QLineEdit) else field.toPlainText()) == ""  # not kept in memory


def test_cancel_asks_too(qtbot: QtBot, controller: AppController, vault: Vault) -> None:
    dialog, dialogs = opened(qtbot, controller, vault, "alert")
    dialog.harms["robbery"].setChecked(True)  # a ticked box is a change too
    dialogs.confirms = [True]
    cancel = next(b for b in dialog.findChildren(QWidget) if getattr(b, "text", lambda: "")() == "Cancel")
    cancel.click()  # type: ignore[attr-defined]
    assert questions(dialogs) == ["Discard this bad-date report?"] and not dialog.isVisible()


def test_an_outreach_shift_asks_before_new_shift_throws_it_away(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    window = controller.open_main_window(Session(vault))
    screen = window.show_section("outreach")
    assert isinstance(screen, OutreachScreen)
    dialogs: ScriptedDialogs = controller.dialogs  # type: ignore[assignment]
    screen.clear_button.click()
    assert questions(dialogs) == []  # nothing typed: a fresh form without a question
    screen.contacts.setValue(12)
    dialogs.confirms = [False]
    screen.clear_button.click()
    assert questions(dialogs) == ["Discard this outreach shift?"] and screen.contacts.value() == 12
    screen.contacts.setFocus()
    qtbot.keyClick(screen.contacts, Qt.Key.Key_Return)  # Enter saves
    assert [s.record.contacts for s in outreach.recent_shifts(vault)] == [12] and screen.contacts.value() == 0
    screen.clear_button.click()
    assert len(questions(dialogs)) == 1  # saved: nothing to lose
