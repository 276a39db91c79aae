"""The check-in screen, driven from the keyboard as the front desk would."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from shop_desktop.core.desk import clients, visits
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from shop_desktop.gui.frontdesk.checkin_screen import CheckInScreen
from shop_desktop.gui.frontdesk.clients_screen import ClientsScreen
from tests.factories import make_client, make_visit


class KeyCounter:
    """Sends keys to whatever has focus, counting each one, as a person's keystrokes."""

    def __init__(self, qtbot: QtBot, screen: QWidget) -> None:
        self.qtbot, self.screen, self.count = qtbot, screen, 0

    def _target(self) -> QWidget:
        return self.screen.focusWidget() or self.screen

    def type(self, text: str) -> None:
        for char in text:
            self.qtbot.keyClick(self._target(), char)
            self.count += 1

    def press(self, key: Qt.Key) -> None:
        self.qtbot.keyClick(self._target(), key)
        self.count += 1


def make_screen(qtbot: QtBot, vault: Vault, dialogs: ScriptedDialogs | None = None) -> CheckInScreen:
    services = Services(
        session=Session(vault), dialogs=dialogs or ScriptedDialogs(), pool=SynchronousPool(), clipboard=ClipboardGuard()
    )
    screen = CheckInScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.search.hasFocus(), timeout=2000)
    return screen


def test_returning_client_with_one_service_in_eight_keys_or_fewer(qtbot: QtBot, vault: Vault) -> None:
    regular = make_client(vault, "Marisol")
    make_client(vault, "Maria")
    make_visit(vault, regular, at=datetime.now() - timedelta(days=1))
    screen = make_screen(qtbot, vault)
    keys = KeyCounter(qtbot, screen)
    keys.type("mari")  # focus starts in the search box
    keys.press(Qt.Key.Key_Return)  # pick the first match: the most recent visitor
    keys.type("s")  # [S] Shower
    keys.press(Qt.Key.Key_Return)  # save
    assert keys.count <= 8
    today = visits.visits_on(vault)
    assert [(row.alias, row.services) for row in today] == [("Marisol", "Shower")]
    assert screen.search.hasFocus() and screen.search.text() == ""  # ready for the next person


def test_arrows_pick_the_second_match_and_digits_tick_supplies(qtbot: QtBot, vault: Vault) -> None:
    make_client(vault, "Lily A")
    make_client(vault, "Lily B")
    screen = make_screen(qtbot, vault)
    keys = KeyCounter(qtbot, screen)
    keys.type("lily")
    keys.press(Qt.Key.Key_Down)
    second = screen.results.currentItem().data(Qt.ItemDataRole.UserRole)
    keys.press(Qt.Key.Key_Return)
    keys.type("2m")  # condoms and a meal
    keys.press(Qt.Key.Key_Return)
    row = visits.visits_on(vault)[0]
    assert row.alias == second.alias and row.services == "Meal, Condoms ×1"


def test_anonymous_visitor_with_optional_details(qtbot: QtBot, vault: Vault) -> None:
    screen = make_screen(qtbot, vault)
    qtbot.keyClick(screen.search, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    screen.pick_anonymous()
    screen.anon_gender.setCurrentIndex(screen.anon_gender.findData("two_spirit"))
    qtbot.keyClick(screen.panel, "m")
    qtbot.keyClick(screen.panel, Qt.Key.Key_Return)
    stored = vault.conn.execute("SELECT client_id, gender FROM visits").fetchone()
    assert stored == (None, "two_spirit")
    assert screen.today_model.rowCount() == 1
    assert screen.today_model.data(screen.today_model.index(0, 1)) == "Anonymous visitor"


def test_double_enter_on_save_stores_one_visit(qtbot: QtBot, vault: Vault) -> None:
    client = make_client(vault, "Jo")
    screen = make_screen(qtbot, vault)
    screen.pick(clients.search(vault, "jo")[0])
    keys = KeyCounter(qtbot, screen)
    keys.type("l")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)  # the second press lands on the emptied search box
    screen.save_button.click()  # and a click on Save with nobody chosen does nothing
    assert vault.conn.execute("SELECT count(*) FROM visits WHERE client_id = ?", (client.id,)).fetchone()[0] == 1


def test_empty_state_then_todays_list(qtbot: QtBot, vault: Vault) -> None:
    screen = make_screen(qtbot, vault)
    assert screen.today_empty.isVisible() and "No visits yet today" in screen.today_empty.text()
    make_visit(vault, make_client(vault, "Destiny"))
    screen.refresh_today()
    assert not screen.today_empty.isVisible() and screen.today_model.rowCount() == 1


def test_void_from_todays_list_asks_for_a_reason(qtbot: QtBot, vault: Vault) -> None:
    dialogs = ScriptedDialogs(texts=["Wrong person"])
    make_visit(vault, make_client(vault, "Candice"))
    screen = make_screen(qtbot, vault, dialogs)
    screen.today.selectRow(0)
    screen.void_selected()
    assert "no longer count in reports" in dialogs.shown[-1][2]
    assert dialogs.actions[-1] == "Void visit"  # the button says what it does, not "OK"
    assert visits.visits_on(vault)[0].void_reason == "Wrong person"
    assert "Voided" in screen.today_model.data(screen.today_model.index(0, 3))


def test_new_client_from_the_check_in_screen_warns_about_a_similar_alias(qtbot: QtBot, vault: Vault) -> None:
    from shop_desktop.gui.frontdesk.client_dialog import ClientDialog

    make_client(vault, "Chantal")
    dialogs = ScriptedDialogs(confirms=[False, True])
    dialog = ClientDialog(Session(vault), dialogs, alias="Chantel")
    qtbot.addWidget(dialog)
    dialog.keep_record.setChecked(True)
    dialog.save()
    assert "Chantal" in dialogs.shown[-1][2] and dialog.saved is None
    dialog.save()
    assert dialog.saved is not None and dialog.saved.alias == "Chantel"


def test_client_form_requires_consent_and_keeps_text_exactly(qtbot: QtBot, vault: Vault) -> None:
    from shop_desktop.gui.frontdesk.client_dialog import ClientDialog

    dialog = ClientDialog(Session(vault), ScriptedDialogs(), alias="  דנה 🌸  ")
    qtbot.addWidget(dialog)
    dialog.save()
    assert "consent" in dialog.error.text() and dialog.saved is None
    dialog.keep_record.setChecked(True)
    dialog.save()
    assert dialog.saved is not None and dialog.saved.alias == "דנה 🌸"


def test_clients_screen_finds_and_archives(qtbot: QtBot, vault: Vault) -> None:
    make_client(vault, "Sofía")
    services = Services(
        session=Session(vault), dialogs=ScriptedDialogs(), pool=SynchronousPool(), clipboard=ClipboardGuard()
    )
    screen = ClientsScreen(services)
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.search, "sofia")
    assert screen.model.rowCount() == 1
    screen.table.selectRow(0)
    screen.toggle_archive()
    assert screen.model.rowCount() == 0
    screen.show_archived.setChecked(True)
    assert screen.model.rowCount() == 1
