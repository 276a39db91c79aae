"""Counselling notes counted by kind for funder reports: numbers only, never a note's text."""

from __future__ import annotations

from shop_desktop.core.care.note_model import NOTE_TYPES, PURGED, SIGNED, NoteDamaged
from shop_desktop.core.care.note_sealing import _Row, _unseal_with
from shop_desktop.core.store import crypto
from shop_desktop.core.store.db import Connection

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
