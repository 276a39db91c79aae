"""The audit trail as the screens and the CLI see it: read and checked only by those allowed to."""

from __future__ import annotations

from shop_desktop.core import audit
from shop_desktop.core.actions import action
from shop_desktop.core.audit import AuditEntry, ChainReport
from shop_desktop.core.roles import Permission
from shop_desktop.core.vault import Vault


@action(Permission.VIEW_AUDIT)
def recent_entries(vault: Vault, limit: int = 500, offset: int = 0) -> list[AuditEntry]:
    """The newest entries first (ids and actions only: the trail holds no names or text)."""
    return audit.entries(vault.conn, limit=limit, offset=offset)


@action(Permission.VIEW_AUDIT)
def check(vault: Vault) -> ChainReport:
    """Every entry's chain link and signature (keys from the certificates), against every anchor."""
    return vault.verify_audit()
