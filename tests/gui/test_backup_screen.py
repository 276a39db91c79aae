"""The Backup screen: one click to back up, verify and restore with every error in plain words."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from shop_desktop.core.backup import backup
from shop_desktop.core.session import Session
from shop_desktop.core.store import audit
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.admin.backup_screen import BackupScreen
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from shop_desktop.gui.shell.app import AppController
from shop_desktop.gui.shell.signin import SignInWindow
from tests.conftest import COORDINATOR_PASS
from tests.factories import make_client, make_visit


def make_screen(qtbot: QtBot, vault: Vault, dialogs: ScriptedDialogs) -> tuple[BackupScreen, list[int]]:
    refreshed: list[int] = []
    services = Services(
        session=Session(vault),
        dialogs=dialogs,
        pool=SynchronousPool(),
        clipboard=ClipboardGuard(),
        refresh_status=lambda: refreshed.append(1),
    )
    screen = BackupScreen(services)
    qtbot.addWidget(screen)
    return screen, refreshed


def test_first_backup_asks_for_a_folder_then_one_click_is_enough(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    make_visit(vault, make_client(vault, "Jade"))
    usb = tmp_path / "usb"
    usb.mkdir()
    dialogs = ScriptedDialogs(paths=[usb])
    screen, refreshed = make_screen(qtbot, vault, dialogs)
    assert "No backup yet" in screen.last.text()
    screen.start_backup()
    [made] = list(usb.iterdir())
    assert backup.file_fingerprint(made) in screen.result.text()
    assert "Last backup: today" in screen.last.text() and refreshed == [1]
    screen.start_backup()  # the folder is remembered: no second question
    assert len(list(usb.iterdir())) == 2 and [s[0] for s in dialogs.shown] == ["folder"]


def test_verify_reports_each_problem_in_plain_words(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.make_backup(backup.prepare_backup(vault, usb))
    damaged = tmp_path / "damaged.shopbackup"
    data = bytearray(made.path.read_bytes())
    data[-100] ^= 0x40
    damaged.write_bytes(bytes(data))
    other = tmp_path / "photo.shopbackup"
    other.write_bytes(b"\x89PNG\r\n\x1a\n")
    dialogs = ScriptedDialogs(paths=[made.path, damaged, other])
    screen, _ = make_screen(qtbot, vault, dialogs)
    screen.ask_credentials = lambda: ("coordinator", "not the passphrase at all", False)  # type: ignore[method-assign]
    screen.open_file(restoring=False)
    assert "don't open this backup" in screen.result.text()
    screen.ask_credentials = lambda: ("coordinator", COORDINATOR_PASS, False)  # type: ignore[method-assign]
    screen.open_file(restoring=False)
    assert "damaged or incomplete" in screen.result.text()
    screen.open_file(restoring=False)
    assert "not a SHOP Desktop backup" in screen.result.text()
    assert [kind for kind, *_ in dialogs.shown].count("warn") == 0  # each problem said once, on the screen
    dialogs.paths = [made.path]
    screen.open_file(restoring=False)
    assert "Every check passed" in screen.result.text() and made.fingerprint in screen.result.text()
    assert "backup.verified" in {e.action for e in audit.entries(vault.conn)}


def test_restore_here_signs_out_and_keeps_the_old_vault(
    qtbot: QtBot, controller: AppController, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.make_backup(backup.prepare_backup(vault, usb))
    make_client(vault, "Registered after the backup")
    window = controller.open_main_window(Session(vault))
    screen = window.show_section("backup")
    assert isinstance(screen, BackupScreen)
    controller.dialogs.paths = [made.path]  # type: ignore[attr-defined]
    screen.ask_credentials = lambda: ("coordinator", COORDINATOR_PASS, False)  # type: ignore[method-assign]
    screen.ask_restore_choice = lambda header: "here"  # type: ignore[method-assign]
    screen.open_file(restoring=True)
    assert isinstance(controller.window, SignInWindow)
    assert "Backup restored" in controller.window.ui.errorLabel.text()
    [kept] = [p for p in vault_dir.iterdir() if p.name.startswith("before-restore-")]
    again = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        assert again.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 0
    finally:
        again.lock()
    old = Vault.open(kept, "coordinator", COORDINATOR_PASS)
    try:
        assert old.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 1
        assert "backup.restore_started" in {e.action for e in audit.entries(old.conn)}
    finally:
        old.lock()


def test_cancelling_a_restore_choice_changes_nothing(
    qtbot: QtBot, vault: Vault, tmp_path: Path, vault_dir: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.make_backup(backup.prepare_backup(vault, usb))
    screen, _ = make_screen(qtbot, vault, ScriptedDialogs(paths=[made.path]))
    screen.ask_credentials = lambda: ("coordinator", COORDINATOR_PASS, False)  # type: ignore[method-assign]
    screen.ask_restore_choice = lambda header: ""  # type: ignore[method-assign]
    screen.open_file(restoring=True)
    assert vault.is_unlocked and not any(p.name.startswith("before-restore") for p in vault_dir.iterdir())


def test_a_backup_running_when_the_screen_goes_away_still_finishes(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    from PySide6.QtCore import QThreadPool

    usb = tmp_path / "usb"
    usb.mkdir()
    pool = QThreadPool()
    services = Services(
        session=Session(vault), dialogs=ScriptedDialogs(paths=[usb]), pool=pool, clipboard=ClipboardGuard()
    )
    screen = BackupScreen(services)
    qtbot.addWidget(screen)
    screen.start_backup()
    screen.clear()  # the app locks while the backup runs
    screen.deleteLater()
    assert pool.waitForDone(30_000)
    qtbot.wait(50)  # queued signals are delivered (to no one)
    [made] = list(usb.iterdir())
    assert made.suffix == ".shopbackup"


def test_lock_clears_text_a_person_copied_with_ctrl_c(qtbot: QtBot) -> None:
    from PySide6.QtGui import QGuiApplication

    guard = ClipboardGuard()  # the app's, made at start-up
    QGuiApplication.clipboard().setText("she disclosed an assault")  # what Ctrl+C in a note viewer does
    guard.clear()  # what locking does
    assert QGuiApplication.clipboard().text() == ""


def test_restoring_a_device_that_syncs_says_to_choose_the_sync_folder_again(
    qtbot: QtBot, controller: AppController, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    from shop_desktop.core.sync import syncing

    shared = tmp_path / "sync"
    shared.mkdir()
    syncing.set_folder(vault, shared)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.make_backup(backup.prepare_backup(vault, usb))
    window = controller.open_main_window(Session(vault))
    screen = window.show_section("backup")
    assert isinstance(screen, BackupScreen)
    controller.dialogs.paths = [made.path]  # type: ignore[attr-defined]
    screen.ask_credentials = lambda: ("coordinator", COORDINATOR_PASS, False)  # type: ignore[method-assign]
    screen.ask_restore_choice = lambda header: "here"  # type: ignore[method-assign]
    screen.open_file(restoring=True)
    assert isinstance(controller.window, SignInWindow)
    said = controller.window.ui.errorLabel.text()
    assert "Backup restored" in said and "choose the sync folder again under Sync" in said
    again = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        assert syncing.folder(again) is None
    finally:
        again.lock()
