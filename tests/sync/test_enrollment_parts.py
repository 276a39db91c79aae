"""The enrollment file's replica sealed in parts (format 3): played with the file's bytes, every
rearrangement of the parts is refused in plain words and leaves nothing behind; a file of the
earlier format (the replica sealed whole) still joins; and joining never holds the whole replica.

The parts are made small here (4 KiB instead of 1 MiB) so that a small test vault has dozens."""

from __future__ import annotations

import json
import struct
import tracemalloc
from pathlib import Path

import pytest

from shop_desktop.core.errors import InvalidInput
from shop_desktop.core.roles import Role
from shop_desktop.core.store import crypto
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import devices, enrollment
from tests.conftest import PASSPHRASES, add_member
from tests.factories import make_client
from tests.sync.enrollment_bytes import take_apart

DAMAGED = "not a SHOP Desktop enrollment file, or it was changed or cut short"
PART = 4096
ALIASES = [f"Parted Client {n}" for n in range(40)]


@pytest.fixture
def made(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(enrollment, "REPLICA_PART", PART)
    add_member(vault, Role.OUTREACH)
    for alias in ALIASES:
        make_client(vault, alias)
    return devices.add(vault, "Outreach laptop", "outreach", tmp_path / "out", "outreach")


def _split(path: Path) -> tuple[bytes, list[bytes]]:
    """(everything before the sealed replica's frame, each sealed part with its 4-byte length)."""
    _, (header_raw, keys_payload, sealed_key, stream) = take_apart(path)
    head = enrollment.MAGIC + b"".join(struct.pack(">Q", len(p)) + p for p in (header_raw, keys_payload, sealed_key))
    parts, at = [], 0
    while at < len(stream):
        (length,) = struct.unpack_from(">I", stream, at)
        parts.append(stream[at : at + 4 + length])
        at += 4 + length
    assert at == len(stream)
    return head, parts


def _write(path: Path, head: bytes, parts: list[bytes]) -> Path:
    stream = b"".join(parts)
    path.write_bytes(head + struct.pack(">Q", len(stream)) + stream)
    return path


def _join(path: Path, tmp_path: Path) -> Path:
    return enrollment.join(path, tmp_path / "laptop", "outreach", PASSPHRASES[Role.OUTREACH])


def _aliases(folder: Path) -> list[str]:
    session = Vault.open(folder, "outreach", PASSPHRASES[Role.OUTREACH])
    try:
        return [r[0] for r in session.conn.execute("SELECT alias FROM clients ORDER BY id")]
    finally:
        session.lock()


def test_a_file_of_many_parts_joins_whole(made: Path, tmp_path: Path) -> None:
    head, parts = _split(made)
    assert len(parts) > 10 and all(len(p) <= 4 + PART + 16 for p in parts)
    assert _aliases(_join(made, tmp_path)) == ALIASES
    assert not list(tmp_path.glob(".laptop.joining*"))


@pytest.mark.parametrize(
    "rearranged",
    [
        pytest.param(lambda p: [p[1], p[0], *p[2:]], id="two parts swapped"),
        pytest.param(lambda p: p[:-1], id="the last part cut off"),
        pytest.param(lambda p: [*p[:3], *p[4:]], id="a part dropped"),
        pytest.param(lambda p: [*p[:3], p[3], *p[3:]], id="a part repeated"),
        pytest.param(lambda p: [*p, p[-1]], id="the last part again after the end"),
        pytest.param(lambda p: [*p[:-1], p[-1][:4] + bytes(len(p[-1]) - 4)], id="the last part zeroed"),
    ],
)
def test_rearranged_parts_are_refused_and_leave_nothing(made: Path, tmp_path: Path, rearranged: object) -> None:
    head, parts = _split(made)
    broken = _write(tmp_path / "broken.shopenroll", head, rearranged(parts))  # type: ignore[operator]
    with pytest.raises(InvalidInput, match=DAMAGED):
        _join(broken, tmp_path)
    assert not (tmp_path / "laptop").exists()
    assert not list(tmp_path.glob(".laptop.joining*"))  # no half-written replica either


def test_bytes_after_the_frame_are_refused(made: Path, tmp_path: Path) -> None:
    longer = tmp_path / "longer.shopenroll"
    longer.write_bytes(made.read_bytes() + b"\0")
    with pytest.raises(InvalidInput, match=DAMAGED):
        enrollment.describe(longer)
    with pytest.raises(InvalidInput, match=DAMAGED):
        _join(longer, tmp_path)


def test_a_file_of_the_earlier_format_still_joins(
    vault: Vault, made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made as the previous build made it: header version 2, the replica sealed in one piece."""
    file_keys: list[bytes] = []
    real_seal_to = crypto.seal_to

    def keep(public: bytes, plaintext: bytes, associated: bytes) -> bytes:
        file_keys.append(plaintext)
        return real_seal_to(public, plaintext, associated)

    monkeypatch.setattr(crypto, "seal_to", keep)
    again = devices.add(vault, "Second laptop", "outreach", tmp_path / "out2", "outreach")
    header, (header_raw, keys_payload, _, stream) = take_apart(again)
    cipher, replica, at, index = crypto.AESGCM(file_keys[-1]), b"", 0, 0
    associated = b"shop-enroll|" + header_raw + __import__("hashlib").sha256(keys_payload).digest()
    while at < len(stream):
        (length,) = struct.unpack_from(">I", stream, at)
        at += 4 + length
        nonce = struct.pack(">7sIB", b"enroll3", index, 1 if at == len(stream) else 0)
        replica += cipher.decrypt(nonce, stream[at - length : at], associated)
        index += 1
    old_header = json.dumps({**header, "version": 2}, sort_keys=True).encode()
    old_associated = b"shop-enroll|" + old_header + __import__("hashlib").sha256(keys_payload).digest()
    joiner = vault.keys.certificate(header["for_user"])
    assert joiner is not None
    sealed_key = real_seal_to(joiner.box_public, file_keys[-1], b"shop-enroll-key|" + old_header)
    parts = (old_header, keys_payload, sealed_key, crypto.seal(file_keys[-1], replica, old_associated))
    old = tmp_path / "old.shopenroll"
    old.write_bytes(b"SHOPENROLL2\n" + b"".join(struct.pack(">Q", len(p)) + p for p in parts))
    assert enrollment.describe(old)["name"] == "Second laptop"
    assert _aliases(_join(old, tmp_path)) == ALIASES


def test_joining_holds_a_part_at_a_time_not_the_whole_replica(made: Path, tmp_path: Path) -> None:
    _, parts = _split(made)
    replica_size = sum(len(p) for p in parts)
    tracemalloc.start()
    try:
        _join(made, tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert replica_size > 200_000
    assert peak < replica_size / 2, f"peak {peak:,} bytes of Python objects for a {replica_size:,}-byte replica"
