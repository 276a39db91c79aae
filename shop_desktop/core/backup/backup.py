"""Encrypted backup files: made in one click, verified before "done", restored only after every check.

The format is in docs/backup-format.md. In short: a plaintext but authenticated header (what the
backup holds, the key file of the day), then the SQLCipher snapshot encrypted again in AES-GCM
chunks whose nonce carries a counter and a last-chunk flag, so a truncated, reordered, shortened
or lengthened file is refused. The body is the vault's still-encrypted file itself, read in place
while a read transaction holds it still (no copy of it beside the vault), so no plaintext page is
ever written to disk; restoring decrypts into a keyed file too.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, NoReturn

from shop_desktop import __version__
from shop_desktop.core.actions import SIGNED_IN, action
from shop_desktop.core.backup.backup_disk import check_room, tidy_after_backups
from shop_desktop.core.backup.backup_file import (
    CHUNK_LEN,
    CHUNK_SIZE,
    FIXED,
    FORMAT_VERSION,
    MAGIC,
    PREFIX_SIZE,
    SUFFIX,
    TAG_SIZE,
    BackupHeader,
    NeverCancelled,
    NoProgress,
    Progress,
    body_key,
    check_body,
    chunk_nonce,
    drop_from_cache,
    header_digest,
    scaled_progress,
    stop_if,
    table_counts,
)
from shop_desktop.core.backup.backup_file import OpenedBackup as OpenedBackup
from shop_desktop.core.backup.backup_file import file_fingerprint as file_fingerprint  # the screens' and tests' name
from shop_desktop.core.backup.backup_file import read_header as read_header
from shop_desktop.core.backup.backup_open import open_backup as open_backup
from shop_desktop.core.backup.backup_open import open_backup_with_recovery as open_backup_with_recovery
from shop_desktop.core.backup.backup_open import opened_with_key
from shop_desktop.core.errors import (
    BackupProblem,
    InvalidInput,
    WrongPassphrase,
    explained,
    is_wrong_key,
    raise_plain,
)
from shop_desktop.core.roles import Permission
from shop_desktop.core.store import audit, crypto, db, journal
from shop_desktop.core.store.instance_lock import BACKUP_LOCK_NAME, InstanceLock
from shop_desktop.core.store.vault import DB_NAME, KEYS_NAME, Vault

SNAPSHOTTING = "copying the vault for the backup"
NOT_WRITTEN_VAULT_UNCHANGED = "No backup was written; the vault is unchanged."


@dataclass(frozen=True)
class BackupResult:
    path: Path
    fingerprint: str
    size: int
    header: BackupHeader
    note: str = ""  # something the person should know although the backup is good


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


@action(Permission.BACKUP, audits=("backup.made",))  # written by make_backup's worker, on its own connection
def prepare_backup(vault: Vault, out_dir: Path) -> BackupPlan:
    """Check the permission and the folder; the backup itself runs in make_backup (a worker)."""
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
        final, header = _snapshot_and_write(plan, progress, cancelled)
        progress(0.9, "Reading the backup back to check it…")
        fingerprint = _read_back(plan, final, progress)
        size = final.stat().st_size
        note = _record_made(plan, fingerprint, size)
    progress(1.0, "Done")
    return BackupResult(final, fingerprint, size, header, note)


def _snapshot_and_write(
    plan: BackupPlan, progress: Progress, cancelled: Callable[[], bool]
) -> tuple[Path, BackupHeader]:
    progress(0.0, "Taking a snapshot of the vault…")
    with _still_vault(plan, cancelled) as still:
        header = _new_header(plan, still.counts, still.head, still.schema, still.size)
        final = _final_name(plan)
        _write_container(header, plan.data_key, still.body, final, progress, cancelled, still.check_unchanged)
    return final, header


def _read_back(plan: BackupPlan, final: Path, progress: Progress) -> str:
    """Every chunk opened again from the drive, not from the page cache (dropped first, where the
    system allows); returns the fingerprint of the bytes read. The file has its final name now: a
    failure says so."""
    try:  # not cancellable: a file with its final name is either checked or said to be untrusted
        drop_from_cache(final)
        opened = opened_with_key(final, plan.data_key, plan.actor_id)
        return check_body(opened, None, scaled_progress(progress, 0.9, 1.0), NeverCancelled)
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


@dataclass
class _Still:
    """The vault's file as it stood when the backup's read began, and what the header needs of it."""

    body: BinaryIO
    size: int
    counts: dict[str, int]
    head: dict[str, Any]
    schema: int
    stamp: tuple[int, int]

    def check_unchanged(self) -> None:
        """Belt and braces (the read transaction is the mechanism): a file written into meanwhile
        would be a torn backup, so it never gets its final name."""
        if _stamp_of(self.body) != self.stamp:
            raise BackupProblem("The vault changed on disk while the backup read it. Please back up again.")


STILL_SECONDS = 10.0  # how long a long read (a report, a check) or another writer has to end
STILL_WAIT = 0.1


@contextmanager
def _still_vault(plan: BackupPlan, cancelled: Callable[[], bool]) -> Iterator[_Still]:
    """The vault's own still-encrypted file, read in place while it can't change: no copy of it.

    A read transaction begins while every change is written back from the WAL into the file and a
    write transaction holds new ones back for that moment (milliseconds). SQLite never writes into
    the file under a reader whose state the file already is (a checkpoint may copy back only what
    every reader's state holds), so check-ins go on meanwhile, into the WAL, while the backup reads
    the file. It used to copy the file first: as much again written beside the vault, and room
    needed for it. SQLite's online backup API would decrypt and re-encrypt every page (8x slower)."""
    path = plan.folder / DB_NAME
    try:
        body = open(path, "rb")  # noqa: SIM115 (closed below): before the read begins, so both are one file
    except OSError as error:
        raise_plain(error, plan.folder, SNAPSHOTTING, NOT_WRITTEN_VAULT_UNCHANGED)
    with body:
        try:
            reader = db.connect(path, plan.data_key, check_same_thread=False)
        except db.DatabaseError as error:
            _refuse_changed_keys(error, plan)
        try:
            yield _opened_still(reader, body, path, plan, cancelled)
        finally:
            reader.close()  # ends the read: SQLite may write the WAL back into the file again


def _opened_still(
    reader: db.Connection, body: BinaryIO, path: Path, plan: BackupPlan, cancelled: Callable[[], bool]
) -> _Still:
    try:
        reader.execute("PRAGMA busy_timeout = 5000")
        _begin_still(reader, path, plan, cancelled)
        if os.stat(path).st_ino != os.fstat(body.fileno()).st_ino:  # a re-key or a compaction swapped files
            raise BackupProblem(STAFF_CHANGED)
        counts = table_counts(reader)
        head_id, head_hash = audit.head(reader)
        schema = int(reader.execute("PRAGMA user_version").fetchone()[0])
        seen = reader.execute("SELECT value FROM meta WHERE key = 'keyfile_generation'").fetchone()
        pages = int(reader.execute("PRAGMA page_count").fetchone()[0])
        size = pages * int(reader.execute("PRAGMA page_size").fetchone()[0])
        stamp = _stamp_of(body)
    except db.DatabaseError as error:
        _refuse_changed_keys(error, plan)
    except OSError as error:
        raise_plain(error, plan.folder, SNAPSHOTTING, NOT_WRITTEN_VAULT_UNCHANGED)
    if seen and int(seen[0]) > int(json.loads(plan.key_file_bytes)["manifest"]["generation"]):
        raise BackupProblem(STAFF_CHANGED)
    if stamp[0] < size:
        raise BackupProblem(f"The vault's file is shorter than its database says. {NOT_WRITTEN_VAULT_UNCHANGED}")
    return _Still(body, size, counts, {"id": head_id, "hash": head_hash}, schema, stamp)


STAFF_CHANGED = "Staff accounts changed while the backup ran. Please back up again."


def _refuse_changed_keys(error: db.DatabaseError, plan: BackupPlan) -> NoReturn:
    if is_wrong_key(error):  # the vault was re-keyed (an account disabled) since the backup began
        raise BackupProblem(STAFF_CHANGED) from None
    raise_plain(error, plan.folder, SNAPSHOTTING, NOT_WRITTEN_VAULT_UNCHANGED)


def _begin_still(reader: db.Connection, path: Path, plan: BackupPlan, cancelled: Callable[[], bool]) -> None:
    """Begin `reader`'s read with the WAL wholly written back into the file, retrying while a long
    read elsewhere still holds an older state (its part of the WAL can't be written back yet), or
    another writer holds the vault, for STILL_SECONDS."""
    writer = db.connect(path, plan.data_key, check_same_thread=False)
    deadline = time.monotonic() + STILL_SECONDS
    try:
        writer.execute("PRAGMA busy_timeout = 1000")
        while time.monotonic() < deadline:
            stop_if(cancelled)
            try:
                writer.execute("BEGIN IMMEDIATE")  # check-ins wait this moment: nothing new reaches the WAL
            except db.OperationalError as error:
                if not is_busy(error):
                    raise
                continue  # another writer's long change: try again, until the deadline
            try:
                busy, in_wal, written_back = reader.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                if not busy and in_wal == written_back:
                    reader.execute("BEGIN")
                    reader.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read begins here
                    return
            finally:
                writer.execute("ROLLBACK")
            time.sleep(STILL_WAIT)
    finally:
        writer.close()
    raise BackupProblem(
        "The vault is busy with a long job (a report or a check of the audit trail). Let it finish, "
        f"then back up again. {NOT_WRITTEN_VAULT_UNCHANGED}"
    )


def is_busy(error: db.OperationalError) -> bool:
    words = str(error).lower()
    return "locked" in words or "busy" in words


def _stamp_of(body: BinaryIO) -> tuple[int, int]:
    status = os.fstat(body.fileno())
    return status.st_size, status.st_mtime_ns


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
    body: BinaryIO,
    final: Path,
    progress: Progress,
    cancelled: Callable[[], bool],
    before_rename: Callable[[], None] = lambda: None,
) -> None:
    """Write NAME.partial from `body` (header.body_size bytes from its start), fsync, check with
    `before_rename`, rename. Its fingerprint is taken by the read-back, from the drive."""
    partial = final.with_name(final.name + ".partial")
    try:
        with journal.open_new(partial) as out:
            body.seek(0)
            _encrypt_into(out, body, header, data_key, progress, cancelled)
            out.sync()
        before_rename()
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


