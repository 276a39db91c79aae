"""Where a vault lives and whether there is one: light enough for the sign-in window to load first.

Nothing here imports the database or the cryptography libraries, so the window can show while
those load (they are needed only once someone signs in).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from shop_desktop.core.errors import QT_TRANSLATE_NOOP, said

DB_NAME = "shop.db"
KEYS_NAME = "shop.keys"


def default_folder() -> Path:
    """The platform's per-user app-data folder (e.g. %LOCALAPPDATA%\\SHOP Desktop\\vault on Windows)."""
    import platformdirs  # only when no folder was given: 3-5 ms of the sign-in window's start

    return Path(platformdirs.user_data_dir("SHOP Desktop", appauthor=False)) / "vault"


def vault_exists(folder: Path) -> bool:
    return (folder / DB_NAME).exists() and (folder / KEYS_NAME).exists()


def list_usernames(folder: Path) -> list[str]:
    """Who can sign in here: the key file's passphrase slots' labels (no key is read or opened).

    A key file that can't be read gives an empty list; signing in then explains what is wrong."""
    if not vault_exists(folder):
        return []
    try:
        data = json.loads((folder / KEYS_NAME).read_bytes())
        passphrase_slots = {s["slot_id"]: s for s in data["slots"] if s.get("kind") == "passphrase"}
        if "manifest" in data:  # format 2: names are in the certificates (unsigned here: a label only)
            certs = data["manifest"]["certificates"]
            names = [str(c["username"]) for c in certs if c["status"] == "active" and c["slot_id"] in passphrase_slots]
        else:
            names = [str(s["username"]) for s in passphrase_slots.values()]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return []
    return sorted(names, key=str.casefold)


# --- network file systems -----------------------------------------------------------------------

MOUNT_TABLE = Path("/proc/mounts")
NETWORK_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs", "davfs", "fuse.sshfs"}
)
DRIVE_REMOTE = 4  # GetDriveTypeW


def network_filesystem(folder: Path) -> str:
    """The network file system type `folder` lives on ("cifs", "nfs4", "network drive"), or "" if local."""
    folder = _existing(Path(folder).absolute())
    if os.name == "nt":  # pragma: no cover - exercised on Windows builds
        return _windows_remote(folder)
    try:
        table = MOUNT_TABLE.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""  # no mount table (macOS): nothing to go on
    best, kind = "", ""
    resolved = str(folder.resolve())
    for line in table.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1])
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind if kind in NETWORK_TYPES or kind.startswith(("nfs", "smb")) else ""


def refuse_network_folder(folder: Path) -> None:
    from shop_desktop.core.errors import NetworkFolder

    kind = network_filesystem(folder)
    if kind:
        raise NetworkFolder(
            said(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The vault folder {folder} is on a network drive ({kind}). The vault's database "
                    "can't be kept safe there: a dropped connection or a second PC can damage it. "
                    "Keep the vault on this PC's own disk, and put backups on the network drive or a "
                    "USB stick instead.",
                ),
                folder=folder,
                kind=kind,
            )
        )


def _existing(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def _unescape(field: str) -> str:
    """/proc/mounts writes a space as \\040, a tab as \\011 and so on."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _windows_remote(folder: Path) -> str:  # pragma: no cover - Windows only
    import ctypes

    anchor = folder.resolve().anchor
    if anchor.startswith("\\\\"):
        return "network share"
    if ctypes.windll.kernel32.GetDriveTypeW(anchor) == DRIVE_REMOTE:  # type: ignore[attr-defined]
        return "network drive"
    return ""
