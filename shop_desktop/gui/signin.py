"""The sign-in window: choose or type a user name, type the passphrase."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from shop_desktop.core.errors import SignInDelayed, VaultError, WrongPassphrase
from shop_desktop.core.places import list_usernames
from shop_desktop.gui.dialogs import Dialogs
from shop_desktop.gui.forms.ui_signin import Ui_SignIn
from shop_desktop.gui.widgets import icon, set_kind


class SignInWindow(QWidget):
    signed_in = Signal(object)  # Vault

    def __init__(
        self,
        folder: Path,
        *,
        dialogs: Dialogs,
        centre_name: str = "",
        demo_hint: str | None = None,
        message: str = "",
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.dialogs = dialogs
        self.ui = Ui_SignIn()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("lock"))
        self.setMinimumSize(480, 380)
        self.ui.centreLabel.setText(centre_name or self.tr("SHOP Desktop"))
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._wait_left = 0
        self._fill_users(username)
        self._show_demo_hint(demo_hint)
        self.show_message(message, "subtle")  # why the app locked: a notice, not an error
        self.ui.signInButton.clicked.connect(self.sign_in)
        self.ui.passphraseEdit.returnPressed.connect(self.sign_in)
        self.ui.recoveryButton.clicked.connect(self.use_recovery_key)

    def _fill_users(self, username: str) -> None:
        """After a lock the name of whoever was signed in stays (they may type another)."""
        users = list_usernames(self.folder)
        self.ui.userCombo.addItems(users)
        self.ui.userCombo.setCurrentIndex(-1 if len(users) != 1 else 0)
        if username:
            self.ui.userCombo.setCurrentText(username)
        self.ui.userCombo.lineEdit().setPlaceholderText(self.tr("Your user name"))

    def centre_on_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        frame = self.frameGeometry()
        frame.moveCenter(screen.availableGeometry().center())
        self.move(frame.topLeft())

    def _show_demo_hint(self, hint: str | None) -> None:
        self.ui.demoLabel.setVisible(bool(hint))
        if hint:
            accounts = hint.split("\n\n")[1] if "\n\n" in hint else hint
            self.ui.demoLabel.setText(self.tr("Demo vault: synthetic data only. Passphrases:") + "\n" + accounts)
            self.ui.demoLabel.setObjectName("demoBanner")
            self.ui.demoLabel.setStyleSheet("font-family: 'DejaVu Sans Mono';")  # the columns line up
            self.ui.demoLabel.style().unpolish(self.ui.demoLabel)
            self.ui.demoLabel.style().polish(self.ui.demoLabel)

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        if not self.property("centred"):
            self.setProperty("centred", True)
            self.adjustSize()
            self.centre_on_screen()
        super().showEvent(event)  # type: ignore[arg-type]
        target = self.ui.passphraseEdit if self.ui.userCombo.currentText() else self.ui.userCombo
        QTimer.singleShot(0, target.setFocus)

    def show_message(self, text: str, kind: str = "error") -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))
        set_kind(self.ui.errorLabel, kind)

    def sign_in(self) -> None:
        if not self.ui.signInButton.isEnabled():
            return
        username = self.ui.userCombo.currentText().strip()
        secret = self.ui.passphraseEdit.text()
        if not username or not secret:
            self.show_message(self.tr("Type your user name and your passphrase."))
            return
        self._busy(True)
        try:
            from shop_desktop.core.vault import Vault  # loaded once someone signs in, not to show the window

            vault = Vault.open(self.folder, username, secret)
        except SignInDelayed as delayed:
            self._start_wait(delayed.wait_seconds, str(delayed))
        except WrongPassphrase as wrong:
            self.ui.passphraseEdit.clear()
            self._start_wait(wrong.wait_seconds, str(wrong))
        except VaultError as error:
            self.show_message(str(error))
        else:
            self.ui.passphraseEdit.clear()
            self.show_message("")
            self.signed_in.emit(vault)
        finally:
            self._busy(False)

    def use_recovery_key(self) -> None:
        typed = self.dialogs.ask_text(
            self,
            self.tr("Use the recovery key"),
            self.tr("Type the recovery key from the sheet in the office safe (dashes and case don't matter):"),
        )
        if not typed:
            return
        self._busy(True)
        try:
            from shop_desktop.core.vault import Vault

            vault = Vault.open_with_recovery(self.folder, typed)
        except VaultError as error:
            self.show_message(str(error))
        else:
            self.show_message("")
            self.signed_in.emit(vault)
        finally:
            self._busy(False)

    def _busy(self, busy: bool) -> None:
        if busy:
            self.show_message(self.tr("Signing in…"), "subtle")
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.repaint()
        else:
            QGuiApplication.restoreOverrideCursor()

    def _start_wait(self, seconds: float, message: str) -> None:
        self.show_message(message)
        self._wait_left = math.ceil(seconds)
        if self._wait_left > 0:
            self.ui.signInButton.setEnabled(False)
            self._countdown.start()
            self._tick(first=True)
        self.ui.passphraseEdit.setFocus()

    def _tick(self, first: bool = False) -> None:
        if not first:
            self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self.ui.signInButton.setEnabled(True)
            self.ui.signInButton.setText(self.tr("&Sign in"))
            return
        self.ui.signInButton.setText(self.tr("Wait %n s", "", self._wait_left))
