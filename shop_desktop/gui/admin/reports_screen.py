"""Funder reports: choose a period, make it off the GUI thread, preview it, then print or save.

The report holds counts only (no names, aliases or codes), so saving it needs no warning.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

from shop_desktop.core.errors import VaultError
from shop_desktop.core.figures import release_register
from shop_desktop.core.figures.report_figures import (
    PERIOD_KINDS,
    Period,
    ReportFigures,
    ReportRun,
    recent_periods,
)
from shop_desktop.gui.common.core_words import word
from shop_desktop.gui.common.printing import load_pdf, print_pdf
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import icon, save_where_chosen, say, set_up_screen
from shop_desktop.gui.common.workers import Job, wired_job
from shop_desktop.gui.forms.ui_reports_screen import Ui_ReportsScreen


def make_report(run: ReportRun, count: Any, report: Any, cancelled: Any) -> tuple[ReportFigures, bytes]:
    """Worker side: count (a core WorkerTask, its connection opened on the GUI thread), then build
    the PDF in memory."""
    from shop_desktop.reports.funder_report import build_funder_report_pdf

    figures = count(lambda fraction, words: report(0.8 * fraction, words), cancelled)
    report(0.85, "Laying out the pages…")
    pdf = build_funder_report_pdf(figures, run.centre_name, run.made_by, run.made_at, run.threshold, run.audit_head)
    return figures, pdf


class ReportsScreen(QWidget):
    def __init__(self, services: Services, today: date | None = None) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.today = today or date.today()
        self.job: Job | None = None
        self.run: ReportRun | None = None
        self.figures: ReportFigures | None = None
        self.pdf: bytes = b""
        self.document: QPdfDocument | None = None
        self._short_warning = ""
        self._build()
        self._connect()
        self.kind.setCurrentIndex(list(PERIOD_KINDS).index("fiscal"))
        self._kind_changed()
        self._busy(False)
        self._ready(False)

    def _build(self) -> None:
        self.ui = set_up_screen(Ui_ReportsScreen(), self)
        ui = self.ui
        self.kind, self.period, self.start, self.end = ui.kind, ui.period, ui.start, ui.end
        for key, label in PERIOD_KINDS.items():
            self.kind.addItem(word(label), key)
        self.start.setDate(QDate(self.today.year, self.today.month, 1))
        self.end.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.from_label, self.to_label = ui.from_label, ui.to_label
        self.make, self.progress, self.cancel, self.message = ui.make, ui.progress, ui.cancel, ui.message
        self.save_pdf, self.save_csv, self.print_button = ui.save_pdf, ui.save_csv, ui.print_button
        for button, name in ((self.make, "reports"), (self.save_pdf, "save"), (self.print_button, "print")):
            button.setIcon(icon(name))
        self.view, self.empty = ui.view, ui.empty
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.make.clicked.connect(self.make_report)
        self.cancel.clicked.connect(self.cancel_job)
        self.save_pdf.clicked.connect(self.save_as_pdf)
        self.save_csv.clicked.connect(self.save_as_csv)
        self.print_button.clicked.connect(self.print_report)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        custom = kind == "custom"
        self.period.setVisible(not custom)
        for widget in (self.from_label, self.start, self.to_label, self.end):
            widget.setVisible(custom)
        self.period.clear()
        if custom:
            return
        for choice in recent_periods(kind, self.today):
            under_way = choice.end >= self.today  # prints no day-by-day figure until it is over
            label = self.tr("%1 (not over yet)").replace("%1", choice.label) if under_way else choice.label
            self.period.addItem(label, choice)
        ended = [i for i in range(self.period.count()) if self.period.itemData(i).end < self.today]
        self.period.setCurrentIndex(ended[0] if ended else 0)  # the newest period that is over

    def chosen_period(self) -> Period:
        if self.kind.currentData() == "custom":
            return Period.custom(self.start.date().toPython(), self.end.date().toPython())
        return self.period.currentData()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)
        self.make.setEnabled(not busy)
        if busy:
            self.progress.setValue(0)

    def _ready(self, ready: bool) -> None:
        for button in (self.save_pdf, self.save_csv, self.print_button):
            button.setEnabled(ready)
        self.view.setVisible(ready)
        self.empty.setVisible(not ready)

    def _say(self, text: str, kind: str) -> None:
        say(self.message, text, kind)

    def make_report(self) -> None:
        if self.job is not None:
            return
        try:
            run = self.run = self.session.report_figures.begin_report(self.chosen_period())
            count = self.session.report_figures.count_in_worker(run)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self._short_warning = release_register.short_period_warning(run.period)
        self.job = wired_job(
            lambda report, cancelled: make_report(run, count, report, cancelled),  # the worker sees no widget
            progress=lambda fraction, words: self.progress.setValue(int(fraction * 1000)),
            finished=self._made,
            failed=lambda text: self._ended(text, "error"),
            cancelled=lambda: self._ended(self.tr("Cancelled."), "warning"),
        )
        self._busy(True)
        self._say(self.tr("Making the report…"), "subtle")
        self.services.pool.start(self.job)

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _ended(self, text: str, kind: str) -> None:
        self.job = None
        self._busy(False)
        self._say(text, kind)

    def _made(self, outcome: tuple[ReportFigures, bytes]) -> None:
        self.figures, self.pdf = outcome
        if self.document is not None:
            self.document.close()
        self.document = load_pdf(self.pdf, self)
        self.view.setDocument(self.document)
        self._ready(True)
        pages = self.document.pageCount()
        ready = (
            self.tr("Report for %s is ready: %n page(s). Check the preview, then print or save it.", "", pages)
            % self.figures.period.label
        )
        if self._short_warning:  # dates that cut months (core/figures/month_grid.py): say what is lost
            if self._short_warning.startswith("This period is shorter"):
                ready += " " + self.tr("This period is shorter than 28 days.")
            ready += " " + self.tr(
                "These dates cut a month (they do not follow whole months, or the period has not ended yet), so "
                "the figures that add up over days (visits, services, referrals and the like) are withheld: choose "
                "months that have ended (a month, a quarter, a year, or dates from a 1st to the last day of last "
                "month) to see them."
            )
        self._ended(ready, "warning" if self._short_warning else "success")

    def _release(self, how: str) -> bool:
        """Saving, printing or exporting releases the report: core records it in the release register."""
        assert self.run is not None and self.figures is not None
        try:
            self.session.release_register.release(self.run, self.figures, how)
        except VaultError as error:
            self._say(str(error), "error")
            return False
        return True

    def _suggested(self, suffix: str) -> str:
        assert self.figures is not None
        period = self.figures.period
        return f"funder-report-{period.start.isoformat()}-to-{period.end.isoformat()}{suffix}"

    def save_as_pdf(self) -> None:
        if not self.pdf:
            return
        path = self.services.dialogs.save_file(self, self.tr("Save the report"), self._suggested(".pdf"), "PDF (*.pdf)")
        if path is not None and self._release("pdf"):
            self._say(*save_where_chosen(lambda: path.write_bytes(self.pdf), path))

    def save_as_csv(self) -> None:
        from shop_desktop.reports.funder_report import write_csv

        if self.figures is None or self.run is None:
            return
        path = self.services.dialogs.save_file(
            self, self.tr("Save the figures"), self._suggested(".csv"), "CSV (*.csv)"
        )
        if path is not None and self._release("csv"):
            figures, threshold = self.figures, self.run.threshold
            self._say(*save_where_chosen(lambda: write_csv(figures, threshold, path), path))

    def print_report(self) -> None:
        if self.pdf and self.figures is not None and self._release("print"):
            print_pdf(self, self.pdf, self.tr("Funder report %s") % self.figures.period.label)

    def clear(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.detach()
            self.job = None
        if self.document is not None:
            self.document.close()
        self.pdf, self.figures = b"", None
