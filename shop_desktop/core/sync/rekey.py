"""Taking a key file that rotated the data key (a disable at the centre): database, base and key
file change together, or not at all.

Installed alone, the new key file (whose grants hold only the new data key) would no longer open
this device's database; re-keyed alone, the database would no longer open with the old key file.
So the slow part runs on the sync worker, at the end of `run` (make_copies): the database and base
are copied under the new key and the key file written beside them in `sync/`, each whole and
fsynced. Then, on the GUI thread in `finish` (adopt_rotation), only renames: if the database is
still exactly what was copied (no write since), one journal (core/store/journal.py rule 1: its
rename is the commit point, and every sign-in finishes it first) moves the old three aside and
the new three in; then the old copies, still under the key the disabled person knew, are deleted.
A crash before the journal leaves the old vault whole and the key file still waiting in the
database: the next sync's worker copies again (tidy drops the stale copies first).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from shop_desktop.core.errors import VaultDamaged
from shop_desktop.core.store import audit, db, journal, keyfile, trust
from shop_desktop.core.store.keyfile import KeyFile
from shop_desktop.core.store.places import DB_NAME, KEYS_NAME
from shop_desktop.core.sync import exchange, keys_sync
from shop_desktop.core.sync.keys_sync import KeyState

if TYPE_CHECKING:
    from shop_desktop.core.store.vault import Vault

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
    if keys.vault_id != vault.keys.vault_id or keys.generation <= vault.keys.generation:
        return None
    steps = keys_sync.recorded_steps(vault.conn)  # each one checked again: the database is no witness
    if keys_sync.chain_problem(vault.keys, keys, steps, vault.secrets.root_public):
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


@dataclass(frozen=True)
class Copied:
    """What the worker copied under the new key, for finish() to check it is still current."""

    waiting_sha256: str  # the waiting key file (WAITING_META) the copies were made for
    stamp: tuple[int, int]  # the database file's size and mtime when copied
    audit_head: tuple[int, str]  # and its audit head


def make_copies(state: KeyState, raw_waiting: str) -> Copied | None:
    """On the worker, after the bundles (the session's connection idle, APSW closed): if a key file
    that rotated the data key is waiting, the database and base copied under the new key into
    `sync/`, beside the key file. The slow part of taking a rotation (seconds for a large vault)."""
    if not raw_waiting:
        return None
    try:
        keys = keyfile.KeyFile.from_json(json.loads(raw_waiting))
    except (ValueError, KeyError, TypeError, keyfile.OlderFormat, VaultDamaged):
        return None
    new_key = state.data_key(keys.epoch, keys)
    if new_key is None or keys.epoch == state.db_epoch:
        return None
    folder = state.vault_folder
    tidy(folder)
    head = _copies(folder, keys, state.base_key, new_key)
    return Copied(_sha256(raw_waiting), _stamp(folder), head)


def adopt_rotation(vault: Vault, copied: Copied | None) -> bool:
    """On the GUI thread (finish): the worker's copies and the waiting key file swapped in by one
    journaled set of renames, if the waiting file still verifies and the database is still
    exactly what was copied. Otherwise nothing changes (the next sync copies again)."""
    found = waiting(vault)
    if found is None or copied is None or _sha256(vault.meta(keys_sync.WAITING_META) or "") != copied.waiting_sha256:
        return False
    keys, new_key = found
    folder = vault.folder
    if audit.head(vault.conn) != copied.audit_head:
        return False
    exchange.checkpoint(vault.conn)
    vault.release_connection()
    try:
        if _stamp(folder) != copied.stamp or not (folder / "sync" / (DB_NAME + NEW)).exists():
            tidy(folder)
            return False
        journal.commit(folder, "sync-rekey", _moves(folder))
        tidy(folder)
    finally:
        _reconnect(vault, keys, new_key)
    return vault.open_epoch == keys.epoch


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _stamp(folder: Path) -> tuple[int, int]:
    found = (folder / DB_NAME).stat()
    return found.st_size, found.st_mtime_ns


def _copies(folder: Path, keys: KeyFile, old_key: bytes, new_key: bytes) -> tuple[int, str]:
    """The copies under the new key, each whole and fsynced; returns the audit head copied."""
    side = folder / "sync"
    conn = db.connect(folder / DB_NAME, old_key)
    try:
        db.export_rekeyed(conn, side / (DB_NAME + NEW), new_key)
    finally:
        conn.close()
    copy = db.connect(side / (DB_NAME + NEW), new_key)
    try:
        head = audit.head(copy)
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
    return head


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
