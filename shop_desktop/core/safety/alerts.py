"""The aggressor alert (bad-date reports): taken from a worker, looked up before a date, put on the wall.

An alert describes the aggressor and what happened, in the third person. Who reported it is never
stored on it: the worker is given a short reference (e.g. "A-7Q3K") to quote if they add to it
later. If they want follow-up support, clinical staff may link the alert to their client record;
that link is a row of its own, sealed under the notes key (alert_links.py), and only READ_NOTES can
see it. Nothing here, which serves the lookup, the sheet and exports, reads that table.

Screening lookup: phone numbers, plates and handles are kept normalised in `alert_search` beside
accent- and case-free words, so any spelling a person types finds the same alert (see
`normalise_phone`, `plate_key`, `handle_key`). Alerts leave the sheet after a window (the
`alert_sheet_days` setting) but stay searchable; resolved ones too; archived ones (entered by
mistake, duplicates) only when asked for.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Any

from shop_desktop.core import settings
from shop_desktop.core.actions import action
from shop_desktop.core.errors import InvalidInput, NotFound
from shop_desktop.core.roles import Permission
from shop_desktop.core.sync.ids import new_id
from shop_desktop.core.text import clean_text, search_key, search_query
from shop_desktop.core.vault.audit import now_iso
from shop_desktop.core.vault.vault import Vault

CATEGORIES: dict[str, str] = {
    "physical_assault": "Physical assault",
    "sexual_assault": "Sexual assault",
    "robbery": "Robbery",
    "threats": "Threats or intimidation",
    "extortion": "Extortion",
    "refused_to_pay": "Refused to pay",
    "removed_condom": "Removed condom",
    "drugged": "Drugged",
    "stalking": "Stalking",
    "other": "Other",
}
CONTACT_METHODS: dict[str, str] = {
    "street": "Street",
    "phone": "Phone",
    "online": "Online platform",
    "venue": "Venue",
    "other": "Other",
}
CONTACT_PHRASES = {
    "street": "met on the street",
    "phone": "contact by phone",
    "online": "met online",
    "venue": "met at a venue",
    "other": "other contact",
}
POLICE: dict[str, str] = {
    "not_said": "Not asked, or didn't say",
    "told": "Chose to tell police",
    "not_told": "Chose not to tell police",
}
ACTIVE, RESOLVED, ARCHIVED = "active", "resolved", "archived"
STATUSES: dict[str, str] = {ACTIVE: "Active", RESOLVED: "Resolved", ARCHIVED: "Archived"}
REF_CHARACTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no I, L, O, 0 or 1 to misread
SEARCH_LIMIT = 30

DESCRIPTION_FIELDS = ("gender", "age", "height", "build", "hair", "skin_tone", "marks", "clothing", "name_used")
VEHICLE_FIELDS = ("vehicle_colour", "vehicle_make", "vehicle_model", "plate")
LIMITS = {"narrative": 4_000, "location": 200, "phones": 300, "handles": 300, "marks": 300, "clothing": 300}
FIELD_WORDS = {
    "occurred_time": "The time",
    "location": "The area or location",
    "contact_where": "The platform or venue",
    "narrative": "What happened",
    "gender": "Gender",
    "age": "Approximate age",
    "height": "Height",
    "build": "Build",
    "hair": "Hair",
    "skin_tone": "Skin tone",
    "marks": "Distinguishing marks",
    "clothing": "Clothing",
    "name_used": "The name or alias used",
    "vehicle_make": "The vehicle's make",
    "vehicle_model": "The vehicle's model",
    "vehicle_colour": "The vehicle's colour",
    "plate": "The plate",
    "phones": "The phone numbers",
    "handles": "The handles or emails",
}


@dataclass(frozen=True)
class AlertDetails:
    """What the report form edits. Only the date and at least one kind of harm are required."""

    occurred_on: str
    categories: tuple[str, ...]
    narrative: str = ""
    occurred_time: str | None = None  # "HH:MM" when known
    location: str | None = None
    contact_method: str = "street"
    contact_where: str | None = None  # the online platform or venue
    gender: str | None = None
    age: str | None = None
    height: str | None = None
    build: str | None = None
    hair: str | None = None
    skin_tone: str | None = None
    marks: str | None = None
    clothing: str | None = None
    name_used: str | None = None
    vehicle_make: str | None = None
    vehicle_model: str | None = None
    vehicle_colour: str | None = None
    plate: str | None = None  # full or partial, several separated by commas
    phones: str | None = None  # as typed, several separated by commas or lines
    handles: str | None = None  # online handles or emails
    police: str = "not_said"


@dataclass(frozen=True)
class Alert:
    """An alert as the lookup, the sheet and exports see it: no reporter, no client link."""

    id: int
    reference: str
    details: AlertDetails
    status: str
    reported_on: str
    updated_at: str

    @property
    def fresh_on(self) -> str:
        """The day the sheet window counts from: the incident or the report, whichever is later."""
        return max(self.details.occurred_on, self.reported_on)

    def on_sheet(self, today: date, days: int) -> bool:
        return self.status == ACTIVE and self.fresh_on >= (today - timedelta(days=days)).isoformat()

    def status_words(self, today: date, days: int) -> str:
        if self.status == ACTIVE and not self.on_sheet(today, days):
            return "Expired"  # older than the sheet's window: off the sheet, still searchable
        return STATUSES[self.status]


@dataclass(frozen=True)
class AlertMatch:
    """One lookup result: the alert, how well it matched (0 is best) and what matched, in words."""

    alert: Alert
    tier: int
    why: str


# --- normalising what people type ----------------------------------------------------------------

_REFERENCE = re.compile(r"a-?[2-9a-hj-km-np-z]{4}", re.IGNORECASE)
_EXTENSION = re.compile(r"\s*(?:ext\.?|extension|x|#)\s*\d{1,6}\s*$", re.IGNORECASE)
_PHONE_CHARS = set("0123456789 -.()+/") | {"\u00a0", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"}
_SEPARATORS = re.compile(r"[,;/\n]|\s+or\s+|\s+and\s+", re.IGNORECASE)
_PLATE_FOLD = str.maketrans({"O": "0", "I": "1", "*": "?", "_": "?"})


def _ascii_digits(text: str) -> str:
    """Fullwidth, Arabic-Indic and other digits as 0-9 (a pasted number may carry any of them)."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text)


