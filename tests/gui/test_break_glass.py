"""A counsellor in conflict with a client: the history stays closed, or opens by break-glass the
coordinator then hears about at sign-in."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from shop_desktop.core.desk import conflicts
from shop_desktop.core.roles import Role
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.clinical.history_screen import HistoryScreen
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from shop_desktop.gui.shell.app import AppController
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client, make_visit


def _history(qtbot: QtBot, vault: Vault, dialogs: ScriptedDialogs) -> HistoryScreen:
    screen = HistoryScreen(
        Services(session=Session(vault), dialogs=dialogs, pool=SynchronousPool(), clipboard=ClipboardGuard())
    )
    qtbot.addWidget(screen)
    return screen


def test_break_glass_from_the_history_screen(
    qtbot: QtBot, vault: Vault, vault_dir: Path, controller: AppController
) -> None:
    client = make_client(vault, "Jordan")
    make_visit(vault, client)
    conflicts.record_staff_conflict(vault, add_member(vault, Role.COUNSELLOR).id, client.id, "sister")
    vault.lock()
    counsellor = sign_in_as(vault_dir, Role.COUNSELLOR)

    declined = ScriptedDialogs(texts=[None])
    screen = _history(qtbot, counsellor, declined)
    screen.show_client(client.id)
    assert declined.shown[0][0] == "ask" and "recorded conflict" in declined.shown[0][2]
    assert declined.actions == ["Break glass and open"]
    assert screen.model.rowCount() == 0 and "stays closed" in screen.message.text()

    reason = "Client in crisis at the desk; no other counsellor in"
    screen = _history(qtbot, counsellor, ScriptedDialogs(texts=[reason]))
    screen.show_client(client.id)
    assert screen.model.rowCount() == 1  # the visit
    counsellor.lock()

    coordinator = sign_in_as(vault_dir, Role.COORDINATOR)
    controller.open_main_window(Session(coordinator))
    [notice] = [text for kind, title, text in controller.dialogs.shown if title == "Records opened by break-glass"]
    assert "once" in notice and client.code in notice and reason in notice and "Jordan" not in notice
    assert conflicts.break_glass_notice(coordinator) == ""  # said once
