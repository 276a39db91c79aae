"""Service restrictions: a client asked not to use the drop-in, the Safe Suite, a program or a service.

A restriction runs from its start day up to (not including) its end day, or "until reviewed" when
it has no end. It ends by itself on its end day; the coordinator can lift it earlier with a reason.
While one is in force, check-in, a Safe Suite booking or program attendance for what it covers is
refused with words fit for a screen the client may see; a person allowed to restrict (the
coordinator, and roles the centre adds in Settings) may override it with a reason, which is kept
and audited. The free-text note is sealed for clinical roles only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from shop_desktop.core import settings
from shop_desktop.core.actions import SIGNED_IN, action
from shop_desktop.core.desk import sealed_text
from shop_desktop.core.desk.clients import get_client
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, PermissionDenied, VaultError, said
from shop_desktop.core.roles import Permission, parse_roles
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.ids import new_id
from shop_desktop.core.text import clean

SCOPES = {"dropin": "the drop-in", "suite": "the Safe Suite", "program": "a program", "service": "a service"}
AT_THE_DESK = "Please see the coordinator before checking in."  # calm: the client may see the screen


class RestrictionApplies(VaultError):
    """A restriction covers what was asked; the words suit a screen the client may see."""

    exit_code = 2

    def __init__(self, message: str, restrictions: list[Restriction]) -> None:
        super().__init__(message)
        self.restrictions = restrictions


@dataclass(frozen=True)
class Reason:
    id: int
    label: str


@dataclass(frozen=True)
class RestrictionRequest:
    client_id: int
    scope: str  # a key of SCOPES
    reason_id: int
    starts_on: date
    ends_on: date | None = None  # None: until reviewed
    review_on: date | None = None
    scope_id: int | None = None  # the program or service, for those scopes
    note: str | None = None


@dataclass(frozen=True)
class Restriction:
    id: int
    client_id: int
    scope: str
    scope_id: int | None
    scope_name: str
    starts_on: str
    ends_on: str | None
    review_on: str | None
    reason: str
    note: str | None  # None unless the session is clinical
    lifted_on: str | None

    def in_force(self, day: date) -> bool:
        ends = self.lifted_on or self.ends_on
        return self.starts_on <= day.isoformat() and (ends is None or day.isoformat() < ends)

    @property
    def covers(self) -> str:
        return self.scope_name if self.scope in ("program", "service") else SCOPES[self.scope]


@action(SIGNED_IN)
def may_restrict(vault: Vault) -> bool:
    """The coordinator, and the roles the centre lists in Settings."""
    if vault.can(Permission.RESTRICT_CLIENTS):
        return True
    extra = parse_roles(settings.get(vault, "restriction_roles").replace(" ", ""))
    return bool(vault.roles & extra)


def _require_may_restrict(vault: Vault, words: str) -> None:
    vault.require(Permission.VIEW_CLIENTS)
    if not may_restrict(vault):
        raise PermissionDenied(
            said(QT_TRANSLATE_NOOP("core", "Only the coordinator can {words}. Ask them if it's needed."), words=words)
        )


# --- the reasons list ------------------------------------------------------------------------------


@action(Permission.VIEW_CLIENTS)
def reasons(vault: Vault) -> list[Reason]:
    rows = vault.conn.execute("SELECT id, label FROM restriction_reasons WHERE active = 1 ORDER BY sort_order, label")
    return [Reason(int(r[0]), r[1]) for r in rows]


def add_reason(vault: Vault, label: str) -> Reason:
    vault.require(Permission.EDIT_SETTINGS)
    text = clean("name", label, required=True)
    with vault.transaction() as conn:
        if conn.execute("SELECT 1 FROM restriction_reasons WHERE label = ?", (text,)).fetchone():
            raise InvalidInput(said(QT_TRANSLATE_NOOP("core", '"{text}" is already a reason.'), text=text))
        order = conn.execute("SELECT coalesce(max(sort_order), 0) + 1 FROM restriction_reasons").fetchone()[0]
        cursor = conn.execute(
            "INSERT INTO restriction_reasons (id, label, sort_order) VALUES (?, ?, ?)",
            (new_id(conn, "restriction_reasons"), text, order),
        )
        vault.audit("restriction.reason_added", "restriction_reason", cursor.lastrowid)
    return Reason(int(cursor.lastrowid or 0), str(text))


# --- restricting and lifting -------------------------------------------------------------------------


@action(Permission.VIEW_CLIENTS, audits=("restriction.added",))
def restrict(vault: Vault, request: RestrictionRequest) -> Restriction:
    _require_may_restrict(vault, "restrict a client")
    _checked(vault, request)
    note = clean("remark", request.note)
    with vault.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO restrictions (id, client_id, scope, scope_id, starts_on, ends_on, review_on, reason_id,"
            " created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                new_id(conn, "restrictions"),
                request.client_id,
                request.scope,
                request.scope_id,
                request.starts_on.isoformat(),
                request.ends_on.isoformat() if request.ends_on else None,
                request.review_on.isoformat() if request.review_on else None,
                request.reason_id,
                vault.user.id,
                now_iso(),
            ),
        )
        restriction_id = int(cursor.lastrowid or 0)
        sealed_text.store(vault, "restrictions", restriction_id, "note", note)
        vault.audit("restriction.added", "restriction", restriction_id, client_id=request.client_id)
    return get_restriction(vault, restriction_id)


def _checked(vault: Vault, request: RestrictionRequest) -> None:
    get_client(vault, request.client_id)
    if request.scope not in SCOPES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "core", "Choose what the restriction covers: the drop-in, the Safe Suite, a program or a service."
            )
        )
    if (request.scope in ("program", "service")) != (request.scope_id is not None):
        raise InvalidInput(
            said(QT_TRANSLATE_NOOP("core", "Choose which {scope} the restriction covers."), scope=request.scope)
        )
    if request.scope_id is not None and _scope_name(vault, request.scope, request.scope_id) is None:
        raise NotFound(said(QT_TRANSLATE_NOOP("core", "That {scope} is no longer in the list."), scope=request.scope))
    if request.ends_on is not None and request.ends_on <= request.starts_on:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The end date must come after the start date."))
    if request.ends_on is None and request.review_on is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", 'A restriction "until reviewed" needs a review date.'))
    if not vault.conn.execute("SELECT 1 FROM restriction_reasons WHERE id = ?", (request.reason_id,)).fetchone():
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose a reason from the list."))


@action(Permission.VIEW_CLIENTS, audits=("restriction.lifted",))
def lift(vault: Vault, restriction_id: int, reason: str, on: date | None = None) -> Restriction:
    """End a restriction early (from `on`, default today), with the reason kept."""
    _require_may_restrict(vault, "lift a restriction")
    why = clean("reason", reason, required=True)
    current = get_restriction(vault, restriction_id)
    if current.lifted_on or (current.ends_on and current.ends_on <= (on or date.today()).isoformat()):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "That restriction has already ended."))
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE restrictions SET lifted_on = ?, lifted_by = ?, lift_reason = ? WHERE id = ?",
            ((on or date.today()).isoformat(), vault.user.id, why, restriction_id),
        )
        vault.audit("restriction.lifted", "restriction", restriction_id, client_id=current.client_id)
    return get_restriction(vault, restriction_id)


# --- reading -------------------------------------------------------------------------------------------

_SELECT = (
    "SELECT r.id, r.client_id, r.scope, r.scope_id, r.starts_on, r.ends_on, r.review_on, rr.label,"
    " r.note_key_id, r.note_sealed, r.lifted_on FROM restrictions r JOIN restriction_reasons rr ON rr.id = r.reason_id"
)


def _restriction(vault: Vault, row: Any) -> Restriction:
    scope_name = _scope_name(vault, row[2], row[3]) or SCOPES[row[2]]
    note = sealed_text.unseal(vault, "restrictions", int(row[0]), row[8], row[9])
    starts_on, ends_on, review_on, reason = row[4], row[5], row[6], row[7]
    return Restriction(
        int(row[0]), int(row[1]), row[2], row[3], scope_name, starts_on, ends_on, review_on, reason, note, row[10]
    )


def _scope_name(vault: Vault, scope: str, scope_id: int | None) -> str | None:
    table = {"program": "programs", "service": "services"}.get(scope)
    if table is None or scope_id is None:
        return SCOPES.get(scope)
    row = vault.conn.execute(f"SELECT name FROM {table} WHERE id = ?", (scope_id,)).fetchone()
    return str(row[0]) if row else None


def get_restriction(vault: Vault, restriction_id: int) -> Restriction:
    vault.require(Permission.VIEW_CLIENTS)
    row = vault.conn.execute(f"{_SELECT} WHERE r.id = ?", (restriction_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "That restriction no longer exists."))
    return _restriction(vault, row)


@action(Permission.VIEW_CLIENTS)
def restrictions_for(vault: Vault, client_id: int, *, on: date | None = None) -> list[Restriction]:
    """Every restriction of a client, newest first; with `on`, only those in force that day."""
    rows = vault.conn.execute(f"{_SELECT} WHERE r.client_id = ? ORDER BY r.starts_on DESC, r.id DESC", (client_id,))
    found = [_restriction(vault, row) for row in rows.fetchall()]
    return [r for r in found if r.in_force(on)] if on else found


@action(Permission.VIEW_CLIENTS)
def restricted_among(vault: Vault, client_ids: list[int], on: date) -> set[int]:
    """For the check-in list, at every keystroke: which of these clients are restricted that day.
    Ids only (one index query, nothing unsealed), so the desk's search stays as fast as before."""
    if not client_ids:
        return set()
    marks = ",".join("?" * len(client_ids))
    day = on.isoformat()
    rows = vault.conn.execute(
        f"SELECT DISTINCT client_id FROM restrictions WHERE client_id IN ({marks}) AND starts_on <= ?"
        " AND coalesce(lifted_on, ends_on, '9999') > ?",
        (*client_ids, day, day),
    ).fetchall()
    return {int(row[0]) for row in rows}


