"""Safe Suite: stays in the centre's confidential suite, booked by unit and night.

A stay's nights are the half-open range [arrival, departure): the night of the departure day is
free, so one person can leave and the next arrive on the same day. A unit is never booked twice
for the same night; the refusal names the stay in the way (client code and dates, nothing more).

A stay is booked, then checked in and checked out; it can be extended or ended early while it is
booked or under way, and cancelled before it starts. Only practical remarks are kept here: no
health or counselling details.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from shop_desktop.core import settings
from shop_desktop.core.actions import SIGNED_IN, action
from shop_desktop.core.desk import conflicts, restrictions
from shop_desktop.core.desk.clients import require_record_in_use
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, said
from shop_desktop.core.roles import Permission, allowed
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import StaffMember, Vault, select_staff
from shop_desktop.core.sync.ids import new_id
from shop_desktop.core.sync.profiles import left_at_the_centre, profile_of_device
from shop_desktop.core.text import clean

BOOKED, CHECKED_IN, CHECKED_OUT, CANCELLED = "booked", "checked_in", "checked_out", "cancelled"
STATUS_WORDS = {BOOKED: "Booked", CHECKED_IN: "Checked in", CHECKED_OUT: "Checked out", CANCELLED: "Cancelled"}
OPEN = (BOOKED, CHECKED_IN)
MAX_NIGHTS = 90
BOOK_AHEAD_DAYS = 366
LATE_ENTRY_DAYS = 366


class StayConflict(InvalidInput):
    """The unit (or the person) already has a stay on one of those nights."""

    def __init__(self, message: str, stay_id: int) -> None:
        super().__init__(message)
        self.stay_id = stay_id


@dataclass(frozen=True)
class StayRequest:
    """What the booking form sends. staff_id is the staff member for the stay (default: whoever books)."""

    client_id: int
    arrival: date
    departure: date
    unit: int = 1
    staff_id: int | None = None
    remark: str = ""


@dataclass(frozen=True)
class Stay:
    id: int
    unit: int
    client_id: int | None
    client_code: str | None
    client_alias: str | None
    arrival: date
    departure: date
    status: str
    staff_id: int
    staff_name: str
    remark: str
    erased: bool = True  # no client: erased at the centre (False: the link stays at the centre)

    @property
    def nights(self) -> int:
        return (self.departure - self.arrival).days

    @property
    def status_label(self) -> str:
        return STATUS_WORDS.get(self.status, self.status)

    @property
    def who(self) -> str:
        """The client code, or words for a stay whose client record was erased (or, on the laptop, a
        stay whose client stays at the centre: the laptop shows only that the unit is taken)."""
        return self.client_code or ("erased record" if self.erased else "taken")

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    def covers(self, day: date) -> bool:
        """Whether the person sleeps in the suite the night of `day`."""
        return self.arrival <= day < self.departure


@dataclass(frozen=True)
class DayOccupancy:
    day: date
    units: int
    stays: tuple[Stay, ...]  # the stays holding a unit that night, by unit

    @property
    def occupied(self) -> int:
        return len(self.stays)

    def stay_in(self, unit: int) -> Stay | None:
        return next((s for s in self.stays if s.unit == unit), None)


# --- reading ------------------------------------------------------------------------------------

_SELECT = (
    "SELECT s.id, s.unit, s.client_id, CASE WHEN c.status != 'purged' THEN c.code END,"
    " CASE WHEN c.status != 'purged' THEN c.alias END, s.arrival, s.departure, s.status, s.staff_id,"
    " coalesce(st.display_name, ''), coalesce(s.remark, ''), s.client_id IS NOT NULL OR s.erased_person IS NOT NULL"
    " FROM suite_stays s LEFT JOIN clients c ON c.id = s.client_id LEFT JOIN staff st ON st.id = s.staff_id"
)


def _stay(row: Any) -> Stay:
    arrival, departure = date.fromisoformat(row[5]), date.fromisoformat(row[6])
    return Stay(
        row[0], row[1], row[2], row[3], row[4], arrival, departure, row[7], row[8], row[9], row[10], bool(row[11])
    )


@action(SIGNED_IN)
def unit_count(vault: Vault) -> int:
    return settings.get_int(vault, "suite_units")


@action(Permission.BOOK_SUITE)
def staff_choices(vault: Vault) -> list[StaffMember]:
    """Active staff who work with the suite, for "staff member for this stay"."""
    return [
        m
        for m in select_staff(vault.conn, "WHERE active = 1 ORDER BY display_name COLLATE NOCASE")
        if allowed(m.roles, Permission.BOOK_SUITE)
    ]


def get_stay(vault: Vault, stay_id: int) -> Stay:
    vault.require(Permission.BOOK_SUITE)
    row = vault.conn.execute(f"{_SELECT} WHERE s.id = ?", (stay_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "That stay is no longer in the calendar."))
    return _stay(row)


def stays_between(vault: Vault, first: date, last: date) -> list[Stay]:
    """Stays (not cancelled) with at least one night from `first` to `last`, both included."""
    vault.require(Permission.BOOK_SUITE)
    rows = vault.conn.execute(
        f"{_SELECT} WHERE s.status != ? AND s.arrival <= ? AND s.departure > ? ORDER BY s.arrival, s.unit",
        (CANCELLED, last.isoformat(), first.isoformat()),
    ).fetchall()
    return [_stay(r) for r in rows]


@action(Permission.BOOK_SUITE)
def occupancy(vault: Vault, first: date, last: date) -> list[DayOccupancy]:
    """One entry per day from `first` to `last`: which stay holds each unit that night."""
    stays = stays_between(vault, first, last)
    units = max([unit_count(vault), *(s.unit for s in stays)])
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return [
        DayOccupancy(day, units, tuple(sorted((s for s in stays if s.covers(day)), key=lambda s: s.unit)))
        for day in days
    ]


def stays_for_client(vault: Vault, client_id: int) -> list[Stay]:
    vault.require(Permission.BOOK_SUITE)
    rows = vault.conn.execute(f"{_SELECT} WHERE s.client_id = ? ORDER BY s.arrival DESC", (client_id,)).fetchall()
    return [_stay(r) for r in rows]


# --- checks -------------------------------------------------------------------------------------


def _checked_dates(arrival: date, departure: date, today: date) -> None:
    if departure <= arrival:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "A stay is at least one night: the departure day must be after the arrival day.")
        )
    if (departure - arrival).days > MAX_NIGHTS:
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", "A stay can be at most {MAX_NIGHTS} nights. Check the dates."),
                MAX_NIGHTS=MAX_NIGHTS,
            )
        )
    if arrival > today + timedelta(days=BOOK_AHEAD_DAYS):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "Stays can be booked at most a year ahead. Check the arrival date.")
        )
    if arrival < today - timedelta(days=LATE_ENTRY_DAYS):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "A stay can be recorded at most a year after it began. Check the arrival date.")
        )


def _checked_unit(vault: Vault, unit: int) -> int:
    units = unit_count(vault)
    if not 1 <= unit <= units:
        raise InvalidInput(f"Choose a unit from 1 to {units}." if units > 1 else "The suite has one unit: unit 1.")
    return unit


def _checked_staff(vault: Vault, staff_id: int | None) -> int:
    chosen = vault.user.id if staff_id is None else staff_id
    if chosen not in {m.id for m in staff_choices(vault)}:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose a staff member from the list for this stay."))
    return chosen


_OVERLAP = " AND s.status != 'cancelled' AND s.arrival < ? AND s.departure > ? AND s.id != ? ORDER BY s.arrival LIMIT 1"


def _first_overlap(vault: Vault, column: str, value: int, arrival: date, departure: date, stay_id: int) -> Stay | None:
    row = vault.conn.execute(
        f"{_SELECT} WHERE s.{column} = ?{_OVERLAP}", (value, departure.isoformat(), arrival.isoformat(), stay_id)
    ).fetchone()
    return None if row is None else _stay(row)


def _require_free(
    vault: Vault, unit: int, arrival: date, departure: date, *, client_id: int | None, stay_id: int = 0
) -> None:
    """Refuse when another stay holds the unit, or the same person, on one of the nights [arrival, departure)."""
    other = _first_overlap(vault, "unit", unit, arrival, departure, stay_id)
    if other is not None:
        raise StayConflict(
            f"Unit {unit} is already booked for client {other.who} from {other.arrival.isoformat()} to "
            f"{other.departure.isoformat()} ({_nights(other.nights)}). Choose other dates or another unit.",
            other.id,
        )
    other = None if client_id is None else _first_overlap(vault, "client_id", client_id, arrival, departure, stay_id)
    if other is not None:
        raise StayConflict(
            f"Client {other.who} already has a stay in unit {other.unit} from {other.arrival.isoformat()} to "
            f"{other.departure.isoformat()}. Change that stay instead.",
            other.id,
        )


def _nights(count: int) -> str:
    return "1 night" if count == 1 else f"{count} nights"


_STATE_WORDS = {
    BOOKED: "This person hasn't been checked in yet",
    CHECKED_IN: "This person is already checked in",
    CHECKED_OUT: "This stay has already ended",
    CANCELLED: "This stay was cancelled",
}


BOOKED_AT_THE_CENTRE = QT_TRANSLATE_NOOP(
    "core",
    "Safe Suite stays are booked and changed at the centre PC: this device shows which units are free,"
    " not who has them. Call the front desk to book, check someone in or out, or change a stay.",
)


@action(SIGNED_IN, audits=())
def why_not_book_here(vault: Vault) -> str:
    """ "" where stays may be booked and changed; on a device that doesn't hold who has a unit (the
    outreach laptop), why not: a booking made there would keep its client on the street."""
    return BOOKED_AT_THE_CENTRE if left_at_the_centre(profile_of_device(vault.conn), "suite_stays") else ""


def _refuse_booking_here(vault: Vault) -> None:
    if why_not_book_here(vault):
        raise InvalidInput(BOOKED_AT_THE_CENTRE)


def _open_stay(vault: Vault, stay_id: int, allowed: tuple[str, ...], action: str) -> Stay:
    _refuse_booking_here(vault)
    stay = get_stay(vault, stay_id)
    if stay.status not in allowed:
        raise InvalidInput(f"{_STATE_WORDS[stay.status]}, so the stay can't be {action}.")
    return stay


# --- booking and changes ------------------------------------------------------------------------


@action(Permission.BOOK_SUITE, audits=("suite.booked", "restriction.overridden", "conflict.keep_apart_overridden"))
def book_stay(
    vault: Vault,
    request: StayRequest,
    *,
    today: date | None = None,
    override_reason: str | None = None,
    keep_apart_reason: str | None = None,
) -> Stay:
    """Book a unit for a client; refused (StayConflict) if any of its nights is taken. Refused
    (RestrictionApplies) for a client restricted from the Safe Suite unless an allowed person gives
    `override_reason`, and (KeepApart) for one kept apart from a guest on those nights unless
    `keep_apart_reason` is given: two reasons, so going past one never silently goes past the other."""
    _refuse_booking_here(vault)
    _checked_dates(request.arrival, request.departure, today or date.today())
    unit = _checked_unit(vault, request.unit)
    remark = clean("remark", request.remark)
    with vault.transaction() as conn:
        require_record_in_use(vault, request.client_id, "Record their consent first, then book the stay.")
        staff_id = _checked_staff(vault, request.staff_id)
        _gate_booking(vault, request, unit, override_reason, keep_apart_reason)
        cursor = conn.execute(
            "INSERT INTO suite_stays (id, unit, client_id, arrival, departure, status, staff_id, remark, created_by,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                new_id(conn, "suite_stays"),
                unit,
                request.client_id,
                request.arrival.isoformat(),
                request.departure.isoformat(),
                BOOKED,
                staff_id,
                remark,
                vault.user.id,
                now_iso(),
                now_iso(),
            ),
        )
        stay_id = int(cursor.lastrowid or 0)
        vault.audit("suite.booked", "suite_stay", stay_id, client_id=request.client_id, staff_id=staff_id)
    return get_stay(vault, stay_id)


def _gate_booking(
    vault: Vault, request: StayRequest, unit: int, override_reason: str | None, keep_apart_reason: str | None
) -> None:
    """Inside the booking's transaction: the nights free, no restriction, no keep-apart (or each overridden)."""
    _require_free(vault, unit, request.arrival, request.departure, client_id=request.client_id)
    restrictions.gate(
        vault,
        request.client_id,
        request.arrival,
        action="suite_booking",
        suite=True,
        override_reason=override_reason,
    )
    conflicts.keep_apart_gate(
        vault,
        request.client_id,
        _guests_between(vault, request.arrival, request.departure),
        action="suite_booking",
        override_reason=keep_apart_reason,
    )


