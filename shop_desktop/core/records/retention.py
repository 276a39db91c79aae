"""The retention policy: personal information is kept no longer than the centre needs it (BC PIPA).

Nothing is erased silently. A coordinator sees, at sign-in, what is due and why ("212 clients with
no contact since before 2019-12-01"), may keep a client back with a reason (a legal hold, an open
matter), then the run erases the rest one record at a time, each in its own transaction, and
finally writes a fresh copy of the database into place (core/records/compaction.py).

A client's erasure is the one a person can ask for (clients.purge_on_request): identity, consents,
notes' text and linked records go; visits, attendance and every other count stay, anonymous, so
past and future funder reports do not change. The audit trail keeps its ids.

"Last contact" is the latest of: registration, a counted visit, program attendance, a Safe Suite
stay, a referral, a counselling note, a consent given. A staff member editing the record is not
contact with the person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from shop_desktop.core import settings
from shop_desktop.core.actions import action
from shop_desktop.core.backup.backup import SUFFIX
from shop_desktop.core.care import notes
from shop_desktop.core.desk import clients
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, Cancelled, InvalidInput, NotFound, VaultError, VaultLocked, said
from shop_desktop.core.records import compaction, retention_records
from shop_desktop.core.roles import Permission
from shop_desktop.core.store import db, journal
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault

CLIENT, CLIENT_LINKED, NOTES, ALERT = "client", "client_linked", "notes", "alert"
ERASE_AUDITS = (
    "client.purged",
    "retention.client_erased",
    "retention.notes_erased",
    "retention.alert_expired",
    *(area.audit for area in retention_records.KEPT_RECORDS),
)
HOLD_REASON_MAX = 300

_LAST_CONTACT = """
SELECT c.id, c.code, c.alias, max(
    substr(c.created_at, 1, 10),
    coalesce(substr(c.last_visit_at, 1, 10), ''),
    coalesce((SELECT max(ps.day) FROM attendance a JOIN program_sessions ps ON ps.id = a.session_id
              WHERE a.client_id = c.id), ''),
    coalesce((SELECT max(s.departure) FROM suite_stays s WHERE s.client_id = c.id
              AND s.status != 'cancelled'), ''),
    coalesce((SELECT max(r.referred_on) FROM referrals r WHERE r.client_id = c.id), ''),
    coalesce((SELECT max(substr(n.occurred_at, 1, 10)) FROM notes n WHERE n.client_id = c.id), ''),
    coalesce((SELECT max(k.given_on) FROM consents k WHERE k.client_id = c.id), '')
), h.reason
FROM clients c LEFT JOIN retention_holds h ON h.client_id = c.id
WHERE c.status IN ('active', 'archived')
  AND substr(c.created_at, 1, 10) < :cutoff AND coalesce(substr(c.last_visit_at, 1, 10), '') < :cutoff
"""  # the two columns first: last contact is never earlier, so only old records need the lookups


@dataclass(frozen=True)
class Policy:
    identity_years: int
    notes_years: int
    alert_months: int
    kept_years: dict[str, int]  # a KeptRecords setting -> years

    def identity_cutoff(self, today: date) -> str:
        return years_before(today, self.identity_years).isoformat()

    def notes_cutoff(self, today: date) -> str:
        return years_before(today, min(self.notes_years, self.identity_years)).isoformat()

    def alert_cutoff(self, today: date) -> str:
        months = today.year * 12 + today.month - 1 - self.alert_months
        return _on_day(months // 12, months % 12 + 1, today.day).isoformat()


def years_before(today: date, years: int) -> date:
    return _on_day(today.year - years, today.month, today.day)


def _on_day(year: int, month: int, day: int) -> date:
    """The same day of the month, or the month's last day (29 February, 31 April)."""
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1


def policy(vault: Vault) -> Policy:
    kept = {area.setting: settings.get_int(vault, area.setting) for area in retention_records.KEPT_RECORDS}
    return Policy(
        settings.get_int(vault, "retention_identity_years"),
        settings.get_int(vault, "retention_notes_years"),
        settings.get_int(vault, "retention_alert_months"),
        kept,
    )


