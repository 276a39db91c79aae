"""Opening a backup file with a passphrase or the recovery key, and proving where it came from (T7)."""

from __future__ import annotations

import os
from pathlib import Path

from shop_desktop.core.backup.backup_file import (
    DAMAGED,
    WRONG_SECRET,
    BackupHeader,
    NeverCancelled,
    OpenedBackup,
    decrypted_chunks,
    read_header,
)
from shop_desktop.core.errors import (
    BackupProblem,
    VaultError,
    WrongPassphrase,
)
from shop_desktop.core.store import crypto, keyfile
from shop_desktop.core.store.keyfile import KeyFile, SlotSecrets
from shop_desktop.core.store.recovery import parse_recovery_key
from shop_desktop.core.store.vault import (
    RECOVERY_USER_ID,
    unlock_slot,
)


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
    from shop_desktop.core.store import trust

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


def opened_with_key(path: Path, data_key: bytes, user_id: int) -> OpenedBackup:
    header, digest, offset = read_header(path)
    return OpenedBackup(path, header, digest, offset, data_key, user_id, SlotSecrets(b"", b""))


def _first_chunk_opens(opened: OpenedBackup) -> None:
    """The header is authenticated as part of every chunk: if chunk 0 opens, the header is genuine."""
    for _ in decrypted_chunks(opened, NeverCancelled, limit=1):
        return