def _guests_between(vault: Vault, arrival: date, departure: date) -> set[int]:
    """Clients with a booked or current stay on any of these nights."""
    return {s.client_id for s in stays_between(vault, arrival, departure - timedelta(days=1)) if s.client_id}


def _update(vault: Vault, stay: Stay, action: str, **columns: object) -> Stay:
    """Write the changed columns and the audit entry, inside the caller's transaction."""
    assignments = ", ".join(f"{name} = ?" for name in columns)
    vault.conn.execute(
        f"UPDATE suite_stays SET {assignments}, updated_at = ? WHERE id = ?", (*columns.values(), now_iso(), stay.id)
    )
    vault.audit(action, "suite_stay", stay.id)
    return get_stay(vault, stay.id)


@action(Permission.BOOK_SUITE, audits=("suite.checked_in",))
def check_in(vault: Vault, stay_id: int, on: date | None = None) -> Stay:
    """The person has arrived. Arriving later than booked frees the nights missed; arriving earlier
    takes the extra nights if the unit is free."""
    day = on or date.today()
    if day > date.today():
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Check someone in on the day they arrive, not ahead of time."))
    with vault.transaction():
        stay = _open_stay(vault, stay_id, (BOOKED,), "checked in")
        if day >= stay.departure:
            raise InvalidInput(
                f"This stay was planned to end on {stay.departure.isoformat()}. "
                "Extend it first, or cancel it and book again."
            )
        if day < stay.arrival:
            _require_free(vault, stay.unit, day, stay.arrival, client_id=stay.client_id, stay_id=stay.id)
        return _update(
            vault, stay, "suite.checked_in", status=CHECKED_IN, arrival=day.isoformat(), checked_in_at=now_iso()
        )


