"""The backup file's format: its authenticated header and AES-GCM chunks, read and checked.

See docs/backup-format.md. Making a backup is in backup.py; opening one with a passphrase or the
recovery key (and proving where it came from, T7) in backup_open.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from cryptography.exceptions import InvalidTag

from shop_desktop.core.errors import (
    BackupProblem,
    Cancelled,
    VaultTooNew,
    WrongPassphrase,
    raise_plain,
)
from shop_desktop.core.store import crypto, db
from shop_desktop.core.store.keyfile import SlotSecrets

MAGIC = b"SHOPBAK\n"


FORMAT_VERSION = 1


CHUNK_SIZE = 64 * 1024


PREFIX_SIZE = 7


TAG_SIZE = 16


SUFFIX = ".shopbackup"


FIXED = struct.Struct(">8sHI")  # magic, format version, header length


CHUNK_LEN = struct.Struct(">I")


MAX_HEADER = 4 * 1024 * 1024


Progress = Callable[[float, str], None]


NoProgress: Progress = lambda _fraction, _words: None  # noqa: E731


NeverCancelled: Callable[[], bool] = lambda: False  # noqa: E731


NOT_A_BACKUP = "This file is not a SHOP Desktop backup. Choose a file whose name ends in .shopbackup."


DAMAGED = (
    "This backup file is damaged or incomplete ({why}), so it can't be used. Nothing was changed. Try another backup."
)


WRONG_SECRET = (
    "That user name and passphrase don't open this backup, or the file is damaged. "
    "Use a passphrase that was valid when the backup was made, or the recovery key."
)


@dataclass(frozen=True)
class BackupHeader:
    format_version: int
    app_version: str
    schema_version: int
    made_at: str
    made_by: str
    centre_name: str
    counts: dict[str, int]
    audit_head: dict[str, Any]
    data_epoch: int
    keys: dict[str, Any]
    salt: bytes
    nonce_prefix: bytes
    body_size: int
    chunks: int
    root_public: bytes = b""  # the vault root the key file inside is signed by (T7)
    maker_id: int = -1
    maker_signature: bytes = b""  # by the maker's certified key, over the header without it

    def signed_part(self) -> bytes:
        return b"shop-backup-header|" + replace(self, maker_signature=b"").to_json()

    def to_json(self) -> bytes:
        data = {
            "format_version": self.format_version,
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "made_at": self.made_at,
            "made_by": self.made_by,
            "centre_name": self.centre_name,
            "counts": self.counts,
            "audit_head": self.audit_head,
            "data_epoch": self.data_epoch,
            "key_file": self.keys,
            "salt": self.salt.hex(),
            "nonce_prefix": self.nonce_prefix.hex(),
            "body_size": self.body_size,
            "chunks": self.chunks,
            "root_public": self.root_public.hex(),
            "maker_id": self.maker_id,
            "maker_signature": self.maker_signature.hex(),
        }
        return json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> BackupHeader:
        data = json.loads(raw.decode("utf-8"))
        return cls(
            int(data["format_version"]),
            str(data["app_version"]),
            int(data["schema_version"]),
            str(data["made_at"]),
            str(data["made_by"]),
            str(data["centre_name"]),
            {str(k): int(v) for k, v in data["counts"].items()},
            dict(data["audit_head"]),
            int(data["data_epoch"]),
            dict(data["key_file"]),
            bytes.fromhex(data["salt"]),
            bytes.fromhex(data["nonce_prefix"]),
            int(data["body_size"]),
            int(data["chunks"]),
            bytes.fromhex(data.get("root_public", "")),
            int(data.get("maker_id", -1)),
            bytes.fromhex(data.get("maker_signature", "")),
        )


@dataclass
class OpenedBackup:
    """A backup file whose header checked out and whose keys a passphrase (or recovery key) opened."""

    path: Path
    header: BackupHeader
    header_digest: bytes
    body_offset: int
    data_key: bytes
    user_id: int
    secrets: SlotSecrets = field(repr=False)


def stop_if(cancelled: Callable[[], bool]) -> None:
    if cancelled():
        raise Cancelled()


def table_counts(conn: db.Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def chunk_nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


def body_key(header: BackupHeader, data_key: bytes) -> bytes:
    return crypto.hkdf(data_key, b"shop-backup-body-v1", salt=header.salt)


def header_digest(header_bytes: bytes) -> bytes:
    return hashlib.sha256(FIXED.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes).digest()


def scaled_progress(progress: Progress, start: float, end: float) -> Progress:
    return lambda fraction, words: progress(start + (end - start) * fraction, words)


def drop_from_cache(path: Path) -> None:
    """Ask the system to forget its cached copy of a file (already fsynced), so the next read comes
    from the drive itself: a read-back that checks the USB stick, not memory. Where the system has
    no posix_fadvise (Windows), the read-back may be served from memory; the chunks are still opened."""
    if not hasattr(os, "posix_fadvise"):
        return
    with open(path, "rb") as handle:
        os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def file_fingerprint(path: Path) -> str:
    """A short code the coordinator can note down: the same file always gives the same code."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return short_code(digest.hexdigest())


