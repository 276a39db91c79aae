"""Idle lock, as KeePassXC does it: any key or mouse event restarts one single-shot timer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
RETRY_MS = 5_000


class IdleLock(QObject):
    """Emits timed_out after timeout_ms without input; waits while is_busy() says a save is running."""

    timed_out = Signal()

    def __init__(
        self, timeout_ms: int, is_busy: Callable[[], bool] = lambda: False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.is_busy = is_busy
        self.timeout_ms = timeout_ms
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expired)

    def start(self, app: QObject) -> None:
        app.installEventFilter(self)
        self.timer.start(self.timeout_ms)

    def set_timeout(self, timeout_ms: int) -> None:
        """A new idle time counts from now (the centre changed it in Settings)."""
        self.timeout_ms = timeout_ms
        if self.timer.isActive():
            self.timer.start(timeout_ms)

    def stop(self, app: QObject) -> None:
        app.removeEventFilter(self)
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start(self.timeout_ms)
        return False

    def _expired(self) -> None:
        if self.is_busy():
            self.timer.start(RETRY_MS)
            return
        self.timed_out.emit()
