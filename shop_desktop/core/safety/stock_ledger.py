"""The shelf's arithmetic: what each supply should have on hand at the end of a day.

On hand = the last stock-take's count (0 if there was none since the stock began) + what was
received - handed out - wasted after it. "After" a count means dated after its day, or dated on
its day and entered after it was taken. The count saw the real shelf, so a visit entered late and
dated before the count is not taken off again, and a delivery back-dated before it is not added
again. Reading from the last count keeps this quick however many years of visits the vault holds:
only the visits since the last count are read (a year of visits is about 0.1 s; count monthly).

Between counts, received - handed out - wasted + the stock-take differences = on hand, exactly;
the difference a count records is what it found against this very arithmetic at that moment.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from shop_desktop.core.store.db import Connection

LAST_DAY = "9999-12-31"


@dataclass(frozen=True)
class Movement:
    """What happened to one supply over a span of days."""

    received: int = 0
    handed_out: int = 0
    wasted: int = 0
    adjusted: int = 0  # the sum of stock-take differences, + or -

    @property
    def net(self) -> int:
        return self.received - self.handed_out - self.wasted + self.adjusted


@dataclass(frozen=True)
class Checkpoint:
    """Where the arithmetic starts: a supply's last count on or before a day, or its first day."""

    day: str
    entered: str  # when the count was taken (UTC, as created_at); "" takes the whole day after it
    base: int  # what was counted; 0 where the stock began with a delivery
    move_id: int  # stock moves with a larger id come after it


@dataclass(frozen=True)
class SupplyStock:
    service_id: int
    name: str
    tracked_from: str | None  # None: nobody has counted or received this supply yet
    reorder_level: int
    counted_on: str | None  # the last count's day (None: none yet)
    since: Movement  # received, handed out and wasted after the last count (or since the stock began)
    on_hand: int | None

    @property
    def low(self) -> bool:
        return self.on_hand is not None and self.reorder_level > 0 and self.on_hand <= self.reorder_level


# Visits first (CROSS JOIN keeps that order), so the day range walks the visits_day index;
# otherwise SQLite scans every supply line ever given (seconds at a few years of visits).
HANDED_BY_DAY = (
    "SELECT vs.service_id, v.day, sum(vs.quantity) FROM visits v CROSS JOIN visit_services vs"
    " ON vs.visit_id = v.id WHERE v.day BETWEEN ? AND ? AND v.voided_at IS NULL {extra} GROUP BY 1, 2",
    "SELECT o.service_id, h.day, sum(o.quantity) FROM outreach_shifts h CROSS JOIN outreach_supplies o"
    " ON o.shift_id = h.id WHERE h.day BETWEEN ? AND ? AND h.voided_at IS NULL {extra} GROUP BY 1, 2",
)


def handed_by_day(conn: Connection, first: str, last: str) -> dict[int, dict[str, int]]:
    """Items of each supply handed out at check-in and on outreach per day, voided ones left out."""
    found: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for sql in HANDED_BY_DAY:
        for service_id, day, items in conn.execute(sql.format(extra=""), (first, last)):
            found[int(service_id)][str(day)] += int(items)
    return found


def handed_out_between(conn: Connection, first: str, last: str, since: dict[int, str] | None = None) -> dict[int, int]:
    """Items of each supply handed out from `first` to `last`; with `since`, only the supplies in
    it, each from its own day on (the day its stock began)."""
    supply_ids = {int(r[0]) for r in conn.execute("SELECT id FROM services WHERE kind = 'supply'")}
    totals: dict[int, int] = {}
    for service_id, days in handed_by_day(conn, first, last).items():
        if service_id not in supply_ids or (since is not None and service_id not in since):
            continue
        start = first if since is None else since[service_id]
        totals[service_id] = sum(items for day, items in days.items() if day >= start)
    return totals


