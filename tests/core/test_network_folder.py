"""A vault on a network file system is refused with why and what to do (SQLite's WAL needs a local disk)."""

from __future__ import annotations

from pathlib import Path

import pytest

from shop_desktop.core.backup import backup, restore
from shop_desktop.core.errors import NetworkFolder
from shop_desktop.core.store import places
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, fast_kdf
from tests.test_cli import run


@pytest.fixture
def mounts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An injected mount table: a CIFS share, an NFS export (with a space in its name) and a local
    disk mounted inside the share."""
    for name in ("share", "nfs export", "share/local"):
        (tmp_path / name).mkdir(parents=True, exist_ok=True)
    nfs = str(tmp_path / "nfs export").replace(" ", "\\040")
    table = tmp_path / "mounts"
    table.write_text(
        "/dev/vda / ext4 rw,relatime 0 0\n"
        f"//server/centre {tmp_path / 'share'} cifs rw,vers=3.0 0 0\n"
        f"server:/export {nfs} nfs4 rw 0 0\n"
        f"/dev/sdb1 {tmp_path / 'share/local'} ext4 rw 0 0\n"
    )
    monkeypatch.setattr(places, "MOUNT_TABLE", table)
    return tmp_path


def make(folder: Path) -> Vault:
    return Vault.create(
        folder,
        centre_name="Test",
        username="coordinator",
        display_name="C",
        passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )[0]


@pytest.mark.parametrize(("where", "kind"), [("share/vault", "cifs"), ("nfs export/new/vault", "nfs4")])
def test_a_new_vault_on_a_network_drive_is_refused_and_nothing_is_made(mounts: Path, where: str, kind: str) -> None:
    with pytest.raises(NetworkFolder) as caught:
        make(mounts / where)
    message = str(caught.value)
    assert f"network drive ({kind})" in message and "this PC's own disk" in message
    assert not (mounts / where / "shop.db").exists() and not (mounts / where / "shop.keys").exists()


def test_a_local_disk_mounted_inside_a_share_is_local(mounts: Path) -> None:
    make(mounts / "share/local/vault").lock()
    assert places.network_filesystem(mounts / "share/local/vault") == ""
    assert places.network_filesystem(Path("/")) == ""


def test_an_existing_vault_moved_to_a_share_is_refused_at_sign_in_and_by_the_cli(
    mounts: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = mounts / "share/local/vault"
    make(folder).lock()
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    (mounts / "mounts").write_text(f"//server/centre {folder} smb3 rw 0 0\n")
    with pytest.raises(NetworkFolder):
        Vault.open(folder, "coordinator", COORDINATOR_PASS)
    common = ["--data-dir", str(folder), "--user", "coordinator", "--passphrase-stdin"]
    code, _, err = run(monkeypatch, capsys, "users", "list", *common, stdin=COORDINATOR_PASS + "\n")
    assert code == 16 and "network drive (smb3)" in err and err.count("\n") == 1
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before


def test_restoring_onto_a_share_is_refused(mounts: Path, tmp_path: Path) -> None:
    vault = make(mounts / "share/local/vault")
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.make_backup(backup.prepare_backup(vault, usb))
    vault.lock()
    opened = backup.open_backup(made.path, "coordinator", COORDINATOR_PASS)
    with pytest.raises(NetworkFolder):
        restore.restore_backup(opened, mounts / "share" / "restored")
    assert not (mounts / "share" / "restored").exists()
