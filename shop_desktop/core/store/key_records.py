"""The key file's contents as records: each person's sealed secrets, certificate and slot, and
the whole file with its manifest, read from and written to JSON (nothing is verified here)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from shop_desktop.core.errors import QT_TRANSLATE_NOOP, VaultDamaged

FORMAT = "shop-desktop-keys"


VERSION = 2


RECOVERY = "recovery"


PASSPHRASE = "passphrase"


ACTIVE, DISABLED, RETIRED = "active", "disabled", "retired"


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
            raise VaultDamaged(
                QT_TRANSLATE_NOOP("core", "The key file has no recovery slot. Restore the vault from a backup.")
            )
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
            raise VaultDamaged(QT_TRANSLATE_NOOP("core", "This folder's key file is not a SHOP Desktop key file."))
        version = int(data.get("version", 0))
        if version > VERSION:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "core", "The key file was written by a newer version of SHOP Desktop. Update the app to open it."
                )
            )
        if version < VERSION:
            raise OlderFormat(data)
        keys = from_manifest(dict(data["manifest"]), data["slots"])
        keys.signature = bytes.fromhex(data.get("signature", ""))
        keys.signer_signature = bytes.fromhex(data.get("signer_signature", ""))
        keys.notes_records = [dict(r) for r in data.get("notes_keys", [])]
        return keys


class OlderFormat(Exception):
    """A format-1 key file: core/store/keyfile_upgrade.py turns it into format 2 at a coordinator's sign-in."""

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__("key file format 1")
        self.data = data


def from_manifest(manifest: dict[str, Any], slots_json: list[dict[str, Any]]) -> KeyFile:
    """A KeyFile from a manifest and the file's slots; nothing is verified here (core/store/trust.py does)."""
    certificates = [Certificate.from_json(c) for c in manifest["certificates"]]
    slots = _slots_from(manifest, slots_json, certificates)
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


def _slots_from(
    manifest: dict[str, Any], slots_json: list[dict[str, Any]], certificates: list[Certificate]
) -> list[KeySlot]:
    """Each slot with its holder's name and public keys from their (not retired) certificate."""
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
    return slots
