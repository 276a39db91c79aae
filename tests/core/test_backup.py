"""Backups: a round trip that is identical row by row, and every kind of damage refused with nothing changed."""

from __future__ import annotations

import errno
import hashlib
import json
import random
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from shop_desktop.core.backup import backup, restore
from shop_desktop.core.care import notes
from shop_desktop.core.care.notes import NoteDraft
from shop_desktop.core.errors import (
    BackupProblem,
    DiskFull,
    PermissionDenied,
    VaultError,
    VaultInUse,
    WrongPassphrase,
)
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit, journal
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, PASSPHRASES, add_member, sign_in_as
from tests.factories import make_client, make_visit

FIXED = struct.Struct(">8sHI")


def fill(vault: Vault, clients: int = 30) -> None:
    """Enough rows that the body spans several 64 KiB chunks, with notes in several scripts."""
    for n in range(clients):
        client = make_client(vault, f"Client {n} Sofía")
        make_visit(vault, client, "Shower", "Meal")
        notes.sign_note(
            vault,
            NoteDraft(
                client_id=client.id,
                note_type="counselling",
                body=f"Note {n}: مرحبا 🌱 " + "x" * 3000,
                tags=("housing",),
            ),
        )


@pytest.fixture
def made(vault: Vault, tmp_path: Path) -> backup.BackupResult:
    fill(vault)
    usb = tmp_path / "usb"
    usb.mkdir()
    return backup.make_backup(backup.prepare_backup(vault, usb))


def live_bytes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name.startswith("shop.")
    }


def chunks_of(data: bytes) -> tuple[bytes, list[bytes]]:
    """Split a backup into its prefix (fixed part and header) and its chunk records, independently."""
    _, _, length = FIXED.unpack(data[: FIXED.size])
    offset = FIXED.size + length
    records = []
    while offset < len(data):
        (size,) = struct.unpack(">I", data[offset : offset + 4])
        records.append(data[offset : offset + 4 + size])
        offset += 4 + size
    return data[: FIXED.size + length], records


def rows(conn: object, table: str) -> list[tuple[object, ...]]:
    return sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)  # type: ignore[attr-defined]


def test_round_trip_is_identical_row_by_row_including_notes(
    vault: Vault, made: backup.BackupResult, tmp_path: Path, vault_dir: Path
) -> None:
    tables = [
        r[0]
        for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]
    before = {t: rows(vault.conn, t) for t in tables}
    vault_rows_audit = vault.conn.execute("SELECT * FROM audit ORDER BY id").fetchall()
    bodies = {h.id: notes.open_note(vault, h.id).body for c in range(1, 31) for h in notes.notes_for_client(vault, c)}
    vault.lock()
    opened = backup.open_backup(made.path, "coordinator", COORDINATOR_PASS)
    result = restore.restore_backup(opened, tmp_path / "restored")
    restored = Vault.open(tmp_path / "restored", "coordinator", COORDINATOR_PASS)
    try:
        for table in tables:
            if table == "audit":  # the restore and the sign-in add entries after the backup's
                kept = made.header.counts["audit"]
                got = restored.conn.execute("SELECT * FROM audit WHERE id <= ? ORDER BY id", (kept,)).fetchall()
                assert got == vault_rows_audit[:kept]
                assert {e.action for e in audit.entries(restored.conn)} >= {"backup.restored"}
            elif table == "meta":
                continue  # last-backup stamps are written after the snapshot, by design
            else:
                assert rows(restored.conn, table) == before[table], table
        assert {i: notes.open_note(restored, i).body for i in bodies} == bodies
        assert restored.verify_audit().ok
        assert result.counts["notes"] == 30 and result.kept_old is None
    finally:
        restored.lock()


def test_backup_is_verified_fingerprinted_and_remembered(vault: Vault, made: backup.BackupResult) -> None:
    assert made.path.name.startswith("SHOP-backup-Test-Drop-in-") and made.path.suffix == ".shopbackup"
    assert list(made.path.parent.iterdir()) == [made.path]  # no .partial left
    last = backup.last_backup(vault)
    assert last.fingerprint == made.fingerprint == backup.file_fingerprint(made.path)
    assert last.folder == str(made.path.parent) and last.age_days() is not None and last.age_days() < 0.01
    assert "backup.made" in {e.action for e in audit.entries(vault.conn)}
    assert b"Sof\xc3\xada" not in made.path.read_bytes() and "Sofía".encode("utf-16-le") not in made.path.read_bytes()


def test_verify_passes_on_a_good_backup(vault: Vault, made: backup.BackupResult) -> None:
    opened = backup.open_backup(made.path, "coordinator", COORDINATOR_PASS)
    assert restore.verify_backup(opened) == made.fingerprint
    assert opened.header.counts["clients"] == 30 and opened.header.made_by == "Cora Ordinator"


