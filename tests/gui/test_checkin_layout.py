"""Check-in at a real desk size: matches don't move the form, a second visit is mentioned, labels."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from shop_desktop.core.store.vault import Vault
from tests.factories import make_client, make_visit
from tests.gui.test_checkin import make_screen


def test_matches_appear_without_moving_or_squeezing_the_form(qtbot: QtBot, vault: Vault) -> None:
    for alias in ("Amar", "Amara", "Amari", "Amarise", "Amaryllis", "Amartya"):
        make_client(vault, alias)
    screen = make_screen(qtbot, vault)
    screen.resize(848, 639)  # the check-in area of a 1024x700 window
    qtbot.wait(10)
    before = (screen.panel_area.geometry(), screen.save_button.geometry())
    qtbot.keyClicks(screen.search, "ama")
    assert screen.results.count() == 6 and screen.results.isVisible()
    assert (screen.panel_area.geometry(), screen.save_button.geometry()) == before
    quantities = list(screen.panel.quantities.values())
    assert all(spin.height() >= spin.minimumSizeHint().height() for spin in quantities)


def test_a_second_check_in_the_same_day_is_mentioned_with_the_first_time(qtbot: QtBot, vault: Vault) -> None:
    amar = make_client(vault, "Amar")
    first = datetime.now().replace(hour=10, minute=14, second=0, microsecond=0)
    if first > datetime.now():  # before 10:14 the test's "earlier today" is midnight
        first = first.replace(hour=0, minute=1)
    make_visit(vault, amar, at=first)
    make_client(vault, "Bea")
    screen = make_screen(qtbot, vault)
    qtbot.keyClicks(screen.search, "Amar")
    screen.pick_current()
    words = screen.message.text()
    assert words.startswith("Amar already checked in today at") and first.strftime("%M") in words
    screen.search.setText("Bea")
    screen.pick_current()
    assert screen.message.text() == ""  # Bea has not been in today


def test_an_anonymous_visitors_three_details_are_labelled(qtbot: QtBot, vault: Vault) -> None:
    screen = make_screen(qtbot, vault)
    screen.pick_anonymous()
    labels = {
        label.buddy(): label.text().replace("&", "")
        for label in screen.demographics.findChildren(QLabel)
        if label.buddy() is not None
    }
    assert labels == {
        screen.anon_gender: "Gender identity",
        screen.anon_age: "Age band",
        screen.anon_indigenous: "Indigenous identity",
    }
    assert all(label.isVisible() for label in screen.demographics.findChildren(QLabel))
    qtbot.keyClicks(screen.search, "someone")  # typing a name goes back to looking someone up
    assert not screen.anonymous and screen.results.isVisible()
