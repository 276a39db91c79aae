"""Supply stock: how many of each supply are on the shelf, and when to order more.

On hand = received - handed out - wasted + the differences stock-takes found. Deliveries, waste
and stock-takes are rows here; what was handed out is never copied: it is read from the visits
and outreach shifts that are not voided (program sessions record no supplies), from the day a
supply's stock began (its first delivery, waste or count), so years of hand-outs before the
centre started counting don't make the shelf negative. The arithmetic, and why it reads from the
last count, is in stock_ledger.py.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from shop_desktop.core import settings
from shop_desktop.core.actions import action
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, said
from shop_desktop.core.jobs import WorkerTask, for_worker
from shop_desktop.core.roles import Permission
from shop_desktop.core.safety.shift_log import checked_line
from shop_desktop.core.safety.stock_ledger import (
    Movement,
    SupplyStock,
    handed_out_between,
    moves_between,
    shelf,
)
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.db import Connection
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.ids import new_id

WASTE_REASONS = {"expired": "Expired", "damaged": "Damaged or dropped", "recalled": "Recalled", "other": "Other"}
MAX_QUANTITY = 100_000
LATE_DAYS = 92  # as for a late visit
EXPIRY_WARNING_DAYS = 60
LOT_LIMIT = 40


def needs_expiry(name: str) -> bool:
    """Naloxone kits carry a lot number and an expiry date (Take Home Naloxone asks for both)."""
    return "naloxone" in name.casefold()


@dataclass(frozen=True)
class Lot:
    service_id: int
    name: str
    lot: str | None
    expires_on: date
    received: int
    left: int  # of this lot still on the shelf, if the oldest kits go out first


@dataclass(frozen=True)
class StockWarning:
    service_id: int
    kind: str  # "low", "expiring" or "expired"
    text: str


@dataclass(frozen=True)
class StockMove:
    id: int
    name: str
    kind: str
    day: str
    quantity: int
    counted: int | None
    lot: str | None
    expires_on: str | None
    reason: str | None
    staff_name: str

    @property
    def summary(self) -> str:
        if self.kind == "received":
            lot = f", lot {self.lot}" if self.lot else ""
            expiry = f", expires {self.expires_on}" if self.expires_on else ""
            return f"Received {self.quantity}{lot}{expiry}"
        if self.kind == "wasted":
            return f"Wasted {self.quantity} ({WASTE_REASONS.get(self.reason or '', 'Other').lower()})"
        return f"Counted {self.counted} ({self.quantity:+d} from expected)"


# --- reading the shelf (the arithmetic is in stock_ledger.py) ---------------------------------------


@action(Permission.RECORD_STOCK)
def stock_levels(vault: Vault) -> list[SupplyStock]:
    """Every supply in the catalog with what is on hand (None where nobody has counted it yet)."""
    return shelf(vault.conn)


def _lots(conn: Connection, stock: SupplyStock) -> list[Lot]:
    rows = conn.execute(
        "SELECT lot, expires_on, sum(quantity) FROM stock_moves WHERE service_id = ? AND kind = 'received'"
        " AND expires_on IS NOT NULL GROUP BY lot, expires_on ORDER BY expires_on DESC, lot",
        (stock.service_id,),
    ).fetchall()
    left = max(stock.on_hand or 0, 0)
    lots = []
    for lot, expires, received in rows:  # the newest kits are the ones still on the shelf
        here = min(int(received), left)
        left -= here
        lots.append(Lot(stock.service_id, stock.name, lot, _expiry(expires), int(received), here))
    return sorted(lots, key=lambda found: found.expires_on)


def _expiry(stored: object) -> date:
    """Read back as untrusted: a damaged date is a plain message, not a crash of the home screen."""
    try:
        return date.fromisoformat(str(stored))
    except ValueError as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "A delivery in the vault has a damaged expiry date. Restore from a backup.")
        ) from error


@action(Permission.RECORD_STOCK)
def lots_on_hand(vault: Vault) -> list[Lot]:
    """Lots with an expiry date that are still (partly) on the shelf, soonest to expire first."""
    lots = [lot for stock in shelf(vault.conn) for lot in _lots(vault.conn, stock) if lot.left > 0]
    return sorted(lots, key=lambda lot: lot.expires_on)


@action(Permission.RECORD_STOCK)
def stock_warnings(vault: Vault, today: date | None = None) -> list[StockWarning]:
    """Plain warnings for the home screen: a supply at or below its reorder level, kits near expiry."""
    return _warnings(vault.conn, today or date.today())


@action(Permission.RECORD_STOCK)
def stock_warnings_in_worker(vault: Vault, today: date | None = None) -> WorkerTask[list[StockWarning]]:
    """The same warnings, read on a worker's own connection: a supply never counted adds up every
    hand-out since its stock began (seconds on a 20-year vault), too long for the GUI thread."""
    day = today or date.today()
    return for_worker(vault, lambda conn, _progress, _cancelled: _warnings(conn, day))


@action(Permission.RECORD_STOCK)
def levels_and_warnings_in_worker(
    vault: Vault, today: date | None = None
) -> WorkerTask[tuple[list[SupplyStock], list[StockWarning]]]:
    """The stock screen's list and warnings, read once on a worker's own connection."""
    day = today or date.today()

    def read(conn: Connection, _progress: object, _cancelled: object) -> tuple[list[SupplyStock], list[StockWarning]]:
        levels = shelf(conn)
        return levels, _warnings(conn, day, levels)

    return for_worker(vault, read)


def _warnings(conn: Connection, day: date, levels: list[SupplyStock] | None = None) -> list[StockWarning]:
    warnings = []
    for stock in shelf(conn) if levels is None else levels:
        if stock.low:
            words = f"{stock.name}: {stock.on_hand} on hand, at or below the reorder level of {stock.reorder_level}."
            warnings.append(StockWarning(stock.service_id, "low", words + " Time to order more."))
        for lot in _lots(conn, stock):
            if lot.left and lot.expires_on <= day + timedelta(days=EXPIRY_WARNING_DAYS):
                warnings.append(_expiry_warning(lot, day))
    return warnings


def _expiry_warning(lot: Lot, day: date) -> StockWarning:
    which = f"{lot.left} of lot {lot.lot}" if lot.lot else f"{lot.left}"
    if lot.expires_on < day:
        words = f"{lot.name}: {which} expired on {lot.expires_on.isoformat()}. Record them as wasted."
        return StockWarning(lot.service_id, "expired", words)
    words = f"{lot.name}: {which} expire on {lot.expires_on.isoformat()}. Hand those out first."
    return StockWarning(lot.service_id, "expiring", words)


# --- recording ------------------------------------------------------------------------------


def _supply(vault: Vault, service_id: int) -> tuple[str, str | None]:
    """(name, tracked_from) of a supply in the catalog, or a plain refusal."""
    row = vault.conn.execute(
        "SELECT s.name, t.tracked_from FROM services s LEFT JOIN stock_supplies t ON t.service_id = s.id"
        " WHERE s.id = ? AND s.kind = 'supply'",
        (service_id,),
    ).fetchone()
    if row is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "That supply is no longer in the catalog. Refresh and try again."))
    return str(row[0]), None if row[1] is None else str(row[1])


def _checked_day(day: date | None, tracked_from: str | None) -> str:
    today = date.today()
    on = day or today
    if on > today:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Stock can't be recorded for a day that hasn't come yet."))
    if on < today - timedelta(days=LATE_DAYS):
        raise InvalidInput(
            said(QT_TRANSLATE_NOOP("core", "Late entries can go back at most {LATE_DAYS} days."), LATE_DAYS=LATE_DAYS)
        )
    if tracked_from is not None and on.isoformat() < tracked_from:
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP(
                    "core", "This supply's stock began on {tracked_from}. Record it on that day or later."
                ),
                tracked_from=tracked_from,
            )
        )
    return on.isoformat()


def _checked_quantity(name: str, quantity: int, *, zero: bool = False) -> int:
    if not (0 if zero else 1) <= quantity <= MAX_QUANTITY:
        raise InvalidInput(f"{name}: the number must be between {0 if zero else 1} and {MAX_QUANTITY:,}.")
    return quantity


def _begin_stock(conn: Connection, service_id: int, day: str) -> None:
    """A supply's stock begins with its first delivery, waste or count; hand-outs count from then."""
    conn.execute(
        "INSERT INTO stock_supplies (service_id, tracked_from) VALUES (?, ?)"
        " ON CONFLICT (service_id) DO UPDATE SET tracked_from = coalesce(tracked_from, excluded.tracked_from)",
        (service_id, day),
    )