def assert_refused(path: Path, live: Path, message_part: str | None = None) -> None:
    """Opening, verifying and restoring over the live vault are all refused; the live bytes stay."""
    before = live_bytes(live)
    with pytest.raises(VaultError) as caught:
        opened = backup.open_backup(path, "coordinator", COORDINATOR_PASS)
        restore.restore_backup(opened, live, replace=True)
    assert isinstance(caught.value, (BackupProblem, WrongPassphrase)) or "newer version" in str(caught.value)
    if message_part:
        assert message_part in str(caught.value)
    assert live_bytes(live) == before
    assert not any(p.name.endswith(".restoring") for p in live.iterdir())


@pytest.fixture
def good(vault: Vault, made: backup.BackupResult) -> bytes:
    vault.lock()
    return made.path.read_bytes()


def write_damaged(tmp_path: Path, good: bytes, damaged: bytes, name: str = "bad.shopbackup") -> Path:
    assert damaged != good  # the damage is real
    path = tmp_path / name
    path.write_bytes(damaged)
    return path


def test_truncated_at_every_chunk_boundary_and_at_random_offsets(good: bytes, tmp_path: Path, vault_dir: Path) -> None:
    prefix, records = chunks_of(good)
    assert len(records) >= 3
    cuts = [len(prefix) + sum(len(r) for r in records[:n]) for n in range(len(records))]
    cuts += random.Random(7).sample(range(1, len(good)), 40)
    for cut in cuts:
        assert_refused(write_damaged(tmp_path, good, good[:cut]), vault_dir)


def test_a_thousand_single_bit_flips_are_all_refused(good: bytes, tmp_path: Path, vault_dir: Path) -> None:
    rng = random.Random(11)
    before = live_bytes(vault_dir)
    prefix_len = len(chunks_of(good)[0])
    for number in range(1000):
        # A third land in the header and key file, where the parser is most exposed.
        position = rng.randrange(prefix_len) if number % 3 == 0 else rng.randrange(len(good))
        damaged = bytearray(good)
        damaged[position] ^= 1 << rng.randrange(8)
        path = write_damaged(tmp_path, good, bytes(damaged))
        with pytest.raises(VaultError):
            restore.verify_backup(backup.open_backup(path, "coordinator", COORDINATOR_PASS))
    assert live_bytes(vault_dir) == before


def test_chunks_swapped_duplicated_or_dropped_and_bytes_appended(good: bytes, tmp_path: Path, vault_dir: Path) -> None:
    prefix, records = chunks_of(good)
    swapped = [records[1], records[0], *records[2:]]
    duplicated = [records[0], records[1], records[1], *records[2:]]
    dropped = [records[0], *records[2:]]
    last_dropped = records[:-1]
    for variant in (swapped, duplicated, dropped, last_dropped):
        assert_refused(write_damaged(tmp_path, good, prefix + b"".join(variant)), vault_dir, "damaged")
    assert_refused(write_damaged(tmp_path, good, good + b"\x00" * 10), vault_dir, "extra bytes")


def test_altered_header_fields_are_refused(good: bytes, tmp_path: Path, vault_dir: Path) -> None:
    prefix, records = chunks_of(good)
    header = json.loads(prefix[FIXED.size :])
    for field, value in (
        ("counts", {**header["counts"], "clients": 3}),
        ("made_by", "Someone Else"),
        ("chunks", header["chunks"] - 1),
        ("body_size", 10),
        ("schema_version", 1),
    ):
        altered = json.dumps({**header, field: value}, sort_keys=True, ensure_ascii=False).encode()
        data = FIXED.pack(b"SHOPBAK\n", 1, len(altered)) + altered + b"".join(records)
        assert_refused(write_damaged(tmp_path, good, data), vault_dir)
    newer = FIXED.pack(b"SHOPBAK\n", 2, len(prefix) - FIXED.size) + prefix[FIXED.size :] + b"".join(records)
    assert_refused(write_damaged(tmp_path, good, newer), vault_dir, "newer version")


def test_empty_file_and_other_file_types(good: bytes, tmp_path: Path, vault_dir: Path) -> None:
    assert_refused(write_damaged(tmp_path, good, b""), vault_dir, "not a SHOP Desktop backup")
    assert_refused(write_damaged(tmp_path, good, b"%PDF-1.4\n" + b"0" * 500), vault_dir, "not a SHOP Desktop")
    assert_refused(write_damaged(tmp_path, good, b"\x89PNG\r\n\x1a\n" + b"0" * 500), vault_dir, "not a SHOP")


def test_wrong_passphrase_and_unknown_user(made: backup.BackupResult, good: bytes) -> None:
    with pytest.raises(WrongPassphrase, match="don't open this backup"):
        backup.open_backup(made.path, "coordinator", "not the right passphrase at all")
    with pytest.raises(WrongPassphrase):
        backup.open_backup(made.path, "nobody", COORDINATOR_PASS)


