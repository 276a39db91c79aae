"""Safe Suite: a month calendar of who holds each unit on which night, and the month's stays.

Each day cell has one lane per unit; a stay is a bar across its nights with the client code (never a
name or remark). A solid bar is a person in the suite, an outlined one a booking, a pale one a stay
that has ended. Keyboard: arrows move between days, Page Up / Page Down change the month, Home goes
to today, Enter books a stay from the chosen day (or picks the stay already there).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from shop_desktop.core.desk import suite
from shop_desktop.core.desk.suite import DayOccupancy, Stay
from shop_desktop.core.errors import VaultError
from shop_desktop.gui.common.core_words import word
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import TIGHT_MARGINS, icon, say, set_up_screen
from shop_desktop.gui.forms.ui_suite_screen import Ui_SuiteScreen
from shop_desktop.gui.frontdesk.suite_calendar import CalendarView
from shop_desktop.gui.frontdesk.suite_dialog import BookingDialog, ask_date, qdate, shown_date

DAY_ROLE = Qt.ItemDataRole.UserRole + 10
NIGHTS_ROLE = Qt.ItemDataRole.UserRole + 11
Index = QModelIndex | QPersistentModelIndex
BAR_COLOURS = ("#9cc9dc", "#f2c98a", "#b9dc9a", "#d9b8e3", "#f4b4a0", "#a9d8c8", "#e6d38f", "#c3c7ee")
BAR_TEXT = QColor("#14232d")
ACCENT = QColor("#2f6f8f")
WEEKS = 6


def first_shown(year: int, month: int) -> date:
    """The Monday on or before the first of the month: the grid's top-left day."""
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())


def _who(stay: Stay) -> str:
    return f"{stay.client_alias} ({stay.client_code})" if stay.client_alias else stay.who


WEEKDAYS = tuple(
    (
        QT_TRANSLATE_NOOP("MonthModel", "Mon"),
        QT_TRANSLATE_NOOP("MonthModel", "Tue"),
        QT_TRANSLATE_NOOP("MonthModel", "Wed"),
        QT_TRANSLATE_NOOP("MonthModel", "Thu"),
        QT_TRANSLATE_NOOP("MonthModel", "Fri"),
        QT_TRANSLATE_NOOP("MonthModel", "Sat"),
        QT_TRANSLATE_NOOP("MonthModel", "Sun"),
    )
)


