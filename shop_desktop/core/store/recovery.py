"""The printable recovery key: 256 random bits plus a checksum, typed back by a person.

Crockford's base32 alphabet (no I, L, O, U) in groups of four. When typed back,
case, spaces and dashes do not matter, and O/I/L are read as 0/1/1, so the
common slips are forgiven; a 24-bit checksum catches the rest.
"""

from __future__ import annotations

import hashlib
import os

from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidRecoveryKey

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LOOKALIKES = {"O": "0", "I": "1", "L": "1"}
KEY_BYTES = 32
CHECK_BYTES = 3
GROUP = 4
CHARS = (KEY_BYTES + CHECK_BYTES) * 8 // 5  # 280 bits -> 56 characters, 14 groups


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"shop-recovery-check|" + key).digest()[:CHECK_BYTES]


def format_recovery_key(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("a recovery key is 32 bytes")
    number = int.from_bytes(key + _checksum(key), "big")
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(CHARS))]
    text = "".join(chars)
    return "-".join(text[i : i + GROUP] for i in range(0, CHARS, GROUP))


def new_recovery_key() -> tuple[bytes, str]:
    key = os.urandom(KEY_BYTES)
    return key, format_recovery_key(key)


def parse_recovery_key(typed: str) -> bytes:
    """The key bytes from what a person typed; InvalidRecoveryKey names what is wrong."""
    cleaned = "".join(ch for ch in typed.upper() if not ch.isspace() and ch not in "-_.")
    cleaned = "".join(_LOOKALIKES.get(ch, ch) for ch in cleaned)
    bad = sorted({ch for ch in cleaned if ch not in ALPHABET})
    if bad:
        raise InvalidRecoveryKey(
            f"The recovery key can't contain {', '.join(repr(c) for c in bad)}. Check it against the printed sheet."
        )
    if len(cleaned) != CHARS:
        raise InvalidRecoveryKey(
            f"A recovery key has {CHARS} letters and digits; this one has {len(cleaned)}. "
            "Check that no group is missing or typed twice."
        )
    number = 0
    for ch in cleaned:
        number = (number << 5) | ALPHABET.index(ch)
    raw = number.to_bytes(KEY_BYTES + CHECK_BYTES, "big")
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _checksum(key) != check:
        raise InvalidRecoveryKey(
            QT_TRANSLATE_NOOP(
                "core", "That recovery key has a typo somewhere. Compare each group with the printed sheet."
            )
        )
    return key
