"""Safe Suite booking and program attendance past a restriction or a keep-apart: a reason, or nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shop_desktop.core import settings
from shop_desktop.core.desk import conflicts, programs, restrictions
from shop_desktop.core.desk.restrictions import RestrictionRequest
from shop_desktop.core.roles import Role
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from shop_desktop.gui.frontdesk.programs_screen import ProgramsScreen
from shop_desktop.gui.frontdesk.suite_dialog import BookingDialog
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client

TODAY = date.today()


def _restrict_from_suite(vault: Vault, client_id: int) -> None:
    violence = next(r.id for r in restrictions.reasons(vault) if r.label.startswith("Violence"))
    restrictions.restrict(vault, RestrictionRequest(client_id, "suite", violence, TODAY, TODAY + timedelta(days=9)))


def _rows(vault: Vault, sql: str) -> list[tuple[object, ...]]:
    return [tuple(row) for row in vault.conn.execute(sql).fetchall()]


def test_the_coordinator_books_a_restricted_client_with_a_reason(qtbot: QtBot, vault: Vault) -> None:
    client = make_client(vault, "Amara")
    _restrict_from_suite(vault, client.id)
    dialogs = ScriptedDialogs(texts=["Nowhere safe tonight"])
    dialog = BookingDialog(Session(vault), TODAY, dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.choose_client(client.id, "Amara")
    dialog.accept()
    assert [shown[1] for shown in dialogs.shown] == ["Restricted"] and dialogs.actions == ["Book anyway"]
    assert dialog.stay is not None and dialog.stay.client_id == client.id
    overrides = _rows(vault, "SELECT action, reason FROM restriction_overrides")
    assert overrides == [("suite_booking", "Nowhere safe tonight")]


def test_cancelling_the_reason_books_nothing(qtbot: QtBot, vault: Vault) -> None:
    client = make_client(vault, "Amara")
    _restrict_from_suite(vault, client.id)
    dialog = BookingDialog(Session(vault), TODAY, dialogs=ScriptedDialogs(texts=[]))
    qtbot.addWidget(dialog)
    dialog.choose_client(client.id, "Amara")
    dialog.accept()
    assert dialog.stay is None and "Not booked" in dialog.message.text()
    assert _rows(vault, "SELECT count(*) FROM suite_stays") == [(0,)]


def test_front_desk_sees_the_calm_refusal_and_is_not_asked(qtbot: QtBot, vault: Vault, vault_dir: Path) -> None:
    client = make_client(vault, "Amara")
    _restrict_from_suite(vault, client.id)
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    try:
        dialogs = ScriptedDialogs(texts=["I say so"])
        dialog = BookingDialog(Session(desk), TODAY, dialogs=dialogs)
        qtbot.addWidget(dialog)
        dialog.choose_client(client.id, "Amara")
        dialog.accept()
        assert dialogs.shown == [] and dialog.stay is None
        assert "coordinator" in dialog.message.text() and "Violence" not in dialog.message.text()
    finally:
        desk.lock()


def test_a_kept_apart_attendee_is_added_with_its_own_reason(qtbot: QtBot, vault: Vault) -> None:
    there, newcomer = make_client(vault, "Cyan"), make_client(vault, "Dune")
    conflicts.keep_apart(vault, there.id, newcomer.id)
    settings.put(vault, "restriction_roles", "")
    dialogs = ScriptedDialogs(texts=["", "Different tables, worker present"])
    services = Services(session=Session(vault), dialogs=dialogs, pool=SynchronousPool(), clipboard=ClipboardGuard())
    screen = ProgramsScreen(services)
    qtbot.addWidget(screen)
    screen.open_session()
    for alias, expected in (("Cyan", 1), ("Dune", 1), ("Dune", 2)):
        qtbot.keyClicks(screen.search, alias)
        qtbot.keyClick(screen.search, Qt.Key.Key_Return)
        assert screen.attendees.count() == expected
        screen.search.clear()
    assert [shown[1] for shown in dialogs.shown] == ["Kept apart", "Kept apart"]
    session = programs.get_session(vault, screen.program_session.id)  # type: ignore[union-attr]
    assert {a.client_id for a in session.attendees} == {there.id, newcomer.id}
    assert _rows(vault, "SELECT action, reason FROM keep_apart_overrides") == [
        ("program", "Different tables, worker present")
    ]
