"""The idle lock on a clock the test moves: activity counts from the last event, and long work
running on the pool postpones the lock until it ends."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QThreadPool
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.workers import Job, jobs_running, wired_job
from shop_desktop.gui.shell.app import AppController
from shop_desktop.gui.shell.idle import RETRY_MS, IdleLock
from shop_desktop.gui.shell.signin import SignInWindow
from tests.conftest import fast_kdf


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _key() -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)


def test_the_lock_comes_after_the_idle_time_counted_from_the_last_key(qapp: QApplication) -> None:
    clock, fired = Clock(), []
    idle = IdleLock(60_000, clock=clock)
    idle.timed_out.connect(lambda: fired.append(clock.now))
    idle.start(qapp)
    try:
        clock.advance(50)
        idle.eventFilter(qapp, _key())  # someone pressed a key 50 s in
        clock.advance(50)
        idle.check()  # 100 s after the start, but only 50 s after the key
        assert fired == [] and 9_000 <= idle.timer.remainingTime() <= 10_600  # Qt rounds coarse timers by 5%
        clock.advance(10)
        idle.check()
        assert fired == [1110.0]
    finally:
        idle.stop(qapp)


def test_busy_work_postpones_the_lock_until_it_ends(qapp: QApplication) -> None:
    clock, fired, busy = Clock(), [], [True]
    idle = IdleLock(60_000, is_busy=lambda: busy[0], clock=clock)
    idle.timed_out.connect(lambda: fired.append(clock.now))
    idle.start(qapp)
    try:
        clock.advance(3600)
        idle.check()
        assert fired == [] and idle.timer.remainingTime() <= RETRY_MS * 1.06
        busy[0] = False
        idle.check()
        assert fired == [4600.0]
    finally:
        idle.stop(qapp)


def test_a_long_job_on_the_pool_keeps_the_app_from_locking(
    qtbot: QtBot, qapp: QApplication, vault: Vault, vault_dir: Path
) -> None:
    """The controller's idle lock is wired to the jobs: a backup half-way must not be cut off."""
    clock, pool = Clock(), QThreadPool()
    controller = AppController(vault_dir, dialogs=ScriptedDialogs(), pool=pool, kdf=fast_kdf(), clock=clock)
    controller.open_main_window(Session(vault))
    # a clinical sign-in starts the re-seal job, which first counts what waits (nothing here) and ends
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=5000)
    release, started = threading.Event(), threading.Event()

    def work(report: object, cancelled: object) -> str:
        started.set()
        release.wait(10)
        return "done"

    ended: list[str] = []
    job: Job = wired_job(work, finished=ended.append, failed=ended.append, cancelled=lambda: None)
    pool.start(job)
    try:
        assert started.wait(5) and jobs_running() == 1
        assert controller.idle is not None
        clock.advance(controller.idle_minutes * 60 + 1)
        controller.idle.check()
        assert controller.main_window is not None  # still signed in while the job works
        release.set()
        qtbot.waitUntil(lambda: ended == ["done"] and jobs_running() == 0, timeout=5000)
        controller.idle.check()
        assert controller.main_window is None and isinstance(controller.window, SignInWindow)
        assert not vault.is_open
    finally:
        release.set()
        pool.waitForDone(5000)
        if controller.window is not None:
            controller.window.close()