@dataclass(frozen=True)
class DueClient:
    id: int
    code: str
    alias: str
    last_contact: str
    hold_reason: str | None = None


@dataclass(frozen=True)
class Review:
    """What the policy says is due today; nothing in it has been erased yet."""

    today: date
    policy: Policy
    clients: list[DueClient]  # identity due, not held
    held: list[DueClient]  # identity due, kept back by a coordinator
    notes_of: list[int] = field(default_factory=list)  # clients whose signed notes are due
    alerts: list[int] = field(default_factory=list)
    kept: dict[str, list[int]] = field(default_factory=dict)  # KeptRecords setting -> record ids

    @property
    def items(self) -> list[tuple[str, int]]:
        """The run's steps, in order: kept records first, so a client's go before the client does."""
        steps = [(key, rid) for key, ids in self.kept.items() for rid in ids]
        steps += [(ALERT, a) for a in self.alerts] + [(NOTES, c) for c in self.notes_of]
        # a client in two short steps (each one transaction, so the screen never waits long on one)
        return steps + [step for c in self.clients for step in ((CLIENT_LINKED, c.id), (CLIENT, c.id))]

    @property
    def due(self) -> bool:
        return bool(self.items)

    def reasons(self) -> list[str]:
        """One plain line per kind of record due, with how many and why."""
        lines = []
        if self.clients:
            day = self.policy.identity_cutoff(self.today)
            lines.append(f"{len(self.clients)} client(s) with no contact since before {day}: identity and notes erased")
        if self.held:
            day = self.policy.identity_cutoff(self.today)
            lines.append(f"{len(self.held)} client(s) with no contact since before {day} kept back (not erased)")
        if self.notes_of:
            day = self.policy.notes_cutoff(self.today)
            lines.append(
                f"Signed notes of {len(self.notes_of)} client(s) with no contact since before {day}: note text erased"
            )
        if self.alerts:
            day = self.policy.alert_cutoff(self.today)
            lines.append(
                f"{len(self.alerts)} aggressor alert(s) not reviewed since before {day}: taken off the active list"
            )
        for area in retention_records.KEPT_RECORDS:
            ids = self.kept.get(area.setting, [])
            if ids:
                lines.append(
                    area.describe(len(ids), years_before(self.today, self.policy.kept_years[area.setting]).isoformat())
                )
        return lines


def _candidates(conn: db.Connection, cutoff: str, client_id: int | None = None) -> list[DueClient]:
    sql, params = _LAST_CONTACT, {"cutoff": cutoff, "id": client_id}
    if client_id is not None:
        sql += " AND c.id = :id"
    rows = conn.execute(sql, params).fetchall()
    return [DueClient(r[0], r[1], r[2] or "", r[3], r[4]) for r in rows if r[3] < cutoff]


def _signed_notes_due(conn: db.Connection, past_notes_cutoff: list[DueClient], skip: set[int]) -> list[int]:
    """Of these clients, those with note text left to erase. Looked up client by client through the
    notes_client_headers index: a scan of every note (their sealed bodies make the rows wide) took 1.4 s on a
    20-year vault, at every coordinator's sign-in."""
    asked = sorted(c.id for c in past_notes_cutoff if c.hold_reason is None and c.id not in skip)
    with_notes: set[int] = set()
    for start in range(0, len(asked), 500):  # under SQLite's limit on ? in one statement
        chunk = asked[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT DISTINCT client_id FROM notes WHERE client_id IN ({marks}) AND status != 'purged'", chunk
        )
        with_notes.update(int(r[0]) for r in rows)
    return [client_id for client_id in asked if client_id in with_notes]


def _alerts_due(conn: db.Connection, cutoff: str) -> list[int]:
    rows = conn.execute(
        "SELECT id FROM alerts WHERE status = 'active' AND substr(updated_at, 1, 10) < ? ORDER BY id", (cutoff,)
    ).fetchall()
    return [int(r[0]) for r in rows]


