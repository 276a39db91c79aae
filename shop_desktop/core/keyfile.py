"""The key file beside the database: one slot per staff account, plus the recovery slot.

Each slot holds that person's own secrets (an X25519 box key and an Ed25519
signing key) sealed under their passphrase (Argon2id) or the recovery key
(HKDF). The data key and the notes keys are *granted* to a slot by sealing
them to its X25519 public key, so a colleague can re-grant new keys after a
rotation without knowing anyone's passphrase, and a slot that was never
granted a notes key has no way to produce one.

The file is written atomically (temp, fsync, rename, fsync folder) and its
generation number goes up with every write; the database remembers the
newest generation it has seen, so an old copy of the file put back is noticed.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shop_desktop.core import crypto
from shop_desktop.core.errors import VaultDamaged

FORMAT = "shop-desktop-keys"
VERSION = 1
RECOVERY = "recovery"
PASSPHRASE = "passphrase"


@dataclass
class SlotSecrets:
    """What a slot's passphrase (or the recovery key) unlocks."""

    box_private: bytes
    sign_private: bytes

    def to_bytes(self) -> bytes:
        return json.dumps({"box": self.box_private.hex(), "sign": self.sign_private.hex()}).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> SlotSecrets:
        data = json.loads(raw)
        return cls(bytes.fromhex(data["box"]), bytes.fromhex(data["sign"]))


@dataclass
class KeySlot:
    slot_id: str
    kind: str  # PASSPHRASE or RECOVERY
    user_id: int  # 0 for the recovery slot
    username: str
    slot_version: int
    kdf: dict[str, Any]
    box_public: bytes
    sign_public: bytes
    sealed_secrets: bytes
    grants: dict[int, bytes] = field(default_factory=dict)  # data-key epoch -> sealed data key
    notes_grants: dict[int, bytes] = field(default_factory=dict)  # notes key id -> sealed key

    def secrets_ad(self, vault_id: str) -> bytes:
        return f"shop-slot|{vault_id}|{self.slot_id}|{self.user_id}|{self.slot_version}".encode()

    def grant_ad(self, vault_id: str, epoch: int) -> bytes:
        return f"shop-grant|{vault_id}|{epoch}|{self.slot_id}|{self.user_id}".encode()

    def notes_ad(self, vault_id: str, key_id: int) -> bytes:
        return f"shop-notes|{vault_id}|{key_id}|{self.slot_id}|{self.user_id}".encode()

    def to_json(self) -> dict[str, Any]:
        return {
            "slot_id": self.slot_id,
            "kind": self.kind,
            "user_id": self.user_id,
            "username": self.username,
            "slot_version": self.slot_version,
            "kdf": self.kdf,
            "box_public": self.box_public.hex(),
            "sign_public": self.sign_public.hex(),
            "secrets": self.sealed_secrets.hex(),
            "grants": {str(k): v.hex() for k, v in sorted(self.grants.items())},
            "notes_grants": {str(k): v.hex() for k, v in sorted(self.notes_grants.items())},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySlot:
        return cls(
            slot_id=str(data["slot_id"]),
            kind=str(data["kind"]),
            user_id=int(data["user_id"]),
            username=str(data["username"]),
            slot_version=int(data["slot_version"]),
            kdf=dict(data["kdf"]),
            box_public=bytes.fromhex(data["box_public"]),
            sign_public=bytes.fromhex(data["sign_public"]),
            sealed_secrets=bytes.fromhex(data["secrets"]),
            grants={int(k): bytes.fromhex(v) for k, v in data.get("grants", {}).items()},
            notes_grants={int(k): bytes.fromhex(v) for k, v in data.get("notes_grants", {}).items()},
        )


@dataclass
class KeyFile:
    vault_id: str
    generation: int
    epoch: int  # the data key the database is keyed with now
    kdf_defaults: dict[str, int]
    slots: list[KeySlot]
    rotation: dict[str, Any] | None = None  # set while a key rotation is under way

    def slot_for_user(self, user_id: int) -> KeySlot | None:
        return next((s for s in self.slots if s.user_id == user_id and s.kind == PASSPHRASE), None)

    def slot_for_username(self, username: str) -> KeySlot | None:
        wanted = username.strip().casefold()
        return next((s for s in self.slots if s.kind == PASSPHRASE and s.username.casefold() == wanted), None)

    @property
    def recovery_slot(self) -> KeySlot:
        slot = next((s for s in self.slots if s.kind == RECOVERY), None)
        if slot is None:
            raise VaultDamaged("The key file has no recovery slot. Restore the vault from a backup.")
        return slot

    def usernames(self) -> list[str]:
        return sorted((s.username for s in self.slots if s.kind == PASSPHRASE), key=str.casefold)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "epoch": self.epoch,
            "kdf_defaults": self.kdf_defaults,
            "rotation": self.rotation,
            "slots": [s.to_json() for s in self.slots],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyFile:
        if data.get("format") != FORMAT:
            raise VaultDamaged("This folder's key file is not a SHOP Desktop key file.")
        if int(data.get("version", 0)) > VERSION:
            raise VaultDamaged(
                "The key file was written by a newer version of SHOP Desktop. Update the app to open it."
            )
        return cls(
            vault_id=str(data["vault_id"]),
            generation=int(data["generation"]),
            epoch=int(data["epoch"]),
            kdf_defaults={k: int(v) for k, v in data["kdf_defaults"].items()},
            slots=[KeySlot.from_json(s) for s in data["slots"]],
            rotation=data.get("rotation"),
        )


def new_slot_id() -> str:
    return secrets.token_hex(8)


def load(path: Path) -> KeyFile:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise  # a missing vault is the caller's message, not "damaged"
    except OSError as exc:
        raise VaultDamaged(f"The key file could not be read ({exc.strerror}).") from exc
    try:
        return KeyFile.from_json(json.loads(raw))
    except VaultDamaged:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise VaultDamaged(
            "The key file is damaged, so no passphrase can open this vault. Restore from a backup."
        ) from exc


def save(path: Path, keyfile: KeyFile) -> None:
    """Write atomically: a crash leaves either the old file or the new one, never half of one."""
    keyfile.generation += 1
    payload = json.dumps(keyfile.to_json(), indent=1, sort_keys=True).encode()
    atomic_write(path, payload)


def atomic_write(path: Path, payload: bytes) -> None:
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temp, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    finally:
        if temp.exists():
            temp.unlink()
    fsync_folder(path.parent)


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
    secrets_: SlotSecrets | None = None,
    slot_version: int = 1,
) -> tuple[KeySlot, SlotSecrets]:
    """A new slot whose secrets are sealed under wrapping_key; grants are added by the caller."""
    if secrets_ is None:
        box_private, _ = crypto.new_box_keypair()
        sign_private, _ = crypto.new_signing_keypair()
        secrets_ = SlotSecrets(box_private, sign_private)
    slot = KeySlot(
        slot_id=new_slot_id(),
        kind=kind,
        user_id=user_id,
        username=username,
        slot_version=slot_version,
        kdf=kdf,
        box_public=crypto.box_public_of(secrets_.box_private),
        sign_public=crypto.sign_public_of(secrets_.sign_private),
        sealed_secrets=b"",
    )
    slot.sealed_secrets = crypto.seal(wrapping_key, secrets_.to_bytes(), slot.secrets_ad(vault_id))
    return slot, secrets_


