"""The staff list: its order holds after each refresh, and every account shows exactly once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shop_desktop.core.roles import Role
from shop_desktop.core.session import Session
from shop_desktop.core.store import staff
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.admin.staff_screen import COL_NAME, COL_USERNAME, StaffScreen
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from tests.conftest import add_member


def shown_usernames(screen: StaffScreen) -> list[str]:
    return [screen.proxy.index(row, COL_USERNAME).data() for row in range(screen.proxy.rowCount())]


def test_active_accounts_come_first_by_user_name_and_stay_so_after_each_refresh(qtbot: QtBot, vault: Vault) -> None:
    members = {role: add_member(vault, role) for role in (Role.OUTREACH, Role.FRONT_DESK, Role.ADMIN, Role.COUNSELLOR)}
    staff.disable_staff(vault, members[Role.ADMIN].id)
    screen = StaffScreen(
        Services(session=Session(vault), dialogs=ScriptedDialogs(), pool=SynchronousPool(), clipboard=ClipboardGuard())
    )
    qtbot.addWidget(screen)
    expected = ["coordinator", "counsellor", "frontdesk", "outreach", "admin"]  # written out, not computed
    for _ in range(3):
        assert shown_usernames(screen) == expected
        screen.refresh()
    screen.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    screen.refresh()
    names = [screen.proxy.index(row, COL_NAME).data() for row in range(screen.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold, reverse=True)  # the column the person chose is kept
    assert sorted(shown_usernames(screen)) == sorted(expected)  # each account once