def _review(vault: Vault, today: date) -> Review:
    rules = policy(vault)
    conn = vault.conn
    # one pass over the clients: the notes' cut-off is never earlier than the identity's
    past_notes_cutoff = _candidates(conn, rules.notes_cutoff(today))
    identity_cutoff = rules.identity_cutoff(today)
    due = [c for c in past_notes_cutoff if c.last_contact < identity_cutoff]
    free = [c for c in due if c.hold_reason is None]
    held = [c for c in due if c.hold_reason is not None]
    held_ids = {int(r[0]) for r in conn.execute("SELECT client_id FROM retention_holds")}
    kept = {}
    for area in retention_records.KEPT_RECORDS:
        cutoff = years_before(today, rules.kept_years[area.setting]).isoformat()
        ids = [rid for rid in area.due(conn, cutoff) if _owner(conn, area, rid) not in held_ids]
        kept[area.setting] = ids
    notes_of = _signed_notes_due(conn, past_notes_cutoff, {c.id for c in due})
    return Review(today, rules, free, held, notes_of, _alerts_due(conn, rules.alert_cutoff(today)), kept)


def _owner(conn: db.Connection, area: retention_records.KeptRecords, record_id: int) -> int | None:
    table = {"restriction": "restrictions"}.get(area.subject)
    if table is None:
        return None
    row = conn.execute(f"SELECT client_id FROM {table} WHERE id = ?", (record_id,)).fetchone()
    return None if row is None else int(row[0])


@action(Permission.PURGE_CLIENTS, audits=())
def review(vault: Vault, today: date | None = None) -> Review:
    """What is due today. Also clears what a stopped compaction left behind (see core/records/compaction.py)."""
    compaction.tidy(vault.folder)
    return _review(vault, today or date.today())


@action(Permission.PURGE_CLIENTS, audits=("retention.held",))
def hold(vault: Vault, client_id: int, reason: str) -> None:
    """Keep a client past the retention period (a legal hold, an open matter). The reason stays in the
    vault; the audit entry holds the ids only."""
    words = " ".join((reason or "").split())
    if not words:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "Say why this client is kept (for example, a legal hold or an open matter).")
        )
    if len(words) > HOLD_REASON_MAX or "\x00" in words:
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", "The reason can be at most {HOLD_REASON_MAX} characters of plain text."),
                HOLD_REASON_MAX=HOLD_REASON_MAX,
            )
        )
    client = clients.get_client(vault, client_id)
    if client.status in (clients.PURGED, clients.MERGED):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "This record was already erased or merged."))
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO retention_holds (client_id, reason, held_by, held_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(client_id) DO UPDATE SET reason = excluded.reason, held_by = excluded.held_by,"
            " held_at = excluded.held_at",
            (client_id, words, vault.user.id, now_iso()),
        )
        vault.audit("retention.held", "client", client_id)


@action(Permission.PURGE_CLIENTS, audits=("retention.hold_released",))
def release_hold(vault: Vault, client_id: int) -> None:
    with vault.transaction() as conn:
        if conn.execute("DELETE FROM retention_holds WHERE client_id = ?", (client_id,)).rowcount == 0:
            raise NotFound(QT_TRANSLATE_NOOP("core", "This client is not kept back."))
        vault.audit("retention.hold_released", "client", client_id)


