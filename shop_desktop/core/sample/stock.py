"""Demo supply stock, drug alerts and shift log: invented, deterministic for a seed.

Stock begins with a count on the first day of the window (at most LATE_DAYS back), deliveries
arrive about every four weeks sized to what the demo's visits and shifts hand out, a few kits
expire, and today's count finds a small difference. One supply is left low and one naloxone lot
near its expiry, so the home screen's warnings show.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from shop_desktop.core.safety import drug_alerts, shift_log, stock, stock_ledger
from shop_desktop.core.store.vault import Vault

COUNTED = ("Naloxone kits", "Condoms", "Lube", "Needles", "Sterile water", "Cookers", "Swabs", "Pipes")
KIT_SHELF_DAYS = 130  # short-dated demo kits: the first delivery's lot is near expiry by today
REORDER = {"Naloxone kits": 30, "Condoms": 400, "Lube": 500, "Needles": 600, "Swabs": 300}
ALERTS = (
    ("Fentanyl with medetomidine", "Heavy sedation that lasts hours; naloxone brings back breathing, not waking",
     "health_authority", "Downtown core"),
    ("Down (pink or purple)", "Much stronger than usual; several overdoses in one night", "drug_checking", None),
    ("Smokable 'down'", "Contains benzodiazepines: breathing slows, people stay drowsy", "community", "Motel strip"),
)  # fmt: skip
LOG_LINES = (
    ("Safe Suite key is with night staff", True),
    ("Call the landlord back about the leak in the laundry room", True),
    ("Breakfast: coffee ran out at 10, order more", True),
    ("Quiet morning", False),
    ("Nurse is in on Tuesday; put up the sign", True),
    ("Donation of socks in the back room", False),
)


def populate_stock(vault: Vault, rng: random.Random, *, days: int) -> int:
    """Stock moves, drug alerts and log entries; returns how many stock moves were made."""
    today = date.today()
    start = today - timedelta(days=max(1, min(days, stock.LATE_DAYS)) - 1)
    ids = {row.name: row.service_id for row in stock.stock_levels(vault)}
    with vault.transaction():
        made = sum(_supply(vault, rng, ids[name], name, start, today) for name in COUNTED if name in ids)
        for name, level in REORDER.items():
            if name in ids:
                stock.set_reorder_level(vault, ids[name], level)
        _drug_alerts(vault, rng, today)
        _shift_log(vault, rng)
        vault.audit("demo.stock_added", None, None, moves=made)
    return made


def _supply(vault: Vault, rng: random.Random, service_id: int, name: str, start: date, today: date) -> int:
    conn = vault.conn
    handed = stock_ledger.handed_out_between(conn, start.isoformat(), today.isoformat()).get(service_id, 0)
    monthly = max(10, handed * 30 // max(1, (today - start).days + 1))
    made = 0
    # Naloxone starts with three months on the shelf, so its oldest lot is still there as it nears expiry.
    first = 3 * monthly if stock.needs_expiry(name) else monthly + rng.randint(0, monthly)
    move = stock._insert_move(
        vault, conn, service_id, "counted", start.isoformat(), {"quantity": first, "counted": first}
    )
    # Taken as that day opened, so the demo's visits that day (entered earlier) come off after it.
    conn.execute("UPDATE stock_moves SET created_at = ? WHERE id = ?", (f"{start.isoformat()}T00:00:00+00:00", move))
    day = start + timedelta(days=rng.randint(5, 12))
    while day < today:
        quantity = _round(monthly * rng.uniform(1.0, 1.3) if name != "Lube" else monthly * 0.6)
        if stock.needs_expiry(name):
            lot = f"NX{rng.randint(1000, 9999)}"
            expires = day + timedelta(days=KIT_SHELF_DAYS)
            stock.record_delivery(vault, service_id, quantity, day=day, lot=lot, expires_on=expires)
        else:
            stock.record_delivery(vault, service_id, quantity, day=day)
        made += 1
        day += timedelta(days=rng.randint(25, 32))
    if rng.random() < 0.5 and (stock._on_hand(conn, service_id) or 0) > 10:
        stock.record_waste(vault, service_id, rng.randint(1, 6), rng.choice(("expired", "damaged")), day=today)
        made += 1
    expected = stock._on_hand(conn, service_id) or 0
    if expected > 0:
        stock.record_count(vault, service_id, max(0, expected - rng.randint(0, 5)))
        made += 1
    return made + 1


def _round(value: float) -> int:
    return max(10, int(value) // 10 * 10)


def _drug_alerts(vault: Vault, rng: random.Random, today: date) -> None:
    for (substance, different, source, where), back, lasts in zip(ALERTS, (3, 22, 9), (14, 7, 14), strict=True):
        issued = today - timedelta(days=back + rng.randint(0, 2))
        drug_alerts.post_drug_alert(
            vault,
            substance=substance,
            what_is_different=different,
            source=source,
            issued_on=issued,
            expires_on=issued + timedelta(days=lasts),
            where_seen=where,
        )


def _shift_log(vault: Vault, rng: random.Random) -> None:
    now = datetime.now().replace(second=0, microsecond=0)
    written = []
    for back, (line, handover) in zip((4, 3, 2, 2, 1, 0), LOG_LINES, strict=True):
        at = (now - timedelta(days=back)).replace(hour=rng.randint(8, 11), minute=rng.choice((0, 15, 30, 45)))
        written.append((shift_log.write_entry(vault, line, handover=handover, at=min(at, now)), handover))
    for entry_id, handover in written[:2]:  # the oldest handovers were seen to; the rest are still open
        if handover:
            shift_log.mark_done(vault, entry_id)
