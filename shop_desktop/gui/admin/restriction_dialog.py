"""The form that restricts a client: what it covers, from when, until when or until reviewed, why."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QWidget

from shop_desktop.core.desk.restrictions import Restriction, RestrictionRequest
from shop_desktop.core.errors import VaultError
from shop_desktop.core.session import Session
from shop_desktop.gui.common.dates import date_format
from shop_desktop.gui.common.dialogs import Dialogs
from shop_desktop.gui.common.unsaved import GuardedDialog
from shop_desktop.gui.common.widgets import set_kind
from shop_desktop.gui.forms.ui_restriction_dialog import Ui_RestrictionDialog


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RestrictionDialog(GuardedDialog):
    """Restrict one client; the note is for clinical roles and the coordinator only."""

    def __init__(self, session: Session, dialogs: Dialogs, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, dialogs=dialogs)
        self.session, self.client_id = session, client_id
        self.form_name = self.tr("restriction")
        self.saved: Restriction | None = None
        self._build()

    def _build(self) -> None:
        self.ui = Ui_RestrictionDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.scope, self.reason, self.note, self.message = ui.scope, ui.reason, ui.note, ui.message
        for key, words in (("dropin", self.tr("The whole drop-in")), ("suite", self.tr("The Safe Suite"))):
            self.scope.addItem(words, (key, None))
        for program in self.session.programs.list_programs():
            self.scope.addItem(self.tr("Program: %s") % program.name, ("program", program.id))
        for service in self.session.visits.service_catalog():
            self.scope.addItem(self.tr("Service: %s") % service.name, ("service", service.id))
        self.starts = self._date_box(ui.starts, date.today())
        self.ends = self._date_box(ui.ends, date.today() + timedelta(days=7))
        self.review = self._date_box(ui.review, date.today() + timedelta(days=30))
        self.until_reviewed = ui.until_reviewed
        for reason in self.session.restrictions.reasons():
            self.reason.addItem(reason.label, reason.id)
        self.save_button = ui.buttons.addButton(self.tr("&Restrict"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self.until_reviewed.toggled.connect(lambda on: self.ends.setEnabled(not on))
        self.scope.setFocus()

    def _date_box(self, box: QDateEdit, day: date) -> QDateEdit:
        box.setDisplayFormat(date_format())
        box.setDate(_qdate(day))
        return box

    def request(self) -> RestrictionRequest:
        scope, scope_id = self.scope.currentData()
        return RestrictionRequest(
            client_id=self.client_id,
            scope=scope,
            scope_id=scope_id,
            reason_id=int(self.reason.currentData()),
            starts_on=self.starts.date().toPython(),  # type: ignore[arg-type]
            ends_on=None if self.until_reviewed.isChecked() else self.ends.date().toPython(),  # type: ignore[arg-type]
            review_on=self.review.date().toPython(),  # type: ignore[arg-type]
            note=self.note.toPlainText(),
        )

    def save(self) -> None:
        try:
            self.saved = self.session.restrictions.restrict(self.request())
        except VaultError as error:
            self.message.setText(str(error))
            set_kind(self.message, "error")
            return
        self.accept()
