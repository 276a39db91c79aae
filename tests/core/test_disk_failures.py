"""A full disk, a read-only folder, a pulled USB stick and a failing disk each say what happened,
in their own words and exit code, and leave the vault as it was.

Faults are injected as the real OSError (right errno) at a chosen write, fsync or rename through
core/store/journal.py's seam, and SQLite's own "database or disk is full" is made real with
max_page_count (this machine can't mount a small file system for the tests).
"""

from __future__ import annotations

import errno
import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from shop_desktop.core.backup import backup, backup_file
from shop_desktop.core.desk import visits
from shop_desktop.core.errors import (
    DiskFailing,
    DiskFull,
    DriveGone,
    FolderReadOnly,
    WrongPassphrase,
)
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit, journal, staff
from shop_desktop.core.store.throttle import SignInThrottle
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, add_member
from tests.factories import make_client, service_id
from tests.test_cli import run

FAULTS = [
    (errno.ENOSPC, DiskFull, "is full", 12),
    (errno.EROFS, FolderReadOnly, "isn't allowed to write", 13),
    (errno.EACCES, FolderReadOnly, "isn't allowed to write", 13),
    (errno.ENOENT, DriveGone, "went away", 14),
    (errno.ENODEV, DriveGone, "went away", 14),
    (errno.EIO, DiskFailing, "reported an error", 15),
]


@pytest.fixture
def inject() -> Iterator[Callable[[int, str, str], None]]:
    """inject(errno, kind, name_ending): the first such operation fails with that OSError."""

    def arm(code: int, kind: str, ending: str) -> None:
        def hook(seen_kind: str, path: Path) -> None:
            if seen_kind == kind and path.name.endswith(ending):
                journal.set_hook(None)
                raise OSError(code, "raw system words that must not be shown")

        journal.set_hook(hook)

    yield arm
    journal.set_hook(None)


def vault_state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def audit_actions(vault: Vault) -> list[str]:
    return [e.action for e in audit.entries(vault.conn)]


@pytest.mark.parametrize(("code", "kind", "words", "exit_code"), FAULTS)
def test_a_backup_that_cannot_be_written_says_why_and_changes_nothing(
    vault: Vault,
    tmp_path: Path,
    inject: Callable[[int, str, str], None],
    code: int,
    kind: type,
    words: str,
    exit_code: int,
) -> None:
    make_client(vault, "Zoë")
    usb = tmp_path / "usb"
    usb.mkdir()
    before = audit_actions(vault)
    inject(code, "write", ".partial")
    with pytest.raises(kind) as caught:
        backup.make_backup(backup.prepare_backup(vault, usb))
    message = str(caught.value)
    assert words in message and "No backup was written" in message and "raw system words" not in message
    assert list(usb.iterdir()) == []
    assert not list(vault.folder.glob(".shop.db.snapshot-*"))
    assert audit_actions(vault) == before and backup.last_backup(vault).at is None


@pytest.mark.parametrize(("code", "kind", "words", "exit_code"), FAULTS)
def test_the_cli_gives_each_disk_failure_its_own_exit_code_and_one_line(
    vault: Vault,
    vault_dir: Path,
    tmp_path: Path,
    inject: Callable[[int, str, str], None],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    code: int,
    kind: type,
    words: str,
    exit_code: int,
) -> None:
    vault.lock()
    usb = tmp_path / "usb"
    usb.mkdir()
    before = vault_state(vault_dir)
    inject(code, "write", ".partial")
    common = ["--data-dir", str(vault_dir), "--user", "coordinator", "--passphrase-stdin", "--quiet"]
    status, _, err = run(monkeypatch, capsys, "backup", *common, "--out", str(usb), stdin=COORDINATOR_PASS + "\n")
    assert status == exit_code == kind.exit_code
    assert err.startswith("shop-desktop: ") and err.count("\n") == 1 and words in err
    assert list(usb.iterdir()) == []
    after = vault_state(vault_dir)
    left = {name for name in set(after) - set(before) if not name.endswith(".lock")}
    assert left == set()  # nothing left behind; shop.keys itself changes at every sign-out (the T8 anchor)
    reopened = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        assert backup.last_backup(reopened).at is None and "backup.made" not in audit_actions(reopened)
    finally:
        reopened.lock()


