"""The retention review at a coordinator's sign-in: keyboard only, a client kept back with a reason,
the rest erased with progress, the settings section and the old-backups list (with screenshots)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shop_desktop.core.backup import backup
from shop_desktop.core.records import retention
from shop_desktop.core.sample import centre as demo
from shop_desktop.core.session import Session
from shop_desktop.core.store import audit
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.admin.backup_screen import BackupScreen
from shop_desktop.gui.admin.retention_dialog import RetentionReviewDialog
from shop_desktop.gui.admin.settings_screen import SettingsScreen
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from shop_desktop.gui.shell.app import AppController, configure_application
from tests.conftest import COORDINATOR_PASS, fast_kdf
from tests.gui.test_mnemonics import controls

SHOTS = Path(os.environ.get("SHOP_SCREENSHOTS", "/tmp"))


@pytest.fixture
def demo_vault(vault_dir: Path) -> Iterator[Vault]:
    result = demo.create_demo_vault(
        vault_dir,
        seed=4,
        scale=demo.DemoScale(clients=150, days=20, notes=10, referrals=5, alerts=3),
        shared_passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )
    yield result.vault
    result.vault.lock()


def _services(vault: Vault, dialogs: ScriptedDialogs) -> Services:
    return Services(session=Session(vault), dialogs=dialogs, pool=SynchronousPool(), clipboard=ClipboardGuard())


def _due_by_sql(vault: Vault) -> set[int]:
    """Independent of core: former clients are the demo's, last seen more than seven years ago."""
    cutoff = date.today().replace(year=date.today().year - 7, day=min(date.today().day, 28)).isoformat()
    rows = vault.conn.execute(
        "SELECT c.id FROM clients c WHERE c.status = 'active' AND substr(c.created_at, 1, 10) < ?"
        " AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.client_id = c.id AND v.day >= ?)"
        " AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.client_id = c.id AND n.occurred_at >= ?)",
        (cutoff, cutoff, cutoff),
    )
    return {r[0] for r in rows}


