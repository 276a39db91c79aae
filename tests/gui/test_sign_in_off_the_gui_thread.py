"""Sign-in keeps the window responsive: Argon2id (at the real cost floor) and the first steps of a
sign-in run on a worker thread; the GUI thread never stops for more than 100 ms."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from pytestqt.qtbot import QtBot

from shop_desktop.core.store import crypto
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.shell.app import AppController
from shop_desktop.gui.shell.signin import SignInWindow
from tests.conftest import COORDINATOR_PASS
from tests.factories import make_client
from tests.gui import alone

MAX_GAP_MS = 100


class Heartbeat:
    """A 5 ms timer on the GUI thread; the largest gap between two ticks is the longest block."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.worked: list[float] = []  # the GUI thread's own CPU time at each tick
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())
        self.worked.append(time.thread_time())

    def start(self) -> None:
        self.ticks, self.worked = [], []
        self._tick()
        self.timer.start()

    def largest_gap_ms(self) -> float:
        self.timer.stop()
        self._tick()
        return max(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)) * 1000

    def most_work_between_ticks_ms(self) -> float:
        """The longest the GUI thread worked without coming back to its event loop, in its own CPU
        time: on a shared machine the wall-clock gap also counts the other processes' turns."""
        return max(b - a for a, b in zip(self.worked, self.worked[1:], strict=False)) * 1000


def real_cost_vault(folder: Path) -> None:
    """The floor a real vault uses (Argon2id 64 MiB, t=3, p=4: about half a second here)."""
    floor = crypto.KdfParams(os.urandom(16), iterations=3, lanes=4, memory_kib=64 * 1024)
    vault, _ = Vault.create(
        folder, centre_name="Test", username="coordinator", display_name="Cora", passphrase=COORDINATOR_PASS, kdf=floor
    )
    make_client(vault, "Rosa")
    vault.lock()


ALONE = alone.is_child(__file__)


@pytest.mark.skipif(ALONE, reason="this is the child")
def test_the_sign_in_heartbeat_in_a_fresh_process() -> None:
    alone.run_alone(
        __file__,
        [
            "test_signing_in_never_blocks_the_window_for_more_than_100_ms",
            "test_from_sign_in_to_the_first_screen_the_window_never_stops_for_more_than_100_ms",
        ],
    )


@pytest.mark.skipif(not ALONE, reason=alone.REASON)
def test_signing_in_never_blocks_the_window_for_more_than_100_ms(qtbot: QtBot, tmp_path: Path) -> None:
    """From pressing Sign in to the session handed over, open on this thread. (Building the main
    window afterwards is the screens' own cost, measured by the bench's sign-in row.)"""
    real_cost_vault(tmp_path / "vault")
    window = SignInWindow(tmp_path / "vault", dialogs=ScriptedDialogs(), pool=QThreadPool.globalInstance())
    qtbot.addWidget(window)
    window.show()
    sessions: list[Vault] = []
    window.signed_in.connect(sessions.append)
    window.ui.userCombo.setCurrentText("coordinator")
    window.ui.passphraseEdit.setText(COORDINATOR_PASS)
    beat = Heartbeat()
    beat.start()
    started = time.perf_counter()
    window.ui.signInButton.click()
    assert window.ui.workingBar.isVisibleTo(window) and not window.ui.signInButton.isEnabled()
    assert window.ui.errorLabel.text() == "Signing in…"
    qtbot.waitUntil(lambda: bool(sessions), timeout=20_000)
    signed_in = time.perf_counter() - started
    gap = beat.largest_gap_ms()
    [session] = sessions
    try:
        assert session.is_open and session.user.username == "coordinator"
        assert session.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 1  # this thread's connection
        assert signed_in > 0.1  # the KDF really ran at its cost (0.17 s unloaded; a test KDF takes ms)
        assert gap < MAX_GAP_MS, f"the GUI thread stopped for {gap:.0f} ms during a {signed_in:.2f} s sign-in"
        assert not window.ui.workingBar.isVisibleTo(window)
    finally:
        session.lock()


@pytest.mark.skipif(not ALONE, reason=alone.REASON)
def test_from_sign_in_to_the_first_screen_the_window_never_stops_for_more_than_100_ms(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Through the app: the sign-in, then the main window and its first screen (check-in: 200-330 ms
    of widgets and the screens' first imports when made in one go) built in turns of the event loop.
    Counted in the GUI thread's CPU time: at load 8 on two cores the wall-clock gaps were 2-3x it."""
    real_cost_vault(tmp_path / "vault")
    controller = AppController(tmp_path / "vault", dialogs=ScriptedDialogs(), pool=QThreadPool.globalInstance())
    window = controller.start()
    window.ui.userCombo.setCurrentText("coordinator")
    window.ui.passphraseEdit.setText(COORDINATOR_PASS)
    beat = Heartbeat()
    beat.start()
    window.ui.signInButton.click()

    def landed() -> bool:
        main = controller.main_window
        return main is not None and getattr(main.screens.get("checkin"), "built", False)

    qtbot.waitUntil(landed, timeout=20_000)
    qtbot.wait(100)  # its first paint, and whatever the sign-in queued after it
    gap = beat.largest_gap_ms()
    worked = beat.most_work_between_ticks_ms()
    main = controller.main_window
    try:
        assert main is not None and main.isVisible()
        screen = main.screens["checkin"]
        assert main.stack.currentWidget() is screen and screen.panel.boxes  # whole: the services are there
        said = f"the GUI thread worked {worked:.0f} ms at a stretch ({gap:.0f} ms of wall clock)"
        assert worked < MAX_GAP_MS, said
        if os.getloadavg()[0] < (os.cpu_count() or 1):  # a quiet machine: the wall clock is what people see
            assert gap < MAX_GAP_MS, said
    finally:
        controller.lock()
        controller.window.close()


def test_through_the_app_the_main_window_opens_on_the_session(qtbot: QtBot, tmp_path: Path) -> None:
    real_cost_vault(tmp_path / "vault")
    controller = AppController(tmp_path / "vault", dialogs=ScriptedDialogs(), pool=QThreadPool.globalInstance())
    window = controller.start()
    window.ui.userCombo.setCurrentText("coordinator")
    window.ui.passphraseEdit.setText(COORDINATOR_PASS)
    window.ui.signInButton.click()
    qtbot.waitUntil(lambda: controller.window is controller.main_window is not None, timeout=20_000)  # shown
    try:
        assert controller.session is not None and controller.session.is_open
        assert controller.main_window.isVisible()
    finally:
        controller.lock()
        controller.window.close()


def test_a_wrong_passphrase_on_the_worker_still_says_so_and_waits(qtbot: QtBot, tmp_path: Path) -> None:
    real_cost_vault(tmp_path / "vault")
    controller = AppController(tmp_path / "vault", dialogs=ScriptedDialogs(), pool=QThreadPool.globalInstance())
    window = controller.start()
    window.ui.userCombo.setCurrentText("coordinator")
    window.ui.passphraseEdit.setText("not the passphrase at all")
    window.ui.signInButton.click()
    qtbot.waitUntil(lambda: "don't match" in window.ui.errorLabel.text(), timeout=20_000)
    assert controller.session is None and window.ui.passphraseEdit.text() == ""
    assert not window.ui.workingBar.isVisibleTo(window) and window.ui.passphraseEdit.isEnabled()
    window.close()
