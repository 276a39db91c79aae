"""Back up in one click, verify a backup file, restore one after seeing what it holds.

All the work (snapshot, encryption, reading back, every check) runs as jobs off the GUI thread
with progress and Cancel; the core checks permissions and writes the audit entries.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from shop_desktop.core.backup import backup, restore
from shop_desktop.core.backup.backup import BackupHeader, OpenedBackup
from shop_desktop.core.backup.backup_summary import describe
from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Permission
from shop_desktop.gui.admin.old_backups import OldBackupsBox
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import icon, say, set_kind, set_up_screen
from shop_desktop.gui.common.workers import Job, wired_job
from shop_desktop.gui.forms.ui_backup_screen import Ui_BackupScreen
from shop_desktop.gui.forms.ui_restore_choice_dialog import Ui_RestoreChoiceDialog
from shop_desktop.gui.forms.ui_unlock_backup_dialog import Ui_UnlockBackupDialog

FILTER = "SHOP Desktop backups (*.shopbackup);;All files (*)"


class UnlockBackupDialog(QDialog):
    """Who opens the backup: an account of the day it was made, or the recovery key."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockBackupDialog()
        self.ui.setupUi(self)
        self.username, self.secret, self.use_recovery = self.ui.username, self.ui.secret, self.ui.use_recovery
        self.username.setText(username)
        self.use_recovery.toggled.connect(lambda on: self.username.setEnabled(not on))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.secret.setFocus()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.secret.clear()
        super().done(result)


class BackupScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.dialogs = services.dialogs
        self.job: Job | None = None
        last_folder = self.session.backup.last_backup().folder
        self.folder = Path(last_folder) if last_folder else None
        self.ui = ui = set_up_screen(Ui_BackupScreen(), self)
        self.folder_label, self.choose, self.back_up = ui.folder_label, ui.choose, ui.back_up
        self.progress, self.progress_words, self.cancel = ui.progress, ui.progress_words, ui.cancel
        self.result, self.last, self.verify, self.restore = ui.result, ui.last, ui.verify, ui.restore
        self.back_up.setIcon(icon("backup"))
        self.restore.setIcon(icon("restore"))
        self.restore.setVisible(self.session.can(Permission.RESTORE))
        self.old_backups = OldBackupsBox(services)  # retention: old backups still hold erased clients
        ui.layout.insertWidget(ui.layout.count() - 1, self.old_backups)  # above the closing stretch
        self.choose.clicked.connect(self.choose_folder)
        self.back_up.clicked.connect(self.start_backup)
        self.cancel.clicked.connect(self.cancel_job)
        self.verify.clicked.connect(lambda: self.open_file(restoring=False))
        self.restore.clicked.connect(lambda: self.open_file(restoring=True))
        self._busy(False)
        self._show_state()

    def _show_state(self) -> None:
        self.folder_label.setText(str(self.folder) if self.folder else self.tr("No folder chosen yet"))
        self.folder_label.setToolTip(self.folder_label.text())
        status = self.session.backup.backup_status()
        last = self.session.backup.last_backup()
        text = status.text + (self.tr(" (fingerprint %s)") % last.fingerprint if last.fingerprint else "")
        self.last.setText(text)
        set_kind(self.last, "warning" if status.overdue else "subtle")
        self.old_backups.show_folder(self.folder)

    def _busy(self, busy: bool) -> None:
        for widget in (self.back_up, self.choose, self.verify, self.restore):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress_words.setVisible(busy)
        self.cancel.setVisible(busy)
        if busy:
            self.progress.setValue(0)

    def _say(self, text: str, kind: str) -> None:
        say(self.result, text, kind)

    def choose_folder(self) -> bool:
        chosen = self.dialogs.pick_folder(self, self.tr("Where should backups go? (a USB stick or a network share)"))
        if chosen is None:
            return False
        self.folder = chosen
        self._show_state()
        return True

    def _run(self, work: Any, finished: Any, failed: Any = None) -> None:
        self.job = wired_job(
            work,
            progress=self._progress,
            finished=lambda result: self._ended(finished, result),
            failed=lambda text: self._ended(failed or self._failed, text),
            cancelled=lambda: self._ended(self._cancelled, None),
        )
        self._busy(True)
        self.services.pool.start(self.job)

    def _ended(self, then: Any, value: Any) -> None:
        self.job = None
        self._busy(False)
        then(value)

    def _progress(self, fraction: float, words: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.progress_words.setText(words)

    def _failed(self, text: str) -> None:
        self._say(text, "error")  # once, on the screen the person is looking at (not a message box as well)

    def _cancelled(self, _value: object) -> None:
        self._say(self.tr("Cancelled. Nothing was changed."), "warning")

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    # --- backing up ------------------------------------------------------------------------

    def start_backup(self) -> None:
        if self.job is not None:
            return
        if self.folder is None and not self.choose_folder():
            return
        assert self.folder is not None
        try:
            plan = self.session.backup.prepare_backup(self.folder)
        except VaultError as error:
            self._failed(str(error))
            return
        self._say("", "subtle")
        self._run(lambda report, cancelled: backup.make_backup(plan, report, cancelled), self._backed_up)

    def _backed_up(self, result: backup.BackupResult) -> None:
        megabytes = result.size / 1_000_000
        done = self.tr("Backup written and checked: %s (%.1f MB).\nFingerprint: %s — note it down with the date.") % (
            result.path.name,
            megabytes,
            result.fingerprint,
        )
        self._say(done + ("\n" + result.note if result.note else ""), "warning" if result.note else "success")
        self._show_state()
        self.services.refresh_status()

    # --- verifying and restoring -----------------------------------------------------------

    def open_file(self, *, restoring: bool) -> None:
        if self.job is not None:
            return
        path = self.dialogs.open_file(self, self.tr("Choose a backup file"), FILTER)
        if path is None:
            return
        credentials = self.ask_credentials()
        if credentials is None:
            return
        username, secret, recovery = credentials

        def work(report: Any, cancelled: Any) -> tuple[OpenedBackup, str]:
            report(0.0, "Opening the backup…")
            opened = (
                backup.open_backup_with_recovery(path, secret)
                if recovery
                else backup.open_backup(path, username, secret)
            )
            return opened, restore.verify_backup(opened, report, cancelled)

        self._run(work, self._restore_checked if restoring else self._verified)

    def ask_credentials(self) -> tuple[str, str, bool] | None:
        """(user name, passphrase or recovery key, is it the recovery key); None if cancelled."""
        unlock = UnlockBackupDialog(self.session.user.username, parent=self)
        if not self.dialogs.run(unlock):
            return None
        answer = (unlock.username.text(), unlock.secret.text(), unlock.use_recovery.isChecked())
        unlock.secret.clear()
        return answer

    def ask_restore_choice(self, header: BackupHeader) -> str:
        """ "here", "elsewhere" or "" (cancelled)."""
        choice = RestoreChoiceDialog(header, parent=self)
        self.dialogs.run(choice)
        return choice.choice

    def _verified(self, outcome: tuple[OpenedBackup, str]) -> None:
        opened, fingerprint = outcome
        self.session.restore.record_verified(fingerprint)
        self._say(
            self.tr("Every check passed. Fingerprint: %s\n%s") % (fingerprint, describe(opened.header)), "success"
        )

    def _restore_checked(self, outcome: tuple[OpenedBackup, str]) -> None:
        opened, fingerprint = outcome
        self._say(
            self.tr("Every check passed. Fingerprint: %s\n%s") % (fingerprint, describe(opened.header)), "success"
        )
        choice = self.ask_restore_choice(opened.header)
        if choice == "here":
            self._restore_here(opened, fingerprint)
        elif choice == "elsewhere":
            self._restore_elsewhere(opened, fingerprint)

    def _restore_here(self, opened: OpenedBackup, fingerprint: str) -> None:
        """Every check already ran on this file (open_file): the restore only checks it is the same file."""
        try:
            proof = self.session.restore.begin_restore_here(opened)
        except VaultError as error:
            self._failed(str(error))
            return
        lock_app = self.services.lock_app

        def done(result: restore.RestoreResult) -> None:
            words = self.tr(
                "Backup restored. The vault that was here is kept in %s until you remove it. Sign in to continue."
            ) % (result.kept_old,)
            if result.synced:
                words += " " + self.tr(
                    "Then choose the sync folder again under Sync and press Sync now: what this PC did after "
                    "the backup comes back from there."
                )
            lock_app(words)

        def failed(text: str) -> None:
            lock_app(self.tr("The restore stopped: %s") % text)

        self._run(
            lambda report, cancelled: restore.restore_backup(
                opened,
                proof.folder,
                replace=True,
                live=proof,
                progress=report,
                cancelled=cancelled,
                checked=fingerprint,
            ),
            done,
            failed,
        )

    def _restore_elsewhere(self, opened: OpenedBackup, fingerprint: str) -> None:
        folder = self.dialogs.pick_folder(self, self.tr("Choose an empty folder for the restored vault"))
        if folder is None:
            return

        def done(result: restore.RestoreResult) -> None:
            self.session.restore.record_restored_elsewhere(fingerprint)
            words = self.tr("Restored into %s. The current vault is unchanged.") % result.folder
            if result.synced:
                words += " " + self.tr("The restored copy won't sync until someone chooses its sync folder.")
            self._say(words, "success")

        self._run(
            lambda report, cancelled: restore.restore_backup(
                opened, folder, progress=report, cancelled=cancelled, checked=fingerprint
            ),
            done,
        )

    def clear(self) -> None:
        """On lock a running backup still finishes and verifies itself; only this screen lets go of it."""
        if self.job is not None:
            self.job.detach()
            self.job = None
        self.result.clear()


class RestoreChoiceDialog(QDialog):
    """What the backup holds, then where to restore it. Nothing has changed yet."""

    def __init__(self, header: BackupHeader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = ""
        self.ui = Ui_RestoreChoiceDialog()
        self.ui.setupUi(self)
        self.ui.holds.setText(describe(header))
        for button, value in ((self.ui.here, "here"), (self.ui.elsewhere, "elsewhere")):
            button.clicked.connect(lambda _checked=False, v=value: self._pick(v))
        self.ui.cancel.clicked.connect(self.reject)
        self.adjustSize()

    def _pick(self, value: str) -> None:
        self.choice = value
        self.accept()
