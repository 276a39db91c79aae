"""Short free text only clinical roles may read (a restriction's note, a conflict's reason).

Sealed under the notes key like a note's body, bound to the table and row it belongs to, so a
front-desk or admin session cannot read it even with the database open, and a sealed value copied
onto another row does not open there.
"""

from __future__ import annotations

from shop_desktop.core.roles import Permission
from shop_desktop.core.store import crypto
from shop_desktop.core.store.vault import Vault


def _ad(table: str, row_id: int) -> bytes:
    return f"shop-sealed-text|{table}|{row_id}".encode()


def seal(vault: Vault, table: str, row_id: int, text: str | None) -> tuple[int | None, bytes | None]:
    """(key id, sealed bytes) to store, or (None, None) when there is no text."""
    if not text:
        return None, None
    key_id, key = vault.notes_key()
    return key_id, crypto.seal(key, text.encode("utf-8"), _ad(table, row_id))


def store(vault: Vault, table: str, row_id: int, column: str, text: str | None) -> None:
    """Seal `text` onto a row just inserted, in `column`_key_id and `column`_sealed (nothing if empty).

    `table` and `column` are this module's callers' own names, never typed by a person."""
    key_id, sealed = seal(vault, table, row_id, text)
    vault.conn.execute(
        f"UPDATE {table} SET {column}_key_id = ?, {column}_sealed = ? WHERE id = ?", (key_id, sealed, row_id)
    )


def unseal(vault: Vault, table: str, row_id: int, key_id: int | None, sealed: bytes | None) -> str | None:
    """The text for clinical sessions; None for everyone else, or when it can't be opened."""
    if key_id is None or sealed is None or not vault.can(Permission.READ_NOTES):
        return None
    key = vault.all_notes_keys.get(int(key_id))
    if key is None:
        return None
    try:
        return crypto.open_sealed(key, bytes(sealed), _ad(table, row_id)).decode("utf-8")
    except (crypto.DecryptionFailed, UnicodeDecodeError):
        return None
