"""The audit trail as the screens and the CLI see it: read and checked only by those allowed to."""

from __future__ import annotations

from shop_desktop.core.actions import action
from shop_desktop.core.roles import Permission
from shop_desktop.core.vault import audit, audit_checkpoints, trust
from shop_desktop.core.vault.audit import AuditEntry, ChainReport
from shop_desktop.core.vault.vault import Vault


@action(Permission.VIEW_AUDIT, audits=())
def recent_entries(vault: Vault, limit: int = 500, offset: int = 0) -> list[AuditEntry]:
    """The newest entries first (ids and actions only: the trail holds no names or text)."""
    return audit.entries(vault.conn, limit=limit, offset=offset)


@action(Permission.VIEW_AUDIT, audits=())
def check(vault: Vault, *, full: bool = False) -> ChainReport:
    """Every entry's chain link and signature (keys from the certificates), against every anchor.

    Entries up to my own newest signed checkpoint that still matches are proved unchanged by its
    digest instead of one signature each (core/vault/audit_checkpoints.py); full=True checks every
    signature again. A check that passes signs a new checkpoint at the head it reached."""
    signers = trust.signing_keys(vault.keys)
    me, vault_id = vault.user.id, vault.keys.vault_id
    used: audit_checkpoints.Used = (None, None)
    if full:
        report = audit.verify(vault.conn, signers, vault.audit_anchors())
    else:
        report, used = audit_checkpoints.verify(vault.conn, signers, vault.audit_anchors(), vault_id=vault_id, me=me)
    if report.ok and me in signers:
        with vault.transaction() as conn:
            audit_checkpoints.record(
                conn, report, vault_id=vault_id, me=me, sign_private=vault.secrets.sign_private, used=used
            )
    return report
