"""Confidential counselling notes: encrypted field by field under the notes key.

The body, the topic tags and the kind of note are sealed with AES-GCM under a notes key that
only clinical roles hold (kind_sealed = 1 says a row's note_type is only a placeholder); the
associated data binds the note's id, client and version, so a body copied onto another note's
row does not open. Drafts save
themselves (encrypted) and are offered back after a crash; signing makes a note
immutable, and corrections are addenda linked to it. Every open is audited.
Note text is decrypted in memory only: there is no index of it on disk.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from shop_desktop.core.actions import SIGNED_IN, action
from shop_desktop.core.desk import conflicts
from shop_desktop.core.errors import InvalidInput, NotFound, PermissionDenied, VaultError
from shop_desktop.core.jobs import WorkerTask, for_worker
from shop_desktop.core.roles import Permission
from shop_desktop.core.sync.ids import new_id
from shop_desktop.core.text import search_query
from shop_desktop.core.vault import crypto
from shop_desktop.core.vault.audit import now_iso
from shop_desktop.core.vault.db import Connection
from shop_desktop.core.vault.vault import Vault

NOTE_TYPES: dict[str, str] = {
    "counselling": "Counselling session",
    "crisis": "Crisis intervention",
    "case": "Case note",
    "safety_plan": "Safety plan",
}
TOPIC_TAGS: dict[str, str] = {
    "housing": "Housing",
    "violence": "Violence or assault",
    "health": "Health",
    "substance_use": "Substance use",
    "legal": "Legal",
    "income": "Income",
    "family": "Family",
    "mental_health": "Mental health",
    "work_safety": "Work safety",
}
SEALED_KIND = "counselling"  # what note_type holds once the real kind is sealed (the column must hold a kind)
MAX_BODY = 200_000
MAX_DURATION_MINUTES = 24 * 60
DRAFT, SIGNED, PURGED = "draft", "signed", "purged"


class NoteDamaged(VaultError):
    exit_code = 7

    def __init__(self, note_id: int) -> None:
        super().__init__(
            "This note is damaged and can't be shown. The rest of the client's record is fine; "
            "the coordinator can check a recent backup for a good copy."
        )
        self.note_id = note_id


@dataclass(frozen=True)
class NoteHeader:
    """What a clinical list shows before a note is opened (no body)."""

    id: int
    client_id: int
    note_type: str
    occurred_at: str
    author_id: int
    status: str
    addendum_to: int | None

    @property
    def type_label(self) -> str:
        return NOTE_TYPES.get(self.note_type, self.note_type)


@dataclass(frozen=True)
class Note:
    id: int
    client_id: int
    note_type: str
    occurred_at: str
    duration_minutes: int | None
    author_id: int
    follow_up_date: str | None
    status: str
    tags: tuple[str, ...]
    body: str
    addendum_to: int | None
    signed_at: str | None
    version: int
    addenda: tuple[Note, ...] = field(default=())

    @property
    def is_signed(self) -> bool:
        return self.status == SIGNED

    @property
    def type_label(self) -> str:
        return NOTE_TYPES.get(self.note_type, self.note_type)


@dataclass(frozen=True)
class NoteDraft:
    """What the editor sends to save_draft; note_id is None for a new note."""

    client_id: int
    note_type: str
    body: str
    occurred_at: str = ""
    duration_minutes: int | None = None
    follow_up_date: str | None = None
    tags: tuple[str, ...] = ()
    note_id: int | None = None


@dataclass(frozen=True)
class SearchHit:
    header: NoteHeader
    snippet: str


@dataclass(frozen=True)
class _Row:
    """One stored note, still sealed."""

    id: int
    client_id: int
    note_type: str
    occurred_at: str
    duration_minutes: int | None
    author_id: int
    follow_up_date: str | None
    status: str
    version: int
    key_id: int
    body: bytes
    tags: bytes
    addendum_to: int | None
    signed_at: str | None
    kind_sealed: int = 0


_COLUMNS = (
    "id, client_id, note_type, occurred_at, duration_minutes, author_id, follow_up_date, status, "
    "version, key_id, body, tags, addendum_to, signed_at, kind_sealed"
)


def _ad(note_id: int, client_id: int, version: int, field_name: str) -> bytes:
    return f"shop-note|{note_id}|{client_id}|{version}|{field_name}".encode()


def _sealed_topics(kind: str, tags: tuple[str, ...]) -> bytes:
    return json.dumps({"kind": kind, "topics": list(tags)}).encode()


def _seal(
    vault: Vault, note_id: int, client_id: int, version: int, body: str, tags: tuple[str, ...], kind: str
) -> tuple[int, bytes, bytes]:
    key_id, key = vault.notes_key()
    sealed_body = crypto.seal(key, body.encode("utf-8"), _ad(note_id, client_id, version, "body"))
    sealed_tags = crypto.seal(key, _sealed_topics(kind, tags), _ad(note_id, client_id, version, "tags"))
    return key_id, sealed_body, sealed_tags


def _unseal(vault: Vault, row: _Row) -> tuple[str, tuple[str, ...], str]:
    _, key = vault.notes_key(row.key_id)
    return _unseal_with({row.key_id: crypto.AESGCM(key)}, row)


def _validate(draft: NoteDraft) -> None:
    if draft.note_type not in NOTE_TYPES:
        raise InvalidInput("Choose what kind of note this is.")
    unknown = [t for t in draft.tags if t not in TOPIC_TAGS]
    if unknown:
        raise InvalidInput("One of the topic tags is not in the list.")
    if len(draft.body) > MAX_BODY:
        raise InvalidInput(
            f"A note can be at most {MAX_BODY:,} characters; this one has {len(draft.body):,}. Split it into two notes."
        )
    if draft.duration_minutes is not None and not 0 <= draft.duration_minutes <= MAX_DURATION_MINUTES:
        raise InvalidInput("The duration must be between 0 minutes and 24 hours.")
    if draft.follow_up_date:
        try:
            date.fromisoformat(draft.follow_up_date)
        except ValueError:
            raise InvalidInput("The follow-up date is not a date.") from None
    if draft.occurred_at:
        try:
            datetime.fromisoformat(draft.occurred_at)
        except ValueError:
            raise InvalidInput("The note's date and time are not valid.") from None


@action(Permission.WRITE_NOTES, audits=("note.draft_created",))
def save_draft(vault: Vault, draft: NoteDraft) -> int:
    """Create or update my draft, encrypted; returns its id. Called by autosave every few seconds."""
    _validate(draft)
    with vault.transaction() as conn:
        _require_client(vault, draft.client_id)
        if draft.note_id is None:
            note_id = _insert(vault, draft)
            vault.audit("note.draft_created", "note", note_id, client_id=draft.client_id)
            return note_id
        row = _own_draft(vault, draft.note_id)
        version = row.version + 1
        key_id, body, tags = _seal(
            vault, draft.note_id, draft.client_id, version, draft.body, draft.tags, draft.note_type
        )
        conn.execute(
            "UPDATE notes SET client_id=?, note_type=?, occurred_at=?, duration_minutes=?, follow_up_date=?,"
            " version=?, key_id=?, body=?, tags=?, updated_at=?, kind_sealed=1 WHERE id=?",
            (
                draft.client_id,
                SEALED_KIND,
                draft.occurred_at or row.occurred_at,
                draft.duration_minutes,
                draft.follow_up_date,
                version,
                key_id,
                body,
                tags,
                now_iso(),
                draft.note_id,
            ),
        )
        return draft.note_id


def _insert(vault: Vault, draft: NoteDraft, *, addendum_to: int | None = None, status: str = DRAFT) -> int:
    conn = vault.conn
    note_id = new_id(conn, "notes")
    key_id, body, tags = _seal(vault, note_id, draft.client_id, 1, draft.body, draft.tags, draft.note_type)
    stamp = now_iso()
    occurred = draft.occurred_at or datetime.now().isoformat(timespec="minutes")
    conn.execute(
        f"INSERT INTO notes ({_COLUMNS}, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            note_id,
            draft.client_id,
            SEALED_KIND,
            occurred,
            draft.duration_minutes,
            vault.user.id,
            draft.follow_up_date,
            status,
            1,
            key_id,
            body,
            tags,
            addendum_to,
            stamp if status == SIGNED else None,
            1,
            stamp,
            stamp,
        ),
    )
    return note_id


def _require_client(vault: Vault, client_id: int) -> None:
    if vault.conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
        raise NotFound("That client's record no longer exists.")


def _row(vault: Vault, note_id: int) -> _Row:
    row = vault.conn.execute(f"SELECT {_COLUMNS} FROM notes WHERE id = ? AND status != ?", (note_id, PURGED)).fetchone()
    if row is None:
        raise NotFound("That note no longer exists.")
    return _Row(*row)


def _own_draft(vault: Vault, note_id: int) -> _Row:
    row = _row(vault, note_id)
    if row.status != DRAFT:
        raise InvalidInput("This note is signed and can't be changed. Add an addendum to correct it.")
    if row.author_id != vault.user.id:
        raise PermissionDenied("Only the person who started a draft can change it.")
    return row


@action(Permission.WRITE_NOTES, audits=("note.signed",))
def sign_note(vault: Vault, draft: NoteDraft) -> int:
    """Save the final text and sign: from now on the note is immutable."""
    note_id = save_draft(vault, draft)
    with vault.transaction() as conn:
        _own_draft(vault, note_id)
        conn.execute("UPDATE notes SET status = ?, signed_at = ? WHERE id = ?", (SIGNED, now_iso(), note_id))
        vault.audit("note.signed", "note", note_id, client_id=draft.client_id)
    return note_id


@action(Permission.WRITE_NOTES, audits=("note.addendum_added",))
def add_addendum(vault: Vault, note_id: int, body: str) -> int:
    """A signed correction shown beneath the note it corrects."""
    if not body.strip():
        raise InvalidInput("Write the correction before saving the addendum.")
    with vault.transaction():
        parent = _row(vault, note_id)
        if parent.status != SIGNED:
            raise InvalidInput("Only a signed note takes addenda; a draft can still be edited.")
        draft = NoteDraft(client_id=parent.client_id, note_type=_unseal(vault, parent)[2], body=body)
        _validate(draft)
        new_id = _insert(vault, draft, addendum_to=note_id, status=SIGNED)
        vault.audit("note.addendum_added", "note", new_id, addendum_to=note_id, client_id=draft.client_id)
    return new_id


@action(Permission.WRITE_NOTES, audits=("note.draft_discarded",))
def discard_draft(vault: Vault, note_id: int) -> None:
    with vault.transaction() as conn:
        row = _own_draft(vault, note_id)
        conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
        vault.audit("note.draft_discarded", "note", note_id, client_id=row.client_id)


def _note_from(vault: Vault, row: _Row, addenda: tuple[Note, ...] = ()) -> Note:
    body, tags, kind = _unseal(vault, row)
    return Note(
        id=row.id,
        client_id=row.client_id,
        note_type=kind,
        occurred_at=row.occurred_at,
        duration_minutes=row.duration_minutes,
        author_id=row.author_id,
        follow_up_date=row.follow_up_date,
        status=row.status,
        tags=tags,
        body=body,
        addendum_to=row.addendum_to,
        signed_at=row.signed_at,
        version=row.version,
        addenda=addenda,
    )


@action(Permission.READ_NOTES, audits=("note.read", "client.opened"))
def open_note(vault: Vault, note_id: int) -> Note:
    """Decrypt one note with its addenda; the audit trail records who read it."""
    row = _row(vault, note_id)
    if row.status == DRAFT and row.author_id != vault.user.id:
        raise PermissionDenied("This note is still a draft; only the person writing it can open it until it is signed.")
    conflicts.open_record(vault, row.client_id, "note")
    addenda_rows = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM notes WHERE addendum_to = ? AND status = ? ORDER BY id", (note_id, SIGNED)
    ).fetchall()
    with vault.transaction():
        vault.audit("note.read", "note", note_id, client_id=row.client_id)
    addenda = tuple(_note_from(vault, _Row(*r)) for r in addenda_rows)
    return _note_from(vault, row, addenda)


def _header(ciphers: dict[int, crypto.AESGCM], row: _Row) -> NoteHeader:
    """A list line: the kind is opened from the sealed topics (clinical sessions only)."""
    try:
        kind = _unseal_with(ciphers, row, body=False)[2]
    except NoteDamaged:
        kind = ""  # shown as the bare key; opening the note says it is damaged
    return NoteHeader(row.id, row.client_id, kind, row.occurred_at, row.author_id, row.status, row.addendum_to)


_HEADER_COLUMNS = _COLUMNS


def notes_for_client(vault: Vault, client_id: int) -> list[NoteHeader]:
    """Signed notes and my own drafts for one client, newest first (no body, no tags)."""
    vault.require(Permission.READ_NOTES)
    conflicts.require_access(vault, client_id)
    rows = vault.conn.execute(
        f"SELECT {_HEADER_COLUMNS} FROM notes WHERE client_id = ? AND addendum_to IS NULL"
        " AND (status = ? OR (status = ? AND author_id = ?)) ORDER BY occurred_at DESC, id DESC",
        (client_id, SIGNED, DRAFT, vault.user.id),
    ).fetchall()
    ciphers = _ciphers(vault)
    return [_header(ciphers, _Row(*r)) for r in rows]


@action(SIGNED_IN)
def my_drafts(vault: Vault) -> list[NoteHeader]:
    """Drafts I left unsigned (after a crash or power cut they are offered back at sign-in)."""
    if not vault.can(Permission.WRITE_NOTES):
        return []
    rows = vault.conn.execute(
        f"SELECT {_HEADER_COLUMNS} FROM notes WHERE status = ? AND author_id = ? ORDER BY id",
        (DRAFT, vault.user.id),
    ).fetchall()
    ciphers = _ciphers(vault)
    return [_header(ciphers, _Row(*r)) for r in rows]


@action(Permission.WRITE_NOTES, audits=("note.read",))
def open_draft(vault: Vault, note_id: int) -> Note:
    row = _own_draft(vault, note_id)
    with vault.transaction():
        vault.audit("note.read", "note", note_id, client_id=row.client_id)
    return _note_from(vault, row)


def search_notes(vault: Vault, text: str, *, limit: int = 200) -> list[SearchHit]:
    """Signed notes whose body or tags contain `text` (case-insensitive), newest first."""
    return begin_search(vault, text, limit=limit).run(vault.conn)


@action(Permission.READ_NOTES, audits=("note.searched",))
def begin_search(vault: Vault, text: str, *, limit: int = 200) -> NoteSearch:
    """Check the permission and audit the search here, on the vault's thread; run() may go to a worker."""
    search_query(text)
    with vault.transaction():
        vault.audit("note.searched", None, None)
    return NoteSearch(text.strip().casefold(), _ciphers(vault), limit, conflicts.conflicted_clients(vault))


