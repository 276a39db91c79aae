"""Encrypted backup files: made in one click, verified before "done", restored only after every check.

The format is in docs/backup-format.md. In short: a plaintext but authenticated header (what the
backup holds, the key file of the day), then the SQLCipher snapshot encrypted again in AES-GCM
chunks whose nonce carries a counter and a last-chunk flag, so a truncated, reordered, shortened
or lengthened file is refused. The snapshot copies the still-encrypted database files under a brief
write lock, so no plaintext page is ever written to disk, and restoring decrypts into a keyed file too.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from cryptography.exceptions import InvalidTag

from shop_desktop import __version__
from shop_desktop.core import audit, crypto, db, journal, keyfile
from shop_desktop.core.backup_disk import SNAPSHOT_PREFIX, check_room, tidy_after_backups
from shop_desktop.core.errors import (
    BackupProblem,
    Cancelled,
    InvalidInput,
    VaultError,
    VaultTooNew,
    WrongPassphrase,
    explained,
    is_wrong_key,
    raise_plain,
)
from shop_desktop.core.instance_lock import BACKUP_LOCK_NAME, InstanceLock
from shop_desktop.core.keyfile import KeyFile, SlotSecrets
from shop_desktop.core.recovery import parse_recovery_key
from shop_desktop.core.roles import Permission
from shop_desktop.core.vault import (
    DB_NAME,
    KEYS_NAME,
    RECOVERY_USER_ID,
    Vault,
    unlock_slot,
)

MAGIC = b"SHOPBAK\n"
FORMAT_VERSION = 1
CHUNK_SIZE = 64 * 1024
PREFIX_SIZE = 7
TAG_SIZE = 16
SUFFIX = ".shopbackup"
_FIXED = struct.Struct(">8sHI")  # magic, format version, header length
_CHUNK_LEN = struct.Struct(">I")
MAX_HEADER = 4 * 1024 * 1024
Progress = Callable[[float, str], None]
NoProgress: Progress = lambda _fraction, _words: None  # noqa: E731
NeverCancelled: Callable[[], bool] = lambda: False  # noqa: E731

SNAPSHOTTING = "copying the vault for the backup"
NOT_WRITTEN_VAULT_UNCHANGED = "No backup was written; the vault is unchanged."
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


@dataclass(frozen=True)
class BackupResult:
    path: Path
    fingerprint: str
    size: int
    header: BackupHeader
    note: str = ""  # something the person should know although the backup is good


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


# --- making a backup ------------------------------------------------------------------------


@dataclass
class BackupPlan:
    """Everything the worker needs, taken from the session on its own thread (no widget, no conn)."""

    folder: Path
    out_dir: Path
    data_key: bytes = field(repr=False)
    data_epoch: int
    key_file_bytes: bytes = field(repr=False)
    made_by: str
    centre_name: str
    actor_id: int
    sign_private: bytes = field(repr=False)
    root_public: bytes = b""


def prepare_backup(vault: Vault, out_dir: Path) -> BackupPlan:
    """Check the permission and the folder; the backup itself runs in make_backup (a worker)."""
    vault.require(Permission.BACKUP)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise InvalidInput(f"The folder {out_dir} isn't there. Plug in the USB stick or choose another folder.")
    if out_dir.resolve() == vault.folder.resolve():
        raise InvalidInput("Choose a folder other than the vault's own: a backup must survive losing this PC.")
    from shop_desktop.core import settings

    vault.anchor_in_manifest()  # this head is now signed into the key file and carried in the backup (T8)
    return BackupPlan(
        folder=vault.folder,
        out_dir=out_dir,
        data_key=vault.data_key,
        data_epoch=vault.open_epoch,
        key_file_bytes=(vault.folder / KEYS_NAME).read_bytes(),
        made_by=vault.user.display_name,
        centre_name=settings.get(vault, "centre_name"),
        actor_id=vault.user.id,
        sign_private=vault.secrets.sign_private,
        root_public=vault.keys.root_public,
    )


def make_backup(
    plan: BackupPlan, progress: Progress = NoProgress, cancelled: Callable[[], bool] = NeverCancelled
) -> BackupResult:
    """Snapshot, encrypt into NAME.partial, fsync, rename, read it all back and verify, then audit.

    One backup of a vault at a time (its backup lock, which a restore takes too); the app may be
    signed in meanwhile (see instance_lock)."""
    with InstanceLock(plan.folder, BACKUP_LOCK_NAME):
        tidy_after_backups(plan.folder, plan.out_dir, str(json.loads(plan.key_file_bytes).get("vault_id", "")))
        check_room(plan)
        final, fingerprint, header = _snapshot_and_write(plan, progress, cancelled)
        progress(0.9, "Reading the backup back to check it…")
        _read_back(plan, final, progress)
        size = final.stat().st_size
        note = _record_made(plan, fingerprint, size)
    progress(1.0, "Done")
    return BackupResult(final, fingerprint, size, header, note)


def _snapshot_and_write(
    plan: BackupPlan, progress: Progress, cancelled: Callable[[], bool]
) -> tuple[Path, str, BackupHeader]:
    snapshot = plan.folder / f"{SNAPSHOT_PREFIX}{secrets.token_hex(4)}"
    try:
        progress(0.0, "Taking a snapshot of the vault…")
        counts, head, schema = _snapshot(plan, snapshot, cancelled)
        header = _new_header(plan, counts, head, schema, snapshot.stat().st_size)
        final = _final_name(plan)
        fingerprint = _write_container(header, plan.data_key, snapshot, final, progress, cancelled)
    finally:
        remove_db_files(snapshot)
    return final, fingerprint, header


def _read_back(plan: BackupPlan, final: Path, progress: Progress) -> None:
    """Every chunk opened again from the drive. The file has its final name now: a failure says so."""
    try:  # not cancellable: a file with its final name is either checked or said to be untrusted
        opened = _opened_with_key(final, plan.data_key, plan.actor_id)
        check_body(opened, None, scaled_progress(progress, 0.9, 1.0), NeverCancelled)
    except OSError as error:
        raise_plain(error, plan.out_dir, "checking the new backup", _untrusted(final))
    except (BackupProblem, WrongPassphrase):  # the key is the one it was written with: the bytes came back wrong
        raise BackupProblem(
            f"The new backup doesn't read back as it was written, so the USB stick may be failing. {_untrusted(final)}"
        ) from None


def _untrusted(final: Path) -> str:
    return (
        f"The file {final.name} is there but can't be trusted: back up again (to another USB stick if you can), "
        "then delete it."
    )


def _record_made(plan: BackupPlan, fingerprint: str, size: int) -> str:
    """The audit entry; a vault disk that fails now doesn't undo a backup that is written and checked."""
    try:
        _audit_from_worker(plan, "backup.made", fingerprint=fingerprint, size=size)
    except (OSError, db.DatabaseError) as error:
        plain = explained(error, plan.folder, "noting the backup in the audit trail", "")
        if plain is error:
            raise
        return f"The backup itself is good, but it couldn't be noted in the vault: {plain}"
    return ""


