"""A canary for the Qt binding: does it keep Python's reference counts straight?

PySide6 6.12.0 dropped a reference to None on every Qt call that returns nothing and one to True
on every Signal.emit; on CPython 3.11 the interpreter then aborts ("none_dealloc") after minutes
of ordinary use. The test suite and `--self-test` (so the frozen build too) run this, so a binding
that leaks fails before it reaches the centre PC.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLineEdit

CALLS = 200_000
ALLOWED_DRIFT = 100  # a few references come and go with Python's own caches


class _Ping(QObject):
    pinged = Signal(bool)


def binding_canary(calls: int = CALLS) -> str:
    """Make `calls` void Qt calls and `calls` emits; raise if None's or True's count drifts."""
    _app = QApplication.instance() or QApplication([])
    line, ping = QLineEdit(), _Ping()
    received = []
    ping.pinged.connect(received.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(calls):
        line.setText("x")
    for _ in range(calls):
        ping.pinged.emit(True)
    none_drift = sys.getrefcount(None) - none_before
    true_drift = sys.getrefcount(True) - true_before - len(received)  # each kept True holds one
    received.clear()
    if abs(none_drift) > ALLOWED_DRIFT or abs(true_drift) > ALLOWED_DRIFT:
        raise RuntimeError(
            f"the Qt binding leaks references: None drifted by {none_drift:,} and True by {true_drift:,} "
            f"over {calls:,} calls each"
        )
    return f"{calls:,} void calls and {calls:,} emits; None drift {none_drift}, True drift {true_drift}"


if __name__ == "__main__":
    print(binding_canary(int(sys.argv[1]) if len(sys.argv) > 1 else CALLS))
