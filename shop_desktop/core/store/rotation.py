"""Key rotation when someone leaves: a new data key, and a new notes key made by a clinical session.

Data key (a manager's change, signed):
1. The key file gains grants of the new data key for everyone who stays (the old grants stay too)
   and a `rotation` marker in the signed manifest; it is written atomically.
2. The database is copied under the new key into a side file (sqlcipher_export), which then
   replaces the old file by an atomic rename.
3. A manager's session signs the key file again without the old grants and the marker.

A crash after 1 leaves a database the old key opens and a key file that still has it; a crash after
2 leaves a database the new key opens and a key file that has that too. Whoever signs in next
re-keys the database if needed (`finish_pending`); step 3 waits for a manager. A rotation marker
is only acted on when the manifest carrying it verified (core/store/trust.py), so a forged one re-keys
nothing (T3).

Notes key (T5): the manager's change only *requests* a new notes key (`notes_rotation` in the
signed manifest). The next clinical session makes it, grants it to the clinical certificates and
the recovery slot, signs its creation record, and re-seals the notes under it. A non-clinical
session never holds a notes key, so nothing it holds decrypts a note.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from shop_desktop.core.actions import action
from shop_desktop.core.errors import Cancelled, raise_plain
from shop_desktop.core.roles import Permission
from shop_desktop.core.store import crypto, db, journal, keyfile, trust
from shop_desktop.core.store.keyfile import KeyFile

if TYPE_CHECKING:
    from shop_desktop.core.store.vault import Vault

REKEY_AUDITS = ("keys.rotated",)
NOTES_ROTATION_AUDITS = ("keys.notes_key_made",)

# Tests set this to kill the process at a named step ("keys-staged", "exported", "replaced").
crash_hook: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if crash_hook is not None:
        crash_hook(name)


def stage_rotation(vault: Vault, staged: KeyFile) -> None:
    """Add a new data-key epoch for every slot `staged` still has, and request a new notes key."""
    new_epoch = max(vault.keys.epoch, vault.open_epoch) + 1
    new_data_key = crypto.new_key()
    for slot in staged.slots:
        keyfile.grant_data_key(slot, staged.vault_id, new_epoch, new_data_key)
    staged.rotation = {"old_epoch": vault.open_epoch, "new_epoch": new_epoch}
    request_notes_rotation(staged)
    vault.remember_data_key(new_epoch, new_data_key)


def request_notes_rotation(staged: KeyFile) -> None:
    newest = max(trust.accepted_commitments(staged), default=0)
    staged.notes_rotation = {"after_key": newest}


def fulfil_notes_rotation(vault: Vault, reseal: bool = True) -> int | None:
    """In a clinical session: make the requested notes key, grant it, re-seal notes (T5)."""
    if not trust.notes_rotation_waiting(vault.keys) or not vault.has_notes_key:
        return None
    if not trust.is_clinical_cert(vault.keys.certificate(vault.user.id)):
        return None
    staged = copy.deepcopy(vault.keys)
    key_id = add_notes_key(vault, staged)
    with vault.transaction():
        vault.commit_notes_keys(staged)
        vault.audit("keys.notes_key_made", "vault", None, key_id=key_id)
    if reseal:
        from shop_desktop.core.care import notes

        # A small first batch here keeps the sign-in quick; the app re-seals the rest in the
        # background (gui/shell/app.py), and without it each clinical sign-in takes a batch.
        notes.reseal_with_newest_key(vault, batch=250)
    return key_id


def add_notes_key(vault: Vault, staged: KeyFile) -> int:
    """A fresh notes key, made here (a clinical session), granted to clinical certificates and the
    recovery slot, with its creation record signed by this session. Older keys stay with the
    clinical staff who have them, to read older notes."""
    used = [trust._int(r.get("key_id")) for r in staged.notes_records]
    key_id = 1 + max([*used, *(k for s in staged.slots for k in s.notes_grants), 0])
    notes_key = crypto.new_key()
    for slot in staged.slots:
        cert = staged.certificate_for_slot(slot.slot_id)
        if slot.kind == keyfile.RECOVERY or trust.is_clinical_cert(cert):
            keyfile.grant_notes_key(slot, staged.vault_id, key_id, notes_key)
    staged.notes_records.append(
        keyfile.notes_record(staged.vault_id, key_id, notes_key, vault.user.id, vault.secrets.sign_private)
    )
    vault.remember_notes_key(key_id, notes_key)
    return key_id


def finish_pending(vault: Vault) -> None:
    """Complete a rotation a crash (or the steps below) left half done, if its manifest verified."""
    (vault.folder / vault_db_rotating_name()).unlink(missing_ok=True)
    rotation = vault.keys.rotation
    if rotation is None:
        return
    new_epoch = int(rotation["new_epoch"])
    if vault.open_epoch != new_epoch:
        if new_epoch not in vault.data_keys():
            return  # this slot was not given the new key; someone who was finishes it
        _step("keys-staged")
        rekey_database(vault, new_epoch)
    _step("replaced")
    drop_old_grants(vault)


def drop_old_grants(vault: Vault) -> None:
    """The last step, a manager's signed change (it waits for one): only the new key's grants stay."""
    rotation = vault.keys.rotation
    if rotation is None or vault.root_private is None or vault.open_epoch != int(rotation["new_epoch"]):
        return
    if not vault.signs_keys_here:
        return  # the centre signs it; this replica adopts that file at a sync
    new_epoch = int(rotation["new_epoch"])
    staged = copy.deepcopy(vault.keys)
    for slot in staged.slots:
        slot.grants = {e: g for e, g in slot.grants.items() if e == new_epoch}
    staged.epoch = new_epoch
    staged.rotation = None
    with vault.transaction():
        vault.commit_keys(staged)
        vault.audit("keys.rotated", "vault", None, epoch=new_epoch)


def vault_db_rotating_name() -> str:
    from shop_desktop.core.store.vault import ROTATING_NAME

    return ROTATING_NAME


def rekey_database(vault: Vault, new_epoch: int) -> None:
    """Copy the database under the new key, then swap it in with one atomic rename."""
    plan = _plan(vault, new_epoch)
    export(plan)
    swap_in(vault, plan)


@dataclass
class RekeyPlan:
    """What a re-key job needs, taken on the GUI thread before it starts: a worker never reads the
    session's keys, which lock() wipes on the GUI thread."""

    folder: Path
    new_epoch: int
    old_key: bytes = field(repr=False)
    new_key: bytes = field(repr=False)
    changes_before: int = 0  # the session's writes when the copy began: any later one means copy again


