"""Bundle files: sealed and signed, refused in plain words when changed (core/sync/bundle.py).

The attacker here has the file: they flip a byte in the header, the sealed contents or the
signature, and the receiver must refuse it without applying anything.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from shop_desktop.core.store import crypto
from shop_desktop.core.sync import bundle

VAULT = "ab" * 16


def _made(tmp_path: Path) -> tuple[Path, bytes, bytes, bytes]:
    sign_private, sign_public = crypto.new_signing_keypair()
    key = bundle.sync_key(crypto.new_key(), VAULT, 1, "centre", b"s" * 32)
    header = bundle.Header(VAULT, 2, "centre", 7, 1, 5, "2026-12-02T03:00:00+00:00")
    raw = bundle.make(
        header, b"CHANGESET" * 50, {"devices": []}, keys_payload=b"", seal_key=key, sign_private=sign_private
    )
    path = bundle.write(tmp_path, header.name, raw)
    return path, key, sign_public, raw


def test_a_bundle_reads_back_what_was_sealed_and_says_who_signed_it(tmp_path: Path) -> None:
    path, key, sign_public, raw = _made(tmp_path)
    assert path.name == f"{VAULT}-d2-centre-00000007.shopsync"
    assert bundle.parse_name(path.name) == (VAULT, 2, "centre", 7)
    read = bundle.read(path.read_bytes(), path.name)
    assert read.header.seq == 7 and read.header.author == 5
    assert bundle.signed_by(read, {sign_public})
    assert not bundle.signed_by(read, {crypto.new_signing_keypair()[1]})
    changeset, extras = bundle.open_contents(read, key)
    assert changeset == b"CHANGESET" * 50 and extras == {"devices": []}
    assert b"CHANGESET" not in raw  # sealed (and compressed), not in plain sight
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.parametrize("where", ["header", "ciphertext", "signature"])
def test_a_byte_flipped_anywhere_is_refused_as_changed(tmp_path: Path, where: str) -> None:
    path, key, sign_public, raw = _made(tmp_path)
    spot = {"header": raw.index(b'"seq": 7') + 8, "ciphertext": len(raw) - 200, "signature": len(raw) - 3}[where]
    changed = bytearray(raw)
    changed[spot] ^= 0x01
    try:
        read = bundle.read(bytes(changed), path.name)
    except bundle.BundleRefused as refused:
        assert "changed after it was made" in str(refused)
        return
    assert not bundle.signed_by(read, {sign_public})  # the receiver stops here (core/sync/receive.py)
    if where != "signature":
        with pytest.raises(bundle.BundleRefused, match="changed after it was made"):
            bundle.open_contents(read, key)


def test_another_profiles_or_epochs_key_does_not_open_it(tmp_path: Path) -> None:
    path, key, _, _ = _made(tmp_path)
    read = bundle.read(path.read_bytes(), path.name)
    for wrong in (crypto.new_key(), bundle.sync_key(b"k" * 32, VAULT, 1, "outreach", b"t" * 32)):
        with pytest.raises(bundle.BundleRefused):
            bundle.open_contents(read, wrong)


def test_cut_short_is_refused(tmp_path: Path) -> None:
    path, _, _, raw = _made(tmp_path)
    with pytest.raises(bundle.BundleRefused, match="changed"):
        bundle.read(raw[:-10], path.name)
    assert bundle.parse_name("notes.txt") is None and bundle.parse_name(path.name + ".partial") is None
