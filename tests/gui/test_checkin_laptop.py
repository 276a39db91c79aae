"""The check-in screen on the outreach laptop says at once that check-ins are saved at the centre,
and its Save stays off (core refuses one there too: tests/sync/test_laptop_checkin.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.factories import make_client
from tests.gui.test_checkin import make_screen
from tests.sync.three import Three, make_three, sync


@pytest.fixture
def three(tmp_path: Path) -> Iterator[Three]:
    made = make_three(tmp_path)
    yield made
    made.close()


def test_the_laptop_says_check_ins_are_saved_at_the_centre_and_saves_none(qtbot: QtBot, three: Three) -> None:
    make_client(three.centre, "Wren")
    sync(three.centre)
    sync(three.laptop)
    before = three.laptop.conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    screen = make_screen(qtbot, three.laptop)
    qtbot.mouseClick(screen.anonymous_button, Qt.MouseButton.LeftButton)
    assert not screen.save_button.isEnabled()
    assert "saved at the centre PC" in screen.message.text() and "Outreach" in screen.message.text()
    qtbot.keyClick(screen, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    screen.save()  # even called directly, nothing is saved
    assert three.laptop.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == before
    screen.grab().save("/tmp/checkin-laptop-1024.png")


def test_the_centres_check_in_screen_saves_as_before(qtbot: QtBot, three: Three) -> None:
    screen = make_screen(qtbot, three.centre)
    qtbot.mouseClick(screen.anonymous_button, Qt.MouseButton.LeftButton)
    assert screen.save_button.isEnabled() and "saved at the centre PC" not in screen.message.text()