def _plan(vault: Vault, new_epoch: int) -> RekeyPlan:
    return RekeyPlan(vault.folder, new_epoch, vault.data_key, vault.data_key_for(new_epoch), vault.conn.total_changes)


@action(Permission.MANAGE_STAFF, audits=())
def prepare_rekey(vault: Vault) -> RekeyPlan | None:
    """After a disable with rekey_now=False: the plan for the job that copies the database under the
    new key (export, on a worker thread), or None when there is nothing to re-key. Then, each on
    its own turn of the event loop: swap_rekeyed, sign_rotation, start_new_note_sealing."""
    rotation = vault.keys.rotation
    if rotation is None or vault.open_epoch == int(rotation["new_epoch"]):
        return None
    if int(rotation["new_epoch"]) not in vault.data_keys():
        return None
    return _plan(vault, int(rotation["new_epoch"]))


def export(
    plan: RekeyPlan, report: Callable[[float, str], None] | None = None, is_cancelled: Callable[[], bool] | None = None
) -> None:
    """The slow part, on its own connection (a worker thread may run it): the whole database copied
    into a side file under the new key, and fsynced. The file in place is never touched."""
    from shop_desktop.core.store.places import DB_NAME
    from shop_desktop.core.store.vault import ROTATING_NAME

    side = plan.folder / ROTATING_NAME
    conn = db.connect(plan.folder / DB_NAME, plan.old_key, check_same_thread=False)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.set_progress_handler(_watch_copy(conn, report, is_cancelled), STEPS_PER_CALL)
        try:
            db.export_rekeyed(conn, side, plan.new_key)
        except db.OperationalError:
            if is_cancelled is not None and is_cancelled():
                raise Cancelled() from None
            raise
    except BaseException as error:
        side.unlink(missing_ok=True)
        raise_plain(error, plan.folder, "re-keying the database", "The account is disabled; the next sign-in re-keys.")
    finally:
        conn.close()
    _ready_for_swap(plan, side)
    _step("exported")
    if report is not None:
        report(1.0, "Copied")


