"""Take-home naloxone at check-in: a returning client's replacement kit in one key more than today."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shop_desktop.core.desk import visits
from shop_desktop.core.store.vault import Vault
from tests.factories import make_client, make_visit
from tests.gui.test_checkin import KeyCounter, make_screen


def _kits(vault: Vault) -> list[tuple[object, ...]]:
    return vault.conn.execute("SELECT kind, reason, trained, kits FROM naloxone_kits ORDER BY id").fetchall()


def test_a_replacement_kit_costs_one_key_more_than_the_kit_alone(qtbot: QtBot, vault: Vault) -> None:
    regular = make_client(vault, "Marisol")
    make_visit(vault, regular, "Naloxone kits", at=datetime.now() - timedelta(days=3))
    screen = make_screen(qtbot, vault)
    keys = KeyCounter(qtbot, screen)
    keys.type("mari")
    keys.press(Qt.Key.Key_Return)
    keys.type("1")  # [1] Naloxone kits: as before this change
    before = keys.count + 1  # ... then Enter would have saved
    assert screen.kit_strip.isVisible() and screen.kit_strip.hasFocus()
    keys.type("u")  # the one extra key: replacement, used on someone
    keys.press(Qt.Key.Key_Return)
    assert keys.count - before == 1
    assert [(r.alias, r.services) for r in visits.visits_on(vault)][0] == ("Marisol", "Naloxone kits ×1")
    assert _kits(vault) == [("replacement", "used", 0, 1)]
    assert screen.search.hasFocus() and not screen.kit_strip.isVisible()


def test_a_new_clients_first_kit_with_training_and_another_service(qtbot: QtBot, vault: Vault) -> None:
    make_client(vault, "Nadia")
    screen = make_screen(qtbot, vault)
    keys = KeyCounter(qtbot, screen)
    keys.type("nadia")
    keys.press(Qt.Key.Key_Return)
    keys.type("1")
    assert "first kit" in screen.kit_strip.state.text()  # never given one: a first kit, no key needed
    keys.type("t")  # trained today
    keys.type("m")  # a meal, ticked from the strip as the panel would
    keys.press(Qt.Key.Key_Return)
    assert visits.visits_on(vault)[0].services == "Meal, Naloxone kits ×1"
    assert _kits(vault) == [("first", None, 1, 1)]


def test_an_anonymous_kit_records_nothing_unless_told_and_unticking_closes(qtbot: QtBot, vault: Vault) -> None:
    screen = make_screen(qtbot, vault)
    keys = KeyCounter(qtbot, screen)
    screen.pick_anonymous()
    keys.type("1")
    assert "first kit or replacement?" in screen.kit_strip.state.text()
    keys.press(Qt.Key.Key_Escape)  # back to the services
    assert screen.panel.hasFocus()
    keys.type("1")  # untick the kit: the strip goes
    assert not screen.kit_strip.isVisible()
    keys.type("1")
    keys.type("1")  # unticked from the strip itself: the keys go back to the services
    assert not screen.kit_strip.isVisible() and screen.panel.hasFocus()
    keys.type("1")
    keys.type("p")  # taken by police
    keys.press(Qt.Key.Key_Return)
    assert _kits(vault) == [("replacement", "police", 0, 1)]
    screen.pick_anonymous()
    keys.type("1")
    keys.press(Qt.Key.Key_Return)  # nothing said: the kit counts as a supply, no details
    assert len(_kits(vault)) == 1 and len(visits.visits_on(vault)) == 2


def test_outreach_kit_details_are_saved_and_kept_when_the_shift_is_corrected(qtbot: QtBot, vault: Vault) -> None:
    from shop_desktop.core.desk import outreach
    from shop_desktop.gui.safety.naloxone_outreach import NaloxoneKitsDialog
    from tests.factories import service_id
    from tests.gui.test_outreach_screen import make_screen as outreach_screen

    screen = outreach_screen(qtbot, vault)
    kits = service_id(vault, "Naloxone kits")
    screen.supplies[kits].setValue(4)
    dialog = NaloxoneKitsDialog(4, None, screen)
    qtbot.addWidget(dialog)
    dialog.first.setValue(1)
    dialog.reasons["used"].setValue(2)
    dialog.reasons["police"].setValue(1)
    dialog.trained.setValue(2)
    screen.set_naloxone(dialog.kits())
    assert screen.kits_label.text() == "1 first, 3 replacement"
    screen.save_button.click()
    assert _kits(vault) == [
        ("first", None, 1, 1),
        ("replacement", "used", 1, 1),  # the second person trained went with a replacement
        ("replacement", "used", 0, 1),
        ("replacement", "police", 0, 1),
    ]
    screen.table.selectRow(0)
    screen.edit_button.click()
    assert screen.kits_label.text() == "1 first, 3 replacement"
    screen.contacts.setValue(9)
    screen.save_button.click()
    assert len(_kits(vault)) == 4 and outreach.recent_shifts(vault)[0].record.contacts == 9
