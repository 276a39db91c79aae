"""Outreach shift log: where the outreach worker went (a street area or an online platform), how many
people they met (anonymous, with optional demographics), the supplies handed out from the front desk's
catalog, referrals made and alerts shared. No names and nothing clinical: counts and a practical remark.

A shift entered by mistake is voided (audited), never deleted; it no longer counts in reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from shop_desktop.core.actions import SIGNED_IN, action
from shop_desktop.core.desk import demographics as demo
from shop_desktop.core.desk.visits import Service, check_quantity, service_catalog
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, said
from shop_desktop.core.roles import Permission
from shop_desktop.core.safety.overdose_kits import KitGiven, write_shift_kits
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.ids import new_id
from shop_desktop.core.text import clean

STREET, ONLINE = "street", "online"
AREA_KINDS = {STREET: "Street", ONLINE: "Online platform"}
MAX_COUNT = 1_000
LATE_ENTRY_DAYS = 366
DEMOGRAPHIC_CHOICES: dict[str, tuple[str, dict[str, str]]] = {
    "gender": ("gender identity", demo.GENDERS),
    "age_band": ("age band", demo.AGE_BANDS),
    "indigenous": ("Indigenous identity", demo.INDIGENOUS),
}
Demographics = dict[str, dict[str, int]]  # field -> choice -> people


@dataclass(frozen=True)
class Area:
    id: int
    name: str
    kind: str
    active: bool

    @property
    def kind_label(self) -> str:
        return AREA_KINDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class ShiftRecord:
    """What the shift form sends. Supplies: service id -> items; demographics: field -> choice -> people."""

    day: date
    starts: time
    ends: time
    area_id: int
    contacts: int = 0
    supplies: dict[int, int] = field(default_factory=dict)
    referrals: int = 0
    alerts_shared: int = 0
    remark: str = ""
    demographics: Demographics = field(default_factory=dict)
    naloxone: tuple[KitGiven, ...] | None = None  # take-home naloxone details of the kits; None: leave as they are


@dataclass(frozen=True)
class Shift:
    id: int
    record: ShiftRecord
    area_name: str
    area_kind: str
    minutes: int
    staff_id: int
    staff_name: str
    supplies_text: str  # "Condoms ×20, Needles ×15"

    @property
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def items(self) -> int:
        return sum(self.record.supplies.values())


def shift_minutes(starts: time, ends: time) -> int:
    """Length of a shift; an end before the start means the shift went past midnight."""
    begin = starts.hour * 60 + starts.minute
    end = ends.hour * 60 + ends.minute
    return (end - begin) % (24 * 60)


# --- areas --------------------------------------------------------------------------------------


@action(Permission.LOG_OUTREACH)
def list_areas(vault: Vault, *, include_inactive: bool = False) -> list[Area]:
    rows = vault.conn.execute(
        "SELECT id, name, kind, active FROM outreach_areas"
        + ("" if include_inactive else " WHERE active = 1")
        + " ORDER BY kind DESC, sort_order, name"
    ).fetchall()
    return [Area(r[0], r[1], r[2], bool(r[3])) for r in rows]


@action(Permission.LOG_OUTREACH, audits=("outreach.area_added",))
def add_area(vault: Vault, name: str, kind: str) -> Area:
    """A new street location or online platform for the list (a retired one of that name comes back)."""
    clean_name = clean("name", name, required=True)
    if kind not in AREA_KINDS:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose whether this is a street area or an online platform."))
    with vault.transaction() as conn:
        row = conn.execute("SELECT id, active FROM outreach_areas WHERE name = ?", (clean_name,)).fetchone()
        if row is not None and row[1]:
            raise InvalidInput(
                said(QT_TRANSLATE_NOOP("core", '"{clean_name}" is already in the list.'), clean_name=clean_name)
            )
        if row is not None:
            conn.execute("UPDATE outreach_areas SET active = 1, kind = ? WHERE id = ?", (kind, row[0]))
            area_id = int(row[0])
        else:
            order = conn.execute("SELECT coalesce(max(sort_order), 0) + 1 FROM outreach_areas").fetchone()[0]
            cursor = conn.execute(
                "INSERT INTO outreach_areas (id, name, kind, sort_order) VALUES (?, ?, ?, ?)",
                (new_id(conn, "outreach_areas"), clean_name, kind, order),
            )
            area_id = int(cursor.lastrowid or 0)
        vault.audit("outreach.area_added", "outreach_area", area_id)
    return next(a for a in list_areas(vault) if a.id == area_id)


@action(Permission.LOG_OUTREACH, audits=("outreach.area_retired",))
def retire_area(vault: Vault, area_id: int) -> None:
    """Take an area off the list; shifts already logged there keep it."""
    with vault.transaction() as conn:
        if conn.execute("UPDATE outreach_areas SET active = 0 WHERE id = ?", (area_id,)).rowcount == 0:
            raise NotFound(QT_TRANSLATE_NOOP("core", "That area is no longer in the list."))
        vault.audit("outreach.area_retired", "outreach_area", area_id)


@action(SIGNED_IN)
def supply_catalog(vault: Vault) -> list[Service]:
    """The front desk's supplies (items counted), in the same order as at check-in."""
    return [s for s in service_catalog(vault) if s.is_supply]


