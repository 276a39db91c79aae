"""An enrollment file damaged on the way: the rightful joiner is told so in plain words.

Played with the file's bytes: the sealed file key's first 32 bytes (the sender's one-time public
key) zeroed, a point with no shared key (X25519 refuses it with a ValueError of its own), and a
header changed after the file was made. Once the joiner's passphrase has proved who they are, the
refusal says the file is damaged, not that it was made for someone else.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from shop_desktop.core.errors import InvalidInput, VaultError
from shop_desktop.core.roles import Role
from shop_desktop.core.store import crypto
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import devices, enrollment
from tests.conftest import PASSPHRASES, add_member
from tests.sync.enrollment_bytes import take_apart

DAMAGED = "not a SHOP Desktop enrollment file, or it was changed or cut short"


@pytest.fixture
def made(vault: Vault, tmp_path: Path) -> Path:
    add_member(vault, Role.OUTREACH)
    return devices.add(vault, "Outreach laptop", "outreach", tmp_path / "out", "outreach")


def _frames(parts: list[bytes]) -> bytes:
    return enrollment.MAGIC + b"".join(struct.pack(">Q", len(p)) + p for p in parts)


def _refusal(tmp_path: Path, parts: list[bytes], kind: type[VaultError] = InvalidInput) -> VaultError:
    """The outreach worker joins from a file of these frames: refused with `kind`, no folder left."""
    odd = tmp_path / "odd.shopenroll"
    odd.write_bytes(_frames(parts))
    with pytest.raises(kind) as refused:
        enrollment.join(odd, tmp_path / "laptop", "outreach", PASSPHRASES[Role.OUTREACH])
    assert not (tmp_path / "laptop").exists()
    return refused.value


def test_open_box_refuses_a_sender_key_of_zeros_as_a_failed_decryption() -> None:
    private, public = crypto.new_box_keypair()
    sealed = crypto.seal_to(public, b"file key", b"ad")
    assert crypto.open_box(private, sealed, b"ad") == b"file key"  # the control
    with pytest.raises(crypto.DecryptionFailed):
        crypto.open_box(private, bytes(32) + sealed[32:], b"ad")


def test_a_zeroed_sender_key_tells_the_joiner_the_file_is_damaged(made: Path, tmp_path: Path) -> None:
    _, (header_raw, keys_payload, sealed_key, sealed) = take_apart(made)
    assert DAMAGED in str(_refusal(tmp_path, [header_raw, keys_payload, bytes(32) + sealed_key[32:], sealed]))


def test_a_changed_header_tells_the_rightful_joiner_it_is_damaged(made: Path, tmp_path: Path) -> None:
    header, (_, keys_payload, sealed_key, sealed) = take_apart(made)
    header["name"] = "Someone's laptop"
    refused = _refusal(tmp_path, [json.dumps(header, sort_keys=True).encode(), keys_payload, sealed_key, sealed])
    assert DAMAGED in str(refused) and "made for" not in str(refused)


@pytest.mark.parametrize(
    "header_raw",
    [b"[1, 2, 3]", b'"a string"', b"42", b"null", b'{"format": "shop-enrollment", "version": [3]}', b"{}"],
)
def test_a_header_that_is_not_an_object_of_ours_is_refused_in_plain_words(
    made: Path, tmp_path: Path, header_raw: bytes
) -> None:
    """Valid JSON, wrong shape: refused as not an enrollment file, never a Python error."""
    _, (_, keys_payload, sealed_key, sealed) = take_apart(made)
    assert DAMAGED in str(_refusal(tmp_path, [header_raw, keys_payload, sealed_key, sealed]))


@pytest.mark.parametrize("keys_raw", [b"[]", b'{"format": "shop-keys"}', b'"keys"', b"{}"])
def test_a_key_list_that_is_not_one_is_refused_in_plain_words(made: Path, tmp_path: Path, keys_raw: bytes) -> None:
    _, (header_raw, _, sealed_key, sealed) = take_apart(made)
    assert DAMAGED in str(_refusal(tmp_path, [header_raw, keys_raw, sealed_key, sealed]))


@pytest.mark.parametrize("epoch", ["0", [0], None, 1.5])
def test_a_key_epoch_that_is_not_a_number_is_refused_in_plain_words(made: Path, tmp_path: Path, epoch: object) -> None:
    header, (_, keys_payload, sealed_key, sealed) = take_apart(made)
    header["epoch"] = epoch
    refused = _refusal(
        tmp_path, [json.dumps(header, sort_keys=True).encode(), keys_payload, sealed_key, sealed], VaultError
    )
    assert "Ask for a new one" in str(refused)
