"""Verifying and restoring a backup file: every check in DESIGN.md before anything changes.

The file format and how a backup is opened are in backup.py and docs/backup-format.md.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shop_desktop.core.actions import SIGNED_IN, action
from shop_desktop.core.backup.backup_file import (
    DAMAGED,
    NeverCancelled,
    NoProgress,
    OpenedBackup,
    Progress,
    check_body,
    remove_db_files,
    scaled_progress,
    stop_if,
    table_counts,
)
from shop_desktop.core.errors import BackupProblem, InvalidInput, PermissionDenied, VaultDamaged, VaultError, explained
from shop_desktop.core.roles import Permission, allowed
from shop_desktop.core.store import audit, audit_checkpoints, db, journal, keyfile, migrations, trust
from shop_desktop.core.store.instance_lock import BACKUP_LOCK_NAME, InstanceLock
from shop_desktop.core.store.places import DB_NAME, KEYS_NAME, refuse_network_folder, vault_exists
from shop_desktop.core.store.vault import Vault

if TYPE_CHECKING:
    import apsw


@dataclass(frozen=True)
class RestoreResult:
    folder: Path
    kept_old: Path | None
    counts: dict[str, int]
    fingerprint: str = ""
    synced: bool = False  # the backup's device had a sync folder: it is chosen again (catch_up.py)


def verify_backup(
    opened: OpenedBackup, progress: Progress = NoProgress, cancelled: Callable[[], bool] = NeverCancelled
) -> str:
    """Every check a restore makes, into a throwaway keyed file; returns the file's fingerprint.
    Pass it to restore_backup as `checked`, and the restore doesn't run the checks a second time."""
    with tempfile.TemporaryDirectory(prefix="shop-verify-") as scratch:
        target = Path(scratch) / DB_NAME
        return _decrypt_and_check(opened, target, progress, cancelled, durable=False)[1]


CHANGED_SINCE_CHECKED = (
    "The backup file changed after it was checked (its fingerprint is different now), so it "
    "can't be trusted. Nothing was changed. Check the USB stick, then try again."
)


def _decrypt_and_check(
    opened: OpenedBackup,
    target: Path,
    progress: Progress,
    cancelled: Callable[[], bool],
    checked: str = "",
    *,
    durable: bool = True,
) -> tuple[dict[str, int], str]:
    """Decrypt the body (it is still a SQLCipher file) and run every check in DESIGN.md; returns
    (row counts, the file's fingerprint). checked: the fingerprint verify_backup returned for this
    file; the same bytes decrypt to the same database, so its checks are not run again. durable:
    fsync the copy (a restore keeps it; a verify's throwaway copy needn't reach the disk at all)."""
    try:
        with journal.open_new(target) as sink:
            fingerprint = check_body(opened, sink, scaled_progress(progress, 0.0, 0.7), cancelled)
            if durable:
                sink.sync()
        if checked and fingerprint != checked:
            raise BackupProblem(CHANGED_SINCE_CHECKED)
        _one_file(target, opened.data_key, checked)
        progress(0.75, "Checking the database inside…")
        counts = dict(opened.header.counts) if checked else _check_database(opened, target)
    except OSError as error:
        remove_db_files(target)
        raise explained(error, target.parent, "checking the backup", UNCHANGED) from None
    except BaseException:
        remove_db_files(target)
        raise
    progress(1.0, "All checks passed")
    return counts, fingerprint


def _one_file(target: Path, data_key: bytes, checked: str) -> None:
    """A body in WAL mode (the vault's own file, as backups are made now) switched to a rollback
    journal: the copy is then one file on its own, the APSW reader below can share it safely, and
    the restore's own audit entry is written into the file, not into a WAL beside it."""
    try:
        conn = db.connect(target, data_key)
        try:
            if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except db.DatabaseError:
        if checked:  # these bytes passed every check a moment ago
            raise BackupProblem(DAMAGED.format(why="the database inside can't be read")) from None
        # else the checks that follow say what is wrong, in their order of blame


def _check_database(opened: OpenedBackup, target: Path) -> dict[str, int]:
    """Every check of the database inside. SQLCipher's page check and SQLite's page-by-page check
    each run on a connection and a thread of their own (in C, without the GIL) while the others run
    here: on two cores the three share both (at 20 years 8.3 CPU-s of checks, 4.2 s at best; with
    the page check here 4.5 s), and on four each has one."""
    try:
        conn = db.connect(target, opened.data_key)
    except db.DatabaseError:
        raise BackupProblem(DAMAGED.format(why="the database inside doesn't open")) from None
    side: list[Any] = []
    try:
        side.append(db.connect(target, opened.data_key, check_same_thread=False))
        side.append(_apsw_reader(target, opened.data_key))
    except BaseException:
        for each in (*side, conn):
            each.close()
        raise
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="backup-check") as pool:
        checks = (pool.submit(_page_check, side[0]), pool.submit(_quick_check, side[1]))
        try:
            return _with_side_checks(opened, conn, checks)
        except BaseException:
            for check, each in zip(checks, side, strict=True):
                if not check.done():
                    _interrupt(each)  # a check that failed here stops the others too
            raise
        finally:
            for check in checks:
                check.exception()  # waits: every connection closes before the file can be removed
            conn.close()


