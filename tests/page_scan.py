"""Every page of a SQLCipher file (and its WAL), decrypted with the data key, as plain bytes: what an
insider holding the data key could read from the file, free pages and old WAL frames included.

SQLCipher 4 defaults: 4096-byte pages; each page ends with a reserve of 80 bytes (a 16-byte IV, then
a 64-byte HMAC-SHA512); AES-256-CBC under the raw key over the rest. Page 1 starts with the
file's 16-byte salt, which is not encrypted. The HMAC is not checked here: this reads, it does not
verify. `decrypted_pages` checks itself on page 1 (page size and reserve in the header), so a wrong
key or layout fails loudly instead of "finding nothing".
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE, RESERVE, SALT = 4096, 80, 16
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = page[SALT if first else 0 : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    data = path.read_bytes()
    assert len(data) % PAGE == 0, f"{path.name} is not whole pages"
    pages = [_decrypt(data[n : n + PAGE], key, n == 0) for n in range(0, len(data), PAGE)]
    header = pages[0]  # the plaintext header from its byte 16: page size (2 bytes), versions, reserve
    assert header[0:2] == PAGE.to_bytes(2, "big") and header[4] == RESERVE, "page 1 did not decrypt"
    return pages


def decrypted_wal_frames(path: Path, key: bytes) -> list[bytes]:
    if not path.exists() or path.stat().st_size == 0:
        return []
    data = path.read_bytes()
    frames = []
    for start in range(WAL_HEADER, len(data) - FRAME_HEADER - PAGE + 1, FRAME_HEADER + PAGE):
        number = int.from_bytes(data[start : start + 4], "big")
        page = data[start + FRAME_HEADER : start + FRAME_HEADER + PAGE]
        frames.append(_decrypt(page, key, number == 1))
    return frames


def vault_plaintext(folder: Path, key: bytes) -> bytes:
    """The database file's and its WAL's decrypted bytes, joined (pages separated by a zero page)."""
    pages = decrypted_pages(folder / "shop.db", key) + decrypted_wal_frames(folder / "shop.db-wal", key)
    return b"\0".join(pages)


def raw_bytes(folder: Path) -> bytes:
    """The files as they sit on disk (for sealed blobs, which are stored as-is inside the pages)."""
    return b"".join((folder / n).read_bytes() for n in ("shop.db", "shop.db-wal") if (folder / n).exists())
