"""The key file beside the database (format 2): who may hold which key, signed by the managers.

Layout (docs/security-model.md has the why):

- `manifest`: everything public that decides who holds keys: staff certificates (roles, status,
  public keys, slot), data-key grants, root-key grants, epoch, generation, rotation marker,
  notes-key rotation request, accepted notes-key commitments, kdf defaults and the id counters.
  It is signed twice: by the vault root (`signature`) and by the manager who wrote it
  (`signer_signature`). Nothing in it is used unless both verify (core/vault/trust.py).
- `slots`: each person's own secrets (X25519 box key, Ed25519 signing key, the pinned root
  public key and vault id, audit anchor) sealed under their passphrase or the recovery key,
  plus the notes-key grants sealed to them. A person changing their own passphrase rewrites
  only their own slot, which their AEAD protects; no signature is needed for that.
- `notes_keys`: one creation record per notes key, signed by the clinical account that made it.

Writes are atomic (temp, fsync, rename, fsync folder). The generation goes up with every signed
write and is also kept in the database, with the manifest it accepted last, so an older key file
put back is noticed and an unsigned one is never believed.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shop_desktop.core.errors import VaultDamaged
from shop_desktop.core.vault import crypto

FORMAT = "shop-desktop-keys"
VERSION = 2
RECOVERY = "recovery"
PASSPHRASE = "passphrase"
ACTIVE, DISABLED, RETIRED = "active", "disabled", "retired"
KDF_FLOOR = {"iterations": crypto.MIN_ITERATIONS, "lanes": crypto.MIN_LANES, "memory_kib": crypto.MIN_MEMORY_KIB}

# Tests set this to raise at a named I/O step ("write", "fsync", "rename", "fsync-folder").
io_hook: Callable[[str], None] | None = None


def _io(step: str) -> None:
    if io_hook is not None:
        io_hook(step)


@dataclass
class SlotSecrets:
    """What a slot's passphrase (or the recovery key) unlocks. Only its owner can change it."""

    box_private: bytes
    sign_private: bytes
    vault_id: str = ""
    root_public: bytes = b""  # empty in a slot sealed by format 1, until its owner signs in
    anchor: dict[str, Any] = field(default_factory=dict)  # audit head and generation at last sign-out

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "box": self.box_private.hex(),
                "sign": self.sign_private.hex(),
                "vault_id": self.vault_id,
                "root": self.root_public.hex(),
                "anchor": self.anchor,
            }
        ).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> SlotSecrets:
        data = json.loads(raw)
        return cls(
            bytes.fromhex(data["box"]),
            bytes.fromhex(data["sign"]),
            str(data.get("vault_id", "")),
            bytes.fromhex(data.get("root", "")),
            dict(data.get("anchor") or {}),
        )


