"""The Sync section: choose the folder, Sync now (a job with progress and Cancel), devices and their
last bundle, Add a device, the review list with Settled; the status bar's "Synced 10:42".

Real vaults: a centre PC and an office PC enrolled from it (a real enrollment file, joined as the
wizard does), one sync folder between them; the screens are real widgets offscreen.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from shop_desktop.core.roles import Role
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import devices, enrollment, syncing
from shop_desktop.core.sync.profiles import PROFILES
from shop_desktop.gui.admin.sync_runner import SyncDialog
from shop_desktop.gui.admin.sync_screen import AddDeviceDialog, SyncScreen
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dates import show_time
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import Job, SynchronousPool
from shop_desktop.gui.shell.app import AppController
from tests.conftest import COORDINATOR_PASS, add_member, sign_in_as
from tests.factories import make_client


class HeldPool:
    """Keeps each job until the test runs it: the screen can be looked at while a sync is under way."""

    def __init__(self) -> None:
        self.jobs: list[Job] = []

    def start(self, job: Job) -> None:
        self.jobs.append(job)

    def run_all(self) -> None:
        while self.jobs:
            self.jobs.pop(0).run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 (Qt's name)
        self.run_all()
        return True


def screen_for(qtbot: QtBot, vault: Vault, dialogs: ScriptedDialogs, pool: object = None) -> SyncScreen:
    services = Services(
        session=Session(vault), dialogs=dialogs, pool=pool or SynchronousPool(), clipboard=ClipboardGuard()
    )
    screen = SyncScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    screen.show()
    return screen


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "usb-stick"
    made.mkdir()
    return made


@pytest.fixture
def office(vault: Vault, tmp_path: Path, folder: Path) -> Iterator[Vault]:
    """An office PC joined from the centre's enrollment file, syncing through the same folder."""
    syncing.set_folder(vault, folder)
    made = devices.add(vault, "Office PC", "office", tmp_path, "coordinator")
    enrollment.join(made, tmp_path / "office", "coordinator", COORDINATOR_PASS)
    opened = Vault.open(tmp_path / "office", "coordinator", COORDINATOR_PASS)
    syncing.set_folder(opened, folder)
    yield opened
    opened.lock()


def test_the_first_sync_now_asks_for_the_folder_then_syncs(qtbot: QtBot, vault: Vault, folder: Path) -> None:
    dialogs = ScriptedDialogs(paths=[folder])
    screen = screen_for(qtbot, vault, dialogs)
    assert screen.folder_label.text() == "No folder chosen yet"
    assert screen.last.text() == ""  # a PC that doesn't sync says nothing about syncing
    began = datetime.now()
    screen.sync_now.click()
    assert [kind for kind, *_ in dialogs.shown] == ["folder"]
    assert screen.folder_label.text() == str(folder)
    assert screen.result.text().startswith("Synced. Applied"), screen.result.text()
    assert screen.last.text() in synced_words(began)


def test_a_client_registered_at_the_centre_reaches_the_office(
    qtbot: QtBot, vault: Vault, office: Vault, folder: Path
) -> None:
    make_client(vault, "Marisol")
    centre_screen = screen_for(qtbot, vault, ScriptedDialogs())
    centre_screen.sync_now.click()
    assert any(p.suffix == ".shopsync" for p in folder.iterdir())
    office_screen = screen_for(qtbot, office, ScriptedDialogs())
    assert "None yet" in _column(office_screen, "Last bundle")
    office_screen.sync_now.click()
    assert "Applied from other devices: 1." in office_screen.result.text(), office_screen.result.text()
    assert [m.alias for m in Session(office).clients.search("Marisol")] == ["Marisol"]
    names = _column(office_screen, "Device")
    last = _column(office_screen, "Last bundle")
    assert last[names.index("Centre PC")] != "None yet"


def _column(screen: SyncScreen, header: str) -> list[str]:
    model = screen.devices_model
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(header)
    return [model.text_at(row, column) for row in range(model.rowCount())]


def synced_words(began: datetime) -> set[str]:
    """What the status says for a sync between `began` and now (the minute may turn meanwhile)."""
    return {f"Synced {show_time(moment)}" for moment in (began, datetime.now())}


