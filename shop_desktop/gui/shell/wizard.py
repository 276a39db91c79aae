"""First-run wizard: the centre, the first coordinator account, the recovery key shown once."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizard, QWizardPage

from shop_desktop.core.errors import VaultError
from shop_desktop.core.session import Session
from shop_desktop.core.store import crypto
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.dialogs import Dialogs
from shop_desktop.gui.common.printing import print_pdf
from shop_desktop.gui.common.widgets import NewPassphraseField, icon
from shop_desktop.gui.forms.ui_account_page import Ui_AccountPage
from shop_desktop.gui.forms.ui_centre_page import Ui_CentrePage
from shop_desktop.gui.forms.ui_recovery_page import Ui_RecoveryPage
from shop_desktop.gui.forms.ui_welcome_page import Ui_WelcomePage
from shop_desktop.reports.recovery_sheet import build_recovery_sheet


class WelcomePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        self.ui.join.clicked.connect(wizard.join_from_file)


class CentrePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_CentrePage()
        self.ui.setupUi(self)
        self.name, self.address = self.ui.name, self.ui.address
        self.registerField("centre_name*", self.name)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self.name.setFocus()


class AccountPage(QWizardPage):
    """Making the vault happens when this page is left; the Back button goes away after that."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.ui = Ui_AccountPage()
        self.ui.setupUi(self)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the vault"))
        self.username, self.display_name, self.error = self.ui.username, self.ui.display_name, self.ui.error
        self.passphrase = NewPassphraseField(username="coordinator")
        column = QVBoxLayout(self.ui.passphraseHost)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.passphrase)
        self.passphrase.changed.connect(self.completeChanged)
        self.username.textChanged.connect(self._username_changed)

    def _username_changed(self, text: str) -> None:
        self.passphrase.username = text
        self.completeChanged.emit()

    def initializePage(self) -> None:  # noqa: N802
        self.display_name.setFocus()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.username.text().strip()) and self.passphrase.is_acceptable()

    def validatePage(self) -> bool:  # noqa: N802
        self.error.setText(self.tr("Creating the vault… this takes a few seconds on purpose."))
        self.repaint()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.owner.create_vault(self.username.text(), self.display_name.text(), self.passphrase.text())
        except VaultError as error:
            self.error.setText(str(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.passphrase.clear()
        self.error.setText("")
        return True


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.ui = Ui_RecoveryPage()
        self.ui.setupUi(self)
        self.key_label, self.confirm = self.ui.recoveryKey, self.ui.confirm
        self.print_button, self.save_button = self.ui.print_button, self.ui.save_button
        self.print_button.setIcon(icon("print"))
        self.save_button.setIcon(icon("save"))
        self.confirm.toggled.connect(self.completeChanged)
        self.print_button.clicked.connect(wizard.print_sheet)
        self.save_button.clicked.connect(wizard.save_sheet)

    def initializePage(self) -> None:  # noqa: N802
        groups = self.owner.recovery_key.split("-")
        self.key_label.setText("\n".join("  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)))
        self.print_button.setFocus()

    def isComplete(self) -> bool:  # noqa: N802
        return self.confirm.isChecked()


class FirstRunWizard(QWizard):
    vault_created = Signal(object)  # Session, emitted when the wizard finishes

    def __init__(
        self, folder: Path, *, dialogs: Dialogs, kdf: crypto.KdfParams | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.dialogs = dialogs
        self.kdf = kdf
        self.session: Session | None = None
        self.recovery_key = ""
        self.setWindowTitle(self.tr("Set up SHOP Desktop"))
        self.setWindowIcon(icon("key"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(760, 560)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.centre_page = CentrePage()
        self.account_page = AccountPage(self)
        self.recovery_page = RecoveryPage(self)
        self.pool: object = None  # where joining runs (None: the app's pool; tests give a synchronous one)
        for page in (WelcomePage(self), self.centre_page, self.account_page, self.recovery_page):
            self.addPage(page)
        self.accepted.connect(self._finished)

    def welcome_join_button(self) -> QWidget:
        return self.page(self.pageIds()[0]).ui.join  # type: ignore[attr-defined]

    def join_from_file(self) -> None:
        """Another device of a centre that already has SHOP Desktop: no centre, no new vault."""
        from shop_desktop.gui.admin.sync_join import JoinDialog

        dialog = JoinDialog(self.folder, self.dialogs, self.pool, parent=self)
        if self.dialogs.run(dialog) and dialog.session is not None:
            self.session = dialog.session
            self.accept()

    def create_vault(self, username: str, display_name: str, secret: str) -> None:
        if self.session is not None:
            return
        made, self.recovery_key = Vault.create(
            self.folder,
            centre_name=self.centre_page.name.text(),
            username=username,
            display_name=display_name or username,
            passphrase=secret,
            centre_address=self.centre_page.address.toPlainText(),
            kdf=self.kdf,
        )
        self.session = Session(made)

    def _sheet_bytes(self) -> bytes:
        assert self.session is not None
        buffer = io.BytesIO()
        build_recovery_sheet(
            buffer,
            centre_name=self.centre_page.name.text(),
            recovery_key=self.recovery_key,
            vault_id=self.session.vault_id,
            created_at=datetime.now(),
            created_by=self.session.user.display_name,
        )
        return buffer.getvalue()

    def print_sheet(self) -> None:
        print_pdf(self, self._sheet_bytes(), self.tr("Recovery key"))

    def save_sheet(self) -> None:
        path = self.dialogs.save_file(
            self, self.tr("Save the recovery key sheet"), "recovery-key.pdf", self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        try:
            path.write_bytes(self._sheet_bytes())
        except OSError as error:
            self.dialogs.warn(
                self,
                self.tr("Not saved"),
                self.tr("The sheet could not be saved there (%s). Try another place.") % error.strerror,
            )
            return
        self.dialogs.info(self, self.tr("Saved"), self.tr("Saved. Print it, put it in the safe, then delete the file."))

    def reject(self) -> None:
        if self.session is not None and not self.dialogs.confirm(
            self,
            self.tr("Leave without the recovery key?"),
            self.tr("The vault is made. If you leave now, the recovery key will not be shown again."),
            action=self.tr("Leave"),
            danger=True,
        ):
            return
        super().reject()

    def _finished(self) -> None:
        self.recovery_key = ""
        if self.session is not None:
            self.vault_created.emit(self.session)
