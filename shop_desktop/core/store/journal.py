"""Changes that touch more than one file, made so that a crash at any instant rolls forward or back.

THE RULE, for the two kinds of multi-file change:

1. Changes that rename whole files into place (restore, undoing an old unfinished restore).
    A multi-file change first makes every new file complete, checked and fsynced under a
    temporary name beside its final one. Then it writes its journal (`shop.journal`: temp, fsync,
    rename, fsync folder) listing the renames still to do. **The rename of the journal into place
    is the commit point.** Then it does the renames in order, fsyncs the folders, and deletes the
    journal last.

    What `recover(folder)` does with each half-state, before anything else opens the folder:
      - no journal: nothing was committed, nothing in place was touched. Temporary files a change
        left (".shop.db.restoring", ".shop.keys.restoring", "*.tmp") are removed; the files in
        place are the old vault, whole. (Rolled back.) One exception, left by versions before this
        journal: no database in place but a before-restore-* copy of one; that copy is put back.
      - a journal: the change was committed. Every rename it lists is redone in order, one being
        taken as done when its source is gone or its target is already there (the lists never
        rename onto an existing file), then the folders are fsynced and the journal deleted.
        Rolling forward always succeeds because the new files were complete before the commit.
        (Rolled forward.)
      - a journal that can't be read: this code never leaves one (it is renamed into place
        whole), so the folder is left alone and opening it says so in plain words.

2. Changes to the key file and the database together (add staff, disable and its key rotation,
   role changes, passphrase reset, a new notes key): `stage_keys`, `install_keys`, `settle_keys`.
    The new key file is written whole and fsynced as `.shop.keys.pending` (folder fsynced too),
    then the database transaction that records the change also records the pending file's SHA-256
    (meta `key_file_sha256`), with the signed manifest it accepts. **The database COMMIT is the
    commit point** (synchronous=FULL, so it is on disk when COMMIT returns). After it, the pending
    file is renamed over `shop.keys` (made durable by the next change's folder fsync; until then a
    power cut brings the pending file back, and it is rolled forward again).

    What the next sign-in does (Vault._connect, holding the instance lock, with the database just
    opened and before anything in either file is believed):
      - no pending file: nothing to do (never begun, or finished).
      - a pending file whose SHA-256 is the one the database committed: the change happened; the
        file is renamed into place (rolled forward) and the sign-in starts again on it.
      - a pending file with any other hash, or cut short: the transaction never committed (or it
        belongs to nobody); it is deleted (rolled back) and `shop.keys` is the vault's, unchanged.
    Until then a sign-in may unlock a slot from the pending file (the account a killed add-staff
    made), but it is only kept if that file is the committed one: nobody gets in on a rolled-back
    change, and a pending file planted by someone with raw file access is deleted, because only a
    holder of the data key can write the hash it would need into the database. Ids are never
    reused: a new account's user id and slot id are above every id in the key file (any slot or
    certificate, signed or not, retired or planted), the signed counters, the staff table and
    the audit trail (core/store/staff.py `_fresh_ids`).

    The re-key a disable starts is not a two-file change: while the signed key file carries the
    rotation marker it grants both data keys, so the database under the old key or its copy
    under the new one (made whole and fsynced as shop.db.rotating, then renamed over shop.db)
    both open; a sign-in deletes a copy left behind and re-keys again (core/store/rotation.py).

Every write, fsync and rename a change makes goes through this module's seam (`write`, `fsync`,
`replace`, `fsync_folder`), so a test can stop the process, or raise an OSError, at the Nth one
(`set_hook`; see tests/crash/harness.py). The seam costs one function call per operation.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

JOURNAL_NAME = "shop.journal"
RESTORE = "restore"

Hook = Callable[[str, Path], None]
_hook: Hook | None = None


def set_hook(hook: Hook | None) -> None:
    """Called with ("write" | "fsync" | "rename" | "mkdir" | "unlink", path) before each operation;
    a rename is announced first as ("rename-from", source), which is no operation of its own."""
    global _hook
    _hook = hook


def _point(kind: str, path: Path | str) -> None:
    if _hook is not None:
        _hook(kind, Path(path))


# --- the seam -----------------------------------------------------------------------------------


class SeamFile:
    """A file opened for writing whose every write and fsync passes the seam."""

    def __init__(self, path: Path, handle: IO[bytes]) -> None:
        self.path = path
        self._handle = handle

    def write(self, data: bytes | bytearray | memoryview) -> int:
        _point("write", self.path)
        return self._handle.write(data)

    def sync(self) -> None:
        self._handle.flush()
        fsync(self._handle.fileno(), self.path)

    def fileno(self) -> int:
        return self._handle.fileno()

    def flush(self) -> None:
        self._handle.flush()


@contextmanager
def open_new(path: Path) -> Iterator[SeamFile]:
    with open(path, "wb") as handle:
        yield SeamFile(path, handle)


def copy_new(source: Path, target: Path) -> None:
    """A whole file copied by the system (sendfile or copy_file_range where there is one: no bytes
    through Python), as one write at the seam. Not fsynced: for scratch copies (a backup's snapshot)."""
    _point("write", target)
    shutil.copyfile(source, target)


def fsync(fd: int, path: Path | str = "") -> None:
    _point("fsync", path)
    os.fsync(fd)


def replace(source: Path, target: Path) -> None:
    _point("rename-from", source)  # not an operation of its own: tells a power-cut model where from
    _point("rename", target)
    os.replace(source, target)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable; folders cannot be opened for fsync on Windows, where NTFS journals it."""
    if os.name == "nt":
        return
    _point("fsync", folder)
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, payload: bytes) -> None:
    """Temp file, fsync, rename, fsync folder: the file is the old one or the new one, never half."""
    atomic_write_parts(path, (payload,))


def atomic_write_parts(path: Path, parts: Iterable[bytes]) -> None:
    """atomic_write of a file made part by part (a large one need never be whole in memory); an
    exception from `parts` (Cancel, a failed read) leaves no file and no temp file behind."""
    import secrets  # here and in the key-file steps: hashlib (OpenSSL) is not needed to show sign-in

    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open_new(temp) as handle:
            for part in parts:
                handle.write(part)
            handle.sync()
        replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    fsync_folder(path.parent)


def remove(path: Path) -> None:
    """Delete a file through the seam (the harness can stop here too)."""
    _unlink(path)


def _mkdir(path: Path) -> None:
    _point("mkdir", path)
    path.mkdir(exist_ok=True)


def _unlink(path: Path) -> None:
    _point("unlink", path)
    path.unlink(missing_ok=True)


# --- journaled changes --------------------------------------------------------------------------


def commit(folder: Path, kind: str, moves: list[tuple[str, str]], **detail: Any) -> None:
    """Write the journal (the commit point), then carry out its moves and delete it.

    `moves` are (from, to) names relative to `folder` (at most one subfolder deep), done in order;
    none may rename onto a file that exists. Every new file must already be complete and fsynced."""
    record = {"kind": kind, "moves": [list(m) for m in moves], **detail}
    fsync_folder(folder)  # the new files' names are on disk before the journal that points at them
    atomic_write(folder / JOURNAL_NAME, json.dumps(record, indent=1, sort_keys=True).encode())
    _roll_forward(folder, record)


def _roll_forward(folder: Path, record: dict[str, Any]) -> None:
    for source, target in record["moves"]:
        src, dst = folder / source, folder / target
        if dst.parent != folder and not dst.parent.exists():
            _mkdir(dst.parent)
            fsync_folder(folder)
        if src.exists() and not dst.exists():
            replace(src, dst)
    for sub in {(folder / t).parent for _, t in record["moves"]} - {folder}:
        fsync_folder(sub)
    fsync_folder(folder)
    _unlink(folder / JOURNAL_NAME)
    fsync_folder(folder)


def pending(folder: Path) -> bool:
    """A committed change not yet finished (recover() finishes it)."""
    return (folder / JOURNAL_NAME).exists()


def read(folder: Path) -> dict[str, Any] | None:
    try:
        record = json.loads((folder / JOURNAL_NAME).read_bytes())
    except (OSError, ValueError):
        return None
    ok = isinstance(record, dict) and isinstance(record.get("moves"), list)
    return record if ok and all(_is_move(m) for m in record["moves"]) else None


def _is_move(move: object) -> bool:
    """Two plain names inside the folder (at most one subfolder deep): a journal can't point elsewhere."""
    if not (isinstance(move, list) and len(move) == 2 and all(isinstance(p, str) for p in move)):
        return False
    return all(p and ".." not in Path(p).parts and not Path(p).is_absolute() and len(Path(p).parts) <= 2 for p in move)


TEMPORARY = (  # the -wal and -shm: a body in WAL mode is switched to a rollback journal first (restore._one_file)
    ".shop.db.restoring",
    ".shop.db.restoring-journal",
    ".shop.db.restoring-wal",
    ".shop.db.restoring-shm",
    ".shop.keys.restoring",
)


def recover(folder: Path) -> str:
    """Finish or undo a half-finished change, before anything else opens the folder.

    Returns "" (nothing to do, or done), or a plain sentence when the folder must be left alone."""
    from shop_desktop.core.errors import VaultInUse
    from shop_desktop.core.store.instance_lock import InstanceLock

    folder = Path(folder)
    if not folder.is_dir():
        return ""
    lock = InstanceLock(folder)
    try:
        lock.acquire()
    except VaultInUse:
        return ""  # another process holds the vault: its change is not half-finished, it is running
    try:
        problem = recover_held(folder)
        _tidy_snapshots(folder)
        return problem
    finally:
        lock.release()


def _tidy_snapshots(folder: Path) -> None:
    """Snapshot copies a killed backup left (keyed, no plaintext), unless a backup is running now."""
    from shop_desktop.core.backup.backup_disk import SNAPSHOT_PREFIX, tidy_after_backups
    from shop_desktop.core.errors import VaultInUse
    from shop_desktop.core.store.instance_lock import BACKUP_LOCK_NAME, InstanceLock

    if not any(folder.glob(f"{SNAPSHOT_PREFIX}*")):
        return
    try:
        with InstanceLock(folder, BACKUP_LOCK_NAME):
            tidy_after_backups(folder)
    except VaultInUse:
        return


def recover_held(folder: Path) -> str:
    """recover() for a caller that already holds the folder's instance lock."""
    if not pending(folder):
        for name in TEMPORARY:
            (folder / name).unlink(missing_ok=True)
        for stale in folder.glob(f".{JOURNAL_NAME}.*.tmp"):
            stale.unlink(missing_ok=True)
        _undo_unjournaled_restore(folder)
        return ""
    record = read(folder)
    if record is None:
        return (
            f"A change to the vault in {folder} was interrupted and its record ({JOURNAL_NAME}) can't be read. "
            "Nothing has been deleted. Ask IT to look at the folder before anyone signs in."
        )
    _roll_forward(folder, record)
    return ""


def _undo_unjournaled_restore(folder: Path) -> None:
    """Versions before the journal could be cut short with the old vault set aside and no database
    in place (the restored key file alone). That restore never completed, so it is undone: the
    newest set-aside vault comes back, through a journal, and the lone key file is kept beside it."""
    from shop_desktop.core.store.places import DB_NAME, KEYS_NAME

    kept = sorted(p for p in folder.glob("before-restore-*") if p.is_dir())
    if (folder / DB_NAME).exists() or not kept:
        return
    newest = kept[-1]
    if not ((newest / DB_NAME).exists() and (newest / KEYS_NAME).exists()):
        return
    lone_keys = (KEYS_NAME, f"{newest.name}/{KEYS_NAME}.from-the-unfinished-restore")
    moves = [lone_keys] if (folder / KEYS_NAME).exists() else []
    for name in (KEYS_NAME, DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        if (newest / name).exists():
            moves.append((f"{newest.name}/{name}", name))
    commit(folder, "undo-unfinished-restore", moves)


def restore_left_behind(folder: Path) -> str:
    """Why the first-run wizard must not be offered here, or "" if it may.

    A folder with no vault but with a restore's journal or a before-restore-* copy holds someone's
    data: making a new, empty vault over it would bury it."""
    folder = Path(folder)
    kept = sorted(folder.glob("before-restore-*")) if folder.is_dir() else []
    if not pending(folder) and not kept:
        return ""
    where = f" What was here before is kept in {kept[-1]}." if kept else ""
    return (
        f"A restore into {folder} didn't finish, so there is no vault to sign in to.{where} Nothing has been "
        "deleted. Ask IT to put it back before anyone makes a new vault here."
    )


# --- key file + database (rule 2) ---------------------------------------------------------------

PENDING_KEYS = ".shop.keys.pending"
KEYS_META = "key_file_sha256"


def stage_keys(folder: Path, payload: bytes) -> str:
    """The new key file, whole and on disk beside the old one; returns the hash to commit with."""
    import hashlib  # (see atomic_write)

    path = folder / PENDING_KEYS
    try:
        with open_new(path) as handle:
            handle.write(payload)
            handle.sync()
        fsync_folder(folder)
    except BaseException:
        drop_staged_keys(folder)  # a full disk: nothing half-written is left beside the key file
        raise
    return hashlib.sha256(payload).hexdigest()


def point_of_commit(folder: Path) -> None:
    """Announced just before COMMIT of a transaction with a staged key file (the harness stops here)."""
    _point("commit", folder / "shop.db")


def install_keys(folder: Path) -> None:
    """After COMMIT: the pending key file becomes the key file.

    No folder fsync here (it would cost the GUI thread one more): if a power cut undoes the rename,
    the pending file is back and the next sign-in rolls it forward again; and the next change's
    stage_keys fsyncs the folder before its own COMMIT, which makes this rename durable first."""
    from shop_desktop.core.store.places import KEYS_NAME

    replace(folder / PENDING_KEYS, folder / KEYS_NAME)


def drop_staged_keys(folder: Path) -> None:
    """After ROLLBACK: the pending key file is nobody's."""
    try:
        _unlink(folder / PENDING_KEYS)
    except OSError:
        pass  # the next sign-in deletes it (its hash was never committed)


def staged_keys_present(folder: Path) -> bool:
    return (folder / PENDING_KEYS).exists()


def settle_keys(folder: Path, committed_hash: str) -> str:
    """At sign-in, the database open and the instance lock held: "forward" if a pending key file
    was committed (now in place), "back" if it was not (now deleted), "" if there was none."""
    import hashlib  # (see atomic_write)
    import secrets

    path = folder / PENDING_KEYS
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return ""
    if committed_hash and secrets.compare_digest(hashlib.sha256(raw).hexdigest(), committed_hash):
        install_keys(folder)
        return "forward"
    _unlink(path)
    fsync_folder(folder)
    return "back"
