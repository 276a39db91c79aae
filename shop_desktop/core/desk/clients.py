"""The client registry: aliases people choose, short codes, consent records, search.

Only the alias and consent to keep a record are required. Records are never
deleted from a screen: they are archived; a coordinator can erase a person's
identifying details when they ask to be forgotten (their visits stay, anonymous,
so the centre's counts do not change), or merge two records of one person.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from shop_desktop.core.actions import action
from shop_desktop.core.desk import client_parts
from shop_desktop.core.desk import demographics as demo
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, said
from shop_desktop.core.roles import Permission
from shop_desktop.core.store import db
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.ids import new_id
from shop_desktop.core.text import clean, like_pattern, search_key, search_query

CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ"  # no I, L or O: nothing to mistake for 1 or 0
CODE_DIGITS = "23456789"
SEARCH_LIMIT = 20
ACTIVE, ARCHIVED, MERGED, PURGED = "active", "archived", "merged", "purged"


@dataclass(frozen=True)
class Consent:
    keep_record: bool
    alias_on_slips: bool = False
    may_contact: bool = False
    given_on: str = ""
    ends_on: str | None = None
    withdrawn_on: str | None = None

    @property
    def in_force(self) -> bool:
        today = date.today().isoformat()
        return self.keep_record and not self.withdrawn_on and (not self.ends_on or self.ends_on >= today)


@dataclass(frozen=True)
class ClientDetails:
    """What the client form edits. Only the alias is required (consent is recorded separately)."""

    alias: str
    pronouns: str | None = None
    gender: str | None = None
    age_band: str | None = None
    birth_year: int | None = None
    indigenous: str | None = None
    phone: str | None = None
    alumni: bool = False
    remark: str | None = None


@dataclass(frozen=True)
class Client:
    id: int
    code: str
    details: ClientDetails
    status: str
    first_visit: str | None
    last_visit_at: str | None
    consent: Consent | None

    @property
    def alias(self) -> str:
        return self.details.alias

    @property
    def age_band(self) -> str | None:
        if self.details.birth_year:
            return demo.age_band_for(self.details.birth_year)
        return self.details.age_band


@dataclass(frozen=True)
class ClientMatch:
    """One search result: only what a client standing at the desk may see."""

    id: int
    code: str
    alias: str
    pronouns: str | None
    last_visit_at: str | None


def new_code(vault: Vault) -> str:
    """Three letters and two digits, e.g. "KTP47": easy to read aloud, nothing ambiguous."""
    for _ in range(200):
        code = "".join(secrets.choice(CODE_LETTERS) for _ in range(3)) + "".join(
            secrets.choice(CODE_DIGITS) for _ in range(2)
        )
        if vault.conn.execute("SELECT 1 FROM clients WHERE code = ?", (code,)).fetchone() is None:
            return code
    raise InvalidInput(QT_TRANSLATE_NOOP("core", "No free client code could be found. Tell the coordinator."))


def _checked(details: ClientDetails) -> ClientDetails:
    alias = clean("alias", details.alias, required=True)
    assert alias is not None
    return ClientDetails(
        alias=alias,
        pronouns=clean("pronouns", details.pronouns),
        gender=demo.check_choice(demo.GENDERS, details.gender, "gender identity"),
        age_band=demo.check_choice(demo.AGE_BANDS, details.age_band, "age band"),
        birth_year=demo.check_birth_year(details.birth_year),
        indigenous=demo.check_choice(demo.INDIGENOUS, details.indigenous, "Indigenous identity"),
        phone=clean("phone", details.phone),
        alumni=bool(details.alumni),
        remark=clean("remark", details.remark),
    )


@action(Permission.VIEW_CLIENTS, audits=())
def kept_at_the_centre(vault: Vault) -> frozenset[str]:
    """The client form's fields this device never holds (on an outreach laptop: all but the alias)."""
    return _left_here(vault)


def _left_here(vault: Vault) -> frozenset[str]:
    return client_parts.left_here(vault.conn) & {f.name for f in fields(ClientDetails)}


def _refuse_kept_at_the_centre(vault: Vault, details: ClientDetails) -> None:
    """A laptop's vault holds aliases and codes only: a phone typed there would stay on the street."""
    if any(getattr(details, name) for name in _left_here(vault)):
        raise InvalidInput(client_parts.ALIAS_ONLY)


@action(Permission.VIEW_CLIENTS, audits=())
def why_not_erase_or_merge_here(vault: Vault) -> str:
    """ "" where clients may be erased and merged; else why not (client_parts.py)."""
    return client_parts.AT_THE_CENTRE_ONLY if client_parts.left_here(vault.conn) else ""