def _insert_move(
    vault: Vault, conn: Connection, service_id: int, kind: str, day: str, values: Mapping[str, object]
) -> int:
    _begin_stock(conn, service_id, day)
    cursor = conn.execute(
        "INSERT INTO stock_moves (id, service_id, kind, day, quantity, counted, lot, expires_on, reason, staff_id,"
        " created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            new_id(conn, "stock_moves"),
            service_id,
            kind,
            day,
            values["quantity"],
            values.get("counted"),
            values.get("lot"),
            values.get("expires_on"),
            values.get("reason"),
            vault.user.id,
            now_iso(),
        ),
    )
    move_id = int(cursor.lastrowid or 0)
    vault.audit(f"stock.{kind}", "stock_move", move_id, service=service_id)
    return move_id


@action(Permission.RECORD_STOCK, audits=("stock.received",))
def record_delivery(
    vault: Vault,
    service_id: int,
    quantity: int,
    *,
    day: date | None = None,
    lot: str | None = None,
    expires_on: date | None = None,
) -> int:
    """A delivery from the health authority (or a donation); naloxone kits need their expiry date."""
    name, tracked_from = _supply(vault, service_id)
    on = _checked_day(day, tracked_from)
    _checked_quantity(name, quantity)
    lot_text = checked_line("The lot number", lot, LOT_LIMIT)
    if expires_on is None and needs_expiry(name):
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP(
                    "core", "{name}: enter the expiry date printed on the kits, so the app can warn in time."
                ),
                name=name,
            )
        )
    with vault.transaction() as conn:
        values = {"quantity": quantity, "lot": lot_text, "expires_on": expires_on.isoformat() if expires_on else None}
        return _insert_move(vault, conn, service_id, "received", on, values)


