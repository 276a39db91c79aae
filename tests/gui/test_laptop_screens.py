"""The front desk's screens on the outreach laptop say at once what is done only at the centre:
check-ins (Save stays off) and Safe Suite bookings (the calendar shows availability, nothing can be
booked or changed). Core refuses both there too (tests/sync/test_laptop_checkin.py, test_laptop_suite.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.factories import make_client
from tests.gui import test_suite_screen
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


def test_the_laptops_suite_shows_the_unit_taken_and_changes_nothing(qtbot: QtBot, three: Three) -> None:
    from datetime import date, timedelta

    test_suite_screen.book(three.centre, "Amara", date.today(), date.today() + timedelta(days=2))
    sync(three.centre)
    sync(three.laptop)
    screen = test_suite_screen.make_screen(qtbot, three.laptop)
    nights = test_suite_screen.cell(screen, date.today())[1]
    assert nights is not None and nights.occupied == 1  # the laptop sees the unit is taken
    assert not screen.book_button.isEnabled() and "booked and changed at the centre PC" in screen.message.text()
    screen.stays.selectRow(0)
    buttons = (screen.check_in_button, screen.check_out_button, screen.extend_button, screen.cancel_button)
    assert screen.selected_stay() is not None and not any(b.isEnabled() for b in buttons)
    screen.book(date.today() + timedelta(days=5))  # no booking dialog opens, nothing is booked
    assert three.laptop.conn.execute("SELECT count(*) FROM suite_stays").fetchone()[0] == 1
    screen.grab().save("/tmp/suite-laptop-1000.png")
