"""A day at the front desk, compressed: long enough to find what short tests can't.

Each test drives the real screens of the main window for thousands of steps and checks that the
process stays up and that memory stops growing once warmed up: Python's heap (tracemalloc) and the
process's resident size at the end of the second half are within 10% of where that half started.
Run by test_soak.py in a fresh process. The first soak of a 6.12.0 binding on CPython 3.11
aborted after about 400 search keystrokes.
"""

from __future__ import annotations

import gc
import os
import random
import sys
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shop_desktop.core.backup import backup
from shop_desktop.core.desk import visits
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.admin.backup_screen import BackupScreen
from shop_desktop.gui.frontdesk.checkin_screen import CheckInScreen
from shop_desktop.gui.shell.app import AppController
from shop_desktop.gui.shell.main_window import MainWindow
from tests.conftest import COORDINATOR_PASS, fast_kdf
from tests.factories import make_client

# pytest-qt keeps every Qt warning of a test in memory ("propagateSizeHints" at each window shown
# offscreen): that list would grow with the soak, so these tests don't capture Qt's messages.
pytestmark = pytest.mark.no_qt_log

GROWTH = 1.10
ALIASES = ["Amar", "Sofía", "Destiny", "Marisol", "Jade", "Nour", "Candice", "Lily", "Ayasha", "Chantal"]


def _rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class MemoryWatch:
    """Heap and resident size at the start and the end of the second half of a soak."""

    def __init__(self) -> None:
        self.marks: list[tuple[int, int]] = []

    def mark(self) -> None:
        gc.collect()
        QApplication.processEvents()
        self.marks.append((tracemalloc.get_traced_memory()[0], _rss() if sys.platform == "linux" else 0))

    def assert_flat(self, what: str) -> None:
        (heap_start, rss_start), (heap_end, rss_end) = self.marks[-2], self.marks[-1]
        print(f"{what}: heap {heap_start:,} -> {heap_end:,} B, rss {rss_start:,} -> {rss_end:,} B")
        assert heap_end <= heap_start * GROWTH + 256 * 1024, f"{what}: Python's heap kept growing"
        assert rss_end <= rss_start * GROWTH, f"{what}: the process kept growing"


@pytest.fixture
def memory() -> Iterator[MemoryWatch]:
    tracemalloc.start()
    yield MemoryWatch()
    tracemalloc.stop()


@pytest.fixture
def codes() -> list[str]:
    return []


@pytest.fixture
def centre(vault_dir: Path, codes: list[str]) -> Iterator[Vault]:
    vault, _ = Vault.create(
        vault_dir,
        centre_name="Soak Drop-in",
        username="coordinator",
        display_name="Cora Ordinator",
        passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )
    for number in range(300):
        codes.append(make_client(vault, f"{ALIASES[number % len(ALIASES)]} {number}").code)
    yield vault


def _main_window(controller: AppController, vault: Vault, qtbot: QtBot) -> MainWindow:
    controller.idle_ms = 3_600_000  # a slow machine must not idle-lock half-way through a soak
    window = controller.open_main_window(Session(vault))
    window.resize(1024, 700)
    qtbot.waitExposed(window)
    return window


def _in_halves(total: int, step: Callable[[int], None], memory: MemoryWatch) -> None:
    for index in range(total // 2):
        step(index)
    memory.mark()
    for index in range(total // 2, total):
        step(index)
    memory.mark()


def test_five_thousand_search_keystrokes_on_check_in(
    qtbot: QtBot, controller: AppController, centre: Vault, memory: MemoryWatch
) -> None:
    screen = _main_window(controller, centre, qtbot).show_section("checkin")
    assert isinstance(screen, CheckInScreen)
    rng = random.Random(11)
    words = [alias.lower()[:4] for alias in ALIASES]

    def keystroke(index: int) -> None:
        if index % 6 == 5:
            qtbot.keyClick(screen.search, Qt.Key.Key_Backspace)
            screen.search.clear() if index % 30 == 29 else None
        else:
            qtbot.keyClick(screen.search, rng.choice(words)[index % 4])

    _in_halves(5_000, keystroke, memory)
    memory.assert_flat("5,000 search keystrokes")
    qtbot.keyClicks(screen.search, "amar")
    assert screen.results.count() > 0  # still answering after all that


def test_two_hundred_check_ins_through_the_screen(
    qtbot: QtBot, controller: AppController, centre: Vault, codes: list[str], memory: MemoryWatch
) -> None:
    screen = _main_window(controller, centre, qtbot).show_section("checkin")
    assert isinstance(screen, CheckInScreen)

    def check_in(index: int) -> None:
        screen.search.clear()
        qtbot.keyClicks(screen.search, codes[index].lower())  # a code is one person: 200 different visitors
        qtbot.keyClick(screen.search, Qt.Key.Key_Return)
        qtbot.keyClick(screen.panel, "m")  # a meal
        qtbot.keyClick(screen.panel, Qt.Key.Key_Return)

    _in_halves(200, check_in, memory)
    memory.assert_flat("200 check-ins")
    assert len(visits.visits_on(centre)) == 200
    assert screen.today_model.rowCount() == 200


def test_backup_of_two_thousand_chunks_sends_about_a_hundred_progress_signals(
    qtbot: QtBot,
    controller: AppController,
    centre: Vault,
    tmp_path: Path,
    memory: MemoryWatch,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(backup, "CHUNK_SIZE", 128)  # a small vault, many chunks: the format stores each length
    usb = tmp_path / "usb"
    usb.mkdir()
    controller.dialogs.paths = [usb]  # type: ignore[attr-defined]
    screen = _main_window(controller, centre, qtbot).show_section("backup")
    assert isinstance(screen, BackupScreen)
    seen: list[float] = []
    original = screen._progress
    monkeypatch.setattr(screen, "_progress", lambda fraction, words: (seen.append(fraction), original(fraction, words)))

    def back_up(index: int) -> None:
        seen.clear()
        screen.start_backup()
        assert len(seen) <= 110, f"{len(seen)} progress signals for one backup"

    _in_halves(4, back_up, memory)
    memory.assert_flat("four backups")
    made = sorted(usb.glob("*.shopbackup"))
    assert len(made) == 4
    chunks = backup.read_header(made[-1])[0].chunks
    assert chunks >= 2_000 and seen[-1] == pytest.approx(1.0)


def test_every_section_opened_fifty_times(
    qtbot: QtBot, controller: AppController, centre: Vault, memory: MemoryWatch
) -> None:
    window = _main_window(controller, centre, qtbot)
    keys = window.section_keys()
    assert len(keys) >= 12  # a coordinator sees nearly every section

    def round_of_sections(index: int) -> None:
        for key in keys:
            window.show_section(key)
            QApplication.processEvents()

    _in_halves(50, round_of_sections, memory)
    memory.assert_flat("every section 50 times")
