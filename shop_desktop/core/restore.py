"""Verifying and restoring a backup file: every check in DESIGN.md before anything changes.

The file format and how a backup is opened are in backup.py and docs/backup-format.md.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from shop_desktop.core import audit, db, keyfile, migrations, trust
from shop_desktop.core.backup import (
    DAMAGED,
    NeverCancelled,
    NoProgress,
    OpenedBackup,
    Progress,
    check_body,
    file_fingerprint,
    remove_db_files,
    scaled_progress,
    stop_if,
    table_counts,
    write_problem,
)
from shop_desktop.core.errors import BackupProblem, InvalidInput, PermissionDenied, VaultError
from shop_desktop.core.instance_lock import InstanceLock
from shop_desktop.core.places import DB_NAME, KEYS_NAME, vault_exists
from shop_desktop.core.roles import Permission, allowed
from shop_desktop.core.vault import Vault


@dataclass(frozen=True)
class RestoreResult:
    folder: Path
    kept_old: Path | None
    counts: dict[str, int]


def verify_backup(
    opened: OpenedBackup, progress: Progress = NoProgress, cancelled: Callable[[], bool] = NeverCancelled
) -> str:
    """Every check a restore makes, into a throwaway keyed file; returns the file's fingerprint."""
    with tempfile.TemporaryDirectory(prefix="shop-verify-") as scratch:
        target = Path(scratch) / DB_NAME
        _decrypt_and_check(opened, target, progress, cancelled)
    return file_fingerprint(opened.path)


def _decrypt_and_check(
    opened: OpenedBackup, target: Path, progress: Progress, cancelled: Callable[[], bool]
) -> dict[str, int]:
    """Decrypt the body (it is still a SQLCipher file) and run every check in DESIGN.md."""
    try:
        with open(target, "wb") as sink:
            check_body(opened, sink, scaled_progress(progress, 0.0, 0.7), cancelled)
            sink.flush()
            os.fsync(sink.fileno())
        progress(0.75, "Checking the database inside…")
        counts = _check_database(opened, target)
    except OSError as error:
        remove_db_files(target)
        raise write_problem(error, target.parent) from None
    except BaseException:
        remove_db_files(target)
        raise
    progress(1.0, "All checks passed")
    return counts


def _check_database(opened: OpenedBackup, target: Path) -> dict[str, int]:
    damaged = DAMAGED.format
    try:
        conn = db.connect(target, opened.data_key)
    except db.DatabaseError:
        raise BackupProblem(damaged(why="the database inside doesn't open")) from None
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise BackupProblem(damaged(why="the database inside failed its page check"))
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BackupProblem(damaged(why="the database inside failed its integrity check"))
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            raise BackupProblem(damaged(why="records inside point at records that are missing"))
        migrations.refuse_if_newer(conn)
        counts = table_counts(conn)
        if counts != opened.header.counts:
            raise BackupProblem(damaged(why="the number of records doesn't match its list"))
        keys = keyfile.KeyFile.from_json(opened.header.keys)  # verified when the backup was opened
        head = opened.header.audit_head
        anchor = audit.Anchor("this backup's header", int(head.get("id", 0)), str(head.get("hash", "")))
        report = audit.verify(conn, trust.signing_keys(keys), (anchor,) if anchor.entry_id else ())
        if not report.ok or report.head != head.get("hash"):
            raise BackupProblem(damaged(why="its audit trail doesn't check out"))
        return counts
    except db.DatabaseError:
        raise BackupProblem(damaged(why="the database inside can't be read")) from None
    finally:
        conn.close()


@dataclass(frozen=True)
class LiveProof:
    """Someone proved, in the live vault itself, that they may restore over it (T6)."""

    folder: Path
    root_public: bytes
    user_id: int


LIVE_PROOF_NEEDED = (
    "To restore over the vault that is in use, sign in to it first: a current coordinator's or "
    "admin's passphrase, or the recovery key. Nothing was changed."
)


def prove_live(folder: Path, *, username: str = "", passphrase: str = "", recovery_text: str = "") -> LiveProof:
    """Open the live vault with these credentials (so every check of a sign-in applies: signed
    certificate, active, allowed to restore), then close it again."""
    try:
        vault = (
            Vault.open_with_recovery(folder, recovery_text)
            if recovery_text
            else Vault.open(folder, username, passphrase)
        )
    except VaultError as error:
        raise PermissionDenied(f"{error} {LIVE_PROOF_NEEDED}") from None
    try:
        return begin_restore_proof(vault)
    finally:
        vault.lock()


def begin_restore_proof(vault: Vault) -> LiveProof:
    vault.require(Permission.RESTORE)
    return LiveProof(vault.folder.resolve(), vault.keys.root_public, vault.user.id)


def _check_over_live(opened: OpenedBackup, folder: Path, live: LiveProof | None) -> None:
    if live is None or live.folder != folder.resolve():
        raise PermissionDenied(LIVE_PROOF_NEEDED)
    if opened.header.root_public != live.root_public:
        raise BackupProblem(
            "This backup belongs to another vault (its root key is not this vault's), so it can't "
            "replace this one. Nothing was changed. Restore it into a new folder instead."
        )