@action(Permission.PURGE_CLIENTS, audits=ERASE_AUDITS)
def erase_item(vault: Vault, kind: str, item_id: int, today: date | None = None) -> bool:
    """One step of the run. The list shown is not trusted: each item is checked again against the
    policy and the holds now, and one no longer due (a visit since, a hold) is left alone (False)."""
    today = today or date.today()
    rules = policy(vault)
    if kind == CLIENT_LINKED:
        return _erase_client_linked(vault, item_id, rules.identity_cutoff(today))
    if kind == CLIENT:
        return _erase_client(vault, item_id, rules.identity_cutoff(today))
    if kind == NOTES:
        return _erase_notes(vault, item_id, rules.notes_cutoff(today))
    if kind == ALERT:
        return _expire_alert(vault, item_id, rules.alert_cutoff(today))
    for area in retention_records.KEPT_RECORDS:
        if area.setting == kind:
            return _erase_kept(vault, area, item_id, years_before(today, rules.kept_years[kind]).isoformat())
    raise InvalidInput(said(QT_TRANSLATE_NOOP("core", "There is no kind of record called {kind}."), kind=kind))


def _still_due(vault: Vault, client_id: int, cutoff: str) -> bool:
    found = _candidates(vault.conn, cutoff, client_id)
    return bool(found) and found[0].hold_reason is None


def _erase_client_linked(vault: Vault, client_id: int, cutoff: str) -> bool:
    """A client's first step: the words in their restrictions and conflicts. Done first, so a stop
    between the two steps leaves the client still due (and the next run does both)."""
    if not _still_due(vault, client_id, cutoff):
        return False
    with vault.transaction():
        retention_records.erase_kept_records_of(vault, client_id)
        vault.audit("retention.client_erased", "client", client_id, cutoff=cutoff)
    return True


def _erase_client(vault: Vault, client_id: int, cutoff: str) -> bool:
    """The second step: the erasure a person can ask for (identity, consents, notes, linked records)."""
    if not _still_due(vault, client_id, cutoff):
        return False
    clients.purge_on_request(vault, client_id)
    return True


def _erase_notes(vault: Vault, client_id: int, cutoff: str) -> bool:
    if not _still_due(vault, client_id, cutoff):
        return False
    with vault.transaction():
        erased = notes.erase_notes_of(vault, client_id)
        vault.audit("retention.notes_erased", "client", client_id, notes=erased, cutoff=cutoff)
    db.write_back(vault.conn)
    return True


def _expire_alert(vault: Vault, alert_id: int, cutoff: str) -> bool:
    """Off the active list and the sheet; still counted in reports and found by a search (resolved)."""
    if alert_id not in _alerts_due(vault.conn, cutoff):
        return False
    with vault.transaction() as conn:
        conn.execute("UPDATE alerts SET status = 'resolved', updated_at = ? WHERE id = ?", (now_iso(), alert_id))
        conn.execute("UPDATE alert_search SET status = 'resolved' WHERE alert_id = ?", (alert_id,))
        vault.audit("retention.alert_expired", "alert", alert_id, cutoff=cutoff)
    return True


def _erase_kept(vault: Vault, area: retention_records.KeptRecords, record_id: int, cutoff: str) -> bool:
    held = {int(r[0]) for r in vault.conn.execute("SELECT client_id FROM retention_holds")}
    if record_id not in area.due(vault.conn, cutoff) or _owner(vault.conn, area, record_id) in held:
        return False
    with vault.transaction() as conn:
        area.erase(conn, record_id)
        vault.audit(area.audit, area.subject, record_id, cutoff=cutoff)
    db.write_back(vault.conn)
    return True


# --- the fresh copy (core/records/compaction.py) -----------------------------------------------------------


@action(Permission.PURGE_CLIENTS, audits=())
def begin_compaction(vault: Vault) -> compaction.CompactCopy:
    """On the session's thread: a connection of its own for the worker that writes the copy."""
    return compaction.CompactCopy(vault.connect_worker(), vault.folder)


