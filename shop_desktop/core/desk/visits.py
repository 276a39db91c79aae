"""Check-in: a visit by a registered client or an anonymous visitor, with services and supplies.

A visit entered by mistake is voided with a reason (audited), never deleted: it stays
in the records but no longer counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from shop_desktop.core.actions import SIGNED_IN, action
from shop_desktop.core.desk import demographics as demo
from shop_desktop.core.desk import restrictions
from shop_desktop.core.desk.clients import require_record_in_use
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, said
from shop_desktop.core.roles import Permission
from shop_desktop.core.safety.overdose_kits import KitGiven, write_visit_kit
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.db import Connection
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.ids import new_id
from shop_desktop.core.sync.profiles import PROFILES, profile_of_device
from shop_desktop.core.text import clean

MAX_QUANTITY = 500
LATE_ENTRY_DAYS = 92
CLOCK_SKEW = timedelta(minutes=5)
DOUBLE_SAVE_SECONDS = 30
SAVED_AT_THE_CENTRE = QT_TRANSLATE_NOOP(
    "core",
    "Check-ins are saved at the centre PC. This laptop doesn't send visits, so one saved here would never"
    " reach the centre's counts and would keep the person's visit time on the laptop. Log who you met under"
    " Outreach instead.",
)


@dataclass(frozen=True)
class Service:
    id: int
    name: str
    kind: str  # "service" or "supply" (counted in items)
    hotkey: str | None
    active: bool
    sort_order: int

    @property
    def is_supply(self) -> bool:
        return self.kind == "supply"


@dataclass(frozen=True)
class AnonymousDetails:
    gender: str | None = None
    age_band: str | None = None
    indigenous: str | None = None


@dataclass(frozen=True)
class VisitRow:
    """A line of today's list: what a client at the desk may see, nothing more."""

    id: int
    at: str
    client_id: int | None
    code: str | None
    alias: str | None
    services: str
    voided: bool
    void_reason: str | None


@action(SIGNED_IN)
def service_catalog(vault: Vault, *, include_inactive: bool = False) -> list[Service]:
    rows = vault.conn.execute(
        "SELECT id, name, kind, hotkey, active, sort_order FROM services"
        + ("" if include_inactive else " WHERE active = 1")
        + " ORDER BY sort_order, name"
    ).fetchall()
    return [Service(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in rows]


def add_service(vault: Vault, name: str, kind: str, hotkey: str | None = None) -> Service:
    vault.require(Permission.EDIT_CATALOG)
    clean_name = clean("name", name, required=True)
    if kind not in ("service", "supply"):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose whether this is a service or a supply counted in items."))
    hotkey = _checked_hotkey(vault, hotkey)
    with vault.transaction() as conn:
        if conn.execute("SELECT 1 FROM services WHERE name = ?", (clean_name,)).fetchone():
            raise InvalidInput(
                said(QT_TRANSLATE_NOOP("core", '"{clean_name}" is already in the catalog.'), clean_name=clean_name)
            )
        order = conn.execute("SELECT coalesce(max(sort_order), 0) + 1 FROM services").fetchone()[0]
        cursor = conn.execute(
            "INSERT INTO services (id, name, kind, hotkey, sort_order) VALUES (?, ?, ?, ?, ?)",
            (new_id(conn, "services"), clean_name, kind, hotkey, order),
        )
        vault.audit("catalog.service_added", "service", cursor.lastrowid)
    return next(s for s in service_catalog(vault) if s.id == cursor.lastrowid)


def _checked_hotkey(vault: Vault, hotkey: str | None, service_id: int | None = None) -> str | None:
    if not hotkey:
        return None
    key = hotkey.strip().lower()
    if len(key) != 1 or not key.isalnum():
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "A shortcut key is one letter or digit."))
    taken = vault.conn.execute("SELECT id FROM services WHERE hotkey = ? AND active = 1", (key,)).fetchone()
    if taken and taken[0] != service_id:
        raise InvalidInput(said(QT_TRANSLATE_NOOP("core", 'The key "{key}" already ticks another service.'), key=key))
    return key


def set_service_active(vault: Vault, service_id: int, active: bool) -> None:
    """Retire a service from the check-in screen (its past counts stay in reports)."""
    vault.require(Permission.EDIT_CATALOG)
    with vault.transaction() as conn:
        if conn.execute("UPDATE services SET active = ? WHERE id = ?", (int(active), service_id)).rowcount == 0:
            raise NotFound(QT_TRANSLATE_NOOP("core", "That service is no longer in the catalog."))
        vault.audit("catalog.service_" + ("restored" if active else "retired"), "service", service_id)


