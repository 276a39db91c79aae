"""The installed Qt binding keeps Python's reference counts: 200,000 void calls and emits, process alive.

Run in a child process, because a leaking binding does not fail politely: CPython 3.11 aborts with
"Fatal Python error: none_dealloc" (PySide6 6.12.0 did, after about 10,000 calls).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_two_hundred_thousand_void_calls_and_emits_leave_reference_counts_steady() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "shop_desktop.gui.shell.canary", "200000"],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]  # -6 (SIGABRT) is the leak killing the interpreter
    found = re.search(r"None drift (-?\d+), True drift (-?\d+)", run.stdout)
    assert found, run.stdout
    assert abs(int(found.group(1))) <= 100 and abs(int(found.group(2))) <= 100
