"""The audit trail: who did what and when (ids and actions, never content), and a chain check.

The check reads the whole trail (seconds at twenty years), so it runs as a job off the GUI thread
with progress and Cancel; the core begins it (permission, keys) and signs its checkpoint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHeaderView, QWidget

from shop_desktop.core.store import audit
from shop_desktop.core.store.audit import AuditEntry, ChainReport
from shop_desktop.gui.common.dates import show_datetime
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import icon, set_kind, set_up_screen
from shop_desktop.gui.common.workers import Job, wired_job
from shop_desktop.gui.forms.ui_audit_screen import Ui_AuditScreen

ACTION_WORDS = {
    "vault.created": "Vault created",
    "session.sign_in": "Signed in",
    "session.sign_in_failed": "Wrong passphrase(s)",
    "staff.added": "Account added",
    "staff.disabled": "Account disabled",
    "staff.roles_changed": "Roles changed",
    "staff.passphrase_changed": "Own passphrase changed",
    "staff.passphrase_reset": "Passphrase reset",
    "keys.rotated": "Keys replaced",
    "settings.changed": "Setting changed",
    "note.read": "Note opened",
    "note.searched": "Notes searched",
    "backup.made": "Backup made",
    "backup.verified": "Backup verified",
    "backup.restored": "Backup restored into this vault",
    "backup.restore_started": "Restore over this vault started",
    "backup.restored_elsewhere": "Backup restored into another folder",
    "report.made": "Funder report made",
    "alert.reported": "Aggressor alert reported",
    "visit.checked_in": "Checked in",
}


def action_words(action: str) -> str:
    """Plain words for an audit action; new actions read well without an entry ("suite.booked": "Suite booked")."""
    if action in ACTION_WORDS:
        return ACTION_WORDS[action]
    subject, _, verb = action.partition(".")
    return f"{subject.replace('_', ' ').capitalize()} {verb.replace('_', ' ')}".strip()


def _record(entry: AuditEntry) -> str:
    return f"{entry.subject_type} {entry.subject_id or ''}".strip() if entry.subject_type else ""


class AuditModel(RowTableModel[AuditEntry]):
    def __init__(self, names: dict[int, str], parent: object = None) -> None:
        super().__init__(parent)
        self.names = names
        self.columns = (
            ("#", lambda e: str(e.id), lambda e: e.id),
            ("When", lambda e: show_datetime(e.at), lambda e: e.at),  # UTC in the vault, the centre's time here
            ("Who", lambda e: self.names.get(e.actor_id, f"#{e.actor_id}"), lambda e: e.actor_id),
            ("What", lambda e: action_words(e.action), lambda e: e.action),
            ("Record", _record, lambda e: e.subject_id or ""),
        )


class AuditScreen(QWidget):
    PAGE = 1000

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.job: Job | None = None
        names = {m.id: m.username for m in self.session.staff.list_staff()}
        names[audit.RECOVERY_ACTOR] = self.tr("recovery key")
        self.model = AuditModel(names, self)
        self.ui = set_up_screen(Ui_AuditScreen(), self)
        self.table, self.verify_button, self.result = self.ui.table, self.ui.verify_button, self.ui.result
        self.progress, self.cancel = self.ui.progress, self.ui.cancel
        for shown_when_busy in (self.progress, self.cancel):  # showing them moves nothing: no relayout
            policy = shown_when_busy.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            shown_when_busy.setSizePolicy(policy)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verify_button.setIcon(icon("audit"))
        self.verify_button.clicked.connect(self.verify)
        self.cancel.clicked.connect(self.cancel_check)
        self._busy(False)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.session.audit_trail.recent_entries(limit=self.PAGE))

    def _busy(self, busy: bool) -> None:
        self.verify_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            self.cancel.setFocus()

    def verify(self) -> None:
        """Start the check on a worker; the screen stays usable and says when it is done."""
        if self.job is not None:
            return
        task = self.session.audit_trail.check_in_worker()
        self.result.setText(self.tr("Checking every entry of the audit trail…"))
        set_kind(self.result, "subtle")
        self.job = wired_job(
            task,
            progress=lambda fraction, _words: self.progress.setValue(int(fraction * 1000)),
            finished=lambda report: self._ended(self._show, report),
            failed=lambda text: self._ended(self._failed, text),
            cancelled=lambda: self._ended(self._cancelled, None),
        )
        self._busy(True)
        self.services.pool.start(self.job)

    def cancel_check(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _ended(self, then: Callable[[Any], None], value: Any) -> None:
        self.job = None
        self._busy(False)
        then(value)
        self.verify_button.setFocus()

    def _show(self, report: ChainReport) -> None:
        if report.ok:
            self.result.setText(
                self.tr("Intact: %d entries checked. Chain head %s.") % (report.entries, report.head[:16])
            )
            set_kind(self.result, "success")
        else:
            self.result.setText(
                self.tr("Entry %d is not as it was written: %s. Tell the coordinator.")
                % (report.first_bad_id or 0, report.problem)
            )
            set_kind(self.result, "error")

    def _failed(self, text: str) -> None:
        self.result.setText(self.tr("The check could not finish: %s") % text)
        set_kind(self.result, "error")

    def _cancelled(self, _value: object) -> None:
        self.result.setText(self.tr("Check cancelled. Nothing was changed; check again when you are ready."))
        set_kind(self.result, "warning")

    def clear(self) -> None:
        """On lock the check ends by itself on its own connection; this screen only lets go of it."""
        if self.job is not None:
            self.job.cancel()
            self.job.detach()
            self.job = None
            self._busy(False)