@action(Permission.VIEW_CLIENTS)
def due_for_review(vault: Vault, on: date | None = None) -> list[Restriction]:
    """Restrictions still in force whose review date has come."""
    _require_may_restrict(vault, "review restrictions")
    day = (on or date.today()).isoformat()
    rows = vault.conn.execute(
        f"{_SELECT} WHERE r.review_on <= ? AND r.lifted_on IS NULL AND coalesce(r.ends_on, '9999') > ?"
        " ORDER BY r.review_on",
        (day, day),
    ).fetchall()
    return [_restriction(vault, row) for row in rows]


# --- the gate every check-in, booking and attendance passes ---------------------------------------------


def gate(
    vault: Vault,
    client_id: int,
    on: date,
    *,
    action: str,
    services: frozenset[int] = frozenset(),
    suite: bool = False,
    program_id: int | None = None,
    override_reason: str | None = None,
) -> None:
    """Refuse (RestrictionApplies) unless nothing applies or an allowed person overrides with a reason.

    Call inside the transaction that saves the visit, booking or attendance, so an override is kept
    exactly when the thing it allowed is."""
    applies = [r for r in restrictions_for(vault, client_id, on=on) if _covers(r, services, suite, program_id)]
    if not applies:
        return
    if override_reason is None:
        raise RestrictionApplies(AT_THE_DESK if action == "check_in" else _words(action), applies)
    _require_may_restrict(vault, "override a restriction")
    why = clean("reason", override_reason, required=True)
    for restriction in applies:
        vault.conn.execute(
            "INSERT INTO restriction_overrides (id, restriction_id, action, reason, staff_id, at) VALUES (?,?,?,?,?,?)",
            (new_id(vault.conn, "restriction_overrides"), restriction.id, action, why, vault.user.id, now_iso()),
        )
        vault.audit("restriction.overridden", "restriction", restriction.id, client_id=client_id, during=action)


def _covers(restriction: Restriction, services: frozenset[int], suite: bool, program_id: int | None) -> bool:
    if restriction.scope == "dropin":
        return True
    if restriction.scope == "suite":
        return suite
    if restriction.scope == "program":
        return program_id is not None and restriction.scope_id == program_id
    return restriction.scope_id in services


def _words(action: str) -> str:
    doing = {"suite_booking": "booking the Safe Suite", "program": "adding them to this program"}.get(action, action)
    return f"Please see the coordinator before {doing}."