def test_sync_shows_progress_and_cancel_stops_it(qtbot: QtBot, vault: Vault, office: Vault) -> None:
    make_client(vault, "Ana")
    pool = HeldPool()
    dialogs = ScriptedDialogs()
    seen: list[str] = []

    def press_cancel(dialog: QDialog) -> bool:
        assert isinstance(dialog, SyncDialog) and dialog.isModal()
        seen.append(dialog.ui.words.text())
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        seen.append(dialog.ui.words.text())
        pool.run_all()  # the job sees the cancel at its first check
        return True

    dialogs.dialog_scripts.append(press_cancel)
    screen = screen_for(qtbot, vault, dialogs, pool)
    screen.sync_now.click()
    assert seen == ["Starting…", "Stopping after the bundle being applied…"]
    assert "Sync stopped" in screen.result.text(), screen.result.text()
    dialogs.dialog_scripts.append(lambda _dialog: (pool.run_all(), True)[1])
    screen.sync_now.click()  # the next sync carries on
    assert screen.result.text().startswith("Synced. Applied"), screen.result.text()
    assert Session(vault).clients.search("Ana")  # the session has its connection back


def test_locking_during_a_sync_stops_it_first(qtbot: QtBot, vault: Vault, office: Vault) -> None:
    """Ctrl+L while the dialog is up: the sync is stopped and waited for, and finish() runs before the
    lock, so the next sign-in never opens the vault while the worker still writes it."""
    pool = HeldPool()
    dialogs = ScriptedDialogs()
    ended: list[bool] = []

    def lock_now(dialog: QDialog) -> bool:
        assert isinstance(dialog, SyncDialog)
        dialog.close_for_lock()
        ended.append(dialog.ended.is_set() and dialog.was_cancelled)
        return False

    dialogs.dialog_scripts.append(lock_now)
    screen = screen_for(qtbot, vault, dialogs, pool)
    screen.sync_now.click()
    assert ended == [True] and pool.jobs == []
    assert "Sync stopped" in screen.result.text()


def test_the_front_desk_may_sync_but_sees_no_devices_or_review(qtbot: QtBot, vault: Vault, folder: Path) -> None:
    add_member(vault, Role.FRONT_DESK)
    syncing.set_folder(vault, folder)
    vault.lock()  # one person at a time on this PC
    desk = sign_in_as(vault.folder, Role.FRONT_DESK)
    screen = screen_for(qtbot, desk, ScriptedDialogs())
    assert screen.sync_now.isVisible() and screen.choose.isVisible()  # this device's folder is anyone's to choose
    assert not screen.ui.devicesBox.isVisible() and not screen.ui.reviewBox.isVisible()
    screen.sync_now.click()
    assert screen.result.text().startswith("Synced. Applied"), screen.result.text()
    desk.lock()


def test_choosing_no_folder_changes_nothing(qtbot: QtBot, vault: Vault) -> None:
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault.folder, Role.FRONT_DESK)
    dialogs = ScriptedDialogs(paths=[None])  # the folder dialog, cancelled
    screen = screen_for(qtbot, desk, dialogs)
    screen.sync_now.click()
    assert [kind for kind, *_ in dialogs.shown] == ["folder"]  # no sync dialog: nothing started
    assert screen.folder_label.text() == "No folder chosen yet" and screen.last.text() == ""
    desk.lock()


def test_add_a_device_saves_its_enrollment_file_and_lists_it(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    dialogs = ScriptedDialogs(paths=[stick])

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, AddDeviceDialog)
        assert dialog.profile_key() == "outreach"  # the usual one, chosen for them
        assert dialog.ui.description.text() == PROFILES["outreach"].description
        assert dialog.profile.findData("centre") == -1  # there is one centre PC: the first vault
        dialog.name.setText("Outreach laptop")
        dialog.ui.buttons.accepted.emit()
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.dialog_scripts.append(fill)
    screen = screen_for(qtbot, vault, dialogs)
    screen.ui.add_device.click()
    [saved] = list(stick.iterdir())
    assert str(saved) in screen.result.text() and "Join from an enrollment file" in screen.result.text()
    assert enrollment.describe(saved)["name"] == "Outreach laptop"
    assert "Outreach laptop" in _column(screen, "Device")


