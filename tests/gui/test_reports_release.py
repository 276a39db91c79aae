"""The Reports screen releases a report only when it leaves the vault (saved, printed, exported)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from shop_desktop.core.figures import release_register
from shop_desktop.core.figures.report_figures import Period, begin_report
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.admin.reports_screen import ReportsScreen
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from tests.factories import make_client, make_visit


def _screen(qtbot: QtBot, vault: Vault, paths: list[Path]) -> ReportsScreen:
    screen = ReportsScreen(
        Services(
            session=Session(vault),
            dialogs=ScriptedDialogs(paths=paths),
            pool=SynchronousPool(),
            clipboard=ClipboardGuard(),
        )
    )
    qtbot.addWidget(screen)
    return screen


def _releases(vault: Vault) -> int:
    return vault.conn.execute("SELECT count(*) FROM report_releases").fetchone()[0]


def test_the_preview_releases_nothing_and_saving_releases_once(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    client = make_client(vault, "Jade")
    make_visit(vault, client, "Shower", at=datetime.now() - timedelta(days=2))
    screen = _screen(qtbot, vault, [tmp_path / "r.pdf", tmp_path / "r.csv"])
    assert [screen.kind.itemData(i) for i in range(screen.kind.count())][-1] == "custom"  # standard periods first
    screen.make_report()
    assert screen.document is not None and _releases(vault) == 0
    screen.save_as_pdf()
    screen.save_as_csv()
    assert (tmp_path / "r.pdf").exists() and (tmp_path / "r.csv").exists()
    assert _releases(vault) == 1


def test_a_short_custom_period_says_it_may_lose_figures(qtbot: QtBot, vault: Vault) -> None:
    screen = _screen(qtbot, vault, [])
    screen.resize(1024, 700)
    screen.kind.setCurrentIndex(screen.kind.findData("custom"))
    screen.start.setDate(screen.end.date().addDays(-6))
    screen.make_report()
    assert "shorter than 28 days" in screen.message.text() and screen.message.property("warning")
    screen.grab().save("/tmp/disclosure-helper/reports-short-period.png")


def test_a_report_overtaken_by_another_release_is_not_saved(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    screen = _screen(qtbot, vault, [tmp_path / "late.pdf"])
    screen.make_report()
    other = begin_report(vault, Period.custom(date.today() - timedelta(days=40), date.today()))
    release_register.release(vault, other, other.figures(vault.conn), "csv")
    screen.save_as_pdf()
    assert "Make this report again" in screen.message.text() and screen.message.property("error")
    assert not (tmp_path / "late.pdf").exists()