@action(Permission.BOOK_SUITE, audits=("suite.checked_out",))
def check_out(vault: Vault, stay_id: int, on: date | None = None) -> Stay:
    """The person has left; the stay ends that day (a person who leaves on the day they came used one night)."""
    day = on or date.today()
    if day > date.today():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "core", "Check someone out on the day they leave. To shorten a stay ahead, use End early."
            )
        )
    with vault.transaction():
        stay = _open_stay(vault, stay_id, (CHECKED_IN,), "checked out")
        if day < stay.arrival:
            raise InvalidInput(f"This stay began on {stay.arrival.isoformat()}; the check-out day can't be earlier.")
        departure = max(day, stay.arrival + timedelta(days=1))
        if departure > stay.departure:
            _require_free(vault, stay.unit, stay.departure, departure, client_id=stay.client_id, stay_id=stay.id)
        return _update(
            vault,
            stay,
            "suite.checked_out",
            status=CHECKED_OUT,
            departure=departure.isoformat(),
            checked_out_at=now_iso(),
        )


@action(Permission.BOOK_SUITE, audits=("suite.extended",))
def extend_stay(vault: Vault, stay_id: int, departure: date) -> Stay:
    """A later departure; refused (StayConflict) if a night added is taken."""
    with vault.transaction():
        stay = _open_stay(vault, stay_id, OPEN, "extended")
        if departure <= stay.departure:
            raise InvalidInput(
                f"The stay already ends on {stay.departure.isoformat()}. Choose a later day, "
                "or use End early to shorten it."
            )
        if (departure - stay.arrival).days > MAX_NIGHTS:
            raise InvalidInput(
                said(
                    QT_TRANSLATE_NOOP("core", "A stay can be at most {MAX_NIGHTS} nights. Check the dates."),
                    MAX_NIGHTS=MAX_NIGHTS,
                )
            )
        _require_free(vault, stay.unit, stay.departure, departure, client_id=stay.client_id, stay_id=stay.id)
        return _update(vault, stay, "suite.extended", departure=departure.isoformat())


