"""Keep-apart conflicts, a staff member's conflict with a client, break-glass, and "who opened my file".

Two clients who must not be in the Safe Suite at the same time or at the same program session: a
booking or attendance that would put them together is refused until someone gives a reason.

A staff member in conflict with a client (a relative, a former partner) cannot open that client's
record — history, notes, referrals, the client form — through any core action, unless they use
break-glass: a typed reason, audited, shown to the coordinator at their next sign-in. Checking the
client in (alias and code only) still works, so the centre keeps running.

Every opening of a client's record goes through `open_record`, which applies that rule and writes
the audit entry ("client.opened", with the client's id) that the "who opened my file" list reads.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from datetime import date

from shop_desktop.core import settings
from shop_desktop.core.actions import SIGNED_IN, action
from shop_desktop.core.desk import sealed_text
from shop_desktop.core.desk.clients import Client, get_client
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, PermissionDenied, VaultError, said
from shop_desktop.core.roles import Permission
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.ids import new_id
from shop_desktop.core.text import clean

OPENED = "client.opened"
WHAT_OPENED = {
    "history": "Client history",
    "note": "A note",
    "referral": "A referral",
    "form": "Client details",
    "access_request": "Your record, for your access request",
}

# Break-glass lasts for the sign-in it was used in: a new session must give its own reason.
_broken_glass: weakref.WeakKeyDictionary[Vault, set[int]] = weakref.WeakKeyDictionary()


class ConflictOfInterest(PermissionDenied):
    """The signed-in person is in recorded conflict with this client."""


class KeepApart(VaultError):
    """The booking or attendance would put two clients who must be kept apart together."""

    exit_code = 2


@dataclass(frozen=True)
class KeepApartPair:
    id: int
    client_a: int
    client_b: int
    reason: str | None  # clinical sessions only


@dataclass(frozen=True)
class StaffConflict:
    id: int
    staff_id: int
    client_id: int
    reason: str | None  # clinical sessions only


@dataclass(frozen=True)
class BreakGlassUse:
    id: int
    staff_id: int
    client_id: int
    reason: str
    at: str


# --- recording conflicts -----------------------------------------------------------------------------


@action(Permission.MANAGE_CONFLICTS, audits=("conflict.keep_apart_added",))
def keep_apart(vault: Vault, client_a: int, client_b: int, reason: str | None = None) -> KeepApartPair:
    if client_a == client_b:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose two different clients."))
    first, second = sorted((get_client(vault, client_a).id, get_client(vault, client_b).id))
    text = clean("reason", reason)
    with vault.transaction() as conn:
        if conn.execute(
            "SELECT 1 FROM keep_apart WHERE client_a = ? AND client_b = ? AND ended_at IS NULL", (first, second)
        ).fetchone():
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "These two clients are already kept apart."))
        cursor = conn.execute(
            "INSERT INTO keep_apart (id, client_a, client_b, created_by, created_at) VALUES (?,?,?,?,?)",
            (new_id(conn, "keep_apart"), first, second, vault.user.id, now_iso()),
        )
        pair_id = int(cursor.lastrowid or 0)
        sealed_text.store(vault, "keep_apart", pair_id, "reason", text)
        vault.audit("conflict.keep_apart_added", "keep_apart", pair_id)
    return KeepApartPair(pair_id, first, second, text if vault.can(Permission.READ_NOTES) else None)


@action(Permission.MANAGE_CONFLICTS, audits=("conflict.staff_added",))
def record_staff_conflict(vault: Vault, staff_id: int, client_id: int, reason: str | None = None) -> StaffConflict:
    get_client(vault, client_id)
    if not vault.conn.execute("SELECT 1 FROM staff WHERE id = ?", (staff_id,)).fetchone():
        raise NotFound(QT_TRANSLATE_NOOP("core", "That staff account no longer exists."))
    text = clean("reason", reason)
    with vault.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO staff_conflicts (id, staff_id, client_id, created_by, created_at) VALUES (?,?,?,?,?)",
            (new_id(conn, "staff_conflicts"), staff_id, client_id, vault.user.id, now_iso()),
        )
        conflict_id = int(cursor.lastrowid or 0)
        sealed_text.store(vault, "staff_conflicts", conflict_id, "reason", text)
        vault.audit("conflict.staff_added", "staff_conflict", conflict_id, staff_id=staff_id)
    return StaffConflict(conflict_id, staff_id, client_id, text if vault.can(Permission.READ_NOTES) else None)


def end_conflict(vault: Vault, table: str, conflict_id: int) -> None:
    vault.require(Permission.MANAGE_CONFLICTS)
    if table not in ("keep_apart", "staff_conflicts"):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "There is no such kind of conflict."))
    with vault.transaction() as conn:
        if not conn.execute(
            f"UPDATE {table} SET ended_at = ? WHERE id = ? AND ended_at IS NULL", (now_iso(), conflict_id)
        ).rowcount:
            raise NotFound(QT_TRANSLATE_NOOP("core", "That conflict has already ended."))
        vault.audit("conflict.ended", table, conflict_id)


# --- keep-apart at the Safe Suite and programs ----------------------------------------------------------


def _pairs_with(vault: Vault, client_id: int) -> dict[int, int]:
    """{other client: pair id} for every keep-apart in force that names this client."""
    rows = vault.conn.execute(
        "SELECT id, client_a, client_b FROM keep_apart WHERE ended_at IS NULL AND (client_a = ? OR client_b = ?)",
        (client_id, client_id),
    ).fetchall()
    return {int(b) if int(a) == client_id else int(a): int(pair) for pair, a, b in rows}


def keep_apart_gate(
    vault: Vault, client_id: int, together_with: set[int], *, action: str, override_reason: str | None
) -> None:
    """Inside the caller's transaction: refuse, or keep the reason someone gave for going ahead."""
    clash = {other: pair for other, pair in _pairs_with(vault, client_id).items() if other in together_with}
    if not clash:
        return
    if override_reason is None:
        where = "in the Safe Suite on those nights" if action == "suite_booking" else "at this session"
        raise KeepApart(
            said(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This client must be kept apart from someone already {where}. Check with the "
                    "coordinator; to go ahead anyway, give a reason.",
                ),
                where=where,
            )
        )
    why = clean("reason", override_reason, required=True)
    for pair in sorted(clash.values()):
        vault.conn.execute(
            "INSERT INTO keep_apart_overrides (id, pair_id, action, reason, staff_id, at) VALUES (?,?,?,?,?,?)",
            (new_id(vault.conn, "keep_apart_overrides"), pair, action, why, vault.user.id, now_iso()),
        )
        vault.audit("conflict.keep_apart_overridden", "keep_apart", pair, client_id=client_id, during=action)


