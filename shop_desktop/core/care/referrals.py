"""Referrals to partner agencies: the agency directory, referrals with follow-up, and slip contents.

The coordinator keeps the directory; anyone who makes referrals reads it. A referral names the
client, the agency, the need and who made it; its outcome is recorded later. An agency that
closes is retired, never deleted, so past referrals keep counting. The printed slip carries only
what the receiving agency needs, and the client's alias only when they agreed to it.
The records and their words live in referral_model.py; the actions here (the session area `referrals`).
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta
from typing import Any

from shop_desktop.core import settings
from shop_desktop.core.actions import action
from shop_desktop.core.care.referral_checks import _checked_follow_up, _referral_day, checked_agency
from shop_desktop.core.care.referral_model import AGENCY_LIMITS as AGENCY_LIMITS  # re-exported, as are the three below
from shop_desktop.core.care.referral_model import AGENCY_WORDS as AGENCY_WORDS
from shop_desktop.core.care.referral_model import ATTENDED as ATTENDED  # re-exported
from shop_desktop.core.care.referral_model import CATEGORIES as CATEGORIES
from shop_desktop.core.care.referral_model import DECLINED as DECLINED  # re-exported
from shop_desktop.core.care.referral_model import (
    DUE,
    FOLLOW_UP_AFTER,
    MADE,
    OUTCOME_LIMIT,
    OVERDUE,
    PRIORITIES,
    REASON_LIMIT,
    SERVICES_LIMIT,
    SOON,
    SOON_DAYS,
    STATUSES,
    Agency,
    AgencyDetails,
    FollowUp,
    Referral,
    ReferralRequest,
    ReferralSlip,
)
from shop_desktop.core.care.referral_model import LATE_ENTRY_DAYS as LATE_ENTRY_DAYS
from shop_desktop.core.care.referral_model import NOT_ATTENDED as NOT_ATTENDED  # re-exported
from shop_desktop.core.care.referral_model import NOT_NEEDED as NOT_NEEDED  # re-exported
from shop_desktop.core.desk import conflicts
from shop_desktop.core.desk.clients import require_record_in_use
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, PermissionDenied, said
from shop_desktop.core.roles import Permission
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault, select_staff
from shop_desktop.core.sync.ids import new_id
from shop_desktop.core.text import clean_text, like_pattern, search_key, search_query

# --- checks ---------------------------------------------------------------------------------


def require_permission(vault: Vault, permission: Permission, words: str) -> None:
    if vault.is_open and not vault.can(permission):
        raise PermissionDenied(
            said(
                QT_TRANSLATE_NOOP("core", "Your account can't {words}. Ask the coordinator if you need to."),
                words=words,
            )
        )
    vault.require(permission)


# --- the agency directory ------------------------------------------------------------------

_AGENCY_COLUMNS = "id, name, category, address, phone, hours, contact_person, what_to_bring, remarks, active"


def _agency_from(row: Any) -> Agency:
    return Agency(row[0], AgencyDetails(*row[1:9]), bool(row[9]))


@action(Permission.MAKE_REFERRALS)
def list_agencies(
    vault: Vault, *, typed: str = "", category: str | None = None, include_retired: bool = False
) -> list[Agency]:
    """The directory in name order; `typed` matches any part of the name, accents and case ignored."""
    where, params = ["search_key LIKE ? ESCAPE '\\'"], [like_pattern(search_key(search_query(typed)))]
    if category:
        where.append("category = ?")
        params.append(category)
    if not include_retired:
        where.append("active = 1")
    rows = vault.conn.execute(
        f"SELECT {_AGENCY_COLUMNS} FROM agencies WHERE {' AND '.join(where)} ORDER BY search_key", params
    ).fetchall()
    return [_agency_from(r) for r in rows]


def get_agency(vault: Vault, agency_id: int) -> Agency:
    require_permission(vault, Permission.MAKE_REFERRALS, "see the agency directory")
    row = vault.conn.execute(f"SELECT {_AGENCY_COLUMNS} FROM agencies WHERE id = ?", (agency_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "That agency is no longer in the directory."))
    return _agency_from(row)


def agency_named(vault: Vault, name: str) -> Agency | None:
    row = vault.conn.execute(
        f"SELECT {_AGENCY_COLUMNS} FROM agencies WHERE name = ? COLLATE NOCASE", (name.strip(),)
    ).fetchone()
    return None if row is None else _agency_from(row)


@action(Permission.EDIT_AGENCIES)
def write_agency(vault: Vault, details: AgencyDetails, agency_id: int | None) -> int:
    """Insert or update one row inside the caller's transaction; returns its id."""
    values = (
        details.name,
        search_key(details.name),
        details.category,
        details.address,
        details.phone,
        details.hours,
        details.contact_person,
        details.what_to_bring,
        details.remarks,
        now_iso(),
    )
    if agency_id is None:
        cursor = vault.conn.execute(
            "INSERT INTO agencies (id, name, search_key, category, address, phone, hours, contact_person,"
            " what_to_bring, remarks, updated_at, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (new_id(vault.conn, "agencies"), *values, now_iso()),
        )
        return int(cursor.lastrowid or 0)
    vault.conn.execute(
        "UPDATE agencies SET name=?, search_key=?, category=?, address=?, phone=?, hours=?, contact_person=?,"
        " what_to_bring=?, remarks=?, updated_at=? WHERE id=?",
        (*values, agency_id),
    )
    return agency_id