def _checked_consent(consent: Consent) -> Consent:
    if not consent.keep_record:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "core",
                "A record can only be kept with the person's consent. Without it, check them in "
                "as an anonymous visitor; they are still counted.",
            )
        )
    given = consent.given_on or date.today().isoformat()
    for label, value in (("date consent was given", given), ("end date", consent.ends_on)):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise InvalidInput(said(QT_TRANSLATE_NOOP("core", "The {label} is not a date."), label=label)) from None
    if consent.ends_on and consent.ends_on < given:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The consent's end date is before the day it was given."))
    return replace(consent, given_on=given, withdrawn_on=None)


@action(Permission.EDIT_CLIENTS, audits=("client.registered",))
def register_client(vault: Vault, details: ClientDetails, consent: Consent) -> Client:
    details, consent = _checked(details), _checked_consent(consent)
    _refuse_kept_at_the_centre(vault, details)
    stamp = now_iso()
    with vault.transaction() as conn:
        code = new_code(vault)
        cursor = conn.execute(
            "INSERT INTO clients (id, code, alias, search_key, pronouns, gender, age_band, birth_year, indigenous,"
            " phone, alumni, remark, first_visit, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                new_id(conn, "clients"),
                code,
                details.alias,
                _key(details.alias, code),
                details.pronouns,
                details.gender,
                details.age_band,
                details.birth_year,
                details.indigenous,
                details.phone,
                int(details.alumni),
                details.remark,
                None,
                stamp,
                stamp,
            ),
        )
        client_id = int(cursor.lastrowid or 0)
        _insert_consent(vault, client_id, consent)
        vault.audit("client.registered", "client", client_id)
    return get_client(vault, client_id)


def _key(alias: str, code: str) -> str:
    return f"{search_key(alias)} {code.lower()}"


def _insert_consent(vault: Vault, client_id: int, consent: Consent) -> None:
    vault.conn.execute(
        "INSERT INTO consents (id, client_id, keep_record, alias_on_slips, may_contact, given_on, ends_on,"
        " withdrawn_on, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            new_id(vault.conn, "consents"),
            client_id,
            int(consent.keep_record),
            int(consent.alias_on_slips),
            int(consent.may_contact),
            consent.given_on,
            consent.ends_on,
            consent.withdrawn_on,
            vault.user.id,
            now_iso(),
        ),
    )


@action(Permission.EDIT_CLIENTS, audits=("client.updated",))
def update_client(vault: Vault, client_id: int, details: ClientDetails) -> Client:
    """Save the client form; the audit entry names which fields changed, never their values."""
    details = _checked(details)
    _refuse_kept_at_the_centre(vault, details)
    before = get_client(vault, client_id)
    if before.status in (MERGED, PURGED):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "This record was merged or erased and can't be edited."))
    changed = [f.name for f in fields(ClientDetails) if getattr(before.details, f.name) != getattr(details, f.name)]
    if not changed:
        return before
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE clients SET alias=?, search_key=?, pronouns=?, gender=?, age_band=?, birth_year=?, indigenous=?,"
            " phone=?, alumni=?, remark=?, updated_at=? WHERE id=?",
            (
                details.alias,
                _key(details.alias, before.code),
                details.pronouns,
                details.gender,
                details.age_band,
                details.birth_year,
                details.indigenous,
                details.phone,
                int(details.alumni),
                details.remark,
                now_iso(),
                client_id,
            ),
        )
        vault.audit("client.updated", "client", client_id, fields=changed)
    return get_client(vault, client_id)


@action(Permission.EDIT_CLIENTS, audits=("client.consent_recorded",))
def record_consent(vault: Vault, client_id: int, consent: Consent) -> Client:
    """A new consent record (the old ones stay as history)."""
    consent = _checked_consent(consent)
    client = get_client(vault, client_id)
    with vault.transaction() as conn:
        _insert_consent(vault, client_id, consent)
        if client.status == ARCHIVED:
            conn.execute("UPDATE clients SET status = ? WHERE id = ?", (ACTIVE, client_id))
        vault.audit("client.consent_recorded", "client", client_id)
    return get_client(vault, client_id)


@action(Permission.EDIT_CLIENTS, audits=("client.consent_withdrawn",))
def withdraw_consent(vault: Vault, client_id: int, on: str | None = None) -> Client:
    """The person no longer wants a record: their record is archived and their later visits are
    counted as anonymous. The coordinator can erase the record if they ask to be forgotten."""
    get_client(vault, client_id)
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE consents SET withdrawn_on = ? WHERE client_id = ? AND withdrawn_on IS NULL",
            (on or date.today().isoformat(), client_id),
        )
        conn.execute("UPDATE clients SET status = ?, updated_at = ? WHERE id = ?", (ARCHIVED, now_iso(), client_id))
        vault.audit("client.consent_withdrawn", "client", client_id)
    return get_client(vault, client_id)