# --- checks -------------------------------------------------------------------------------------


def _checked(vault: Vault, record: ShiftRecord, today: date) -> tuple[int, str | None]:
    """(minutes, remark) once every field is within its limits."""
    if record.day > today:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "A shift can't be logged for a day that hasn't come yet."))
    if record.day < today - timedelta(days=LATE_ENTRY_DAYS):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Shifts can be logged at most a year later. Check the date."))
    minutes = shift_minutes(record.starts, record.ends)
    if minutes == 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "The shift ends at the time it starts. Check the start and end times.")
        )
    if vault.conn.execute("SELECT 1 FROM outreach_areas WHERE id = ?", (record.area_id,)).fetchone() is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose the area or platform from the list."))
    for words, value in (
        ("contacts", record.contacts),
        ("referrals made", record.referrals),
        ("alerts shared", record.alerts_shared),
    ):
        if not 0 <= value <= MAX_COUNT:
            raise InvalidInput(
                said(
                    QT_TRANSLATE_NOOP("core", "The number of {words} must be between 0 and {MAX_COUNT:,}."),
                    words=words,
                    MAX_COUNT=MAX_COUNT,
                )
            )
    _check_supplies(vault, record.supplies)
    _check_demographics(record.demographics, record.contacts)
    return minutes, clean("remark", record.remark)


def _check_supplies(vault: Vault, supplies: dict[int, int]) -> None:
    catalog = {s.id: s for s in service_catalog(vault, include_inactive=True) if s.is_supply}
    for service_id, quantity in supplies.items():
        supply = catalog.get(service_id)
        if supply is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "core", "One of the supplies is not in the catalog of supplies. Refresh and try again."
                )
            )
        check_quantity(supply, quantity)


def _check_demographics(given: Demographics, contacts: int) -> None:
    for key, counts in given.items():
        if key not in DEMOGRAPHIC_CHOICES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("core", "Only gender identity, age band and Indigenous identity can be counted.")
            )
        words, choices = DEMOGRAPHIC_CHOICES[key]
        for choice, people in counts.items():
            demo.check_choice(choices, choice, words)
            if people < 0:
                raise InvalidInput(
                    said(QT_TRANSLATE_NOOP("core", "A count by {words} can't be negative."), words=words)
                )
        if sum(counts.values()) > contacts:
            raise InvalidInput(
                said(
                    QT_TRANSLATE_NOOP(
                        "core", "The counts by {words} add up to more than the {contacts} contacts. Check the numbers."
                    ),
                    words=words,
                    contacts=contacts,
                )
            )