def _snapshot(
    plan: BackupPlan, target: Path, cancelled: Callable[[], bool]
) -> tuple[dict[str, int], dict[str, Any], int]:
    """A consistent, still-encrypted copy of the vault, then what the header needs from it.

    SQLite's online backup API would decrypt and re-encrypt every page (8x slower here). Instead the
    encrypted files are copied as they are while a write transaction holds other writers back for
    that moment, and the copy is opened as after a power cut: SQLite replays its WAL."""
    source = db.connect(plan.folder / DB_NAME, plan.data_key, check_same_thread=False)
    try:
        source.execute("PRAGMA busy_timeout = 5000")
        source.execute("BEGIN IMMEDIATE")
        try:
            for suffix in ("", "-wal"):
                if Path(f"{plan.folder / DB_NAME}{suffix}").exists():
                    _copy_file(Path(f"{plan.folder / DB_NAME}{suffix}"), Path(f"{target}{suffix}"), cancelled)
        finally:
            source.execute("ROLLBACK")
    finally:
        source.close()
    try:
        copy = db.connect(target, plan.data_key, check_same_thread=False)
        try:
            copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            counts = table_counts(copy)
            head_id, head_hash = audit.head(copy)
            schema = int(copy.execute("PRAGMA user_version").fetchone()[0])
            seen = copy.execute("SELECT value FROM meta WHERE key = 'keyfile_generation'").fetchone()
        finally:
            copy.close()
    except db.DatabaseError as error:
        if is_wrong_key(error):  # the vault was re-keyed (an account disabled) while the copy was taken
            raise BackupProblem("Staff accounts changed while the backup ran. Please back up again.") from None
        raise_plain(error, plan.folder, SNAPSHOTTING, NOT_WRITTEN_VAULT_UNCHANGED)
    if seen and int(seen[0]) > int(json.loads(plan.key_file_bytes)["manifest"]["generation"]):
        raise BackupProblem("Staff accounts changed while the backup ran. Please back up again.")
    return counts, {"id": head_id, "hash": head_hash}, schema