def normalise_phone(text: str) -> str:
    """Digits only; a North American number becomes its 10 digits ("+1 (250) 555-0123" -> "2505550123").

    An extension is dropped; any other length (a partial or overseas number) keeps all its digits."""
    text = _ascii_digits(unicodedata.normalize("NFKC", text)).strip()
    text = re.sub(r"^tel:", "", text, flags=re.IGNORECASE)
    extension = _EXTENSION.search(text)
    if extension and sum(ch.isdigit() for ch in text[: extension.start()]) >= 7:
        text = text[: extension.start()]
    digits = "".join(ch for ch in text if ch.isdigit())
    for prefix in ("0111", "001", "1"):  # dialled from abroad (011 1, 00 1) or with the trunk 1
        if len(digits) == 10 + len(prefix) and digits.startswith(prefix):
            return digits[len(prefix) :]
    return digits


def normalise_plate(text: str) -> str:
    """Upper-case letters and digits, without spaces or dashes: "abc-4k7" -> "ABC4K7"."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).upper() if ch.isalnum() or ch == "?")


def plate_key(text: str) -> str:
    """The plate as searched: normalised, O read as 0 and I as 1 (easy to mix up at night), and
    ?, * or _ standing for a character the worker couldn't read."""
    return normalise_plate(unicodedata.normalize("NFKC", text).translate(_PLATE_FOLD)).translate(_PLATE_FOLD)


def handle_key(text: str) -> str:
    """Case-insensitive, without a leading @, a profile link reduced to its name, spaces dropped."""
    text = unicodedata.normalize("NFKC", text).strip().casefold()
    if "/" in text:
        text = text.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    return "".join(text.lstrip("@").split())


def _words(text: str) -> str:
    """Accent- and case-free words, punctuation as spaces (so "hoodie," is the word "hoodie")."""
    return " ".join(re.sub(r"[^\w]+", " ", search_key(text)).split())


