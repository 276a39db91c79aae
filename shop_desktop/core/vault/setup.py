"""Making a new vault: keys, key file, database, first coordinator, recovery key."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shop_desktop import __version__
from shop_desktop.core.errors import InvalidInput
from shop_desktop.core.roles import Role
from shop_desktop.core.vault import audit, crypto, db, keyfile, migrations, trust
from shop_desktop.core.vault.recovery import new_recovery_key

if TYPE_CHECKING:
    from shop_desktop.core.vault.vault import Vault

FIRST_EPOCH = 1
FIRST_NOTES_KEY = 1
FIRST_USER_ID = 1
RECOVERY_ROLES = [Role.COORDINATOR.value, Role.ADMIN.value]


def recovery_kdf() -> dict[str, Any]:
    return {"name": "hkdf-sha256", "salt": os.urandom(16).hex()}


def build_new_vault(
    vault_cls: type[Vault],
    folder: Path,
    *,
    centre_name: str,
    centre_address: str,
    username: str,
    display_name: str,
    passphrase: str,
    kdf: crypto.KdfParams,
) -> tuple[Vault, str]:
    from shop_desktop.core.vault.places import DB_NAME, KEYS_NAME
    from shop_desktop.core.vault.sign_in import Unlocked
    from shop_desktop.core.vault.vault import new_vault_id, staff_row

    folder.mkdir(parents=True, exist_ok=True)
    if (folder / DB_NAME).exists():
        raise InvalidInput(
            f"{folder} already holds a SHOP Desktop database without its key file. "
            "Choose another folder; nothing was changed."
        )
    vault_id = new_vault_id()
    data_key, notes_key = crypto.new_key(), crypto.new_key()
    root_private, root_public = crypto.new_signing_keypair()
    recovery_bytes, recovery_text = new_recovery_key()
    keys = keyfile.KeyFile(
        vault_id=vault_id,
        generation=0,
        epoch=FIRST_EPOCH,
        kdf_defaults={"iterations": kdf.iterations, "lanes": kdf.lanes, "memory_kib": kdf.memory_kib},
        slots=[],
        root_public=root_public,
        for_tests=keyfile.below_floor(kdf.to_json()),
        next_user_id=FIRST_USER_ID + 1,
    )
    recovery_slot = _recovery_slot(keys, recovery_bytes)
    user_slot, user_secrets = keyfile.make_slot(
        kind=keyfile.PASSPHRASE,
        user_id=FIRST_USER_ID,
        username=username,
        kdf=kdf.to_json(),
        wrapping_key=(wrapping := crypto.derive_passphrase_key(passphrase, kdf)),
        vault_id=vault_id,
        slot_id=keys.take_slot_id(),
        root_public=root_public,
    )
    for slot, roles in ((user_slot, [Role.COORDINATOR.value]), (recovery_slot, RECOVERY_ROLES)):
        keys.slots.append(slot)
        keys.certificates.append(keyfile.certificate_for(slot, roles, len(keys.certificates) + 1))
        keyfile.grant_data_key(slot, vault_id, FIRST_EPOCH, data_key)
        keyfile.grant_notes_key(slot, vault_id, FIRST_NOTES_KEY, notes_key)
        keyfile.grant_root_key(keys, slot, root_private)
    record = keyfile.notes_record(vault_id, FIRST_NOTES_KEY, notes_key, FIRST_USER_ID, user_secrets.sign_private)
    keys.notes_records.append(record)
    keys.notes_commitments[FIRST_NOTES_KEY] = record["commitment"]
    keyfile.sign_manifest(
        keys, signer_id=FIRST_USER_ID, signer_private=user_secrets.sign_private, root_private=root_private
    )
    keyfile.save(folder / KEYS_NAME, keys)

    created = audit.now_iso()
    conn = db.connect(folder / DB_NAME, data_key)
    try:
        db.configure(conn)
        migrations.migrate(conn)
        conn.execute("BEGIN IMMEDIATE")
        meta = {
            "vault_id": vault_id,
            "created_at": created,
            "created_by_app": __version__,
            "keyfile_generation": str(keys.generation),
        }
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
        conn.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?)",
            [("centre_name", centre_name.strip()), ("centre_address", centre_address.strip())],
        )
        row = staff_row(username, display_name, frozenset({Role.COORDINATOR}), created)
        conn.execute(
            "INSERT INTO staff (id, username, display_name, roles, active, must_change_passphrase, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (FIRST_USER_ID, *row.values()),
        )
        audit.append(
            conn,
            actor_id=FIRST_USER_ID,
            sign_private=user_secrets.sign_private,
            action="vault.created",
            subject_type="staff",
            subject_id=FIRST_USER_ID,
        )
        trust.store_accepted(conn, keys)
        conn.execute("COMMIT")
    finally:
        conn.close()

    unlocked = Unlocked(user_slot, user_secrets, {FIRST_EPOCH: data_key}, {FIRST_NOTES_KEY: notes_key}, wrapping)
    vault = vault_cls._connect(folder, keyfile.load(folder / KEYS_NAME), unlocked, recovery=False)
    vault._decision = None
    return vault, recovery_text


def _recovery_slot(keys: keyfile.KeyFile, recovery_key: bytes) -> keyfile.KeySlot:
    kdf = recovery_kdf()
    wrapping = keyfile.wrapping_key_for_recovery(kdf, recovery_key)
    slot, _ = keyfile.make_slot(
        kind=keyfile.RECOVERY,
        user_id=0,
        username="recovery",
        kdf=kdf,
        wrapping_key=wrapping,
        vault_id=keys.vault_id,
        slot_id=keys.take_slot_id(),
        root_public=keys.root_public,
    )
    return slot