def _visit_time(at: datetime | None) -> datetime:
    now = datetime.now()
    when = (at or now).replace(second=0, microsecond=0, tzinfo=None)
    if when > now + CLOCK_SKEW:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "A visit can't be in the future. Check the date and time."))
    if when < now - timedelta(days=LATE_ENTRY_DAYS):
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", "Late entries can go back at most {LATE_ENTRY_DAYS} days."),
                LATE_ENTRY_DAYS=LATE_ENTRY_DAYS,
            )
        )
    return when


def check_quantity(service: Service, quantity: int) -> None:
    """How many of a supply one person took, or an outreach worker handed out: 1 to MAX_QUANTITY."""
    if not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", "{name}: the quantity must be between 1 and {MAX_QUANTITY}."),
                name=service.name,
                MAX_QUANTITY=MAX_QUANTITY,
            )
        )


def _checked_services(vault: Vault, services: dict[int, int]) -> dict[int, int]:
    catalog = {s.id: s for s in service_catalog(vault)}
    checked = {}
    for service_id, quantity in services.items():
        service = catalog.get(service_id)
        if service is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("core", "One of the services is no longer in the catalog. Refresh and try again.")
            )
        check_quantity(service, quantity)
        checked[service_id] = quantity if service.is_supply else 1
    return checked


@action(Permission.CHECK_IN, audits=("visit.checked_in", "restriction.overridden", "conflict.keep_apart_overridden"))
def check_in(
    vault: Vault,
    client_id: int | None,
    services: dict[int, int],
    *,
    at: datetime | None = None,
    anonymous: AnonymousDetails | None = None,
    override_reason: str | None = None,
    naloxone: KitGiven | None = None,
) -> int:
    """Save a visit; returns its id. A second save of the same visit (a double click) returns the first.

    A client restricted from the drop-in or from a chosen service is refused (RestrictionApplies)
    unless `override_reason` is given by someone allowed to override (kept and audited).
    `naloxone`: what the take-home naloxone program asks about the kits ticked (first or replacement)."""
    _refuse_on_a_device_without_visits(vault)
    when = _visit_time(at)
    services = _checked_services(vault, services)
    details = _anonymous_details(anonymous) if client_id is None else AnonymousDetails()
    with vault.transaction() as conn:
        if client_id is not None:
            repeat = _gate_client(vault, client_id, when, services, override_reason)
            if repeat is not None:
                return repeat
        visit_id = _insert_visit(vault, conn, client_id, when, details)
        conn.executemany(
            "INSERT INTO visit_services (visit_id, service_id, quantity) VALUES (?, ?, ?)",
            [(visit_id, sid, qty) for sid, qty in services.items()],
        )
        if naloxone is not None:
            write_visit_kit(vault, visit_id, when.date().isoformat(), naloxone, services)
        if client_id is not None:
            _touch_client(conn, client_id, when)
        vault.audit("visit.checked_in", "visit", visit_id, client_id=client_id)
    return visit_id


@action(SIGNED_IN, audits=())
def saved_elsewhere(vault: Vault) -> str:
    """Why check-ins can't be saved on this device (the outreach laptop), so the screen can say so
    before anyone fills one in; "" where they can."""
    here = PROFILES.get(profile_of_device(vault.conn))
    return SAVED_AT_THE_CENTRE if here is not None and not here.carries("visits") else ""


def _refuse_on_a_device_without_visits(vault: Vault) -> None:
    """The outreach laptop writes only the outreach stream, which carries no visits (profiles.py):
    a check-in there would stay on the laptop, the client's id and time with it, and count nowhere."""
    here = PROFILES.get(profile_of_device(vault.conn))
    if here is not None and not here.carries("visits"):
        raise InvalidInput(SAVED_AT_THE_CENTRE)


def _gate_client(
    vault: Vault, client_id: int, when: datetime, services: dict[int, int], override_reason: str | None
) -> int | None:
    """A named client's checks before the visit is saved: consent recorded, not the visit just saved
    (its id if it is), not restricted (or overridden). Inside check_in's transaction."""
    require_record_in_use(vault, client_id, "Check them in as an anonymous visitor, or record their consent first.")
    repeat = _same_visit_just_saved(vault, client_id, when, services)
    if repeat is not None:
        return repeat
    restrictions.gate(
        vault,
        client_id,
        when.date(),
        action="check_in",
        services=frozenset(services),
        override_reason=override_reason,
    )
    return None


