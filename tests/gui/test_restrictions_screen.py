"""The coordinator's Restrictions screen: restrict, lift early, keep apart, staff conflict, who opened."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from shop_desktop.core.desk import conflicts, restrictions, timeline
from shop_desktop.core.roles import Role
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.admin.restriction_dialog import RestrictionDialog
from shop_desktop.gui.admin.restrictions_screen import RestrictionsScreen
from shop_desktop.gui.common import printing
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from tests.conftest import add_member
from tests.factories import make_client


def _screen(qtbot: QtBot, vault: Vault, dialogs: ScriptedDialogs) -> RestrictionsScreen:
    screen = RestrictionsScreen(
        Services(session=Session(vault), dialogs=dialogs, pool=SynchronousPool(), clipboard=ClipboardGuard())
    )
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    return screen


def test_restrict_then_lift_from_the_screen(qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    client = make_client(vault, "Rowan")
    dialogs = ScriptedDialogs(texts=["Apologised; agreed plan"])
    screen = _screen(qtbot, vault, dialogs)
    screen.show_client(client.id)
    assert "No restrictions" in screen.message.text()

    def fill_and_save(dialog: RestrictionDialog) -> bool:  # type: ignore[override]
        dialog.until_reviewed.setChecked(True)
        dialog.review.setDate(dialog.review.date().addDays(-31))  # the review day has come
        dialog.note.setPlainText("Threw a cup")
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted.value

    dialogs.dialog_scripts.append(fill_and_save)  # type: ignore[arg-type]
    screen.restrict()
    assert ("dialog", "RestrictionDialog") == dialogs.shown[-1][:2]
    [made] = restrictions.restrictions_for(vault, client.id)
    assert (made.scope, made.ends_on, made.note) == ("dropin", None, "Threw a cup")
    assert screen.model.rowCount() == 1 and screen.review_model.rowCount() == 1
    assert "until reviewed" in screen.model.data(screen.model.index(0, 2))
    screen.table.selectRow(0)
    screen.lift()
    assert restrictions.restrictions_for(vault, client.id, on=date.today()) == []
    assert screen.review_model.rowCount() == 0 and screen.message.text() == "Lifted from today."


def test_keep_apart_staff_conflict_and_who_opened(qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = make_client(vault, "Ana"), make_client(vault, "Bea")
    counsellor = add_member(vault, Role.COUNSELLOR)
    dialogs = ScriptedDialogs(texts=[b.code.lower(), "Former partners", "Counsellor Person", "A relative"])
    screen = _screen(qtbot, vault, dialogs)
    screen.show_client(a.id)
    screen.keep_apart()
    assert conflicts._pairs_with(vault, a.id) == {b.id: 1}
    screen.staff_conflict()
    assert "can no longer open" in screen.message.text()
    assert vault.conn.execute("SELECT staff_id, client_id FROM staff_conflicts").fetchall() == [(counsellor.id, a.id)]

    timeline.client_timeline(vault, a.id)
    printed: list[bytes] = []
    monkeypatch.setattr(printing, "print_pdf", lambda parent, pdf, title, pool=None: printed.append(pdf) or True)
    dialogs.confirms = [False]  # the client did not ask themselves: named by code
    screen.who_opened()
    text = PdfReader(io.BytesIO(printed[0])).pages[0].extract_text()
    assert f"Client {a.code}" in text and "Ana" not in text and "Client history" in text
    screen.grab().save("/tmp/restrictions-screen.png")
