"""Sealed, signed bundle files: one device's changes for one receiving profile (SYNC.md, #25).

A bundle is named `<vault-id>-d<device>-<profile>-<seq>.shopsync`; each (device, profile) is its own
stream, numbered 1, 2, 3..., so a receiver reads only its own profile's streams and a gap in one
is a missing file, never another profile's bundle. The file:

    SHOPSYNC1\\n | header (JSON) | key file (may be empty) | sealed contents | signature

- header, in plain words and plain sight: format, vault id, author device, receiving profile,
  sequence number, key generation (the data-key epoch it is sealed under), author user id, time,
  and the attached key file's generation (0: none);
- key file: the author's `shop.keys` when it changed since the author's last bundle (its own
  signatures protect it; it is what `shop.keys` already shows on disk: public keys and sealed slots);
- contents: zlib(JSON extras + changeset) sealed with AES-256-GCM under the sync key
  `HKDF(data key of that epoch, salt = the profile's secret, info = vault|epoch|profile)`, with the
  header and the key file's digest as associated data. Only a device holding that profile's secret
  (a device whose own profile carries at least as much) and the data key opens it;
- signature: Ed25519 by the author's certified signing key over everything before it, followed by
  the author device's own signature (its key listed in the manager-signed device list). A bundle
  without the device's signature is refused (core/sync/device_keys.py).

Written `.partial` -> fsync -> rename -> fsync folder through core/store/journal.py's seam.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from shop_desktop.core.errors import VaultError
from shop_desktop.core.store import crypto, journal

MAGIC = b"SHOPSYNC1\n"
FORMAT, VERSION = "shop-sync-bundle", 1
SUFFIX = ".shopsync"
PARTIAL = ".partial"
_NAME = re.compile(r"^(?P<vault>[0-9a-f]{8,64})-d(?P<device>\d+)-(?P<profile>[a-z]+)-(?P<seq>\d+)\.shopsync$")
_SIGNED = b"shop-sync-bundle-v1|"


class BundleRefused(VaultError):
    """A bundle that is not applied, with the reason in plain words."""


class BundleWaits(BundleRefused):
    """Not applied yet, nothing wrong with it: an earlier one is missing, or a key hasn't arrived."""


TAMPERED = "Bundle {name} was changed after it was made (its seal or signature doesn't match). It was not applied."


@dataclass(frozen=True)
class Header:
    vault_id: str
    device: int  # the author device
    profile: str  # the receiving profile
    seq: int
    epoch: int  # key generation: the data key the contents are sealed under
    author: int  # the staff account that signed it
    at: str
    keys_generation: int = 0  # the attached key file's generation, 0 when none is attached

    def to_bytes(self) -> bytes:
        return json.dumps({"format": FORMAT, "version": VERSION, **asdict(self)}, sort_keys=True).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> Header:
        data = json.loads(raw)
        if data.pop("format") != FORMAT or int(data.pop("version")) != VERSION:
            raise ValueError("not a bundle of this version")
        return cls(
            str(data["vault_id"]), int(data["device"]), str(data["profile"]), int(data["seq"]),
            int(data["epoch"]), int(data["author"]), str(data["at"]), int(data.get("keys_generation", 0)),
        )  # fmt: skip

    @property
    def name(self) -> str:
        return bundle_name(self.vault_id, self.device, self.profile, self.seq)


@dataclass(frozen=True)
class Bundle:
    header: Header
    header_raw: bytes
    keys_payload: bytes  # the author's key file, or b""
    sealed: bytes
    signature: bytes
    signed_part: bytes  # everything the signature covers


def bundle_name(vault_id: str, device: int, profile: str, seq: int) -> str:
    return f"{vault_id}-d{device}-{profile}-{seq:08d}{SUFFIX}"


def parse_name(name: str) -> tuple[str, int, str, int] | None:
    """(vault id, device, profile, seq) from a bundle's file name, or None for any other file."""
    found = _NAME.match(name)
    if found is None:
        return None
    return found["vault"], int(found["device"]), found["profile"], int(found["seq"])


def sync_key(data_key: bytes, vault_id: str, epoch: int, profile: str, profile_secret: bytes) -> bytes:
    return crypto.hkdf(data_key, f"shop-sync|{vault_id}|{epoch}|{profile}".encode(), salt=profile_secret)


def _associated(header_raw: bytes, keys_payload: bytes) -> bytes:
    return b"shop-sync-contents|" + header_raw + hashlib.sha256(keys_payload).digest()


def _frame(part: bytes) -> bytes:
    return struct.pack(">Q", len(part)) + part


