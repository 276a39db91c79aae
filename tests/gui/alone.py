"""Tests measured in a process nothing else ran in first: the heartbeats, and the window count.

Inside the whole suite, what earlier tests leave behind (a thousand tests' objects, dozens of hidden
windows whose children each modal dialog's WindowBlocked event visits) stops the GUI thread on its
own: sign-in 224-260 ms in the suite against 12-41 ms alone; Add a device's progress dialog 67 ms
in the suite's first 828 tests (138 top-level widgets, 206,000 objects) against 1-2 ms alone.
A second try is allowed: on a machine loaded many times over, the system may not run the GUI thread
for 100 ms whatever the app does, while work left on the GUI thread blocks it every time (a count
of windows gets one try: it is the same every time).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FLAG = "SHOP_DESKTOP_ALONE"
REASON = "measured in a process of its own (tests/gui/alone.py)"


def is_child(test_file: str) -> bool:
    """True in the fresh process run_alone started for this test file."""
    return os.environ.get(FLAG) == Path(test_file).name


def run_alone(test_file: str, names: list[str], *, tries: int = 2) -> None:
    """Run these tests of `test_file` in a fresh pytest process; raise with its output unless all pass."""
    said = ""
    for _ in range(tries):
        child = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *(f"{test_file}::{n}" for n in names)],
            cwd=Path(__file__).resolve().parents[2],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", FLAG: Path(test_file).name},
            capture_output=True,
            text=True,
            timeout=600,
        )
        said += child.stdout[-3000:] + child.stderr[-1000:]
        if child.returncode == 0 and f"{len(names)} passed" in child.stdout:
            return
    raise AssertionError(said)
