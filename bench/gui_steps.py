"""GUI rows: the real screens offscreen, timed from the action to the painted result, with the
longest stretch the GUI thread could not answer (a 5 ms heartbeat timer's biggest gap)."""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.goals import Outcome, Step
from bench.measure import peak_mb, rss_mb
from bench.vaults import BENCH_PASS, busiest_fiscal_year, heaviest_client, open_vault

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The main window keeps its geometry in QSettings: keep the bench's out of the real profile.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="shop-bench-settings-")

WINDOW_SIZE = (1024, 700)


def application() -> Any:
    from PySide6.QtWidgets import QApplication

    from shop_desktop.gui.shell.app import configure_application

    app = QApplication.instance() or QApplication(["bench"])
    configure_application(app)
    return app


class Heartbeat:
    """A 5 ms timer on the GUI thread: the biggest gap between its ticks is the longest block."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self._last = time.perf_counter()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest


def run_until(done: Callable[[], bool], action: Callable[[], object] | None = None, timeout: float = 300.0) -> float:
    """Start `action` from the event loop and spin the loop until `done()`; returns the seconds taken.
    Everything happens inside the event loop, so the heartbeat sees every block."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    started = time.perf_counter()
    ran = [action is None]

    def act() -> None:
        ran[0] = True
        assert action is not None
        action()

    def check() -> None:
        if (ran[0] and done()) or time.perf_counter() - started > timeout:
            loop.quit()

    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(check)
    if action is not None:
        QTimer.singleShot(0, act)
    poll.start()
    loop.exec()
    poll.stop()
    if not done():
        raise TimeoutError("the screen did not finish in time")
    return time.perf_counter() - started


def settle(seconds: float = 0.5) -> None:
    """Let the event loop run a while (deferred building, timers), as a person reading the screen
    would, so a row times its own action and not what the window was still finishing."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        application().processEvents()
        time.sleep(0.005)


def paint(widget: Any) -> None:
    """Process what is queued and paint now, as the first frame the user sees."""
    application().processEvents()
    widget.repaint()


@contextmanager
def main_window(cache: Path) -> Iterator[Any]:
    """The coordinator's main window on the bench vault (1024x700), closed afterwards."""
    from PySide6.QtCore import QThreadPool

    from shop_desktop.core.session import Session
    from shop_desktop.gui.common.clipboard import ClipboardGuard
    from shop_desktop.gui.common.dialogs import ScriptedDialogs
    from shop_desktop.gui.common.services import Services
    from shop_desktop.gui.shell.main_window import MainWindow

    application()
    vault = open_vault(cache)
    services = Services(
        session=Session(vault), dialogs=ScriptedDialogs(), pool=QThreadPool.globalInstance(), clipboard=ClipboardGuard()
    )
    window = MainWindow(services)
    window.bench_vault = vault  # type: ignore[attr-defined]  # the bench's own reads; screens get only the session
    window.resize(*WINDOW_SIZE)
    window.show()
    paint(window)
    settle()  # the check-in screen builds over a few event-loop turns after the first paint
    try:
        yield window
    finally:
        QThreadPool.globalInstance().waitForDone()
        window.forget_screens()
        window.close()
        window.deleteLater()
        vault.lock()


def _open_section(window: Any, key: str) -> float:
    started = time.perf_counter()
    window.show_section(key)
    paint(window)
    return time.perf_counter() - started


def screen_step(key: str, what: str) -> Callable[[Path, dict[str, int]], Outcome]:
    def step(cache: Path, scale: dict[str, int]) -> Outcome:
        times = []
        for _ in range(3):
            with main_window(cache) as window:
                times.append(_open_section(window, key))
        return {"seconds": statistics.median(times), "note": f"{what}; first paint, fresh window each run"}

    return step


def step_signin(cache: Path, scale: dict[str, int]) -> Outcome:
    """From pressing Sign in to the main window painted, as the coordinator (a clinical sign-in)."""
    from PySide6.QtCore import QThreadPool

    from shop_desktop.gui.common.dialogs import ScriptedDialogs
    from shop_desktop.gui.shell.app import AppController

    application()
    times, blocks = [], []
    for _ in range(3):
        controller = AppController(cache / "vault", dialogs=ScriptedDialogs(), pool=QThreadPool.globalInstance())
        window = controller.start()
        window.ui.userCombo.setCurrentText("coordinator")
        window.ui.passphraseEdit.setText(BENCH_PASS)
        paint(window)
        beat = Heartbeat()
        beat.start()
        shown = run_until(
            lambda c=controller: c.main_window is not None and c.main_window.isVisible(), window.ui.signInButton.click
        )
        paint(controller.main_window)
        times.append(shown)
        blocks.append(beat.stop())
        controller.lock()
        controller.window.close()
    return {
        "seconds": statistics.median(times),
        "blocked_seconds": max(blocks),
        "note": f"GUI thread blocked up to {max(blocks) * 1000:.0f} ms (heartbeat gap)",
    }


