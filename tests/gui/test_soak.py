"""The day-of-use soak (soak_day_of_use.py) in a fresh process of its own.

Memory growth is only the app's own in a process nothing else ran in first (other tests leave
timers, windows and captured messages behind), and "the process stays up" is then literal: a
leaking Qt binding aborts the child (exit -6), which fails this test with the child's last words.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def test_a_day_of_use_in_a_fresh_process() -> None:
    child = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", str(HERE / "soak_day_of_use.py")],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=1800,
    )
    said = child.stdout[-4000:] + child.stderr[-2000:]
    assert child.returncode == 0, said
    assert "4 passed" in child.stdout, said
    for soak in ("5,000 search keystrokes", "200 check-ins", "four backups", "every section 50 times"):
        assert f"{soak}: heap" in child.stdout, said