@action(Permission.READ_NOTES, audits=("note.searched",))
def search_in_worker(vault: Vault, text: str, *, limit: int = 200) -> WorkerTask[list[SearchHit]]:
    """The search begun here (permission, audit, keys); its reading runs on a worker's own connection."""
    search = begin_search(vault, text, limit=limit)
    return for_worker(vault, lambda conn, _progress, cancelled: search.run(conn, cancelled))


class NoteSearch:
    """One search over note text. Decrypts in memory only, one note at a time, and keeps nothing
    but the hits (a snippet each) once it returns."""

    def __init__(
        self,
        wanted: str,
        ciphers: dict[int, crypto.AESGCM],
        limit: int,
        closed: frozenset[int] | set[int] = frozenset(),
    ) -> None:
        self.wanted = wanted
        self.closed = closed  # clients the searcher is in conflict with: their notes never match
        self._ciphers = ciphers
        self.limit = limit
        self.tag_hits = {key for key, label in TOPIC_TAGS.items() if wanted in label.casefold()}

    def run(self, conn: Connection, cancelled: Callable[[], bool] = lambda: False) -> list[SearchHit]:
        """Newest first, up to `limit`. The newest notes are read in date order (the order comes
        from the date index alone), so a common word stops early; if the limit is not reached by
        then, the older rest is read in one pass in table order, not by jumping through the date
        index across the whole file (3x slower at twenty years), keeping the newest hits."""
        if len(self.wanted) < 2:
            return []
        hits: list[SearchHit] = []
        order = conn.execute("SELECT id, occurred_at FROM notes ORDER BY occurred_at DESC, id DESC")
        last: tuple[int, str] | None = None
        for _ in range(DATE_ORDER_CHUNKS):
            chunk = order.fetchmany(SEARCH_CHUNK)
            if not chunk or cancelled():
                return hits
            hits += self._in_date_order(conn, [int(r[0]) for r in chunk], self.limit - len(hits))
            if len(hits) >= self.limit:
                return hits
            last = (int(chunk[-1][0]), str(chunk[-1][1]))
        order.close()
        return hits + self._older_than(conn, last, self.limit - len(hits), cancelled)

    def _in_date_order(self, conn: Connection, ids: list[int], wanted: int) -> list[SearchHit]:
        marks = ",".join("?" * len(ids))
        query = f"SELECT {_SEARCH_COLUMNS} FROM notes WHERE status = ? AND id IN ({marks})"
        rows = {r[0]: r for r in conn.execute(query, (SIGNED, *ids))}
        found: list[SearchHit] = []
        for note_id in ids:
            hit = self._match(rows[note_id]) if note_id in rows else None
            if hit is not None:
                found.append(hit)
                if len(found) >= wanted:
                    break
        return found

    def _older_than(
        self, conn: Connection, last: tuple[int, str] | None, wanted: int, cancelled: Callable[[], bool]
    ) -> list[SearchHit]:
        """Every signed note older than `last` (by date, then id; all if None), in one sequential pass."""
        query = f"SELECT {_SEARCH_COLUMNS} FROM notes NOT INDEXED WHERE status = ?"
        if last is None:
            cursor = conn.execute(query, (SIGNED,))
        else:
            note_id, occurred = last
            older = " AND (occurred_at < ? OR (occurred_at = ? AND id < ?))"
            cursor = conn.execute(query + older, (SIGNED, occurred, occurred, note_id))
        newest: list[tuple[str, int, SearchHit]] = []  # a heap of the `wanted` newest hits so far
        for count, raw in enumerate(cursor):
            if count % 500 == 0 and cancelled():
                break
            hit = self._match(raw)
            if hit is None:
                continue
            ranked = (hit.header.occurred_at, hit.header.id, hit)
            if len(newest) < wanted:
                heapq.heappush(newest, ranked)
            elif ranked[:2] > newest[0][:2]:
                heapq.heapreplace(newest, ranked)
        return [hit for _, _, hit in sorted(newest, key=lambda r: r[:2], reverse=True)]

    def _match(self, raw: tuple[Any, ...]) -> SearchHit | None:
        """One note: the body is opened first; the sealed topics (and kind) only for a hit, or when the
        body alone doesn't match and the words name a topic (most notes never pay for the second decrypt)."""
        note_id, client_id, note_type, occurred_at, author_id, status, addendum_to, version, key_id = raw[:9]
        cipher = self._ciphers.get(key_id)
        if cipher is None or client_id in self.closed:  # closed: the searcher has a conflict with the client
            return None
        try:
            body = crypto.open_sealed_with(cipher, raw[9], _ad(note_id, client_id, version, "body")).decode("utf-8")
            position = body.casefold().find(self.wanted)
            if position < 0 and not self.tag_hits:
                return None
            topics, kind = self._topics(cipher, raw)
            if position < 0 and not self.tag_hits.intersection(topics):
                return None
        except (crypto.DecryptionFailed, UnicodeDecodeError, ValueError, KeyError, TypeError):
            return None  # damaged: opening it says so
        header = NoteHeader(note_id, client_id, kind, occurred_at, author_id, status, addendum_to)
        return SearchHit(header, _snippet(body, position, len(self.wanted)))

    @staticmethod
    def _topics(cipher: crypto.AESGCM, raw: tuple[Any, ...]) -> tuple[tuple[str, ...], str]:
        """(topics, kind) from the sealed topics; a note sealed before the kind was keeps it in note_type."""
        note_id, client_id, version = raw[0], raw[1], raw[7]
        sealed = json.loads(crypto.open_sealed_with(cipher, raw[10], _ad(note_id, client_id, version, "tags")))
        if isinstance(sealed, dict):
            return tuple(sealed["topics"]), str(sealed["kind"])
        return tuple(sealed), str(raw[2])


