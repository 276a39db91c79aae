"""The app shell driven as a person would: wizard, sign-in, idle lock, privacy screen, roles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shop_desktop.core.roles import Role
from shop_desktop.core.session import Session
from shop_desktop.core.store.places import vault_exists
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.shell.app import AppController
from shop_desktop.gui.shell.main_window import MainWindow
from shop_desktop.gui.shell.signin import SignInWindow
from shop_desktop.gui.shell.wizard import FirstRunWizard
from tests.conftest import COORDINATOR_PASS, PASSPHRASES, add_member
from tests.gui.conftest import landed, settle_sign_in, vault_of

NEW_PASS = "violet harbour teapot meadow"


def finish_wizard(qtbot: QtBot, controller: AppController) -> MainWindow:
    wizard = controller.start()
    assert isinstance(wizard, FirstRunWizard)
    wizard.next()
    qtbot.keyClicks(wizard.centre_page.name, "Tk'eml")
    wizard.centre_page.name.insert("úps Drop-in")  # QTest types ASCII only; the rest as a paste would
    wizard.next()
    assert not wizard.account_page.isComplete()
    qtbot.keyClicks(wizard.account_page.display_name, "Robin")
    qtbot.keyClicks(wizard.account_page.passphrase.first, "too short")
    assert "at least 15" in wizard.account_page.passphrase.feedback.text()
    wizard.account_page.passphrase.first.clear()
    qtbot.keyClicks(wizard.account_page.passphrase.first, NEW_PASS)
    qtbot.keyClicks(wizard.account_page.passphrase.second, NEW_PASS)
    assert wizard.account_page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    shown_key = wizard.recovery_page.key_label.text()
    assert len("".join(shown_key.split())) == 56
    assert not wizard.recovery_page.isComplete()
    wizard.recovery_page.confirm.setChecked(True)
    wizard.accept()
    assert isinstance(controller.main_window, MainWindow)
    return controller.main_window


def make_active(qtbot: QtBot, window: MainWindow) -> None:
    """Shortcuts (F12, Ctrl+L) reach only the active window, as on a real desktop."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def sign_in(qtbot: QtBot, window: SignInWindow, username: str, secret: str) -> None:
    window.ui.userCombo.setCurrentText(username)
    window.ui.passphraseEdit.clear()
    qtbot.keyClicks(window.ui.passphraseEdit, secret)
    qtbot.keyClick(window.ui.passphraseEdit, Qt.Key.Key_Return)
    settle_sign_in(qtbot, window)


def test_first_run_wizard_makes_a_vault_and_opens_the_main_window(
    qtbot: QtBot, controller: AppController, vault_dir: Path
) -> None:
    window = finish_wizard(qtbot, controller)
    assert vault_exists(vault_dir)
    assert vault_of(window).user.username == "coordinator"
    assert window.section_keys() == [
        "home",
        "checkin",
        "alerts",
        "clients",
        "history",
        "notes",
        "referrals",
        "programs",
        "suite",
        "outreach",
        "overdose",
        "shift_log",
        "drug_alerts",
        "stock",
        "reports",
        "restrictions",
        "access_requests",
        "backup",
        "sync",
        "staff",
        "audit",
        "settings",
    ]
    assert landed(qtbot, window) is window.stack.currentWidget() is window.screens["checkin"]  # the front desk's first
    assert "Robin" in window.user_label.text()


def test_recovery_sheet_is_saved_where_the_user_chose(qtbot: QtBot, controller: AppController, tmp_path: Path) -> None:
    wizard = controller.start()
    wizard.next()
    qtbot.keyClicks(wizard.centre_page.name, "Centre")
    wizard.next()
    wizard.account_page.passphrase.suggest()
    wizard.next()
    target = tmp_path / "chosen" / "sheet.pdf"
    target.parent.mkdir()
    controller.dialogs.paths = [target]  # type: ignore[attr-defined]
    wizard.save_sheet()
    assert target.read_bytes().startswith(b"%PDF")
    assert list(tmp_path.rglob("*.pdf")) == [target]


def test_sign_in_wrong_then_right(qtbot: QtBot, controller: AppController, vault: Vault) -> None:
    vault.lock()
    window = controller.start()
    assert isinstance(window, SignInWindow)
    sign_in(qtbot, window, "coordinator", "not the passphrase at all")
    assert "don't match" in window.ui.errorLabel.text()
    assert window.ui.passphraseEdit.text() == ""
    sign_in(qtbot, window, "coordinator", COORDINATOR_PASS)
    assert controller.main_window is not None and vault_of(controller) is not None


