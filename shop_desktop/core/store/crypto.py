"""The few cryptographic building blocks the vault uses, in one place.

AES-256-GCM for every wrap; Argon2id for passphrases; HKDF for random keys
(the recovery key); X25519 so a key can be given to a colleague without
knowing their passphrase (key rotation); Ed25519 for audit signatures.
"""

from __future__ import annotations

import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12

# DESIGN.md floor: never below 64 MiB / t=3 / p=4, whatever calibration finds.
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MIN_LANES = 4
MAX_MEMORY_KIB = 128 * 1024  # past this, iterations grow instead (keeps the app under 300 MB)


class DecryptionFailed(Exception):
    """Authentication failed: wrong key, or the bytes were changed."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, stored in each key slot so it can be raised later."""

    salt: bytes
    iterations: int = MIN_ITERATIONS
    lanes: int = MIN_LANES
    memory_kib: int = MIN_MEMORY_KIB

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["salt"] = self.salt.hex()
        data["name"] = "argon2id"
        return data

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        if data.get("name") != "argon2id":
            raise ValueError("unknown key derivation")
        return cls(
            salt=bytes.fromhex(str(data["salt"])),
            iterations=int(str(data["iterations"])),
            lanes=int(str(data["lanes"])),
            memory_kib=int(str(data["memory_kib"])),
        )

    def with_new_salt(self) -> KdfParams:
        return KdfParams(os.urandom(16), self.iterations, self.lanes, self.memory_kib)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so the same words typed on another keyboard or OS give the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_passphrase_key(passphrase: str, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


CALIBRATION_BAND = 0.85  # a cost is kept once it takes at least this share of the target


def calibrate_kdf(target_seconds: float = 0.45, clock: Callable[[], float] = time.perf_counter) -> KdfParams:
    """Find Argon2id cost that takes about target_seconds here, never below the floor.

    Memory grows first (it is what hurts an attacker's GPU most), then iterations. A cost is kept
    only when two runs both take at least CALIBRATION_BAND of the target: one run slowed by a busy
    moment would otherwise keep a cost that later unlocks in well under the 0.3 s DESIGN.md asks.
    """
    params = KdfParams(os.urandom(16))
    for _ in range(12):
        elapsed = _timed_derivation(params, clock)
        if elapsed >= target_seconds * CALIBRATION_BAND:
            elapsed = min(elapsed, _timed_derivation(params, clock))
            if elapsed >= target_seconds * CALIBRATION_BAND:
                return params
        params = _grown(params, max(1.2, min(4.0, target_seconds / max(elapsed, 1e-3))))
    return params


def _timed_derivation(params: KdfParams, clock: Callable[[], float]) -> float:
    started = clock()
    derive_passphrase_key("calibration passphrase", params)
    return clock() - started


def _grown(params: KdfParams, factor: float) -> KdfParams:
    memory = min(MAX_MEMORY_KIB, int(params.memory_kib * factor))
    iterations = params.iterations
    if memory == params.memory_kib:
        iterations = int(iterations * factor) + 1
    return KdfParams(params.salt, iterations, params.lanes, memory)


def hkdf(key_material: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(key_material)


def seal(key: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
    """AES-256-GCM; returns nonce + ciphertext + tag."""
    return seal_with(AESGCM(key), plaintext, associated_data)


def seal_with(cipher: AESGCM, plaintext: bytes, associated_data: bytes) -> bytes:
    """seal with a cipher object made once, for loops over many fields (random 96-bit nonce each)."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + cipher.encrypt(nonce, plaintext, associated_data)


def open_sealed(key: bytes, sealed: bytes, associated_data: bytes) -> bytes:
    return open_sealed_with(AESGCM(key), sealed, associated_data)


def open_sealed_with(cipher: AESGCM, sealed: bytes, associated_data: bytes) -> bytes:
    """open_sealed with a cipher object made once, for loops over many fields."""
    if len(sealed) < NONCE_BYTES + 16:
        raise DecryptionFailed("too short")
    try:
        return cipher.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated_data)
    except InvalidTag as exc:
        raise DecryptionFailed("authentication failed") from exc


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


# --- X25519 "sealed box": encrypt to a colleague's public key -----------------------------


def new_box_keypair() -> tuple[bytes, bytes]:
    """Returns (private, public) raw 32-byte X25519 keys."""
    private = X25519PrivateKey.generate()
    return _raw_private(private), _raw_public(private.public_key())


def seal_to(public_key: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    ephemeral_public = _raw_public(ephemeral.public_key())
    key = hkdf(shared, b"shop-box|" + ephemeral_public + public_key)
    return ephemeral_public + seal(key, plaintext, associated_data)


def open_box(private_key: bytes, sealed: bytes, associated_data: bytes) -> bytes:
    if len(sealed) < 32 + NONCE_BYTES + 16:
        raise DecryptionFailed("too short")
    private = X25519PrivateKey.from_private_bytes(private_key)
    ephemeral_public = sealed[:32]
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:  # a low-order point (e.g. 32 zero bytes): no shared key, so not ours to open
        raise DecryptionFailed("no shared key") from None
    key = hkdf(shared, b"shop-box|" + ephemeral_public + _raw_public(private.public_key()))
    return open_sealed(key, sealed[32:], associated_data)


# --- Ed25519 signatures for the audit trail ----------------------------------------------


def new_signing_keypair() -> tuple[bytes, bytes]:
    private = Ed25519PrivateKey.generate()
    return _raw_private(private), _raw_public(private.public_key())


def sign(private_key: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(message)


def signature_valid(public_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except Exception:  # InvalidSignature, or a malformed key/signature
        return False
    return True


def _raw_private(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def _raw_public(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def box_public_of(private_key: bytes) -> bytes:
    return _raw_public(X25519PrivateKey.from_private_bytes(private_key).public_key())


def sign_public_of(private_key: bytes) -> bytes:
    return _raw_public(Ed25519PrivateKey.from_private_bytes(private_key).public_key())
