"""The action gate: permission before the body, only declared audit entries inside it."""

from __future__ import annotations

import pytest

from shop_desktop.core import actions
from shop_desktop.core.errors import PermissionDenied, VaultLocked
from shop_desktop.core.roles import Permission, Role
from shop_desktop.core.session import Session
from tests.conftest import add_member, sign_in_as


def test_a_role_without_the_permission_is_refused_before_anything_is_written(vault, vault_dir) -> None:
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    before = desk.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(PermissionDenied):
        Session(desk).turnaways.count_by_reason(None, None)
    assert desk.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == before
    desk.lock()


def test_a_locked_session_is_refused(vault) -> None:
    session = Session(vault)
    vault.lock()
    with pytest.raises(VaultLocked):
        session.turnaways.record_turnaway("closed")


def test_an_action_that_writes_an_undeclared_entry_fails_at_once(vault) -> None:
    @actions.action(Permission.CHECK_IN, audits=("test.declared",))
    def sneaky(v) -> None:
        with v.transaction():
            v.audit("test.something_else")

    try:
        with pytest.raises(actions.UndeclaredAudit):
            sneaky(vault)
        assert vault.conn.execute("SELECT count(*) FROM audit WHERE action LIKE 'test.%'").fetchone()[0] == 0
    finally:
        actions.ACTIONS.pop(sneaky.__action__.key)


def test_the_session_offers_actions_and_not_the_vault(vault) -> None:
    session = Session(vault)
    turnaway_id = session.turnaways.record_turnaway("closed")
    assert vault.conn.execute("SELECT reason FROM turnaways WHERE id = ?", (turnaway_id,)).fetchone()[0] == "closed"
    for forbidden in ("conn", "data_key", "secrets", "commit_keys", "_Session__vault_x"):
        with pytest.raises(AttributeError):
            getattr(session, forbidden)
