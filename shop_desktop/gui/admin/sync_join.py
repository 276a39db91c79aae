"""Joining a new PC or laptop from an enrollment file (the first-run wizard's other way in).

The person chooses the file "Add a device" made on the centre PC, sees what it makes this computer,
and types their own user name and passphrase. Making the replica and signing in run as a job off
the GUI thread (the passphrase's key derivation takes seconds on purpose); the dialog is accepted
with the signed-in session once both are done.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from shop_desktop.core.errors import VaultError
from shop_desktop.core.session import Session
from shop_desktop.gui.common.dialogs import Dialogs
from shop_desktop.gui.common.workers import Job, default_pool, wired_job
from shop_desktop.gui.forms.ui_join_dialog import Ui_JoinDialog

FILTER = "SHOP Desktop enrollment files (*.shopenroll);;All files (*)"


class JoinDialog(QDialog):
    def __init__(self, folder: Path, dialogs: Dialogs, pool: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder, self.dialogs, self.pool = folder, dialogs, pool or default_pool()
        self.path: Path | None = None
        self.session: Session | None = None
        self.job: Job | None = None
        self.ui = Ui_JoinDialog()
        self.ui.setupUi(self)
        self.username, self.secret, self.error = self.ui.username, self.ui.secret, self.ui.error
        self.ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Join"))
        self.ui.choose.clicked.connect(self.choose_file)
        self.ui.buttons.accepted.connect(self.join)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.choose.setFocus()

    def choose_file(self) -> bool:
        from shop_desktop.core.sync import enrollment

        chosen = self.dialogs.open_file(self, self.tr("Choose the enrollment file"), FILTER)
        if chosen is None:
            return False
        try:
            about = enrollment.describe(chosen)
        except VaultError as error:
            self.error.setText(str(error))
            return False
        self.path = chosen
        self.ui.file_label.setText(str(chosen))
        self.ui.description.setText(
            self.tr('This computer becomes "%s" (device %s), carrying: %s.')
            % (about["name"], about["device"], _profile_title(str(about["profile"])))
        )
        self.error.setText("")
        made_for = str(about.get("for_username") or "")
        if made_for:  # only this person's passphrase opens the file
            self.ui.description.setText(
                self.ui.description.text() + " " + self.tr("Made for %s: sign in with that account.") % made_for
            )
            self.username.setText(made_for)
            self.secret.setFocus()
        else:
            self.username.setFocus()
        return True

    def join(self) -> None:
        if self.job is not None:
            return
        if self.path is None and not self.choose_file():
            return
        username, secret = self.username.text().strip(), self.secret.text()
        if not username or not secret:
            self.error.setText(self.tr("Type your user name and passphrase: the ones you use at the centre."))
            return
        path, folder = self.path, self.folder
        assert path is not None

        def work(_report: object, _cancelled: object) -> object:
            from shop_desktop.core.sync import enrollment

            enrollment.join(path, folder, username, secret)
            return Session.sign_in(folder, username, secret)

        self.job = wired_job(work, finished=self._joined, failed=self._failed, cancelled=lambda: self._failed(""))
        self._busy(True)
        self.pool.start(self.job)

    def _busy(self, busy: bool) -> None:
        for widget in (self.ok, self.ui.choose, self.username, self.secret):
            widget.setEnabled(not busy)
        self.error.setText(self.tr("Making this computer's copy… this takes a few seconds on purpose.") if busy else "")

    def _joined(self, opened: object) -> None:
        self.job = None
        self.secret.clear()
        assert isinstance(opened, Session)
        self.session = opened
        self.accept()

    def _failed(self, text: str) -> None:
        self.job = None
        self._busy(False)
        self.error.setText(text)
        self.secret.clear()
        self.secret.setFocus()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.secret.clear()
            if self.job is not None:
                self.job.detach()  # the join finishes alone; the vault is there at the next start
        super().done(result)


def _profile_title(key: str) -> str:
    from shop_desktop.core.sync.profiles import PROFILES

    found = PROFILES.get(key)
    return found.title if found else key
