"""Key rotation when someone leaves: a new data key and a new notes key, crash-safe at every step.

1. The key file gains grants of the new data key for everyone who stays (the
   old grants stay too) and a `rotation` marker; it is written atomically.
2. The database is copied under the new key into a side file
   (sqlcipher_export), which then replaces the old file by an atomic rename.
3. The key file drops the old grants and the marker.

A crash after 1 leaves a database the old key opens and a key file that still
has it; a crash after 2 leaves a database the new key opens and a key file that
has that too. Whoever signs in next finishes the job (`finish_pending`).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from shop_desktop.core import crypto, db, keyfile
from shop_desktop.core.keyfile import KeyFile
from shop_desktop.core.roles import is_clinical, parse_roles

if TYPE_CHECKING:
    from shop_desktop.core.vault import Vault

# Tests set this to kill the process at a named step ("keys-staged", "exported", "replaced").
crash_hook: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if crash_hook is not None:
        crash_hook(name)


def stage_rotation(vault: Vault, staged: KeyFile) -> None:
    """Add a new data-key epoch and a new notes key to `staged` for every slot it still has."""
    new_epoch = max(vault.keys.epoch, vault.open_epoch) + 1
    new_data_key = crypto.new_key()
    for slot in staged.slots:
        keyfile.grant_data_key(slot, staged.vault_id, new_epoch, new_data_key)
    staged.rotation = {"old_epoch": vault.open_epoch, "new_epoch": new_epoch}
    add_notes_key(vault, staged)
    vault.remember_data_key(new_epoch, new_data_key)


def add_notes_key(vault: Vault, staged: KeyFile) -> int:
    """A fresh notes key for clinical slots and the recovery slot. Needs no old notes key:
    older keys stay with the clinical staff who have them, to read older notes."""
    key_id = 1 + max((k for s in staged.slots for k in s.notes_grants), default=0)
    notes_key = crypto.new_key()
    clinical = clinical_user_ids(vault)
    for slot in staged.slots:
        if slot.kind == keyfile.RECOVERY or slot.user_id in clinical:
            keyfile.grant_notes_key(slot, staged.vault_id, key_id, notes_key)
    vault.remember_notes_key(key_id, notes_key)
    return key_id


def clinical_user_ids(vault: Vault) -> set[int]:
    rows = vault.conn.execute("SELECT id, roles FROM staff WHERE active = 1").fetchall()
    return {int(uid) for uid, roles in rows if is_clinical(parse_roles(roles))}


def finish_pending(vault: Vault) -> None:
    """Complete a rotation a crash (or the steps below) left half done."""
    (vault.folder / vault_db_rotating_name()).unlink(missing_ok=True)
    rotation = vault.keys.rotation
    if rotation is None:
        return
    new_epoch = int(rotation["new_epoch"])
    if vault.open_epoch != new_epoch:
        _step("keys-staged")
        rekey_database(vault, new_epoch)
    _step("replaced")
    staged = copy.deepcopy(vault.keys)
    for slot in staged.slots:
        slot.grants = {e: g for e, g in slot.grants.items() if e == new_epoch}
    staged.epoch = new_epoch
    staged.rotation = None
    with vault.transaction():
        vault.commit_keys(staged)
        vault.audit("keys.rotated", "vault", None, epoch=new_epoch)


def vault_db_rotating_name() -> str:
    from shop_desktop.core.vault import ROTATING_NAME

    return ROTATING_NAME


def rekey_database(vault: Vault, new_epoch: int) -> None:
    """Copy the database under the new key, then swap it in with one atomic rename."""
    from shop_desktop.core.places import DB_NAME
    from shop_desktop.core.vault import ROTATING_NAME

    folder = vault.folder
    side = folder / ROTATING_NAME
    new_key = vault.data_key_for(new_epoch)
    db.export_rekeyed(vault.conn, side, new_key)
    with open(side, "rb+") as handle:
        os.fsync(handle.fileno())
    _step("exported")
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.release_connection()
    for leftover in (f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        (folder / leftover).unlink(missing_ok=True)
    os.replace(side, folder / DB_NAME)
    keyfile.fsync_folder(folder)
    conn = db.connect(folder / DB_NAME, new_key)
    db.configure(conn)
    vault.attach_connection(conn, new_epoch)
