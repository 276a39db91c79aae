"""The laptop's outreach worker plays the attacker: bundles forged with the laptop's own keys
(its data key, the outreach secret, the worker's certified signing key), written straight into
the shared folder. Each must be left out at the centre or the office, and the result says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import apsw
import pytest

from shop_desktop.core.store import staff
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import bundle, devices, syncing
from shop_desktop.core.sync.syncing import SyncPlan
from tests.factories import make_client
from tests.sync.three import Three, make_three, sync


@pytest.fixture
def three(tmp_path: Path) -> Iterator[Three]:
    made = make_three(tmp_path)
    sync(made.centre)
    sync(made.laptop)
    sync(made.centre)  # the centre has applied everything the laptop wrote so far
    yield made
    made.close()


def laptop_plan(three: Three) -> SyncPlan:
    """What the laptop's worker holds during a run: its keys, as the outreach worker."""
    plan = syncing.prepare(three.laptop)
    syncing.finish(three.laptop, None)
    return plan


def forge(three: Three, plan: SyncPlan, changeset: bytes, extras: dict[str, Any], **header: Any) -> Path:
    state, run = plan.state, plan.run
    fields = {"device": run["device"], "seq": laptop_sent(three) + 1,
              "epoch": state.newest_epoch, "at": "2001-01-01T00:00:00+00:00"} | header  # fmt: skip
    made = bundle.Header(
        state.vault_id, fields["device"], "outreach", fields["seq"], fields["epoch"], run["author"], fields["at"], 0
    )
    seal = bundle.sync_key(
        state.data_keys[made.epoch], state.vault_id, made.epoch, "outreach", state.secrets["outreach"]
    )
    raw = bundle.make(
        made, changeset, extras, keys_payload=b"", seal_key=seal, sign_private=run["sign_private"],
        device_private=run["device_key"],  # the laptop's own device key: its holder has it
    )  # fmt: skip
    return bundle.write(three.folder, made.name, raw)


def laptop_sent(three: Three) -> int:
    """The last number the laptop wrote: the attacker goes on from there, as a real bundle would."""
    row = three.laptop.conn.execute("SELECT value FROM meta WHERE key = 'sync.sent'").fetchone()
    return int(row[0]) if row else 0


def next_seq(vault: Vault, device: int) -> int:
    row = vault.conn.execute("SELECT last_seq FROM sync_devices WHERE number = ?", (device,)).fetchone()
    return int(row[0]) + 1


def inserting(vault: Vault, table: str, row: tuple[Any, ...]) -> bytes:
    """A changeset inserting one row into `table`, made on a scratch database with the same table."""
    scratch = apsw.Connection(":memory:")
    scratch.execute(vault.conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])
    session = apsw.Session(scratch, "main")
    session.attach(table)
    scratch.execute(f"INSERT INTO {table} VALUES ({','.join('?' * len(row))})", row)
    changeset = session.changeset()
    session.close()
    return changeset


def test_an_outreach_bundle_cant_put_rows_of_a_table_outreach_doesnt_carry(three: Three) -> None:
    client_id = three.centre.conn.execute("SELECT id FROM clients").fetchone()[0]
    planted = inserting(three.centre, "retention_holds", (client_id, "planted by the laptop", 1, "2026-01-01"))
    path = forge(three, laptop_plan(three), planted, {"devices": []})
    result = sync(three.centre)
    assert path.name in result.applied  # the stream itself is in order: only what it may carry is taken
    assert three.centre.conn.execute("SELECT count(*) FROM retention_holds").fetchone()[0] == 0


def test_a_laptop_bundle_cant_retire_the_centre_pc_or_add_a_device(three: Three) -> None:
    sync(three.office)
    listed = [
        {"number": 0, "name": "Centre PC", "profile": "centre", "added_at": "x", "retired_at": "2001-01-01"},
        {"number": 9, "name": "Planted", "profile": "centre", "added_at": "x", "retired_at": None},
    ]
    path = forge(three, laptop_plan(three), b"", {"devices": listed})
    result = sync(three.office)
    assert path.name in result.applied
    assert any(path.name in m and "wasn't made by a manager" in m for m in result.notices)
    office_devices = {d.number: d for d in devices.all_devices(three.office.conn)}
    assert office_devices[0].retired_at is None
    assert 9 not in office_devices
    make_client(three.centre, "After The Forgery")
    sync(three.centre)
    after = sync(three.office)
    assert any("-d0-" in name for name in after.applied), after.refused
    assert "After The Forgery" in {r[0] for r in three.office.conn.execute("SELECT alias FROM clients")}


def test_a_leavers_backdated_bundle_under_the_old_key_is_refused(three: Three) -> None:
    before = laptop_plan(three)  # the leaver keeps a copy of everything the laptop held
    old_epoch = before.state.newest_epoch
    staff.disable_staff(three.centre, three.laptop.user.id)
    assert max(three.centre.data_keys()) > old_epoch
    sync(three.centre)
    last = next_seq(three.centre, before.run["device"]) - 1
    path = forge(three, before, b"", {"devices": []}, epoch=old_epoch, at="2001-01-01T00:00:00+00:00")
    result = sync(three.centre)
    assert path.name not in result.applied
    assert any(path.name in m and "disabled by then" in m for m in result.refused), result
    assert next_seq(three.centre, before.run["device"]) - 1 == last


def test_the_office_cant_sign_a_bundle_to_the_laptop_as_the_centre_pc(three: Three) -> None:
    sync(three.office)
    office = syncing.prepare(three.office)  # any certified person at the office PC
    syncing.finish(three.office, None)
    path = forge(three, office, b"", {"devices": []}, device=0, seq=next_seq(three.laptop, 0))
    result = sync(three.laptop)
    assert path.name not in result.applied
    assert any(path.name in m and "that device didn't sign it" in m for m in result.refused), result


def test_the_centre_doesnt_pass_on_a_file_planted_under_its_own_number(three: Three) -> None:
    sync(three.office)
    sent = int(three.centre.conn.execute("SELECT value FROM meta WHERE key = 'sync.sent'").fetchone()[0])
    client_id = three.centre.conn.execute("SELECT id FROM clients").fetchone()[0]
    planted = inserting(three.centre, "retention_holds", (client_id, "via a fake centre file", 1, "2026-01-02"))
    forge(three, laptop_plan(three), planted, {"devices": []}, device=0, seq=sent + 1)
    make_client(three.centre, "After The Forgery")
    sync(three.centre)  # its own bundle of that number takes the planted file's place
    result = sync(three.office)
    assert not result.refused, result
    assert "After The Forgery" in {r[0] for r in three.office.conn.execute("SELECT alias FROM clients")}
    assert three.office.conn.execute("SELECT count(*) FROM retention_holds").fetchone()[0] == 0


def test_a_signed_bundle_whose_changes_cant_be_read_is_refused_and_sync_goes_on(three: Three) -> None:
    """A staff member's own signed file with bytes that aren't a changeset: one bad file must not
    stop every Sync now at the centre (it raised and the run failed before)."""
    path = forge(three, laptop_plan(three), b"T" * 50, {"devices": []})
    result = sync(three.centre)
    assert path.name not in result.applied
    assert any(path.name in words and "can't be read" in words for words in result.refused), result.refused
    make_client(three.centre, "After the bad file")
    assert sync(three.centre).written  # the centre still writes its own bundles