def short_code(hex_digest: str) -> str:
    text = hex_digest[:16].upper()
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def read_header(path: Path) -> tuple[BackupHeader, bytes, int]:
    """(header, digest binding it to every chunk, offset of the first chunk). Nothing is trusted yet."""
    try:
        with open(path, "rb") as handle:
            fixed = handle.read(FIXED.size)
            if len(fixed) < FIXED.size or not fixed.startswith(MAGIC):
                raise BackupProblem(NOT_A_BACKUP)
            _, version, length = FIXED.unpack(fixed)
            if version > FORMAT_VERSION:
                raise VaultTooNew(
                    "This backup was made by a newer version of SHOP Desktop. Update the app "
                    "on this PC first, then restore."
                )
            if version < 1 or length > MAX_HEADER:
                raise BackupProblem(DAMAGED.format(why="its header is not valid"))
            header_bytes = handle.read(length)
    except OSError as error:
        raise_plain(error, path.parent, "reading the backup file", "Nothing was changed.")
    if len(header_bytes) != length:
        raise BackupProblem(DAMAGED.format(why="it ends inside its header"))
    try:
        header = BackupHeader.from_json(header_bytes)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise BackupProblem(DAMAGED.format(why="its header is not valid")) from None
    if header.format_version != version or len(header.nonce_prefix) != PREFIX_SIZE or header.chunks < 1:
        raise BackupProblem(DAMAGED.format(why="its header is not valid"))
    return header, header_digest(header_bytes), FIXED.size + length


def decrypted_chunks(
    opened: OpenedBackup, cancelled: Callable[[], bool], limit: int | None = None, whole: Any = None
) -> Iterator[bytes]:
    """Each chunk opened in order; `whole` (a hashlib object) is fed every byte of the file as read."""
    header = opened.header
    cipher = crypto.AESGCM(body_key(header, opened.data_key))
    try:
        handle = open(opened.path, "rb")
    except OSError as error:
        raise_plain(error, opened.path.parent, "reading the backup file", "Nothing was changed.")
    with handle:
        if whole is not None:
            whole.update(handle.read(opened.body_offset))
        handle.seek(opened.body_offset)
        for index in range(header.chunks if limit is None else min(limit, header.chunks)):
            stop_if(cancelled)
            yield _open_chunk(handle, cipher, opened, index, whole)
        if limit is None and handle.read(1):
            raise BackupProblem(DAMAGED.format(why="it has extra bytes after its end"))


def _open_chunk(handle: BinaryIO, cipher: crypto.AESGCM, opened: OpenedBackup, index: int, whole: Any) -> bytes:
    header = opened.header
    raw_len = handle.read(CHUNK_LEN.size)
    if len(raw_len) < CHUNK_LEN.size:
        raise BackupProblem(DAMAGED.format(why="it is shorter than when it was made"))
    (length,) = CHUNK_LEN.unpack(raw_len)
    if length > CHUNK_SIZE + TAG_SIZE or length < TAG_SIZE:
        raise BackupProblem(DAMAGED.format(why=f"part {index + 1} has an impossible size"))
    sealed = handle.read(length)
    if len(sealed) < length:
        raise BackupProblem(DAMAGED.format(why="it is shorter than when it was made"))
    if whole is not None:
        whole.update(raw_len)
        whole.update(sealed)
    nonce = chunk_nonce(header.nonce_prefix, index, index == header.chunks - 1)
    try:
        return cipher.decrypt(nonce, sealed, opened.header_digest)
    except InvalidTag:
        if index == 0:
            raise WrongPassphrase(WRONG_SECRET) from None
        raise BackupProblem(DAMAGED.format(why=f"part {index + 1} of {header.chunks} doesn't check out")) from None


class Sink(Protocol):
    def write(self, data: bytes) -> int: ...


def check_body(opened: OpenedBackup, sink: Sink | None, progress: Progress, cancelled: Callable[[], bool]) -> str:
    """Open every chunk (into `sink` if given); returns the file's fingerprint, hashed from the same
    reads (file_fingerprint would read every byte a second time), on a thread of its own."""
    total = 0
    whole = HashedAside()
    try:
        for index, chunk in enumerate(decrypted_chunks(opened, cancelled, whole=whole)):
            total += len(chunk)
            if sink is not None:
                sink.write(chunk)
            progress((index + 1) / opened.header.chunks, "Checking every part of the backup…")
        if total != opened.header.body_size:
            raise BackupProblem(DAMAGED.format(why="its size doesn't match its header"))
    finally:
        digest = whole.hexdigest()
    return short_code(digest)


class HashedAside:
    """SHA-256 of what it is given, computed on a thread of its own while the reads and AES-GCM go
    on here: hashlib lets go of the GIL for big buffers, and SHA-256 (1.8 GB/s here) is most of a
    read-back's time (a 447 MB backup: 0.25 s of 0.38 s)."""

    BLOCK = 4 << 20  # handed over in blocks this big: each hand-over waits for the GIL

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=4)  # at most 16 MiB waiting
        self._thread = threading.Thread(target=self._run, name="backup-fingerprint", daemon=True)
        self._thread.start()
        self._pending = bytearray()
        self._digest = ""

    def update(self, data: bytes) -> None:
        self._pending += data
        if len(self._pending) >= self.BLOCK:
            self._hand_over(bytes(self._pending))
            self._pending = bytearray()

    def _hand_over(self, item: bytes | None) -> None:
        while self._thread.is_alive():  # a thread that died (out of memory) never hangs the job
            try:
                self._queue.put(item, timeout=1.0)
                return
            except queue.Full:
                continue
        raise BackupProblem("The backup's fingerprint couldn't be computed. Please try again.")

    def _run(self) -> None:
        while (data := self._queue.get()) is not None:
            self._hash.update(data)

    def hexdigest(self) -> str:
        """Waits for what was given so far (and ends the thread: nothing more may be given)."""
        if not self._digest:
            self._hand_over(bytes(self._pending))
            self._hand_over(None)
            self._thread.join()
            self._digest = self._hash.hexdigest()
        return self._digest


def remove_db_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
