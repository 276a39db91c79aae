"""Outreach shift log: a form quick to fill in on a laptop after the shift, and the past shifts.

Tab goes top to bottom: date and times, street or online, the area, contacts, supplies, referrals and
alerts, remark, Save (Add… and Remove beside the area come last in the Tab order, after the past shifts). Enter in any
field of the form saves the shift. Who was met (optional demographics) opens a small dialog so the form stays short.
A past shift can be opened again to correct it, or voided.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QWidget,
)

from shop_desktop.core.desk import outreach
from shop_desktop.core.desk.outreach import Demographics, Shift, ShiftRecord
from shop_desktop.core.desk.visits import MAX_QUANTITY
from shop_desktop.core.errors import VaultError
from shop_desktop.core.safety.overdose_kits import KitGiven
from shop_desktop.core.text import LIMITS
from shop_desktop.gui.common.dates import show_date
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.unsaved import field_values
from shop_desktop.gui.common.widgets import icon, note_label, say
from shop_desktop.gui.forms.ui_outreach_screen import Ui_OutreachScreen
from shop_desktop.gui.frontdesk.who_you_met import WhoYouMetDialog, count_spin, fit_spin
from shop_desktop.gui.safety.naloxone_outreach import NaloxoneKitsDialog, kits_summary
from shop_desktop.gui.safety.stock_widgets import DrugAlertBand


def _where(shift: Shift) -> str:
    return f"{shift.area_name} (online)" if shift.area_kind == outreach.ONLINE else shift.area_name


# Columns shown once the list is this wide (opening a shift in the form shows everything).
COLUMN_ROOM = {1: 520, 4: 600, 5: 840, 6: 840, 7: 960}


class ShiftModel(RowTableModel[Shift]):
    columns = (
        # sort keys are strings Qt can compare (a Python tuple is an opaque object to the proxy)
        (
            QT_TRANSLATE_NOOP("Columns", "Date"),
            lambda s: show_date(s.record.day),
            lambda s: f"{s.record.day.isoformat()} {s.record.starts:%H:%M}",
        ),
        (
            QT_TRANSLATE_NOOP("Columns", "Time"),
            lambda s: f"{s.record.starts:%H:%M}–{s.record.ends:%H:%M}",
            lambda s: f"{s.record.starts:%H:%M}",
        ),
        (QT_TRANSLATE_NOOP("Columns", "Where"), _where, lambda s: _where(s).casefold()),
        (QT_TRANSLATE_NOOP("Columns", "Contacts"), lambda s: str(s.record.contacts), lambda s: s.record.contacts),
        (QT_TRANSLATE_NOOP("Columns", "Items"), lambda s: str(s.items), lambda s: s.items),
        (QT_TRANSLATE_NOOP("Columns", "Referrals"), lambda s: str(s.record.referrals), lambda s: s.record.referrals),
        (
            QT_TRANSLATE_NOOP("Columns", "Alerts"),
            lambda s: str(s.record.alerts_shared),
            lambda s: s.record.alerts_shared,
        ),
        (QT_TRANSLATE_NOOP("Columns", "Logged by"), lambda s: s.staff_name, lambda s: s.staff_name.casefold()),
    )


class OutreachScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.editing: int | None = None  # the shift being corrected, if any
        self.demographics: Demographics = {}
        self.chain: list[QWidget] = []  # the Tab order, top to bottom
        self.baseline: list[object] = []  # what the form held when last emptied, loaded or saved
        self._build()
        self._tab_order()
        self._connect()
        self._fill_areas()
        self.new_shift()
        self.refresh()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.ui = ui = Ui_OutreachScreen()
        ui.setupUi(self)  # its own margins: the form beside the list of shifts must fit 1024 px
        self.day, self.starts, self.ends, self.length = ui.day, ui.starts, ui.ends, ui.length
        self.length.setWordWrap(True)  # "4 h 30 min (past midnight)" takes two lines, not the form's width
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setDate(QDate.currentDate())
        self.starts.setTime(QTime(19, 0))
        self.ends.setTime(QTime(23, 0))
        for edit in (self.day, self.starts, self.ends):
            edit.installEventFilter(self)  # Tab leaves the field instead of moving to its next part
        self.street, self.online = ui.street, ui.online
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.street)
        self.kind_group.addButton(self.online)
        self.area, self.add_area_button, self.retire_area_button = ui.area, ui.add_area_button, ui.retire_area_button
        self.contacts, self.who_button, self.who_label = fit_spin(ui.contacts), ui.who_button, ui.who_label
        self.referrals, self.alerts, self.remark = fit_spin(ui.referrals), fit_spin(ui.alerts), ui.remark
        self.remark.setMaxLength(LIMITS["remark"])
        self._build_supplies()
        self._build_kits_row()
        self.drug_alerts = DrugAlertBand(self.services.session, self)  # to tell people (stock_widgets.py)
        self.drug_alerts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wraps to the list
        ui.right.insertWidget(0, self.drug_alerts)
        self.save_button, self.clear_button, self.message = ui.save_button, ui.clear_button, ui.message
        self.save_button.setIcon(icon("save"))
        self.model = ShiftModel(self)
        self.table = ui.table
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty, self.edit_button, self.void_button = ui.empty, ui.edit_button, ui.void_button
        self.form_box = ui.form_box  # as wide as the form needs (it was cut at 540 px); it scrolls down

    def _build_kits_row(self) -> None:
        """Take-home naloxone details (naloxone_outreach.py), under the remark."""
        self.naloxone: tuple[KitGiven, ...] | None = None
        self.kits_button = QPushButton(self.tr("Nalo&xone kit details…"))
        self.kits_label = note_label(self.tr("optional"))
        kits_row = QHBoxLayout()
        kits_row.addWidget(self.kits_button)
        kits_row.addWidget(self.kits_label)
        kits_row.addStretch(1)
        self.ui.form.addRow(self.tr("Naloxone"), kits_row)
        QWidget.setTabOrder(self.remark, self.kits_button)
        QWidget.setTabOrder(self.kits_button, self.ui.save_button)

    def _build_supplies(self) -> None:
        """Two columns of the centre's supplies, each count beside its name."""
        catalog = self.session.outreach.supply_catalog()
        self.supplies = {s.id: count_spin(self.tr("How many %s") % s.name, MAX_QUANTITY) for s in catalog}
        self.supply_names = {s.id: s.name for s in catalog}
        grid = self.ui.suppliesGrid
        half = (len(self.supplies) + 1) // 2
        for n, (supply_id, spin) in enumerate(self.supplies.items()):
            label = QLabel(self.supply_names[supply_id])
            label.setBuddy(spin)
            grid.addWidget(label, n % half, 3 * (n // half))
            grid.addWidget(spin, n % half, 3 * (n // half) + 1)
        grid.setColumnMinimumWidth(2, 12)
        self.ui.scroll.setWidget(self.ui.scroll.takeWidget())  # measured again now the supplies are in it

    def _tab_order(self) -> None:
        chain: list[QWidget] = [
            self.day,
            self.starts,
            self.ends,
            self.street,
            self.online,
            self.area,
            self.contacts,
            self.who_button,
            *self.supplies.values(),
            self.referrals,
            self.alerts,
            self.remark,
            self.kits_button,
            self.save_button,
            self.clear_button,
            self.table,
            self.edit_button,
            self.void_button,
            self.add_area_button,  # rarely used: last, so Tab goes from Area straight to Contacts
            self.retire_area_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.chain = chain

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """In a date or time, Tab goes to the next field (typing a part fills it and moves on by itself)."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and watched in self.chain[:3]:
            step = {Qt.Key.Key_Tab: 1, Qt.Key.Key_Backtab: -1}.get(Qt.Key(event.key()), 0)
            position = self.chain.index(watched) + step  # type: ignore[arg-type]
            if step and position >= 0:
                self.chain[position].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _connect(self) -> None:
        self.starts.timeChanged.connect(lambda _t: self._show_length())
        self.ends.timeChanged.connect(lambda _t: self._show_length())
        self.street.toggled.connect(lambda _on: self._fill_areas())
        self.add_area_button.clicked.connect(self.add_area)
        self.retire_area_button.clicked.connect(self.retire_area)
        self.who_button.clicked.connect(self.ask_who_you_met)
        self.kits_button.clicked.connect(self.ask_naloxone_kits)
        self.contacts.valueChanged.connect(lambda _n: self._show_who())
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.start_over)
        self.edit_button.clicked.connect(self.open_selected)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.void_button.clicked.connect(self.void_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        self.drug_alerts.refresh()
        self.day.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter anywhere in the form saves the shift (the fields pass it on; a button takes its own)."""
        focus = self.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(focus, QPushButton):
            focus.click()  # Enter presses the button that has the keyboard (Add…, Who you met…)
            return
        if enter and focus is not None and self.form_box.isAncestorOf(focus):
            self.save()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)  # type: ignore[arg-type]
        for column, room in COLUMN_ROOM.items():
            self.table.setColumnHidden(column, self.table.width() < room)

    # --- the form ---------------------------------------------------------------------------

    def _kind(self) -> str:
        return outreach.ONLINE if self.online.isChecked() else outreach.STREET

    def _fill_areas(self, select: int | None = None) -> None:
        current = select if select is not None else self.area.currentData()
        self.area.clear()
        for area in self.session.outreach.list_areas():
            if area.kind == self._kind():
                self.area.addItem(area.name, area.id)
        self.area.setCurrentIndex(max(0, self.area.findData(current)))
        self.retire_area_button.setEnabled(self.area.count() > 0)

    def _show_length(self) -> None:
        minutes = outreach.shift_minutes(self._time(self.starts), self._time(self.ends))
        past_midnight = self.ends.time() < self.starts.time()
        words = self.tr("%d h %02d min") % divmod(minutes, 60)
        self.length.setText(words + (self.tr(" (past midnight)") if past_midnight else ""))

    def _show_who(self) -> None:
        if not self.demographics:
            self.who_label.setText(self.tr("optional"))
            return
        parts = [
            f"{sum(counts.values())} {outreach.DEMOGRAPHIC_CHOICES[key][0]}"
            for key, counts in self.demographics.items()
        ]
        self.who_label.setText(self.tr("by %s") % ", ".join(parts))

    @staticmethod
    def _time(edit: QTimeEdit) -> time:
        return time(edit.time().hour(), edit.time().minute())

    def ask_who_you_met(self) -> None:
        dialog = WhoYouMetDialog(self.contacts.value(), self.demographics, self)
        if self.services.dialogs.run(dialog):
            self.set_demographics(dialog.counts())

    def ask_naloxone_kits(self) -> None:
        kit_id = self.services.session.overdose_kits.kit_service()
        handed_out = self.supplies[kit_id].value() if kit_id in self.supplies else 0
        if not handed_out:
            self._say(self.tr("Enter how many naloxone kits you handed out first."), "warning")
            return
        dialog = NaloxoneKitsDialog(handed_out, self.naloxone, self)
        if self.services.dialogs.run(dialog):
            self.set_naloxone(dialog.kits())

    def set_naloxone(self, kits: tuple[KitGiven, ...] | None) -> None:
        self.naloxone = kits
        self.kits_label.setText(kits_summary(kits) or self.tr("optional"))

    def set_demographics(self, counts: Demographics) -> None:
        self.demographics = counts
        self._show_who()

    def record(self) -> ShiftRecord:
        day = self.day.date()
        return ShiftRecord(
            date(day.year(), day.month(), day.day()),
            self._time(self.starts),
            self._time(self.ends),
            self.area.currentData() or 0,
            self.contacts.value(),
            {sid: spin.value() for sid, spin in self.supplies.items() if spin.value()},
            self.referrals.value(),
            self.alerts.value(),
            self.remark.text(),
            self.demographics,
            naloxone=self.naloxone,
        )

    def load(self, record: ShiftRecord) -> None:
        """Put a shift (or the last one's place and times) into the form."""
        self.day.setDate(QDate(record.day.year, record.day.month, record.day.day))
        self.starts.setTime(QTime(record.starts.hour, record.starts.minute))
        self.ends.setTime(QTime(record.ends.hour, record.ends.minute))
        kinds = {a.id: a.kind for a in self.session.outreach.list_areas(include_inactive=True)}
        (self.online if kinds.get(record.area_id) == outreach.ONLINE else self.street).setChecked(True)
        self._fill_areas(select=record.area_id)
        self.contacts.setValue(record.contacts)
        for supply_id, spin in self.supplies.items():
            spin.setValue(record.supplies.get(supply_id, 0))
        self.referrals.setValue(record.referrals)
        self.alerts.setValue(record.alerts_shared)
        self.remark.setText(record.remark)
        self.set_demographics(dict(record.demographics))
        self.set_naloxone(record.naloxone)
        self._show_length()

    def new_shift(self) -> None:
        """An empty form for today, with the place and times of the last shift logged."""
        self.editing = None
        last = self.session.outreach.recent_shifts(1)
        self.load(
            ShiftRecord(date.today(), last[0].record.starts, last[0].record.ends, last[0].record.area_id)
            if last
            else ShiftRecord(date.today(), time(19, 0), time(23, 0), 0)
        )
        self.save_button.setText(self.tr("&Save shift"))
        self.baseline = self._form_state()
        self.day.setFocus()

    def _form_state(self) -> list[object]:
        return [*field_values(self.form_box), self.demographics, self.naloxone]

    def is_changed(self) -> bool:
        return self._form_state() != self.baseline

    def may_leave_form(self) -> bool:
        """True when the form holds nothing unsaved, or the person agrees to discard it."""
        return not self.is_changed() or self.services.dialogs.confirm(
            self,
            self.tr("Discard this outreach shift?"),
            self.tr("What you typed in this outreach shift hasn't been saved. Discard it, or go back and save it?"),
            action=self.tr("Discard"),
            danger=True,
        )

    def start_over(self) -> None:
        if self.may_leave_form():
            self.new_shift()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # the second click of a double click
        self.save_button.setEnabled(False)
        try:
            self._save()
        finally:
            self.save_button.setEnabled(True)

    def _save(self) -> None:
        try:
            if self.editing is None:
                self.session.outreach.log_shift(self.record())
                words = self.tr("Shift saved. Thank you!")
            else:
                self.session.outreach.update_shift(self.editing, self.record())
                words = self.tr("Corrections saved.")
        except VaultError as error:
            self._say(str(error), "error")
            return
        self.refresh()
        self.new_shift()
        self._say(words, "success")

    # --- areas ------------------------------------------------------------------------------

    def add_area(self) -> None:
        kind = self._kind()
        label = self.tr("Name of the street area") if kind == outreach.STREET else self.tr("Name of the platform")
        name = self.services.dialogs.ask_text(self, self.tr("Add to the list"), label)
        if not name:
            return
        try:
            area = self.session.outreach.add_area(name, kind)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self._fill_areas(select=area.id)
        self._say(self.tr('"%s" is in the list.') % area.name, "success")

    def retire_area(self) -> None:
        name, area_id = self.area.currentText(), self.area.currentData()
        if area_id is None or not self.services.dialogs.confirm(
            self,
            self.tr("Remove from the list?"),
            self.tr('Take "%s" off the list? Shifts already logged there keep it.') % name,
            action=self.tr("Remove"),
        ):
            return
        self.session.outreach.retire_area(area_id)
        self._fill_areas()
        self._say(self.tr('"%s" is off the list.') % name, "success")

    # --- past shifts ------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            shifts = self.session.outreach.recent_shifts()
        except VaultError as error:
            self._say(str(error), "error")
            return
        self.model.set_rows(shifts)
        self.empty.setVisible(not shifts)
        self._update_buttons()

    def selected_shift(self) -> Shift | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_shift() is not None
        self.edit_button.setEnabled(chosen)
        self.void_button.setEnabled(chosen)

    def open_selected(self) -> None:
        shift = self.selected_shift()
        if shift is None or not self.may_leave_form():
            return
        self.load(shift.record)
        self.set_naloxone(self.services.session.overdose_kits.shift_kits(shift.id) or None)
        self.baseline = self._form_state()
        self.editing = shift.id
        self.save_button.setText(self.tr("&Save changes"))
        self._say(
            self.tr("Correcting the shift of %s. Save changes when done, or New shift to leave it.")
            % shift.record.day.isoformat(),
            "subtle",
        )
        self.day.setFocus()

    def void_selected(self) -> None:
        shift = self.selected_shift()
        if shift is None or not self.services.dialogs.confirm(
            self,
            self.tr("Void this shift?"),
            self.tr("Void the shift of %s in %s? It will stay in the audit trail but no longer count in reports.")
            % (shift.record.day.isoformat(), shift.area_name),
            action=self.tr("Void shift"),
            danger=True,
        ):
            return
        try:
            self.session.outreach.void_shift(shift.id)
        except VaultError as error:
            self._say(str(error), "error")
            return
        if self.editing == shift.id:
            self.new_shift()
        self.refresh()
        self._say(self.tr("Shift voided."), "success")

    def _say(self, text: str, kind: str) -> None:
        say(self.message, text, kind)

    def clear(self) -> None:
        """On lock: nothing typed stays in a widget."""
        self.model.set_rows([])
        self.remark.clear()
        self.message.clear()