# --- staff conflicts, break-glass and opening a record -------------------------------------------------


def in_conflict(vault: Vault, client_id: int) -> bool:
    return bool(
        vault.conn.execute(
            "SELECT 1 FROM staff_conflicts WHERE staff_id = ? AND client_id = ? AND ended_at IS NULL",
            (vault.user.id, client_id),
        ).fetchone()
    )


def require_access(vault: Vault, client_id: int) -> None:
    """Refuse a person in conflict with the client, unless they broke the glass this session."""
    vault.require(Permission.VIEW_CLIENTS)
    if in_conflict(vault, client_id) and client_id not in _broken_glass.get(vault, set()):
        raise ConflictOfInterest(
            QT_TRANSLATE_NOOP(
                "core",
                "You have a recorded conflict with this client, so their record stays closed to you. "
                "If you must open it (an emergency), use break-glass and give the reason; the coordinator will see it.",
            )
        )


def open_record(vault: Vault, client_id: int, what: str) -> None:
    """Every opening of a client's record: the conflict rule, then the audit entry with the client id."""
    if what not in WHAT_OPENED:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Unknown part of a client's record."))
    require_access(vault, client_id)
    with vault.transaction():
        vault.audit(OPENED, "client", client_id, what=what)


@action(Permission.VIEW_CLIENTS, audits=("client.opened",))
def open_client(vault: Vault, client_id: int) -> Client:
    """The client form opened to read or change someone's details."""
    open_record(vault, client_id, "form")
    return get_client(vault, client_id)


@action(Permission.BREAK_GLASS, audits=("conflict.break_glass",))
def break_glass(vault: Vault, client_id: int, reason: str) -> BreakGlassUse:
    why = clean("reason", reason, required=True)
    get_client(vault, client_id)
    with vault.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO break_glass (id, staff_id, client_id, reason, at) VALUES (?,?,?,?,?)",
            (new_id(conn, "break_glass"), vault.user.id, client_id, why, now_iso()),
        )
        use_id = int(cursor.lastrowid or 0)
        vault.audit("conflict.break_glass", "client", client_id, use=use_id)
    _broken_glass.setdefault(vault, set()).add(client_id)
    return BreakGlassUse(use_id, vault.user.id, client_id, str(why), now_iso())


