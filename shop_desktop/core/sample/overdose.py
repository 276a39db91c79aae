"""Demo overdose responses and take-home naloxone kit details, so a newcomer sees the screen and the
report sections filled in.

Responses are made through core/safety/overdose.py as the coordinator (the demo's first account), within
the late-entry window, so they follow the same rules and audit entries as real ones. The kit details
are added to the kits the demo's visits and outreach shifts already handed out.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from shop_desktop.core.safety import overdose, overdose_choices
from shop_desktop.core.safety.overdose import ResponseDraft
from shop_desktop.core.safety.overdose_kits import REASONS, naloxone_service_id
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault

OUTCOME_WEIGHTS = {"recovered": 12, "transported": 5, "refused_transport": 3, "died": 1}
PLACE_WEIGHTS = {"washroom": 6, "safe_suite": 3, "drop_in": 2, "outside": 4, "outreach": 3}
REASON_WEIGHTS = {"used": 8, "lost_stolen": 3, "expired": 2, "police": 1, "other": 1}


def populate_overdose(vault: Vault, rng: random.Random, *, days: int) -> None:
    _responses(vault, rng, days=min(days, overdose.LATE_ENTRY_DAYS - 2))
    _kit_details(vault, rng)


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _responses(vault: Vault, rng: random.Random, *, days: int) -> None:
    staff_ids = [int(r[0]) for r in vault.conn.execute("SELECT id FROM staff WHERE active = 1 ORDER BY id")]
    areas = [a for a, _ in overdose_choices.area_choices(vault)]
    client_ids = [int(r[0]) for r in vault.conn.execute("SELECT id FROM clients WHERE status = 'active' LIMIT 200")]
    now = datetime.now().replace(second=0, microsecond=0)
    signed = []
    for _ in range(max(4, days // 5)):
        when = now - timedelta(days=rng.randrange(1, max(2, days)), minutes=rng.randrange(0, 600))
        place = _pick(rng, PLACE_WEIGHTS)
        doses = rng.choice([0, 1, 1, 2, 2, 3])
        outcome = _pick(rng, OUTCOME_WEIGHTS)
        named = client_ids and rng.random() < 0.6
        draft = ResponseDraft(
            occurred_at=when.isoformat(timespec="minutes"),
            place=place,
            area_id=rng.choice(areas) if place == "outreach" and areas else None,
            client_id=rng.choice(client_ids) if named else None,
            age_band=None if named else rng.choice([None, "25_34", "35_44", "45_54"]),
            gender=None if named else rng.choice([None, "woman", "trans_woman", "man"]),
            signs=tuple(rng.sample(["unresponsive", "not_breathing", "slow_breathing", "blue_lips", "snoring"], 2)),
            responders=tuple(rng.sample(staff_ids, min(len(staff_ids), rng.choice([1, 2, 2])))),
            naloxone_doses=doses,
            naloxone_route=rng.choice(["intranasal", "intramuscular"]) if doses else None,
            rescue_breaths=rng.random() < 0.7,
            oxygen=rng.random() < 0.3,
            called_911=outcome != "recovered" or rng.random() < 0.4,
            paramedics=outcome in ("transported", "died") or rng.random() < 0.2,
            outcome=outcome,
            aftercare_offered=rng.random() < 0.8,
            debrief_offered=True,
            debrief_held=rng.random() < 0.6,
        )
        if draft.place == "outreach" and draft.area_id is None:
            draft = ResponseDraft(**{**draft.__dict__, "place": "outside"})
        signed.append(overdose.sign_response(vault, draft))
    if signed:
        overdose.add_addendum(vault, signed[0], "Paramedics arrived at 14:20, not 14:02 as first written.")


def _kit_details(vault: Vault, rng: random.Random) -> None:
    """First kit for a client's first naloxone visit, replacements after; anonymous ones at random."""
    service_id = naloxone_service_id(vault.conn)
    if service_id is None:
        return
    lines = _visit_kit_lines(vault, rng, service_id) + _shift_kit_lines(vault, rng, service_id)
    stamp = now_iso()
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT INTO naloxone_kits (visit_id, shift_id, day, kind, reason, trained, kits, staff_id, created_at)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (
                    v,
                    s,
                    d,
                    kind,
                    reason if reason in REASONS else None,
                    int(kind == "first" or rng.random() < 0.2),
                    q,
                    st,
                    stamp,
                )
                for v, s, d, kind, reason, q, st in lines
            ],
        )


def _visit_kit_lines(vault: Vault, rng: random.Random, service_id: int) -> list[tuple[Any, ...]]:
    """Kits handed out at check-in: a client's first, then replacements; some left without details."""
    rows = vault.conn.execute(
        "SELECT v.id, v.day, v.client_id, vs.quantity, v.staff_id FROM visits v"
        " JOIN visit_services vs ON vs.visit_id = v.id WHERE vs.service_id = ? AND v.voided_at IS NULL"
        " ORDER BY v.at",
        (service_id,),
    ).fetchall()
    seen: set[int] = set()
    lines: list[tuple[Any, ...]] = []
    for visit_id, day, client_id, quantity, staff_id in rows:
        if rng.random() < 0.1:
            continue  # details not recorded: still counted as a supply
        first = client_id not in seen if client_id is not None else rng.random() < 0.3
        if client_id is not None:
            seen.add(int(client_id))
        reason = None if first else _pick(rng, REASON_WEIGHTS)
        lines.append((visit_id, None, day, "first" if first else "replacement", reason, quantity, staff_id))
    return lines


def _shift_kit_lines(vault: Vault, rng: random.Random, service_id: int) -> list[tuple[Any, ...]]:
    """Kits handed out on outreach shifts, split at random between replacements and first kits."""
    lines: list[tuple[Any, ...]] = []
    shifts = vault.conn.execute(
        "SELECT s.id, s.day, o.quantity, s.staff_id FROM outreach_shifts s JOIN outreach_supplies o"
        " ON o.shift_id = s.id WHERE o.service_id = ? AND s.voided_at IS NULL",
        (service_id,),
    ).fetchall()
    for shift_id, day, quantity, staff_id in shifts:
        replaced = rng.randint(0, int(quantity))
        if replaced:
            lines.append((None, shift_id, day, "replacement", _pick(rng, REASON_WEIGHTS), replaced, staff_id))
        if quantity - replaced:
            lines.append((None, shift_id, day, "first", None, int(quantity) - replaced, staff_id))
    return lines