# --- logging ------------------------------------------------------------------------------------


@action(Permission.LOG_OUTREACH, audits=("outreach.shift_logged",))
def log_shift(vault: Vault, record: ShiftRecord, *, today: date | None = None) -> int:
    """Save a shift logged by the signed-in worker; returns its id."""
    minutes, remark = _checked(vault, record, today or date.today())
    with vault.transaction() as conn:
        _refuse_same_shift(conn, vault.user.id, record)
        cursor = conn.execute(
            "INSERT INTO outreach_shifts (id, day, starts, ends, minutes, area_id, contacts, referrals, alerts_shared,"
            " remark, staff_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (new_id(conn, "outreach_shifts"), *_columns(record, minutes, remark), vault.user.id, now_iso(), now_iso()),
        )
        shift_id = int(cursor.lastrowid or 0)
        _write_details(conn, shift_id, record)
        write_shift_kits(vault, shift_id, record.day.isoformat(), record.naloxone, record.supplies)
        vault.audit("outreach.shift_logged", "outreach_shift", shift_id, area_id=record.area_id)
    return shift_id


def _refuse_same_shift(conn: Any, staff_id: int, record: ShiftRecord) -> None:
    """A second Save (a double click) must not count the same shift twice in the funder report."""
    same = conn.execute(
        "SELECT 1 FROM outreach_shifts WHERE staff_id = ? AND day = ? AND starts = ? AND ends = ? AND area_id = ?"
        " AND voided_at IS NULL",
        (
            staff_id,
            record.day.isoformat(),
            record.starts.strftime("%H:%M"),
            record.ends.strftime("%H:%M"),
            record.area_id,
        ),
    ).fetchone()
    if same is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "core",
                "This shift is already logged (same day, times and place). Open it from Past shifts to correct it.",
            )
        )


@action(Permission.LOG_OUTREACH, audits=("outreach.shift_corrected",))
def update_shift(vault: Vault, shift_id: int, record: ShiftRecord, *, today: date | None = None) -> None:
    """Correct a shift already logged (its supplies and demographics are replaced)."""
    minutes, remark = _checked(vault, record, today or date.today())
    with vault.transaction() as conn:
        _require_counted(vault, shift_id)
        conn.execute(
            "UPDATE outreach_shifts SET day = ?, starts = ?, ends = ?, minutes = ?, area_id = ?, contacts = ?,"
            " referrals = ?, alerts_shared = ?, remark = ?, updated_at = ? WHERE id = ?",
            (*_columns(record, minutes, remark), now_iso(), shift_id),
        )
        conn.execute("DELETE FROM outreach_supplies WHERE shift_id = ?", (shift_id,))
        conn.execute("DELETE FROM outreach_contacts WHERE shift_id = ?", (shift_id,))
        _write_details(conn, shift_id, record)
        write_shift_kits(vault, shift_id, record.day.isoformat(), record.naloxone, record.supplies)
        vault.audit("outreach.shift_corrected", "outreach_shift", shift_id, area_id=record.area_id)


@action(Permission.LOG_OUTREACH, audits=("outreach.shift_voided",))
def void_shift(vault: Vault, shift_id: int) -> None:
    """A shift logged by mistake: it stays in the records and the audit trail but no longer counts."""
    with vault.transaction() as conn:
        _require_counted(vault, shift_id)
        conn.execute(
            "UPDATE outreach_shifts SET voided_at = ?, voided_by = ?, updated_at = ? WHERE id = ?",
            (now_iso(), vault.user.id, now_iso(), shift_id),
        )
        vault.audit("outreach.shift_voided", "outreach_shift", shift_id)


def _require_counted(vault: Vault, shift_id: int) -> None:
    row = vault.conn.execute("SELECT voided_at FROM outreach_shifts WHERE id = ?", (shift_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "That shift is no longer in the log."))
    if row[0]:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "This shift was voided; log it again if it did happen."))