def test_recovery_key_restores(new_vault: tuple[Vault, str], tmp_path: Path) -> None:
    vault, recovery = new_vault
    make_client(vault, "Jade")
    (tmp_path / "usb").mkdir()
    made = backup.make_backup(backup.prepare_backup(vault, tmp_path / "usb"))
    opened = backup.open_backup_with_recovery(made.path, recovery)
    result = restore.restore_backup(opened, tmp_path / "elsewhere")
    assert result.counts["clients"] == 1


def test_restore_over_the_live_vault_keeps_it_beside(vault: Vault, made: backup.BackupResult, vault_dir: Path) -> None:
    make_client(vault, "After the backup")
    vault.lock()
    live = restore.prove_live(vault_dir, username="coordinator", passphrase=COORDINATOR_PASS)  # T6
    old = live_bytes(vault_dir)
    opened = backup.open_backup(made.path, "coordinator", COORDINATOR_PASS)
    result = restore.restore_backup(opened, vault_dir, replace=True, live=live)
    assert result.kept_old is not None and live_bytes(result.kept_old)["shop.keys"] == old["shop.keys"]
    restored = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        assert restored.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 30
    finally:
        restored.lock()
    kept = Vault.open(result.kept_old, "coordinator", COORDINATOR_PASS)
    try:
        assert kept.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 31
    finally:
        kept.lock()


def test_restore_refused_while_the_vault_is_open_and_into_an_occupied_folder(
    vault: Vault, made: backup.BackupResult, vault_dir: Path
) -> None:
    opened = backup.open_backup(made.path, "coordinator", COORDINATOR_PASS)
    before = live_bytes(vault_dir)
    with pytest.raises(VaultError, match="already a vault"):
        restore.restore_backup(opened, vault_dir)
    with pytest.raises(VaultInUse):
        restore.restore_backup(opened, vault_dir, replace=True)
    assert live_bytes(vault_dir) == before


def test_front_desk_can_neither_back_up_nor_restore(
    vault: Vault, made: backup.BackupResult, vault_dir: Path, tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied):
        backup.prepare_backup(sign_in_as_front_desk(vault, vault_dir), tmp_path)


def sign_in_as_front_desk(vault: Vault, vault_dir: Path) -> Vault:
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    return sign_in_as(vault_dir, Role.FRONT_DESK)


def test_an_account_without_restore_rights_of_the_day_cannot_restore(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    add_member(vault, Role.FRONT_DESK)
    (tmp_path / "usb").mkdir()
    made = backup.make_backup(backup.prepare_backup(vault, tmp_path / "usb"))
    vault.lock()
    opened = backup.open_backup(made.path, "frontdesk", PASSPHRASES[Role.FRONT_DESK])
    with pytest.raises(PermissionDenied):
        restore.restore_backup(opened, tmp_path / "new")
    assert not (tmp_path / "new" / "shop.db").exists()


def test_a_full_disk_gives_a_clear_message_and_no_final_file(vault: Vault, tmp_path: Path) -> None:
    fill(vault, 10)
    usb = tmp_path / "usb"
    usb.mkdir()
    writes = []

    def full_after_the_header(kind: str, path: Path) -> None:
        if kind == "write" and path.name.endswith(".partial"):
            writes.append(path)
            if len(writes) > 1:
                raise OSError(errno.ENOSPC, "No space left on device")

    journal.set_hook(full_after_the_header)
    try:
        with pytest.raises(DiskFull, match="is full") as caught:
            backup.make_backup(backup.prepare_backup(vault, usb))
    finally:
        journal.set_hook(None)
    assert "No backup was written" in str(caught.value) and "No space left" not in str(caught.value)
    assert list(usb.iterdir()) == []
    assert backup.last_backup(vault).at is None


KILLED_CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from shop_desktop.core.backup import backup, restore
from shop_desktop.core.store.vault import Vault
vault = Vault.open(Path({folder!r}), "coordinator", {secret!r})
print("ready", flush=True)
backup.make_backup(backup.prepare_backup(vault, Path({usb!r})))
"""


def test_a_backup_killed_at_random_moments_leaves_a_verified_file_or_only_a_partial(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    fill(vault, 40)
    vault.lock()
    usb = tmp_path / "usb"
    usb.mkdir()
    root = str(Path(__file__).resolve().parents[2])
    code = KILLED_CHILD.format(root=root, folder=str(vault_dir), secret=COORDINATOR_PASS, usb=str(usb))
    rng = random.Random(5)
    for _ in range(6):
        child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.15))
        child.kill()
        child.wait()
    for path in usb.iterdir():
        if path.name.endswith(".partial"):
            continue
        assert path.suffix == ".shopbackup"
        restore.verify_backup(backup.open_backup(path, "coordinator", COORDINATOR_PASS))
