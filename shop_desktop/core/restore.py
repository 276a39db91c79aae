"""Verifying and restoring a backup file: every check in DESIGN.md before anything changes.

The file format and how a backup is opened are in backup.py and docs/backup-format.md.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from shop_desktop.core import audit, db, journal, migrations
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
)
from shop_desktop.core.errors import BackupProblem, InvalidInput, PermissionDenied, VaultDamaged, explained
from shop_desktop.core.instance_lock import BACKUP_LOCK_NAME, InstanceLock
from shop_desktop.core.places import DB_NAME, KEYS_NAME, refuse_network_folder, vault_exists
from shop_desktop.core.roles import Permission, allowed
from shop_desktop.core.vault import RECOVERY_USER_ID, Vault, select_staff


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
        with journal.open_new(target) as sink:
            check_body(opened, sink, scaled_progress(progress, 0.0, 0.7), cancelled)
            sink.sync()
        progress(0.75, "Checking the database inside…")
        counts = _check_database(opened, target)
    except OSError as error:
        remove_db_files(target)
        raise explained(error, target.parent, "checking the backup", UNCHANGED) from None
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
        report = audit.verify(conn)
        if not report.ok or report.head != opened.header.audit_head.get("hash"):
            raise BackupProblem(damaged(why="its audit trail doesn't check out"))
        return counts
    except db.DatabaseError:
        raise BackupProblem(damaged(why="the database inside can't be read")) from None
    finally:
        conn.close()


def restore_backup(
    opened: OpenedBackup,
    folder: Path,
    *,
    replace: bool = False,
    progress: Progress = NoProgress,
    cancelled: Callable[[], bool] = NeverCancelled,
) -> RestoreResult:
    """Restore into `folder`. With replace=True an existing vault there is kept beside, renamed.

    The person must have been allowed to restore when the backup was made (coordinator, admin or
    the recovery key); the restored vault's audit trail records who restored it. Nothing changes
    unless every check passes, and the swap is one journaled change (core/journal.py): a crash at
    any moment leaves the old vault or the restored one, never a mix.
    """
    folder = Path(folder)
    if vault_exists(folder) and not replace:
        raise InvalidInput(
            f"There is already a vault in {folder}. Choose an empty folder, or restore into "
            "the current place to replace it."
        )
    refuse_network_folder(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise explained(error, folder, "restoring", UNCHANGED) from None
    # Nobody may have this vault open, nor be backing it up, while it is swapped.
    with InstanceLock(folder), InstanceLock(folder, BACKUP_LOCK_NAME):
        problem = journal.recover_held(folder)  # an earlier restore cut short is finished first
        if problem:
            raise VaultDamaged(problem)
        counts = _prepare_incoming(opened, folder, progress, cancelled)
        kept = _swap_in(folder)
    progress(1.0, "Restored")
    return RestoreResult(folder, kept, counts)


UNCHANGED = "The vault that was there is unchanged."
INCOMING_DB = f".{DB_NAME}.restoring"
INCOMING_KEYS = f".{KEYS_NAME}.restoring"
LIVE_FILES = (f"{DB_NAME}-wal", f"{DB_NAME}-shm", DB_NAME, KEYS_NAME)  # the WAL goes first: never beside a new db


def _prepare_incoming(
    opened: OpenedBackup, folder: Path, progress: Progress, cancelled: Callable[[], bool]
) -> dict[str, int]:
    """The restored database and key file, complete, checked and fsynced under temporary names."""
    incoming = folder / INCOMING_DB
    remove_db_files(incoming)
    counts = _decrypt_and_check(opened, incoming, scaled_progress(progress, 0.0, 0.95), cancelled)
    try:
        stop_if(cancelled)
        _sign_restore(opened, incoming)
        with journal.open_new(folder / INCOMING_KEYS) as keys:
            keys.write(json.dumps(opened.header.keys, indent=1, sort_keys=True).encode())
            keys.sync()
        with open(incoming, "rb") as written:  # the audit entry _sign_restore added is on disk too
            journal.fsync(written.fileno(), incoming)
    except BaseException as error:
        _discard_incoming(folder)
        if isinstance(error, OSError | db.DatabaseError):
            raise explained(error, folder, "restoring", UNCHANGED) from None
        raise
    return counts


def _swap_in(folder: Path) -> Path | None:
    """The commit: one journal lists every rename; after it is written the swap always completes."""
    present = [name for name in LIVE_FILES if (folder / name).exists()]
    kept = _kept_name(folder) if present else None
    moves = [(name, f"{kept.name}/{name}") for name in present] if kept else []
    moves += [(INCOMING_KEYS, KEYS_NAME), (INCOMING_DB, DB_NAME)]
    try:
        journal.commit(folder, journal.RESTORE, moves)
    except OSError as error:
        if not journal.pending(folder):  # the journal never made it: nothing in place was touched
            _discard_incoming(folder)
            raise explained(error, folder, "restoring", UNCHANGED) from None
        raise explained(
            error,
            folder,
            "restoring",
            "The restore is recorded and finishes by itself the next time the vault opens.",
        ) from None
    return kept


def _discard_incoming(folder: Path) -> None:
    remove_db_files(folder / INCOMING_DB)
    (folder / INCOMING_KEYS).unlink(missing_ok=True)


def _kept_name(folder: Path) -> Path:
    """A dated subfolder (itself a vault folder) the current vault moves into until someone removes it."""
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    kept = folder / f"before-restore-{stamp}"
    n = 2
    while kept.exists():
        kept, n = folder / f"before-restore-{stamp}-{n}", n + 1
    return kept


def _sign_restore(opened: OpenedBackup, target: Path) -> None:
    """Allowed only for restore roles of the day; the entry is signed by whoever opened the backup."""
    conn = db.connect(target, opened.data_key)
    try:
        if opened.user_id != RECOVERY_USER_ID:
            found = select_staff(conn, "WHERE id = ?", (opened.user_id,))
            if not found or not found[0].active or not allowed(found[0].roles, Permission.RESTORE):
                raise PermissionDenied(
                    "Your account can't restore backups. Ask the coordinator, or use the recovery key."
                )
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


def begin_restore_here(vault: Vault, opened: OpenedBackup) -> Path:
    """Restoring over the vault that is open: record it in this vault's trail, then lock it."""
    vault.require(Permission.RESTORE)
    with vault.transaction():
        vault.audit("backup.restore_started", None, None, backup_made_at=opened.header.made_at)
    folder = vault.folder
    vault.lock()
    return folder


def record_verified(vault: Vault, fingerprint: str) -> None:
    with vault.transaction():
        vault.audit("backup.verified", None, None, fingerprint=fingerprint)


def record_restored_elsewhere(vault: Vault, fingerprint: str) -> None:
    """A copy restored into another folder: this vault's trail says so too (the copy's trail has its own)."""
    with vault.transaction():
        vault.audit("backup.restored_elsewhere", None, None, fingerprint=fingerprint)
