"""The Audit screen checks the trail on a worker: progress, Cancel, the verdict in words, and the
GUI thread never stopped for more than 100 ms while thousands of signatures are checked."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from pytestqt.qtbot import QtBot

from shop_desktop.core.session import Session
from shop_desktop.core.store import audit
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.admin.audit_screen import AuditScreen
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from tests.gui import alone

MAX_GAP_MS = 100
ENTRIES = 12_000  # a first check of these (every signature) takes about a second here


def make_screen(qtbot: QtBot, vault: Vault, pool: object) -> AuditScreen:
    services = Services(
        session=Session(vault),
        dialogs=ScriptedDialogs(),
        pool=pool,
        clipboard=ClipboardGuard(),
        refresh_status=lambda: None,
    )
    screen = AuditScreen(services)
    qtbot.addWidget(screen)
    return screen


def add_entries(vault: Vault, count: int) -> None:
    with vault.transaction() as conn:
        for n in range(count):
            audit.append(
                conn,
                actor_id=vault.user.id,
                sign_private=vault.secrets.sign_private,
                action="client.viewed",
                subject_type="client",
                subject_id=n + 1,
            )


def checkpoints(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM audit_checkpoints").fetchone()[0])


def test_a_check_says_intact_and_a_changed_entry_is_named(qtbot: QtBot, vault: Vault) -> None:
    add_entries(vault, 20)
    screen = make_screen(qtbot, vault, SynchronousPool())
    total = audit.head(vault.conn)[0]
    screen.verify_button.click()
    assert f"Intact: {total} entries checked" in screen.result.text()
    assert checkpoints(vault) == 1 and screen.verify_button.isEnabled() and not screen.progress.isVisible()
    vault.conn.execute("DROP TRIGGER audit_append_only_update")  # an insider with raw SQL
    vault.conn.execute("UPDATE audit SET detail = '{\"client_id\":99}' WHERE id = 5")
    screen.verify_button.click()
    assert "Entry 5 is not as it was written" in screen.result.text()


def test_cancel_stops_the_check_and_signs_nothing(qtbot: QtBot, vault: Vault) -> None:
    add_entries(vault, 25_000)  # several progress ticks: Cancel lands between two of them
    screen = make_screen(qtbot, vault, QThreadPool.globalInstance())
    screen.show()
    screen.verify_button.click()
    showing = screen.cancel.isVisible() and screen.progress.isVisible() and not screen.verify_button.isEnabled()
    screen.cancel.click()
    qtbot.waitUntil(lambda: screen.job is None, timeout=60_000)
    assert showing and "cancelled" in screen.result.text() and checkpoints(vault) == 0
    assert screen.verify_button.isEnabled() and not screen.cancel.isVisible()


ALONE = alone.is_child(__file__)


@pytest.mark.skipif(ALONE, reason="this is the child")
def test_the_check_heartbeat_in_a_fresh_process() -> None:
    alone.run_alone(__file__, ["test_checking_never_blocks_the_window_for_more_than_100_ms"])


@pytest.mark.skipif(not ALONE, reason=alone.REASON)
def test_checking_never_blocks_the_window_for_more_than_100_ms(qtbot: QtBot, vault: Vault) -> None:
    add_entries(vault, ENTRIES)
    screen = make_screen(qtbot, vault, QThreadPool.globalInstance())
    screen.show()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    started = time.perf_counter()
    ticks.append(started)
    timer.start()
    screen.verify_button.click()
    qtbot.waitUntil(lambda: screen.job is None, timeout=120_000)
    timer.stop()
    took = time.perf_counter() - started
    gap = max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) * 1000
    assert "Intact" in screen.result.text(), screen.result.text()
    assert took > 3 * MAX_GAP_MS / 1000, f"the check took only {took:.2f} s: too short to show anything"
    assert gap < MAX_GAP_MS, f"the GUI thread stopped for {gap:.0f} ms during a {took:.1f} s check"