@action(Permission.PURGE_CLIENTS, audits=("retention.compacted",))
def finish_compaction(vault: Vault, copy: compaction.CompactCopy) -> bool:
    """On the session's thread, after `compaction.write_copy`: swap the copy in, unless someone wrote
    to the vault since it began (then it is thrown away: False; the next run makes another)."""
    fresh = compaction.unchanged_since(copy)
    copy.conn.close()
    if not fresh:
        compaction.tidy(vault.folder)
        return False
    epoch, folder = vault.open_epoch, vault.folder

    def close() -> None:
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        vault.release_connection()

    def reopen() -> None:
        conn = db.connect(folder / compaction.DB_NAME, vault.data_key_for(epoch))
        db.configure(conn)
        vault.attach_connection(conn, epoch)

    try:
        compaction.swap(folder, close, reopen)
    except OSError as error:  # a file held open elsewhere (Windows), a failing disk: never a guess here
        if not journal.pending(folder) and vault.is_open:
            compaction.tidy(folder)
            raise VaultError(
                f"The database file could not be rewritten ({error.strerror or error}). Nothing was lost; "
                "the next run tries again."
            ) from None
        vault.lock()  # the next sign-in finishes the journal's moves before anything opens the file
        raise VaultLocked(
            "The database file could not be replaced just now. Sign in again: it is finished then, and "
            f"nothing is lost. ({error.strerror or error})"
        ) from None
    with vault.transaction():
        vault.audit("retention.compacted", "vault", None)
    db.write_back(vault.conn)
    return True


@action(Permission.PURGE_CLIENTS, audits=())
def discard_compaction(vault: Vault, copy: compaction.CompactCopy) -> None:
    """A cancelled or failed copy: its connection closed, its half-written file removed."""
    copy.conn.close()
    compaction.tidy(vault.folder)


@dataclass(frozen=True)
class RunResult:
    erased: int
    skipped: int
    compacted: bool


@action(Permission.PURGE_CLIENTS, audits=(*ERASE_AUDITS, "retention.compacted"))
def run(
    vault: Vault,
    today: date | None = None,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RunResult:
    """The whole run on one thread (the command line and tests; the app steps through it instead)."""
    steps = _review(vault, today or date.today()).items
    done = skipped = 0
    for number, (kind, item_id) in enumerate(steps):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if erase_item(vault, kind, item_id, today):
            done += 1
        else:
            skipped += 1
        if progress is not None:
            progress((number + 1) / max(1, len(steps)) * 0.8, "Erasing")
    copy = compaction.write_copy(begin_compaction(vault), progress, cancelled)
    return RunResult(done, skipped, finish_compaction(vault, copy))


# --- old backups (the backup screen lists them; their contents are never opened) ------------------

_BACKUP_NAME = re.compile(r"^SHOP-backup-.*-(\d{4}-\d{2}-\d{2})-\d{6}(?:-\d+)?" + re.escape(SUFFIX) + "$")


@dataclass(frozen=True)
class OldBackup:
    path: Path
    made_on: date


def _old_backups(folder: Path, before: date) -> list[OldBackup]:
    found = []
    try:
        entries = sorted(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        return []
    for path in entries:
        match = _BACKUP_NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            made_on = date.fromisoformat(match.group(1))
        except ValueError:
            continue
        if made_on < before:
            found.append(OldBackup(path, made_on))
    return found


@action(Permission.PURGE_CLIENTS, audits=())
def old_backups(vault: Vault, folder: Path, today: date | None = None) -> list[OldBackup]:
    """Backups in `folder` made (by their file name's date) before the identity retention period:
    they still hold clients erased since. Only names and dates are read."""
    return _old_backups(Path(folder), years_before(today or date.today(), policy(vault).identity_years))


@action(Permission.PURGE_CLIENTS, audits=("retention.old_backups_deleted",))
def delete_old_backups(vault: Vault, folder: Path, chosen: list[Path], today: date | None = None) -> int:
    """Delete the chosen files, each checked again to be an old backup in that folder (nothing else
    is deleted, whatever the list says)."""
    allowed = {b.path for b in old_backups(vault, folder, today)}
    gone = 0
    for path in chosen:
        if Path(path) in allowed:
            Path(path).unlink(missing_ok=True)
            gone += 1
    with vault.transaction():
        vault.audit("retention.old_backups_deleted", "backup", None, files=gone)
    return gone
