"""The aggressor alert screen, driven from the keyboard as the front desk would."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shop_desktop.core.roles import Role
from shop_desktop.core.safety import alert_links, alerts
from shop_desktop.core.safety.alerts import AlertDetails
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from shop_desktop.gui.safety.alert_dialog import AlertDialog
from shop_desktop.gui.safety.alerts_screen import COL_MATCHED, AlertsScreen
from shop_desktop.gui.shell.app import AppController
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client
from tests.gui.test_shell import make_active

TODAY = date.today()


def report(vault: Vault, days_ago: int = 1, **fields: object) -> alerts.Alert:
    values: dict[str, object] = {
        "occurred_on": (TODAY - timedelta(days=days_ago)).isoformat(),
        "categories": ("physical_assault",),
        "narrative": "He hit the worker.",
    }
    values.update(fields)
    return alerts.report_alert(
        vault,
        AlertDetails(**values),  # type: ignore[arg-type]
        reported_on=TODAY - timedelta(days=days_ago),
    )


def make_screen(qtbot: QtBot, vault: Vault, dialogs: ScriptedDialogs | None = None) -> AlertsScreen:
    services = Services(
        session=Session(vault), dialogs=dialogs or ScriptedDialogs(), pool=SynchronousPool(), clipboard=ClipboardGuard()
    )
    screen = AlertsScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.search.hasFocus(), timeout=2000)
    return screen


def with_dialog(work: Callable[[AlertDialog], None]) -> list[BaseException]:
    """Act on the modal dialog the next call opens (it runs its own event loop). A failed check
    closes the dialog, so the test fails instead of waiting forever; the caller asserts the list is empty."""
    problems: list[BaseException] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, AlertDialog), dialog
            work(dialog)
        except BaseException as problem:  # handed back to the test
            problems.append(problem)
            if dialog is not None:
                dialog.reject()

    QTimer.singleShot(0, act)
    return problems


def test_typing_a_number_in_another_format_finds_the_alert(qtbot: QtBot, vault: Vault) -> None:
    wanted = report(vault, 20, phones="(250) 555-0123", hair="red beard")
    other = report(vault, 1, phones="604-555-0188")
    screen = make_screen(qtbot, vault)
    assert screen.model.rowCount() == 2  # nothing typed: the sheet's alerts
    assert "2 alerts on the sheet" in screen.summary.text()  # English plurals: shop_en.qm
    qtbot.keyClicks(screen.search, "+1 250.555.0123")
    assert [m.alert.reference for m in screen.model.rows] == [wanted.reference]
    assert screen.model.data(screen.model.index(0, COL_MATCHED)) == "Same phone number"
    assert "match" in screen.summary.text() and screen.summary.property("error")
    assert wanted.reference in screen.detail.toPlainText() and "red beard" in screen.detail.toPlainText()
    screen.search.clear()
    qtbot.keyClicks(screen.search, "zebra")
    assert screen.model.rowCount() == 0 and "doesn't mean the person is safe" in screen.summary.text()
    assert other.reference not in screen.detail.toPlainText()


def test_arrows_move_and_enter_opens_the_chosen_match(qtbot: QtBot, vault: Vault) -> None:
    newer, older = report(vault, 1, plate="ABC 4K7"), report(vault, 9, plate="ABC 4K7")
    screen = make_screen(qtbot, vault)
    qtbot.keyClicks(screen.search, "4k7")
    assert screen.current() is not None and screen.current().id == newer.id
    qtbot.keyClick(screen.search, Qt.Key.Key_Down)
    assert screen.current().id == older.id
    opened: list[str] = []
    problems = with_dialog(lambda dialog: (opened.append(dialog.windowTitle()), dialog.reject()))
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert not problems
    assert opened == [f"Aggressor alert {older.reference}"]


def test_ctrl_n_takes_a_report_and_gives_the_reference(qtbot: QtBot, vault: Vault) -> None:
    dialogs = ScriptedDialogs()
    screen = make_screen(qtbot, vault, dialogs)

    def fill_in(dialog: AlertDialog) -> None:
        assert dialog.focusWidget() is dialog.occurred_on
        dialog.harms["robbery"].setChecked(True)
        qtbot.keyClicks(dialog.narrative, "He took the worker's money and drove off.")
        qtbot.keyClicks(dialog.lines["plate"], "xyz 789")
        qtbot.keyClicks(dialog.lines["phones"], "778 555 0142")
        qtbot.keyClicks(dialog.lines["hair"], "bald")
        dialog.save()

    problems = with_dialog(fill_in)
    qtbot.keyClick(screen.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not problems
    made = alerts.search(vault, "XYZ789")
    assert len(made) == 1 and made[0].alert.details.narrative.startswith("He took")
    info = [text for kind, _, text in dialogs.shown if kind == "info"]
    assert info and made[0].alert.reference in info[0]
    assert screen.current() is not None and screen.current().id == made[0].alert.id
    assert made[0].alert.reference in screen.message.text()


def test_a_report_without_a_kind_of_harm_is_explained(qtbot: QtBot, vault: Vault) -> None:
    screen = make_screen(qtbot, vault)
    seen: list[str] = []

    def try_save(dialog: AlertDialog) -> None:
        dialog.save()
        seen.append(dialog.error.text())
        dialog.reject()

    problems = with_dialog(try_save)
    screen.new_report()
    assert not problems
    assert seen and "at least one kind of harm" in seen[0]
    assert vault.conn.execute("SELECT count(*) FROM alerts").fetchone()[0] == 0


def test_resolve_archive_and_bring_back(qtbot: QtBot, vault: Vault) -> None:
    alert = report(vault, plate="RES 123")
    screen = make_screen(qtbot, vault)
    screen.resolve_button.click()
    assert alerts.get_alert(vault, alert.id).status == alerts.RESOLVED
    assert screen.model.rowCount() == 0  # off the sheet
    qtbot.keyClicks(screen.search, "res123")
    assert screen.current().status == alerts.RESOLVED and "active again" in screen.resolve_button.text()
    screen.archive_button.click()
    assert screen.model.rowCount() == 0
    screen.include_archived.setChecked(True)
    assert screen.current().status == alerts.ARCHIVED
    screen.archive_button.click()
    assert alerts.get_alert(vault, alert.id).status == alerts.ACTIVE


def test_print_and_save_the_sheet(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    alert = report(vault, plate="PRT 111", vehicle_make="Ford")
    dialogs = ScriptedDialogs(paths=[tmp_path / "sheet.pdf", tmp_path / "sheet.csv"])
    screen = make_screen(qtbot, vault, dialogs)
    printed: list[bytes] = []
    screen.print_pdf = lambda parent, pdf, title: printed.append(pdf) or True
    screen.print_button.click()
    assert alert.reference in PdfReader(io.BytesIO(printed[0])).pages[0].extract_text()
    screen.save_pdf_button.click()
    screen.save_csv_button.click()
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert alert.reference in (tmp_path / "sheet.csv").read_text(encoding="utf-8-sig")
    assert "Saved" in screen.message.text()


def test_clinical_staff_link_the_worker_and_it_never_shows_on_the_screen(qtbot: QtBot, vault: Vault) -> None:
    worker = make_client(vault, "Quintessa")
    alert = report(vault, plate="LNK 555")
    screen = make_screen(qtbot, vault)
    qtbot.keyClicks(screen.search, "lnk555")

    def link(dialog: AlertDialog) -> None:
        qtbot.keyClicks(dialog.client_search, "Quint")
        dialog._pick_client(dialog.client_results.item(0))
        assert "Quintessa" in dialog.link_label.text()
        dialog.save()

    problems = with_dialog(link)
    screen.open_current()
    assert not problems
    assert alert_links.follow_up_client(vault, alert.id).id == worker.id
    shown = screen.detail.toPlainText() + " ".join(
        str(screen.model.data(screen.model.index(r, c)))
        for r in range(screen.model.rowCount())
        for c in range(screen.model.columnCount())
    )
    assert "Quintessa" not in shown and worker.code not in shown


def test_front_desk_form_has_no_client_link(qtbot: QtBot, vault: Vault, vault_dir: Path) -> None:
    report(vault, plate="FDK 777")
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    try:
        screen = make_screen(qtbot, desk)
        qtbot.keyClicks(screen.search, "fdk")
        seen: list[bool] = []
        problems = with_dialog(lambda dialog: (seen.append(hasattr(dialog, "client_search")), dialog.reject()))
        screen.open_current()
        assert not problems
        assert seen == [False]
    finally:
        desk.lock()


def test_ctrl_n_in_the_main_window_opens_the_report_not_a_note(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    window = controller.open_main_window(Session(vault))
    window.show_section("history")  # its Ctrl+N writes a note; it must not answer while hidden
    screen = window.show_section("alerts")
    assert isinstance(screen, AlertsScreen)
    make_active(qtbot, window)
    screen.search.setFocus()
    seen: list[str] = []
    problems = with_dialog(lambda dialog: (seen.append(dialog.windowTitle()), dialog.reject()))
    qtbot.keyClick(screen.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not problems and seen == ["New bad-date report"]
