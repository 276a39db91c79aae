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

The actions live here (the session area `alerts`); what they use is split by concern beside them:
alert_model (the records), alert_normalising, alert_matching (the lookup), alert_wording, alert_counts.
"""

from __future__ import annotations

import secrets
from dataclasses import fields
from datetime import date, timedelta
from typing import Any

from shop_desktop.core import settings
from shop_desktop.core.actions import action
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from shop_desktop.core.roles import Permission
from shop_desktop.core.safety.alert_counts import count_by_category
from shop_desktop.core.safety.alert_matching import _candidates, _negated, _probe, _score, _write_index
from shop_desktop.core.safety.alert_model import (
    ACTIVE,
    ARCHIVED,
    CATEGORIES,
    CONTACT_METHODS,
    CONTACT_PHRASES,
    DESCRIPTION_FIELDS,
    FIELD_WORDS,
    LIMITS,
    POLICE,
    REF_CHARACTERS,
    RESOLVED,
    SEARCH_LIMIT,
    STATUSES,
    VEHICLE_FIELDS,
    Alert,
    AlertDetails,
    AlertMatch,
    AlertSheet,
)
from shop_desktop.core.safety.alert_normalising import (
    _REFERENCE,
    _checked,
    handle_key,
    normalise_phone,
    normalise_plate,
    phone_display,
    plate_key,
    split_list,
)
from shop_desktop.core.safety.alert_wording import contact_text, description_text, harms_text, vehicle_text, when_where
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.ids import new_id
from shop_desktop.core.text import search_query

# What callers import from here: the actions below, and the model, normalising, wording and counts
# that live in alert_model.py, alert_normalising.py, alert_wording.py and alert_counts.py.
__all__ = [
    "ACTIVE",
    "ARCHIVED",
    "Alert",
    "AlertDetails",
    "AlertMatch",
    "AlertSheet",
    "CATEGORIES",
    "CONTACT_METHODS",
    "CONTACT_PHRASES",
    "DESCRIPTION_FIELDS",
    "FIELD_WORDS",
    "LIMITS",
    "POLICE",
    "REF_CHARACTERS",
    "RESOLVED",
    "SEARCH_LIMIT",
    "STATUSES",
    "VEHICLE_FIELDS",
    "contact_text",
    "count_by_category",
    "description_text",
    "handle_key",
    "harms_text",
    "normalise_phone",
    "normalise_plate",
    "phone_display",
    "plate_key",
    "split_list",
    "vehicle_text",
    "when_where",
]

# --- reporting, editing, resolving -----------------------------------------------------------------


def new_reference(vault: Vault) -> str:
    """ "A-" and four characters nobody misreads aloud, e.g. "A-7Q3K"."""
    for _ in range(200):
        reference = "A-" + "".join(secrets.choice(REF_CHARACTERS) for _ in range(4))
        if vault.conn.execute("SELECT 1 FROM alerts WHERE reference = ?", (reference,)).fetchone() is None:
            return reference
    raise InvalidInput(QT_TRANSLATE_NOOP("core", "No free alert reference could be found. Tell the coordinator."))


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
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The report date must be between the day it happened and today."))
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
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "An alert is active, resolved or archived."))
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
        raise NotFound(QT_TRANSLATE_NOOP("core", "That alert no longer exists."))
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


# --- the sheet ---------------------------------------------------------------------------------------


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