SEARCH_CHUNK = 1_000
DATE_ORDER_CHUNKS = 2  # the newest 2,000 notes in date order, then the rest in table order
_SEARCH_COLUMNS = "id, client_id, note_type, occurred_at, author_id, status, addendum_to, version, key_id, body, tags"


def _ciphers(vault: Vault) -> dict[int, crypto.AESGCM]:
    return {key_id: crypto.AESGCM(key) for key_id, key in vault.all_notes_keys.items()}


def _unseal_with(
    ciphers: dict[int, crypto.AESGCM], row: _Row, *, body: bool = True
) -> tuple[str, tuple[str, ...], str]:
    """(body, topics, kind); a row sealed before the kind was (kind_sealed 0) keeps it in note_type."""
    cipher = ciphers.get(row.key_id)
    if cipher is None:
        raise NoteDamaged(row.id)
    try:
        text = ""
        if body:
            text = crypto.open_sealed_with(cipher, row.body, _ad(row.id, row.client_id, row.version, "body")).decode()
        sealed = json.loads(crypto.open_sealed_with(cipher, row.tags, _ad(row.id, row.client_id, row.version, "tags")))
        if isinstance(sealed, dict):
            return text, tuple(sealed["topics"]), str(sealed["kind"])
        return text, tuple(sealed), row.note_type
    except (crypto.DecryptionFailed, UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise NoteDamaged(row.id) from None


def _snippet(body: str, position: int, length: int, context: int = 60) -> str:
    if position < 0:
        return body[: context * 2].replace("\n", " ")
    start = max(0, position - context)
    piece = body[start : position + length + context].replace("\n", " ")
    return ("…" if start else "") + piece + ("…" if position + length + context < len(body) else "")


def _reseal(vault: Vault, row: _Row, client_id: int, ciphers: dict[int, crypto.AESGCM]) -> None:
    """Seal a note again (new client, or the newest notes key); its version goes up."""
    body, tags, kind = _unseal_with(ciphers, row)
    version = row.version + 1
    key_id, sealed_body, sealed_tags = _seal(vault, row.id, client_id, version, body, tags, kind)
    vault.conn.execute(
        "UPDATE notes SET client_id = ?, version = ?, key_id = ?, body = ?, tags = ?, updated_at = ?,"
        " note_type = ?, kind_sealed = 1 WHERE id = ?",
        (client_id, version, key_id, sealed_body, sealed_tags, now_iso(), SEALED_KIND, row.id),
    )


def move_notes(vault: Vault, from_client: int, to_client: int) -> int:
    """For a merge of two records of one person: each note is sealed again for its new client."""
    vault.require(Permission.MERGE_CLIENTS)  # only as part of a merge or an erase
    vault.require(Permission.READ_NOTES)
    ciphers = _ciphers(vault)
    rows = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM notes WHERE client_id = ? AND status != ?", (from_client, PURGED)
    ).fetchall()
    with vault.transaction():
        for raw in rows:
            _reseal(vault, _Row(*raw), to_client, ciphers)
    return len(rows)