def split_list(text: str | None) -> list[str]:
    """Several numbers, plates or handles in one field: commas, semicolons, slashes, lines or "or"."""
    return [part.strip() for part in _SEPARATORS.split(text or "") if part.strip()]


def phone_display(typed: str) -> str:
    digits = normalise_phone(typed)
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}" if len(digits) == 10 else typed.strip()


# --- checks --------------------------------------------------------------------------------------


def _text(name: str, value: str | None) -> str | None:
    return clean_text(FIELD_WORDS.get(name, name), value, LIMITS.get(name, 120))


def _checked(details: AlertDetails, today: date) -> AlertDetails:
    try:
        when = date.fromisoformat(details.occurred_on)
    except ValueError:
        raise InvalidInput("The date it happened is not a date.") from None
    if when > today:
        raise InvalidInput("The date it happened is in the future. Check the date.")
    kinds = tuple(k for k in CATEGORIES if k in details.categories)
    if not kinds or len(kinds) != len(set(details.categories)):
        raise InvalidInput('Tick at least one kind of harm from the list ("Other" if none fits).')
    if details.contact_method not in CONTACT_METHODS or details.police not in POLICE:
        raise InvalidInput("Choose how contact was made and the police choice from the lists.")
    time = _text("occurred_time", details.occurred_time)
    if time is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", time):
        raise InvalidInput("The time is written as hours and minutes, e.g. 23:30.")
    texts = {
        f.name: _text(f.name, getattr(details, f.name))
        for f in fields(AlertDetails)
        if f.name not in ("occurred_on", "categories", "occurred_time", "contact_method", "police", "narrative")
    }
    return AlertDetails(
        occurred_on=when.isoformat(),
        categories=kinds,
        occurred_time=time,
        narrative=_text("narrative", details.narrative) or "",
        contact_method=details.contact_method,
        police=details.police,
        **texts,
    )


# --- the search index ----------------------------------------------------------------------------


def _index_row(details: AlertDetails) -> dict[str, Any]:
    plates = [plate_key(p) for p in split_list(details.plate)]
    phones = [normalise_phone(p) for p in split_list(details.phones)]
    handles = [handle_key(h) for piece in split_list(details.handles) for h in _handle_words(piece)]
    described = [getattr(details, name) or "" for name in (*DESCRIPTION_FIELDS, *VEHICLE_FIELDS[:3])]
    described += [details.location or "", details.contact_where or "", *(CATEGORIES[k] for k in details.categories)]
    partial = any(len(p) < 6 or "?" in p for p in plates) or any(3 <= len(p) < 10 for p in phones)
    return {
        "words": _words(" ".join(described)),
        "story": _words(details.narrative),
        "phones": " ".join(p for p in phones if p),
        "plates": " ".join(p for p in plates if p),
        "handles": " ".join(sorted(h for h in handles if h)),
        "partial": int(partial),
    }


def _handle_words(piece: str) -> list[str]:
    """ "@bigdave99 on Leolist" is the handle @bigdave99; "Big Dave" (a display name) is itself."""
    words = piece.split()
    marked = [w for w in words if "@" in w or "/" in w]
    return marked or [piece]


def _write_index(vault: Vault, alert_id: int, details: AlertDetails, status: str) -> None:
    row = _index_row(details)
    vault.conn.execute(
        "INSERT INTO alert_search (alert_id, status, occurred_on, words, story, phones, plates, handles, partial)"
        " VALUES (:id, :status, :on, :words, :story, :phones, :plates, :handles, :partial)"
        " ON CONFLICT(alert_id) DO UPDATE SET status = excluded.status, occurred_on = excluded.occurred_on,"
        " words = excluded.words, story = excluded.story, phones = excluded.phones, plates = excluded.plates,"
        " handles = excluded.handles, partial = excluded.partial",
        {**row, "id": alert_id, "status": status, "on": details.occurred_on},
    )


# --- reporting, editing, resolving -----------------------------------------------------------------


def new_reference(vault: Vault) -> str:
    """ "A-" and four characters nobody misreads aloud, e.g. "A-7Q3K"."""
    for _ in range(200):
        reference = "A-" + "".join(secrets.choice(REF_CHARACTERS) for _ in range(4))
        if vault.conn.execute("SELECT 1 FROM alerts WHERE reference = ?", (reference,)).fetchone() is None:
            return reference
    raise InvalidInput("No free alert reference could be found. Tell the coordinator.")


