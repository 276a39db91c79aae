"""Bundles an attacker or a mishap puts in the folder: each refused in plain words, nothing applied."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Role
from shop_desktop.core.store import db, staff
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import bundle, devices, exchange, receive, syncing
from tests.conftest import COORDINATOR_PASS, PASSPHRASES
from tests.factories import make_client
from tests.sync.three import Three, sync


def _aliases(vault) -> set[str]:  # type: ignore[no-untyped-def]
    return {row[0] for row in vault.conn.execute("SELECT alias FROM clients")}


def _laptop_bundles(three: Three) -> list[Path]:
    return sorted(three.folder.glob("*-d2-outreach-*.shopsync"))


def test_a_tampered_bundle_is_refused_and_the_rest_wait_behind_it(three: Three) -> None:
    make_client(three.laptop, "Street Contact")
    sync(three.laptop)
    path = _laptop_bundles(three)[0]
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x40
    path.write_bytes(bytes(raw))
    result = sync(three.centre)
    assert any("was changed after it was made" in m for m in result.refused)
    assert "Street Contact" not in _aliases(three.centre)


def test_a_replayed_bundle_is_refused(three: Three) -> None:
    make_client(three.laptop, "Street Contact")
    sync(three.laptop)
    sync(three.centre)
    first = _laptop_bundles(three)[0]
    plan = syncing.prepare(three.centre)
    sync_conn = exchange.open_sync(three.centre.folder, three.centre.data_key)
    try:
        with pytest.raises(bundle.BundleRefused, match="was applied before"):
            receive.apply(sync_conn, plan.state, first, "centre")
    finally:
        sync_conn.close()
        syncing.finish(three.centre, None)
    renamed = first.with_name(first.name.replace("00000001", "00000002"))
    shutil.copyfile(first, renamed)  # the old bundle under the next number
    assert any("changed after it was made" in m for m in sync(three.centre).refused)


def test_a_missing_bundle_makes_the_later_one_wait_until_it_arrives(three: Three, tmp_path: Path) -> None:
    make_client(three.laptop, "First Contact")
    sync(three.laptop)
    make_client(three.laptop, "Second Contact")
    sync(three.laptop)
    first, second = _laptop_bundles(three)
    held = tmp_path / "held"
    shutil.move(first, held)
    result = sync(three.centre)
    assert any("Waiting for bundle 1 from device 2" in m for m in result.waiting)
    assert not {"First Contact", "Second Contact"} & _aliases(three.centre)
    shutil.move(held, first)
    sync(three.centre)
    assert {"First Contact", "Second Contact"} <= _aliases(three.centre)


def test_another_vaults_and_an_unknown_devices_bundles_are_refused(three: Three) -> None:
    make_client(three.laptop, "Street Contact")
    sync(three.laptop)
    path = _laptop_bundles(three)[0]
    shutil.copyfile(path, three.folder / path.name.replace(three.centre.keys.vault_id, "ab" * 16))
    shutil.copyfile(path, three.folder / path.name.replace("-d2-", "-d9-"))
    result = sync(three.centre)
    assert any("belongs to another vault" in m for m in result.refused)
    assert not any("-d9-" in name for name in result.applied)  # renamed: its signed header says device 2
    assert "Street Contact" in _aliases(three.centre)  # the real one still applies


def test_a_retired_devices_bundles_are_refused(three: Three) -> None:
    make_client(three.laptop, "Street Contact")
    sync(three.laptop)
    devices.retire(three.centre, 2)
    result = sync(three.centre)
    assert any("device 2, which was retired" in m for m in result.refused)
    assert "Street Contact" not in _aliases(three.centre)


def test_after_a_disable_the_leavers_laptop_bundles_are_refused_and_it_cant_open_new_ones(three: Three) -> None:
    outreach_id = next(m.id for m in staff.list_staff(three.centre) if m.username == "outreach")
    staff.disable_staff(three.centre, outreach_id)
    sync(three.centre)  # the centre's bundle, sealed under the new key, carries the new key file
    make_client(three.laptop, "After Disable")
    laptop_result = sync(three.laptop)
    assert any("sealed under a key this device hasn't been given" in m for m in laptop_result.waiting)
    result = sync(three.centre)
    assert any("disabled by then" in m for m in result.refused)
    assert "After Disable" not in _aliases(three.centre)
    old_key = three.office.data_key
    office = sync(three.office)
    assert office.adopted_keys is not None  # the office takes the new key file, and refuses the leaver too
    assert any("disabled by then" in m for m in office.refused)
    assert three.office.open_epoch == three.centre.open_epoch
    with pytest.raises(db.DatabaseError):  # the key the leaver knew no longer opens the office's file
        db.connect(three.office.folder / "shop.db", old_key)
    three.office.lock()
    with pytest.raises(VaultError):
        Vault.open(three.office.folder, "outreach", PASSPHRASES[Role.OUTREACH])
    Vault.open(three.office.folder, "coordinator", COORDINATOR_PASS).lock()


def test_the_laptop_holds_no_note_text_and_no_notes_key_grant(three: Three) -> None:
    from tests.sync.three import NOTE_TEXT

    sync(three.centre)
    sync(three.laptop)
    needle = NOTE_TEXT.encode()
    laptop_files = [p for p in three.laptop.folder.rglob("*") if p.is_file()] + [three.files["laptop"]]
    for path in laptop_files:
        assert needle not in path.read_bytes(), path
    conn = three.laptop.conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    dump = "\n".join(str(row) for t in tables for row in conn.execute(f'SELECT * FROM "{t}"'))
    assert NOTE_TEXT not in dump
    assert three.laptop.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    assert three.office.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 1

    def grants(folder: Path) -> int:
        return sum(len(s["notes_grants"]) for s in json.loads((folder / "shop.keys").read_text())["slots"])

    assert grants(three.laptop.folder) == 0
    assert grants(three.office.folder) >= 1
