"""Qt's Python types, made while the sign-in window waits for a passphrase.

PySide6 makes a Qt class's Python type (and its enums) the first time Python meets the class: the
main window's first show met dozens of them through the app's event filters, 90 ms of the GUI
thread in one turn (25-35 ms once they were made), and the check-in screen's first turns more.
Here they are made a few milliseconds a turn, on the GUI thread: Shiboken's lazy making runs
Python code, so a worker thread making them could let the GUI thread meet a half-made type.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from types import ModuleType

from PySide6.QtCore import QObject, QTimer

SLICE_S = 0.006  # the longest one turn works (one class took 16 ms in a fresh process)


def _qt_classes() -> Iterator[tuple[ModuleType, str]]:
    from PySide6 import QtCore, QtGui, QtSvg, QtWidgets

    for module in (QtCore, QtGui, QtWidgets, QtSvg):
        for name in dir(module):
            if name.startswith("Q"):
                yield module, name


def warm_in_turns(owner: QObject) -> None:
    """Make the types over turns of the event loop; stops when owner is destroyed (a second call
    finds the made ones at once)."""
    pending = _qt_classes()

    def turn() -> None:
        until = time.perf_counter() + SLICE_S
        for module, name in pending:
            getattr(module, name)
            if time.perf_counter() > until:
                QTimer.singleShot(1, owner, turn)
                return

    QTimer.singleShot(1, owner, turn)
