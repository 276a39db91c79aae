"""Booking a Safe Suite stay, and the small date questions the suite screen asks."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from shop_desktop.core.desk.suite import Stay, StayRequest
from shop_desktop.core.errors import VaultError
from shop_desktop.core.session import Session
from shop_desktop.core.text import LIMITS
from shop_desktop.gui.common.dates import show_date
from shop_desktop.gui.common.dialogs import Dialogs
from shop_desktop.gui.common.unsaved import GuardedDialog, dialogs_near
from shop_desktop.gui.common.widgets import set_kind
from shop_desktop.gui.forms.ui_booking_dialog import Ui_BookingDialog
from shop_desktop.gui.forms.ui_date_question import Ui_DateQuestion
from shop_desktop.gui.frontdesk.go_ahead import attempt_with_reasons


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def py_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def shown_date(day: date) -> str:
    """A date as the system's locale writes it, short (with the full year, as every screen does)."""
    return show_date(day)


def ask_date(
    parent: QWidget,
    dialogs: Dialogs,
    title: str,
    label: str,
    initial: date,
    *,
    minimum: date | None = None,
    maximum: date | None = None,
) -> date | None:
    """A small dialog asking for one day; None when the person cancels."""
    dialog = QDialog(parent)
    form = Ui_DateQuestion()
    form.setupUi(dialog)
    dialog.setWindowTitle(title)
    form.dateLabel.setText(label)
    form.edit.setAccessibleName(label)
    if minimum is not None:
        form.edit.setMinimumDate(qdate(minimum))
    if maximum is not None:
        form.edit.setMaximumDate(qdate(maximum))
    form.edit.setDate(qdate(initial))
    form.buttons.accepted.connect(dialog.accept)
    form.buttons.rejected.connect(dialog.reject)
    return py_date(form.edit.date()) if dialogs.run(dialog) else None


class BookingDialog(GuardedDialog):
    """Book a stay: client (typed and picked), unit, arrival and departure, staff member, a practical remark.
    Enter picks the first client found, then books; a refusal (a night taken) shows in the dialog."""

    def __init__(
        self, session: Session, arrival: date, parent: QWidget | None = None, dialogs: Dialogs | None = None
    ) -> None:
        super().__init__(parent)
        self.form_name = self.tr("booking")
        self.session = session
        self.dialogs = dialogs or dialogs_near(parent)  # the screen's, so tests script every question
        self.stay: Stay | None = None
        self.client_id: int | None = None
        self._build(arrival)
        self.search.textChanged.connect(self._find)
        self.matches.itemActivated.connect(self._pick)
        self.arrival.dateChanged.connect(self._arrival_changed)
        self.departure.dateChanged.connect(lambda _day: self._show_nights())
        self._show_nights()

    def _build(self, arrival: date) -> None:
        self.ui = Ui_BookingDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.search, self.matches, self.chosen, self.unit = ui.search, ui.matches, ui.chosen, ui.unit
        self.unit.setRange(1, self.session.suite.unit_count())
        self.unit.setEnabled(self.unit.maximum() > 1)
        self.arrival, self.departure, self.nights = ui.arrival, ui.departure, ui.nights
        self.arrival.setDate(qdate(arrival))
        self.departure.setDate(qdate(arrival + timedelta(days=1)))
        self.staff, self.remark, self.message, self.buttons = ui.staff, ui.remark, ui.message, ui.buttons
        for member in self.session.suite.staff_choices():
            self.staff.addItem(member.display_name, member.id)
        self.staff.setCurrentIndex(max(0, self.staff.findData(self.session.user.id)))
        self.remark.setMaxLength(LIMITS["remark"])
        self.book_button = self.buttons.addButton(self.tr("&Book the stay"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.book_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def unsaved_extra(self) -> object:
        return self.client_id

    def _find(self, text: str) -> None:
        self.matches.clear()
        for match in self.session.clients.search(text) if text.strip() else []:
            item = QListWidgetItem(f"{match.alias}   ·   {match.code}")
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, match.id)
            self.matches.addItem(item)
        self.matches.setCurrentRow(0)

    def _pick(self, item: QListWidgetItem) -> None:
        self.client_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.chosen.setText(self.tr("Chosen: %s") % item.text())
        set_kind(self.chosen, "success")
        self.arrival.setFocus()

    def choose_client(self, client_id: int, words: str) -> None:
        item = QListWidgetItem(words)
        item.setData(Qt.ItemDataRole.UserRole, client_id)
        self._pick(item)

    def _arrival_changed(self, day: QDate) -> None:
        if self.departure.date() <= day:
            self.departure.setDate(day.addDays(1))
        self._show_nights()

    def _show_nights(self) -> None:
        nights = self.arrival.date().daysTo(self.departure.date())
        self.nights.setText(self.tr("%n night(s)", "", nights) if nights > 0 else self.tr("Must be after the arrival"))

    def accept(self) -> None:
        if self.client_id is None:
            if self.matches.currentItem() is not None:
                self._pick(self.matches.currentItem())
            else:
                self.message.setText(self.tr("Choose the client first: type part of their alias or code."))
            return
        request = StayRequest(
            self.client_id,
            py_date(self.arrival.date()),
            py_date(self.departure.date()),
            self.unit.value(),
            self.staff.currentData(),
            self.remark.text(),
        )
        try:
            self.stay = attempt_with_reasons(
                self,
                self.session,
                self.dialogs,
                lambda override, apart: self.session.suite.book_stay(
                    request, override_reason=override, keep_apart_reason=apart
                ),
                doing=self.tr("book the stay"),
                button=self.tr("Book anyway"),
            )
        except VaultError as error:
            self.message.setText(str(error))
            return
        if self.stay is None:
            self.message.setText(self.tr("Not booked: no reason was given."))
            return
        super().accept()
