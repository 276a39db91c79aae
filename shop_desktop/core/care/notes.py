"""Confidential counselling notes: encrypted field by field under the notes key.

The body, the topic tags and the kind of note are sealed with AES-GCM under a notes key that
only clinical roles hold (kind_sealed = 1 says a row's note_type is only a placeholder); the
associated data binds the note's id, client and version, so a body copied onto another note's
row does not open. Drafts save
themselves (encrypted) and are offered back after a crash; signing makes a note
immutable, and corrections are addenda linked to it. Every open is audited.
Note text is decrypted in memory only: there is no index of it on disk.

The actions live here (the session area `notes`); beside them note_model (the records), note_sealing,
note_search (the text search) and note_counts (the funder counts).
"""

from __future__ import annotations

from datetime import date, datetime

from shop_desktop.core.actions import SIGNED_IN, action
from shop_desktop.core.care.note_counts import UNKNOWN_KIND as UNKNOWN_KIND  # re-exported: the figures count here
from shop_desktop.core.care.note_counts import count_by_type as count_by_type
from shop_desktop.core.care.note_model import (
    DRAFT,
    MAX_BODY,
    MAX_DURATION_MINUTES,
    NOTE_TYPES,
    PURGED,
    SEALED_KIND,
    SIGNED,
    TOPIC_TAGS,
    Note,
    NoteDamaged,
    NoteDraft,
    NoteHeader,
    SearchHit,
)
from shop_desktop.core.care.note_sealing import (
    _COLUMNS,
    _ad,
    _ciphers,
    _Row,
    _seal,
    _sealed_topics,
    _unseal,
    _unseal_with,
)
from shop_desktop.core.care.note_search import NoteSearch
from shop_desktop.core.desk import conflicts
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, PermissionDenied
from shop_desktop.core.jobs import WorkerTask, for_worker
from shop_desktop.core.roles import Permission
from shop_desktop.core.store import crypto
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.ids import new_id
from shop_desktop.core.text import search_query


def _validate(draft: NoteDraft) -> None:
    if draft.note_type not in NOTE_TYPES:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose what kind of note this is."))
    unknown = [t for t in draft.tags if t not in TOPIC_TAGS]
    if unknown:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "One of the topic tags is not in the list."))
    if len(draft.body) > MAX_BODY:
        raise InvalidInput(
            f"A note can be at most {MAX_BODY:,} characters; this one has {len(draft.body):,}. Split it into two notes."
        )
    if draft.duration_minutes is not None and not 0 <= draft.duration_minutes <= MAX_DURATION_MINUTES:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The duration must be between 0 minutes and 24 hours."))
    if draft.follow_up_date:
        try:
            date.fromisoformat(draft.follow_up_date)
        except ValueError:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "The follow-up date is not a date.")) from None
    if draft.occurred_at:
        try:
            datetime.fromisoformat(draft.occurred_at)
        except ValueError:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "The note's date and time are not valid.")) from None


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
        raise NotFound(QT_TRANSLATE_NOOP("core", "That client's record no longer exists."))


def _row(vault: Vault, note_id: int) -> _Row:
    row = vault.conn.execute(f"SELECT {_COLUMNS} FROM notes WHERE id = ? AND status != ?", (note_id, PURGED)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "That note no longer exists."))
    return _Row(*row)


def _own_draft(vault: Vault, note_id: int) -> _Row:
    row = _row(vault, note_id)
    if row.status != DRAFT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "This note is signed and can't be changed. Add an addendum to correct it.")
        )
    if row.author_id != vault.user.id:
        raise PermissionDenied(QT_TRANSLATE_NOOP("core", "Only the person who started a draft can change it."))
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
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Write the correction before saving the addendum."))
    with vault.transaction():
        parent = _row(vault, note_id)
        if parent.status != SIGNED:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("core", "Only a signed note takes addenda; a draft can still be edited.")
            )
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
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "core", "This note is still a draft; only the person writing it can open it until it is signed."
            )
        )
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


# A list line's columns: the header and the sealed topics (which hold the kind), never the body. Every
# one is in the notes_client_headers index, so a client's notes are read from the index alone: the
# heaviest client's 1,933 notes cost 200 ms from a cold disk when each wide row was read (issue 21).
_HEADER_COLUMNS = (
    "id, client_id, note_type, occurred_at, NULL, author_id, NULL, status, version, key_id, x'', tags, addendum_to,"
    " NULL, kind_sealed"
)


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