def _refuse_same_name(vault: Vault, name: str, agency_id: int | None) -> None:
    same = agency_named(vault, name)
    if same is not None and same.id != agency_id:
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", '"{name}" is already in the directory. Edit that one instead.'),
                name=same.name,
            )
        )


@action(Permission.EDIT_AGENCIES, audits=("agency.added",))
def add_agency(vault: Vault, details: AgencyDetails) -> Agency:
    details = checked_agency(details)
    with vault.transaction():
        _refuse_same_name(vault, details.name, None)
        agency_id = write_agency(vault, details, None)
        vault.audit("agency.added", "agency", agency_id)
    return get_agency(vault, agency_id)


def changed_fields(before: AgencyDetails, after: AgencyDetails) -> list[str]:
    return [f.name for f in fields(AgencyDetails) if getattr(before, f.name) != getattr(after, f.name)]


@action(Permission.EDIT_AGENCIES, audits=("agency.updated",))
def update_agency(vault: Vault, agency_id: int, details: AgencyDetails) -> Agency:
    """Save the agency form; the audit entry names the fields changed, never their values."""
    details = checked_agency(details)
    before = get_agency(vault, agency_id)
    changed = changed_fields(before.details, details)
    if not changed:
        return before
    with vault.transaction():
        _refuse_same_name(vault, details.name, agency_id)
        write_agency(vault, details, agency_id)
        vault.audit("agency.updated", "agency", agency_id, fields=changed)
    return get_agency(vault, agency_id)


@action(Permission.EDIT_AGENCIES, audits=("agency.restored", "agency.retired"))
def set_agency_active(vault: Vault, agency_id: int, active: bool) -> Agency:
    """Retire an agency that closed or stopped taking referrals (its past referrals still count)."""
    get_agency(vault, agency_id)
    with vault.transaction() as conn:
        conn.execute("UPDATE agencies SET active = ?, updated_at = ? WHERE id = ?", (int(active), now_iso(), agency_id))
        vault.audit("agency.restored" if active else "agency.retired", "agency", agency_id)
    return get_agency(vault, agency_id)


# --- referrals ------------------------------------------------------------------------------


def suggested_follow_up(priority: str, referred_on: date | None = None) -> date:
    return (referred_on or date.today()) + timedelta(days=FOLLOW_UP_AFTER.get(priority, 14))


@action(Permission.MAKE_REFERRALS)
def alias_allowed(vault: Vault, client_id: int) -> bool:
    """Whether the client's consent record lets their alias appear on a referral slip today."""
    from shop_desktop.core.desk.clients import current_consent

    consent = current_consent(vault, client_id)
    return bool(consent and consent.in_force and consent.alias_on_slips)


def _checked_request(vault: Vault, request: ReferralRequest) -> ReferralRequest:
    if request.priority not in PRIORITIES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "Choose how soon the client needs this: emergency, urgent or routine.")
        )
    reason = clean_text("The reason", request.reason, REASON_LIMIT, required=True)
    services = clean_text("The services requested", request.services_requested, SERVICES_LIMIT) or ""
    on = _referral_day(request)
    follow = _checked_follow_up(request.follow_up_on, on) or suggested_follow_up(request.priority, on).isoformat()
    agency = get_agency(vault, request.agency_id)
    if not agency.active:
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", "{name} was retired from the directory. Choose another agency."),
                name=agency.name,
            )
        )
    if request.alias_consent and not alias_allowed(vault, request.client_id):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "core",
                "This client's consent record doesn't allow their alias on referral slips, so the slip "
                "will show their client code. Update their consent on the Clients screen first.",
            )
        )
    return ReferralRequest(
        request.client_id,
        request.agency_id,
        reason or "",
        request.priority,
        services,
        request.alias_consent,
        on.isoformat(),
        follow,
    )


