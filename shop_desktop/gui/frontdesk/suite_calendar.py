"""The Safe Suite's month view as a widget of its own, so ui/suite_screen.ui can place it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView


class CalendarView(QTableView):
    """Arrow keys move between days; Page Up / Page Down change the month; Home goes to today."""

    month_step = Signal(int)
    today_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        steps = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}
        if event.key() in steps:
            self.month_step.emit(steps[Qt.Key(event.key())])
        elif event.key() == Qt.Key.Key_Home:
            self.today_requested.emit()
        else:
            super().keyPressEvent(event)