def test_an_error_after_the_rename_never_says_not_written(
    vault: Vault, tmp_path: Path, inject: Callable[[int, str, str], None]
) -> None:
    """EIO on the folder fsync after the rename: the file is there with its final name, and we say so."""
    usb = tmp_path / "usb"
    usb.mkdir()
    inject(errno.EIO, "fsync", "usb")
    with pytest.raises(DiskFailing) as caught:
        backup.make_backup(backup.prepare_backup(vault, usb))
    [left] = list(usb.iterdir())
    assert left.suffix == ".shopbackup"
    message = str(caught.value)
    assert left.name in message and "can't be trusted" in message and "not written" not in message
    assert backup.last_backup(vault).at is None


def test_an_error_while_reading_the_backup_back_names_the_file_left_there(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()

    def failing_read(*_args: object) -> bytes:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(backup_file, "_open_chunk", failing_read)
    with pytest.raises(DiskFailing) as caught:
        backup.make_backup(backup.prepare_backup(vault, usb))
    [left] = list(usb.iterdir())
    message = str(caught.value)
    assert "while checking the new backup" in message and left.name in message and "not written" not in message
    assert backup.last_backup(vault).at is None


def test_not_enough_room_is_said_before_anything_is_written(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shop_desktop.core.backup import backup_disk

    for n in range(20):
        make_client(vault, f"Client {n}")
    usb = tmp_path / "usb"
    usb.mkdir()
    real = backup_disk.shutil.disk_usage
    monkeypatch.setattr(backup_disk.shutil, "disk_usage", lambda p: real(p)._replace(free=50_000))
    with pytest.raises(DiskFull) as caught:
        backup.make_backup(backup.prepare_backup(vault, usb))
    message = str(caught.value)
    vault_size = sum(p.stat().st_size for p in vault.folder.glob("shop.db*") if not p.name.endswith("-shm"))
    needed_mb = float(message.split("it needs about ")[1].split(" MB")[0])
    missing_mb = float(message.split("Free up ")[1].split(" MB")[0])
    assert needed_mb * 1_000_000 >= vault_size  # the backup file; nothing is written beside the vault now
    assert abs(missing_mb - (needed_mb - 0.05)) <= 0.11 and "50.0 KB is free" in message
    assert list(usb.iterdir()) == [] and not list(vault.folder.glob(".shop.db.snapshot-*"))


def fill_the_vault_disk(vault: Vault) -> None:
    """SQLite's own "database or disk is full", for real: the file may not grow by another page."""
    pages = vault.conn.execute("PRAGMA page_count").fetchone()[0]
    vault.conn.execute(f"PRAGMA max_page_count = {pages}")


def test_check_in_on_a_full_disk_says_so_and_saves_nothing(vault: Vault) -> None:
    waiting = [make_client(vault, f"Client {n} Zoë") for n in range(120)]
    fill_the_vault_disk(vault)
    meal = service_id(vault, "Meal")
    with pytest.raises(DiskFull) as caught:
        for client in waiting:
            counted = vault.conn.execute("SELECT count(*) FROM visits").fetchone()[0]
            entries = len(audit_actions(vault))
            visits.check_in(vault, client.id, {meal: 1})
    message = str(caught.value)
    assert "is full" in message and "Nothing was saved" in message and "database or disk" not in message
    assert vault.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == counted
    assert len(audit_actions(vault)) == entries


def test_adding_staff_on_a_full_disk_says_so_and_adds_no_one(vault: Vault, vault_dir: Path) -> None:
    from shop_desktop.core.store import keyfile

    for n in range(150):
        make_client(vault, f"Client {n} with a longer alias to fill pages")
    fill_the_vault_disk(vault)
    tried = []
    with pytest.raises(DiskFull) as caught:
        for n in range(40):
            tried.append(f"volunteer{n}")
            add_member(vault, Role.FRONT_DESK, username=tried[-1])
    assert "is full" in str(caught.value) and "database or disk" not in str(caught.value)
    names = {m.username for m in staff.list_staff(vault)}
    assert tried[-1] not in names  # the one that failed left no account
    on_disk = keyfile.load(vault_dir / "shop.keys")  # and no key slot without a staff row
    assert {s.username for s in on_disk.slots if s.kind == keyfile.PASSPHRASE} == names


def test_a_full_disk_at_sign_in_is_not_called_a_wrong_passphrase(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shop_desktop.core.store import db
    from shop_desktop.core.store import vault as vault_module

    vault.lock()
    full = db.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]  # SQLITE_FULL, as sqlcipher3 sets it

    def connect_on_a_full_disk(*_args: object, **_kwargs: object) -> None:
        raise full

    monkeypatch.setattr(vault_module.db, "connect", connect_on_a_full_disk)
    with pytest.raises(DiskFull) as caught:
        Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    assert "passphrase" not in str(caught.value) and "disabled" not in str(caught.value)
    assert SignInThrottle(vault_dir).wait_seconds("coordinator") == 0  # not counted as a wrong try
    monkeypatch.undo()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "coordinator", "not the passphrase at all")
    Vault.open(vault_dir, "coordinator", COORDINATOR_PASS).lock()


def test_disabling_on_a_full_disk_says_so_and_the_next_sign_in_finishes_it(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The re-key runs outside any transaction: the CLI still says "full" in its own words and code."""
    from shop_desktop.core.store import db, keyfile

    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    real_export = db.export_rekeyed

    def full_while_rekeying(*_args: object) -> None:
        error = db.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13  # type: ignore[attr-defined]  # SQLITE_FULL, as sqlcipher3 sets it
        raise error

    monkeypatch.setattr(db, "export_rekeyed", full_while_rekeying)
    common = ["--data-dir", str(vault_dir), "--user", "coordinator", "--passphrase-stdin"]
    code, _, err = run(
        monkeypatch, capsys, "users", "disable", "--name", "frontdesk", *common, stdin=COORDINATOR_PASS + "\n"
    )
    assert code == DiskFull.exit_code and "is full" in err and "database or disk" not in err and err.count("\n") == 1
    monkeypatch.setattr(db, "export_rekeyed", real_export)
    session = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)  # room again: the rotation completes
    try:
        assert session.verify_audit().ok and session.keys.rotation is None
        assert not next(m for m in staff.list_staff(session) if m.username == "frontdesk").active
    finally:
        session.lock()
    assert "frontdesk" not in {s.username for s in keyfile.load(vault_dir / "shop.keys").slots}


def test_a_backup_that_reads_back_differently_is_never_called_good_nor_a_wrong_passphrase(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stick that returns other bytes than it was given (the first chunk flipped on the way back)."""
    usb = tmp_path / "usb"
    usb.mkdir()
    real_open_chunk = backup_file._open_chunk

    def flipped(handle: object, cipher: object, opened: backup.OpenedBackup, index: int, whole: object) -> bytes:
        return real_open_chunk(
            handle, cipher, backup.OpenedBackup(**{**vars(opened), "header_digest": b"x" * 32}), index, whole
        )

    monkeypatch.setattr(backup_file, "_open_chunk", flipped)
    with pytest.raises(backup.BackupProblem) as caught:
        backup.make_backup(backup.prepare_backup(vault, usb))
    [left] = list(usb.iterdir())
    message = str(caught.value)
    assert "doesn't read back" in message and left.name in message and "passphrase" not in message
    assert backup.last_backup(vault).at is None
