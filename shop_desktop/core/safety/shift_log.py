"""The shift log: a running log per day for staff, with handover items for the next shift.

An entry is one short line ("Safe Suite key with night staff", "call the landlord back"). A
handover item is carried to every later day's log until someone marks it done. An entry may name
a client by code only; no note text and no health detail belong here (the form says so, and the
line limit keeps it short). Every signed-in role reads and writes the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from shop_desktop.core.actions import SIGNED_IN, action
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, said
from shop_desktop.core.roles import Permission
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.ids import new_id

ENTRY_LIMIT = 200
DAYS_BACK = 7  # a shift may be logged late, but only within the week


def checked_line(words: str, value: str | None, limit: int, *, required: bool = False) -> str | None:
    """One line of text: trimmed, no line breaks, at most `limit` characters, else a plain refusal."""
    text = (value or "").strip()
    if not text:
        if required:
            raise InvalidInput(said(QT_TRANSLATE_NOOP("core", "{words} is needed."), words=words))
        return None
    if "\x00" in text:
        raise InvalidInput(
            said(QT_TRANSLATE_NOOP("core", "{words} contains a character that can't be stored."), words=words)
        )
    if "\n" in text or "\r" in text:
        raise InvalidInput(said(QT_TRANSLATE_NOOP("core", "{words} is one line. Keep it short."), words=words))
    if len(text) > limit:
        raise InvalidInput(f"{words} can be at most {limit:,} characters; this one has {len(text):,}.")
    return text


@dataclass(frozen=True)
class ShiftEntry:
    id: int
    day: str
    at: str  # "2026-12-01T09:30"
    text: str
    handover: bool
    client_code: str | None
    staff_name: str
    done_at: str | None
    done_by: str | None

    @property
    def is_open(self) -> bool:
        return self.handover and self.done_at is None

    def carried_to(self, day: date) -> bool:
        """A handover item written on an earlier day, shown on `day` because it was still open then."""
        return self.day < day.isoformat()


@action(SIGNED_IN, audits=("shift_log.written",))
def write_entry(
    vault: Vault, text: str, *, handover: bool = False, client_code: str | None = None, at: datetime | None = None
) -> int:
    """Add a line to the day's log; `handover` flags it for the next shift until marked done."""
    line = checked_line("The entry", text, ENTRY_LIMIT, required=True)
    when = _entry_time(at)
    client_id = _client_by_code(vault, client_code)
    with vault.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO shift_log (id, day, at, text, handover, client_id, staff_id, created_at)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (
                new_id(conn, "shift_log"),
                when.date().isoformat(),
                when.isoformat(timespec="minutes"),
                line,
                int(handover),
                client_id,
                vault.user.id,
                now_iso(),
            ),
        )
        entry_id = int(cursor.lastrowid or 0)
        vault.audit("shift_log.written", "shift_log", entry_id, client_id=client_id)
    return entry_id


def _entry_time(at: datetime | None) -> datetime:
    now = datetime.now()
    when = (at or now).replace(second=0, microsecond=0, tzinfo=None)
    if when.date() > now.date():
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "A log entry can't be for a day that hasn't come yet."))
    if (now.date() - when.date()).days > DAYS_BACK:
        raise InvalidInput(
            said(QT_TRANSLATE_NOOP("core", "A log entry can go back at most {DAYS_BACK} days."), DAYS_BACK=DAYS_BACK)
        )
    return when


def _client_by_code(vault: Vault, code: str | None) -> int | None:
    """Only people who may see clients may link one; the code is all the log keeps of them."""
    wanted = (code or "").strip().upper()
    if not wanted:
        return None
    vault.require(Permission.VIEW_CLIENTS)
    row = vault.conn.execute(
        "SELECT id FROM clients WHERE code = ? AND status IN ('active', 'archived')", (wanted,)
    ).fetchone()
    if row is None:
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", "No client has the code {wanted}. Check the code, or leave it empty."),
                wanted=wanted,
            )
        )
    return int(row[0])


@action(SIGNED_IN, audits=("shift_log.done",))
def mark_done(vault: Vault, entry_id: int) -> None:
    """A handover item taken care of: it stops being carried to the next day."""
    with vault.transaction() as conn:
        row = conn.execute("SELECT handover, done_at FROM shift_log WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "That log entry is no longer there. Refresh the log."))
        if not row[0]:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Only a handover item can be marked done."))
        if row[1] is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Someone already marked this item done."))
        conn.execute(
            "UPDATE shift_log SET done_at = ?, done_by = ? WHERE id = ?",
            (datetime.now().isoformat(timespec="minutes"), vault.user.id, entry_id),
        )
        vault.audit("shift_log.done", "shift_log", entry_id)


_SELECT = (
    "SELECT e.id, e.day, e.at, e.text, e.handover, c.code, coalesce(s.display_name, ''), e.done_at, d.display_name"
    " FROM shift_log e LEFT JOIN clients c ON c.id = e.client_id"
    " LEFT JOIN staff s ON s.id = e.staff_id LEFT JOIN staff d ON d.id = e.done_by"
)


@action(SIGNED_IN)
def day_log(vault: Vault, day: date | None = None) -> list[ShiftEntry]:
    """The day's entries, and before them every handover item from an earlier day still open
    when the day began (one done during the day stays in that day's list, marked done)."""
    on = (day or date.today()).isoformat()
    rows = vault.conn.execute(
        f"{_SELECT} WHERE e.day = ?"
        " OR (e.day < ? AND e.handover = 1 AND (e.done_at IS NULL OR substr(e.done_at, 1, 10) >= ?))"
        " ORDER BY e.day < ? DESC, e.at, e.id",
        (on, on, on, on),
    ).fetchall()
    return [_entry(row) for row in rows]


@action(SIGNED_IN)
def open_handovers(vault: Vault) -> list[ShiftEntry]:
    """Every handover item nobody has marked done yet, oldest first (for the home screen)."""
    rows = vault.conn.execute(f"{_SELECT} WHERE e.handover = 1 AND e.done_at IS NULL ORDER BY e.at, e.id").fetchall()
    return [_entry(row) for row in rows]


def _entry(row: tuple[object, ...]) -> ShiftEntry:
    return ShiftEntry(
        int(row[0]),  # type: ignore[call-overload]
        str(row[1]),
        str(row[2]),
        str(row[3]),
        bool(row[4]),
        None if row[5] is None else str(row[5]),
        str(row[6]),
        None if row[7] is None else str(row[7]),
        None if row[8] is None else str(row[8]),
    )


def move_entries(vault: Vault, from_id: int, to_id: int) -> int:
    """A merge: log lines that named the merged record name the kept one (linked_records)."""
    return int(vault.conn.execute("UPDATE shift_log SET client_id = ? WHERE client_id = ?", (to_id, from_id)).rowcount)


def erase_links_of(vault: Vault, client_id: int) -> int:
    """An erasure: the lines stay (they are about the shift), the link to the person goes."""
    return int(vault.conn.execute("UPDATE shift_log SET client_id = NULL WHERE client_id = ?", (client_id,)).rowcount)
