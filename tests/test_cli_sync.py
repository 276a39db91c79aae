"""`shop-desktop sync`: a scheduled exchange through the sync folder, signed in like every command."""

from __future__ import annotations

from pathlib import Path

import pytest

from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import devices, enrollment
from tests.conftest import COORDINATOR_PASS
from tests.factories import make_client
from tests.test_cli import run


def _office(vault: Vault, tmp_path: Path) -> Path:
    made = devices.add(vault, "Office PC", "office", tmp_path, "coordinator")
    return enrollment.join(made, tmp_path / "office", "coordinator", COORDINATOR_PASS)


def sync(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data: Path, *more: str) -> tuple:
    common = ["--data-dir", str(data), "--user", "coordinator", "--passphrase-stdin", "--quiet", *more]
    return run(monkeypatch, capsys, "sync", *common, stdin=COORDINATOR_PASS + "\n")


def test_sync_remembers_the_folder_and_carries_a_client_to_the_office(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    office = _office(vault, tmp_path)
    make_client(vault, "Marisol")
    vault.lock()
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, err = sync(monkeypatch, capsys, vault_dir, "--folder", str(stick))
    assert code == 0, err
    written = sorted(p.name for p in stick.iterdir())
    assert out.startswith("Synced.") and f"Written for them: {len(written)}." in out, out
    assert written and all(name.endswith(".shopsync") for name in written)
    code, out, err = sync(monkeypatch, capsys, office, "--folder", str(stick))
    assert code == 0 and "Applied from other devices: 1." in out, out + err
    code, out, err = sync(monkeypatch, capsys, vault_dir)  # the folder was remembered
    assert code == 0, err
    opened = Vault.open(office, "coordinator", COORDINATOR_PASS)
    try:
        from shop_desktop.core.desk import clients

        assert [m.alias for m in clients.search(opened, "Marisol")] == ["Marisol"]
    finally:
        opened.lock()


def test_sync_without_a_folder_says_how_to_give_one(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.lock()
    code, out, err = sync(monkeypatch, capsys, vault_dir)
    assert code == 2 and out == "", (code, out, err)
    assert err.startswith("shop-desktop: ") and "sync folder" in err and len(err.strip().splitlines()) == 1


def test_a_folder_that_is_not_there_is_refused_in_plain_words(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.lock()
    code, _, err = sync(monkeypatch, capsys, vault_dir, "--folder", str(tmp_path / "no-such-stick"))
    assert code == 2 and "is not a folder" in err and "Traceback" not in err


def test_a_tampered_bundle_is_named_and_fails_the_run(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    office = _office(vault, tmp_path)
    make_client(vault, "Ana")
    vault.lock()
    stick = tmp_path / "stick"
    stick.mkdir()
    assert sync(monkeypatch, capsys, vault_dir, "--folder", str(stick))[0] == 0
    [made] = [p for p in stick.iterdir() if "-centre-" in p.name]  # the office's stream (centre and office)
    raw = bytearray(made.read_bytes())
    raw[-10] ^= 0x01  # a flipped bit in the sealed changes, as a failing stick or an attacker would
    made.write_bytes(bytes(raw))
    code, out, err = sync(monkeypatch, capsys, office, "--folder", str(stick))
    assert code == 11 and "Applied from other devices: 0." in out, (code, out, err)
    assert err.startswith("shop-desktop: ") and "Traceback" not in err


def test_a_scheduled_sync_after_a_restore_says_what_came_back(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from shop_desktop.core.backup import backup, restore

    _office(vault, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    vault.lock()
    assert sync(monkeypatch, capsys, vault_dir, "--folder", str(stick))[0] == 0
    again = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    made = backup.make_backup(backup.prepare_backup(again, tmp_path)).path
    make_client(again, "Registered After The Backup")
    again.lock()
    assert sync(monkeypatch, capsys, vault_dir)[0] == 0
    restore.restore_backup(backup.open_backup(made, "coordinator", COORDINATOR_PASS), tmp_path / "new-pc")
    code, out, err = sync(monkeypatch, capsys, tmp_path / "new-pc", "--folder", str(stick))
    assert code == 0, err
    assert "What it did after that backup is back" in out, out
