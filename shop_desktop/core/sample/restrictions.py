"""Demo restrictions, keep-apart conflicts, a staff conflict and turnaways, so a newcomer sees them.

Made through the core actions as the coordinator (the demo's first account), with the same rules
and audit entries as real ones.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from shop_desktop.core.desk import conflicts, restrictions, turnaways
from shop_desktop.core.desk.restrictions import RestrictionRequest
from shop_desktop.core.store.vault import Vault

NOTES = (
    "Raised voice and threats at the meal line; agreed to a week away and a talk with the coordinator.",
    "Took another client's bag from the laundry; returned it. Review after the meeting.",
    "Shoved a volunteer at the shower door. Plan: shower bookings only with a staff member present.",
)


def populate_restrictions(vault: Vault, rng: random.Random, *, days: int) -> None:
    ids = [int(r[0]) for r in vault.conn.execute("SELECT id FROM clients WHERE status = 'active' ORDER BY id")]
    if len(ids) < 8:
        return
    chosen = rng.sample(ids, 8)
    today = date.today()
    reasons = {r.label: r.id for r in restrictions.reasons(vault)}
    plans = _restriction_plans(vault, today)
    for client_id, (scope, scope_id, start, end, review, reason), note in zip(chosen, plans, NOTES, strict=False):
        if scope == "service" and scope_id is None:
            continue
        restrictions.restrict(
            vault,
            RestrictionRequest(client_id, scope, reasons[reason], start, end, review, scope_id=scope_id, note=note),
        )
    conflicts.keep_apart(vault, chosen[3], chosen[4], "Former partners; one has a protection order.")
    counsellor = vault.conn.execute("SELECT id FROM staff WHERE roles LIKE '%counsellor%' ORDER BY id").fetchone()
    if counsellor:
        conflicts.record_staff_conflict(vault, int(counsellor[0]), chosen[5], "A relative of the counsellor.")
    for _ in range(max(6, days // 10)):
        when = datetime.now() - timedelta(days=rng.randrange(0, min(days, 90)), hours=rng.randrange(0, 6))
        reason = rng.choices(list(turnaways.REASONS), weights=(5, 1, 2, 1))[0]
        turnaways.record_turnaway(vault, reason, chosen[0] if reason == "restricted" else None, at=when)


def _restriction_plans(vault: Vault, today: date) -> list[tuple[Any, ...]]:
    """Three restrictions around today: (scope, scope id, start, end, review, reason label)."""
    shower = vault.conn.execute("SELECT id FROM services WHERE name = 'Shower'").fetchone()
    plans = [
        (
            "dropin",
            None,
            today - timedelta(days=2),
            today + timedelta(days=5),
            None,
            "Violence toward staff or clients",
        ),
        ("suite", None, today - timedelta(days=20), None, today + timedelta(days=10), "Theft"),
        (
            "service",
            shower[0] if shower else None,
            today - timedelta(days=40),
            None,
            today - timedelta(days=1),
            "Other",
        ),
    ]
    return plans