def _insert_visit(
    vault: Vault, conn: Connection, client_id: int | None, when: datetime, details: AnonymousDetails
) -> int:
    """The visit's own row (an anonymous visitor's details on it); returns its id."""
    cursor = conn.execute(
        "INSERT INTO visits (id, client_id, at, day, gender, age_band, indigenous, staff_id, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        (
            new_id(conn, "visits"),
            client_id,
            when.isoformat(timespec="minutes"),
            when.date().isoformat(),
            details.gender,
            details.age_band,
            details.indigenous,
            vault.user.id,
            now_iso(),
        ),
    )
    visit_id = int(cursor.lastrowid or 0)
    return visit_id


def _anonymous_details(anonymous: AnonymousDetails | None) -> AnonymousDetails:
    given = anonymous or AnonymousDetails()
    return AnonymousDetails(
        demo.check_choice(demo.GENDERS, given.gender, "gender identity"),
        demo.check_choice(demo.AGE_BANDS, given.age_band, "age band"),
        demo.check_choice(demo.INDIGENOUS, given.indigenous, "Indigenous identity"),
    )


def _same_visit_just_saved(vault: Vault, client_id: int, when: datetime, services: dict[int, int]) -> int | None:
    row = vault.conn.execute(
        "SELECT id, created_at FROM visits WHERE client_id = ? AND at = ? AND voided_at IS NULL"
        " ORDER BY id DESC LIMIT 1",
        (client_id, when.isoformat(timespec="minutes")),
    ).fetchone()
    if row is None:
        return None
    age = datetime.fromisoformat(now_iso()) - datetime.fromisoformat(row[1])
    saved = dict(
        vault.conn.execute("SELECT service_id, quantity FROM visit_services WHERE visit_id = ?", (row[0],)).fetchall()
    )
    return int(row[0]) if age.total_seconds() < DOUBLE_SAVE_SECONDS and saved == services else None


def _touch_client(conn: Any, client_id: int, when: datetime) -> None:
    conn.execute(
        "UPDATE clients SET last_visit_at = max(coalesce(last_visit_at, ''), ?),"
        " first_visit = min(coalesce(first_visit, ?), ?) WHERE id = ?",
        (when.isoformat(timespec="minutes"), when.date().isoformat(), when.date().isoformat(), client_id),
    )


@action(Permission.CHECK_IN, audits=("visit.voided",))
def void_visit(vault: Vault, visit_id: int, reason: str) -> None:
    why = clean("reason", reason, required=True)
    with vault.transaction() as conn:
        row = conn.execute("SELECT voided_at FROM visits WHERE id = ?", (visit_id,)).fetchone()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "That visit no longer exists."))
        if row[0]:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "This visit was already voided."))
        conn.execute(
            "UPDATE visits SET voided_at = ?, void_reason = ?, voided_by = ? WHERE id = ?",
            (now_iso(), why, vault.user.id, visit_id),
        )
        vault.audit("visit.voided", "visit", visit_id)


@action(Permission.CHECK_IN)
def visits_on(vault: Vault, day: str | None = None) -> list[VisitRow]:
    """A day's visits, newest first (today by default)."""
    day = day or datetime.now().date().isoformat()
    rows = vault.conn.execute(
        "SELECT v.id, v.at, v.client_id, CASE WHEN c.status != 'purged' THEN c.code END,"
        " CASE WHEN c.status != 'purged' THEN c.alias END, v.voided_at, v.void_reason,"
        " (SELECT group_concat(CASE WHEN s.kind = 'supply' THEN s.name || ' ×' || vs.quantity ELSE s.name END, ', ')"
        "  FROM visit_services vs JOIN services s ON s.id = vs.service_id WHERE vs.visit_id = v.id)"
        " FROM visits v LEFT JOIN clients c ON c.id = v.client_id WHERE v.day = ? ORDER BY v.at DESC, v.id DESC",
        (day,),
    ).fetchall()
    return [VisitRow(r[0], r[1], r[2], r[3], r[4], r[7] or "", bool(r[5]), r[6]) for r in rows]


todays_visits = visits_on
