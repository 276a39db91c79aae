"""Clipboard text the app put there is cleared on lock (and after a while), never left behind."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 60_000


class ClipboardGuard(QObject):
    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)
        self._copied_here = False
        QGuiApplication.clipboard().dataChanged.connect(self._changed)

    def _changed(self) -> None:
        """Ctrl+C in a note, a table or a field changes the clipboard while this app is in front."""
        self._copied_here = (
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
            or QGuiApplication.clipboard().ownsClipboard()
        )

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._ours = text
        self._timer.start()

    def clear(self) -> None:
        """Empty the clipboard if it still holds what we put there."""
        clipboard = QGuiApplication.clipboard()
        # also what a person copied with Ctrl+C from a note or a table while the app was in front
        ours = self._ours is not None and clipboard.text() == self._ours
        if self._copied_here or clipboard.ownsClipboard() or ours:
            clipboard.clear()
        self._ours = None
        self._copied_here = False
        self._timer.stop()