def unseal_secrets(slot: KeySlot, wrapping_key: bytes, vault_id: str) -> SlotSecrets:
    raw = crypto.open_sealed(wrapping_key, slot.sealed_secrets, slot.secrets_ad(vault_id))
    return SlotSecrets.from_bytes(raw)


def grant_data_key(slot: KeySlot, vault_id: str, epoch: int, data_key: bytes) -> None:
    slot.grants[epoch] = crypto.seal_to(slot.box_public, data_key, slot.grant_ad(vault_id, epoch))


def grant_notes_key(slot: KeySlot, vault_id: str, key_id: int, notes_key: bytes) -> None:
    slot.notes_grants[key_id] = crypto.seal_to(slot.box_public, notes_key, slot.notes_ad(vault_id, key_id))


def open_grants(slot: KeySlot, vault_id: str, box_private: bytes) -> tuple[dict[int, bytes], dict[int, bytes]]:
    """(data keys by epoch, notes keys by id) this slot was given."""
    data_keys = {
        epoch: crypto.open_box(box_private, sealed, slot.grant_ad(vault_id, epoch))
        for epoch, sealed in slot.grants.items()
    }
    notes_keys = {
        key_id: crypto.open_box(box_private, sealed, slot.notes_ad(vault_id, key_id))
        for key_id, sealed in slot.notes_grants.items()
    }
    return data_keys, notes_keys
