"""The retention review a coordinator sees at sign-in when records are due (core/records/retention.py).

Nothing is erased until they press Erase now and confirm. The erasure then runs a record at a time
between events (each record is one short transaction on the session's connection; the longest step
is kept in `step_ms`), and the fresh copy of the database is written by a worker job
(gui/common/workers.py), so the window stays responsive and Stop works at any point.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableView, QWidget

from shop_desktop.core.errors import VaultError
from shop_desktop.core.records.retention import CLIENT_LINKED, DueClient, Review
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import set_kind
from shop_desktop.gui.common.workers import Job
from shop_desktop.gui.forms.ui_retention_review import Ui_RetentionReview

ERASING_SHARE = 0.8  # of the progress bar; the fresh copy of the database takes the rest


class DueClientModel(RowTableModel[DueClient]):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Alias"), lambda c: c.alias, lambda c: c.alias.casefold()),
        (QT_TRANSLATE_NOOP("Columns", "Code"), lambda c: c.code, lambda c: c.code),
        (QT_TRANSLATE_NOOP("Columns", "Last contact"), lambda c: c.last_contact, lambda c: c.last_contact),
        (
            QT_TRANSLATE_NOOP("Columns", "Kept back because"),
            lambda c: c.hold_reason or "",
            lambda c: c.hold_reason or "",
        ),
    )


def _as_list(table: QTableView) -> None:
    """As widgets.row_table makes them: whole rows, one at a time, read-only, alternating colours."""
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)  # Tab goes on to Keep back, not across the cells


class RetentionReviewDialog(QDialog):
    def __init__(self, services: Services, review: Review, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session = services.session
        self.dialogs = services.dialogs
        self.review = review
        self.ui = Ui_RetentionReview()
        self.ui.setupUi(self)
        self.model = DueClientModel(self)
        self.ui.clientsTable.setModel(self.model)
        _as_list(self.ui.clientsTable)
        header = self.ui.clientsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._steps: list[tuple[str, int]] = []
        self._done = self._erased = 0
        self._stopping = False
        self.job: Job | None = None
        self.step_ms: list[float] = []  # how long each step held the screen (measured, for the tests)
        self.ui.keepButton.clicked.connect(self.keep_back)
        self.ui.releaseButton.clicked.connect(self.release_hold)
        self.ui.eraseButton.clicked.connect(self.erase)
        self.ui.cancelButton.clicked.connect(self.stop)
        self.ui.laterButton.clicked.connect(self.reject)
        self.ui.clientsTable.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._show_review(review)
        self._running(False)
        self.ui.clientsTable.setFocus()

    # --- the list --------------------------------------------------------------------------

    def _show_review(self, review: Review) -> None:
        self.review = review
        self.ui.reasonsLabel.setText("\n".join(f"• {line}" for line in review.reasons()) or self.tr("Nothing is due."))
        self.model.set_rows([*review.clients, *review.held])
        if self.model.rowCount():
            self.ui.clientsTable.selectRow(0)
        self._enable()

    def selected(self) -> DueClient | None:
        rows = self.ui.clientsTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _enable(self) -> None:
        chosen, running = self.selected(), bool(self._steps) or self.job is not None
        self.ui.keepButton.setEnabled(not running and chosen is not None and chosen.hold_reason is None)
        self.ui.releaseButton.setEnabled(not running and chosen is not None and chosen.hold_reason is not None)
        self.ui.eraseButton.setEnabled(not running and self.review.due)

    def _say(self, text: str, kind: str) -> None:
        self.ui.statusLabel.setText(text)
        set_kind(self.ui.statusLabel, kind)

    def keep_back(self) -> None:
        client = self.selected()
        if client is None:
            return
        reason = self.dialogs.ask_text(
            self,
            self.tr("Keep this client back"),
            self.tr("Why is %s kept past the retention period? (for example, a legal hold or an open matter)")
            % client.alias,
            action=self.tr("Keep back"),
        )
        if reason is None:
            return
        self._act(lambda: self.session.retention.hold(client.id, reason), self.tr("%s is kept back.") % client.alias)

    def release_hold(self) -> None:
        client = self.selected()
        if client is not None:
            words = self.tr("%s is no longer kept back.") % client.alias
            self._act(lambda: self.session.retention.release_hold(client.id), words)

    def _act(self, change: Any, words: str) -> None:
        try:
            change()
            self._show_review(self.session.retention.review())
        except VaultError as error:
            self._say(str(error), "error")
            return
        self._say(words, "success")

    # --- the run ---------------------------------------------------------------------------

    def erase(self) -> None:
        question = self.tr("Erase what is listed? This can't be undone; counts in reports stay the same.")
        question += "\n\n" + "\n".join(f"• {line}" for line in self.review.reasons())
        if not self.dialogs.confirm(self, self.tr("Erase records"), question, action=self.tr("Erase"), danger=True):
            return
        self._steps, self._done, self._erased, self._stopping = list(self.review.items), 0, 0, False
        self._running(True)
        QTimer.singleShot(0, self._step)

    def _step(self) -> None:
        if self._stopping or not self.session.is_open:
            return self._stopped()
        if self._done >= len(self._steps):
            return self._start_copy()
        kind, item_id = self._steps[self._done]
        started = time.perf_counter()
        try:
            if self.session.retention.erase_item(kind, item_id) and kind != CLIENT_LINKED:
                self._erased += 1  # a client counts once (its first step only clears linked words)
        except VaultError as error:
            self._steps = []
            self._running(False)
            return self._say(str(error), "error")
        self.step_ms.append((time.perf_counter() - started) * 1000)
        self._done += 1
        self._progress(
            ERASING_SHARE * self._done / len(self._steps),
            self.tr("Erasing: %n left", "", len(self._steps) - self._done),
        )
        QTimer.singleShot(0, self._step)

    def _start_copy(self) -> None:
        self._progress(ERASING_SHARE, self.tr("Writing a fresh copy of the database…"))
        copy = self.session.retention.begin_compaction()
        self.copy = copy
        self.job = Job(lambda report, cancelled: copy.write(report, cancelled))
        self.job.signals.progress.connect(lambda f, _w: self._progress(ERASING_SHARE + (1 - ERASING_SHARE) * f, ""))
        self.job.signals.finished.connect(self._copied)
        self.job.signals.failed.connect(self._copy_failed)
        self.job.signals.cancelled.connect(self._copy_cancelled)
        self.services.pool.start(self.job)

    def _copied(self, copy: Any) -> None:
        self.job = None
        try:
            swapped = self.session.retention.finish_compaction(copy)
        except VaultError as error:
            self._finish(str(error), "error")
            return
        words = self.tr("Done: %n record(s) erased.", "", self._erased)
        if not swapped:
            words += " " + self.tr("The database file is rewritten at the next run (something was saved meanwhile).")
        self._finish(words, "success")

    def _copy_failed(self, text: str) -> None:
        self.job = None
        self.session.retention.discard_compaction(self.copy)
        self._finish(self.tr("Erased, but the database file could not be rewritten: %s") % text, "error")

    def _copy_cancelled(self) -> None:
        self.job = None
        self.session.retention.discard_compaction(self.copy)
        self._stopped()

    def _finish(self, words: str, kind: str) -> None:
        self._steps = []
        self._running(False)
        self._progress(1.0, "")
        self._show_review(self.session.retention.review())
        self._say(words, kind)
        self.ui.laterButton.setText(self.tr("&Close"))
        self.ui.laterButton.setFocus()

    def stop(self) -> None:
        self._stopping = True
        if self.job is not None:
            self.job.cancel()

    def _stopped(self) -> None:
        self._steps = []
        self._running(False)
        if self.session.is_open:
            self._show_review(self.session.retention.review())
        self._say(
            self.tr("Stopped after %n record(s). The rest are listed again at the next sign-in.", "", self._erased),
            "warning",
        )

    def _progress(self, fraction: float, words: str) -> None:
        self.ui.progressBar.setValue(int(fraction * 100))
        if words:
            self.ui.statusLabel.setText(words)

    def _running(self, running: bool) -> None:
        self.ui.progressBar.setVisible(running or self._done > 0)
        self.ui.cancelButton.setVisible(running)
        self.ui.laterButton.setEnabled(not running)
        self._enable()
        if running:
            self.ui.cancelButton.setFocus()

    def close_for_lock(self) -> None:
        """The idle lock: stop at once; the copy (if any) ends alone and removes itself."""
        self.stop()
        if self.job is not None:
            self.job.detach()
            self.job = None
        self._steps = []
        self.reject()

    def reject(self) -> None:
        if self._steps or self.job is not None:
            return  # Esc while erasing: use Stop
        super().reject()