class MonthModel(QAbstractTableModel):
    """Six weeks of days, Monday first; each cell knows which stay holds each unit that night."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.year, self.month = date.today().year, date.today().month
        self.nights: dict[date, DayOccupancy] = {}
        self.highlight: int | None = None

    def set_month(self, year: int, month: int, nights: list[DayOccupancy]) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        self.nights = {n.day: n for n in nights}
        self.endResetModel()

    def set_highlight(self, stay_id: int | None) -> None:
        self.highlight = stay_id
        self.dataChanged.emit(self.index(0, 0), self.index(WEEKS - 1, 6))

    def day_at(self, index: Index) -> date:
        return first_shown(self.year, self.month) + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - first_shown(self.year, self.month)).days
        return self.index(offset // 7, offset % 7) if 0 <= offset < WEEKS * 7 else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's names)
        return 0 if parent.isValid() else WEEKS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(WEEKDAYS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day_at(index)
        if role == DAY_ROLE:
            return day
        if role == NIGHTS_ROLE:
            return self.nights.get(day)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(day)
        return None

    def describe(self, day: date) -> str:
        stays = self.nights[day].stays if day in self.nights else ()
        taken = [self.tr("unit %d: %s, %s") % (s.unit, s.who, s.status_label.lower()) for s in stays]
        words = QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)
        return f"{words}: " + ("; ".join(taken) if taken else self.tr("free"))


class NightsDelegate(QStyledItemDelegate):
    """Paints a day: its number, then one bar per unit for the stay holding it that night."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        day: date = index.data(DAY_ROLE)
        nights: DayOccupancy | None = index.data(NIGHTS_ROLE)
        palette, rect = option.palette, QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        in_month = day.month == index.model().month  # type: ignore[attr-defined]
        painter.fillRect(rect, palette.base() if in_month else palette.window())
        self._day_number(painter, rect, day, in_month, palette)
        if nights is not None:
            lanes = max(nights.units, 1)
            lane = min(26.0, (rect.height() - 23) / lanes)
            for unit in range(1, lanes + 1):
                stay = nights.stay_in(unit)
                if stay is not None:
                    bar = QRectF(rect.left(), rect.top() + 21 + (unit - 1) * lane, rect.width(), lane - 2)
                    self._bar(painter, bar, stay, day, index, lanes > 1)
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.setPen(QPen(ACCENT, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        painter.restore()

    def _day_number(self, painter: QPainter, rect: QRectF, day: date, in_month: bool, palette: Any) -> None:
        number = QRectF(rect.left() + 4, rect.top() + 2, 24, 18)
        if day == date.today():
            painter.setBrush(ACCENT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(number, 9, 9)
            painter.setPen(QColor("white"))
        else:
            painter.setPen(palette.text().color() if in_month else palette.placeholderText().color())
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(day.day))

    def _bar(self, painter: QPainter, bar: QRectF, stay: Stay, day: date, index: Index, show_unit: bool) -> None:
        starts, ends = day == stay.arrival, day == stay.departure - timedelta(days=1)
        bar = bar.adjusted(5 if starts else 0, 0, -5 if ends else 0, 0)
        colour = QColor(BAR_COLOURS[stay.id % len(BAR_COLOURS)])
        if stay.status == suite.CHECKED_OUT:
            colour = QColor.fromHslF(colour.hslHueF(), 0.25, 0.82)
        if stay.status == suite.BOOKED:
            painter.setBrush(colour.lighter(125))
            painter.setPen(QPen(colour.darker(160), 1.5, Qt.PenStyle.DashLine))
        else:
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
        if stay.id == index.model().highlight:  # type: ignore[attr-defined]
            painter.setPen(QPen(ACCENT, 2.5))
        painter.drawRoundedRect(bar, 4 if starts or ends else 0, 4 if starts or ends else 0)
        if starts or day.weekday() == 0 or day.day == 1:
            text = (f"{stay.unit}· " if show_unit else "") + stay.who
            painter.setPen(BAR_TEXT)
            font = painter.font()
            font.setBold(stay.status == suite.CHECKED_IN)
            if painter.fontMetrics().height() > bar.height():  # many units in a small window
                font.setPixelSize(max(8, int(bar.height()) - 1))
            painter.setFont(font)
            fitted = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(bar.width()) - 8)
            painter.drawText(bar.adjusted(5, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, fitted)


class StayModel(RowTableModel[Stay]):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Unit"), lambda s: str(s.unit), lambda s: s.unit),
        (QT_TRANSLATE_NOOP("Columns", "Client"), _who, lambda s: _who(s).casefold()),
        (QT_TRANSLATE_NOOP("Columns", "Arrival"), lambda s: shown_date(s.arrival), lambda s: s.arrival),
        (QT_TRANSLATE_NOOP("Columns", "Departure"), lambda s: shown_date(s.departure), lambda s: s.departure),
        (QT_TRANSLATE_NOOP("Columns", "Nights"), lambda s: str(s.nights), lambda s: s.nights),
        (QT_TRANSLATE_NOOP("Columns", "Status"), lambda s: s.status_label, lambda s: s.status),
        (QT_TRANSLATE_NOOP("Columns", "Staff"), lambda s: s.staff_name, lambda s: s.staff_name.casefold()),
        (QT_TRANSLATE_NOOP("Columns", "Remark"), lambda s: s.remark, lambda s: s.remark.casefold()),
    )


class SuiteScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        today = date.today()
        self.year, self.month = today.year, today.month
        self.elsewhere = word(self.session.suite.why_not_book_here())  # the outreach laptop: availability only
        self._build()
        self._connect()
        self.show_month(today.year, today.month)
        self.calendar.setCurrentIndex(self.month_model.index_of(today))
        if self.elsewhere:
            self.book_button.setEnabled(False)
            self.book_button.setToolTip(self.elsewhere)
            self._say(self.elsewhere, "warning")

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.ui = set_up_screen(Ui_SuiteScreen(), self, TIGHT_MARGINS)
        ui = self.ui
        self.previous_button, self.next_button, self.today_button = ui.previous_button, ui.next_button, ui.today_button
        self.month_label, self.book_button, self.summary, self.legend = (
            ui.month_label,
            ui.book_button,
            ui.summary,
            ui.legend,
        )
        self.month_label.ensurePolished()  # the heading font, before measuring
        months = (QLocale().toString(QDate(2026, month, 1), "MMMM yyyy") for month in range(1, 13))
        # As wide as the longest month's name, so the buttons don't jump from month to month.
        self.month_label.setMinimumWidth(max(self.month_label.fontMetrics().horizontalAdvance(m) for m in months) + 4)
        self.book_button.setIcon(icon("add"))
        self.month_model = MonthModel(self)
        self.calendar = self._calendar()
        self.check_in_button, self.check_out_button = ui.check_in_button, ui.check_out_button
        self.extend_button, self.end_early_button, self.cancel_button = (
            ui.extend_button,
            ui.end_early_button,
            ui.cancel_button,
        )
        self.message, self.empty = ui.message, ui.empty
        self.stay_model = StayModel(self)
        self.stays = self._stay_table()

    def _calendar(self) -> CalendarView:
        view = self.ui.calendar
        view.setModel(self.month_model)
        view.setItemDelegate(NightsDelegate(view))
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return view

    def _stay_table(self) -> QTableView:
        table = self.ui.stays
        table.setModel(self.stay_model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        return table

    def _connect(self) -> None:
        self.previous_button.clicked.connect(lambda: self.step_month(-1))
        self.next_button.clicked.connect(lambda: self.step_month(1))
        self.today_button.clicked.connect(self.go_to_today)
        self.calendar.month_step.connect(self.step_month)
        self.calendar.today_requested.connect(self.go_to_today)
        self.calendar.activated.connect(self._day_activated)
        self.calendar.clicked.connect(lambda index: self.select_stay_on(self.month_model.day_at(index)))
        self.book_button.clicked.connect(lambda: self.book())
        self.stays.selectionModel().selectionChanged.connect(lambda *_: self._stay_selected())
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.check_out_button.clicked.connect(self.check_out_selected)
        self.extend_button.clicked.connect(lambda: self.extend_selected())
        self.end_early_button.clicked.connect(lambda: self.end_early_selected())
        self.cancel_button.clicked.connect(self.cancel_selected)

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        if self.session.is_open:
            self.refresh()
        self.calendar.setFocus()

    # --- the month ------------------------------------------------------------------------

    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.refresh()

    def refresh(self) -> None:
        first = first_shown(self.year, self.month)
        selected = self.selected_stay()
        try:
            nights = self.session.suite.occupancy(first, first + timedelta(days=WEEKS * 7 - 1))
        except VaultError as error:
            self._say(str(error), "error")
            return
        current = self.calendar.currentIndex()
        self.month_model.set_month(self.year, self.month, nights)
        self.calendar.setMinimumHeight(30 + WEEKS * (24 + 17 * nights[0].units))
        in_month = [n for n in nights if n.day.month == self.month]
        stays = {s.id: s for n in in_month for s in n.stays}
        self.stay_model.set_rows(sorted(stays.values(), key=lambda s: (s.arrival, s.unit)))
        self.month_label.setText(QLocale().toString(QDate(self.year, self.month, 1), "MMMM yyyy"))
        taken, units = sum(n.occupied for n in in_month), in_month[0].units
        self.summary.setText(
            self.tr("%d of %d nights taken this month.") % (taken, len(in_month))
            if units == 1
            else self.tr("%d of %d unit-nights taken this month (%d units).") % (taken, units * len(in_month), units)
        )
        self.empty.setVisible(not stays)
        self.calendar.setCurrentIndex(current if current.isValid() else self.month_model.index(0, 0))
        if selected is not None:
            self._select_row(selected.id)
        self._stay_selected()

    def step_month(self, step: int) -> None:
        total = self.year * 12 + self.month - 1 + step
        day = (
            self.month_model.day_at(self.calendar.currentIndex())
            if self.calendar.currentIndex().isValid()
            else date(self.year, self.month, 1)
        )
        self.show_month(total // 12, total % 12 + 1)
        moved = date(self.year, self.month, min(day.day, 28))
        self.calendar.setCurrentIndex(self.month_model.index_of(moved))

    def go_to_today(self) -> None:
        today = date.today()
        self.show_month(today.year, today.month)
        self.calendar.setCurrentIndex(self.month_model.index_of(today))
        self.calendar.setFocus()

    def current_day(self) -> date:
        index = self.calendar.currentIndex()
        return self.month_model.day_at(index) if index.isValid() else date.today()

    def _day_activated(self, index: QModelIndex) -> None:
        day = self.month_model.day_at(index)
        nights = self.month_model.nights.get(day)
        if nights is not None and nights.occupied >= nights.units:
            self.select_stay_on(day)
            self.stays.setFocus()
        else:
            self.book(day)

    # --- stays ------------------------------------------------------------------------------

    def select_stay_on(self, day: date) -> None:
        nights = self.month_model.nights.get(day)
        if nights is not None and nights.stays:
            self._select_row(nights.stays[0].id)

    def _select_row(self, stay_id: int) -> None:
        for row, stay in enumerate(self.stay_model.rows):
            if stay.id == stay_id:
                self.stays.selectRow(row)
                return

    def selected_stay(self) -> Stay | None:
        rows = self.stays.selectionModel().selectedRows()
        return self.stay_model.row_at(rows[0]) if rows else None

    def _stay_selected(self) -> None:
        stay = self.selected_stay()
        status = stay.status if stay else None
        here = not self.elsewhere  # on the laptop nothing is changed, only seen
        self.check_in_button.setEnabled(here and status == suite.BOOKED)
        self.check_out_button.setEnabled(here and status == suite.CHECKED_IN)
        self.extend_button.setEnabled(here and status in suite.OPEN)
        self.end_early_button.setEnabled(here and status in suite.OPEN and stay is not None and stay.nights > 1)
        self.cancel_button.setEnabled(here and status == suite.BOOKED)
        self.month_model.set_highlight(stay.id if stay else None)

    def book(self, arrival: date | None = None) -> None:
        if self.elsewhere:
            self._say(self.elsewhere, "warning")
            return
        dialog = BookingDialog(self.session, arrival or self.current_day(), parent=self, dialogs=self.services.dialogs)
        if self.services.dialogs.run(dialog) and dialog.stay is not None:
            self._after_change(
                dialog.stay,
                self.tr("Booked unit %d for %s, %n night(s).", "", dialog.stay.nights)
                % (dialog.stay.unit, dialog.stay.who),
            )

    def _after_change(self, stay: Stay, words: str) -> None:
        if (stay.arrival.year, stay.arrival.month) != (self.year, self.month):
            self.year, self.month = stay.arrival.year, stay.arrival.month
        self.refresh()
        self._select_row(stay.id)
        self.calendar.setCurrentIndex(self.month_model.index_of(stay.arrival))
        self._say(words, "success")

    def _change(self, action: Any, words: str, *args: Any) -> None:
        stay = self.selected_stay()
        try:
            changed: Stay | None = action(stay.id, *args) if stay else None
        except VaultError as error:
            self._say(str(error), "error")
            return
        if changed is not None:
            self._after_change(changed, words % changed.who)

    def check_in_selected(self) -> None:
        self._change(self.session.suite.check_in, self.tr("%s is checked in."))

    def check_out_selected(self) -> None:
        self._change(self.session.suite.check_out, self.tr("%s is checked out."))

    def extend_selected(self, departure: date | None = None) -> None:
        stay = self.selected_stay()
        if stay is not None and departure is None:
            departure = ask_date(
                self,
                self.services.dialogs,
                self.tr("Extend the stay"),
                self.tr("New departure day"),
                stay.departure + timedelta(days=1),
                minimum=stay.departure + timedelta(days=1),
            )
        if departure is not None:
            self._change(self.session.suite.extend_stay, self.tr("The stay of %s is extended."), departure)

    def end_early_selected(self, departure: date | None = None) -> None:
        stay = self.selected_stay()
        if stay is not None and departure is None:
            latest = stay.departure - timedelta(days=1)
            departure = ask_date(
                self,
                self.services.dialogs,
                self.tr("End the stay early"),
                self.tr("New departure day"),
                min(max(date.today(), stay.arrival + timedelta(days=1)), latest),
                minimum=stay.arrival + timedelta(days=1),
                maximum=latest,
            )
        if departure is not None:
            self._change(self.session.suite.end_early, self.tr("The stay of %s now ends earlier."), departure)

    def cancel_selected(self) -> None:
        stay = self.selected_stay()
        if stay is None or not self.services.dialogs.confirm(
            self,
            self.tr("Cancel this stay?"),
            self.tr(
                "Cancel the stay of %s from %s to %s? Its nights become free; the booking stays in the "
                "records as cancelled."
            )
            % (stay.who, shown_date(stay.arrival), shown_date(stay.departure)),
            action=self.tr("Cancel the stay"),
            danger=True,
        ):
            return
        self._change(self.session.suite.cancel_stay, self.tr("The stay of %s is cancelled."))

    def _say(self, text: str, kind: str) -> None:
        say(self.message, text, kind)
        self.message.setToolTip(text)  # the line is short on this screen: the whole message on hover

    def clear(self) -> None:
        """On lock: no client code stays in a widget."""
        self.month_model.set_month(self.year, self.month, [])
        self.stay_model.set_rows([])
        self.message.clear()