def restore_backup(
    opened: OpenedBackup,
    folder: Path,
    *,
    replace: bool = False,
    live: LiveProof | None = None,
    progress: Progress = NoProgress,
    cancelled: Callable[[], bool] = NeverCancelled,
) -> RestoreResult:
    """Restore into `folder`. With replace=True an existing vault there is kept beside, renamed;
    that needs `live`, proof made in the live vault (prove_live, or begin_restore_here from a
    signed-in session), and the backup's root must be the live vault's (T6, T7).

    The person must have been allowed to restore when the backup was made (coordinator, admin or
    the recovery key); the restored vault's audit trail records who restored it. Nothing changes
    unless every check passes.
    """
    folder = Path(folder)
    if vault_exists(folder) and not replace:
        raise InvalidInput(
            f"There is already a vault in {folder}. Choose an empty folder, or restore into "
            "the current place to replace it."
        )
    folder.mkdir(parents=True, exist_ok=True)
    incoming = folder / f".{DB_NAME}.restoring"
    remove_db_files(incoming)
    counts = _decrypt_and_check(opened, incoming, scaled_progress(progress, 0.0, 0.95), cancelled)
    try:
        stop_if(cancelled)
        _sign_restore(opened, incoming)
    except BaseException:
        remove_db_files(incoming)
        raise
    lock = InstanceLock(folder)
    try:
        lock.acquire()  # nobody may have this vault open while it is swapped
        if vault_exists(folder):
            _check_over_live(opened, folder, live)
    except BaseException:
        lock.release()
        remove_db_files(incoming)
        raise
    kept = None
    try:
        kept = _set_aside(folder) if vault_exists(folder) else None
        keys = json.dumps(opened.header.keys, indent=1, sort_keys=True).encode()
        keyfile.atomic_write(folder / KEYS_NAME, keys)
        os.replace(incoming, folder / DB_NAME)
        keyfile.fsync_folder(folder)
    except OSError as error:
        _put_back(folder, kept, incoming)
        raise BackupProblem(
            f"The restore couldn't finish writing in {folder} ({error.strerror or 'write error'}). "
            "The vault that was there has been put back as it was."
        ) from None
    finally:
        lock.release()
    progress(1.0, "Restored")
    return RestoreResult(folder, kept, counts)


def _sign_restore(opened: OpenedBackup, target: Path) -> None:
    """Allowed only for restore roles of the day; the entry is signed by whoever opened the backup."""
    keys = keyfile.KeyFile.from_json(opened.header.keys)
    if not allowed(trust.cert_roles(keys.certificate(opened.user_id)), Permission.RESTORE):
        raise PermissionDenied("Your account can't restore backups. Ask the coordinator, or use the recovery key.")
    conn = db.connect(target, opened.data_key)
    try:
        conn.execute("BEGIN IMMEDIATE")
        audit.append(
            conn,
            actor_id=opened.user_id,
            sign_private=opened.secrets.sign_private,
            action="backup.restored",
            subject_type=None,
            subject_id=None,
            detail={"backup_made_at": opened.header.made_at, "fingerprint": file_fingerprint(opened.path)},
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def _put_back(folder: Path, kept: Path | None, incoming: Path) -> None:
    """Undo a swap that failed half-way: the set-aside vault returns, the incoming copy goes."""
    remove_db_files(incoming)
    if kept is None:
        (folder / KEYS_NAME).unlink(missing_ok=True)
        return
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYS_NAME):
        if (kept / name).exists():
            os.replace(kept / name, folder / name)
    kept.rmdir()
    keyfile.fsync_folder(folder)


def _set_aside(folder: Path) -> Path:
    """The current vault moves into a dated subfolder (itself a vault folder) until someone removes it."""
    kept = folder / f"before-restore-{datetime.now().strftime('%Y-%m-%d-%H%M%S')}"
    kept.mkdir()
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYS_NAME):
        if (folder / name).exists():
            os.replace(folder / name, kept / name)
    keyfile.fsync_folder(folder)
    return kept


def begin_restore_here(vault: Vault, opened: OpenedBackup) -> LiveProof:
    """Restoring over the vault that is open: record it in this vault's trail, then lock it.
    The signed-in session is the proof of who is restoring (pass it to restore_backup as `live`)."""
    proof = begin_restore_proof(vault)
    with vault.transaction():
        vault.audit("backup.restore_started", None, None, backup_made_at=opened.header.made_at)
    vault.lock()
    return proof


def record_verified(vault: Vault, fingerprint: str) -> None:
    with vault.transaction():
        vault.audit("backup.verified", None, None, fingerprint=fingerprint)


def record_restored_elsewhere(vault: Vault, fingerprint: str) -> None:
    """A copy restored into another folder: this vault's trail says so too (the copy's trail has its own)."""
    with vault.transaction():
        vault.audit("backup.restored_elsewhere", None, None, fingerprint=fingerprint)
