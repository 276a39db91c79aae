"""The night's scheduled backup runs while the front desk left the app signed in, and a second
writer is still refused. The signed-in app is a real second process holding the vault's lock."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from shop_desktop.core.backup import backup, restore
from shop_desktop.core.errors import VaultInUse
from shop_desktop.core.store import audit
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS
from tests.factories import make_client
from tests.test_cli import run

ROOT = Path(__file__).resolve().parents[2]
SIGNED_IN_APP = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from shop_desktop.core.desk import clients
from shop_desktop.core.desk.clients import ClientDetails, Consent
from shop_desktop.core.store.vault import Vault
vault = Vault.open(Path({folder!r}), "coordinator", {secret!r})
print("signed in", flush=True)
for line in sys.stdin:  # each line: register a client, as the front desk would
    clients.register_client(vault, ClientDetails(alias=line.strip()), Consent(keep_record=True))
    print("saved", flush=True)
vault.lock()
"""
HOLDS_THE_BACKUP_LOCK = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from shop_desktop.core.store.instance_lock import BACKUP_LOCK_NAME, InstanceLock
lock = InstanceLock(Path({folder!r}), BACKUP_LOCK_NAME)
lock.acquire()
print("backing up", flush=True)
sys.stdin.read()
"""


def start(code: str, folder: Path, ready: str) -> subprocess.Popen[str]:
    script = textwrap.dedent(code).format(root=str(ROOT), folder=str(folder), secret=COORDINATOR_PASS)
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert child.stdout is not None and child.stdout.readline().strip() == ready
    return child


@pytest.fixture
def app_signed_in(vault: Vault, vault_dir: Path) -> Iterator[subprocess.Popen[str]]:
    make_client(vault, "Zoë")
    vault.lock()
    child = start(SIGNED_IN_APP, vault_dir, "signed in")
    yield child
    if child.poll() is None:
        child.kill()
        child.wait()


def test_a_scheduled_backup_runs_while_the_app_is_signed_in(
    app_signed_in: subprocess.Popen[str],
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    common = ["--data-dir", str(vault_dir), "--user", "coordinator", "--passphrase-stdin", "--quiet"]
    code, out, err = run(monkeypatch, capsys, "backup", *common, "--out", str(usb), stdin=COORDINATOR_PASS + "\n")
    assert code == 0, err
    [made] = list(usb.iterdir())
    assert backup.file_fingerprint(made) in out
    # The app keeps working meanwhile and afterwards.
    assert app_signed_in.stdin is not None and app_signed_in.stdout is not None
    app_signed_in.stdin.write("Jade\n")
    app_signed_in.stdin.flush()
    assert app_signed_in.stdout.readline().strip() == "saved"
    # A second writer is still refused while the app holds the vault.
    code, _, err = run(monkeypatch, capsys, "users", "list", *common[:-1], stdin=COORDINATOR_PASS + "\n")
    assert code == 6 and "already open" in err
    with pytest.raises(VaultInUse, match="already open"):
        restore.restore_backup(backup.open_backup(made, "coordinator", COORDINATOR_PASS), vault_dir, replace=True)
    app_signed_in.stdin.close()
    assert app_signed_in.wait(timeout=30) == 0
    session = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        assert session.verify_audit().ok
        actions = [e.action for e in audit.entries(session.conn)]
        assert actions.count("backup.made") == 1
        assert session.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 2
    finally:
        session.lock()
    restore.verify_backup(backup.open_backup(made, "coordinator", COORDINATOR_PASS))


def test_a_second_backup_at_the_same_time_is_told_to_wait(
    app_signed_in: subprocess.Popen[str],
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    other = start(HOLDS_THE_BACKUP_LOCK, vault_dir, "backing up")
    try:
        usb = tmp_path / "usb"
        usb.mkdir()
        common = ["--data-dir", str(vault_dir), "--user", "coordinator", "--passphrase-stdin", "--quiet"]
        code, _, err = run(monkeypatch, capsys, "backup", *common, "--out", str(usb), stdin=COORDINATOR_PASS + "\n")
        assert code == 6 and "being made right now" in err and err.count("\n") == 1
        assert list(usb.iterdir()) == []
    finally:
        other.kill()
        other.wait()