@action(SIGNED_IN)
def reseal_with_newest_key(vault: Vault, batch: int = 2_000) -> int:
    """After a rotation, move notes sealed under older notes keys to the newest one; notes written
    before the kind was sealed get it sealed on the way."""
    if not vault.has_notes_key:
        return 0
    newest, _ = vault.notes_key()
    ciphers = _ciphers(vault)
    rows = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM notes WHERE (key_id < ? OR kind_sealed = 0) AND status != ? LIMIT ?",
        (newest, PURGED, batch),
    ).fetchall()
    moved = 0
    with vault.transaction():
        for raw in rows:
            row = _Row(*raw)
            try:
                _reseal(vault, row, row.client_id, ciphers)
            except NoteDamaged:
                continue  # left as it is: opening it says it is damaged
            moved += 1
    return moved


@action(SIGNED_IN)
def notes_to_reseal(vault: Vault) -> int:
    """How many notes still wait for the newest notes key (or for their kind to be sealed)."""
    if not vault.has_notes_key:
        return 0
    newest, _ = vault.notes_key()
    row = vault.conn.execute(
        "SELECT count(*) FROM notes WHERE (key_id < ? OR kind_sealed = 0) AND status != ?", (newest, PURGED)
    ).fetchone()
    return int(row[0])


