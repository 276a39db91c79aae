"""A backup reads the vault's own encrypted file where it is, held still by a read transaction: the
desk goes on checking people in meanwhile, what they add is not in that backup, and nothing is
copied beside the vault (so a nearly full PC disk doesn't stop a backup).

The attacker's and the crash's sides are in tests/security/test_backup_attacks.py and
tests/crash/test_backup_kills.py; these are the desk's."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from shop_desktop.core.backup import backup, restore
from shop_desktop.core.desk import clients
from shop_desktop.core.errors import BackupProblem, VaultInUse
from shop_desktop.core.store import db
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import exchange
from tests.conftest import COORDINATOR_PASS
from tests.factories import make_client, make_visit


def visits_in(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM visits").fetchone()[0])


def restored_visits(made: Path, into: Path) -> int:
    opened = backup.open_backup(made, "coordinator", COORDINATOR_PASS)
    restore.restore_backup(opened, into)
    copy = Vault.open(into, "coordinator", COORDINATOR_PASS)
    try:
        assert copy.verify_audit().ok
        return visits_in(copy)
    finally:
        copy.lock()


def test_check_ins_go_on_while_the_backup_reads_and_are_not_in_it(vault: Vault, tmp_path: Path) -> None:
    for n in range(40):
        make_visit(vault, make_client(vault, f"Client {n} 🌱", remark="x" * 1900), "Shower")
    before = visits_in(vault)
    usb = tmp_path / "usb"
    usb.mkdir()
    during: list[tuple[int, int]] = []

    def at_the_desk_meanwhile(fraction: float, words: str) -> None:
        if during or not 0.1 < fraction < 0.9:
            return
        for n in range(5):
            make_visit(vault, make_client(vault, f"Came in during the backup {n}"), "Meal")
        busy, in_wal, written_back = vault.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        during.append((in_wal, written_back))

    made = backup.make_backup(backup.prepare_backup(vault, usb), progress=at_the_desk_meanwhile)
    assert during, "the backup's progress never passed the middle"
    in_wal, written_back = during[0]
    assert written_back < in_wal, "SQLite wrote the new check-ins into the file the backup was reading"
    assert visits_in(vault) == before + 5
    assert made.header.counts["visits"] == before
    assert restored_visits(made.path, tmp_path / "restored") == before
    _, in_wal, written_back = vault.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert written_back == in_wal  # once the backup is done, the WAL goes back into the file as usual


def test_a_long_read_elsewhere_makes_the_backup_wait_then_it_has_everything(vault: Vault, tmp_path: Path) -> None:
    client = make_client(vault, "Zoë")
    make_visit(vault, client, "Shower")
    report = db.connect(vault.folder / "shop.db", vault.data_key, check_same_thread=False)
    report.execute("BEGIN")
    report.execute("SELECT count(*) FROM visits").fetchone()  # a long report's read, on an older state
    make_visit(vault, client, "Meal")  # now in the WAL, which can't all go back into the file yet
    usb = tmp_path / "usb"
    usb.mkdir()
    threading.Timer(0.4, lambda: (report.execute("COMMIT"), report.close())).start()
    made = backup.make_backup(backup.prepare_backup(vault, usb))
    assert made.header.counts["visits"] == visits_in(vault) == 2
    assert restored_visits(made.path, tmp_path / "restored") == 2


def test_a_read_that_never_ends_gets_a_plain_message_and_nothing_is_written(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "STILL_SECONDS", 0.5)
    client = make_client(vault, "Zoë")
    report = db.connect(vault.folder / "shop.db", vault.data_key)
    report.execute("BEGIN")
    report.execute("SELECT count(*) FROM visits").fetchone()
    make_visit(vault, client, "Meal")
    usb = tmp_path / "usb"
    usb.mkdir()
    try:
        with pytest.raises(BackupProblem) as refused:
            backup.make_backup(backup.prepare_backup(vault, usb))
    finally:
        report.close()
    assert "busy with a long job" in str(refused.value) and "No backup was written" in str(refused.value)
    assert list(usb.iterdir()) == []
    assert backup.last_backup(vault).at is None


def test_a_vault_file_written_into_meanwhile_never_gets_a_final_name(vault: Vault, tmp_path: Path) -> None:
    for n in range(30):
        make_client(vault, f"Client {n}", remark="y" * 1900)
    usb = tmp_path / "usb"
    usb.mkdir()
    live = vault.folder / "shop.db"

    def something_writes_the_file(fraction: float, words: str) -> None:
        if 0.1 < fraction < 0.9:
            stamp = live.stat()
            os.utime(live, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000_000))

    with pytest.raises(BackupProblem) as refused:
        backup.make_backup(backup.prepare_backup(vault, usb), progress=something_writes_the_file)
    assert "changed on disk while the backup read it" in str(refused.value)
    assert list(usb.iterdir()) == []


def test_a_nearly_full_vault_disk_no_longer_stops_a_backup(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shop_desktop.core.backup import backup_disk

    for n in range(20):
        make_client(vault, f"Client {n}")
    usb = tmp_path / "usb"
    usb.mkdir()
    real = backup_disk.shutil.disk_usage
    vault_folder = vault.folder.resolve()

    def vault_disk_full(path: Path | str) -> object:
        free = 50_000 if Path(path).resolve() == vault_folder else 10**12
        return real(path)._replace(free=free)

    monkeypatch.setattr(backup_disk.shutil, "disk_usage", vault_disk_full)
    made = backup.make_backup(backup.prepare_backup(vault, usb))
    assert made.path.exists() and not list(vault.folder.glob(".shop.db.snapshot-*"))


def test_a_backup_whose_body_is_in_rollback_mode_as_earlier_versions_made_them_restores(
    vault: Vault, tmp_path: Path
) -> None:
    for n in range(25):
        make_visit(vault, make_client(vault, f"Client {n} مرحبا"), "Shower")
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.make_backup(backup.prepare_backup(vault, usb))
    opened = backup.open_backup(made.path, "coordinator", COORDINATOR_PASS)
    body = tmp_path / "body.db"
    with open(body, "wb") as sink:
        backup.check_body(opened, sink, backup.NoProgress, backup.NeverCancelled)
    conn = db.connect(body, opened.data_key)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # as backups are made now
        conn.execute("PRAGMA journal_mode = DELETE")  # as the snapshot copies of earlier versions were
    finally:
        conn.close()
    assert body.stat().st_size == opened.header.body_size
    earlier = tmp_path / "SHOP-backup-earlier.shopbackup"
    with open(body, "rb") as rollback_body:
        backup._write_container(
            opened.header, opened.data_key, rollback_body, earlier, backup.NoProgress, backup.NeverCancelled
        )
    assert restored_visits(earlier, tmp_path / "restored-earlier") == 25
    assert restored_visits(made.path, tmp_path / "restored-now") == 25


def test_erasing_someone_during_a_backup_holds_nobody_back_and_the_backup_writes_it_back(
    vault: Vault, tmp_path: Path
) -> None:
    asked = make_client(vault, "Asked to be forgotten", remark="lives above the laundromat")
    for n in range(30):
        make_client(vault, f"Client {n}", remark="z" * 1900)
    usb = tmp_path / "usb"
    usb.mkdir()
    took: list[float] = []

    def forget_meanwhile(fraction: float, words: str) -> None:
        if took or not 0.1 < fraction < 0.9:
            return
        started = time.perf_counter()
        clients.purge_on_request(vault, asked.id)  # its write-back can't happen under the backup's read
        took.append(time.perf_counter() - started)

    backup.make_backup(backup.prepare_backup(vault, usb), progress=forget_meanwhile)
    assert took and took[0] < 0.5, f"erasing took {took} s during the backup (a checkpoint waited for it)"
    wal = vault.folder / "shop.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # the backup's worker wrote it back at its end
    forgotten = clients.get_client(vault, asked.id)
    assert forgotten.status == "purged" and not forgotten.details.alias and not forgotten.details.remark


def test_sync_is_refused_while_this_app_backs_up_the_vault(vault: Vault, tmp_path: Path) -> None:
    for n in range(30):
        make_client(vault, f"Client {n}", remark="s" * 1900)
    usb = tmp_path / "usb"
    usb.mkdir()
    refused: list[str] = []

    def sync_now_meanwhile(fraction: float, words: str) -> None:
        if refused or not 0.1 < fraction < 0.9:
            return
        with pytest.raises(VaultInUse) as caught:
            exchange.set_aside(vault)  # APSW can't see this process's locks: it would write under the read
        refused.append(str(caught.value))

    backup.make_backup(backup.prepare_backup(vault, usb), progress=sync_now_meanwhile)
    assert refused and "backup" in refused[0]


def test_a_file_swapped_in_as_the_read_begins_is_refused(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_visit(vault, make_client(vault, "Zoë"), "Shower")
    usb = tmp_path / "usb"
    usb.mkdir()
    live = vault.folder / "shop.db"
    begin = backup._begin_still

    def and_then_a_rekey_swaps_the_file(*args: object) -> None:
        begin(*args)  # type: ignore[arg-type]
        shutil.copyfile(live, tmp_path / "swapped.db")
        os.replace(tmp_path / "swapped.db", live)  # as rotation.swap_in renames the re-keyed copy in

    monkeypatch.setattr(backup, "_begin_still", and_then_a_rekey_swaps_the_file)
    with pytest.raises(BackupProblem) as refused:
        backup.make_backup(backup.prepare_backup(vault, usb))
    assert "Staff accounts changed while the backup ran" in str(refused.value)
    assert list(usb.iterdir()) == []
