"""The sign-in window: choose or type a user name, type the passphrase."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from shop_desktop.core.errors import SignInDelayed, VaultError, WrongPassphrase
from shop_desktop.core.store.places import list_usernames
from shop_desktop.gui.common.dialogs import Dialogs
from shop_desktop.gui.common.widgets import icon, set_kind
from shop_desktop.gui.common.workers import Job, default_pool
from shop_desktop.gui.forms.ui_signin import Ui_SignIn


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
        pool: Any = None,
        after_open: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.after_open = after_open  # run on the worker once the vault opened (app.py: load the screens' code)
        self.pool = pool or default_pool()  # the sign-in runs there (tests pass a SynchronousPool)
        self.job: Job | None = None
        self.handing_over: Any = None  # the opened vault, for the turn before the main window takes it
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
        if not self.ui.signInButton.isEnabled() or self.job is not None or self.handing_over is not None:
            return
        username = self.ui.userCombo.currentText().strip()
        secret = self.ui.passphraseEdit.text()
        if not username or not secret:
            self.show_message(self.tr("Type your user name and your passphrase."))
            return
        folder = self.folder

        def open_vault() -> Any:
            from shop_desktop.core.store.vault import Vault  # loaded once someone signs in, not to show the window

            return Vault.open(folder, username, secret)

        self._open_on_worker(open_vault)

    def use_recovery_key(self) -> None:
        if self.job is not None or self.handing_over is not None:
            return
        typed = self.dialogs.ask_text(
            self,
            self.tr("Use the recovery key"),
            self.tr("Type the recovery key from the sheet in the office safe (dashes and case don't matter):"),
        )
        if not typed:
            return
        folder = self.folder

        def open_vault() -> Any:
            from shop_desktop.core.store.vault import Vault

            return Vault.open_with_recovery(folder, typed)

        self._open_on_worker(open_vault)

    def _open_on_worker(self, open_vault: Callable[[], Any]) -> None:
        """The KDF (on purpose most of a second) and the first steps of a sign-in run on a worker,
        so the window keeps painting; the session's connection is then opened on this thread."""

        def work(_report: object, _cancelled: object) -> object:
            try:
                vault = open_vault()
            except VaultError as error:
                return error  # the window needs its kind (a wait, a wrong passphrase), not only its words
            vault.leave_thread()
            if self.after_open is not None:
                self.after_open()
            return vault

        self.job = Job(work)
        self.job.signals.finished.connect(self._opened)
        self.job.signals.failed.connect(self._failed)
        self._busy(True)
        self.pool.start(self.job)

    def _opened(self, outcome: object) -> None:
        self.job = None
        if not isinstance(outcome, VaultError):
            self._continue_here(outcome)
            return
        self._busy(False)
        if isinstance(outcome, SignInDelayed):
            self._start_wait(outcome.wait_seconds, str(outcome))
        elif isinstance(outcome, WrongPassphrase):
            self.ui.passphraseEdit.clear()
            self._start_wait(outcome.wait_seconds, str(outcome))
        else:
            self.show_message(str(outcome))

    def _continue_here(self, vault: Any) -> None:
        """The session's connection opened on this thread (35 ms of keying and pragmas), then the main
        window in a turn of its own: the two together stopped the window 140 ms. Still busy between."""
        try:
            vault.continue_here()
        except VaultError as error:
            vault.lock()
            self._busy(False)
            self.show_message(str(error))
            return
        self.ui.passphraseEdit.clear()
        self.handing_over = vault
        QTimer.singleShot(1, self, self._hand_over)

    def _hand_over(self) -> None:
        vault, self.handing_over = self.handing_over, None
        self._busy(False)
        self.show_message("")
        if vault is not None:
            self.signed_in.emit(vault)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        """Closed in the turn between the vault opening and the main window taking it: lock it."""
        vault, self.handing_over = self.handing_over, None
        if vault is not None:
            vault.lock()
        super().closeEvent(event)

    def _failed(self, text: str) -> None:
        self.job = None
        self._busy(False)
        self.show_message(text)

    def _busy(self, busy: bool) -> None:
        self.ui.workingBar.setVisible(busy)
        for control in (self.ui.userCombo, self.ui.passphraseEdit, self.ui.signInButton, self.ui.recoveryButton):
            control.setEnabled(not busy)
        if busy:
            self.show_message(self.tr("Signing in…"), "subtle")
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
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