def _with_side_checks(opened: OpenedBackup, conn: db.Connection, checks: tuple[Future[bool], ...]) -> dict[str, int]:
    """The checks in DESIGN.md's order of blame: pages, then SQLite's check, then the rest."""
    damaged = DAMAGED.format
    blame = (
        damaged(why="the database inside failed its page check"),
        damaged(why="the database inside failed its integrity check"),
    )

    def first_failed() -> BackupProblem | None:
        for check, words in zip(checks, blame, strict=True):
            if not check.result():
                return BackupProblem(words)
        return None

    try:
        counts = _check_rest(opened, conn)
    except (BackupProblem, db.DatabaseError) as error:
        problem = first_failed()
        if problem is not None:
            raise problem from None
        if isinstance(error, db.DatabaseError):
            raise BackupProblem(damaged(why="the database inside can't be read")) from None
        raise
    problem = first_failed()
    if problem is not None:
        raise problem
    return counts


def _interrupt(conn: Any) -> None:
    import apsw

    try:
        conn.interrupt()
    except (db.DatabaseError, apsw.Error):  # it had just finished and closed
        pass


def _page_check(conn: db.Connection) -> bool:
    """SQLCipher's check of every page's HMAC, the free ones too."""
    try:
        return not conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except db.DatabaseError:  # damaged, or interrupted because another check failed first
        return False
    finally:
        conn.close()


def _quick_check(conn: apsw.Connection) -> bool:
    """quick_check: every page and record, without integrity_check's cross-check of each index
    against its table (that cost grows faster than the vault: exponent 1.34, issue 21). Through
    APSW (_apsw_reader): a quarter less time than through sqlcipher3 on the same file (3.0 s
    against 3.9 s at 20 years; on a plain file both take 0.7 s)."""
    import apsw

    try:
        return [tuple(row) for row in conn.execute("PRAGMA quick_check")] == [("ok",)]
    except apsw.Error:  # damaged, or interrupted because another check failed first
        return False
    finally:
        conn.close()


def _apsw_reader(target: Path, data_key: bytes) -> apsw.Connection:
    """The copy through APSW, read-only, for a check on a thread of its own (see _private_reader
    for why two SQLite libraries may share this file, and only this one)."""
    import apsw

    conn = None
    try:
        conn = db.connect_apsw(target, data_key)
        conn.execute("PRAGMA query_only = 1")
    except apsw.Error:
        if conn is not None:
            conn.close()
        raise BackupProblem(DAMAGED.format(why="the database inside doesn't open")) from None
    return conn


def _check_rest(opened: OpenedBackup, conn: db.Connection) -> dict[str, int]:
    """Foreign keys, the schema, the manifest's counts and the audit trail."""
    damaged = DAMAGED.format
    if conn.execute("PRAGMA foreign_key_check").fetchall():
        raise BackupProblem(damaged(why="records inside point at records that are missing"))
    migrations.refuse_if_newer(conn)
    counts = table_counts(conn)
    if counts != opened.header.counts:
        raise BackupProblem(damaged(why="the number of records doesn't match its list"))
    keys = keyfile.KeyFile.from_json(opened.header.keys)  # verified when the backup was opened
    head = opened.header.audit_head
    anchor = audit.Anchor("this backup's header", int(head.get("id", 0)), str(head.get("hash", "")))
    anchors = (anchor,) if anchor.entry_id else ()
    # The signatures after the opener's own newest checkpoint (the backup carries the table).
    rows = _private_reader(conn, opened)
    try:
        report, _ = audit_checkpoints.verify(
            conn, trust.signing_keys(keys), anchors, vault_id=keys.vault_id, me=opened.user_id, rows=rows
        )
    finally:
        rows.close()
    if not report.ok or report.head != head.get("hash"):
        raise BackupProblem(damaged(why="its audit trail doesn't check out"))
    return counts


