"""The outreach shift form: Tab order top to bottom, filled from the keyboard, corrected, voided."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from shop_desktop.core.desk import outreach
from shop_desktop.core.desk.outreach import ShiftRecord
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from shop_desktop.gui.frontdesk.outreach_screen import OutreachScreen, WhoYouMetDialog
from tests.factories import service_id

TODAY = date.today()


def make_screen(qtbot: QtBot, vault: Vault, dialogs: ScriptedDialogs | None = None) -> OutreachScreen:
    services = Services(
        session=Session(vault), dialogs=dialogs or ScriptedDialogs(), pool=SynchronousPool(), clipboard=ClipboardGuard()
    )
    screen = OutreachScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1000, 680)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.day.hasFocus(), timeout=2000)
    return screen


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_tab_goes_top_to_bottom(qtbot: QtBot, vault: Vault) -> None:
    screen = make_screen(qtbot, vault)
    seen = []
    for _ in range(screen.chain.index(screen.table)):  # up to the list of past shifts
        seen.append(focused())
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    expected = [w for w in screen.chain if w is not screen.online][: len(seen)]  # one Tab stop per radio group
    assert seen == expected
    assert seen[:3] == [screen.day, screen.starts, screen.ends]  # no Tab stop inside a date or a time
    assert seen[seen.index(screen.area) + 1] is screen.contacts  # Add…/Remove are clicked, not tabbed through
    assert seen.index(screen.contacts) < seen.index(next(iter(screen.supplies.values()))) < seen.index(screen.remark)


def test_a_shift_typed_from_the_keyboard_is_saved(qtbot: QtBot, vault: Vault) -> None:
    screen = make_screen(qtbot, vault)
    condoms = service_id(vault, "Condoms")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "2030")  # start 20:30
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "0115")  # end 01:15, past midnight
    assert screen.length.text() == "4 h 45 min (past midnight)"
    screen.area.setCurrentIndex(screen.area.findText("Motel strip"))
    screen.contacts.setFocus()
    screen.contacts.selectAll()
    qtbot.keyClicks(screen.contacts, "14")
    screen.supplies[condoms].selectAll()
    qtbot.keyClicks(screen.supplies[condoms], "40")
    screen.referrals.selectAll()
    qtbot.keyClicks(screen.referrals, "2")
    qtbot.keyClicks(screen.remark, "Rain, fewer people out")
    qtbot.keyClick(screen.remark, Qt.Key.Key_Return)
    shifts = outreach.recent_shifts(vault)
    assert len(shifts) == 1 and "saved" in screen.message.text()
    record = shifts[0].record
    assert (record.day, record.starts, record.ends, record.contacts) == (TODAY, time(20, 30), time(1, 15), 14)
    assert (shifts[0].area_name, record.supplies, record.referrals) == ("Motel strip", {condoms: 40}, 2)
    assert screen.model.rowCount() == 1 and screen.contacts.value() == 0  # a fresh form for the next shift
    assert screen.area.currentText() == "Motel strip" and screen.starts.time().hour() == 20  # the last place


def test_online_lists_platforms_and_who_you_met_is_saved(qtbot: QtBot, vault: Vault) -> None:
    screen = make_screen(qtbot, vault)
    screen.online.setChecked(True)
    platforms = [screen.area.itemText(i) for i in range(screen.area.count())]
    assert "Dating apps" in platforms and "Motel strip" not in platforms
    screen.contacts.setValue(6)
    dialog = WhoYouMetDialog(6, {"gender": {"woman": 2}}, screen)
    qtbot.addWidget(dialog)
    dialog.spins["gender"]["trans_woman"].setValue(3)
    dialog.spins["age_band"]["25_34"].setValue(4)
    screen.set_demographics(dialog.counts())
    assert "5 gender identity" in screen.who_label.text()
    screen.save()
    saved = outreach.recent_shifts(vault)[0]
    assert saved.area_kind == "online"
    assert saved.record.demographics == {"gender": {"woman": 2, "trans_woman": 3}, "age_band": {"25_34": 4}}


def test_a_refused_shift_says_why_and_keeps_the_form(qtbot: QtBot, vault: Vault) -> None:
    screen = make_screen(qtbot, vault)
    screen.ends.setTime(screen.starts.time())
    screen.contacts.setValue(9)
    screen.save()
    assert "ends at the time it starts" in screen.message.text() and screen.message.property("error")
    assert outreach.recent_shifts(vault) == [] and screen.contacts.value() == 9


def test_areas_can_be_added_and_removed(qtbot: QtBot, vault: Vault) -> None:
    dialogs = ScriptedDialogs(texts=["Bus loop"], confirms=[True])
    screen = make_screen(qtbot, vault, dialogs)
    screen.add_area_button.click()
    assert screen.area.currentText() == "Bus loop"
    assert ("ask", "Add to the list", "Name of the street area") in dialogs.shown
    screen.retire_area_button.click()
    assert "Bus loop" not in [a.name for a in outreach.list_areas(vault)]
    assert screen.area.findText("Bus loop") == -1


def test_a_past_shift_can_be_corrected_and_voided(qtbot: QtBot, vault: Vault) -> None:
    area_id = next(a.id for a in outreach.list_areas(vault) if a.name == "Harbour front")
    shift_id = outreach.log_shift(vault, ShiftRecord(TODAY - timedelta(days=2), time(19, 0), time(23, 0), area_id, 8))
    dialogs = ScriptedDialogs(confirms=[True])
    screen = make_screen(qtbot, vault, dialogs)
    screen.table.selectRow(0)
    screen.edit_button.click()
    assert screen.editing == shift_id and screen.area.currentText() == "Harbour front"
    assert screen.day.date() == QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-2)
    screen.contacts.setValue(11)
    screen.save_button.click()
    assert outreach.get_shift(vault, shift_id).record.contacts == 11 and screen.editing is None
    screen.table.selectRow(0)
    screen.void_button.click()
    assert outreach.recent_shifts(vault) == [] and screen.model.rowCount() == 0
    assert dialogs.shown[-1][0] == "confirm" and "no longer count" in dialogs.shown[-1][2]


def test_lock_clears_the_screen(qtbot: QtBot, vault: Vault) -> None:
    screen = make_screen(qtbot, vault)
    screen.remark.setText("something")
    screen.clear()
    assert screen.remark.text() == "" and screen.model.rowCount() == 0
