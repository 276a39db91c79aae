"""Recurring programs (Tuesday breakfast, Thursday luncheon, Alumni Group) and their attendance:
named attendees picked like a check-in, plus an anonymous head count."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shop_desktop.core.actions import action
from shop_desktop.core.desk import conflicts, restrictions
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, said
from shop_desktop.core.roles import Permission
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.ids import new_id
from shop_desktop.core.text import clean

MAX_HEAD_COUNT = 1_000


@dataclass(frozen=True)
class Program:
    id: int
    name: str
    description: str
    weekday: int | None  # Monday = 0
    active: bool


@dataclass(frozen=True)
class Attendee:
    client_id: int
    code: str
    alias: str


@dataclass(frozen=True)
class ProgramSession:
    id: int
    program_id: int
    day: str
    anonymous_count: int
    attendees: tuple[Attendee, ...]

    @property
    def total(self) -> int:
        return self.anonymous_count + len(self.attendees)


@action(Permission.VIEW_CLIENTS)
def list_programs(vault: Vault, *, include_inactive: bool = False) -> list[Program]:
    rows = vault.conn.execute(
        "SELECT id, name, description, weekday, active FROM programs"
        + ("" if include_inactive else " WHERE active = 1")
        + " ORDER BY coalesce(weekday, 9), name"
    ).fetchall()
    return [Program(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


def add_program(vault: Vault, name: str, description: str = "", weekday: int | None = None) -> Program:
    vault.require(Permission.EDIT_CATALOG)
    clean_name = clean("name", name, required=True)
    if weekday is not None and not 0 <= weekday <= 6:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose a day of the week, or none."))
    with vault.transaction() as conn:
        if conn.execute("SELECT 1 FROM programs WHERE name = ?", (clean_name,)).fetchone():
            raise InvalidInput(
                said(
                    QT_TRANSLATE_NOOP("core", 'There is already a program called "{clean_name}".'),
                    clean_name=clean_name,
                )
            )
        cursor = conn.execute(
            "INSERT INTO programs (id, name, description, weekday) VALUES (?, ?, ?, ?)",
            (new_id(conn, "programs"), clean_name, clean("description", description) or "", weekday),
        )
        vault.audit("program.added", "program", cursor.lastrowid)
    return next(p for p in list_programs(vault) if p.id == cursor.lastrowid)


@action(Permission.CHECK_IN, audits=("program.session_started",))
def session_for(vault: Vault, program_id: int, day: str | None = None) -> ProgramSession:
    """The session of a program on a day, made the first time someone records attendance."""
    day = _checked_day(day)
    with vault.transaction() as conn:
        if conn.execute("SELECT 1 FROM programs WHERE id = ?", (program_id,)).fetchone() is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "That program is no longer in the list."))
        row = conn.execute(
            "SELECT id FROM program_sessions WHERE program_id = ? AND day = ?", (program_id, day)
        ).fetchone()
        if row is None:
            cursor = conn.execute(
                "INSERT INTO program_sessions (id, program_id, day, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                (new_id(conn, "program_sessions"), program_id, day, vault.user.id, now_iso()),
            )
            vault.audit("program.session_started", "program_session", cursor.lastrowid, program_id=program_id)
            session_id = int(cursor.lastrowid or 0)
        else:
            session_id = int(row[0])
    return get_session(vault, session_id)


def _checked_day(day: str | None) -> str:
    if not day:
        return date.today().isoformat()
    try:
        chosen = date.fromisoformat(day)
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "That is not a date.")) from None
    if chosen > date.today():
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Attendance can't be recorded for a day that hasn't come yet."))
    return chosen.isoformat()


def get_session(vault: Vault, session_id: int) -> ProgramSession:
    vault.require(Permission.VIEW_CLIENTS)
    row = vault.conn.execute(
        "SELECT id, program_id, day, anonymous_count FROM program_sessions WHERE id = ?", (session_id,)
    ).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "That session no longer exists."))
    people = vault.conn.execute(
        "SELECT c.id, c.code, c.alias FROM attendance a JOIN clients c ON c.id = a.client_id"
        " WHERE a.session_id = ? AND c.status != 'purged' ORDER BY c.alias COLLATE NOCASE",
        (session_id,),
    ).fetchall()
    return ProgramSession(row[0], row[1], row[2], row[3], tuple(Attendee(*p) for p in people))


@action(
    Permission.CHECK_IN, audits=("program.attendee_added", "restriction.overridden", "conflict.keep_apart_overridden")
)
def add_attendee(
    vault: Vault,
    session_id: int,
    client_id: int,
    *,
    override_reason: str | None = None,
    keep_apart_reason: str | None = None,
) -> ProgramSession:
    """Name a client at a session. A restriction on the program refuses it unless an allowed person
    gives `override_reason`; a keep-apart with someone already there unless `keep_apart_reason` is
    given (each kept and audited)."""
    session = get_session(vault, session_id)
    with vault.transaction() as conn:
        status = conn.execute("SELECT status FROM clients WHERE id = ?", (client_id,)).fetchone()
        if status is None or status[0] != "active":
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Only a client with a record in use can be added by name; "
                    "count others in the anonymous head count.",
                )
            )
        restrictions.gate(
            vault,
            client_id,
            date.fromisoformat(session.day),
            action="program",
            program_id=session.program_id,
            override_reason=override_reason,
        )
        present = {a.client_id for a in session.attendees}
        conflicts.keep_apart_gate(vault, client_id, present, action="program", override_reason=keep_apart_reason)
        conn.execute("INSERT OR IGNORE INTO attendance (session_id, client_id) VALUES (?, ?)", (session_id, client_id))
        vault.audit("program.attendee_added", "program_session", session_id, client_id=client_id)
    return get_session(vault, session_id)


@action(Permission.CHECK_IN, audits=("program.attendee_removed",))
def remove_attendee(vault: Vault, session_id: int, client_id: int) -> ProgramSession:
    with vault.transaction() as conn:
        conn.execute("DELETE FROM attendance WHERE session_id = ? AND client_id = ?", (session_id, client_id))
        vault.audit("program.attendee_removed", "program_session", session_id, client_id=client_id)
    return get_session(vault, session_id)


@action(Permission.CHECK_IN, audits=("program.head_count_set",))
def set_head_count(vault: Vault, session_id: int, count: int) -> ProgramSession:
    if not 0 <= count <= MAX_HEAD_COUNT:
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", "The head count must be between 0 and {MAX_HEAD_COUNT}."),
                MAX_HEAD_COUNT=MAX_HEAD_COUNT,
            )
        )
    with vault.transaction() as conn:
        conn.execute("UPDATE program_sessions SET anonymous_count = ? WHERE id = ?", (count, session_id))
        vault.audit("program.head_count_set", "program_session", session_id, count=count)
    return get_session(vault, session_id)
