"""Making a new vault: keys, key file, database, first coordinator, recovery key."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shop_desktop import __version__
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, said
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit, crypto, db, keyfile, migrations, trust
from shop_desktop.core.store.recovery import new_recovery_key

if TYPE_CHECKING:
    from shop_desktop.core.store.vault import Vault

FIRST_EPOCH = 1
FIRST_NOTES_KEY = 1
FIRST_USER_ID = 1
RECOVERY_ROLES = [Role.COORDINATOR.value, Role.ADMIN.value]


def recovery_kdf() -> dict[str, Any]:
    return {"name": "hkdf-sha256", "salt": os.urandom(16).hex()}


def checked_first_account(
    folder: Path, username: str, passphrase: str, centre_name: str, *, check_passphrase: bool
) -> str:
    """Before anything is written: the user name cleaned, the passphrase strong enough, the folder
    empty and on this PC's own disk. Returns the cleaned user name."""
    from shop_desktop.core.store import passphrase as rules
    from shop_desktop.core.store.places import refuse_network_folder, vault_exists
    from shop_desktop.core.store.staff_member import clean_username

    username = clean_username(username)
    if check_passphrase:
        rules.check(passphrase, username=username, centre_name=centre_name)
    if vault_exists(folder):
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", "There is already a vault in {folder}. Choose an empty folder."),
                folder=folder,
            )
        )
    refuse_network_folder(folder)
    return username


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
    from shop_desktop.core.store.places import DB_NAME, KEYS_NAME
    from shop_desktop.core.store.sign_in import Unlocked

    folder.mkdir(parents=True, exist_ok=True)
    if (folder / DB_NAME).exists():
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{folder} already holds a SHOP Desktop database without its key file. Choose "
                    "another folder; nothing was changed.",
                ),
                folder=folder,
            )
        )
    data_key, notes_key = crypto.new_key(), crypto.new_key()
    recovery_bytes, recovery_text = new_recovery_key()
    keys, user_slot, user_secrets, wrapping = _first_key_file(
        kdf, username, passphrase, data_key, notes_key, recovery_bytes
    )
    keyfile.save(folder / KEYS_NAME, keys)
    _first_database(
        folder / DB_NAME, keys, data_key, user_secrets, (centre_name, centre_address), (username, display_name)
    )
    unlocked = Unlocked(user_slot, user_secrets, {FIRST_EPOCH: data_key}, {FIRST_NOTES_KEY: notes_key}, wrapping)
    vault = vault_cls._connect(folder, keyfile.load(folder / KEYS_NAME), unlocked, recovery=False)
    vault._decision = None
    return vault, recovery_text


def _first_key_file(
    kdf: crypto.KdfParams, username: str, passphrase: str, data_key: bytes, notes_key: bytes, recovery_bytes: bytes
) -> tuple[keyfile.KeyFile, keyfile.KeySlot, keyfile.SlotSecrets, bytes]:
    """The signed key file of a new vault: the first coordinator's slot and the recovery slot, each
    granted the data, notes and root keys; returns it with the coordinator's slot, secrets and wrapping key."""
    from shop_desktop.core.store.vault import new_vault_id

    vault_id = new_vault_id()
    root_private, root_public = crypto.new_signing_keypair()
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
    _grant_first_keys(keys, (user_slot, recovery_slot), user_secrets, (data_key, notes_key), root_private)
    keyfile.sign_manifest(
        keys, signer_id=FIRST_USER_ID, signer_private=user_secrets.sign_private, root_private=root_private
    )
    return keys, user_slot, user_secrets, wrapping


def _grant_first_keys(
    keys: keyfile.KeyFile,
    slots: tuple[keyfile.KeySlot, keyfile.KeySlot],
    user_secrets: keyfile.SlotSecrets,
    data_and_notes_key: tuple[bytes, bytes],
    root_private: bytes,
) -> None:
    """The coordinator's and the recovery slot, each certified and granted every key; the first
    notes key's record, signed by the coordinator (a clinical account)."""
    (user_slot, recovery_slot), (data_key, notes_key), vault_id = slots, data_and_notes_key, keys.vault_id
    for slot, roles in ((user_slot, [Role.COORDINATOR.value]), (recovery_slot, RECOVERY_ROLES)):
        keys.slots.append(slot)
        keys.certificates.append(keyfile.certificate_for(slot, roles, len(keys.certificates) + 1))
        keyfile.grant_data_key(slot, vault_id, FIRST_EPOCH, data_key)
        keyfile.grant_notes_key(slot, vault_id, FIRST_NOTES_KEY, notes_key)
        keyfile.grant_root_key(keys, slot, root_private)
    record = keyfile.notes_record(vault_id, FIRST_NOTES_KEY, notes_key, FIRST_USER_ID, user_secrets.sign_private)
    keys.notes_records.append(record)
    keys.notes_commitments[FIRST_NOTES_KEY] = record["commitment"]


def _first_database(
    path: Path,
    keys: keyfile.KeyFile,
    data_key: bytes,
    user_secrets: keyfile.SlotSecrets,
    centre: tuple[str, str],
    coordinator: tuple[str, str],
) -> None:
    """The new database: the schema, the vault's meta and centre settings, the first coordinator,
    the first audit entry and the accepted key file, in one transaction."""
    conn = db.connect(path, data_key)
    try:
        db.configure(conn)
        migrations.migrate(conn)
        conn.execute("BEGIN IMMEDIATE")
        _first_rows(conn, keys, user_secrets, centre, coordinator)
        conn.execute("COMMIT")
    finally:
        conn.close()


def _first_rows(
    conn: db.Connection,
    keys: keyfile.KeyFile,
    user_secrets: keyfile.SlotSecrets,
    centre: tuple[str, str],
    coordinator: tuple[str, str],
) -> None:
    """Inside the first transaction: the vault's meta, the centre's settings, the first coordinator,
    the first audit entry and the key file the database accepts."""
    from shop_desktop.core.store.vault import staff_row

    (centre_name, centre_address), (username, display_name) = centre, coordinator
    vault_id = keys.vault_id
    created = audit.now_iso()
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