def _next_number(vault: Vault, year: int) -> str:
    prefix = f"R-{year}-"
    last = vault.conn.execute(
        "SELECT max(CAST(substr(number, ?) AS INTEGER)) FROM referrals WHERE number LIKE ?",
        (len(prefix) + 1, prefix + "%"),
    ).fetchone()[0]
    return f"{prefix}{int(last or 0) + 1:04d}"


@action(Permission.MAKE_REFERRALS, audits=("referral.made",))
def make_referral(vault: Vault, request: ReferralRequest) -> Referral:
    """Record a referral made today (or a late entry); returns it with its slip number."""
    request = _checked_request(vault, request)
    stamp = now_iso()
    with vault.transaction() as conn:
        require_record_in_use(
            vault, request.client_id, "Record their consent first, or give them the agency's details by word of mouth."
        )
        number = _next_number(vault, int(request.referred_on[:4]))
        cursor = conn.execute(
            "INSERT INTO referrals (id, number, client_id, agency_id, priority, reason, services_requested,"
            " referred_on, staff_id, alias_consent, follow_up_on, status, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                new_id(conn, "referrals"),
                number,
                request.client_id,
                request.agency_id,
                request.priority,
                request.reason,
                request.services_requested,
                request.referred_on,
                vault.user.id,
                int(request.alias_consent),
                request.follow_up_on,
                MADE,
                stamp,
                stamp,
            ),
        )
        referral_id = int(cursor.lastrowid or 0)
        vault.audit("referral.made", "referral", referral_id, client_id=request.client_id, agency_id=request.agency_id)
    return get_referral(vault, referral_id)


_REFERRAL_SELECT = (
    "SELECT r.id, r.number, r.client_id, CASE WHEN c.status != 'purged' THEN c.code END,"
    " CASE WHEN c.status != 'purged' THEN c.alias END, r.agency_id, a.name, a.category, r.priority, r.reason,"
    " r.services_requested, r.referred_on, r.staff_id, r.alias_consent, r.follow_up_on, r.status, r.outcome"
    " FROM referrals r JOIN agencies a ON a.id = r.agency_id LEFT JOIN clients c ON c.id = r.client_id"
)


def _referrals_where(vault: Vault, where: str, params: tuple[Any, ...]) -> list[Referral]:
    rows = vault.conn.execute(f"{_REFERRAL_SELECT} {where}", params).fetchall()
    names = {m.id: m.display_name for m in select_staff(vault.conn)}
    return [
        Referral(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
            names.get(r[12], "Recovery key"),
            bool(r[13]),
            r[14],
            r[15],
            r[16],
        )
        for r in rows
    ]


def get_referral(vault: Vault, referral_id: int) -> Referral:
    require_permission(vault, Permission.MAKE_REFERRALS, "see referrals")
    found = _referrals_where(vault, "WHERE r.id = ?", (referral_id,))
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("core", "That referral no longer exists."))
    if found[0].client_id is not None:
        conflicts.require_access(vault, found[0].client_id)
    return found[0]


def open_referral(vault: Vault, referral_id: int) -> Referral:
    """A referral opened to read: the conflict rule, and an entry in the client's "who opened" list."""
    referral = get_referral(vault, referral_id)
    if referral.client_id is not None:
        conflicts.open_record(vault, referral.client_id, "referral")
    return referral


@action(Permission.MAKE_REFERRALS)
def referrals_for_client(vault: Vault, client_id: int) -> list[Referral]:
    """Newest first."""
    conflicts.require_access(vault, client_id)
    return _referrals_where(vault, "WHERE r.client_id = ? ORDER BY r.referred_on DESC, r.id DESC", (client_id,))


@action(Permission.MAKE_REFERRALS, audits=("referral.updated",))
def record_outcome(
    vault: Vault, referral_id: int, status: str, outcome: str | None = None, follow_up_on: str | None = None
) -> Referral:
    """What came of a referral; while it is still waiting (MADE), a new follow-up day can be set."""
    if status not in STATUSES:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose what came of the referral from the list."))
    remark = clean_text("The outcome remark", outcome, OUTCOME_LIMIT)
    before = get_referral(vault, referral_id)
    if before.client_id is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "This client's record was erased; the referral is kept only as a count.")
        )
    follow = before.follow_up_on
    if status == MADE:
        follow = _checked_follow_up(follow_up_on, date.fromisoformat(before.referred_on)) or follow
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE referrals SET status = ?, outcome = ?, follow_up_on = ?, updated_at = ? WHERE id = ?",
            (status, remark, follow, now_iso(), referral_id),
        )
        vault.audit(
            "referral.updated", "referral", referral_id, status=status, follow_up_changed=follow != before.follow_up_on
        )
    return get_referral(vault, referral_id)


