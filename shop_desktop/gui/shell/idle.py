"""Idle lock, as KeePassXC does it: any key or mouse event counts as activity; after timeout_ms
without any, the app locks, unless long work is running (is_busy), which postpones the lock.

Time is read from an injected clock (monotonic seconds), so a test moves time instead of waiting,
and an event only notes the time: the one single-shot timer is rescheduled when it fires, not on
every mouse move.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
RETRY_MS = 5_000  # while busy, look again this often


class IdleLock(QObject):
    """Emits timed_out after timeout_ms without input; waits while is_busy() says work is running."""

    timed_out = Signal()

    def __init__(
        self,
        timeout_ms: int,
        is_busy: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.is_busy = is_busy
        self.timeout_ms = timeout_ms
        self.clock = clock
        self.last_activity = clock()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def start(self, app: QObject) -> None:
        app.installEventFilter(self)
        self.last_activity = self.clock()
        self.timer.start(self.timeout_ms)

    def set_timeout(self, timeout_ms: int) -> None:
        """A new idle time counts from now (the centre changed it in Settings)."""
        self.timeout_ms = timeout_ms
        if self.timer.isActive():
            self.last_activity = self.clock()
            self.timer.start(timeout_ms)

    def stop(self, app: QObject) -> None:
        app.removeEventFilter(self)
        self.timer.stop()

    def idle_ms(self) -> int:
        return int((self.clock() - self.last_activity) * 1000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in ACTIVITY:
            self.last_activity = self.clock()
        return False

    def check(self) -> None:
        """When the timer fires (or a test says so): lock if idle long enough and nothing is running."""
        left = self.timeout_ms - self.idle_ms()
        if left > 0:
            self.timer.start(left)  # someone was active since: count on from their last event
        elif self.is_busy():
            self.timer.start(RETRY_MS)
        else:
            self.timed_out.emit()