def unreviewed_break_glass(vault: Vault) -> list[BreakGlassUse]:
    """For the coordinator's sign-in: every break-glass use nobody has looked at yet."""
    vault.require(Permission.MANAGE_CONFLICTS)
    rows = vault.conn.execute(
        "SELECT id, staff_id, client_id, reason, at FROM break_glass WHERE reviewed_at IS NULL ORDER BY at"
    ).fetchall()
    return [BreakGlassUse(int(r[0]), int(r[1]), int(r[2]), r[3], r[4]) for r in rows]


@action(SIGNED_IN, audits=("conflict.break_glass_reviewed",))
def break_glass_notice(vault: Vault) -> str:
    """At a coordinator's sign-in: plain words about break-glass uses nobody has looked at, marked as
    seen once said. Empty for everyone else, and when there are none."""
    if not vault.can(Permission.MANAGE_CONFLICTS):
        return ""
    uses = unreviewed_break_glass(vault)
    if not uses:
        return ""
    names = {int(r[0]): r[1] for r in vault.conn.execute("SELECT id, display_name FROM staff")}
    codes = {int(r[0]): r[1] for r in vault.conn.execute("SELECT id, code FROM clients")}
    lines = [
        f"{use.at[:16].replace('T', ' ')}: {names.get(use.staff_id, 'a staff member')} opened the record of "
        f"client {codes.get(use.client_id, '?')}, giving the reason: {use.reason}"
        for use in uses
    ]
    mark_break_glass_seen(vault, [use.id for use in uses])
    times = "once" if len(uses) == 1 else f"{len(uses)} times"
    return (
        f"Since you last looked, break-glass was used {times} to open the record of a client the staff member "
        "has a recorded conflict with:\n"
        + "\n".join(lines)
        + "\nIf a reason doesn't hold up, talk to the person; every opening is in the audit trail."
    )


def mark_break_glass_seen(vault: Vault, use_ids: list[int]) -> None:
    vault.require(Permission.MANAGE_CONFLICTS)
    with vault.transaction() as conn:
        for use_id in use_ids:
            conn.execute(
                "UPDATE break_glass SET reviewed_by = ?, reviewed_at = ? WHERE id = ? AND reviewed_at IS NULL",
                (vault.user.id, now_iso(), use_id),
            )
            vault.audit("conflict.break_glass_reviewed", "break_glass", use_id)


def conflicted_clients(vault: Vault) -> set[int]:
    """The clients this session may not open (for filtering search hits across many clients)."""
    rows = vault.conn.execute(
        "SELECT client_id FROM staff_conflicts WHERE staff_id = ? AND ended_at IS NULL", (vault.user.id,)
    ).fetchall()
    return {int(r[0]) for r in rows} - _broken_glass.get(vault, set())


@dataclass(frozen=True)
class Opening:
    at: str
    staff_name: str
    what: str


def openings(vault: Vault, client_id: int, *, since: date | None = None) -> list[Opening]:
    """Who opened this client's record and when, oldest first (from the audit trail)."""
    vault.require(Permission.VIEW_FILE_OPENINGS)
    get_client(vault, client_id)
    rows = vault.conn.execute(
        "SELECT a.at, s.display_name, json_extract(a.detail, '$.what') FROM audit a JOIN staff s ON s.id = a.actor_id"
        " WHERE a.subject_type = 'client' AND a.subject_id = ? AND a.action = ? AND a.at >= ? ORDER BY a.id",
        (str(client_id), OPENED, since.isoformat() if since else ""),
    ).fetchall()
    return [Opening(r[0], r[1], WHAT_OPENED.get(r[2], r[2])) for r in rows]


@dataclass(frozen=True)
class OpeningsSheet:
    """What the "who opened my file" PDF prints: the client named by alias only if they asked."""

    centre_name: str
    client_label: str
    made_on: str
    made_by: str
    openings: tuple[Opening, ...]


@action(Permission.VIEW_FILE_OPENINGS, audits=("client.openings_printed",))
def openings_sheet(vault: Vault, client_id: int, *, client_asked: bool) -> OpeningsSheet:
    """For a PIPA access request or a complaint. The alias prints only when the client asked for
    the list themselves (the coordinator ticks that); otherwise their code."""
    listed = openings(vault, client_id)
    client = get_client(vault, client_id)
    with vault.transaction():
        vault.audit("client.openings_printed", "client", client_id, named=client_asked)
    return OpeningsSheet(
        settings.get(vault, "centre_name"),
        f"{client.alias} ({client.code})" if client_asked else f"Client {client.code}",
        date.today().isoformat(),
        vault.user.display_name,
        tuple(listed),
    )