def erase_notes_of(vault: Vault, client_id: int) -> int:
    """For a client who asks to be forgotten: the sealed text is destroyed, the count stays.

    The row keeps only its kind and date, no longer tied to anyone (anonymous counts in funder
    reports), so the kind is opened and put back in the column here."""
    vault.require(Permission.PURGE_CLIENTS)  # only as part of a merge or an erase
    rows = vault.conn.execute("SELECT count(*) FROM notes WHERE client_id = ?", (client_id,)).fetchone()[0]
    ciphers = _ciphers(vault) if vault.has_notes_key else {}
    sealed = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM notes WHERE client_id = ? AND kind_sealed = 1 AND status = ?", (client_id, SIGNED)
    ).fetchall()
    with vault.transaction() as conn:
        for raw in sealed:
            try:
                kind = _unseal_with(ciphers, _Row(*raw), body=False)[2]
            except NoteDamaged:
                continue  # counted as a note of unknown kind
            conn.execute(
                "UPDATE notes SET status = ?, note_type = ?, kind_sealed = 0 WHERE id = ?", (PURGED, kind, raw[0])
            )
        conn.execute("DELETE FROM notes WHERE client_id = ? AND status = ?", (client_id, DRAFT))
        conn.execute(
            "UPDATE notes SET status = ?, client_id = NULL, body = x'', tags = x'', follow_up_date = NULL,"
            " updated_at = ? WHERE client_id = ?",
            (PURGED, now_iso(), client_id),
        )
    return int(rows)


