"""The Safe Suite screen: the month calendar, the keyboard, the booking dialog and the stay actions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from shop_desktop.core import settings
from shop_desktop.core.desk import suite
from shop_desktop.core.desk.suite import StayRequest
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from shop_desktop.gui.frontdesk import suite_screen
from shop_desktop.gui.frontdesk.suite_dialog import BookingDialog, qdate
from shop_desktop.gui.frontdesk.suite_screen import SuiteScreen, first_shown
from tests.factories import make_client

TODAY = date.today()


def make_screen(qtbot: QtBot, vault: Vault, dialogs: ScriptedDialogs | None = None) -> SuiteScreen:
    services = Services(
        session=Session(vault), dialogs=dialogs or ScriptedDialogs(), pool=SynchronousPool(), clipboard=ClipboardGuard()
    )
    screen = SuiteScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    return screen


def book(vault: Vault, alias: str, first: date, last: date, unit: int = 1) -> suite.Stay:
    return suite.book_stay(vault, StayRequest(make_client(vault, alias).id, first, last, unit))


def cell(screen: SuiteScreen, day: date) -> tuple[date, suite.DayOccupancy | None, str]:
    index = screen.month_model.index_of(day)
    return (
        index.data(suite_screen.DAY_ROLE),
        index.data(suite_screen.NIGHTS_ROLE),
        index.data(Qt.ItemDataRole.AccessibleTextRole),
    )


def test_the_month_shows_who_holds_the_suite_each_night(qtbot: QtBot, vault: Vault) -> None:
    stay = book(vault, "Amara", TODAY, TODAY + timedelta(days=2))
    screen = make_screen(qtbot, vault)
    day, nights, words = cell(screen, TODAY)
    assert day == TODAY and nights is not None and nights.stay_in(1) == stay
    assert stay.client_code in words and "Amara" not in words  # the calendar shows the code only
    assert cell(screen, TODAY + timedelta(days=2))[1].occupied == 0  # type: ignore[union-attr]  # leaving day
    assert [s.id for s in screen.stay_model.rows] == [stay.id]
    assert screen.month_model.rowCount() == 6 and screen.month_model.columnCount() == 7
    assert screen.month_model.day_at(screen.month_model.index(0, 0)) == first_shown(TODAY.year, TODAY.month)
    assert "1 of" in screen.summary.text() or "2 of" in screen.summary.text()
    screen.grab()  # paints every cell without error


def test_page_keys_change_the_month_and_home_comes_back(qtbot: QtBot, vault: Vault) -> None:
    screen = make_screen(qtbot, vault)
    screen.calendar.setFocus()
    start = (screen.year, screen.month)
    qtbot.keyClick(screen.calendar, Qt.Key.Key_PageDown)
    assert (screen.year * 12 + screen.month) == start[0] * 12 + start[1] + 1
    qtbot.keyClick(screen.calendar, Qt.Key.Key_PageUp)
    qtbot.keyClick(screen.calendar, Qt.Key.Key_PageUp)
    assert (screen.year * 12 + screen.month) == start[0] * 12 + start[1] - 1
    qtbot.keyClick(screen.calendar, Qt.Key.Key_Home)
    assert (screen.year, screen.month) == start and screen.current_day() == TODAY
    qtbot.keyClick(screen.calendar, Qt.Key.Key_Right)
    assert screen.current_day() == TODAY + timedelta(days=1)


def test_months_ahead_and_behind_show_their_stays(qtbot: QtBot, vault: Vault) -> None:
    later = TODAY.replace(day=1) + timedelta(days=40)
    ahead = book(vault, "Kateri", later, later + timedelta(days=3))
    screen = make_screen(qtbot, vault)
    screen.step_month(1)
    if (later.year, later.month) != (screen.year, screen.month):
        screen.step_month(1)
    assert ahead.id in [s.id for s in screen.stay_model.rows]
    screen.step_month(-6)
    assert screen.stay_model.rows == [] and screen.empty.isVisibleTo(screen)


def test_enter_on_a_free_day_books_from_that_day(qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    client = make_client(vault, "Amara")
    seen: list[date] = []

    def answer(dialog: BookingDialog) -> bool:
        seen.append(dialog.arrival.date().toPython())  # type: ignore[arg-type]
        qtbot.keyClicks(dialog.search, "amar")
        dialog.accept()  # Enter: picks the first client found
        assert dialog.client_id == client.id and dialog.stay is None
        dialog.departure.setDate(qdate(seen[0] + timedelta(days=3)))
        dialog.accept()  # Enter again: books
        return dialog.stay is not None

    screen = make_screen(qtbot, vault)
    screen.services.dialogs.dialog_scripts.append(answer)  # type: ignore[attr-defined,arg-type]
    screen.calendar.setFocus()
    qtbot.keyClick(screen.calendar, Qt.Key.Key_Right)
    qtbot.keyClick(screen.calendar, Qt.Key.Key_Return)
    assert seen == [TODAY + timedelta(days=1)]
    stay = screen.selected_stay()
    assert stay is not None and (stay.arrival, stay.nights, stay.client_id) == (seen[0], 3, client.id)
    assert "Booked unit 1" in screen.message.text()


def test_the_dialog_refuses_a_taken_night_and_names_the_stay(qtbot: QtBot, vault: Vault) -> None:
    taken = book(vault, "Amara", TODAY + timedelta(days=5), TODAY + timedelta(days=8))
    other = make_client(vault, "Kateri")
    dialog = BookingDialog(Session(vault), TODAY + timedelta(days=7))
    qtbot.addWidget(dialog)
    dialog.choose_client(other.id, "Kateri")
    assert dialog.staff.currentData() == vault.user.id and not dialog.unit.isEnabled()
    dialog.remark.setText("Arriving after 9 pm")
    dialog.accept()
    assert dialog.stay is None and taken.client_code in dialog.message.text()  # type: ignore[operator]
    dialog.arrival.setDate(qdate(TODAY + timedelta(days=8)))  # same-day turnover
    assert dialog.departure.date() == QDate(qdate(TODAY + timedelta(days=9)))
    assert dialog.nights.text() == "1 night"
    dialog.accept()
    assert dialog.stay is not None and dialog.stay.remark == "Arriving after 9 pm"


def test_several_units_each_get_a_lane(qtbot: QtBot, vault: Vault) -> None:
    settings.put(vault, "suite_units", "3")
    first = book(vault, "Amara", TODAY, TODAY + timedelta(days=2), unit=1)
    third = book(vault, "Kateri", TODAY, TODAY + timedelta(days=2), unit=3)
    screen = make_screen(qtbot, vault)
    nights = cell(screen, TODAY)[1]
    assert nights is not None and (nights.units, nights.stay_in(1), nights.stay_in(2), nights.stay_in(3)) == (
        3,
        first,
        None,
        third,
    )
    assert "units" in screen.summary.text()
    dialog = BookingDialog(Session(vault), TODAY)
    qtbot.addWidget(dialog)
    assert dialog.unit.isEnabled() and dialog.unit.maximum() == 3
    screen.grab()


def test_check_in_extend_end_early_and_check_out(qtbot: QtBot, vault: Vault) -> None:
    stay = book(vault, "Amara", TODAY, TODAY + timedelta(days=3))
    screen = make_screen(qtbot, vault)
    screen.select_stay_on(TODAY)
    assert screen.check_in_button.isEnabled() and not screen.check_out_button.isEnabled()
    screen.check_in_button.click()
    assert suite.get_stay(vault, stay.id).status == suite.CHECKED_IN and "checked in" in screen.message.text()
    assert screen.check_out_button.isEnabled() and not screen.cancel_button.isEnabled()
    screen.extend_selected(TODAY + timedelta(days=5))
    assert suite.get_stay(vault, stay.id).departure == TODAY + timedelta(days=5)
    screen.end_early_selected(TODAY + timedelta(days=4))
    assert suite.get_stay(vault, stay.id).departure == TODAY + timedelta(days=4)
    screen.check_out_button.click()
    assert suite.get_stay(vault, stay.id).status == suite.CHECKED_OUT
    assert not any(b.isEnabled() for b in (screen.check_in_button, screen.extend_button, screen.cancel_button))


def test_extending_into_another_stay_shows_the_refusal(qtbot: QtBot, vault: Vault) -> None:
    stay = book(vault, "Amara", TODAY + timedelta(days=1), TODAY + timedelta(days=3))
    nxt = book(vault, "Kateri", TODAY + timedelta(days=3), TODAY + timedelta(days=6))
    screen = make_screen(qtbot, vault)
    screen._select_row(stay.id)
    screen.extend_selected(TODAY + timedelta(days=4))
    assert nxt.client_code in screen.message.text() and screen.message.property("error")  # type: ignore[operator]
    assert suite.get_stay(vault, stay.id).departure == TODAY + timedelta(days=3)


def test_cancel_asks_first(qtbot: QtBot, vault: Vault) -> None:
    stay = book(vault, "Amara", TODAY + timedelta(days=1), TODAY + timedelta(days=3))
    dialogs = ScriptedDialogs(confirms=[False, True])
    screen = make_screen(qtbot, vault, dialogs)
    screen._select_row(stay.id)
    screen.cancel_button.click()
    assert suite.get_stay(vault, stay.id).status == suite.BOOKED
    screen._select_row(stay.id)
    screen.cancel_button.click()
    assert suite.get_stay(vault, stay.id).status == suite.CANCELLED
    assert [kind for kind, _, _ in dialogs.shown] == ["confirm", "confirm"]
    assert screen.stay_model.rows == []  # a cancelled stay leaves the calendar


def test_lock_clears_the_screen(qtbot: QtBot, vault: Vault) -> None:
    book(vault, "Amara", TODAY, TODAY + timedelta(days=2))
    screen = make_screen(qtbot, vault)
    screen.clear()
    assert screen.stay_model.rows == [] and screen.month_model.nights == {}
