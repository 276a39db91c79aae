"""Turnaways: someone who came and could not be served (Safe Suite full, restricted, closed, other).

Two keystrokes from the check-in screen; named or anonymous; counted in the funder report by
reason, suppressed like every other count.
"""

from __future__ import annotations

from datetime import date, datetime

from shop_desktop.core.actions import action
from shop_desktop.core.desk.clients import get_client
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from shop_desktop.core.roles import Permission
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.ids import new_id

REASONS = {
    "suite_full": "Safe Suite full",
    "restricted": "Restricted",
    "closed": "Closed",
    "other": "Other",
}


@action(Permission.CHECK_IN, audits=("turnaway.recorded",))
def record_turnaway(vault: Vault, reason: str, client_id: int | None = None, at: datetime | None = None) -> int:
    if reason not in REASONS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "Choose why they were turned away: Safe Suite full, restricted, closed or other.")
        )
    if client_id is not None:
        get_client(vault, client_id)
    when = (at or datetime.now()).replace(second=0, microsecond=0)
    with vault.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO turnaways (id, at, day, client_id, reason, staff_id, created_at) VALUES (?,?,?,?,?,?,?)",
            (
                new_id(conn, "turnaways"),
                when.isoformat(timespec="minutes"),
                when.date().isoformat(),
                client_id,
                reason,
                vault.user.id,
                now_iso(),
            ),
        )
        turnaway_id = int(cursor.lastrowid or 0)
        vault.audit("turnaway.recorded", "turnaway", turnaway_id, client_id=client_id)
    return turnaway_id


@action(Permission.RUN_REPORTS)
def count_by_reason(vault: Vault, first: date, last: date) -> dict[str, int]:
    """For the funder report: turnaways per reason, both days included."""
    rows = vault.conn.execute(
        "SELECT reason, count(*) FROM turnaways WHERE day BETWEEN ? AND ? GROUP BY reason",
        (first.isoformat(), last.isoformat()),
    ).fetchall()
    return {str(reason): int(count) for reason, count in rows}
