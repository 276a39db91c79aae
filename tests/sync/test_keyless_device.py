"""A device enrolled before devices had keys (#25): its bundles are refused until a coordinator or
admin gives it a key by signing in on it and syncing; nobody else can write in its name.

The laptop here is made keyless the way a vault of the previous version was: no key of its own,
and none listed for it at the centre or the office (raw SQL, as the upgrade found them)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from shop_desktop.core.roles import Role
from shop_desktop.core.store import crypto
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import bundle, device_keys, syncing
from shop_desktop.core.sync.syncing import SyncPlan
from tests.conftest import COORDINATOR_PASS, PASSPHRASES
from tests.factories import make_client
from tests.sync.test_trust_bundles import inserting, next_seq
from tests.sync.three import Three, make_three, sync

LAPTOP = 2
PLANTED = (LAPTOP << 40 | 7, "PLT01", "Planted By A Colleague", "planted", None, None, None, None, None,
           "2026-01-01", None, 0, None, "active", None, None, "2026-01-01", "2026-01-01")  # fmt: skip


def _aliases(vault: Vault) -> set[str]:
    return {row[0] for row in vault.conn.execute("SELECT alias FROM clients")}


@pytest.fixture
def three(tmp_path: Path) -> Iterator[Three]:
    made = make_three(tmp_path)
    made.laptop.conn.execute("DELETE FROM meta WHERE key = 'sync.device_key'")
    for vault in (made.centre, made.office, made.laptop):
        vault.conn.execute("DELETE FROM meta WHERE key LIKE 'sync.device_public.2'")
    sync(made.centre)
    sync(made.office)
    yield made
    made.close()


def _reopen(three: Three, which: str, username: str, passphrase: str) -> Vault:
    getattr(three, which).lock()
    vault = Vault.open(three.root / which, username, passphrase)
    setattr(three, which, vault)
    return vault


def _plan(vault: Vault) -> SyncPlan:
    plan = syncing.prepare(vault)
    syncing.finish(vault, None)
    return plan


def _no_key(messages: list[str]) -> bool:
    return any("Outreach laptop" in m and "no device key here yet" in m for m in messages)


def test_a_keyless_devices_bundles_wait_for_a_manager_then_arrive(three: Three) -> None:
    make_client(three.laptop, "Made On The Keyless Laptop")
    assert sync(three.laptop).written
    refused = sync(three.centre).refused
    assert _no_key(refused), refused
    assert "Made On The Keyless Laptop" not in _aliases(three.centre)

    _reopen(three, "laptop", "coordinator", COORDINATOR_PASS)  # the coordinator signs in on the laptop
    sync(three.laptop)
    assert (three.folder / device_keys.listing_name(three.laptop.keys.vault_id, LAPTOP)).is_file()
    for vault in (three.centre, three.office):
        result = sync(vault)
        assert not result.refused, result.refused
        assert "Made On The Keyless Laptop" in _aliases(vault)
    _reopen(three, "laptop", "outreach", PASSPHRASES[Role.OUTREACH])
    make_client(three.laptop, "After The Key")
    sync(three.laptop)
    assert not sync(three.centre).refused
    assert "After The Key" in _aliases(three.centre)


def test_a_colleague_cant_write_in_a_keyless_devices_name(three: Three) -> None:
    """The counsellor at the office PC builds an outreach bundle numbered as the laptop's next,
    signed with their own certified key only, and a listing file of a key pair of their own."""
    insider = _plan(_reopen(three, "office", "counsellor", PASSPHRASES[Role.COUNSELLOR]))
    state, run = insider.state, insider.run
    planted = inserting(three.centre, "clients", PLANTED)
    header = bundle.Header(state.vault_id, LAPTOP, "outreach", next_seq(three.centre, LAPTOP), state.newest_epoch,
                           run["author"], "2026-01-01T00:00:00+00:00", 0)  # fmt: skip
    seal = bundle.sync_key(state.data_keys[header.epoch], state.vault_id, header.epoch, "outreach",
                           state.secrets["outreach"])  # fmt: skip
    raw = bundle.make(header, planted, {"devices": []}, keys_payload=b"", seal_key=seal,
                      sign_private=run["sign_private"])  # fmt: skip
    path = bundle.write(three.folder, header.name, raw)
    own_private, own_public = crypto.new_signing_keypair()
    record = {"format": device_keys.FORMAT, "vault_id": state.vault_id, "device": LAPTOP,
              "sign_public": own_public.hex(), "signer": run["author"]}  # fmt: skip
    message = b"shop-sync-device-key-v1|" + json.dumps(record, sort_keys=True).encode()
    listing = {"record": record, "signature": crypto.sign(run["sign_private"], message).hex(),
               "device_signature": crypto.sign(own_private, message).hex()}  # fmt: skip
    (three.folder / device_keys.listing_name(state.vault_id, LAPTOP)).write_text(json.dumps(listing))

    result = sync(three.centre)
    assert path.name not in result.applied
    assert _no_key(result.refused), result.refused
    assert "Planted By A Colleague" not in _aliases(three.centre)
    assert three.centre.conn.execute("SELECT 1 FROM meta WHERE key = 'sync.device_public.2'").fetchone() is None


def test_a_centre_upgraded_after_enrolling_devices_lists_its_new_key(tmp_path: Path) -> None:
    """The centre PC of the previous version had no key either; the one it makes now is news to the
    devices it enrolled, so its coordinator's next sync writes the listing they read."""
    made = make_three(tmp_path)
    try:
        made.centre.conn.execute("DELETE FROM meta WHERE key = 'sync.device_key'")
        for vault in (made.centre, made.office, made.laptop):
            vault.conn.execute("DELETE FROM meta WHERE key = 'sync.device_public.0'")
        make_client(made.centre, "After The Upgrade")
        sync(made.centre)
        assert (made.folder / device_keys.listing_name(made.centre.keys.vault_id, 0)).is_file()
        for vault in (made.office, made.laptop):
            result = sync(vault)
            assert not result.refused, result.refused
            assert "After The Upgrade" in _aliases(vault)
    finally:
        made.close()
