"""An unexpected error in a slot or a worker: a plain sentence, one data-free log line, silent stderr.

Run in a child process: pytest-qt replaces sys.excepthook inside tests, and stderr must be read
as the person's terminal (or Windows' missing console) would see it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SECRET = "Amar Secret-Alias"

CHILD = textwrap.dedent(
    f"""
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    from shop_desktop.core.errors import InvalidInput
    from shop_desktop.gui.shell.error_hook import ErrorHook
    from shop_desktop.gui.common.workers import Job

    app = QApplication([])
    ErrorHook(lambda message: print("SHOWN|" + message, flush=True)).install()

    def lookup_in_slot():
        return {{}}[{SECRET!r}]  # a KeyError whose message is a client's alias

    button = QPushButton()
    button.clicked.connect(lookup_in_slot)
    button.click()

    def refuse_in_timer():
        raise InvalidInput("The alias is needed.")

    QTimer.singleShot(0, refuse_in_timer)

    def work(report, cancelled):
        raise ValueError({SECRET!r})

    job = Job(work)
    job.signals.failed.connect(lambda message: (print("FAILED|" + message, flush=True), app.quit()))
    QTimer.singleShot(20, lambda: QThreadPool.globalInstance().start(job))
    QTimer.singleShot(10_000, app.quit)
    app.exec()
    """
)


def test_errors_in_slots_and_workers_show_plain_words_log_one_line_and_print_nothing(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    env = {**os.environ, "SHOP_DESKTOP_LOG_DIR": str(logs), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", CHILD], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0
    assert run.stderr == ""
    shown = [line.split("|", 1) for line in run.stdout.splitlines() if "|" in line]
    kinds = [kind for kind, _ in shown]
    assert kinds.count("SHOWN") == 2 and kinds.count("FAILED") == 1
    unexpected = [text for kind, text in shown if text.startswith("Something went wrong")]
    assert len(unexpected) == 2  # the slot's KeyError and the worker's ValueError
    assert all("tell IT" in text and SECRET not in text for text in unexpected)
    assert ("SHOWN", "The alias is needed.") in [tuple(pair) for pair in shown]  # core's own words pass through

    lines = (logs / "shop-desktop.log").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    slot_line, job_line = lines
    assert " gui: builtins.KeyError at <string>:" in slot_line and "in lookup_in_slot" in slot_line
    assert " job: builtins.ValueError at " in job_line and "in work" in job_line
    assert all(SECRET not in line and "Amar" not in line for line in lines)
