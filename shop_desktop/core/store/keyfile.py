"""The key file beside the database (format 2): who may hold which key, signed by the managers.

Layout (docs/security-model.md has the why):

- `manifest`: everything public that decides who holds keys: staff certificates (roles, status,
  public keys, slot), data-key grants, root-key grants, epoch, generation, rotation marker,
  notes-key rotation request, accepted notes-key commitments, kdf defaults and the id counters.
  It is signed twice: by the vault root (`signature`) and by the manager who wrote it
  (`signer_signature`). Nothing in it is used unless both verify (core/store/trust.py).
- `slots`: each person's own secrets (X25519 box key, Ed25519 signing key, the pinned root
  public key and vault id, audit anchor) sealed under their passphrase or the recovery key,
  plus the notes-key grants sealed to them. A person changing their own passphrase rewrites
  only their own slot, which their AEAD protects; no signature is needed for that.
- `notes_keys`: one creation record per notes key, signed by the clinical account that made it.

The records themselves live in key_records.py; this module loads, signs, seals and writes them.

Writes are atomic (temp, fsync, rename, fsync folder). The generation goes up with every signed
write and is also kept in the database, with the manifest it accepted last, so an older key file
put back is noticed and an unsigned one is never believed.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from shop_desktop.core.errors import QT_TRANSLATE_NOOP, VaultDamaged, said
from shop_desktop.core.store import crypto
from shop_desktop.core.store.key_records import ACTIVE, Certificate, KeyFile, KeySlot, OlderFormat, SlotSecrets

# re-exported: callers name them keyfile.X
from shop_desktop.core.store.key_records import DISABLED as DISABLED
from shop_desktop.core.store.key_records import FORMAT as FORMAT
from shop_desktop.core.store.key_records import PASSPHRASE as PASSPHRASE
from shop_desktop.core.store.key_records import RECOVERY as RECOVERY
from shop_desktop.core.store.key_records import RETIRED as RETIRED
from shop_desktop.core.store.key_records import VERSION as VERSION
from shop_desktop.core.store.key_records import from_manifest as from_manifest

KDF_FLOOR = {"iterations": crypto.MIN_ITERATIONS, "lanes": crypto.MIN_LANES, "memory_kib": crypto.MIN_MEMORY_KIB}

# Tests set this to raise at a named I/O step ("write", "fsync", "rename", "fsync-folder").
io_hook: Callable[[str], None] | None = None


def _io(step: str) -> None:
    if io_hook is not None:
        io_hook(step)


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=True, separators=(",", ":")).encode()


def manifest_message(manifest: dict[str, Any]) -> bytes:
    return b"shop-manifest-v2|" + canonical(manifest)


def sign_manifest(keys: KeyFile, *, signer_id: int, signer_private: bytes, root_private: bytes) -> None:
    """Raise the generation and sign what the file now says (a manager's write)."""
    keys.generation += 1
    keys.signed_by = signer_id
    keys.manifest_raw = keys.manifest()
    message = manifest_message(keys.manifest_raw)
    keys.signature = crypto.sign(root_private, message)
    keys.signer_signature = crypto.sign(signer_private, message)


def load(path: Path) -> KeyFile:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise  # a missing vault is the caller's message, not "damaged"
    except OSError as exc:
        raise VaultDamaged(
            said(QT_TRANSLATE_NOOP("core", "The key file could not be read ({strerror})."), strerror=exc.strerror)
        ) from exc
    try:
        return KeyFile.from_json(json.loads(raw))
    except (VaultDamaged, OlderFormat):
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "core", "The key file is damaged, so no passphrase can open this vault. Restore from a backup."
            )
        ) from exc


def save(path: Path, keyfile: KeyFile) -> None:
    """Write atomically: a crash leaves either the old file or the new one, never half of one.
    Signing (and raising the generation) is the caller's: sign_manifest first for a manager's change.
    A change that also touches the database goes through core/store/journal.py's stage_keys instead."""
    atomic_write(path, payload(keyfile))


def payload(keyfile: KeyFile) -> bytes:
    """The key file's bytes, exactly as written."""
    return json.dumps(keyfile.to_json(), indent=1, sort_keys=True).encode()


def atomic_write(path: Path, payload: bytes) -> None:
    from shop_desktop.core.store import journal  # every write passes the seam the crash harness stops at

    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with journal.open_new(temp) as handle:
            _io("write")
            handle.write(payload)
            _io("fsync")
            handle.sync()
        _io("rename")
        journal.replace(temp, path)
    finally:
        if temp.exists():
            temp.unlink()
    _io("fsync-folder")
    journal.fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable; folders cannot be opened for fsync on Windows, where NTFS journals it."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temp_files(folder: Path, name: str) -> None:
    """Temp files a crash left behind hold no secret beyond the key file itself; tidy them."""
    for stale in folder.glob(f".{name}.*.tmp"):
        stale.unlink(missing_ok=True)


def kdf_for_new_slot(keys: KeyFile) -> crypto.KdfParams:
    """The vault's defaults, never below the floor unless the vault was made for tests (T9)."""
    wanted = dict(keys.kdf_defaults)
    if not keys.for_tests:
        wanted = {name: max(int(wanted.get(name, 0)), floor) for name, floor in KDF_FLOOR.items()}
    return crypto.KdfParams(os.urandom(16), **wanted)


def below_floor(kdf: dict[str, Any]) -> bool:
    return any(int(kdf.get(name, 0)) < floor for name, floor in KDF_FLOOR.items())


