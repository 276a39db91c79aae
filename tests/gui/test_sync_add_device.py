"""Add a device runs its heavy half (the copy, VACUUM and sealing) on a worker, with progress and
Cancel, while the window keeps painting: the number is recorded on the GUI thread, the file made on
the pool, the session's connection taken back on the GUI thread.

Real vault, real thread pool, real widgets offscreen; the heartbeat is a QTimer on the GUI thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from shop_desktop.core.roles import Role
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import devices, enrollment
from shop_desktop.gui.admin.sync_runner import AddingDialog
from shop_desktop.gui.admin.sync_screen import AddDeviceDialog, SyncScreen
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import Job
from tests.conftest import PASSPHRASES, add_member
from tests.factories import make_client
from tests.gui import alone

SHOTS = Path("/tmp")


def _screen(qtbot: QtBot, vault: Vault, dialogs: ScriptedDialogs, pool: object) -> SyncScreen:
    services = Services(session=Session(vault), dialogs=dialogs, pool=pool, clipboard=ClipboardGuard())
    screen = SyncScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    screen.show()
    return screen


def _pick(name: str) -> Callable[[QDialog], bool]:
    def choose(dialog: QDialog) -> bool:
        assert isinstance(dialog, AddDeviceDialog)
        dialog.name.setText("Outreach laptop")
        found = [i for i in range(dialog.joiner.count()) if f"({name})" in dialog.joiner.itemText(i)]
        assert found, [dialog.joiner.itemText(i) for i in range(dialog.joiner.count())]
        dialog.joiner.setCurrentIndex(found[0])
        dialog.ui.buttons.accepted.emit()
        return dialog.result() == QDialog.DialogCode.Accepted

    return choose


@pytest.fixture
def busy_centre(vault: Vault) -> Vault:
    add_member(vault, Role.OUTREACH)
    for n in range(400):
        make_client(vault, f"Client number {n}", remark=f"Remark {n} typed at the desk " * 4)
    return vault


ALONE = alone.is_child(__file__)


@pytest.mark.skipif(ALONE, reason="this is the child")
def test_the_add_device_heartbeat_in_a_fresh_process() -> None:
    alone.run_alone(__file__, ["test_the_heavy_half_runs_on_a_worker_and_the_window_keeps_painting"])


@pytest.mark.skipif(not ALONE, reason=alone.REASON)
def test_the_heavy_half_runs_on_a_worker_and_the_window_keeps_painting(
    qtbot: QtBot, busy_centre: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    pool = QThreadPool()
    dialogs = ScriptedDialogs(paths=[stick])
    dialogs.dialog_scripts.append(_pick("outreach"))
    screen = _screen(qtbot, busy_centre, dialogs, pool)
    threads: list[str] = []
    real = enrollment.make_enrollment

    def watched(*args: object) -> Path:
        threads.append(threading.current_thread().name)
        window.append(time.perf_counter())
        try:
            return real(*args)  # type: ignore[arg-type]
        finally:
            window.append(time.perf_counter())

    beats: list[float] = []
    window: list[float] = []  # when the worker began and ended making the file
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start(10)
    monkeypatch.setattr(enrollment, "make_enrollment", watched)
    try:
        screen.ui.add_device.click()  # returns when the modal dialog has ended
    finally:
        heartbeat.stop()
    pool.waitForDone(10_000)
    assert threads and threads[0] != threading.main_thread().name  # the copy, VACUUM and seal: a worker's
    # the loop ran throughout the worker's part: a beat within 0.1 s of its start and of its end
    assert beats and beats[0] - window[0] < 0.1 and window[1] - beats[-1] < 0.1, (beats[0], beats[-1], window)
    # while the file is made (the seconds of copying, VACUUM and sealing) the window keeps painting;
    # the GUI thread's own parts (recording the number, taking the connection back) are tens of ms
    during = [b for b in beats if window[0] <= b <= window[1]]
    gaps = [b - a for a, b in zip(during, during[1:], strict=False)]
    assert len(during) > 20 and max(gaps) < 0.1, (max(gaps), window[1] - window[0])
    [saved] = list(stick.iterdir())
    assert "sign in as" in screen.result.text() and "(outreach)" in screen.result.text()
    QApplication.processEvents()  # the layout makes room for the two lines
    screen.grab().save(str(SHOTS / "sync-add-device-screen-after.png"))
    joined = enrollment.join(saved, tmp_path / "laptop", "outreach", PASSPHRASES[Role.OUTREACH])
    assert (joined / "shop.db").exists() or any(joined.iterdir())
    assert Session(busy_centre).clients.search("Client number 7")  # the session has its connection back


def test_cancel_leaves_no_file_and_gives_the_number_back(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    add_member(vault, Role.OUTREACH)
    stick = tmp_path / "stick"
    stick.mkdir()
    held: list[Job] = []

    class HeldPool:
        def start(self, job: Job) -> None:
            held.append(job)

        def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 (Qt's name)
            return True

    def cancel_then_run(dialog: QDialog) -> bool:
        assert isinstance(dialog, AddingDialog) and held
        dialog.show()  # as the person sees it while the file is made
        held[0].signals.progress.emit(0.4, "Leaving out what this device doesn't carry…")
        QApplication.processEvents()
        screen.grab().save(str(SHOTS / "sync-add-device-screen-during.png"))
        dialog.grab().save(str(SHOTS / "sync-add-device-dialog-during.png"))
        assert dialog.ui.progress.value() == 400 and "Leaving out" in dialog.ui.words.text()
        dialog.cancel()  # Cancel pressed while the job waits to start
        held.pop().run()
        QApplication.processEvents()
        return True

    dialogs = ScriptedDialogs(paths=[stick])
    dialogs.dialog_scripts += [_pick("outreach"), cancel_then_run]
    screen = _screen(qtbot, vault, dialogs, HeldPool())
    screen.ui.add_device.click()
    assert "stopped" in screen.result.text() and "No enrollment file" in screen.result.text()
    assert list(stick.iterdir()) == []
    assert [d.number for d in devices.listing(vault)] == [0]
    made = devices.add(vault, "Outreach laptop", "outreach", stick, "outreach")
    assert made.name == "shop-device-1.shopenroll"  # the number was given back


def test_whoever_will_join_is_listed_and_required(qtbot: QtBot, vault: Vault) -> None:
    add_member(vault, Role.OUTREACH)
    dialog = AddDeviceDialog(None, Session(vault).staff.list_staff(include_disabled=False))
    qtbot.addWidget(dialog)
    assert any("(outreach)" in dialog.joiner.itemText(i) for i in range(dialog.joiner.count()))
    dialog.joiner.clear()
    dialog.name.setText("Outreach laptop")
    dialog.ui.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted and "who will join" in dialog.error.text()