UNKNOWN_KIND = "sealed"  # count_by_type's key for notes whose kind only a clinical session can open


def count_by_type(
    conn: Connection, start: str, end: str, ciphers: dict[int, crypto.AESGCM] | None = None
) -> dict[str, int]:
    """Counts only, for funder reports: signed (or erased), non-addendum notes by kind, start <= date < end.

    Takes a connection so a report worker can count on its own. A kind is sealed (T1): with a
    clinical session's ciphers (note_ciphers) each note's sealed topics are opened in memory to
    read it; without them, those notes are counted under UNKNOWN_KIND."""
    # the unary + keeps SQLite off the addendum index (nearly every note matches it) and on the date index
    rows = conn.execute(
        "SELECT id, client_id, note_type, version, key_id, tags, kind_sealed FROM notes"
        " WHERE status IN (?, ?) AND +addendum_to IS NULL AND occurred_at >= ? AND occurred_at < ?",
        (SIGNED, PURGED, start, end),
    ).fetchall()  # no bodies: only the sealed topics are opened, and only for the kind
    counts = dict.fromkeys(NOTE_TYPES, 0)
    for note_id, client_id, note_type, version, key_id, tags, kind_sealed in rows:
        row = _Row(
            note_id, client_id, note_type, "", None, 0, None, "", version, key_id, b"", tags, None, None, kind_sealed
        )
        kind = row.note_type
        if row.kind_sealed:
            try:
                kind = _unseal_with(ciphers or {}, row, body=False)[2]
            except NoteDamaged:
                kind = UNKNOWN_KIND
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def note_ciphers(vault: Vault) -> dict[int, crypto.AESGCM] | None:
    """For count_by_type on a worker: a clinical session's notes keys, ready to use; else None."""
    return _ciphers(vault) if vault.can(Permission.READ_NOTES) else None


