"""The disks a backup touches: is there room for it, and tidying what a cut-short backup left.

A backup needs room for the backup file on the target (about the database's size, plus each
chunk's length and tag). It reads the vault's file in place, so nothing is written beside the
vault; a snapshot copy that an earlier version left there is tidied away. The room is checked
before anything is written, and the message says how much is missing.
"""

from __future__ import annotations

import json
import shutil
import struct
import time
from pathlib import Path
from typing import TYPE_CHECKING

from shop_desktop.core.errors import DiskFull
from shop_desktop.core.store.places import DB_NAME

if TYPE_CHECKING:
    from shop_desktop.core.backup.backup import BackupPlan

SNAPSHOT_PREFIX = f".{DB_NAME}.snapshot-"
PARTIAL_PATTERN = "SHOP-backup-*.shopbackup.partial"
MAGIC = b"SHOPBAK\n"
SPARE = 4 * 1024 * 1024  # the header, each chunk's length and tag, and room for the file system
OTHER_VAULT_AFTER = 3600.0  # seconds: another vault's .partial this old is no backup in progress
_FIXED = struct.Struct(">8sHI")  # as backup.py writes it: magic, format version, header length


def needed_bytes(folder: Path) -> int:
    """Bytes of the vault's database (its WAL is written back into it first), and so about the backup too."""
    total = 0
    for suffix in ("", "-wal"):
        try:
            total += (folder / f"{DB_NAME}{suffix}").stat().st_size
        except FileNotFoundError:
            pass
    return total


def check_room(plan: BackupPlan) -> None:
    """Refuse before writing anything, saying where and how much space is missing."""
    body = needed_bytes(plan.folder)
    _room_for(plan.out_dir, body + body // 1000 + SPARE, "the backup")


def _room_for(folder: Path, needed: int, what: str) -> None:
    free = shutil.disk_usage(folder).free
    if free >= needed:
        return
    raise DiskFull(
        f"There isn't enough free space on the disk holding {folder} for {what}: it needs about "
        f"{size_words(needed)} and {size_words(free)} is free. Free up {size_words(needed - free)} "
        "there (or use a bigger USB stick), then try again. No backup was written."
    )


def size_words(count: int) -> str:
    for unit, scale in (("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000)):
        if count >= scale:
            return f"{count / scale:.1f} {unit}"
    return f"{count} bytes"


def tidy_after_backups(folder: Path, out_dir: Path | None = None, vault_id: str = "") -> list[Path]:
    """Remove snapshot copies a cut-short backup of an earlier version left beside the vault (still
    keyed: no plaintext), and this app's .partial files on the target: any of this vault's (its
    backup lock is held, so none is being written), an empty one, or another vault's once it is an
    hour old."""
    removed = [p for p in folder.glob(f"{SNAPSHOT_PREFIX}*") if _remove(p)]
    if out_dir is not None:
        for partial in out_dir.glob(PARTIAL_PATTERN):
            if _is_stale(partial, vault_id) and _remove(partial):
                removed.append(partial)
    return removed


def _is_stale(path: Path, vault_id: str) -> bool:
    try:
        with open(path, "rb") as handle:
            fixed = handle.read(_FIXED.size)
            if not fixed:
                return True  # cut short before its first write: nothing in it
            magic, _version, length = _FIXED.unpack(fixed) if len(fixed) == _FIXED.size else (b"", 0, 0)
            if magic != MAGIC:
                return False  # not this app's
            header = json.loads(handle.read(min(length, 4 * 1024 * 1024)))
        if vault_id and header["key_file"]["vault_id"] == vault_id:
            return True
    except (OSError, ValueError, KeyError, TypeError):
        pass
    try:
        return time.time() - path.stat().st_mtime > OTHER_VAULT_AFTER
    except OSError:
        return False


def _remove(path: Path) -> bool:
    try:
        path.unlink()
        return True
    except OSError:
        return False