def test_a_device_needs_a_name(qtbot: QtBot) -> None:
    dialog = AddDeviceDialog()
    qtbot.addWidget(dialog)
    dialog.ui.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted and "name" in dialog.error.text()


def test_a_clash_is_listed_for_review_and_settled(qtbot: QtBot, vault: Vault, office: Vault) -> None:
    client = make_client(vault, "Jade")
    _exchange(vault)
    _exchange(office)
    Session(vault).clients.update_client(client.id, _details(vault, client.id, "Jade R"))
    Session(office).clients.update_client(client.id, _details(office, client.id, "Jade S"))
    _exchange(office)
    screen = screen_for(qtbot, vault, ScriptedDialogs())
    screen.sync_now.click()
    assert screen.review_model.rowCount() == 1, screen.result.text()
    assert "Jade" in screen.review_model.text_at(0, 2) + screen.review_model.text_at(0, 3)
    screen.ui.review.selectRow(0)
    screen.ui.settled.click()
    assert screen.result.text().startswith("Settled:")
    assert screen.review_model.rowCount() == 0 and "Nothing to review" in screen.ui.reviewNote.text()


def _details(vault: Vault, client_id: int, alias: str) -> object:
    from dataclasses import replace

    current = Session(vault).clients.get_client(client_id)
    return replace(current.details, alias=alias)


def _exchange(vault: Vault) -> None:
    session = Session(vault)
    result = syncing.run(session.syncing.prepare(), lambda *_: None, lambda: False)
    session.syncing.finish(result)


def test_the_status_bar_says_when_this_pc_last_synced(
    qtbot: QtBot, controller: AppController, vault: Vault, folder: Path
) -> None:
    window = controller.open_main_window(Session(vault))
    assert not window.sync_label.isVisible()  # no folder: this PC doesn't sync
    syncing.set_folder(vault, folder)
    window.refresh_sync_status()
    assert window.sync_label.text() == "Not synced yet"
    screen = window.show_section("sync")
    assert isinstance(screen, SyncScreen)
    began = datetime.now()
    screen.sync_now.click()
    assert window.sync_label.text() in synced_words(began) and window.sync_label.isVisibleTo(window)


def test_signing_in_and_out_syncs_when_a_folder_is_set(
    qtbot: QtBot, controller: AppController, vault: Vault, office: Vault, folder: Path
) -> None:
    make_client(vault, "Rosa")
    window = controller.open_main_window(Session(vault))
    qtbot.waitUntil(lambda: any(p.suffix == ".shopsync" for p in folder.iterdir()), timeout=10_000)
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Synced"), timeout=10_000)
    before = {p.name for p in folder.iterdir()}
    make_client(vault, "Luz")
    window.switch_user_requested.emit()  # signing out: a last sync, then the sign-in window
    assert {p.name for p in folder.iterdir()} - before, "no bundle written at sign-out"


def test_the_front_desk_sees_sync_only_once_this_pc_syncs(
    qtbot: QtBot, controller: AppController, vault: Vault, folder: Path
) -> None:
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    window = controller.open_main_window(Session(sign_in_as(vault.folder, Role.FRONT_DESK)))
    assert "sync" not in window.section_keys()  # a centre PC that doesn't sync shows the desk nothing new
    controller.lock()
    coordinator = sign_in_as(vault.folder, Role.COORDINATOR)
    assert "sync" in controller.open_main_window(Session(coordinator)).section_keys()
    syncing.set_folder(coordinator, folder)
    controller.lock()
    window = controller.open_main_window(Session(sign_in_as(vault.folder, Role.FRONT_DESK)))
    assert "sync" in window.section_keys()


def test_the_outcome_says_what_an_applied_bundle_had_left_out(qapp: object) -> None:
    """A laptop's bundle that tried to change the device list is applied without that part: the
    person who pressed Sync now is told, not only the run's result object."""
    from shop_desktop.core.sync.syncing import SyncResult
    from shop_desktop.gui.admin.sync_runner import result_words

    notice = "The device list in bundle 3 from the Outreach laptop was left out: only a coordinator may change it."
    words = result_words(SyncResult(applied=["b3"], notices=[notice]))
    assert words.startswith("Synced. Applied from other devices: 1.")
    assert notice in words.splitlines()