def step_history(cache: Path, scale: dict[str, int]) -> Outcome:
    """The heaviest client's history: from choosing them to the painted, sorted, selected table."""
    times, entries = [], 0
    with main_window(cache) as window:
        heaviest = heaviest_client(window.bench_vault)
        screen = window.show_section("history")
        paint(window)
        for _ in range(5):
            screen.clear()
            paint(window)
            started = time.perf_counter()
            screen.show_client(heaviest)
            paint(window)
            times.append(time.perf_counter() - started)
        entries = screen.model.rowCount()
    return {"seconds": statistics.median(times), "note": f"{entries:,} rows; median of 5 with first paint"}


def _choose_period(screen: Any, label: str) -> None:
    for index in range(screen.period.count()):
        if screen.period.itemText(index) == label:
            screen.period.setCurrentIndex(index)
            return
    screen.period.setCurrentIndex(min(1, screen.period.count() - 1))  # the last complete fiscal year


def step_reports(cache: Path, scale: dict[str, int]) -> Outcome:
    """Reports screen: open it, make a fiscal-year report, until its preview is shown."""
    with main_window(cache) as window:
        opened = _open_section(window, "reports")
        screen = window.screens["reports"]
        _choose_period(screen, busiest_fiscal_year(window.bench_vault).label)
        beat = Heartbeat()
        beat.start()
        made = run_until(lambda: screen.job is None and screen.document is not None, screen.make.click)
        paint(window)
        blocked = beat.stop()
        label = screen.chosen_period().label
    return {
        "seconds": made,
        "blocked_seconds": blocked,
        "note": f"{label} to preview; screen opened in {opened * 1000:.0f} ms;"
        f" GUI blocked up to {blocked * 1000:.0f} ms",
    }


def step_backup_screen(cache: Path, scale: dict[str, int]) -> Outcome:
    """Backup screen: open it, then a backup from it to a folder, until it says done."""
    with tempfile.TemporaryDirectory(dir=cache) as out, main_window(cache) as window:
        opened = _open_section(window, "backup")
        screen = window.screens["backup"]
        screen.folder = Path(out)
        beat = Heartbeat()
        beat.start()
        made = run_until(lambda: screen.job is None and any(Path(out).glob("*.shopbackup")), screen.start_backup)
        blocked = beat.stop()
    return {
        "seconds": opened,
        "blocked_seconds": blocked,
        "note": f"screen open; a backup from it took {made:.2f} s, GUI blocked up to {blocked * 1000:.0f} ms",
    }


def step_session_memory(cache: Path, scale: dict[str, int]) -> Outcome:
    """An hour at the centre, compressed: the same actions back to back, on a copy of the vault."""
    from bench import session

    with tempfile.TemporaryDirectory(dir=cache) as scratch:
        work = Path(scratch)
        shutil.copytree(cache / "vault", work / "vault")
        started = time.perf_counter()
        with main_window(work) as window:
            done = session.an_hour_of_work(window, work)
        seconds = time.perf_counter() - started
        left = rss_mb()
    return {
        "seconds": seconds,
        "peak_mb": peak_mb(),
        "note": f"{done}; {left:.0f} MB held at the end",
    }


FAST = ("under 100 ms", {"seconds": 0.1})
STEPS = [
    Step(
        "gui_signin",
        "GUI: sign-in to main window",
        "GUI thread never blocked over 100 ms; under 1.5 s",
        {"blocked_seconds": 0.1, "seconds": 1.5},
        step_signin,
    ),
    Step("gui_checkin", "GUI: check-in screen with today's list", *FAST, screen_step("checkin", "today's list")),
    Step("gui_clients", "GUI: clients registry", *FAST, screen_step("clients", "the registry")),
    Step("gui_history", "GUI: heaviest client's history", *FAST, step_history),
    Step("gui_notes", "GUI: Notes screen", *FAST, screen_step("notes", "drafts and search")),
    Step("gui_referrals", "GUI: Referrals screen", *FAST, screen_step("referrals", "the referral list")),
    Step(
        "gui_reports",
        "GUI: Reports, fiscal-year preview",
        "under 3 s; GUI never blocked over 100 ms",
        {"seconds": 3.0, "blocked_seconds": 0.1},
        step_reports,
    ),
    Step(
        "gui_backup",
        "GUI: Backup screen (and a backup from it)",
        "opens under 100 ms; GUI never blocked over 100 ms",
        {"seconds": 0.1, "blocked_seconds": 0.1},
        step_backup_screen,
    ),
    Step(
        "gui_session_memory",
        "GUI: an hour's work, peak memory",
        "under 250 MB",
        {"peak_mb": 250.0},
        step_session_memory,
    ),
]