def _columns(record: ShiftRecord, minutes: int, remark: str | None) -> tuple[Any, ...]:
    return (
        record.day.isoformat(),
        record.starts.strftime("%H:%M"),
        record.ends.strftime("%H:%M"),
        minutes,
        record.area_id,
        record.contacts,
        record.referrals,
        record.alerts_shared,
        remark,
    )


def _write_details(conn: Any, shift_id: int, record: ShiftRecord) -> None:
    conn.executemany(
        "INSERT INTO outreach_supplies (shift_id, service_id, quantity) VALUES (?, ?, ?)",
        [(shift_id, sid, qty) for sid, qty in record.supplies.items()],
    )
    conn.executemany(
        "INSERT INTO outreach_contacts (shift_id, field, value, count) VALUES (?, ?, ?, ?)",
        [
            (shift_id, key, choice, people)
            for key, counts in record.demographics.items()
            for choice, people in counts.items()
            if people > 0
        ],
    )


# --- reading ------------------------------------------------------------------------------------

_SHIFT_SELECT = (
    "SELECT s.id, s.day, s.starts, s.ends, s.area_id, s.contacts, s.referrals, s.alerts_shared,"
    " coalesce(s.remark, ''), a.name, a.kind, s.minutes, s.staff_id, coalesce(st.display_name, '')"
    " FROM outreach_shifts s JOIN outreach_areas a ON a.id = s.area_id LEFT JOIN staff st ON st.id = s.staff_id"
)


def get_shift(vault: Vault, shift_id: int) -> Shift:
    vault.require(Permission.LOG_OUTREACH)
    row = vault.conn.execute(f"{_SHIFT_SELECT} WHERE s.id = ? AND s.voided_at IS NULL", (shift_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "That shift is no longer in the log."))
    return _shifts(vault, [row])[0]


@action(Permission.LOG_OUTREACH)
def recent_shifts(vault: Vault, limit: int = 200) -> list[Shift]:
    """Shifts that count, newest first."""
    rows = vault.conn.execute(
        f"{_SHIFT_SELECT} WHERE s.voided_at IS NULL ORDER BY s.day DESC, s.starts DESC, s.id DESC LIMIT ?", (limit,)
    ).fetchall()
    return _shifts(vault, rows)


def _shifts(vault: Vault, rows: list[Any]) -> list[Shift]:
    ids = [r[0] for r in rows]
    marks = ",".join("?" * len(ids))
    supplies: dict[int, dict[int, int]] = {i: {} for i in ids}
    for shift_id, service_id, quantity in vault.conn.execute(
        "SELECT o.shift_id, o.service_id, o.quantity FROM outreach_supplies o JOIN services v"
        f" ON v.id = o.service_id WHERE o.shift_id IN ({marks}) ORDER BY v.sort_order, v.name",
        ids,
    ):
        supplies[shift_id][service_id] = quantity
    people: dict[int, Demographics] = {i: {} for i in ids}
    for shift_id, key, choice, count in vault.conn.execute(
        f"SELECT shift_id, field, value, count FROM outreach_contacts WHERE shift_id IN ({marks})", ids
    ):
        people[shift_id].setdefault(key, {})[choice] = count
    names = {s.id: s.name for s in service_catalog(vault, include_inactive=True)}
    return [_shift(r, supplies[r[0]], people[r[0]], names) for r in rows]


def _shift(row: Any, supplies: dict[int, int], people: Demographics, names: dict[int, str]) -> Shift:
    record = ShiftRecord(
        date.fromisoformat(row[1]),
        _time(row[2]),
        _time(row[3]),
        row[4],
        row[5],
        supplies,
        row[6],
        row[7],
        row[8],
        people,
    )
    text = ", ".join(f"{names.get(i, '?')} ×{n}" for i, n in supplies.items())
    return Shift(row[0], record, row[9], row[10], row[11], row[12], row[13], text)


def _time(text: str) -> time:
    return datetime.strptime(text, "%H:%M").time()
