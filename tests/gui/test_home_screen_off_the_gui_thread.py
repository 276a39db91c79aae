"""The home screen's supply check (a supply never counted adds up every hand-out since its stock
began: seconds on a 20-year vault) runs on a worker; "Checking supplies…" shows meanwhile and the
GUI thread never works more than 100 ms at a stretch (its own CPU time: see the sign-in test)."""

from __future__ import annotations

import time
from datetime import date, timedelta

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from shop_desktop.core.safety import stock
from shop_desktop.core.session import Session, load_actions
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.shell.home_screen import HomeScreen
from tests.factories import service_id
from tests.gui.test_sign_in_off_the_gui_thread import MAX_GAP_MS, Heartbeat

HANDED_OUT = 15_000  # visits, one swab each, since the stock began 80 days ago and was never counted
DELIVERED = 20_000


def a_busy_quarter(vault: Vault) -> int:
    """A supply delivered once, never counted since, handed out at thousands of visits (written with
    raw SQL: check_in() one visit at a time would take minutes here)."""
    swabs = service_id(vault, "Swabs")
    began = date.today() - timedelta(days=80)
    stock.record_delivery(vault, swabs, DELIVERED, day=began)
    stock.set_reorder_level(vault, swabs, DELIVERED - HANDED_OUT + 1)
    staff = vault.conn.execute("SELECT id FROM staff ORDER BY id LIMIT 1").fetchone()[0]
    days = [(began + timedelta(days=1 + n % 79)).isoformat() for n in range(HANDED_OUT)]
    vault.conn.execute("BEGIN")
    vault.conn.executemany(
        "INSERT INTO visits (id, at, day, staff_id, created_at) VALUES (?, ?, ?, ?, ?)",
        ((10_000 + n, f"{day}T10:00", day, staff, f"{day}T10:00") for n, day in enumerate(days)),
    )
    vault.conn.executemany(
        "INSERT INTO visit_services (visit_id, service_id, quantity) VALUES (?, ?, 1)",
        ((10_000 + n, swabs) for n in range(HANDED_OUT)),
    )
    vault.conn.execute("COMMIT")
    return swabs


def texts(screen: HomeScreen) -> list[str]:
    return [label.text() for label in screen.findChildren(QLabel) if label.isVisibleTo(screen)]


def test_the_supply_check_runs_on_a_worker_and_the_window_keeps_answering(qtbot: QtBot, vault: Vault) -> None:
    a_busy_quarter(vault)
    expected = f"Stock: Swabs: {DELIVERED - HANDED_OUT} on hand, at or below the reorder level of"
    started = time.perf_counter()
    assert any(w.text.startswith(expected[7:]) for w in stock.stock_warnings(vault))  # the data says so
    inline_ms = (time.perf_counter() - started) * 1000  # what the GUI thread used to spend on it
    pool = QThreadPool()
    services = Services(session=Session(vault), dialogs=ScriptedDialogs(), pool=pool, clipboard=ClipboardGuard())
    load_actions()  # as the sign-in's worker does (app.load_screens_code): not the screen's cost
    made: list[HomeScreen] = []
    beat = Heartbeat()
    beat.start()
    QTimer.singleShot(20, lambda: made.append(HomeScreen(services, [])))  # inside the loop the heartbeat watches
    qtbot.waitUntil(lambda: bool(made), timeout=5000)
    screen = made[0]
    qtbot.addWidget(screen)
    screen.show()
    assert "Checking supplies…" in texts(screen)  # meanwhile, in words
    assert not any(t.startswith(expected) for t in texts(screen))
    qtbot.waitUntil(lambda: any(t.startswith(expected) for t in texts(screen)), timeout=60_000)
    gap, worked = beat.largest_gap_ms(), beat.most_work_between_ticks_ms()
    assert "Checking supplies…" not in texts(screen)
    pool.waitForDone()
    assert worked < MAX_GAP_MS, (
        f"the GUI thread worked {worked:.0f} ms at a stretch ({gap:.0f} ms of wall clock; the check: {inline_ms:.0f})"
    )


def test_locking_while_the_check_runs_leaves_nothing_to_show(qtbot: QtBot, vault: Vault) -> None:
    a_busy_quarter(vault)
    pool = QThreadPool()
    services = Services(session=Session(vault), dialogs=ScriptedDialogs(), pool=pool, clipboard=ClipboardGuard())
    screen = HomeScreen(services, [])
    qtbot.addWidget(screen)
    screen.clear()  # what the main window does to every screen on lock
    pool.waitForDone()
    qtbot.wait(50)  # a late result would arrive now
    assert not any(t.startswith("Stock:") for t in texts(screen))


def test_the_stock_screen_counts_the_shelf_on_a_worker_too(qtbot: QtBot, vault: Vault) -> None:
    from shop_desktop.gui.safety.stock_screen import StockScreen

    a_busy_quarter(vault)
    load_actions()
    pool = QThreadPool()
    services = Services(session=Session(vault), dialogs=ScriptedDialogs(), pool=pool, clipboard=ClipboardGuard())
    screen = StockScreen(services)
    qtbot.addWidget(screen)
    beat = Heartbeat()
    beat.start()
    screen.show()  # showing it counts the shelf
    assert screen.ui.warningsLabel.text() == "Checking the shelf…"
    expected = f"Swabs: {DELIVERED - HANDED_OUT} on hand, at or below the reorder level of"
    qtbot.waitUntil(lambda: screen.ui.warningsLabel.text().startswith(expected), timeout=60_000)
    beat.largest_gap_ms()  # (stops the heartbeat)
    worked = beat.most_work_between_ticks_ms()
    pool.waitForDone()
    swabs = next(row for row in screen.supplies.rows if row.name == "Swabs")
    assert swabs.on_hand == DELIVERED - HANDED_OUT and screen.ui.supplyCombo.findText("Swabs") >= 0
    assert worked < MAX_GAP_MS