@action(Permission.RECORD_STOCK, audits=("stock.wasted",))
def record_waste(vault: Vault, service_id: int, quantity: int, reason: str, *, day: date | None = None) -> int:
    """Items that left the shelf without being handed out: expired, damaged, recalled."""
    name, tracked_from = _supply(vault, service_id)
    on = _checked_day(day, tracked_from)
    _checked_quantity(name, quantity)
    if reason not in WASTE_REASONS:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose why: expired, damaged or dropped, recalled, or other."))
    with vault.transaction() as conn:
        on_hand = _on_hand(conn, service_id)
        if on_hand is None:
            raise InvalidInput(
                said(
                    QT_TRANSLATE_NOOP(
                        "core", "{name}: count what is on the shelf first, so the app knows what there is to waste."
                    ),
                    name=name,
                )
            )
        if quantity > on_hand:
            raise InvalidInput(
                said(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{name}: that is more than the {on_hand} on hand. If the shelf holds more, "
                        "record a count first.",
                    ),
                    name=name,
                    on_hand=on_hand,
                )
            )
        return _insert_move(vault, conn, service_id, "wasted", on, {"quantity": quantity, "reason": reason})


@action(Permission.RECORD_STOCK, audits=("stock.counted",))
def record_count(vault: Vault, service_id: int, counted: int) -> int:
    """A stock-take today: what is on the shelf; the difference from what was expected is kept."""
    name, tracked_from = _supply(vault, service_id)
    _checked_quantity(name, counted, zero=True)
    today = date.today().isoformat()
    with vault.transaction() as conn:
        _begin_stock(conn, service_id, tracked_from or today)
        difference = counted - (_on_hand(conn, service_id) or 0)
        return _insert_move(vault, conn, service_id, "counted", today, {"quantity": difference, "counted": counted})