@dataclass
class Certificate:
    """Which roles an account holds and whether it is active: believed only inside a signed manifest."""

    user_id: int
    username: str
    roles: list[str]
    status: str  # ACTIVE, DISABLED, or RETIRED (an earlier key of the same person, kept for the audit trail)
    slot_id: str
    box_public: bytes
    sign_public: bytes
    serial: int

    def to_json(self) -> dict[str, Any]:
        return {
            "user_id": self.user_id,
            "username": self.username,
            "roles": sorted(self.roles),
            "status": self.status,
            "slot_id": self.slot_id,
            "box_public": self.box_public.hex(),
            "sign_public": self.sign_public.hex(),
            "serial": self.serial,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Certificate:
        return cls(
            int(data["user_id"]),
            str(data["username"]),
            [str(r) for r in data["roles"]],
            str(data["status"]),
            str(data["slot_id"]),
            bytes.fromhex(data["box_public"]),
            bytes.fromhex(data["sign_public"]),
            int(data["serial"]),
        )


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
    grants: dict[int, bytes] = field(default_factory=dict)  # data-key epoch -> sealed data key (manifest)
    notes_grants: dict[int, bytes] = field(default_factory=dict)  # notes key id -> sealed key (unsigned)

    def secrets_ad(self, vault_id: str) -> bytes:
        return f"shop-slot|{vault_id}|{self.slot_id}|{self.user_id}|{self.slot_version}".encode()

    def grant_ad(self, vault_id: str, epoch: int) -> bytes:
        return f"shop-grant|{vault_id}|{epoch}|{self.slot_id}|{self.user_id}".encode()

    def notes_ad(self, vault_id: str, key_id: int) -> bytes:
        return f"shop-notes|{vault_id}|{key_id}|{self.slot_id}|{self.user_id}".encode()

    def root_ad(self, vault_id: str) -> bytes:
        return f"shop-root|{vault_id}|{self.slot_id}|{self.user_id}".encode()

    def to_json(self) -> dict[str, Any]:
        return {
            "slot_id": self.slot_id,
            "kind": self.kind,
            "user_id": self.user_id,
            "slot_version": self.slot_version,
            "kdf": self.kdf,
            "secrets": self.sealed_secrets.hex(),
            "notes_grants": {str(k): v.hex() for k, v in sorted(self.notes_grants.items())},
        }


@dataclass
class KeyFile:
    vault_id: str
    generation: int
    epoch: int  # the data key the database is keyed with now
    kdf_defaults: dict[str, int]
    slots: list[KeySlot]
    rotation: dict[str, Any] | None = None  # set while a data-key rotation is under way
    root_public: bytes = b""
    certificates: list[Certificate] = field(default_factory=list)
    root_grants: dict[str, bytes] = field(default_factory=dict)  # slot id -> root private key sealed to it
    notes_commitments: dict[int, str] = field(default_factory=dict)  # notes key id -> commitment, accepted
    notes_rotation: dict[str, Any] | None = None  # {"after_key": id}: a clinical session must make a newer key
    notes_records: list[dict[str, Any]] = field(default_factory=list)  # creation records, signed by their maker
    for_tests: bool = False  # made with a KDF below the floor (test vaults only)
    audit_anchor: dict[str, Any] | None = None  # audit head stamped into the latest backup (T8)
    next_user_id: int = 1
    next_slot: int = 1
    signed_by: int = 0
    signature: bytes = b""
    signer_signature: bytes = b""
    manifest_raw: dict[str, Any] | None = None  # the manifest exactly as read, for verifying

    def certificate(self, user_id: int) -> Certificate | None:
        """The current certificate of an account (not a retired earlier key)."""
        return next((c for c in self.certificates if c.user_id == user_id and c.status != RETIRED), None)

    def certificate_for_slot(self, slot_id: str) -> Certificate | None:
        return next((c for c in self.certificates if c.slot_id == slot_id and c.status != RETIRED), None)

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

    def take_user_id(self) -> int:
        user_id, self.next_user_id = self.next_user_id, self.next_user_id + 1
        return user_id

    def take_slot_id(self) -> str:
        slot_id, self.next_slot = f"s{self.next_slot}", self.next_slot + 1
        return slot_id

    def manifest(self) -> dict[str, Any]:
        return {
            "vault_id": self.vault_id,
            "root_public": self.root_public.hex(),
            "generation": self.generation,
            "epoch": self.epoch,
            "kdf_defaults": self.kdf_defaults,
            "for_tests": self.for_tests,
            "next_user_id": self.next_user_id,
            "next_slot": self.next_slot,
            "rotation": self.rotation,
            "notes_rotation": self.notes_rotation,
            "notes_commitments": {str(k): v for k, v in sorted(self.notes_commitments.items())},
            "signed_by": self.signed_by,
            "audit_anchor": self.audit_anchor,
            "certificates": [c.to_json() for c in self.certificates],
            "grants": {
                s.slot_id: {str(e): g.hex() for e, g in sorted(s.grants.items())} for s in self.slots if s.grants
            },
            "root_grants": {k: v.hex() for k, v in sorted(self.root_grants.items())},
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "manifest": self.manifest_raw if self.manifest_raw is not None else self.manifest(),
            "signature": self.signature.hex(),
            "signer_signature": self.signer_signature.hex(),
            "slots": [s.to_json() for s in self.slots],
            "notes_keys": self.notes_records,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyFile:
        if data.get("format") != FORMAT:
            raise VaultDamaged("This folder's key file is not a SHOP Desktop key file.")
        version = int(data.get("version", 0))
        if version > VERSION:
            raise VaultDamaged(
                "The key file was written by a newer version of SHOP Desktop. Update the app to open it."
            )
        if version < VERSION:
            raise OlderFormat(data)
        keys = from_manifest(dict(data["manifest"]), data["slots"])
        keys.signature = bytes.fromhex(data.get("signature", ""))
        keys.signer_signature = bytes.fromhex(data.get("signer_signature", ""))
        keys.notes_records = [dict(r) for r in data.get("notes_keys", [])]
        return keys


class OlderFormat(Exception):
    """A format-1 key file: core/vault/keyfile_upgrade.py turns it into format 2 at a coordinator's sign-in."""

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__("key file format 1")
        self.data = data


def from_manifest(manifest: dict[str, Any], slots_json: list[dict[str, Any]]) -> KeyFile:
    """A KeyFile from a manifest and the file's slots; nothing is verified here (core/vault/trust.py does)."""
    certificates = [Certificate.from_json(c) for c in manifest["certificates"]]
    by_slot = {c.slot_id: c for c in certificates if c.status != RETIRED}
    grants = manifest.get("grants", {})
    slots = []
    for raw in slots_json:
        cert = by_slot.get(str(raw["slot_id"]))
        slots.append(
            KeySlot(
                slot_id=str(raw["slot_id"]),
                kind=str(raw["kind"]),
                user_id=int(raw["user_id"]),
                username=cert.username if cert else "",
                slot_version=int(raw["slot_version"]),
                kdf=dict(raw["kdf"]),
                box_public=cert.box_public if cert else b"",
                sign_public=cert.sign_public if cert else b"",
                sealed_secrets=bytes.fromhex(raw["secrets"]),
                grants={int(e): bytes.fromhex(g) for e, g in grants.get(str(raw["slot_id"]), {}).items()},
                notes_grants={int(k): bytes.fromhex(v) for k, v in raw.get("notes_grants", {}).items()},
            )
        )
    return KeyFile(
        vault_id=str(manifest["vault_id"]),
        generation=int(manifest["generation"]),
        epoch=int(manifest["epoch"]),
        kdf_defaults={k: int(v) for k, v in manifest["kdf_defaults"].items()},
        slots=slots,
        rotation=manifest.get("rotation"),
        root_public=bytes.fromhex(manifest["root_public"]),
        certificates=certificates,
        root_grants={str(k): bytes.fromhex(v) for k, v in manifest.get("root_grants", {}).items()},
        notes_commitments={int(k): str(v) for k, v in manifest.get("notes_commitments", {}).items()},
        notes_rotation=manifest.get("notes_rotation"),
        for_tests=bool(manifest.get("for_tests", False)),
        audit_anchor=manifest.get("audit_anchor"),
        next_user_id=int(manifest["next_user_id"]),
        next_slot=int(manifest["next_slot"]),
        signed_by=int(manifest.get("signed_by", 0)),
        manifest_raw=manifest,
    )


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
        raise VaultDamaged(f"The key file could not be read ({exc.strerror}).") from exc
    try:
        return KeyFile.from_json(json.loads(raw))
    except (VaultDamaged, OlderFormat):
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise VaultDamaged(
            "The key file is damaged, so no passphrase can open this vault. Restore from a backup."
        ) from exc


def save(path: Path, keyfile: KeyFile) -> None:
    """Write atomically: a crash leaves either the old file or the new one, never half of one.
    Signing (and raising the generation) is the caller's: sign_manifest first for a manager's change.
    A change that also touches the database goes through core/vault/journal.py's stage_keys instead."""
    atomic_write(path, payload(keyfile))


def payload(keyfile: KeyFile) -> bytes:
    """The key file's bytes, exactly as written."""
    return json.dumps(keyfile.to_json(), indent=1, sort_keys=True).encode()


def atomic_write(path: Path, payload: bytes) -> None:
    from shop_desktop.core.vault import journal  # every write passes the seam the crash harness stops at

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
    (anyone can write a grant: what a key may be used for is decided by core/vault/trust.py)."""
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