_DETAIL_COLUMNS = tuple(f.name for f in fields(AlertDetails))


def _row_values(details: AlertDetails) -> list[Any]:
    return [
        ",".join(details.categories) if name == "categories" else getattr(details, name) for name in _DETAIL_COLUMNS
    ]


@action(Permission.EDIT_ALERTS, audits=("alert.reported",))
def report_alert(
    vault: Vault, details: AlertDetails, *, reported_on: date | None = None, follow_up_client_id: int | None = None
) -> Alert:
    """Take a new report; returns the alert with its reference for the worker. `reported_on` is for a
    report copied in from paper on a later day; `follow_up_client_id` needs a clinical account."""
    today = date.today()
    details = _checked(details, today)
    reported = reported_on or today
    if reported > today or reported.isoformat() < details.occurred_on:
        raise InvalidInput("The report date must be between the day it happened and today.")
    if follow_up_client_id is not None:
        vault.require(Permission.READ_NOTES)
    stamp = now_iso()
    with vault.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO alerts (id, reference, reported_on, status, created_at, updated_at,"
            f" {', '.join(_DETAIL_COLUMNS)})"
            f" VALUES (?, ?, ?, ?, ?, ?, {', '.join('?' * len(_DETAIL_COLUMNS))})",
            (
                new_id(conn, "alerts"),
                new_reference(vault),
                reported.isoformat(),
                ACTIVE,
                stamp,
                stamp,
                *_row_values(details),
            ),
        )
        alert_id = int(cursor.lastrowid or 0)
        _write_index(vault, alert_id, details, ACTIVE)
        vault.audit("alert.reported", "alert", alert_id)
        if follow_up_client_id is not None:
            from shop_desktop.core.safety.alert_links import set_follow_up

            set_follow_up(vault, alert_id, follow_up_client_id)
    return get_alert(vault, alert_id)


@action(Permission.EDIT_ALERTS, audits=("alert.updated",))
def update_alert(vault: Vault, alert_id: int, details: AlertDetails) -> Alert:
    """Save the edited form; the audit entry names the fields that changed, never their text."""
    before = get_alert(vault, alert_id)
    details = _checked(details, date.today())
    changed = [name for name in _DETAIL_COLUMNS if getattr(before.details, name) != getattr(details, name)]
    if not changed:
        return before
    with vault.transaction() as conn:
        assignments = ", ".join(f"{name} = ?" for name in _DETAIL_COLUMNS)
        conn.execute(
            f"UPDATE alerts SET {assignments}, updated_at = ? WHERE id = ?",
            (*_row_values(details), now_iso(), alert_id),
        )
        _write_index(vault, alert_id, details, before.status)
        vault.audit("alert.updated", "alert", alert_id, fields=changed)
    return get_alert(vault, alert_id)


@action(Permission.EDIT_ALERTS, audits=("alert.reopened", "alert.resolved", "alert.archived"))
def set_status(vault: Vault, alert_id: int, status: str) -> Alert:
    """Mark resolved, archive (entered by mistake, a duplicate) or make active again."""
    if status not in STATUSES:
        raise InvalidInput("An alert is active, resolved or archived.")
    before = get_alert(vault, alert_id)
    if before.status == status:
        return before
    with vault.transaction() as conn:
        conn.execute("UPDATE alerts SET status = ?, updated_at = ? WHERE id = ?", (status, now_iso(), alert_id))
        conn.execute("UPDATE alert_search SET status = ? WHERE alert_id = ?", (status, alert_id))
        action = {ACTIVE: "alert.reopened", RESOLVED: "alert.resolved", ARCHIVED: "alert.archived"}[status]
        vault.audit(action, "alert", alert_id)
    return get_alert(vault, alert_id)


# --- reading -------------------------------------------------------------------------------------

_SELECT = f"SELECT id, reference, status, reported_on, updated_at, {', '.join(_DETAIL_COLUMNS)} FROM alerts"


