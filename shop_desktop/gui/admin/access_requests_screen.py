"""Access requests (coordinator): log a person's request, see what is due, review, give the record.

The record leaves the vault only through the print dialog or where the coordinator chooses after a
warning (a PDF and a JSON file of the same content), never a temp file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QHeaderView, QProgressDialog, QVBoxLayout, QWidget

from shop_desktop.core.errors import VaultError
from shop_desktop.core.records.access_request_output import AccessRecord, AccessRequest, Review, review_of, sever_record
from shop_desktop.gui.admin.severing_review import SeveringReviewDialog
from shop_desktop.gui.common import printing
from shop_desktop.gui.common.client_picker import ClientPicker
from shop_desktop.gui.common.dates import show_date
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import icon, set_kind
from shop_desktop.gui.common.workers import Job
from shop_desktop.gui.forms.ui_access_requests import Ui_AccessRequestsScreen


def due_words(request: AccessRequest, today: date | None = None) -> str:
    """In words, not colour alone: "12 days left", "Due today", "Overdue by 3 days"."""
    if request.status in ("answered", "withdrawn"):
        return ""
    left = request.days_left(today)
    if left > 0:
        return AccessRequestsScreen.tr("%n day(s) left", "", left)
    if left == 0:
        return AccessRequestsScreen.tr("Due today")
    return AccessRequestsScreen.tr("Overdue by %n day(s)", "", -left)


class RequestModel(RowTableModel[AccessRequest]):
    COL_CLIENT, COL_RECEIVED, COL_DUE, COL_LEFT, COL_STATUS = range(5)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.columns = (
            (
                QT_TRANSLATE_NOOP("Columns", "Client"),
                lambda r: f"{r.client_alias} ({r.client_code})",
                lambda r: r.client_alias.casefold(),
            ),
            (
                QT_TRANSLATE_NOOP("Columns", "Received"),
                lambda r: show_date(r.received_on),
                lambda r: r.received_on,
            ),
            (QT_TRANSLATE_NOOP("Columns", "Due"), lambda r: show_date(r.due_on), lambda r: r.due_on),
            (QT_TRANSLATE_NOOP("Columns", "Time left"), due_words, lambda r: r.due_on),
            (QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status_words, lambda r: r.status),
        )


class AccessRequestsScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.ui = Ui_AccessRequestsScreen()
        self.ui.setupUi(self)
        self.print_pdf: Callable[[QWidget, bytes, str], bool] = printing.print_pdf  # tests replace the dialog
        self.review_dialog: SeveringReviewDialog | None = None
        self.jobs: set[Job] = set()
        self.client_id: int | None = None
        self.picker = ClientPicker(services.session, include_archived=True)
        host = QVBoxLayout(self.ui.pickerHost)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.picker)
        self.ui.clientLabel.setBuddy(self.picker.search)
        self.ui.receivedEdit.setMaximumDate(QDate.currentDate())
        self.ui.receivedEdit.setDate(QDate.currentDate())
        self.model = RequestModel(self)
        self._set_up_table()
        for button, name in (
            (self.ui.printButton, "print"),
            (self.ui.saveButton, "save"),
            (self.ui.reviewButton, "edit"),
            (self.ui.correctionButton, "add"),
        ):
            button.setIcon(icon(name))
        self._connect()
        self.refresh()

    def _set_up_table(self) -> None:
        table = self.ui.requestsTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RequestModel.COL_CLIENT, QHeaderView.ResizeMode.Stretch)
        table.sortByColumn(RequestModel.COL_DUE, Qt.SortOrder.AscendingOrder)  # the most urgent on top

    def _connect(self) -> None:
        self.picker.picked.connect(self.choose_client)
        self.ui.logButton.clicked.connect(self.log_request)
        self.ui.answeredCheck.toggled.connect(lambda _: self.refresh())
        self.ui.reviewButton.clicked.connect(self.open_review)
        self.ui.printButton.clicked.connect(self.print_record)
        self.ui.saveButton.clicked.connect(self.save_record)
        self.ui.correctionButton.clicked.connect(self.add_correction)
        self.ui.withdrawButton.clicked.connect(self.withdraw)
        self.ui.requestsTable.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

    def refresh(self) -> None:
        chosen = self.selected()
        self.model.set_rows(self.session.access_request.list_requests(include_closed=self.ui.answeredCheck.isChecked()))
        rows = [r.id for r in self.model.rows]
        if rows:
            self.ui.requestsTable.selectRow(rows.index(chosen.id) if chosen and chosen.id in rows else 0)
        elif not self.ui.messageLabel.text():
            self._say(
                QCoreApplication.translate(
                    "AccessRequests",
                    "No open access requests. When a person asks for their record, find them and log it.",
                ),
                "subtle",
            )
        self._update_buttons()

    def selected(self) -> AccessRequest | None:
        index = self.ui.requestsTable.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _update_buttons(self) -> None:
        request = self.selected()
        live = request is not None and request.status in ("open", "reviewed")
        for button in (self.ui.reviewButton, self.ui.correctionButton, self.ui.withdrawButton):
            button.setEnabled(live)
        ready = request is not None and request.status in ("reviewed", "answered")
        self.ui.printButton.setEnabled(ready)
        self.ui.saveButton.setEnabled(ready)

    def choose_client(self, client_id: int) -> None:
        self.client_id = client_id
        item = self.picker.matches.currentItem()
        self.ui.chosenLabel.setText(
            QCoreApplication.translate("AccessRequests", "Chosen: %s")
            % (item.text() if item else QCoreApplication.translate("AccessRequests", "one client"))
        )
        self.ui.logButton.setEnabled(True)
        self.ui.receivedEdit.setFocus()

    def log_request(self) -> None:
        if self.client_id is None:
            return
        received = self.ui.receivedEdit.date().toPython()
        try:
            request = self.session.access_request.log_request(self.client_id, received)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self._say(
            QCoreApplication.translate("AccessRequests", "Request logged. It is due on %s.")
            % show_date(request.due_on),
            "success",
        )
        self.client_id = None
        self.picker.clear()
        self.ui.chosenLabel.setText(QCoreApplication.translate("AccessRequests", "No client chosen yet."))
        self.ui.logButton.setEnabled(False)
        self.refresh()

    def open_review(self) -> None:
        """The file is read here (core audits the reading); finding other clients in it runs on a worker."""
        request = self.selected()
        if request is None:
            return
        try:
            prepared = self.session.access_request.prepare_review(request.id)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self._run(
            QCoreApplication.translate("AccessRequests", "Looking for other people in the record…"),
            lambda report, cancelled: review_of(prepared),
            self._show_review,
        )

    def _show_review(self, review: Review) -> None:
        if self.review_dialog is not None:  # the last review's dialog, closed: kept only until the next
            self.review_dialog.deleteLater()
        self.review_dialog = SeveringReviewDialog(self.session, review, self)
        self.review_dialog.accepted.connect(
            lambda: self._say(
                QCoreApplication.translate("AccessRequests", "Review saved. The record can be given."), "success"
            )
        )
        self.review_dialog.finished.connect(lambda _: self.refresh())
        self.review_dialog.open()

    def _with_record(self, request: AccessRequest, then: Callable[[AccessRecord, bytes], None]) -> None:
        """The file from core (here), severing and the PDF on a worker with progress and Cancel, then `then`."""
        from shop_desktop.reports.access_record import build_access_record

        try:
            prepared = self.session.access_request.prepare_record(request.id)
        except VaultError as error:
            self._say(str(error), "error")
            return

        def make(report: Callable[[float, str], None], cancelled: Callable[[], bool]) -> tuple[AccessRecord, bytes]:
            record = sever_record(prepared)
            return record, build_access_record(record, report, cancelled)

        self._run(QCoreApplication.translate("AccessRequests", "Making the record…"), make, lambda made: then(*made))

    def _run(self, words: str, work: Callable[..., Any], done: Callable[[Any], None]) -> None:
        job = Job(work)
        progress = QProgressDialog(words, QCoreApplication.translate("AccessRequests", "Cancel"), 0, 1000, self)
        progress.setWindowTitle(QCoreApplication.translate("AccessRequests", "Access request"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # quick work never flashes a window
        progress.canceled.connect(job.cancel)
        job.signals.progress.connect(lambda fraction, _words: progress.setValue(int(fraction * 1000)))
        job.signals.finished.connect(done)
        job.signals.failed.connect(lambda text: self._say(text, "error"))
        job.signals.cancelled.connect(
            lambda: self._say(
                QCoreApplication.translate("AccessRequests", "Cancelled: nothing was printed or saved."), "subtle"
            )
        )
        for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            signal.connect(lambda *_: (progress.close(), self.jobs.discard(job)))
        self.jobs.add(job)  # the pool holds only a pointer: the job lives here until it ends
        self.services.pool.start(job)

    def print_record(self) -> None:
        request = self.selected()
        if request is not None:
            self._with_record(request, lambda record, pdf: self._print(request, pdf))

    def _print(self, request: AccessRequest, pdf: bytes) -> None:
        if self.print_pdf(
            self, pdf, QCoreApplication.translate("AccessRequests", "Record of %s") % request.client_code
        ):
            self.session.access_request.record_given(request.id, "printed")
            self._say(
                QCoreApplication.translate(
                    "AccessRequests", "The record was sent to the printer. The request is answered."
                ),
                "success",
            )
            self.refresh()

    def save_record(self) -> None:
        request = self.selected()
        if request is None:
            return
        dialogs = self.services.dialogs
        if not dialogs.confirm(
            self,
            QCoreApplication.translate("AccessRequests", "Save a client's whole record?"),
            QCoreApplication.translate(
                "AccessRequests",
                "This saves two files, a PDF and a JSON file with the same content: the person's whole record, "
                "notes included. Save them only where no one else can open them (the person's own USB stick is "
                "best), and delete any copy once it is given. Printing is safer.",
            ),
            action=QCoreApplication.translate("AccessRequests", "Choose where to save"),
        ):
            return
        path = dialogs.save_file(
            self,
            QCoreApplication.translate("AccessRequests", "Save the record"),
            f"record-{request.client_code}.pdf",
            QCoreApplication.translate("AccessRequests", "PDF (*.pdf)"),
        )
        if path is not None:
            self._with_record(
                request, lambda record, pdf: self._write(request, (record, pdf), path.with_suffix(".pdf"))
            )

    def _write(self, request: AccessRequest, made: tuple[AccessRecord, bytes], pdf_path: Path) -> None:
        json_path = pdf_path.with_suffix(".json")
        try:
            pdf_path.write_bytes(made[1])
            json_path.write_text(made[0].as_json(), encoding="utf-8")
        except OSError:
            for written in (pdf_path, json_path):
                written.unlink(missing_ok=True)  # a half-written copy still names the person
            self.services.dialogs.warn(
                self,
                QCoreApplication.translate("AccessRequests", "Record not saved"),
                QCoreApplication.translate(
                    "AccessRequests", "The files could not be written there. Choose another folder."
                ),
            )
            return
        self.session.access_request.record_given(request.id, "saved")
        self._say(
            QCoreApplication.translate("AccessRequests", "Saved %s and %s. The request is answered.")
            % (pdf_path.name, json_path.name),
            "success",
        )
        self.refresh()

    def add_correction(self) -> None:
        request = self.selected()
        dialogs = self.services.dialogs
        if request is None:
            return
        about = dialogs.ask_text(
            self,
            QCoreApplication.translate("AccessRequests", "Add a correction"),
            QCoreApplication.translate("AccessRequests", "Which part of the record is it about?"),
            action=QCoreApplication.translate("AccessRequests", "Next"),
        )
        if not about:
            return
        words = dialogs.ask_text(
            self,
            QCoreApplication.translate("AccessRequests", "Add a correction"),
            QCoreApplication.translate("AccessRequests", "The correction, in the person's words:"),
            action=QCoreApplication.translate("AccessRequests", "Add correction"),
        )
        if not words:
            return
        try:
            self.session.access_request.add_correction(request.id, about, words)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self._say(
            QCoreApplication.translate(
                "AccessRequests", "Correction added with today's date. The record itself stays as it was."
            ),
            "success",
        )

    def withdraw(self) -> None:
        request = self.selected()
        if request is None or not self.services.dialogs.confirm(
            self,
            QCoreApplication.translate("AccessRequests", "Withdraw this request?"),
            QCoreApplication.translate(
                "AccessRequests",
                "Only when the person says they no longer want their record. It stays listed as withdrawn.",
            ),
            action=QCoreApplication.translate("AccessRequests", "Withdraw request"),
        ):
            return
        self.session.access_request.withdraw_request(request.id)
        self._say(QCoreApplication.translate("AccessRequests", "Request withdrawn."), "success")
        self.refresh()

    def _say(self, text: str, kind: str) -> None:
        self.ui.messageLabel.setText(text)
        set_kind(self.ui.messageLabel, kind)
        self.ui.messageLabel.style().polish(self.ui.messageLabel)

    def clear(self) -> None:
        """At lock: nothing of a client stays on screen (the review first: closing it refreshes the list)."""
        if self.review_dialog is not None:
            self.review_dialog.finished.disconnect()
            self.review_dialog.reject()
            self.review_dialog.deleteLater()
            self.review_dialog = None
        self.model.set_rows([])
        self.picker.clear()
        self.ui.messageLabel.clear()
        for job in list(self.jobs):
            job.cancel()
            job.detach()
