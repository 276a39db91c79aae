"""The Backup screen verifies a file, then restores it: the checks run once, on bytes that can't change between."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from shop_desktop.core.backup import backup, restore
from shop_desktop.core.errors import BackupProblem, VaultError
from shop_desktop.core.store.places import vault_exists
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS
from tests.factories import make_client


def two_backups(vault: Vault, usb: Path) -> tuple[backup.BackupResult, backup.BackupResult]:
    usb.mkdir()
    make_client(vault, "Before the first")
    first = backup.make_backup(backup.prepare_backup(vault, usb))
    make_client(vault, "Before the second")
    second = backup.make_backup(backup.prepare_backup(vault, usb))
    return first, second


def test_a_verified_file_restores_once_and_says_its_fingerprint(vault: Vault, tmp_path: Path) -> None:
    first, _ = two_backups(vault, tmp_path / "usb")
    vault.lock()
    opened = backup.open_backup(first.path, "coordinator", COORDINATOR_PASS)
    fingerprint = restore.verify_backup(opened)
    result = restore.restore_backup(opened, tmp_path / "restored", checked=fingerprint)
    assert fingerprint == first.fingerprint == result.fingerprint
    restored = Vault.open(tmp_path / "restored", "coordinator", COORDINATOR_PASS)
    try:
        assert restored.verify_audit().ok
        assert result.counts["clients"] == 1
        restored_entry = restored.conn.execute("SELECT detail FROM audit WHERE action = 'backup.restored'").fetchone()[
            0
        ]
        assert first.fingerprint in restored_entry
    finally:
        restored.lock()


def test_a_file_swapped_after_it_was_verified_is_refused(vault: Vault, tmp_path: Path) -> None:
    first, second = two_backups(vault, tmp_path / "usb")
    vault.lock()
    opened = backup.open_backup(first.path, "coordinator", COORDINATOR_PASS)
    fingerprint = restore.verify_backup(opened)
    shutil.copyfile(second.path, first.path)  # same vault, same keys: it opens, but it is another file
    with pytest.raises(VaultError):  # its chunks don't open with the header that was checked
        restore.restore_backup(opened, tmp_path / "restored", checked=fingerprint)
    assert not vault_exists(tmp_path / "restored")


def test_a_body_re_encrypted_under_the_checked_header_is_refused(vault: Vault, tmp_path: Path) -> None:
    """An insider has the data key, so can seal other bytes under the very header that was checked:
    the fingerprint catches it, and the checks that were skipped are not skipped for it."""
    first, _ = two_backups(vault, tmp_path / "usb")
    data_key = vault.data_key
    vault.lock()
    opened = backup.open_backup(first.path, "coordinator", COORDINATOR_PASS)
    fingerprint = restore.verify_backup(opened)
    header = opened.header
    other = tmp_path / "other.db"
    with open(first.path, "rb") as source:  # the same size of body, every byte different
        other.write_bytes(bytes(b ^ 0x55 for b in source.read(header.body_size)))
    first.path.unlink()
    with open(other, "rb") as body:
        backup._write_container(header, data_key, body, first.path, backup.NoProgress, backup.NeverCancelled)
    with pytest.raises(BackupProblem) as refused:
        restore.restore_backup(opened, tmp_path / "restored", checked=fingerprint)
    assert "changed after it was checked" in str(refused.value)
    assert not vault_exists(tmp_path / "restored")
