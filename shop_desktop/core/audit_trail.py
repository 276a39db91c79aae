"""The audit trail as the screens and the CLI see it: read and checked only by those allowed to."""

from __future__ import annotations

from shop_desktop.core import audit
from shop_desktop.core.audit import AuditEntry, ChainReport
from shop_desktop.core.roles import Permission
from shop_desktop.core.vault import Vault


def recent_entries(vault: Vault, limit: int = 500, offset: int = 0) -> list[AuditEntry]:
    """The newest entries first (ids and actions only: the trail holds no names or text)."""
    vault.require(Permission.VIEW_AUDIT)
    return audit.entries(vault.conn, limit=limit, offset=offset)


def check(vault: Vault) -> ChainReport:
    """Every entry's chain link and signature (keys from the certificates), against every anchor."""
    vault.require(Permission.VIEW_AUDIT)
    return vault.verify_audit()
