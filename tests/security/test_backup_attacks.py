"""T6, T7: backups prove where they came from; a leaver can't restore their way back in.

TRUST.md attacks 6 and 7 (issue 16 findings 6, 7), through the command line as a person would.
"""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest

from shop_desktop.cli import main
from shop_desktop.core.backup import backup
from shop_desktop.core.roles import Role
from shop_desktop.core.store import staff
from shop_desktop.core.store.places import DB_NAME, KEYS_NAME
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, fast_kdf
from tests.factories import make_client
from tests.security import attacker

LEAVER_PASS = "gravel mango whistle harbour"


def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, stdin: str) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main([*args, "--passphrase-stdin"])  # passphrases typed, one a line, as at a prompt
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def live_bytes(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in (DB_NAME, KEYS_NAME)}


def forge_backup(victim: Path, tmp_path: Path) -> Path:
    """A backup of the forger's own vault, whose header carries the victim's key file with grants
    of the forger's data key sealed to every victim slot (public keys only)."""
    forger_dir = tmp_path / "forger"
    forger, _ = Vault.create(
        forger_dir,
        centre_name="Forged",
        username="coordinator",
        display_name="F",
        passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )
    make_client(forger, "Planted")
    (tmp_path / "out").mkdir()
    made = backup.make_backup(backup.prepare_backup(forger, tmp_path / "out"))
    chosen = forger.data_key
    forger.lock()
    opened = backup.open_backup(made.path, "coordinator", COORDINATOR_PASS)
    body = tmp_path / "body.db"
    with open(body, "wb") as sink:
        backup.check_body(opened, sink, backup.NoProgress, backup.NeverCancelled)
    keys = attacker.read_keys(victim)
    for slot in attacker.slots(keys):
        attacker.plant_data_grant(keys, slot["slot_id"], made.header.data_epoch, chosen)
    forged = dataclasses.replace(made.header, keys=keys)
    if hasattr(forged, "root_public"):  # format 2 headers: claim the victim's root
        victim_root = bytes.fromhex(attacker.public_part(keys)["root_public"])
        forged = dataclasses.replace(forged, root_public=victim_root, maker_id=1)
    target = tmp_path / "SHOP-backup-forged.shopbackup"
    with open(body, "rb") as plain_body:
        backup._write_container(forged, chosen, plain_body, target, backup.NoProgress, backup.NeverCancelled)
    return target


def test_a_backup_forged_from_the_public_key_file_is_refused(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Attack 6: verify-backup, restore over the live vault, restore into a new folder."""
    make_client(vault, "Real client")
    vault.lock()
    forged = forge_backup(vault_dir, tmp_path)
    before = live_bytes(vault_dir)
    common = ["--data-dir", str(vault_dir)]
    code, said = cli(
        monkeypatch,
        capsys,
        *common,
        "verify-backup",
        str(forged),
        "--user",
        "coordinator",
        stdin=COORDINATOR_PASS + "\n",
    )
    assert code != 0 and "forged" in said
    code, said = cli(
        monkeypatch,
        capsys,
        *common,
        "restore",
        str(forged),
        "--user",
        "coordinator",
        "--live-user",
        "coordinator",
        stdin=f"{COORDINATOR_PASS}\n{COORDINATOR_PASS}\n",
    )
    assert code != 0 and "forged" in said
    assert live_bytes(vault_dir) == before
    elsewhere = tmp_path / "elsewhere"
    code, said = cli(
        monkeypatch,
        capsys,
        *common,
        "restore",
        str(forged),
        "--user",
        "coordinator",
        "--into",
        str(elsewhere),
        stdin=COORDINATOR_PASS + "\n",
    )
    assert code != 0 and "forged" in said
    assert not (elsewhere / DB_NAME).exists()
    Vault.open(vault_dir, "coordinator", COORDINATOR_PASS).lock()


def test_a_disabled_coordinator_cannot_restore_an_old_backup_over_the_live_vault(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Attack 7: `shop-desktop restore OLD --user leaver` after the leaver was disabled."""
    leaver = staff.add_staff(
        vault, username="leaver", display_name="L", roles={Role.COORDINATOR}, new_passphrase=LEAVER_PASS
    )
    (tmp_path / "usb").mkdir()
    old = backup.make_backup(backup.prepare_backup(vault, tmp_path / "usb")).path
    staff.disable_staff(vault, leaver.id)
    make_client(vault, "After the disable")
    vault.lock()
    before = live_bytes(vault_dir)
    common = ["--data-dir", str(vault_dir), "restore", str(old), "--user", "leaver"]
    code, said = cli(monkeypatch, capsys, *common, stdin=LEAVER_PASS + "\n")
    assert code != 0 and "sign in to it first" in said
    code, said = cli(monkeypatch, capsys, *common, "--live-user", "leaver", stdin=f"{LEAVER_PASS}\n{LEAVER_PASS}\n")
    assert code != 0 and "don't match" in said
    assert live_bytes(vault_dir) == before
    coordinator = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        assert not staff.get_staff(coordinator, leaver.id).active
        assert coordinator.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 1
    finally:
        coordinator.lock()
    assert json.loads((vault_dir / KEYS_NAME).read_text())  # still a key file a person can use
