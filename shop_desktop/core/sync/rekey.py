"""Taking a key file that rotated the data key (a disable at the centre): database, base and key
file change together, or not at all.

Installed alone, the new key file (whose grants hold only the new data key) would no longer open
this device's database; re-keyed alone, the database would no longer open with the old key file.
So, with the session's connection closed (GUI thread, finish()): the database and base are copied
under the new key and the key file written beside them in `sync/`, each whole and fsynced; then
one journal (core/vault/journal.py rule 1: its rename is the commit point, and every sign-in
finishes it first) moves the old three aside and the new three in; then the old copies, still
under the key the disabled person knew, are deleted. A crash before the journal leaves the old
vault whole and the key file still waiting in the database (the next sync tries again).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from shop_desktop.core.sync import exchange, keys_sync
from shop_desktop.core.vault import db, journal, keyfile, trust
from shop_desktop.core.vault.keyfile import KeyFile
from shop_desktop.core.vault.places import DB_NAME, KEYS_NAME

if TYPE_CHECKING:
    from shop_desktop.core.vault.vault import Vault

NEW, OLD = ".rekeyed", ".before-rekey"
SIDE_FILES = (DB_NAME, KEYS_NAME, "base.db", f"{DB_NAME}-wal", f"{DB_NAME}-shm")


def waiting(vault: Vault) -> tuple[KeyFile, bytes] | None:
    """The waiting key file and my new data key, if it still verifies against what this session
    trusts (the database is writable by any insider, so it is checked again here)."""
    raw = vault.meta(keys_sync.WAITING_META)
    if not raw:
        return None
    try:
        keys = keyfile.KeyFile.from_json(json.loads(raw))
    except (ValueError, KeyError, TypeError, keyfile.OlderFormat):
        return None
    signer = vault.keys.certificate(keys.signed_by)
    if keys.vault_id != vault.keys.vault_id or keys.generation <= vault.keys.generation:
        return None
    if trust.manifest_problem(keys, vault.secrets.root_public) or not trust.is_manager(signer):
        return None
    slot = next((s for s in keys.slots if s.slot_id == vault.own_slot[0]), None)
    grants = keyfile.open_grants(slot, keys.vault_id, vault.secrets.box_private)[0] if slot else {}
    return (keys, grants[keys.epoch]) if keys.epoch in grants else None


def tidy(folder: Path) -> None:
    """Copies a crash left in `sync/` before the journal (or old ones after it): never used again."""
    if journal.pending(folder):
        return
    for name in SIDE_FILES:
        for suffix in (NEW, OLD):
            (folder / "sync" / (name + suffix)).unlink(missing_ok=True)


def adopt_rotation(vault: Vault) -> bool:
    """Re-key this device's database and base and install the waiting key file, as one change."""
    found = waiting(vault)
    if found is None:
        return False
    keys, new_key = found
    folder, old_key = vault.folder, vault.data_key
    exchange.checkpoint(vault.conn)
    vault.release_connection()
    try:
        tidy(folder)
        _copies(folder, keys, old_key, new_key)
        journal.commit(folder, "sync-rekey", _moves(folder))
        tidy(folder)
    finally:
        _reconnect(vault, keys, new_key)
    return vault.open_epoch == keys.epoch


def _copies(folder: Path, keys: KeyFile, old_key: bytes, new_key: bytes) -> None:
    side = folder / "sync"
    conn = db.connect(folder / DB_NAME, old_key)
    try:
        db.export_rekeyed(conn, side / (DB_NAME + NEW), new_key)
    finally:
        conn.close()
    copy = db.connect(side / (DB_NAME + NEW), new_key)
    try:
        copy.execute("BEGIN IMMEDIATE")
        trust.store_accepted(copy, keys)
        copy.execute("DELETE FROM meta WHERE key IN (?, ?)", (keys_sync.WAITING_META, journal.KEYS_META))
        copy.execute("COMMIT")
    finally:
        copy.close()
    base = exchange.base_path(folder)
    if base.exists():
        conn = db.connect(base, old_key)
        try:
            db.export_rekeyed(conn, side / ("base.db" + NEW), new_key)
        finally:
            conn.close()
    for name in (DB_NAME, "base.db"):
        if (side / (name + NEW)).exists():
            with open(side / (name + NEW), "rb+") as handle:
                journal.fsync(handle.fileno(), side / (name + NEW))
    with journal.open_new(side / (KEYS_NAME + NEW)) as handle:
        handle.write(keyfile.payload(keys))
        handle.sync()


def _moves(folder: Path) -> list[tuple[str, str]]:
    """Old files aside first (a journal never renames onto a file that exists), then the new ones in."""
    aside = [(n, f"sync/{n}{OLD}") for n in (DB_NAME, KEYS_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm")]
    moves = [m for m in aside if (folder / m[0]).exists()]
    if (folder / "sync" / ("base.db" + NEW)).exists():
        moves.append(("sync/base.db", f"sync/base.db{OLD}"))
        moves.append((f"sync/base.db{NEW}", "sync/base.db"))
    return [*moves, (f"sync/{DB_NAME}{NEW}", DB_NAME), (f"sync/{KEYS_NAME}{NEW}", KEYS_NAME)]


def _reconnect(vault: Vault, keys: KeyFile, new_key: bytes) -> None:
    """Whichever database is in place now, with the key that opens it."""
    for epoch, key in ((keys.epoch, new_key), (vault.open_epoch, vault.data_key_for(vault.open_epoch))):
        try:
            conn = db.connect(vault.folder / DB_NAME, key)
        except db.DatabaseError:
            continue
        db.configure(conn)
        vault.remember_data_key(epoch, key)
        vault.attach_connection(conn, epoch)
        if epoch == keys.epoch:
            vault.keys = keys
        return
