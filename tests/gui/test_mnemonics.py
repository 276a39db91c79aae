"""No two controls reachable at once share an Alt+letter: every screen (with each of its tabs), the
menu bar's letters, each menu, and every dialog. A clash means Alt+S saves when the person wanted
the Street button, or opens the Help menu instead of Archive."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from shop_desktop.core.care import notes
from shop_desktop.core.care.notes import NoteDraft
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.admin.agencies_screen import AgencyDialog
from shop_desktop.gui.admin.backup_screen import UnlockBackupDialog
from shop_desktop.gui.admin.staff_screen import ChangePassphraseDialog, ResetPassphraseDialog, RolesDialog, StaffDialog
from shop_desktop.gui.admin.sync_join import JoinDialog
from shop_desktop.gui.admin.sync_screen import AddDeviceDialog
from shop_desktop.gui.clinical.note_editor import AddendumDialog, NoteEditor
from shop_desktop.gui.clinical.note_view import NoteViewer
from shop_desktop.gui.clinical.referral_dialog import OutcomeDialog, ReferralDialog
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.frontdesk.client_dialog import ClientDialog
from shop_desktop.gui.frontdesk.outreach_screen import WhoYouMetDialog
from shop_desktop.gui.frontdesk.suite_dialog import BookingDialog
from shop_desktop.gui.safety.alert_dialog import AlertDialog
from shop_desktop.gui.shell.app import AppController
from shop_desktop.gui.shell.main_window import MainWindow
from shop_desktop.gui.shell.signin import SignInWindow
from shop_desktop.gui.shell.wizard import FirstRunWizard
from tests.conftest import fast_kdf
from tests.factories import make_client
from tests.gui.conftest import vault_of

MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def controls(root: QWidget) -> list[tuple[str, str]]:
    """(letter, words) for every control of root that Alt+letter reaches now."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        text = ""
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        elif isinstance(widget, QMenuBar):
            found += [(k, a.text()) for a in widget.actions() if (k := letter(a.text()))]
        if text and (key := letter(text)):
            found.append((key, text))
    return found


def clashes(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for key, words in pairs:
        by_letter[key].append(words)
    return {key: words for key, words in by_letter.items() if len(words) > 1}


def test_no_screen_shares_a_letter_with_another_control_or_the_menu_bar(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    window = controller.open_main_window(Session(vault))
    problems: dict[str, dict[str, list[str]]] = {}
    for key in window.section_keys():
        screen = window.show_section(key)
        tab_widgets = screen.findChildren(QTabWidget)
        if not tab_widgets:
            if found := clashes(controls(window)):
                problems[key] = found
            continue
        for tabs in tab_widgets:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                if found := clashes(controls(window)):
                    problems[f"{key}/{tabs.tabText(index)}"] = found
            tabs.setCurrentIndex(0)
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_no_menu_shares_a_letter(qtbot: QtBot, controller: AppController, vault: Vault) -> None:
    window = controller.open_main_window(Session(vault))
    problems = {}
    for menu in window.menuBar().findChildren(QMenu):
        if found := clashes([(k, a.text()) for a in menu.actions() if (k := letter(a.text()))]):
            problems[menu.title()] = found
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def _signed(vault: Vault) -> int:
    client = make_client(vault, "Jade")
    return notes.sign_note(vault, NoteDraft(client_id=client.id, note_type="counselling", body="Signed."))


def _referral(vault: Vault) -> object:
    from shop_desktop.core.care import referrals
    from shop_desktop.core.care.referrals import AgencyDetails, ReferralRequest

    agency = referrals.add_agency(vault, AgencyDetails("Health clinic", category="health_clinic"))
    client = make_client(vault, "Jade")
    return referrals.make_referral(
        vault, ReferralRequest(client_id=client.id, agency_id=agency.id, reason="Check-up", priority="routine")
    )


DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "note editor": lambda w: NoteEditor(w.session, w.services.dialogs, make_client(vault_of(w), "Jade"), parent=w),
    "note viewer": lambda w: NoteViewer(
        w.session, w.services.dialogs, make_client(vault_of(w), "Ana"), _signed(vault_of(w)), w
    ),
    "addendum": lambda w: AddendumDialog(w.session, notes.open_note(vault_of(w), _signed(vault_of(w))), parent=w),
    "bad-date report": lambda w: AlertDialog(w.session, w.services.dialogs, parent=w),
    "client": lambda w: ClientDialog(w.session, w.services.dialogs, parent=w),
    "referral": lambda w: ReferralDialog(w.session, make_client(vault_of(w), "Jade"), parent=w),
    "referral follow-up": lambda w: OutcomeDialog(w.session, _referral(vault_of(w)), parent=w),  # type: ignore[arg-type]
    "staff": lambda w: StaffDialog(w.session, w),
    "roles": lambda w: RolesDialog(w.session, w.session.user, w),  # type: ignore[arg-type]
    "reset passphrase": lambda w: ResetPassphraseDialog(w.session, w.session.user, w),  # type: ignore[arg-type]
    "change passphrase": lambda w: ChangePassphraseDialog(w.session, w),
    "booking": lambda w: BookingDialog(w.session, date.today(), parent=w),
    "agency": lambda w: AgencyDialog(w.session, parent=w),
    "who you met": lambda w: WhoYouMetDialog(5, {}, w),
    "open a backup": lambda w: UnlockBackupDialog("coordinator", w),
    "add a device": lambda w: AddDeviceDialog(w),
    "join from an enrollment file": lambda w: JoinDialog(Path("unused"), w.services.dialogs, parent=w),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_dialog_shares_a_letter(qtbot: QtBot, controller: AppController, vault: Vault, name: str) -> None:
    window = controller.open_main_window(Session(vault))
    dialog = DIALOGS[name](window)
    dialog.show()
    assert clashes(controls(dialog)) == {}
    if isinstance(dialog, QDialog):
        dialog.done(0)


def test_sign_in_shares_no_letter(qtbot: QtBot, controller: AppController, vault: Vault) -> None:
    vault.lock()
    window = controller.start()
    assert isinstance(window, SignInWindow)
    assert clashes(controls(window)) == {}


def test_no_page_of_the_first_run_wizard_shares_a_letter(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = FirstRunWizard(tmp_path / "new", dialogs=ScriptedDialogs(), kdf=fast_kdf())
    qtbot.addWidget(wizard)
    wizard.show()
    problems = {}
    for _ in range(4):  # welcome, centre, account, recovery key (reached once the vault is made)
        if found := clashes(controls(wizard)):
            problems[wizard.currentPage().title()] = found
        if wizard.currentPage() is wizard.centre_page:
            wizard.centre_page.name.setText("Drop-in")
        if wizard.currentPage() is wizard.account_page:
            qtbot.keyClicks(wizard.account_page.display_name, "Robin")
            wizard.account_page.passphrase.suggest()
        wizard.next()
    assert wizard.currentPage() is wizard.recovery_page and problems == {}
    if wizard.session is not None:
        wizard.session.lock()
