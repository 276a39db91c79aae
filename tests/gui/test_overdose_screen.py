"""Overdose responses on screen: entered by keyboard only as a front-desk responder, and a draft
that survives the idle lock and is offered back at the next sign-in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from shop_desktop.core.roles import Role
from shop_desktop.core.safety import overdose
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from shop_desktop.gui.safety.overdose_dialog import OverdoseDialog
from shop_desktop.gui.safety.overdose_screen import OverdoseScreen
from shop_desktop.gui.shell.app import AppController
from tests.conftest import add_member, sign_in_as


def _services(vault: Vault, dialogs: ScriptedDialogs) -> Services:
    return Services(session=Session(vault), dialogs=dialogs, pool=SynchronousPool(), clipboard=ClipboardGuard())


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _keys(qtbot: QtBot, *steps: str | Qt.Key) -> None:
    """Each step goes to whatever has focus, as a person types: text, Tab, Space."""
    for step in steps:
        if isinstance(step, str):
            for char in step:
                qtbot.keyClick(_focused(), char)
        else:
            qtbot.keyClick(_focused(), step)


TAB, SPACE = Qt.Key.Key_Tab, Qt.Key.Key_Space


def test_a_front_desk_responder_enters_and_signs_a_response_by_keyboard_only(
    qtbot: QtBot, vault: Vault, vault_dir: Path
) -> None:
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    dialogs = ScriptedDialogs(confirms=[True])
    dialog = OverdoseDialog(_services(desk, dialogs), autosave_ms=60_000)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.ui.placeCombo.hasFocus(), timeout=2000)
    assert not dialog.ui.remarkEdit.isVisible()  # no sealed free text for a front-desk session
    _keys(qtbot, "s")  # where: Safe Suite
    _keys(qtbot, TAB)  # the outreach area is skipped: not on outreach
    assert dialog.ui.clientEdit.hasFocus()
    _keys(qtbot, TAB, "2", TAB, "w")  # someone anonymous, 25 to 34, a woman
    _keys(qtbot, TAB, SPACE, TAB, SPACE, TAB, TAB, SPACE)  # unresponsive, not breathing, blue lips
    _keys(qtbot, TAB, TAB, TAB, TAB, TAB)  # past the other signs, to the doses
    assert dialog.ui.dosesSpin.hasFocus()
    _keys(qtbot, "2", TAB)  # two doses; the route becomes intranasal by itself
    _keys(qtbot, TAB, SPACE, TAB, TAB, SPACE, TAB, TAB)  # rescue breaths, 911 called
    assert dialog.ui.outcomeCombo.hasFocus()
    _keys(qtbot, "t", TAB, SPACE, TAB, SPACE)  # transported; aftercare and a debrief offered
    qtbot.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # sign
    assert dialog.signed_id is not None, dialog.ui.stateLabel.text()
    record = overdose.open_response(desk, dialog.signed_id).draft
    assert (record.place, record.age_band, record.gender) == ("safe_suite", "25_34", "woman")
    assert record.signs == ("unresponsive", "not_breathing", "blue_lips")
    assert (record.naloxone_doses, record.naloxone_route, record.rescue_breaths, record.called_911) == (
        2,
        "intranasal",
        True,
        True,
    )
    assert (record.outcome, record.aftercare_offered, record.debrief_offered, record.debrief_held) == (
        "transported",
        True,
        True,
        False,
    )
    assert record.responders == (desk.user.id,)  # the one signed in, ticked for them
    desk.lock()


def test_the_draft_survives_the_idle_lock_and_is_offered_back(
    qtbot: QtBot, controller: AppController, vault_dir: Path, new_vault: tuple[Vault, str]
) -> None:
    vault = new_vault[0]
    window = controller.open_main_window(Session(vault))
    screen = window.show_section("overdose")
    assert isinstance(screen, OverdoseScreen)
    dialog = OverdoseDialog(screen.services, autosave_ms=60_000, parent=screen)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ui.placeCombo.hasFocus(), timeout=2000)
    _keys(qtbot, "w", TAB, TAB, TAB, TAB, SPACE)  # washroom; anonymous; unresponsive
    qtbot.keyClicks(dialog.ui.remarkEdit, "Breathing again after the second dose")
    controller.lock("Locked after 5 idle minutes.")
    assert not dialog.isVisible() and dialog.ui.remarkEdit.toPlainText() == ""
    again = sign_in_as(vault_dir, Role.COORDINATOR)
    controller.dialogs.shown.clear()
    window = controller.open_main_window(Session(again))
    assert any(title == "Unsigned overdose response" for _, title, _ in controller.dialogs.shown)
    screen = window.screens["overdose"]
    assert isinstance(screen, OverdoseScreen)
    [line] = [r for r in screen.model.rows if r.status == "draft"]
    draft = overdose.open_response(again, line.id)
    assert draft.status == "draft" and draft.draft.place == "washroom"
    assert draft.draft.signs == ("unresponsive",)
    assert draft.draft.remark == "Breathing again after the second dose"
    raw = again.conn.execute("SELECT remark_sealed FROM overdose_responses").fetchone()[0]
    assert b"second dose" not in bytes(raw)  # sealed inside the vault too
    reopened = OverdoseDialog(screen.services, draft=draft, autosave_ms=60_000)
    qtbot.addWidget(reopened)
    assert reopened.ui.placeCombo.currentData() == "washroom" and reopened.signs["unresponsive"].isChecked()
    assert reopened.ui.remarkEdit.toPlainText() == "Breathing again after the second dose"


def test_front_desk_sees_only_when_others_responded_and_records_its_debrief(
    qtbot: QtBot, vault: Vault, vault_dir: Path
) -> None:
    from datetime import datetime, timedelta

    from shop_desktop.core.safety.overdose import ResponseDraft

    desk_id = add_member(vault, Role.FRONT_DESK).id
    when = (datetime.now() - timedelta(hours=3)).isoformat(timespec="minutes")
    base = {"occurred_at": when, "place": "washroom", "outcome": "died", "naloxone_doses": 0}
    overdose.sign_response(vault, ResponseDraft(**base, responders=(vault.user.id,)))  # type: ignore[arg-type]
    theirs_too = overdose.sign_response(vault, ResponseDraft(**base, responders=(desk_id,)))  # type: ignore[arg-type]
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    screen = OverdoseScreen(_services(desk, ScriptedDialogs()))
    qtbot.addWidget(screen)
    texts = {
        row.id: [screen.model.text_at(n, c) for c in range(screen.model.columnCount())]
        for n, row in enumerate(screen.model.rows)
    }
    [other] = [i for i in texts if i != theirs_too]
    assert texts[other][1:5] == ["—", "—", "—", "—"]  # where, outcome, doses, 911: not theirs to read
    assert texts[theirs_too][2] == "Died"
    assert not screen.ui.addendumButton.isVisible()  # written corrections are for clinical sessions
    screen.ui.responsesTable.selectRow(screen.model.rows.index(next(r for r in screen.model.rows if r.id == other)))
    assert not screen.ui.openButton.isEnabled()
    screen.ui.responsesTable.selectRow(
        screen.model.rows.index(next(r for r in screen.model.rows if r.id == theirs_too))
    )
    screen.ui.openButton.click()
    assert "Died" in screen.ui.detailView.toPlainText()
    screen.ui.debriefButton.click()
    assert "staff debrief held" in screen.ui.detailView.toPlainText()
    assert not screen.ui.debriefButton.isEnabled()
    screen.clear()
    assert screen.ui.detailView.toPlainText() == "" and screen.model.rowCount() == 0
    desk.lock()


def test_the_responses_list_fits_1024x700_without_scrolling_sideways(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    """Its six columns (the 911 one last but one) shared the room unequally: a sideways scroll bar."""
    window = controller.open_main_window(Session(vault))
    window.resize(1024, 700)
    screen = window.show_section("overdose")
    assert isinstance(screen, OverdoseScreen)
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the header's sections settle at the window's width
    table = screen.ui.responsesTable
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    assert header.sectionViewportPosition(5) + header.sectionSize(5) <= table.viewport().width()
    assert all(header.sectionSize(c) >= header.sectionSizeFromContents(c).width() for c in (0, 3, 4))