@action(Permission.EDIT_CLIENTS, audits=("client.archived", "client.unarchived"))
def set_archived(vault: Vault, client_id: int, archived: bool) -> Client:
    client = get_client(vault, client_id)
    if client.status not in (ACTIVE, ARCHIVED):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "This record was merged or erased."))
    if not archived and (client.consent is None or not client.consent.in_force):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "Record the person's consent to keep a record before bringing it back.")
        )
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE clients SET status = ?, updated_at = ? WHERE id = ?",
            (ARCHIVED if archived else ACTIVE, now_iso(), client_id),
        )
        vault.audit("client.archived" if archived else "client.unarchived", "client", client_id)
    return get_client(vault, client_id)


_CLIENT_COLUMNS = (
    "id, code, alias, pronouns, gender, age_band, birth_year, indigenous, phone, alumni, remark, "
    "status, first_visit, last_visit_at"
)


def _client_from(vault: Vault, row: tuple[Any, ...]) -> Client:
    details = ClientDetails(
        alias=row[2] or "",
        pronouns=row[3],
        gender=row[4],
        age_band=row[5],
        birth_year=row[6],
        indigenous=row[7],
        phone=row[8],
        alumni=bool(row[9]),
        remark=row[10],
    )
    return Client(
        id=row[0],
        code=row[1],
        details=details,
        status=row[11],
        first_visit=row[12],
        last_visit_at=row[13],
        consent=current_consent(vault, row[0]),
    )


@action(Permission.VIEW_CLIENTS)
def get_client(vault: Vault, client_id: int) -> Client:
    row = vault.conn.execute(f"SELECT {_CLIENT_COLUMNS} FROM clients WHERE id = ?", (client_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "That client's record no longer exists."))
    return _client_from(vault, tuple(row))


def require_record_in_use(vault: Vault, client_id: int, what_instead: str) -> None:
    """Refuse new records (visits, referrals, stays) for a client whose record is archived or whose
    consent is withdrawn or ended; `what_instead` tells the person what they can do."""
    row = vault.conn.execute("SELECT status FROM clients WHERE id = ?", (client_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "That client's record no longer exists."))
    consent = current_consent(vault, client_id)
    if row[0] != ACTIVE or consent is None or not consent.in_force:
        raise InvalidInput(
            "This person has no record in use (archived, or consent withdrawn or ended). " + what_instead
        )


def current_consent(vault: Vault, client_id: int) -> Consent | None:
    row = vault.conn.execute(
        "SELECT keep_record, alias_on_slips, may_contact, given_on, ends_on, withdrawn_on FROM consents"
        " WHERE client_id = ? ORDER BY id DESC LIMIT 1",
        (client_id,),
    ).fetchone()
    if row is None:
        return None
    return Consent(bool(row[0]), bool(row[1]), bool(row[2]), row[3], row[4], row[5])


@action(Permission.VIEW_CLIENTS)
def search(vault: Vault, typed: str, *, include_archived: bool = False, limit: int = SEARCH_LIMIT) -> list[ClientMatch]:
    """Search-as-you-type over alias and code: case- and accent-insensitive, prefix and substring.

    Ranked: exact code, then alias starting with the text, then a word of it, then anywhere;
    within each, the most recent visitors first.
    """
    wanted = search_key(search_query(typed))
    if not wanted:
        return []
    statuses = (ACTIVE, ARCHIVED) if include_archived else (ACTIVE, ACTIVE)
    rows = vault.conn.execute(
        "SELECT id, code, alias, pronouns, last_visit_at, search_key FROM clients"
        " WHERE status IN (?, ?) AND search_key LIKE ? ESCAPE '\\'"
        " ORDER BY last_visit_at IS NULL, last_visit_at DESC LIMIT 500",
        (*statuses, like_pattern(wanted)),
    ).fetchall()
    ranked = sorted(enumerate(rows), key=lambda pair: (_tier(pair[1], wanted), pair[0]))
    return [ClientMatch(r[0], r[1], r[2], r[3], r[4]) for _, r in ranked[:limit]]


def _tier(row: tuple[Any, ...], wanted: str) -> int:
    key, code = row[5], row[1].lower()
    alias_key = key[: -len(code) - 1]
    if code == wanted:
        return 0
    if alias_key.startswith(wanted):
        return 1
    if f" {wanted}" in f" {alias_key}":
        return 2
    return 3


