"""Synthetic Safe Suite stays and outreach shifts for the demo vault (every person and remark invented).

Stays follow one another in each unit with short gaps, over the past months and the next weeks;
most are checked in and out, a few end early, are extended or cancelled. Outreach goes out on
Tuesday, Thursday and Friday evenings, and works online on Monday and Wednesday afternoons.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from shop_desktop.core.desk import outreach, suite
from shop_desktop.core.desk.demographics import AGE_BANDS
from shop_desktop.core.desk.outreach import ShiftRecord
from shop_desktop.core.desk.suite import Stay, StayRequest
from shop_desktop.core.errors import InvalidInput
from shop_desktop.core.store.vault import Vault

STAY_NIGHTS = (1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7, 10, 14)
GAP_DAYS = (0, 0, 0, 1, 1, 2, 3, 5)
BOOK_AHEAD = 35
STAY_REMARKS = (
    "",
    "",
    "",
    "Prefers the quiet room key",
    "Arriving after 9 pm",
    "Bringing a small bag only",
    "Needs a bus ticket home",
    "Asked for extra blankets",
)
SHIFT_REMARKS = (
    "",
    "",
    "",
    "Rain, fewer people out",
    "Busy night near the motels",
    "Handed out winter socks",
    "Talked with regulars by the bus stop",
    "Quiet, short shift",
)
STREET_TIMES = ((time(19, 0), time(23, 0)), (time(20, 0), time(1, 0)), (time(21, 30), time(2, 0)))
ONLINE_TIMES = ((time(13, 0), time(16, 0)), (time(14, 0), time(15, 30)))
SUPPLY_QUANTITY = {
    "Condoms": (10, 60),
    "Lube": (5, 30),
    "Naloxone kits": (1, 4),
    "Needles": (10, 80),
    "Swabs": (10, 50),
    "Sterile water": (5, 30),
    "Pipes": (2, 12),
    "Mouthpieces": (2, 12),
}


def populate_suite_and_outreach(vault: Vault, rng: random.Random, *, days: int) -> tuple[int, int]:
    """Stays and shifts over the last `days` days (at most a year); returns (stays, shifts)."""
    days = max(1, min(days, suite.LATE_ENTRY_DAYS))
    with vault.transaction():
        stays = _populate_suite(vault, rng, days)
        shifts = _populate_outreach(vault, rng, days)
        vault.audit("demo.suite_outreach_added", None, None, stays=stays, shifts=shifts)
    return stays, shifts


# --- Safe Suite ---------------------------------------------------------------------------------


def _guests(vault: Vault) -> list[int]:
    return [
        r[0]
        for r in vault.conn.execute(
            "SELECT c.id FROM clients c JOIN visits v ON v.client_id = c.id WHERE c.status = 'active'"
            " GROUP BY c.id ORDER BY count(*) DESC LIMIT 120"
        ).fetchall()
    ]


def _populate_suite(vault: Vault, rng: random.Random, days: int) -> int:
    guests, staff = _guests(vault), [m.id for m in suite.staff_choices(vault)]
    if not guests:
        return 0
    today, made = date.today(), 0
    for unit in range(1, suite.unit_count(vault) + 1):
        day = today - timedelta(days=days - 1 - rng.randint(0, 3))
        while day < today + timedelta(days=BOOK_AHEAD):
            request = StayRequest(
                rng.choice(guests),
                day,
                day + timedelta(days=rng.choice(STAY_NIGHTS)),
                unit,
                rng.choice(staff),
                rng.choice(STAY_REMARKS),
            )
            try:
                stay = _play_out(vault, rng, suite.book_stay(vault, request), today)
            except InvalidInput:  # that person is already in the other unit then
                day += timedelta(days=1)
                continue
            made += 1
            day = max(stay.departure, day + timedelta(days=1)) + timedelta(days=rng.choice(GAP_DAYS))
    return made


def _play_out(vault: Vault, rng: random.Random, stay: Stay, today: date) -> Stay:
    """What happened to a booking: cancelled, or checked in, maybe extended or ended early, checked out."""
    if rng.random() < 0.06:
        return suite.cancel_stay(vault, stay.id)
    if stay.arrival > today:
        return stay
    stay = suite.check_in(vault, stay.id, stay.arrival)
    if rng.random() < 0.1:
        stay = suite.extend_stay(vault, stay.id, stay.departure + timedelta(days=rng.randint(1, 3)))
    if stay.departure > today:
        return stay
    if rng.random() < 0.15 and stay.nights > 1:
        return suite.check_out(vault, stay.id, stay.arrival + timedelta(days=rng.randint(1, stay.nights - 1)))
    return suite.check_out(vault, stay.id, stay.departure)


# --- outreach -----------------------------------------------------------------------------------


def _populate_outreach(vault: Vault, rng: random.Random, days: int) -> int:
    areas = outreach.list_areas(vault)
    street = [a.id for a in areas if a.kind == outreach.STREET]
    online = [a.id for a in areas if a.kind == outreach.ONLINE]
    supplies = {s.name: s.id for s in outreach.supply_catalog(vault)}
    today, made = date.today(), 0
    for offset in range(days - 1, -1, -1):
        day = today - timedelta(days=offset)
        if day.weekday() in (1, 3, 4) and street and rng.random() < 0.85:
            outreach.log_shift(vault, _shift(rng, day, rng.choice(street), STREET_TIMES, (4, 28), supplies))
            made += 1
        if day.weekday() in (0, 2) and online and rng.random() < 0.7:
            outreach.log_shift(vault, _shift(rng, day, rng.choice(online), ONLINE_TIMES, (2, 14), {}))
            made += 1
    return made


def _shift(
    rng: random.Random,
    day: date,
    area_id: int,
    times: tuple[tuple[time, time], ...],
    contacts: tuple[int, int],
    supplies: dict[str, int],
) -> ShiftRecord:
    starts, ends = rng.choice(times)
    met = rng.randint(*contacts)
    handed = {
        supplies[name]: rng.randint(*SUPPLY_QUANTITY[name])
        for name in rng.sample(sorted(SUPPLY_QUANTITY), rng.randint(2, 5))
        if name in supplies
    }
    return ShiftRecord(
        day,
        starts,
        ends,
        area_id,
        met,
        handed,
        rng.choice((0, 0, 0, 1, 1, 2, 3)),
        rng.choice((0, 0, 1, 1, 2)),
        rng.choice(SHIFT_REMARKS),
        _demographics(rng, met),
    )


def _demographics(rng: random.Random, met: int) -> dict[str, dict[str, int]]:
    """About half the shifts note who was met, never more people than contacts."""
    if rng.random() < 0.5 or met == 0:
        return {}
    found: dict[str, dict[str, int]] = {}
    for key, choices, weights in (
        ("gender", ("woman", "trans_woman", "man", "non_binary", "two_spirit"), (60, 15, 12, 8, 5)),
        ("age_band", tuple(AGE_BANDS)[1:6], (20, 35, 25, 12, 8)),
    ):
        counted = rng.randint(met // 2, met)
        tally: dict[str, int] = {}
        for choice in rng.choices(choices, weights, k=counted):
            tally[choice] = tally.get(choice, 0) + 1
        found[key] = tally
    return found