def make(
    header: Header,
    changeset: bytes,
    extras: dict[str, Any],
    *,
    keys_payload: bytes,
    seal_key: bytes,
    sign_private: bytes,
    device_private: bytes = b"",
) -> bytes:
    """The bundle's bytes: sealed under seal_key, signed with the author's key and then (when the
    device has one) the device's own key, over the same message."""
    header_raw = header.to_bytes()
    meta = json.dumps(extras, sort_keys=True).encode()
    contents = zlib.compress(_frame(meta) + changeset, 6)
    sealed = crypto.seal(seal_key, contents, _associated(header_raw, keys_payload))
    signed_part = MAGIC + _frame(header_raw) + _frame(keys_payload) + _frame(sealed)
    message = _SIGNED + hashlib.sha256(signed_part).digest()
    signature = crypto.sign(sign_private, message)
    if device_private:
        signature += crypto.sign(device_private, message)
    return signed_part + _frame(signature)


def with_device_signature(found: Bundle, device_private: bytes) -> bytes:
    """The same bundle with its device's signature added after the person's (a device given its
    key after it wrote this one: core/sync/device_keys.py)."""
    message = _SIGNED + hashlib.sha256(found.signed_part).digest()
    return found.signed_part + _frame(found.signature[:64] + crypto.sign(device_private, message))


def _take(raw: bytes, at: int) -> tuple[bytes, int]:
    (length,) = struct.unpack_from(">Q", raw, at)
    end = at + 8 + length
    if end > len(raw):
        raise ValueError("cut short")
    return raw[at + 8 : end], end


def read(raw: bytes, name: str = "") -> Bundle:
    """Split a bundle into its parts; anything malformed is refused as changed (nothing is opened)."""
    try:
        if not raw.startswith(MAGIC):
            raise ValueError("no magic")
        header_raw, at = _take(raw, len(MAGIC))
        keys_payload, at = _take(raw, at)
        sealed, at = _take(raw, at)
        signature, end = _take(raw, at)
        if end != len(raw):
            raise ValueError("trailing bytes")
        header = Header.from_bytes(header_raw)
    except (ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError):
        raise BundleRefused(TAMPERED.format(name=name or "file")) from None
    return Bundle(header, header_raw, keys_payload, sealed, signature, raw[:at])


def signed_by(bundle: Bundle, sign_publics: set[bytes]) -> bool:
    """Does one of these keys (the author's certified ones) sign this bundle?"""
    message = _SIGNED + hashlib.sha256(bundle.signed_part).digest()
    return any(crypto.signature_valid(key, bundle.signature[:64], message) for key in sign_publics)


def device_signed(bundle: Bundle, device_public: bytes) -> bool:
    """Is the second signature the named device's own (so the device number is bound to a device)?"""
    message = _SIGNED + hashlib.sha256(bundle.signed_part).digest()
    return len(bundle.signature) == 128 and crypto.signature_valid(device_public, bundle.signature[64:], message)


def open_contents(bundle: Bundle, seal_key: bytes, name: str = "") -> tuple[bytes, dict[str, Any]]:
    """(changeset, extras); a bad tag is refused as changed."""
    try:
        contents = zlib.decompress(
            crypto.open_sealed(seal_key, bundle.sealed, _associated(bundle.header_raw, bundle.keys_payload))
        )
        meta, at = _take(contents, 0)
        extras = json.loads(meta)
    except (crypto.DecryptionFailed, zlib.error, ValueError, struct.error):
        raise BundleRefused(TAMPERED.format(name=name or bundle.header.name)) from None
    return contents[at:], dict(extras)


TAKEN = (
    "A bundle named {name} is already in the sync folder, and this PC didn't write it: another PC is "
    "writing bundles under this PC's device number (a copy of this vault?). Nothing was written; "
    "sync again to apply it first."
)


def write(folder: Path, name: str, raw: bytes) -> Path:
    """Atomically into the sync folder: `.partial`, fsync, rename, fsync the folder."""
    target = folder / name
    partial = folder / (name + PARTIAL)
    try:
        with journal.open_new(partial) as handle:
            handle.write(raw)
            handle.sync()
        journal.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    journal.fsync_folder(folder)
    return target


def remove_partials(folder: Path, vault_id: str, device: int) -> None:
    """A crash mid-write leaves `.partial` files of our own: never read, tidied at the next run."""
    for stale in folder.glob(f"{vault_id}-d{device}-*{SUFFIX}{PARTIAL}"):
        stale.unlink(missing_ok=True)