@action(Permission.VIEW_CLIENTS)
def similar_aliases(vault: Vault, alias: str, *, exclude_id: int | None = None) -> list[ClientMatch]:
    """Existing clients whose alias looks like this one (same letters, one or two typos apart)."""
    wanted = search_key(alias)
    if not wanted:
        return []
    rows = vault.conn.execute(
        "SELECT id, code, alias, pronouns, last_visit_at, search_key FROM clients WHERE status IN (?, ?)",
        (ACTIVE, ARCHIVED),
    ).fetchall()
    allowed = 0 if len(wanted) <= 3 else 1 if len(wanted) <= 6 else 2
    similar = []
    for row in rows:
        other = row[5][: -len(row[1]) - 1]
        if row[0] != exclude_id and (
            other == wanted
            or _within(other, wanted, allowed)
            or (len(wanted) >= 4 and (other.startswith(wanted) or wanted.startswith(other)))
        ):
            similar.append(ClientMatch(row[0], row[1], row[2], row[3], row[4]))
    return similar[:10]


def _within(a: str, b: str, limit: int) -> bool:
    """Edit distance of a and b is at most limit (banded, stops early)."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


@action(Permission.MERGE_CLIENTS, audits=("client.merged",))
def merge_clients(vault: Vault, keep_id: int, merge_id: int) -> Client:
    """Two records of one person become one: visits, attendance, consents and notes move to `keep_id`."""
    if why_not_erase_or_merge_here(vault):
        raise InvalidInput(client_parts.AT_THE_CENTRE_ONLY)
    if keep_id == merge_id:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose two different records to merge."))
    keep, gone = get_client(vault, keep_id), get_client(vault, merge_id)
    if PURGED in (keep.status, gone.status) or MERGED in (keep.status, gone.status):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "One of these records was already merged or erased."))
    from shop_desktop.core.desk import linked_records

    with vault.transaction() as conn:
        conn.execute("UPDATE visits SET client_id = ? WHERE client_id = ?", (keep_id, merge_id))
        conn.execute(
            "INSERT OR IGNORE INTO attendance (session_id, client_id)"
            " SELECT session_id, ? FROM attendance WHERE client_id = ?",
            (keep_id, merge_id),
        )
        conn.execute("DELETE FROM attendance WHERE client_id = ?", (merge_id,))
        linked_records.move_all(vault, merge_id, keep_id)
        conn.execute(
            "UPDATE clients SET first_visit = (SELECT min(day) FROM visits WHERE client_id = ? AND voided_at IS NULL),"
            " last_visit_at = (SELECT max(at) FROM visits WHERE client_id = ? AND voided_at IS NULL),"
            " updated_at = ? WHERE id = ?",
            (keep_id, keep_id, now_iso(), keep_id),
        )
        conn.execute(
            "UPDATE clients SET status = ?, merged_into = ?, alias = NULL, search_key = '', phone = NULL,"
            " remark = NULL, pronouns = NULL, updated_at = ? WHERE id = ?",
            (MERGED, keep_id, now_iso(), merge_id),
        )
        vault.audit("client.merged", "client", keep_id, merged=merge_id)
    return get_client(vault, keep_id)


@action(Permission.PURGE_CLIENTS, audits=("client.purged",))
def purge_on_request(vault: Vault, client_id: int) -> None:
    """Erase a person who asks to be forgotten: identifying fields, consents, notes' text and other
    linked records go; the visits stay as anonymous visits so the centre's counts do not change.

    secure_delete is on, so freed pages are zeroed, and the write-ahead log is truncated
    afterwards so no older copy of a page survives in it.
    """
    if why_not_erase_or_merge_here(vault):
        raise InvalidInput(client_parts.AT_THE_CENTRE_ONLY)
    client = get_client(vault, client_id)
    if client.status == PURGED:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "This record was already erased."))
    from shop_desktop.core.desk import linked_records

    age_band = client.age_band
    with vault.transaction() as conn:
        linked_records.erase_all(vault, client_id)
        conn.execute("DELETE FROM consents WHERE client_id = ?", (client_id,))
        conn.execute(
            "UPDATE clients SET alias = NULL, search_key = '', pronouns = NULL, phone = NULL, remark = NULL,"
            " birth_year = NULL, age_band = ?, alumni = 0, code = ?, status = ?, updated_at = ? WHERE id = ?",
            (age_band, f"ERASED-{client_id}", PURGED, now_iso(), client_id),
        )
        vault.audit("client.purged", "client", client_id)
    db.write_back(vault.conn)