def _copy_file(source: Path, target: Path, cancelled: Callable[[], bool]) -> None:
    try:
        with open(source, "rb") as reading, journal.open_new(target) as writing:
            for block in iter(lambda: reading.read(1 << 20), b""):
                stop_if(cancelled)
                writing.write(block)
    except OSError as error:
        raise_plain(error, target.parent, SNAPSHOTTING, NOT_WRITTEN_VAULT_UNCHANGED)


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


def _new_header(
    plan: BackupPlan, counts: dict[str, int], head: dict[str, Any], schema: int, body_size: int
) -> BackupHeader:
    unsigned = BackupHeader(
        format_version=FORMAT_VERSION,
        app_version=__version__,
        schema_version=schema,
        made_at=datetime.now().isoformat(timespec="seconds"),
        made_by=plan.made_by,
        centre_name=plan.centre_name,
        counts=counts,
        audit_head=head,
        data_epoch=plan.data_epoch,
        keys=json.loads(plan.key_file_bytes),
        salt=os.urandom(16),
        nonce_prefix=os.urandom(PREFIX_SIZE),
        body_size=body_size,
        chunks=max(1, -(-body_size // CHUNK_SIZE)),
        root_public=plan.root_public,
        maker_id=plan.actor_id,
    )
    return replace(unsigned, maker_signature=crypto.sign(plan.sign_private, unsigned.signed_part()))


def _final_name(plan: BackupPlan) -> Path:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", plan.centre_name).strip("-")[:40] or "centre"
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    path = plan.out_dir / f"SHOP-backup-{slug}-{stamp}{SUFFIX}"
    for n in range(2, 100):
        if not path.exists():
            return path
        path = plan.out_dir / f"SHOP-backup-{slug}-{stamp}-{n}{SUFFIX}"
    raise BackupProblem("Too many backups with the same time in that folder.")


def _write_container(
    header: BackupHeader,
    data_key: bytes,
    snapshot: Path,
    final: Path,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> str:
    """Write NAME.partial, fsync, rename; returns the fingerprint of the bytes written.

    The read-back that follows opens every chunk and the header, so the file on disk is then known
    to be these bytes (the fingerprint need not be computed by reading it a second time)."""
    partial = final.with_name(final.name + ".partial")
    written = hashlib.sha256()
    header_bytes = header.to_json()
    digest = _header_digest(header_bytes)
    cipher = crypto.AESGCM(body_key(header, data_key))
    try:
        with journal.open_new(partial) as out, open(snapshot, "rb") as body:
            out.write(start := _FIXED.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes)
            written.update(start)
            pending = bytearray()  # written a megabyte at a time: twice as fast as chunk by chunk
            for index, chunk in enumerate(_chunks(body, header.chunks)):
                stop_if(cancelled)
                nonce = chunk_nonce(header.nonce_prefix, index, index == header.chunks - 1)
                pending += _CHUNK_LEN.pack(len(chunk) + TAG_SIZE) + cipher.encrypt(nonce, chunk, digest)
                if len(pending) >= 1 << 20 or index == header.chunks - 1:
                    out.write(pending)
                    written.update(pending)
                    pending = bytearray()
                progress(0.1 + 0.8 * (index + 1) / header.chunks, "Encrypting and writing…")
            out.sync()
        journal.replace(partial, final)
    except OSError as error:
        _remove_quietly(partial)
        raise_plain(error, final.parent, "writing the backup", "No backup was written.")
    except BaseException:
        _remove_quietly(partial)
        raise
    try:
        journal.fsync_folder(final.parent)
    except OSError as error:  # the file has its final name: never say "not written"
        raise_plain(error, final.parent, "writing the backup", _untrusted(final))
    return _short(written.hexdigest())


def _remove_quietly(path: Path) -> None:
    """A partial file goes; if the drive is gone it can't, and the next backup tidies it."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _chunks(body: BinaryIO, count: int) -> Iterator[bytes]:
    for _ in range(count):
        yield body.read(CHUNK_SIZE)


def chunk_nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


def body_key(header: BackupHeader, data_key: bytes) -> bytes:
    return crypto.hkdf(data_key, b"shop-backup-body-v1", salt=header.salt)


def _header_digest(header_bytes: bytes) -> bytes:
    return hashlib.sha256(_FIXED.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes).digest()


def scaled_progress(progress: Progress, start: float, end: float) -> Progress:
    return lambda fraction, words: progress(start + (end - start) * fraction, words)


def file_fingerprint(path: Path) -> str:
    """A short code the coordinator can note down: the same file always gives the same code."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return _short(digest.hexdigest())


def _short(hex_digest: str) -> str:
    text = hex_digest[:16].upper()
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def _audit_from_worker(plan: BackupPlan, action: str, **detail: Any) -> None:
    conn = db.connect(plan.folder / DB_NAME, plan.data_key, check_same_thread=False)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("BEGIN IMMEDIATE")
        audit.append(
            conn,
            actor_id=plan.actor_id,
            sign_private=plan.sign_private,
            action=action,
            subject_type=None,
            subject_id=None,
            detail=detail,
        )
        if action == "backup.made":
            for key, value in (
                ("last_backup_at", datetime.now().isoformat(timespec="seconds")),
                ("last_backup_fingerprint", detail["fingerprint"]),
                ("backup_folder", str(plan.out_dir)),
            ):
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
        conn.execute("COMMIT")
    finally:
        conn.close()


# --- reading a backup -------------------------------------------------------------------------


def read_header(path: Path) -> tuple[BackupHeader, bytes, int]:
    """(header, digest binding it to every chunk, offset of the first chunk). Nothing is trusted yet."""
    try:
        with open(path, "rb") as handle:
            fixed = handle.read(_FIXED.size)
            if len(fixed) < _FIXED.size or not fixed.startswith(MAGIC):
                raise BackupProblem(NOT_A_BACKUP)
            _, version, length = _FIXED.unpack(fixed)
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
    return header, _header_digest(header_bytes), _FIXED.size + length


def open_backup(path: Path, username: str, passphrase: str) -> OpenedBackup:
    """Unlock with a passphrase that was valid when the backup was made."""
    header, digest, offset = read_header(path)
    keys = _header_keys(header)
    slot = keys.slot_for_username(username.strip())
    try:
        if slot is None:
            crypto.derive_passphrase_key(passphrase, crypto.KdfParams(os.urandom(16), **keys.kdf_defaults))
            raise crypto.DecryptionFailed("no such user")
        unlocked = unlock_slot(keys, slot, keyfile.wrapping_key_for_passphrase(slot, passphrase))
    except crypto.DecryptionFailed:
        raise WrongPassphrase(WRONG_SECRET) from None
    except (ValueError, KeyError, TypeError, OverflowError, MemoryError):
        raise BackupProblem(DAMAGED.format(why="its key file is not valid")) from None
    unlocked.data_keys = check_provenance(header, keys, slot, unlocked.secrets)
    return _opened(path, header, digest, offset, unlocked.data_keys, slot.user_id, unlocked.secrets)


def open_backup_with_recovery(path: Path, recovery_text: str) -> OpenedBackup:
    header, digest, offset = read_header(path)
    keys = _header_keys(header)
    slot = keys.recovery_slot
    try:
        unlocked = unlock_slot(
            keys, slot, keyfile.wrapping_key_for_recovery(slot.kdf, parse_recovery_key(recovery_text))
        )
    except crypto.DecryptionFailed:
        raise WrongPassphrase("That recovery key belongs to another vault, or the file is damaged.") from None
    except (ValueError, KeyError, TypeError, OverflowError):
        raise BackupProblem(DAMAGED.format(why="its key file is not valid")) from None
    unlocked.data_keys = check_provenance(header, keys, slot, unlocked.secrets)
    return _opened(path, header, digest, offset, unlocked.data_keys, RECOVERY_USER_ID, unlocked.secrets)


NOT_PROVEN = (
    "This backup can't be shown to come from this vault: its keys are not signed by the vault's "
    "managers. It may have been forged. Nothing was changed. Use another backup."
)


def check_provenance(
    header: BackupHeader, keys: KeyFile, slot: keyfile.KeySlot, secrets_: SlotSecrets
) -> dict[int, bytes]:
    """T7: the key file inside verifies under the root pinned in the opener's own sealed slot, the
    header names that root, and the maker's certified key signed the header. Returns the data keys
    the verified manifest grants this slot (a grant outside it is never used)."""
    from shop_desktop.core import trust

    pinned = secrets_.root_public or header.root_public
    if not pinned or pinned != header.root_public or trust.manifest_problem(keys, pinned):
        raise BackupProblem(NOT_PROVEN)
    maker = next((c for c in keys.certificates if c.user_id == header.maker_id and c.status != keyfile.RETIRED), None)
    if maker is None or not crypto.signature_valid(maker.sign_public, header.maker_signature, header.signed_part()):
        raise BackupProblem(NOT_PROVEN)
    cert = keys.certificate_for_slot(slot.slot_id)
    if cert is None or cert.user_id != slot.user_id or cert.status != keyfile.ACTIVE:
        raise WrongPassphrase(WRONG_SECRET)
    return keyfile.open_grants(slot, keys.vault_id, secrets_.box_private)[0]


def _header_keys(header: BackupHeader) -> KeyFile:
    try:
        return KeyFile.from_json(header.keys)
    except keyfile.OlderFormat:
        raise BackupProblem(
            "This backup was made by an earlier version of SHOP Desktop, before backups carried "
            "signed keys, so it can't be checked. Make a new backup with this version."
        ) from None
    except (ValueError, KeyError, TypeError, VaultError):
        raise BackupProblem(DAMAGED.format(why="its key file is not valid")) from None


def _opened(
    path: Path,
    header: BackupHeader,
    digest: bytes,
    offset: int,
    data_keys: dict[int, bytes],
    user_id: int,
    slot_secrets: SlotSecrets,
) -> OpenedBackup:
    data_key = data_keys.get(header.data_epoch)
    if data_key is None:
        raise WrongPassphrase(WRONG_SECRET)
    opened = OpenedBackup(path, header, digest, offset, data_key, user_id, slot_secrets)
    _first_chunk_opens(opened)
    return opened


def _opened_with_key(path: Path, data_key: bytes, user_id: int) -> OpenedBackup:
    header, digest, offset = read_header(path)
    return OpenedBackup(path, header, digest, offset, data_key, user_id, SlotSecrets(b"", b""))


def _first_chunk_opens(opened: OpenedBackup) -> None:
    """The header is authenticated as part of every chunk: if chunk 0 opens, the header is genuine."""
    for _ in _decrypted_chunks(opened, NeverCancelled, limit=1):
        return


def _decrypted_chunks(
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
    raw_len = handle.read(_CHUNK_LEN.size)
    if len(raw_len) < _CHUNK_LEN.size:
        raise BackupProblem(DAMAGED.format(why="it is shorter than when it was made"))
    (length,) = _CHUNK_LEN.unpack(raw_len)
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
    reads (file_fingerprint would read every byte a second time)."""
    total = 0
    whole = hashlib.sha256()
    for index, chunk in enumerate(_decrypted_chunks(opened, cancelled, whole=whole)):
        total += len(chunk)
        if sink is not None:
            sink.write(chunk)
        progress((index + 1) / opened.header.chunks, "Checking every part of the backup…")
    if total != opened.header.body_size:
        raise BackupProblem(DAMAGED.format(why="its size doesn't match its header"))
    return _short(whole.hexdigest())


# --- the session's view ---------------------------------------------------------------------------


@dataclass(frozen=True)
class LastBackup:
    at: datetime | None
    fingerprint: str
    folder: str

    def age_days(self, now: datetime | None = None) -> float | None:
        if self.at is None:
            return None
        return ((now or datetime.now()) - self.at).total_seconds() / 86_400


def last_backup(vault: Vault) -> LastBackup:
    at = vault.meta("last_backup_at")
    return LastBackup(
        datetime.fromisoformat(at) if at else None, vault.meta("last_backup_fingerprint"), vault.meta("backup_folder")
    )


@dataclass(frozen=True)
class BackupStatus:
    text: str
    overdue: bool


def backup_status(vault: Vault, now: datetime | None = None) -> BackupStatus:
    """The status bar's words: how old the last good backup is, and whether it is overdue."""
    from shop_desktop.core import settings

    last = last_backup(vault)
    days = last.age_days(now)
    if days is None:
        return BackupStatus("⚠ No backup yet", True)
    words = "today" if days < 1 else "yesterday" if days < 2 else f"{int(days)} days ago"
    if days >= settings.get_int(vault, "backup_warning_days"):
        return BackupStatus(f"⚠ Backup overdue: the last one was {words}", True)
    return BackupStatus(f"Last backup: {words}", False)


def remove_db_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
