"""The audit trail's screen and CLI actions check the permission in core, not in the screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from shop_desktop.core.errors import PermissionDenied
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit_trail
from shop_desktop.core.store.vault import Vault
from tests.conftest import add_member, sign_in_as


def test_only_those_who_may_see_the_audit_trail_read_or_check_it(vault: Vault, vault_dir: Path) -> None:
    add_member(vault, Role.FRONT_DESK)
    actions = [e.action for e in audit_trail.recent_entries(vault, limit=3)]
    assert actions[0] == "staff.added" and audit_trail.check(vault).ok
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    try:
        with pytest.raises(PermissionDenied):
            audit_trail.recent_entries(desk)
        with pytest.raises(PermissionDenied):
            audit_trail.check(desk)
    finally:
        desk.lock()
