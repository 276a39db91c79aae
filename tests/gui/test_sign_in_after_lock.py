"""After a lock: the user name stays, the reason is a notice (not a red error), the window is centred;
a new idle time from Settings applies at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from shop_desktop.core.roles import Role
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.admin.settings_screen import SettingsScreen
from shop_desktop.gui.shell.app import AppController
from shop_desktop.gui.shell.signin import SignInWindow
from tests.conftest import PASSPHRASES, add_member, sign_in_as
from tests.gui.conftest import settle_sign_in, vault_of


def test_the_user_name_stays_after_a_lock_and_the_reason_is_not_an_error(
    qtbot: QtBot, controller: AppController, vault: Vault, vault_dir
) -> None:
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    main = controller.open_main_window(Session(sign_in_as(vault_dir, Role.FRONT_DESK)))
    main.lock_requested.emit()
    window = controller.window
    assert isinstance(window, SignInWindow)
    assert window.ui.userCombo.currentText() == "frontdesk"
    assert window.ui.errorLabel.text().startswith("Locked") and not window.ui.errorLabel.property("error")
    qtbot.waitUntil(window.ui.passphraseEdit.hasFocus, timeout=2000)  # straight to the passphrase
    qtbot.keyClicks(window.ui.passphraseEdit, PASSPHRASES[Role.FRONT_DESK])
    qtbot.keyClick(window.ui.passphraseEdit, Qt.Key.Key_Return)
    settle_sign_in(qtbot, window)
    assert vault_of(controller) is not None and vault_of(controller).user.username == "frontdesk"
    controller.main_window.lock_requested.emit()  # type: ignore[union-attr]
    locked = controller.window
    assert isinstance(locked, SignInWindow)
    locked.ui.userCombo.setCurrentText("coordinator")  # someone else may sign in
    assert locked.ui.userCombo.currentText() == "coordinator"


def test_switch_user_leaves_the_name_empty_for_the_next_person(
    qtbot: QtBot, controller: AppController, vault: Vault, vault_dir
) -> None:
    add_member(vault, Role.FRONT_DESK)
    add_member(vault, Role.OUTREACH)
    vault.lock()
    main = controller.open_main_window(Session(sign_in_as(vault_dir, Role.FRONT_DESK)))
    main.switch_user_requested.emit()
    window = controller.window
    assert isinstance(window, SignInWindow) and window.ui.userCombo.currentText() == ""


def test_the_sign_in_window_opens_in_the_middle_of_the_screen(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    vault.lock()
    window = controller.start()
    qtbot.waitExposed(window)
    middle = QGuiApplication.primaryScreen().availableGeometry().center()
    centre = window.frameGeometry().center()
    assert abs(centre.x() - middle.x()) <= 2 and abs(centre.y() - middle.y()) <= 2
    assert window.frameGeometry().top() > 0 and window.frameGeometry().left() > 0


def test_a_new_idle_time_applies_at_once_and_says_so(qtbot: QtBot, controller: AppController, vault: Vault) -> None:
    controller.idle_ms = None  # the centre's own setting, as in the app
    main = controller.open_main_window(Session(vault))
    assert controller.idle is not None and controller.idle.timeout_ms == 5 * 60_000
    screen = main.show_section("settings")
    assert isinstance(screen, SettingsScreen)
    screen.fields["idle_lock_minutes"].setText("2")
    qtbot.keyClick(screen.fields["idle_lock_minutes"], Qt.Key.Key_Return)  # Enter saves
    assert controller.idle.timeout_ms == 2 * 60_000 and controller.idle.timer.remainingTime() <= 2 * 60_000 + 1000
    assert "locks after 2 idle minute" in screen.message.text()
