"""How a note is sealed under the notes key: the stored row, the associated data that binds it to
its id, client and version, and sealing and opening its body and topics."""

from __future__ import annotations

import json
from dataclasses import dataclass

from shop_desktop.core.care.note_model import NoteDamaged
from shop_desktop.core.store import crypto
from shop_desktop.core.store.vault import Vault


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