def _alert_from(row: tuple[Any, ...]) -> Alert:
    values = dict(zip(_DETAIL_COLUMNS, row[5:], strict=True))
    values["categories"] = tuple(k for k in str(values["categories"]).split(",") if k)
    return Alert(
        id=row[0],
        reference=row[1],
        status=row[2],
        reported_on=row[3],
        updated_at=row[4],
        details=AlertDetails(**values),
    )


def get_alert(vault: Vault, alert_id: int) -> Alert:
    vault.require(Permission.VIEW_ALERTS)
    row = vault.conn.execute(f"{_SELECT} WHERE id = ?", (alert_id,)).fetchone()
    if row is None:
        raise NotFound("That alert no longer exists.")
    return _alert_from(tuple(row))


def find_reference(vault: Vault, typed: str) -> Alert | None:
    """The alert a worker's quoted reference names ("a7q3k", "A-7Q3K", "7Q3K" all find it)."""
    vault.require(Permission.VIEW_ALERTS)
    code = "".join(ch for ch in typed.upper() if ch.isalnum()).removeprefix("A")
    if len(code) != 4:
        return None
    row = vault.conn.execute(f"{_SELECT} WHERE reference = ?", (f"A-{code}",)).fetchone()
    return _alert_from(tuple(row)) if row else None


@action(Permission.VIEW_ALERTS)
def sheet_days(vault: Vault) -> int:
    return settings.get_int(vault, "alert_sheet_days")


@action(Permission.VIEW_ALERTS)
def current_alerts(vault: Vault, today: date | None = None) -> list[Alert]:
    """What the sheet shows: active alerts within the window, newest first."""
    today = today or date.today()
    cutoff = (today - timedelta(days=sheet_days(vault))).isoformat()
    rows = vault.conn.execute(
        f"{_SELECT} WHERE status = ? AND max(occurred_on, reported_on) >= ?"
        " ORDER BY occurred_on DESC, coalesce(occurred_time, '') DESC, id DESC",
        (ACTIVE, cutoff),
    ).fetchall()
    return [_alert_from(tuple(r)) for r in rows]


def _alerts_by_id(vault: Vault, ids: list[int]) -> dict[int, Alert]:
    found: dict[int, Alert] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = vault.conn.execute(f"{_SELECT} WHERE id IN ({', '.join('?' * len(chunk))})", chunk).fetchall()
        found.update((int(r[0]), _alert_from(tuple(r))) for r in rows)
    return found


# --- screening lookup ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Probe:
    """What the typed text could be: a phone number, a plate, a handle, and its words."""

    phone: str
    plate: str
    handle: str
    words: tuple[str, ...]


def _probe(typed: str) -> _Probe:
    text = unicodedata.normalize("NFKC", typed).strip()
    phone_like = set(_ascii_digits(_EXTENSION.sub("", re.sub(r"^tel:", "", text, flags=re.I)))) <= _PHONE_CHARS
    phone = normalise_phone(text) if phone_like else ""
    plate = plate_key(text) if re.fullmatch(r"[\w\s?*-]{2,12}", text) else ""
    handle = handle_key(text) if len(text.split()) == 1 else ""
    return _Probe(
        phone if len(phone) >= 3 else "",
        plate if 2 <= len(plate) <= 10 else "",
        handle if len(handle) >= 2 else "",
        tuple(_words(text).split()),
    )


def _phone_tier(wanted: str, stored: str) -> int | None:
    if not wanted or not stored:
        return None
    if stored == wanted:
        return 0
    if min(len(stored), len(wanted)) >= 7 and (stored.endswith(wanted) or wanted.endswith(stored)):
        return 1  # the same number with or without its area code
    if wanted in stored or (len(stored) >= 4 and stored in wanted):
        return 2  # part of a number, typed or on record
    return None


def _plate_tier(wanted: str, stored: str) -> int | None:
    if not wanted or not stored:
        return None
    if stored == wanted:
        return 0
    if "?" in stored + wanted:
        pattern, other = (stored, wanted) if "?" in stored else (wanted, stored)
        regex = re.escape(pattern).replace(r"\?", ".")
        return 1 if re.search(regex, other) else None
    if wanted in stored or (len(stored) >= 3 and stored in wanted):
        return 1  # a partial plate, typed or on record
    return None


