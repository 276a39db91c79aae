"""The shift log: the day's entries and the handover items still open, added from the keyboard.

Focus starts in the entry line; Tab goes to the client code and the handover tick box (Space
ticks it), and Enter in any of them adds the entry. Ctrl+D (or the button) marks the chosen handover
item done. The form says what doesn't belong here: note text and health details.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Permission
from shop_desktop.core.safety.shift_log import ShiftEntry
from shop_desktop.gui.common.dates import show_date, show_time
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import set_kind
from shop_desktop.gui.forms.ui_shift_log_screen import Ui_ShiftLogScreen
from shop_desktop.gui.safety.stock_widgets import prepare_table


def _when(entry: ShiftEntry) -> str:
    return f"{show_date(entry.day)} {show_time(entry.at)}"


def _status(entry: ShiftEntry) -> str:
    if not entry.handover:
        return ""
    if entry.done_at:
        return QCoreApplication.translate("Status", "Done by %s") % (
            entry.done_by or QCoreApplication.translate("Status", "someone")
        )
    return QCoreApplication.translate("Status", "Open: for the next shift")


class ShiftLogModel(RowTableModel[ShiftEntry]):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "When"), _when, lambda e: e.at),
        (QT_TRANSLATE_NOOP("Columns", "Handover"), _status, lambda e: (not e.is_open, e.handover)),
        (QT_TRANSLATE_NOOP("Columns", "Client"), lambda e: e.client_code or "", lambda e: e.client_code or ""),
        (QT_TRANSLATE_NOOP("Columns", "By"), lambda e: e.staff_name, lambda e: e.staff_name.casefold()),
        (QT_TRANSLATE_NOOP("Columns", "Entry"), lambda e: e.text, lambda e: e.text.casefold()),
    )


class ShiftLogScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.session = services.session
        self.ui = Ui_ShiftLogScreen()
        self.ui.setupUi(self)
        self.model = ShiftLogModel(self)
        prepare_table(self.ui.logTable, self.model)
        self.ui.dayEdit.setMaximumDate(QDate.currentDate())
        self.ui.dayEdit.setDate(QDate.currentDate())
        can_name = self.session.can(Permission.VIEW_CLIENTS)
        self.ui.codeLabel.setVisible(can_name)
        self.ui.codeEdit.setVisible(can_name)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.entryEdit.returnPressed.connect(self.add)
        self.ui.codeEdit.returnPressed.connect(self.add)
        self.ui.doneButton.clicked.connect(self.mark_done)
        self.ui.dayEdit.dateChanged.connect(lambda _day: self.refresh())
        QShortcut(QKeySequence("Ctrl+D"), self, self.mark_done)
        for keys in ("Return", "Enter"):  # Enter adds from the tick box too, as from the lines above it
            shortcut = QShortcut(QKeySequence(keys), self.ui.handoverCheck, self.add)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.refresh()

    @property
    def day(self) -> date:
        return self.ui.dayEdit.date().toPython()  # type: ignore[no-any-return]

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()
        QTimer.singleShot(0, self.ui.entryEdit, self.ui.entryEdit.setFocus)  # not after a close

    def refresh(self) -> None:
        try:
            entries = self.session.shift_log.day_log(self.day)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self.model.set_rows(entries)
        self.ui.emptyLabel.setVisible(not entries)
        self.ui.logTable.setVisible(bool(entries))

    def add(self) -> None:
        now = datetime.now()
        at = now if self.day == now.date() else datetime.combine(self.day, now.time())
        try:
            self.session.shift_log.write_entry(
                self.ui.entryEdit.text(),
                handover=self.ui.handoverCheck.isChecked(),
                client_code=self.ui.codeEdit.text() or None,
                at=at,
            )
        except VaultError as error:  # the line stays as typed, to fix and add again
            self._say(str(error), "error")
            return
        handover = self.ui.handoverCheck.isChecked()
        self.ui.entryEdit.clear()
        self.ui.codeEdit.clear()
        self.ui.handoverCheck.setChecked(False)
        self._say(self.tr("Added as a handover item for the next shift.") if handover else self.tr("Added."), "success")
        self.refresh()
        self.ui.entryEdit.setFocus()

    def mark_done(self) -> None:
        chosen = self._chosen()
        if chosen is None or not chosen.is_open:
            self._say(self.tr("Choose an open handover item in the list first."), "error")
            return
        try:
            self.session.shift_log.mark_done(chosen.id)
        except VaultError as error:
            self._say(str(error), "error")
        else:
            self._say(self.tr("Marked done: it won't be carried to the next shift."), "success")
        self.refresh()

    def _chosen(self) -> ShiftEntry | None:
        rows = self.ui.logTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _say(self, text: str, kind: str) -> None:
        self.ui.messageLabel.setText(text)
        set_kind(self.ui.messageLabel, kind)

    def clear(self) -> None:
        """On lock: nothing typed or shown stays in a widget."""
        self.model.set_rows([])
        self.ui.entryEdit.clear()
        self.ui.codeEdit.clear()
        self.ui.messageLabel.clear()