def test_keep_one_back_then_erase_the_rest_by_keyboard(qtbot: QtBot, qapp: QApplication, demo_vault: Vault) -> None:
    configure_application(qapp)  # the real stylesheet, for the screenshot
    vault = demo_vault
    due = _due_by_sql(vault)
    assert len(due) >= 4
    dialogs = ScriptedDialogs(confirms=[True], texts=["Legal hold: court file 26-114"])
    dialog = RetentionReviewDialog(_services(vault, dialogs), retention.review(vault))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(1024, 700)  # (after show: the offscreen screen is 800 wide and would clamp it)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert f"{len(due)} client(s) with no contact since before" in dialog.ui.reasonsLabel.text()
    assert dialog.model.rowCount() == len(due)
    letters = [c[0] for c in controls(dialog)]
    assert len(letters) == len(set(letters)), controls(dialog)

    dialog.ui.clientsTable.setFocus()
    qtbot.keyClick(dialog.ui.clientsTable, Qt.Key.Key_Down)
    kept = dialog.selected()
    assert kept is not None
    # (Alt+letter shortcuts don't fire on the offscreen platform; the mnemonic test checks the letters)
    qtbot.keyClick(dialog.ui.clientsTable, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.keepButton
    qtbot.keyClick(dialog.ui.keepButton, Qt.Key.Key_Space)
    assert ("ask", "Keep this client back") == dialogs.shown[-1][:2]
    assert "kept back (not erased)" in dialog.ui.reasonsLabel.text()
    held_row = vault.conn.execute("SELECT client_id, reason FROM retention_holds").fetchall()
    assert held_row == [(kept.id, "Legal hold: court file 26-114")]
    qapp.processEvents()  # the layout pass after the list changed, as a person would see it
    dialog.grab().save(str(SHOTS / "retention-review-1024x700.png"))

    dialog.ui.eraseButton.setFocus()  # Tab order: table, Keep back, Release hold, Erase now
    qtbot.keyClick(dialog.ui.eraseButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Done" in dialog.ui.statusLabel.text(), timeout=20_000)
    purged = {r[0] for r in vault.conn.execute("SELECT id FROM clients WHERE status = 'purged'")}
    assert purged == due - {kept.id}
    assert f"Done: {len(purged)} records erased." in dialog.ui.statusLabel.text()
    assert vault.conn.execute("SELECT status FROM clients WHERE id = ?", (kept.id,)).fetchone()[0] == "active"
    steps = sorted(dialog.step_ms)
    print(f"erasure steps on the GUI thread: median {steps[len(steps) // 2]:.1f} ms, longest {steps[-1]:.1f} ms")
    # Each step is one client's transaction plus purge_on_request's WAL checkpoint: two or three fsyncs.
    # Measured here (2 shared cores) the median is about 30 ms; the longest is 55-130 ms when the disk is
    # busy, so the budget is checked on the median, with a guard against a step that does far more.
    assert steps[len(steps) // 2] < 50 and steps[-1] < 400, steps
    assert dialog.model.rowCount() == 1  # only the held client is left, with its reason
    assert dialog.model.text_at(0, 3) == "Legal hold: court file 26-114"
    qapp.processEvents()
    dialog.grab().save(str(SHOTS / "retention-review-done-1024x700.png"))


def _turn_until(qapp: QApplication, done: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)


def test_the_review_opens_at_a_coordinator_sign_in_only(qapp: QApplication, demo_vault: Vault, vault_dir: Path) -> None:
    configure_application(qapp)
    dialogs = ScriptedDialogs()
    controller = AppController(vault_dir, dialogs=dialogs, pool=SynchronousPool(), kdf=fast_kdf(), idle_ms=60_000)
    try:
        controller.open_main_window(Session(demo_vault))
        _turn_until(qapp, lambda: getattr(controller, "retention_dialog", None) is not None)
        shown = controller.retention_dialog
        assert shown.isVisible() and shown.isModal()
        controller.lock()  # the idle lock closes it like any dialog
        assert not shown.isVisible()
        front_desk = Vault.open(vault_dir, "frontdesk", COORDINATOR_PASS)
        controller.retention_dialog = None
        controller.open_main_window(Session(front_desk))
        _turn_until(qapp, lambda: False, seconds=0.3)  # the offer comes one turn after the window
        assert controller.retention_dialog is None
    finally:
        if controller.session is not None:
            controller.session.lock()
        if controller.window is not None:
            controller.window.close()


def test_settings_show_the_retention_section(qtbot: QtBot, qapp: QApplication, demo_vault: Vault) -> None:
    configure_application(qapp)
    screen = SettingsScreen(_services(demo_vault, ScriptedDialogs()))
    qtbot.addWidget(screen)
    screen.show()
    screen.resize(1024, 700)
    qtbot.waitExposed(screen)
    assert screen.fields["retention_identity_years"].text() == "7"
    screen.fields["retention_notes_years"].setText("5")
    qtbot.keyClick(screen.fields["retention_notes_years"], Qt.Key.Key_Return)
    assert retention.policy(demo_vault).notes_years == 5
    screen.fields["retention_alert_months"].setText("0")
    screen.save()
    assert "whole number from 1 to 120" in screen.message.text()
    qapp.processEvents()
    screen.grab().save(str(SHOTS / "retention-settings-1024x700.png"))


def test_the_backup_screen_offers_old_backups_by_name_only(
    qtbot: QtBot, qapp: QApplication, demo_vault: Vault, tmp_path: Path
) -> None:
    configure_application(qapp)
    usb = tmp_path / "usb"
    usb.mkdir()
    backup.make_backup(backup.prepare_backup(demo_vault, usb))  # the folder is remembered from here
    year = date.today().year
    old = usb / f"SHOP-backup-demo-{year - 9}-05-02-093000.shopbackup"
    recent = usb / f"SHOP-backup-demo-{year}-01-02-093000.shopbackup"
    for path in (old, recent):
        path.write_bytes(b"never opened")
    dialogs = ScriptedDialogs(confirms=[True])
    screen = BackupScreen(_services(demo_vault, dialogs))
    qtbot.addWidget(screen)
    screen.show()
    screen.resize(1024, 700)
    screen.activateWindow()
    qtbot.waitActive(screen)
    box = screen.old_backups
    assert box.isVisible() and box.files.count() == 1 and old.name in box.files.item(0).text()
    qapp.processEvents()
    screen.grab().save(str(SHOTS / "retention-old-backups-1024x700.png"))
    box.files.setFocus()
    qtbot.keyClick(box.files, Qt.Key.Key_Tab)
    assert screen.focusWidget() is box.delete
    qtbot.keyClick(box.delete, Qt.Key.Key_Space)
    assert dialogs.shown[-1][0] == "confirm" and dialogs.actions[-1] == "Delete"
    assert not old.exists() and recent.exists() and len(list(usb.iterdir())) == 2
    assert "1 old backup deleted." in box.message.text()


def test_stop_halts_the_run_and_the_rest_stay_listed(qtbot: QtBot, demo_vault: Vault) -> None:
    vault = demo_vault
    due = _due_by_sql(vault)
    dialog = RetentionReviewDialog(_services(vault, ScriptedDialogs(confirms=[True])), retention.review(vault))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.ui.eraseButton, Qt.Key.Key_Space)
    assert dialog.ui.cancelButton.isVisible() and dialog.focusWidget() is dialog.ui.cancelButton
    qtbot.waitUntil(lambda: dialog._done >= 2, timeout=10_000)  # one client: its two steps
    qtbot.keyClick(dialog.ui.cancelButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Stopped after" in dialog.ui.statusLabel.text(), timeout=10_000)
    purged = {r[0] for r in vault.conn.execute("SELECT id FROM clients WHERE status = 'purged'")}
    assert 1 <= len(purged) < len(due) and purged <= due
    assert {c.id for c in dialog.review.clients} == due - purged
    assert not dialog.ui.cancelButton.isVisible() and dialog.ui.eraseButton.isEnabled()


def test_the_fresh_copy_is_written_on_a_worker_thread(qtbot: QtBot, demo_vault: Vault) -> None:
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    services = Services(
        session=Session(demo_vault), dialogs=ScriptedDialogs(confirms=[True]), pool=pool, clipboard=ClipboardGuard()
    )
    dialog = RetentionReviewDialog(services, retention.review(demo_vault))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.erase()
    qtbot.waitUntil(lambda: "Done" in dialog.ui.statusLabel.text(), timeout=30_000)
    assert pool.waitForDone(5000)
    assert "rewritten at the next run" not in dialog.ui.statusLabel.text()  # the copy was swapped in
    assert demo_vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    trail = [e.action for e in audit.entries(demo_vault.conn)]
    assert "retention.compacted" in trail and demo_vault.verify_audit().ok
