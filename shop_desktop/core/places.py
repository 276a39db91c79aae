"""Where a vault lives and whether there is one: light enough for the sign-in window to load first.

Nothing here imports the database or the cryptography libraries, so the window can show while
those load (they are needed only once someone signs in).
"""

from __future__ import annotations

import json
from pathlib import Path

import platformdirs

DB_NAME = "shop.db"
KEYS_NAME = "shop.keys"


def default_folder() -> Path:
    """The platform's per-user app-data folder (e.g. %LOCALAPPDATA%\\SHOP Desktop\\vault on Windows)."""
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