STEPS_PER_CALL = 2_000
CALLS_PER_PAGE = 0.065  # measured: about 130 SQLite steps per page of a vault copied (notes, visits)


def _watch_copy(
    conn: db.Connection,
    report: Callable[[float, str], None] | None,
    is_cancelled: Callable[[], bool] | None,
) -> Callable[[], int]:
    """SQLite calls this every STEPS_PER_CALL steps of the copy: an estimate of how far it is (from
    the database's page count), and whether to stop (non-zero)."""
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    expected, calls = max(1.0, pages * CALLS_PER_PAGE), [0]

    def watch() -> int:
        calls[0] += 1
        if report is not None:
            report(min(0.95, calls[0] / expected), "Copying the records under the new key")
        return 1 if is_cancelled is not None and is_cancelled() else 0

    return watch


def _ready_for_swap(plan: RekeyPlan, side: Path) -> None:
    """Work the GUI thread would otherwise do at the swap: the copy in WAL mode and on disk, and
    the old file's WAL written back (its frames are in the copy already; this only shortens the
    checkpoint the swap makes)."""
    from shop_desktop.core.store.places import DB_NAME

    copy_conn = db.connect(side, plan.new_key, check_same_thread=False)
    try:
        copy_conn.execute("PRAGMA journal_mode = WAL")
    finally:
        copy_conn.close()
    with open(side, "rb+") as handle:
        journal.fsync(handle.fileno(), side)
    old_conn = db.connect(plan.folder / DB_NAME, plan.old_key, check_same_thread=False)
    try:
        old_conn.execute("PRAGMA busy_timeout = 5000")
        old_conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        old_conn.close()


@action(Permission.MANAGE_STAFF, audits=())
def swap_rekeyed(vault: Vault, plan: RekeyPlan) -> bool:
    """On the GUI thread after the job: the copy replaces the database (quick). False if the session
    wrote something while the copy was made: the screen runs the job again (nothing is lost)."""
    if vault.conn.total_changes != plan.changes_before:
        return False
    swap_in(vault, plan)
    return True


@action(Permission.MANAGE_STAFF, audits=REKEY_AUDITS)
def sign_rotation(vault: Vault) -> None:
    """After the swap: the key file without the old key's grants, signed (one journaled change)."""
    drop_old_grants(vault)


@action(Permission.MANAGE_STAFF, audits=NOTES_ROTATION_AUDITS)
def start_new_note_sealing(vault: Vault) -> None:
    """Last: the new notes key, if this session is clinical; its notes are re-sealed in a job."""
    fulfil_notes_rotation(vault, reseal=False)


def swap_in(vault: Vault, plan: RekeyPlan) -> None:
    """Quick: the copy replaces the database by one atomic rename, and the session reconnects."""
    from shop_desktop.core.store.places import DB_NAME
    from shop_desktop.core.store.vault import ROTATING_NAME

    folder = plan.folder
    try:
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        vault.release_connection()
        for leftover in (f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
            if (folder / leftover).exists():
                journal.remove(folder / leftover)
        # No folder fsync (one less on the GUI thread): a power cut that undoes the rename brings
        # back the old file, whole (checkpointed), which the key file still opens; and the next
        # signed change fsyncs this folder before its COMMIT (journal.stage_keys).
        journal.replace(folder / ROTATING_NAME, folder / DB_NAME)
    except BaseException as error:
        if not vault.is_open:
            _reconnect(vault, folder / DB_NAME)
        raise_plain(error, folder, "re-keying the database", "The account is disabled; the next sign-in re-keys.")
    conn = db.connect(folder / DB_NAME, plan.new_key)
    db.configure(conn)
    vault.attach_connection(conn, plan.new_epoch)


def _reconnect(vault: Vault, path: Path) -> None:
    """After a failed swap: whichever file is in place, with the key that opens it."""
    for epoch in (vault.open_epoch, *sorted(vault.data_keys(), reverse=True)):
        try:
            conn = db.connect(path, vault.data_key_for(epoch))
            db.configure(conn)
        except db.DatabaseError:
            continue
        vault.attach_connection(conn, epoch)
        return
