"""Today's list on the check-in screen, as a widget of its own so ui/checkin_screen.ui can place it."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTableView


class TodayTable(QTableView):
    """Today's list: when it is narrow (1024 px wide windows) whole aliases matter more than the
    services, so the Services column (the model's SERVICES) steps aside; the Client tooltip still names them."""

    ROOM_FOR_SERVICES = 460

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        column = getattr(self.model(), "SERVICES", None)
        if column is not None:
            self.setColumnHidden(column, self.width() < self.ROOM_FOR_SERVICES)