def moves_between(conn: Connection, first: str, last: str) -> dict[int, dict[str, int]]:
    """Deliveries, waste and count differences of each supply, both days included."""
    found: dict[int, dict[str, int]] = {}
    for service_id, kind, total in conn.execute(
        "SELECT service_id, kind, sum(quantity) FROM stock_moves WHERE day BETWEEN ? AND ? GROUP BY 1, 2",
        (first, last),
    ):
        found.setdefault(int(service_id), {})[str(kind)] = int(total)
    return found


def supplies(conn: Connection) -> list[tuple[int, str, bool, str | None, int]]:
    """(id, name, active, tracked_from, reorder level) of every supply in the catalog."""
    rows = conn.execute(
        "SELECT s.id, s.name, s.active, t.tracked_from, coalesce(t.reorder_level, 0) FROM services s"
        " LEFT JOIN stock_supplies t ON t.service_id = s.id WHERE s.kind = 'supply' ORDER BY s.sort_order, s.name"
    ).fetchall()
    return [(int(r[0]), str(r[1]), bool(r[2]), None if r[3] is None else str(r[3]), int(r[4])) for r in rows]


def checkpoint(conn: Connection, service_id: int, tracked_from: str, through: str) -> Checkpoint:
    row = conn.execute(
        "SELECT id, day, counted, created_at FROM stock_moves WHERE service_id = ? AND kind = 'counted'"
        " AND day <= ? ORDER BY day DESC, id DESC LIMIT 1",
        (service_id, through),
    ).fetchone()
    if row is None:
        return Checkpoint(tracked_from, "", 0, 0)
    return Checkpoint(str(row[1]), str(row[3]), int(row[2]), int(row[0]))


def _moved_after(conn: Connection, service_id: int, point: Checkpoint, through: str) -> dict[str, int]:
    return {
        str(kind): int(total)
        for kind, total in conn.execute(
            "SELECT kind, sum(quantity) FROM stock_moves WHERE service_id = ? AND kind != 'counted' AND day <= ?"
            " AND (day > ? OR (day = ? AND id > ?)) GROUP BY kind",
            (service_id, through, point.day, point.day, point.move_id),
        )
    }


def _handed_on_count_day(conn: Connection, service_id: int, point: Checkpoint) -> int:
    """Hand-outs dated on the count's day but entered after it was taken."""
    extra = {"v": " AND v.created_at > ? AND vs.service_id = ?", "h": " AND h.created_at > ? AND o.service_id = ?"}
    return sum(
        int(items)
        for sql, alias in zip(HANDED_BY_DAY, ("v", "h"), strict=True)
        for _, _, items in conn.execute(
            sql.format(extra=extra[alias]), (point.day, point.day, point.entered, service_id)
        )
    )


def shelf(conn: Connection, through: str = LAST_DAY) -> list[SupplyStock]:
    """Every supply in the catalog (active, or with stock kept) as it stood at the end of `through`."""
    rows = supplies(conn)
    points = {
        sid: checkpoint(conn, sid, start, through)
        for sid, _, _, start, _ in rows
        if start is not None and start <= through
    }
    earliest = min((p.day for p in points.values()), default=through)
    by_day = handed_by_day(conn, earliest, through) if points else {}
    found = []
    for sid, name, active, start, level in rows:
        point = points.get(sid)
        if point is None:
            if active or start is not None:
                found.append(SupplyStock(sid, name, None, level, None, Movement(), None))
            continue
        days = by_day.get(sid, {})
        handed = sum(items for day, items in days.items() if day > point.day)
        handed += _handed_on_count_day(conn, sid, point) if point.entered else days.get(point.day, 0)
        moved = _moved_after(conn, sid, point, through)
        since = Movement(moved.get("received", 0), handed, moved.get("wasted", 0))
        counted_on = point.day if point.entered else None
        found.append(SupplyStock(sid, name, start, level, counted_on, since, point.base + since.net))
    return found