def _on_hand(conn: Connection, service_id: int) -> int | None:
    """What the shelf should hold now (None: this supply's stock hasn't begun)."""
    return next((row.on_hand for row in shelf(conn) if row.service_id == service_id), None)


@action(Permission.EDIT_CATALOG, audits=("stock.reorder_level_set",))
def set_reorder_level(vault: Vault, service_id: int, level: int) -> None:
    """At or below this many on hand, the home screen says it is time to order (0: never)."""
    name, _ = _supply(vault, service_id)
    _checked_quantity(name, level, zero=True)
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO stock_supplies (service_id, reorder_level) VALUES (?, ?)"
            " ON CONFLICT (service_id) DO UPDATE SET reorder_level = excluded.reorder_level",
            (service_id, level),
        )
        vault.audit("stock.reorder_level_set", "service", service_id, level=level)


@action(Permission.RECORD_STOCK)
def recent_moves(vault: Vault, limit: int = 200) -> list[StockMove]:
    rows = vault.conn.execute(
        "SELECT m.id, s.name, m.kind, m.day, m.quantity, m.counted, m.lot, m.expires_on, m.reason,"
        " coalesce(p.display_name, '') FROM stock_moves m JOIN services s ON s.id = m.service_id"
        " LEFT JOIN staff p ON p.id = m.staff_id ORDER BY m.day DESC, m.id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [StockMove(*row) for row in rows]


# --- the monthly usage sheet ------------------------------------------------------------------


@dataclass(frozen=True)
class UsageLine:
    name: str
    opening: int | None  # None: not counted yet
    movement: Movement
    closing: int | None
    reorder_level: int

    @property
    def to_order(self) -> int | None:
        """Enough for another month like this one, plus the reorder level as a buffer."""
        if self.closing is None:
            return None
        return max(0, self.movement.handed_out + self.reorder_level - self.closing)


@dataclass(frozen=True)
class UsageSheet:
    centre_name: str
    centre_address: str
    first: date
    last: date
    lines: list[UsageLine]
    lots: list[Lot]
    made_on: date
    made_by: str

    @property
    def label(self) -> str:
        return f"{calendar.month_name[self.first.month]} {self.first.year}"


@action(Permission.RECORD_STOCK)
def usage_sheet(vault: Vault, year: int, month: int) -> UsageSheet:
    """One month of each supply: on hand at the start, received, handed out, wasted, what counts
    changed, on hand at the end, and a suggested order, in the shape a supply order asks for."""
    if not 1 <= month <= 12 or not 2000 <= year <= 2100:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose a month between January 2000 and December 2100."))
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    lines = usage_lines(vault.conn, first, last)
    return UsageSheet(
        settings.get(vault, "centre_name"),
        settings.get(vault, "centre_address"),
        first,
        last,
        lines,
        lots_on_hand(vault),
        date.today(),
        vault.user.display_name,
    )


def usage_lines(conn: Connection, first: date, last: date) -> list[UsageLine]:
    """The count change is what makes each line add up: what stock-takes found different from the
    records, including hand-outs entered late (the count had already seen them gone)."""
    opening = {row.service_id: row for row in shelf(conn, (first - timedelta(days=1)).isoformat())}
    closing = shelf(conn, last.isoformat())
    span = first.isoformat(), last.isoformat()
    began = {row.service_id: row.tracked_from for row in closing if row.tracked_from}
    handed_tracked = handed_out_between(conn, *span, since=began)
    handed_all = handed_out_between(conn, *span)
    moved = moves_between(conn, *span)
    lines = []
    for row in closing:
        if row.on_hand is None:
            lines.append(UsageLine(row.name, None, Movement(handed_out=handed_all.get(row.service_id, 0)), None, 0))
            continue
        start = opening.get(row.service_id)
        before = start.on_hand if start is not None and start.on_hand is not None else 0
        kinds = moved.get(row.service_id, {})
        received, wasted = kinds.get("received", 0), kinds.get("wasted", 0)
        handed = handed_tracked.get(row.service_id, 0)
        change = row.on_hand - before - received + handed + wasted
        movement = Movement(received, handed, wasted, change)
        lines.append(UsageLine(row.name, before, movement, row.on_hand, row.reorder_level))
    return lines
