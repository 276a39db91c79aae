"""Pieces the stock, drug alert and shift log screens share, and the drug alert band that the
check-in and outreach screens show while an alert is active."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from shop_desktop.core.errors import VaultError
from shop_desktop.core.safety.drug_alerts import DrugAlert
from shop_desktop.core.session import Session

BAND_SHOWN = 2
TABLE_MIN_HEIGHT = 150  # alerts named in the band; the rest are counted, and listed on the Drug alerts screen


def prepare_table(
    table: QTableView,
    model: QAbstractItemModel,
    *,
    order: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
) -> None:
    """A table from a form set up as every list in the app is (widgets.row_table): whole rows,
    one at a time, read only, alternating colours, sortable by a header. The last column (the
    longest words) takes the width that is left; the others are as wide as their contents."""
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setSortingEnabled(True)
    table.sortByColumn(*order)  # else Qt starts on the first column, descending
    table.verticalHeader().hide()
    table.setMinimumHeight(TABLE_MIN_HEIGHT)  # at 150% the screen scrolls, rather than squeeze a list to one row
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)  # the words, last


def band_text(alerts: list[DrugAlert], more_words: str) -> str:
    shown = [alert.band_text for alert in alerts[:BAND_SHOWN]]
    rest = len(alerts) - BAND_SHOWN
    return "  ·  ".join(shown) + (more_words % rest if rest > 0 else "")


class DrugAlertBand(QLabel):
    """A calm band of active drug alerts: words a client at the desk may read. Hidden when none."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("drugAlertBand")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Drug alerts"))
        # A left rule on the palette's own colours: calm, and readable in light and dark themes.
        self.setStyleSheet(
            "QLabel#drugAlertBand { background: transparent; border: none; border-left: 4px solid #b7791f;"
            " padding: 2px 8px; }"
        )
        self.hide()

    def refresh(self, today: date | None = None) -> None:
        try:
            alerts = self.session.drug_alerts.active_drug_alerts(today)
        except VaultError:
            alerts = []
        if not alerts:
            self.clear()
            self.hide()
            return
        words = band_text(alerts, self.tr("  ·  and %d more on the Drug alerts screen"))
        self.setText(self.tr("Drug alert, tell people: %s") % words)
        self.setToolTip("\n".join(a.band_text for a in alerts))
        self.show()
