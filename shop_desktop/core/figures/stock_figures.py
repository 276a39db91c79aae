"""Funder-report figures for supplies: received, handed out and wasted in the period (counts only).

Only supplies whose stock the centre keeps are listed (none: no section, and no extra work for
the suppression). "Handed out" is the sum of the items given at check-in (the supplies table) and
on outreach (street and online), so a reader can subtract; `handed_out_sums` tells the
suppression those sums, so a withheld count in one table can't be worked out from this one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shop_desktop.core.safety.stock_ledger import handed_out_between, moves_between
from shop_desktop.core.store.db import Connection

if TYPE_CHECKING:
    from shop_desktop.core.figures.periods import Period
    from shop_desktop.core.figures.report_tables import ReportFigures, Table

KEY = "supply_stock"
Spot = tuple[str, int, int]  # (table key, row, column) as report_figures ties them


def supplies_stock_section(conn: Connection, period: Period) -> list[Table]:
    from shop_desktop.core.figures.report_tables import Table

    first, last = period.day_range
    handed = handed_out_between(conn, first, last)
    moved = moves_between(conn, first, last)
    kept = {int(r[0]) for r in conn.execute("SELECT service_id FROM stock_supplies WHERE tracked_from <= ?", (last,))}
    catalog = conn.execute("SELECT id, name FROM services WHERE kind = 'supply' ORDER BY sort_order, name")
    rows = [
        (str(name), [moved.get(sid, {}).get("received", 0), handed.get(sid, 0), moved.get(sid, {}).get("wasted", 0)])
        for sid, name in catalog
        if sid in kept or sid in moved
    ]
    if not rows:  # a centre that keeps no stock gets no section (and the suppression no extra work)
        return []
    return [
        Table(
            KEY,
            "Supplies received and handed out",
            ["Received", "Handed out", "Wasted or expired"],
            rows,
            total_row=False,  # condoms and naloxone kits added together say little, and cost the suppression
            note="Items received from suppliers, handed out at the front desk and on outreach together, "
            "and thrown away (expired, damaged or recalled) in the period.",
        )
    ]


def handed_out_sums(figures: ReportFigures) -> list[tuple[Spot, list[Spot]]]:
    """Each supply's "Handed out" is its items at check-in plus on outreach, street and online."""
    tables = {table.key: table for table in figures.tables}
    if KEY not in tables:
        return []
    rows_of = {key: {label: r for r, (label, _) in enumerate(tables[key].rows)} for key in tables}
    sums = []
    for r, (label, _) in enumerate(tables[KEY].rows):
        parts: list[Spot] = []
        if "supplies" in rows_of and label in rows_of["supplies"]:
            parts.append(("supplies", rows_of["supplies"][label], 1))
        if "outreach_supplies" in rows_of and label in rows_of["outreach_supplies"]:
            row = rows_of["outreach_supplies"][label]
            parts += [("outreach_supplies", row, 0), ("outreach_supplies", row, 1)]
        if parts:
            sums.append(((KEY, r, 1), parts))
    return sums