def insert_signed_bulk(vault: Vault, items: list[tuple[int, str, str, int | None, str, tuple[str, ...]]]) -> int:
    """Many signed notes at once (client, type, occurred_at, minutes, body, tags), for demo and
    benchmark data; sealed exactly as sign_note seals them, in the caller's transaction."""
    vault.require(Permission.WRITE_NOTES)
    key_id, key = vault.notes_key()
    cipher = crypto.AESGCM(key)
    first = new_id(vault.conn, "notes")
    stamp, rows = now_iso(), []
    for offset, (client_id, note_type, occurred, minutes, body, tags) in enumerate(items):
        note_id = first + offset
        sealed_body = crypto.seal_with(cipher, body.encode("utf-8"), _ad(note_id, client_id, 1, "body"))
        sealed_tags = crypto.seal_with(cipher, _sealed_topics(note_type, tags), _ad(note_id, client_id, 1, "tags"))
        rows.append(
            (
                note_id,
                client_id,
                SEALED_KIND,
                occurred,
                minutes,
                vault.user.id,
                None,
                SIGNED,
                1,
                key_id,
                sealed_body,
                sealed_tags,
                None,
                stamp,
                1,
                stamp,
                stamp,
            )
        )
    vault.conn.executemany(
        f"INSERT INTO notes ({_COLUMNS}, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows
    )
    return len(rows)
