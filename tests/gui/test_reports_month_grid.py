"""The Reports screen tells the coordinator, before anything is saved, when the chosen dates cut months."""

from __future__ import annotations

from datetime import datetime, timedelta

from pytestqt.qtbot import QtBot

from shop_desktop.core.store.vault import Vault
from tests.factories import make_client, make_visit
from tests.gui.test_reports_release import _releases, _screen


def test_dates_that_cut_months_say_so_and_withhold_the_visits(qtbot: QtBot, vault: Vault) -> None:
    client = make_client(vault, "Jade")
    for days in range(2, 9):
        make_visit(vault, client, "Shower", at=datetime.now() - timedelta(days=days))
    screen = _screen(qtbot, vault, [])
    screen.resize(1024, 700)
    screen.kind.setCurrentIndex(screen.kind.findData("custom"))
    screen.start.setDate(screen.end.date().addDays(-40))
    if screen.start.date().day() == 1:  # the dates must cut a month
        screen.start.setDate(screen.start.date().addDays(1))
    screen.make_report()
    words = screen.message.text()
    assert "These dates cut a month" in words and "shorter than" not in words
    assert screen.message.property("warning") and _releases(vault) == 0
    assert screen.figures is not None
    visits = dict(screen.figures.table("visits").rows)
    assert visits["By named clients"] == [7]  # counted, and withheld when printed:
    from shop_desktop.core.figures.report_figures import shown_table

    assert dict(shown_table(screen.figures, screen.figures.table("visits")))["By named clients"] == ["x"]
    screen.grab().save("/tmp/disclosure-helper/reports-cut-months.png")