def _handle_tier(wanted: str, stored: str) -> int | None:
    if not wanted or not stored:
        return None
    if stored == wanted:
        return 0
    if stored.startswith(wanted):
        return 1
    return 2 if len(wanted) >= 3 and wanted in stored else None


WHY = {
    ("phone", 0): "Same phone number",
    ("phone", 1): "Same number, area code left off",
    ("phone", 2): "Part of a phone number",
    ("plate", 0): "Same plate",
    ("plate", 1): "Part of a plate",
    ("handle", 0): "Same handle or email",
    ("handle", 1): "Part of a handle or email",
    ("handle", 2): "Part of a handle or email",
    ("words", 2): "Description",
    ("words", 3): "Description",
    ("words", 4): "What happened",
}


def _best(probe: str, stored: str, tier_of: Any, kind: str) -> tuple[int, str] | None:
    tiers = [t for value in stored.split() if (t := tier_of(probe, value)) is not None]
    return (min(tiers), WHY[kind, min(tiers)]) if tiers else None


def _word_tier(words: tuple[str, ...], row: dict[str, Any]) -> tuple[int, str] | None:
    if not words:
        return None
    described = f" {row['words']}"
    if all(f" {w}" in described for w in words):
        return 2, WHY["words", 2]
    keys = f"{row['words']} {row['phones']} {row['plates'].lower()} {row['handles']}"
    if all(w in keys for w in words):
        return 3, WHY["words", 3]
    if all(w in keys or w in row["story"] for w in words):
        return 4, WHY["words", 4]
    return None


def _score(probe: _Probe, row: dict[str, Any]) -> tuple[int, str] | None:
    found = [
        hit
        for hit in (
            _best(probe.phone, row["phones"], _phone_tier, "phone"),
            _best(probe.plate, row["plates"], _plate_tier, "plate"),
            _best(probe.handle, row["handles"], _handle_tier, "handle"),
            _word_tier(probe.words, row),
        )
        if hit is not None
    ]
    return min(found) if found else None


def _candidates(vault: Vault, probe: _Probe, include_archived: bool) -> list[dict[str, Any]]:
    """Rows that might match (LIKE in SQL is fast); `_score` then decides exactly."""
    # one LIKE per column: SQLite's LIKE is quick, but over a concatenation of the columns it is 40x slower
    in_any = "(words LIKE ? OR phones LIKE ? OR plates LIKE ? OR handles LIKE ? OR story LIKE ?)"
    words_clause = " AND ".join([in_any] * len(probe.words)) or "0"
    cursor = vault.conn.execute(
        "SELECT alert_id, occurred_on, status, words, story, phones, plates, handles FROM alert_search"
        f" WHERE status IN (?, ?, ?) AND (partial OR ({words_clause}) OR phones LIKE ? OR plates LIKE ?"
        " OR handles LIKE ?)",
        (
            ACTIVE,
            RESOLVED,
            ARCHIVED if include_archived else ACTIVE,
            *(f"%{w}%" for w in probe.words for _ in "12345"),
            _like(probe.phone),
            _like(probe.plate),
            _like(probe.handle),
        ),
    )
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _like(text: str) -> str | None:
    """A LIKE pattern, or NULL (which matches nothing) when there is nothing to look for."""
    return f"%{text}%" if text and "%" not in text and "_" not in text else None


@action(Permission.VIEW_ALERTS)
def search(vault: Vault, typed: str, *, include_archived: bool = False, limit: int = SEARCH_LIMIT) -> list[AlertMatch]:
    """Screening lookup, ranked by how well (exact number or plate first, then partial ones, then words
    of the description, then words of what happened) and then how recently each alert matches."""
    probe = _probe(search_query(typed))
    if not (probe.phone or probe.plate or probe.handle or probe.words):
        return []
    quoted = find_reference(vault, typed) if _REFERENCE.fullmatch(typed.strip()) else None
    scored = [(-1, False, 0, 0, "Reference", quoted.id)] if quoted else []
    for row in _candidates(vault, probe, include_archived):
        hit = _score(probe, row)
        if hit is not None and (quoted is None or row["alert_id"] != quoted.id):
            scored.append(
                (
                    hit[0],
                    row["status"] != ACTIVE,
                    _negated(row["occurred_on"]),
                    -row["alert_id"],
                    hit[1],
                    row["alert_id"],
                )
            )
    scored.sort()
    top = scored[:limit]
    alerts = _alerts_by_id(vault, [item[-1] for item in top])
    return [AlertMatch(alerts[item[-1]], item[0], item[4]) for item in top if item[-1] in alerts]


