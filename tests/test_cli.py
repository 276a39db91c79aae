"""The command line: exit codes and one plain line on stderr for every failure."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from shop_desktop.cli import main
from shop_desktop.core.store import migrations
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS


def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_users_list_add_disable(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.lock()
    common = ["--data-dir", str(vault_dir), "--user", "coordinator", "--passphrase-stdin"]
    code, out, _ = run(
        monkeypatch,
        capsys,
        "users",
        "add",
        *common,
        "--name",
        "maria",
        "--display-name",
        "Maria Front",
        "--role",
        "front_desk",
        stdin=f"{COORDINATOR_PASS}\nsunlit harbour pebble garden\n",
    )
    assert code == 0 and "Added maria" in out
    code, out, _ = run(monkeypatch, capsys, "users", "list", *common, stdin=COORDINATOR_PASS + "\n")
    assert code == 0 and "maria" in out and "Front desk" in out and "active" in out
    code, out, _ = run(
        monkeypatch, capsys, "users", "disable", *common, "--name", "maria", stdin=COORDINATOR_PASS + "\n"
    )
    assert code == 0 and "Disabled maria" in out
    code, _, err = run(
        monkeypatch,
        capsys,
        "users",
        "list",
        "--data-dir",
        str(vault_dir),
        "--user",
        "maria",
        "--passphrase-stdin",
        stdin="sunlit harbour pebble garden\n",
    )
    assert code == 4 and err.startswith("shop-desktop: ") and err.count("\n") == 1


def test_data_dir_before_the_command_is_kept(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.lock()
    code, out, _ = run(
        monkeypatch,
        capsys,
        "--data-dir",
        str(vault_dir),
        "audit-verify",
        "--user",
        "coordinator",
        "--passphrase-stdin",
        stdin=COORDINATOR_PASS + "\n",
    )
    assert code == 0 and "intact" in out


@pytest.mark.parametrize(
    ("case", "expected_code", "words"),
    [
        ("wrong passphrase", 4, "don't match"),
        ("missing vault", 3, "no SHOP Desktop vault"),
        ("newer version", 5, "newer version"),
        ("in use", 6, "already open"),
        ("weak new passphrase", 2, "at least 15"),
    ],
)
def test_failures_exit_non_zero_with_one_line(
    vault: Vault,
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    case: str,
    expected_code: int,
    words: str,
) -> None:
    folder, stdin, command = vault_dir, COORDINATOR_PASS + "\n", ["users", "list"]
    if case == "wrong passphrase":
        stdin = "not the right passphrase\n"
    elif case == "missing vault":
        folder = tmp_path / "empty"
    elif case == "newer version":
        with vault.transaction() as conn:
            conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    elif case == "weak new passphrase":
        command = ["users", "add", "--name", "newbie", "--role", "outreach"]
        stdin = COORDINATOR_PASS + "\ntooshort\n"
    if case != "in use":
        vault.lock()
    code, _, err = run(
        monkeypatch,
        capsys,
        *command,
        "--data-dir",
        str(folder),
        "--user",
        "coordinator",
        "--passphrase-stdin",
        stdin=stdin,
    )
    assert code == expected_code
    assert words in err and err.startswith("shop-desktop: ") and err.count("\n") == 1


def test_init_prints_the_recovery_key_once_and_it_opens_the_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "new"
    code, out, _ = run(
        monkeypatch,
        capsys,
        "init",
        "--data-dir",
        str(folder),
        "--centre-name",
        "Test Centre",
        "--passphrase-stdin",
        stdin="rainy window lemon kettle\n",
    )
    assert code == 0
    recovery = out.split("office safe):")[1].split()[0]
    Vault.open_with_recovery(folder, recovery).lock()
    Vault.open(folder, "coordinator", "rainy window lemon kettle").lock()


def test_backup_verify_and_restore_run_unattended(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from shop_desktop.core.backup import backup
    from shop_desktop.core.store import audit

    vault.lock()
    usb = tmp_path / "usb"
    usb.mkdir()
    common = ["--data-dir", str(vault_dir), "--user", "coordinator", "--passphrase-stdin"]
    code, out, _ = run(
        monkeypatch, capsys, "backup", *common, "--out", str(usb), "--quiet", stdin=COORDINATOR_PASS + "\n"
    )
    assert code == 0 and "Fingerprint:" in out
    [made] = list(usb.iterdir())
    code, out, _ = run(monkeypatch, capsys, "backup", *common, "--quiet", stdin=COORDINATOR_PASS + "\n")
    assert code == 0 and len(list(usb.iterdir())) == 2  # the folder is remembered
    code, out, _ = run(
        monkeypatch, capsys, "verify-backup", str(made), *common, "--quiet", stdin=COORDINATOR_PASS + "\n"
    )
    assert code == 0 and "Every check passed" in out and backup.file_fingerprint(made) in out
    code, out, _ = run(
        monkeypatch,
        capsys,
        "restore",
        str(made),
        *common,
        "--into",
        str(tmp_path / "new"),
        "--quiet",
        stdin=COORDINATOR_PASS + "\n",
    )
    assert code == 0 and "Restored into" in out
    reopened = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        actions = [e.action for e in audit.entries(reopened.conn)]
        assert actions.count("backup.made") == 2 and "backup.verified" in actions
    finally:
        reopened.lock()


def test_backup_errors_have_their_own_exit_codes(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.lock()
    common = ["--data-dir", str(vault_dir), "--user", "coordinator", "--passphrase-stdin", "--quiet"]
    not_backup = tmp_path / "photo.shopbackup"
    not_backup.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    code, _, err = run(monkeypatch, capsys, "verify-backup", str(not_backup), *common, stdin=COORDINATOR_PASS + "\n")
    assert code == 11 and "not a SHOP Desktop backup" in err and err.count("\n") == 1
    code, _, err = run(
        monkeypatch, capsys, "backup", *common, "--out", str(tmp_path / "missing"), stdin=COORDINATOR_PASS + "\n"
    )
    assert code == 2 and "isn't there" in err


def test_report_runs_headless(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    vault.lock()
    out = tmp_path / "fy.pdf"
    code, stdout, _ = run(
        monkeypatch,
        capsys,
        "report",
        "--data-dir",
        str(vault_dir),
        "--user",
        "coordinator",
        "--passphrase-stdin",
        "--from",
        "2026-04-01",
        "--to",
        "2027-03-31",
        "--out",
        str(out),
        "--csv",
        str(tmp_path / "csv"),
        stdin=COORDINATOR_PASS + "\n",
    )
    assert code == 0 and "written" in stdout
    assert "Test Drop-in" in PdfReader(out).pages[0].extract_text()
    assert len(list((tmp_path / "csv").glob("*.csv"))) == 1
    code, _, err = run(
        monkeypatch,
        capsys,
        "report",
        "--data-dir",
        str(vault_dir),
        "--user",
        "coordinator",
        "--passphrase-stdin",
        "--from",
        "2027-04-01",
        "--to",
        "2026-03-31",
        "--out",
        str(out),
        stdin=COORDINATOR_PASS + "\n",
    )
    assert code == 2 and err.startswith("shop-desktop: ")


def test_self_test_checks_an_install_end_to_end(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(monkeypatch, capsys, "--self-test")
    lines = out.strip().splitlines()
    assert code == 0 and lines[-1] == "All checks passed."
    assert sum(line.startswith("ok ") for line in lines) == 8 and not any("FAIL" in line for line in lines)
    canary = next(line for line in lines if "reference counts" in line)
    assert "200,000 void calls and 200,000 emits; None drift 0, True drift 0" in canary


def test_demo_makes_the_numbers_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "demo"
    shared = "violet harbour teapot meadow"
    code, out, _ = run(
        monkeypatch,
        capsys,
        "demo",
        "--data-dir",
        str(folder),
        "--passphrase-stdin",
        "--clients",
        "20",
        "--days",
        "30",
        "--referrals",
        "7",
        "--alerts",
        "4",
        "--notes",
        "9",
        stdin=shared + "\n",
    )
    assert code == 0 and "Made a demo vault" in out
    vault = Vault.open(folder, "coordinator", shared)
    try:
        counts = {
            t: vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("clients", "referrals", "alerts")
        }
        notes = vault.conn.execute("SELECT count(*) FROM notes WHERE addendum_to IS NULL").fetchone()[0]
    finally:
        vault.lock()
    assert counts == {"clients": 20, "referrals": 7, "alerts": 4} and notes == 9


def test_restoring_a_device_that_syncs_says_to_choose_its_sync_folder_again(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from shop_desktop.core.backup import backup
    from shop_desktop.core.sync import syncing

    shared = tmp_path / "sync"
    shared.mkdir()
    syncing.set_folder(vault, shared)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.make_backup(backup.prepare_backup(vault, usb)).path
    vault.lock()
    into = tmp_path / "new"
    common = ["--data-dir", str(vault_dir), "--user", "coordinator", "--passphrase-stdin", "--quiet"]
    code, out, _ = run(
        monkeypatch, capsys, "restore", str(made), *common, "--into", str(into), stdin=COORDINATOR_PASS + "\n"
    )
    assert code == 0 and "won't sync again until someone chooses its sync folder" in out
    restored = Vault.open(into, "coordinator", COORDINATOR_PASS)
    try:
        assert syncing.folder(restored) is None
    finally:
        restored.lock()
