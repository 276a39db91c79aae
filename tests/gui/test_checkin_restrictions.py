"""Check-in with a restricted client, the coordinator's override, and a turnaway in two keys."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shop_desktop.core.desk import restrictions, turnaways, visits
from shop_desktop.core.desk.restrictions import RestrictionRequest
from shop_desktop.core.roles import Role
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client
from tests.gui.test_checkin import make_screen

NOTE = "Hit a volunteer on Tuesday"


def _restricted(vault: Vault) -> int:
    client = make_client(vault, "Rowan")
    reason = restrictions.reasons(vault)[0].id
    restrictions.restrict(
        vault,
        RestrictionRequest(client.id, "dropin", reason, date.today(), date.today() + timedelta(days=7), note=NOTE),
    )
    return client.id


def test_front_desk_sees_calm_words_and_the_visit_is_not_saved(qtbot: QtBot, vault: Vault, vault_dir: Path) -> None:
    client_id = _restricted(vault)
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    dialogs = ScriptedDialogs()
    screen = make_screen(qtbot, desk, dialogs)
    qtbot.keyClicks(screen.search, "rowan")
    row = screen.results.item(0).text()
    assert "Please see the coordinator" in row and NOTE not in row and "Violence" not in row
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.message.text() == "Please see the coordinator before checking in."
    qtbot.keyClick(screen.panel, "m")
    qtbot.keyClick(screen.panel, Qt.Key.Key_Return)
    assert screen.message.text() == "Please see the coordinator before checking in."
    assert dialogs.shown == []  # no override offered to front desk
    assert desk.conn.execute("SELECT count(*) FROM visits WHERE client_id = ?", (client_id,)).fetchone()[0] == 0
    desk.lock()


def test_the_coordinator_overrides_with_a_reason(qtbot: QtBot, vault: Vault) -> None:
    client_id = _restricted(vault)
    dialogs = ScriptedDialogs(texts=[None, "Calm today, agreed plan"])
    screen = make_screen(qtbot, vault, dialogs)
    qtbot.keyClicks(screen.search, "rowan")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.keyClick(screen.panel, "m")
    qtbot.keyClick(screen.panel, Qt.Key.Key_Return)  # asked; no reason given
    assert dialogs.actions == ["Override and check in"] and "restricted from the drop-in" in dialogs.shown[0][2]
    assert visits.visits_on(vault) == []
    screen.save()  # asked again; this time a reason
    [visit] = visits.visits_on(vault)
    assert visit.client_id == client_id and "Checked in: Rowan." == screen.message.text()
    kept = vault.conn.execute("SELECT reason FROM restriction_overrides").fetchall()
    assert kept == [("Calm today, agreed plan",)]


def test_a_turnaway_takes_two_keys(qtbot: QtBot, vault: Vault) -> None:
    screen = make_screen(qtbot, vault)
    qtbot.keyClick(screen.search, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # key 1
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.activePopupWidget(), "1")  # key 2: Safe Suite full
    qtbot.waitUntil(lambda: bool(turnaways.count_by_reason(vault, date.today(), date.today())), timeout=2000)
    assert turnaways.count_by_reason(vault, date.today(), date.today()) == {"suite_full": 1}
    assert screen.message.text() == "Turnaway counted: Safe Suite full."
    screen.grab().save("/tmp/checkin-turnaway.png")