@action(Permission.MAKE_REFERRALS)
def follow_ups(vault: Vault, *, mine: bool, today: date | None = None, ahead_days: int = SOON_DAYS) -> list[FollowUp]:
    """Referrals still waiting whose follow-up day has passed or comes within `ahead_days`, soonest first."""
    today = today or date.today()
    until = (today + timedelta(days=ahead_days)).isoformat()
    where = "WHERE r.status = ? AND r.follow_up_on IS NOT NULL AND r.follow_up_on <= ? AND r.client_id IS NOT NULL"
    params: tuple[Any, ...] = (MADE, until)
    if mine:
        where, params = where + " AND r.staff_id = ?", (*params, vault.user.id)
    found = _referrals_where(vault, where + " ORDER BY r.follow_up_on, r.id", params)
    closed = conflicts.conflicted_clients(vault)
    return [_follow_up(r, today) for r in found if r.client_id not in closed]


def _follow_up(referral: Referral, today: date) -> FollowUp:
    days = (date.fromisoformat(referral.follow_up_on or today.isoformat()) - today).days
    return FollowUp(referral, OVERDUE if days < 0 else DUE if days == 0 else SOON, days)


# --- the slip -------------------------------------------------------------------------------


def consent_wording(centre: str, agency: str, *, with_alias: bool) -> str:
    """Read to the client before the slip is printed; printed on the slip above their initials."""
    shared = "the name I use here" if with_alias else "my client code (not my name)"
    return (
        f"I agree that {centre} gives {agency} {shared} and the reason for this referral, "
        "only so that they can help me. I know I can change my mind at any time."
    )


@action(Permission.MAKE_REFERRALS, audits=("referral.slip_made",))
def referral_slip(vault: Vault, referral_id: int) -> ReferralSlip:
    """The slip's contents; the alias only when both the referral and the client's consent allow it.

    Audited here (the slip names a client), whatever the screen then does with it."""
    referral = get_referral(vault, referral_id)
    if referral.client_id is None or referral.client_code is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "This client's record was erased, so no slip can be printed for this referral.")
        )
    agency = get_agency(vault, referral.agency_id).details
    shows_alias = referral.alias_consent and bool(referral.client_alias) and alias_allowed(vault, referral.client_id)
    centre = settings.get(vault, "centre_name")
    staff = select_staff(vault.conn, "WHERE id = ?", (referral.staff_id,))
    with vault.transaction():
        vault.audit("referral.slip_made", "referral", referral_id, alias_shown=shows_alias)
    return ReferralSlip(
        number=referral.number,
        referred_on=referral.referred_on,
        centre_name=centre,
        centre_address=settings.get(vault, "centre_address"),
        centre_phone=settings.get(vault, "centre_phone"),
        agency_name=agency.name,
        agency_address=agency.address or "",
        agency_phone=agency.phone or "",
        agency_hours=agency.hours or "",
        reason=referral.reason,
        services_requested=referral.services_requested,
        client_label=(referral.client_alias or "") if shows_alias else referral.client_code,
        shows_alias=shows_alias,
        staff_first_name=staff[0].first_name if staff else vault.user.first_name,
        consent_wording=consent_wording(centre, agency.name, with_alias=shows_alias),
    )


@action(Permission.MAKE_REFERRALS, audits=("referral.slip_printed", "referral.slip_saved"))
def record_slip_given(vault: Vault, referral_id: int, how: str) -> None:
    """Audit that a slip left the vault: how is "printed" or "saved" (to a file the user chose)."""
    if how not in ("printed", "saved"):
        raise ValueError(how)
    with vault.transaction():
        vault.audit(f"referral.slip_{how}", "referral", referral_id)


# --- merge and erase (registered in linked_records) ----------------------------------------


def move_referrals(vault: Vault, from_client: int, to_client: int) -> int:
    vault.require(Permission.MERGE_CLIENTS)  # only as part of a merge or an erase
    with vault.transaction() as conn:
        return int(
            conn.execute("UPDATE referrals SET client_id = ? WHERE client_id = ?", (to_client, from_client)).rowcount
        )


def erase_referrals_of(vault: Vault, client_id: int) -> int:
    """The person is forgotten: the link, consent and free text go; agency, status and dates stay as counts."""
    vault.require(Permission.PURGE_CLIENTS)  # only as part of a merge or an erase
    with vault.transaction() as conn:
        return int(
            conn.execute(
                "UPDATE referrals SET client_id = NULL, alias_consent = 0, reason = '', services_requested = '',"
                " outcome = NULL, updated_at = ? WHERE client_id = ?",
                (now_iso(), client_id),
            ).rowcount
        )
