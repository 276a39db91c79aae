"""Supply stock: what is on the shelf, and recording a delivery, waste or a count from the keyboard.

Focus starts on Supply; a letter picks a supply, Tab goes down the form and Enter saves. Lot and
expiry are asked only for a delivery, the reason only for waste. The month's usage sheet (the
shape a supply order asks for) saves as PDF or CSV.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from shop_desktop.core.errors import VaultError
from shop_desktop.core.figures.report_figures import recent_periods
from shop_desktop.core.roles import Permission
from shop_desktop.core.safety import stock
from shop_desktop.core.safety.stock import StockMove, StockWarning, SupplyStock
from shop_desktop.gui.common.core_words import word
from shop_desktop.gui.common.dates import show_date
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import save_where_chosen, set_kind
from shop_desktop.gui.common.workers import Job, wired_job
from shop_desktop.gui.forms.ui_stock_screen import Ui_StockScreen
from shop_desktop.gui.safety.stock_widgets import prepare_table

KINDS = (
    ("received", QT_TRANSLATE_NOOP("StockScreen", "Delivery received")),
    ("wasted", QT_TRANSLATE_NOOP("StockScreen", "Wasted or expired")),
    ("counted", QT_TRANSLATE_NOOP("StockScreen", "Counted on the shelf")),
)
LEFT_WIDTH = 335
NO_EXPIRY = QDate(2000, 1, 1)  # the expiry field's "none"


def _on_hand(row: SupplyStock) -> str:
    if row.on_hand is None:
        return "not counted"
    if row.low:
        return f"{row.on_hand:,}: low (reorder at {row.reorder_level:,})"
    return f"{row.on_hand:,} (reorder at {row.reorder_level:,})" if row.reorder_level else f"{row.on_hand:,}"


def _handed_out(row: SupplyStock) -> str:
    return f"{row.since.handed_out:,}" if row.on_hand is not None else ""


class SuppliesModel(RowTableModel[SupplyStock]):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Supply"), lambda r: r.name, lambda r: r.name.casefold()),
        (QT_TRANSLATE_NOOP("Columns", "On hand"), _on_hand, lambda r: r.on_hand),  # fewest first; not counted last
        (QT_TRANSLATE_NOOP("Columns", "Handed out"), _handed_out, lambda r: r.since.handed_out),
    )


class MovesModel(RowTableModel[StockMove]):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Date"), lambda m: show_date(m.day), lambda m: (m.day, m.id)),
        (QT_TRANSLATE_NOOP("Columns", "Supply"), lambda m: m.name, lambda m: m.name.casefold()),
        (QT_TRANSLATE_NOOP("Columns", "By"), lambda m: m.staff_name, lambda m: m.staff_name.casefold()),
        (QT_TRANSLATE_NOOP("Columns", "What"), lambda m: m.summary, lambda m: m.kind),
    )


class StockScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.job: Job | None = None  # the shelf being counted (refresh)
        self.session = services.session
        self.ui = Ui_StockScreen()
        self.ui.setupUi(self)
        self.supplies = SuppliesModel(self)
        self.moves = MovesModel(self)
        prepare_table(self.ui.suppliesTable, self.supplies, order=(1, Qt.SortOrder.AscendingOrder))
        prepare_table(self.ui.movesTable, self.moves, order=(0, Qt.SortOrder.DescendingOrder))
        for box in (self.ui.recordBox, self.ui.sheetBox):
            box.setMaximumWidth(LEFT_WIDTH)  # the rest of the width is for the lists
        self.ui.leftColumn.addStretch(1)
        self.ui.levelHint.setText(
            self.tr("Handed out since the supply's last count (or first delivery). Double-click one to record it.")
        )
        self.ui.levelHint.setWordWrap(True)
        self._fill_choices()
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.reorderButton.clicked.connect(self.set_reorder_level)
        self.ui.reorderButton.setVisible(self.session.can(Permission.EDIT_CATALOG))
        self.ui.pdfButton.clicked.connect(self.save_sheet_pdf)
        self.ui.csvButton.clicked.connect(self.save_sheet_csv)
        self.ui.suppliesTable.doubleClicked.connect(self._pick_row)
        for keys in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.ui.recordBox, self.save)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._kind_changed()
        self.refresh()

    def _fill_choices(self) -> None:
        ui = self.ui
        for key, words in KINDS:
            ui.kindCombo.addItem(self.tr(words), key)
        for key, words in stock.WASTE_REASONS.items():
            ui.reasonCombo.addItem(word(words), key)
        today = QDate.currentDate()
        ui.dayEdit.setDateRange(today.addDays(-stock.LATE_DAYS), today)
        ui.dayEdit.setDate(today)
        ui.expiryEdit.setMinimumDate(NO_EXPIRY)
        ui.expiryEdit.setSpecialValueText(self.tr("none"))
        ui.expiryEdit.setDate(NO_EXPIRY)
        for period in recent_periods("month", date.today()):
            ui.monthCombo.addItem(period.label, (period.start.year, period.start.month))
        ui.quantitySpin.setRange(0, stock.MAX_QUANTITY)

    def _kind_changed(self) -> None:
        kind = self.ui.kindCombo.currentData()
        for widget in (self.ui.lotLabel, self.ui.lotEdit, self.ui.expiryLabel, self.ui.expiryEdit):
            widget.setEnabled(kind == "received")
        for widget in (self.ui.reasonLabel, self.ui.reasonCombo):
            widget.setEnabled(kind == "wasted")
        self.ui.dayEdit.setEnabled(kind != "counted")  # a count is of the shelf now
        self.ui.quantityLabel.setText(self.tr("&Number on the shelf *") if kind == "counted" else self.tr("&Number *"))

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()
        QTimer.singleShot(0, self.ui.supplyCombo, self.ui.supplyCombo.setFocus)  # not after a close

    def refresh(self) -> None:
        """The moves at once; the shelf and its warnings on a worker (a supply never counted adds up
        every hand-out since its stock began: seconds on a 20-year vault)."""
        self.moves.set_rows(self.session.stock.recent_moves())
        if self.job is not None:
            self.job.detach()  # a newer count is on its way
        self.ui.warningsLabel.setText(self.tr("Checking the shelf…"))
        self.ui.warningsLabel.setVisible(True)
        self.job = wired_job(
            self.session.stock.levels_and_warnings_in_worker(),
            finished=lambda found: self._show_shelf(*found),
            failed=lambda words: self._show_shelf([], [], words),
            cancelled=lambda: None,
        )
        self.services.pool.start(self.job)

    def _show_shelf(self, levels: list[SupplyStock], warnings: list[StockWarning], problem: str = "") -> None:
        self.job = None
        chosen = self.ui.supplyCombo.currentData()
        self.ui.supplyCombo.blockSignals(True)
        self.ui.supplyCombo.clear()
        for row in levels:
            self.ui.supplyCombo.addItem(row.name, row.service_id)
        found = self.ui.supplyCombo.findData(chosen)
        self.ui.supplyCombo.setCurrentIndex(max(found, 0))
        self.ui.supplyCombo.blockSignals(False)
        self.supplies.set_rows(levels)
        words = [problem] if problem else [w.text for w in warnings]
        self.ui.warningsLabel.setText("\n".join(words))
        self.ui.warningsLabel.setVisible(bool(words))

    def save(self) -> None:
        ui = self.ui
        supply, kind, number = ui.supplyCombo.currentData(), ui.kindCombo.currentData(), ui.quantitySpin.value()
        day = ui.dayEdit.date().toPython()
        try:
            if kind == "received":
                expiry = None if ui.expiryEdit.date() == NO_EXPIRY else ui.expiryEdit.date().toPython()
                self.session.stock.record_delivery(
                    supply, number, day=day, lot=ui.lotEdit.text() or None, expires_on=expiry
                )
            elif kind == "wasted":
                self.session.stock.record_waste(supply, number, ui.reasonCombo.currentData(), day=day)
            else:
                self.session.stock.record_count(supply, number)
        except VaultError as error:  # the form keeps what was typed
            self._say(str(error), "error")
            return
        self._say(
            self.tr("Saved: %s, %s %s.") % (ui.kindCombo.currentText(), number, ui.supplyCombo.currentText()), "success"
        )
        ui.quantitySpin.setValue(0)
        ui.lotEdit.clear()
        ui.expiryEdit.setDate(NO_EXPIRY)
        self.refresh()
        ui.supplyCombo.setFocus()

    def _pick_row(self) -> None:
        rows = self.ui.suppliesTable.selectionModel().selectedRows()
        if rows:
            self.ui.supplyCombo.setCurrentIndex(self.ui.supplyCombo.findData(self.supplies.row_at(rows[0]).service_id))
            self.ui.quantitySpin.setFocus()

    def set_reorder_level(self) -> None:
        rows = self.ui.suppliesTable.selectionModel().selectedRows()
        row = self.supplies.row_at(rows[0]) if rows else None
        if row is None:
            self._say(self.tr("Choose a supply in the list first."), "error")
            return
        answer = self.services.dialogs.ask_text(
            self,
            self.tr("Reorder level"),
            self.tr("Warn when %s is at or below how many? (0: never)") % row.name,
            action=self.tr("Set level"),
        )
        if answer is None:
            return
        if not answer.strip().isdigit():
            self._say(self.tr("The reorder level is a whole number, like 100."), "error")
            return
        try:
            self.session.stock.set_reorder_level(row.service_id, int(answer))
        except VaultError as error:
            self._say(str(error), "error")
            return
        self._say(self.tr("Reorder level set."), "success")
        self.refresh()

    def _sheet(self) -> stock.UsageSheet:
        year, month = self.ui.monthCombo.currentData()
        return self.session.stock.usage_sheet(year, month)  # type: ignore[no-any-return]

    def save_sheet_pdf(self) -> None:
        from shop_desktop.reports.supply_usage import build_usage_sheet_pdf

        year, month = self.ui.monthCombo.currentData()
        path = self.services.dialogs.save_file(
            self, self.tr("Save the usage sheet"), f"supply-usage-{year}-{month:02d}.pdf", "PDF (*.pdf)"
        )
        if path is not None:
            pdf = build_usage_sheet_pdf(self._sheet())
            self._say(*save_where_chosen(lambda: path.write_bytes(pdf), path))

    def save_sheet_csv(self) -> None:
        from shop_desktop.reports.supply_usage import usage_sheet_csv

        year, month = self.ui.monthCombo.currentData()
        path = self.services.dialogs.save_file(
            self, self.tr("Save the usage sheet as CSV"), f"supply-usage-{year}-{month:02d}.csv", "CSV (*.csv)"
        )
        if path is not None:
            text = usage_sheet_csv(self._sheet())
            self._say(*save_where_chosen(lambda: path.write_text(text, encoding="utf-8-sig", newline=""), path))

    def _say(self, text: str, kind: str) -> None:
        self.ui.messageLabel.setText(text)
        set_kind(self.ui.messageLabel, kind)

    def clear(self) -> None:
        if self.job is not None:
            self.job.detach()
            self.job = None
        self.supplies.set_rows([])
        self.moves.set_rows([])
        self.ui.lotEdit.clear()
        self.ui.messageLabel.clear()
        self.ui.warningsLabel.clear()