@action(Permission.BOOK_SUITE, audits=("suite.ended_early",))
def end_early(vault: Vault, stay_id: int, departure: date) -> Stay:
    """An earlier departure. For a person already in the suite, a departure today or before checks them out."""
    with vault.transaction():
        stay = _open_stay(vault, stay_id, OPEN, "ended early")
        if not stay.arrival < departure < stay.departure:
            raise InvalidInput(
                f"Choose a day after the arrival ({stay.arrival.isoformat()}) and before the planned "
                f"departure ({stay.departure.isoformat()})."
            )
        if stay.status == CHECKED_IN and departure <= date.today():
            return _update(
                vault,
                stay,
                "suite.ended_early",
                departure=departure.isoformat(),
                status=CHECKED_OUT,
                checked_out_at=now_iso(),
            )
        return _update(vault, stay, "suite.ended_early", departure=departure.isoformat())


@action(Permission.BOOK_SUITE, audits=("suite.cancelled",))
def cancel_stay(vault: Vault, stay_id: int) -> Stay:
    """A booking that will not happen; it stays in the records but frees its nights."""
    with vault.transaction():
        stay = get_stay(vault, stay_id)
        if stay.status == CHECKED_IN:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("core", "This person is already in the suite. Check them out, or end the stay early.")
            )
        stay = _open_stay(vault, stay_id, (BOOKED,), "cancelled")
        return _update(vault, stay, "suite.cancelled", status=CANCELLED, cancelled_at=now_iso())


# --- merge and erase (registered in linked_records) ---------------------------------------------


def move_stays(vault: Vault, from_client: int, to_client: int) -> int:
    vault.require(Permission.MERGE_CLIENTS)  # only as part of a merge or an erase
    with vault.transaction() as conn:
        return int(
            conn.execute("UPDATE suite_stays SET client_id = ? WHERE client_id = ?", (to_client, from_client)).rowcount
        )


def erase_stays_of(vault: Vault, client_id: int) -> int:
    """The person is forgotten: the link and the remark go; dates and units stay as counts.

    The stays keep a number shared only with each other, so "unique people" still counts them once."""
    vault.require(Permission.PURGE_CLIENTS)  # only as part of a merge or an erase
    with vault.transaction() as conn:
        person = conn.execute("SELECT coalesce(max(erased_person), 0) + 1 FROM suite_stays").fetchone()[0]
        return int(
            conn.execute(
                "UPDATE suite_stays SET client_id = NULL, erased_person = ?, remark = NULL, updated_at = ?"
                " WHERE client_id = ?",
                (person, now_iso(), client_id),
            ).rowcount
        )