def _kdf_params(slot: KeySlot) -> crypto.KdfParams:
    return crypto.KdfParams.from_json(slot.kdf)


def wrapping_key_for_passphrase(slot: KeySlot, passphrase: str) -> bytes:
    return crypto.derive_passphrase_key(passphrase, _kdf_params(slot))


def wrapping_key_for_recovery(kdf: dict[str, Any], recovery_key: bytes) -> bytes:
    """The recovery key is 256 random bits, so HKDF is enough (no slow KDF needed)."""
    return crypto.hkdf(recovery_key, b"shop-recovery-slot", salt=bytes.fromhex(str(kdf["salt"])))


def make_slot(
    *,
    kind: str,
    user_id: int,
    username: str,
    kdf: dict[str, Any],
    wrapping_key: bytes,
    vault_id: str,
    slot_id: str,
    root_public: bytes,
    secrets_: SlotSecrets | None = None,
    slot_version: int = 1,
) -> tuple[KeySlot, SlotSecrets]:
    """A new slot whose secrets (with the pinned root) are sealed under wrapping_key."""
    if secrets_ is None:
        box_private, _ = crypto.new_box_keypair()
        sign_private, _ = crypto.new_signing_keypair()
        secrets_ = SlotSecrets(box_private, sign_private)
    secrets_.vault_id, secrets_.root_public = vault_id, root_public
    slot = KeySlot(
        slot_id=slot_id,
        kind=kind,
        user_id=user_id,
        username=username,
        slot_version=slot_version,
        kdf=kdf,
        box_public=crypto.box_public_of(secrets_.box_private),
        sign_public=crypto.sign_public_of(secrets_.sign_private),
        sealed_secrets=b"",
    )
    reseal_secrets(slot, wrapping_key, vault_id, secrets_)
    return slot, secrets_


def reseal_secrets(slot: KeySlot, wrapping_key: bytes, vault_id: str, secrets_: SlotSecrets) -> None:
    slot.sealed_secrets = crypto.seal(wrapping_key, secrets_.to_bytes(), slot.secrets_ad(vault_id))


def unseal_secrets(slot: KeySlot, wrapping_key: bytes, vault_id: str) -> SlotSecrets:
    raw = crypto.open_sealed(wrapping_key, slot.sealed_secrets, slot.secrets_ad(vault_id))
    found = SlotSecrets.from_bytes(raw)
    if found.vault_id and found.vault_id != vault_id:
        raise crypto.DecryptionFailed("sealed for another vault")
    return found


def certificate_for(slot: KeySlot, roles: list[str] | frozenset[str], serial: int) -> Certificate:
    return Certificate(
        slot.user_id, slot.username, sorted(roles), ACTIVE, slot.slot_id, slot.box_public, slot.sign_public, serial
    )


def grant_data_key(slot: KeySlot, vault_id: str, epoch: int, data_key: bytes) -> None:
    slot.grants[epoch] = crypto.seal_to(slot.box_public, data_key, slot.grant_ad(vault_id, epoch))


def grant_notes_key(slot: KeySlot, vault_id: str, key_id: int, notes_key: bytes) -> None:
    slot.notes_grants[key_id] = crypto.seal_to(slot.box_public, notes_key, slot.notes_ad(vault_id, key_id))


def grant_root_key(keys: KeyFile, slot: KeySlot, root_private: bytes) -> None:
    keys.root_grants[slot.slot_id] = crypto.seal_to(slot.box_public, root_private, slot.root_ad(keys.vault_id))


def open_root_grant(keys: KeyFile, slot: KeySlot, box_private: bytes) -> bytes | None:
    sealed = keys.root_grants.get(slot.slot_id)
    if sealed is None:
        return None
    try:
        private = crypto.open_box(box_private, sealed, slot.root_ad(keys.vault_id))
    except crypto.DecryptionFailed:
        return None
    return private if crypto.sign_public_of(private) == keys.root_public else None


def open_grants(slot: KeySlot, vault_id: str, box_private: bytes) -> tuple[dict[int, bytes], dict[int, bytes]]:
    """(data keys by epoch, notes keys by id) sealed to this slot; a grant that doesn't open is skipped
    (anyone can write a grant: what a key may be used for is decided by core/store/trust.py)."""
    return (
        _open_each(slot.grants, lambda e: slot.grant_ad(vault_id, e), box_private),
        _open_each(slot.notes_grants, lambda k: slot.notes_ad(vault_id, k), box_private),
    )


def _open_each(sealed: dict[int, bytes], ad: Callable[[int], bytes], box_private: bytes) -> dict[int, bytes]:
    opened = {}
    for key_id, box in sealed.items():
        try:
            opened[key_id] = crypto.open_box(box_private, box, ad(key_id))
        except crypto.DecryptionFailed:
            continue
    return opened


def notes_commitment(notes_key: bytes) -> str:
    return crypto.hkdf(notes_key, b"shop-notes-key-commit").hex()


def notes_record_message(vault_id: str, key_id: int, commitment: str) -> bytes:
    return f"shop-notes-key|{vault_id}|{key_id}|{commitment}".encode()


def notes_record(vault_id: str, key_id: int, notes_key: bytes, made_by: int, sign_private: bytes) -> dict[str, Any]:
    """The signed record of a notes key's creation by a clinical account (T5)."""
    commitment = notes_commitment(notes_key)
    signature = crypto.sign(sign_private, notes_record_message(vault_id, key_id, commitment))
    return {"key_id": key_id, "commitment": commitment, "made_by": made_by, "signature": signature.hex()}