def _negated(day: str) -> int:
    return -date.fromisoformat(day).toordinal()


# --- in plain words (the screen, the sheet and exports share these) --------------------------------


def _join(parts: list[str | None], sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)


def when_where(details: AlertDetails) -> str:
    day = date.fromisoformat(details.occurred_on)
    when = f"{day:%a %d %b %Y}" + (f", {details.occurred_time}" if details.occurred_time else "")
    how = CONTACT_PHRASES[details.contact_method] + (f" ({details.contact_where})" if details.contact_where else "")
    return _join([when, details.location, how], " · ")


def harms_text(details: AlertDetails) -> str:
    return ", ".join(CATEGORIES[k] for k in details.categories)


def description_text(details: AlertDetails) -> str:
    d = details
    age = f"about {d.age}" if d.age and d.age.isdigit() else d.age
    build = f"{d.build} build" if d.build and "build" not in d.build.lower() else d.build
    skin = f"{d.skin_tone} skin" if d.skin_tone and "skin" not in d.skin_tone.lower() else d.skin_tone
    first = _join([d.gender, age, d.height, build, skin])
    return _join(
        [
            first[:1].upper() + first[1:] if first else None,
            f"Hair: {d.hair}" if d.hair else None,
            f"Marks: {d.marks}" if d.marks else None,
            f"Wearing: {d.clothing}" if d.clothing else None,
            f"Name used: {d.name_used}" if d.name_used else None,
        ],
        ". ",
    )


def vehicle_text(details: AlertDetails) -> str:
    d = details
    car = _join([d.vehicle_colour, d.vehicle_make, d.vehicle_model], " ")
    plates = ", ".join(p.upper() for p in split_list(d.plate))
    return _join([car[:1].upper() + car[1:] if car else None, f"plate {plates}" if plates else None])


def contact_text(details: AlertDetails) -> str:
    phones = ", ".join(phone_display(p) for p in split_list(details.phones))
    return _join(
        [
            f"Phone {phones}" if phones else None,
            f"Online {', '.join(split_list(details.handles))}" if details.handles else None,
        ],
        "; ",
    )


# --- the sheet, exports and counts ------------------------------------------------------------------


@dataclass(frozen=True)
class AlertSheet:
    """Everything the sheet prints, and nothing else: no reporter, no client, no staff name."""

    centre_name: str
    centre_phone: str
    made_on: date
    days: int
    alerts: tuple[Alert, ...]


@action(Permission.VIEW_ALERTS, audits=("alert.sheet_made",))
def begin_sheet(vault: Vault, today: date | None = None) -> AlertSheet:
    """The current alerts for printing or saving (audited with the count only)."""
    today = today or date.today()
    current = current_alerts(vault, today)
    with vault.transaction():
        vault.audit("alert.sheet_made", "alert", None, alerts=len(current))
    return AlertSheet(
        settings.get(vault, "centre_name"),
        settings.get(vault, "centre_phone"),
        today,
        sheet_days(vault),
        tuple(current),
    )


def count_by_category(conn: Any, start: str, end: str) -> tuple[dict[str, int], int]:
    """Counts only, for funder reports: ({category: alerts}, all alerts) reported from start to end
    (both days included), archived ones (entered by mistake) left out. Takes a connection so a
    report worker can count on its own."""
    counts = dict.fromkeys(CATEGORIES, 0)
    total = 0
    for (kinds,) in conn.execute(
        "SELECT categories FROM alerts WHERE reported_on BETWEEN ? AND ? AND status != ?", (start, end, ARCHIVED)
    ):
        total += 1
        for kind in str(kinds).split(","):
            if kind in counts:
                counts[kind] += 1
    return counts, total
