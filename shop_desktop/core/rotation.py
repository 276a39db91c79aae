"""Key rotation when someone leaves: a new data key, and a new notes key made by a clinical session.

Data key (a manager's change, signed):
1. The key file gains grants of the new data key for everyone who stays (the old grants stay too)
   and a `rotation` marker in the signed manifest; it is written atomically.
2. The database is copied under the new key into a side file (sqlcipher_export), which then
   replaces the old file by an atomic rename.
3. A manager's session signs the key file again without the old grants and the marker.

A crash after 1 leaves a database the old key opens and a key file that still has it; a crash after
2 leaves a database the new key opens and a key file that has that too. Whoever signs in next
re-keys the database if needed (`finish_pending`); step 3 waits for a manager. A rotation marker
is only acted on when the manifest carrying it verified (core/trust.py), so a forged one re-keys
nothing (T3).

Notes key (T5): the manager's change only *requests* a new notes key (`notes_rotation` in the
signed manifest). The next clinical session makes it, grants it to the clinical certificates and
the recovery slot, signs its creation record, and re-seals the notes under it. A non-clinical
session never holds a notes key, so nothing it holds decrypts a note.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from shop_desktop.core import crypto, db, keyfile, trust
from shop_desktop.core.keyfile import KeyFile

if TYPE_CHECKING:
    from shop_desktop.core.vault import Vault

# Tests set this to kill the process at a named step ("keys-staged", "exported", "replaced").
crash_hook: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if crash_hook is not None:
        crash_hook(name)


def stage_rotation(vault: Vault, staged: KeyFile) -> None:
    """Add a new data-key epoch for every slot `staged` still has, and request a new notes key."""
    new_epoch = max(vault.keys.epoch, vault.open_epoch) + 1
    new_data_key = crypto.new_key()
    for slot in staged.slots:
        keyfile.grant_data_key(slot, staged.vault_id, new_epoch, new_data_key)
    staged.rotation = {"old_epoch": vault.open_epoch, "new_epoch": new_epoch}
    request_notes_rotation(staged)
    vault.remember_data_key(new_epoch, new_data_key)


def request_notes_rotation(staged: KeyFile) -> None:
    newest = max(trust.accepted_commitments(staged), default=0)
    staged.notes_rotation = {"after_key": newest}


def fulfil_notes_rotation(vault: Vault, reseal: bool = True) -> int | None:
    """In a clinical session: make the requested notes key, grant it, re-seal notes (T5)."""
    if not trust.notes_rotation_waiting(vault.keys) or not vault.has_notes_key:
        return None
    if not trust.is_clinical_cert(vault.keys.certificate(vault.user.id)):
        return None
    staged = copy.deepcopy(vault.keys)
    key_id = add_notes_key(vault, staged)
    with vault.transaction():
        vault.commit_notes_keys(staged)
        vault.audit("keys.notes_key_made", "vault", None, key_id=key_id)
    if reseal:
        from shop_desktop.core import notes

        # A small first batch here keeps the sign-in quick; the app re-seals the rest in the
        # background (gui/app.py), and without it each clinical sign-in takes a batch.
        notes.reseal_with_newest_key(vault, batch=250)
    return key_id


def add_notes_key(vault: Vault, staged: KeyFile) -> int:
    """A fresh notes key, made here (a clinical session), granted to clinical certificates and the
    recovery slot, with its creation record signed by this session. Older keys stay with the
    clinical staff who have them, to read older notes."""
    used = [trust._int(r.get("key_id")) for r in staged.notes_records]
    key_id = 1 + max([*used, *(k for s in staged.slots for k in s.notes_grants), 0])
    notes_key = crypto.new_key()
    for slot in staged.slots:
        cert = staged.certificate_for_slot(slot.slot_id)
        if slot.kind == keyfile.RECOVERY or trust.is_clinical_cert(cert):
            keyfile.grant_notes_key(slot, staged.vault_id, key_id, notes_key)
    staged.notes_records.append(
        keyfile.notes_record(staged.vault_id, key_id, notes_key, vault.user.id, vault.secrets.sign_private)
    )
    vault.remember_notes_key(key_id, notes_key)
    return key_id


def finish_pending(vault: Vault) -> None:
    """Complete a rotation a crash (or the steps below) left half done, if its manifest verified."""
    (vault.folder / vault_db_rotating_name()).unlink(missing_ok=True)
    rotation = vault.keys.rotation
    if rotation is None:
        return
    new_epoch = int(rotation["new_epoch"])
    if vault.open_epoch != new_epoch:
        if new_epoch not in vault.data_keys():
            return  # this slot was not given the new key; someone who was finishes it
        _step("keys-staged")
        rekey_database(vault, new_epoch)
    _step("replaced")
    if vault.root_private is None:
        return  # dropping the old grants is a manager's signed change; it waits for one
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