def _private_reader(conn: db.Connection, opened: OpenedBackup) -> apsw.Connection:
    """The digest's reads through APSW: its rows cost a third less than sqlcipher3's (no wiping of
    every allocation). Safe here only: the copy is this process's own and nothing writes to it (it
    is in rollback-journal mode, DELETE: _one_file), so two SQLite libraries can't trip over each other's
    locks as they would on the live vault (core/sync/exchange.py)."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    return db.connect_apsw(path, opened.data_key)


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


@action(Permission.RESTORE, audits=())
def begin_restore_proof(vault: Vault) -> LiveProof:
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
    checked: str = "",
) -> RestoreResult:
    """Restore into `folder`. With replace=True an existing vault there is kept beside, renamed;
    that needs `live`, proof made in the live vault (prove_live, or begin_restore_here from a
    signed-in session), and the backup's root must be the live vault's (T6, T7).

    The person must have been allowed to restore when the backup was made (coordinator, admin or
    the recovery key); the restored vault's audit trail records who restored it. Nothing changes
    unless every check passes (checked: verify_backup's fingerprint of this file when it just ran:
    the checks ran on these bytes and are not repeated), and the swap is one journaled change
    (core/store/journal.py): a crash at any moment leaves the old vault or the restored one, never a mix.
    """
    folder = _restore_folder(Path(folder), replace)
    # Nobody may have this vault open, nor be backing it up, while it is swapped.
    with InstanceLock(folder), InstanceLock(folder, BACKUP_LOCK_NAME):
        problem = journal.recover_held(folder)  # an earlier restore cut short is finished first
        if problem:
            raise VaultDamaged(problem)
        counts, fingerprint, synced = _prepare_incoming(opened, folder, progress, cancelled, checked)  # damage first
        if vault_exists(folder):
            try:
                _check_over_live(opened, folder, live)  # proof from the live vault, and the same root (T6, T7)
            except BaseException:
                _discard_incoming(folder)
                raise
        kept = _swap_in(folder)
    progress(1.0, "Restored")
    return RestoreResult(folder, kept, counts, fingerprint, synced)


UNCHANGED = "The vault that was there is unchanged."


def _restore_folder(folder: Path, replace: bool) -> Path:
    """The folder to restore into, made if need be; a vault already there only when replacing."""
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
    return folder


INCOMING_DB = f".{DB_NAME}.restoring"
INCOMING_KEYS = f".{KEYS_NAME}.restoring"
LIVE_FILES = (f"{DB_NAME}-wal", f"{DB_NAME}-shm", DB_NAME, KEYS_NAME)  # the WAL goes first: never beside a new db


def _prepare_incoming(
    opened: OpenedBackup, folder: Path, progress: Progress, cancelled: Callable[[], bool], checked: str
) -> tuple[dict[str, int], str, bool]:
    """The restored database and key file, complete, checked and fsynced under temporary names."""
    incoming = folder / INCOMING_DB
    remove_db_files(incoming)
    counts, fingerprint = _decrypt_and_check(opened, incoming, scaled_progress(progress, 0.0, 0.95), cancelled, checked)
    try:
        stop_if(cancelled)
        synced = _sign_restore(opened, incoming, fingerprint)
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
    return counts, fingerprint, synced


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


def _sign_restore(opened: OpenedBackup, target: Path, fingerprint: str) -> bool:
    """Allowed only for restore roles of the day; the entry is signed by whoever opened the backup.
    Returns whether the backup's device synced (catch_up.mark_restored)."""
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
            detail={"backup_made_at": opened.header.made_at, "fingerprint": fingerprint},
        )
        from shop_desktop.core.sync import catch_up  # the restored device's mark for its next sync

        synced = catch_up.mark_restored(conn)  # the next sync takes back what it did after this backup
        conn.execute("COMMIT")
    finally:
        conn.close()
    return synced


@action(Permission.RESTORE, audits=("backup.restore_started",))
def begin_restore_here(vault: Vault, opened: OpenedBackup) -> LiveProof:
    """Restoring over the vault that is open: record it in this vault's trail, then lock it.
    The signed-in session is the proof of who is restoring (pass it to restore_backup as `live`)."""
    proof = begin_restore_proof(vault)
    with vault.transaction():
        vault.audit("backup.restore_started", None, None, backup_made_at=opened.header.made_at)
    vault.lock()
    return proof


@action(SIGNED_IN, audits=("backup.verified",))
def record_verified(vault: Vault, fingerprint: str) -> None:
    with vault.transaction():
        vault.audit("backup.verified", None, None, fingerprint=fingerprint)


@action(SIGNED_IN, audits=("backup.restored_elsewhere",))
def record_restored_elsewhere(vault: Vault, fingerprint: str) -> None:
    """A copy restored into another folder: this vault's trail says so too (the copy's trail has its own)."""
    with vault.transaction():
        vault.audit("backup.restored_elsewhere", None, None, fingerprint=fingerprint)
