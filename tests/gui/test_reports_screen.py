"""The Reports screen: a period chosen, the report made as a job, previewed, saved."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from shop_desktop.core.session import Session
from shop_desktop.core.store import audit
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.admin.reports_screen import ReportsScreen
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from tests.factories import make_client, make_visit


def test_fiscal_year_report_is_previewed_then_saved_as_pdf_and_csv(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    client = make_client(vault, "Jade")
    for days_ago in (1, 2, 3, 4, 5, 8):
        make_visit(vault, client, "Shower", at=datetime.now() - timedelta(days=days_ago))
    pdf_path, csv_path = tmp_path / "report.pdf", tmp_path / "report.csv"
    dialogs = ScriptedDialogs(paths=[pdf_path, csv_path])
    screen = ReportsScreen(
        Services(session=Session(vault), dialogs=dialogs, pool=SynchronousPool(), clipboard=ClipboardGuard())
    )
    qtbot.addWidget(screen)
    assert screen.period.currentText().startswith("Fiscal year")
    assert not screen.save_pdf.isEnabled()
    screen.make_report()
    assert "is ready" in screen.message.text() and screen.document is not None
    assert screen.document.pageCount() >= 2 and screen.save_pdf.isEnabled()
    screen.save_as_pdf()
    screen.save_as_csv()
    text = "".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert "Test Drop-in" in text and "Jade" not in text and client.code not in text
    assert "Shower" in csv_path.read_text(encoding="utf-8-sig")
    assert "report.made" in {e.action for e in audit.entries(vault.conn)}
    screen.clear()
    assert screen.pdf == b"" and screen.figures is None


def test_a_custom_period_ending_before_it_starts_is_explained(qtbot: QtBot, vault: Vault) -> None:
    screen = ReportsScreen(
        Services(session=Session(vault), dialogs=ScriptedDialogs(), pool=SynchronousPool(), clipboard=ClipboardGuard()),
        today=date(2026, 11, 25),
    )
    qtbot.addWidget(screen)
    screen.kind.setCurrentIndex(screen.kind.findData("custom"))
    screen.start.setDate(screen.end.date().addDays(3))
    screen.make_report()
    assert screen.job is None and screen.pdf == b""
    assert screen.message.property("error")


def test_saving_into_a_folder_that_is_gone_says_so_in_plain_words(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    dialogs = ScriptedDialogs(paths=[tmp_path / "unplugged-usb" / "report.pdf"])
    screen = ReportsScreen(
        Services(session=Session(vault), dialogs=dialogs, pool=SynchronousPool(), clipboard=ClipboardGuard())
    )
    qtbot.addWidget(screen)
    screen.make_report()
    screen.save_as_pdf()
    assert "Couldn't save to" in screen.message.text() and screen.message.property("error")
    assert not (tmp_path / "unplugged-usb").exists()


def test_the_screen_opens_on_the_newest_period_that_is_over_and_says_which_one_is_not(
    qtbot: QtBot, vault: Vault
) -> None:
    """A period still under way prints no day-by-day figure (the month grid), so it is not the default."""
    services = Services(
        session=Session(vault), dialogs=ScriptedDialogs(), pool=SynchronousPool(), clipboard=ClipboardGuard()
    )
    screen = ReportsScreen(services, today=date(2026, 12, 2))
    qtbot.addWidget(screen)
    assert screen.period.currentText() == screen.period.itemText(1)  # the fiscal year April 2025 to March 2026
    assert screen.chosen_period().start == date(2025, 4, 1) and screen.chosen_period().end == date(2026, 3, 31)
    assert screen.period.itemText(0).endswith("(not over yet)")
    screen.kind.setCurrentIndex(screen.kind.findData("month"))
    assert screen.chosen_period().start == date(2026, 11, 1)  # November, not the December under way