def test_idle_lock_drops_the_session_and_the_next_person_signs_in(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    vault.lock()
    controller.idle_ms = 400  # long enough for the sign-in to settle (settle_sign_in)
    window = controller.start()
    sign_in(qtbot, window, "coordinator", COORDINATOR_PASS)
    session = vault_of(controller)
    assert session is not None and session.is_open
    qtbot.waitUntil(lambda: isinstance(controller.window, SignInWindow), timeout=3000)
    assert not session.is_open and controller.main_window is None
    locked = controller.window
    assert isinstance(locked, SignInWindow) and "idle" in locked.ui.errorLabel.text()
    controller.idle_ms = 60_000
    sign_in(qtbot, locked, "coordinator", COORDINATOR_PASS)
    assert vault_of(controller) is not None and vault_of(controller).is_open


def test_activity_postpones_the_idle_lock(qtbot: QtBot, controller: AppController, vault: Vault) -> None:
    vault.lock()
    controller.idle_ms = 1_500  # five times the gap between keys: a busy machine must not fail the test
    window = controller.start()
    sign_in(qtbot, window, "coordinator", COORDINATOR_PASS)
    main = controller.main_window
    assert main is not None
    for _ in range(6):  # 1.8 s of activity in all, longer than the idle time
        qtbot.wait(300)
        qtbot.keyClick(main.navigation, Qt.Key.Key_Shift)  # a key that opens no screen: only the timer counts
    assert controller.main_window is main
    qtbot.waitUntil(lambda: controller.main_window is None, timeout=8000)


def test_privacy_screen_hides_everything_until_the_passphrase(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    window = controller.open_main_window(Session(vault))
    make_active(qtbot, window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F12)
    assert window.privacy.covering and not window.centralWidget().isEnabled()
    qtbot.keyClicks(window.privacy.passphrase, "wrong wrong wrong wrong")
    qtbot.keyClick(window.privacy.passphrase, Qt.Key.Key_Return)
    assert window.privacy.covering and "doesn't match" in window.privacy.error.text()
    qtbot.keyClicks(window.privacy.passphrase, COORDINATOR_PASS)
    qtbot.keyClick(window.privacy.passphrase, Qt.Key.Key_Return)
    assert not window.privacy.covering and window.centralWidget().isEnabled()
    assert vault_of(controller) is vault and vault.is_open


def test_escape_twice_hides_the_screen(qtbot: QtBot, controller: AppController, vault: Vault) -> None:
    window = controller.open_main_window(Session(vault))
    make_active(qtbot, window)
    window.activateWindow()
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Escape)
    assert not window.privacy.covering
    qtbot.keyClick(window.navigation, Qt.Key.Key_Escape)
    assert window.privacy.covering


def test_front_desk_sees_only_its_sections(
    qtbot: QtBot, controller: AppController, vault: Vault, vault_dir: Path
) -> None:
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    window = controller.start()
    sign_in(qtbot, window, "frontdesk", PASSPHRASES[Role.FRONT_DESK])
    main = controller.main_window
    assert main is not None
    assert main.section_keys() == [
        "home",
        "checkin",
        "alerts",
        "clients",
        "history",
        "referrals",
        "programs",
        "suite",
        "overdose",
        "shift_log",
        "drug_alerts",
        "stock",
    ]


def test_switch_user(qtbot: QtBot, controller: AppController, vault: Vault) -> None:
    add_member(vault, Role.COUNSELLOR)
    main = controller.open_main_window(Session(vault))
    make_active(qtbot, main)
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(main.navigation, Qt.Key.Key_L, control_shift)
    assert not vault.is_open
    window = controller.window
    assert isinstance(window, SignInWindow)
    sign_in(qtbot, window, "counsellor", PASSPHRASES[Role.COUNSELLOR])
    assert vault_of(controller) is not None and vault_of(controller).user.username == "counsellor"


def test_lock_shortcut(qtbot: QtBot, controller: AppController, vault: Vault) -> None:
    main = controller.open_main_window(Session(vault))
    make_active(qtbot, main)
    qtbot.keyClick(main.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not vault.is_open and isinstance(controller.window, SignInWindow)


def test_sign_in_with_the_recovery_key(qtbot: QtBot, controller: AppController, new_vault: tuple[Vault, str]) -> None:
    vault, recovery = new_vault
    vault.lock()
    window = controller.start()
    controller.dialogs.texts = ["not a key"]  # type: ignore[attr-defined]
    window.use_recovery_key()
    assert "recovery key" in window.ui.errorLabel.text()
    controller.dialogs.texts = [recovery.lower()]  # type: ignore[attr-defined]
    window.use_recovery_key()
    settle_sign_in(qtbot, window)
    assert vault_of(controller) is not None and vault_of(controller).is_recovery