def _encrypt_into(
    out: Any, body: BinaryIO, header: BackupHeader, data_key: bytes, progress: Progress, cancelled: Callable[[], bool]
) -> None:
    header_bytes = header.to_json()
    digest = header_digest(header_bytes)
    cipher = crypto.AESGCM(body_key(header, data_key))
    out.write(FIXED.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes)
    pending = bytearray()  # written a megabyte at a time: twice as fast as chunk by chunk
    for index, chunk in enumerate(_chunks(body, header.body_size, header.chunks)):
        stop_if(cancelled)
        nonce = chunk_nonce(header.nonce_prefix, index, index == header.chunks - 1)
        pending += CHUNK_LEN.pack(len(chunk) + TAG_SIZE) + cipher.encrypt(nonce, chunk, digest)
        if len(pending) >= 1 << 20 or index == header.chunks - 1:
            out.write(pending)
            pending = bytearray()
        progress(0.1 + 0.8 * (index + 1) / header.chunks, "Encrypting and writing…")


def _remove_quietly(path: Path) -> None:
    """A partial file goes; if the drive is gone it can't, and the next backup tidies it."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _chunks(body: BinaryIO, size: int, count: int) -> Iterator[bytes]:
    """`count` chunks of the body's first `size` bytes (the vault's file may run on past its database)."""
    left = size
    for _ in range(count):
        chunk = body.read(min(CHUNK_SIZE, left))
        if len(chunk) != min(CHUNK_SIZE, left):
            raise BackupProblem("The vault's file got shorter while the backup read it. Please back up again.")
        left -= len(chunk)
        yield chunk


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
        # What the desk wrote meanwhile goes back into the file now, an erasure's too: its own
        # write-back (db.write_back) may have given up while this backup read the file.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


@dataclass(frozen=True)
class LastBackup:
    at: datetime | None
    fingerprint: str
    folder: str

    def age_days(self, now: datetime | None = None) -> float | None:
        if self.at is None:
            return None
        return ((now or datetime.now()) - self.at).total_seconds() / 86_400


@action(SIGNED_IN, audits=())
def last_backup(vault: Vault) -> LastBackup:
    at = vault.meta("last_backup_at")
    return LastBackup(
        datetime.fromisoformat(at) if at else None, vault.meta("last_backup_fingerprint"), vault.meta("backup_folder")
    )


@dataclass(frozen=True)
class BackupStatus:
    text: str
    overdue: bool


@action(SIGNED_IN, audits=())
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
