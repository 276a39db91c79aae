"""A leaver's honest bundles made before the disable reach every device; nothing after it does (#25).

The centre, where the coordinator disables the outreach worker, had already taken the laptop's
bundle 1 (made while the account was active). The office learns of the disable from the centre
before it has seen that bundle. The centre's coordinator signs what the centre had taken from each
device when it disabled the account; the office marks at that number, so it takes bundle 1 and
refuses bundle 2 (made after the disable). Edited marks (raw SQL, or a record re-sealed into a
bundle by an insider) change nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from shop_desktop.core.roles import Role
from shop_desktop.core.store import crypto, staff
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import bundle, devices, enrollment, syncing
from shop_desktop.core.sync.syncing import SyncPlan
from tests.conftest import COORDINATOR_PASS, PASSPHRASES
from tests.factories import make_client
from tests.sync.three import Three, make_three, sync

RECORDS = "sync.disable_records"


def _aliases(vault: Vault) -> set[str]:
    return {row[0] for row in vault.conn.execute("SELECT alias FROM clients")}


@pytest.fixture
def three(tmp_path: Path) -> Iterator[Three]:
    """The laptop's bundle 1 taken at the centre; the worker disabled there; the laptop, not yet
    told, writes bundle 2 ("After Disable"); the centre syncs (its bundle brings the disable)."""
    made = make_three(tmp_path)
    make_client(made.laptop, "Before Disable")
    assert sync(made.laptop).written
    assert not sync(made.centre).refused
    staff.disable_staff(made.centre, made.laptop.user.id)
    make_client(made.laptop, "After Disable")
    assert sync(made.laptop).written
    sync(made.centre)
    yield made
    made.close()


def _refused_after_the_mark(messages: list[str]) -> bool:
    return any("-d2-" in m and "disabled by then" in m for m in messages)


def test_the_office_takes_the_leavers_honest_bundle_and_refuses_the_later_one(three: Three) -> None:
    result = sync(three.office)
    assert "Before Disable" in _aliases(three.office), result
    assert "After Disable" not in _aliases(three.office)
    assert _refused_after_the_mark(result.refused), result
    again = sync(three.centre)
    assert "After Disable" not in _aliases(three.centre)
    assert _refused_after_the_mark(again.refused), again


def test_a_mark_raised_with_raw_sql_is_not_believed(three: Three) -> None:
    sync(three.office)
    row = three.office.conn.execute("SELECT value FROM meta WHERE key = ?", (RECORDS,)).fetchone()
    held = json.loads(row[0])
    assert held, "the office keeps the centre's signed record"
    for entry in held:
        entry["record"]["marks"] = {number: 99 for number in entry["record"]["marks"]}
    three.office.conn.execute("UPDATE meta SET value = ? WHERE key = ?", (json.dumps(held), RECORDS))
    three.office.conn.execute(
        "UPDATE meta SET value = ? WHERE key = 'sync.disable_marks'",
        (json.dumps({"marks": {str(three.laptop.user.id): {"2": 99}}, "here": [str(three.laptop.user.id)]}),),
    )
    result = sync(three.office)
    assert "After Disable" not in _aliases(three.office)
    assert _refused_after_the_mark(result.refused), result


def _office_plan_as(three: Three, username: str, passphrase: str) -> SyncPlan:
    """An insider at the office PC: any certified, active, non-manager account."""
    three.office.lock()
    three.office = Vault.open(three.root / "office", username, passphrase)
    plan = syncing.prepare(three.office)
    syncing.finish(three.office, None)
    return plan


def _reseal(three: Three, plan: SyncPlan, extras: dict[str, Any]) -> Path:
    """A bundle from the office device, in the insider's name, carrying whatever extras they like."""
    state, run = plan.state, plan.run
    sent = three.office.conn.execute("SELECT value FROM meta WHERE key = 'sync.sent'").fetchone()
    seq = (int(sent[0]) if sent else 0) + 1
    header = bundle.Header(state.vault_id, run["device"], "centre", seq, state.newest_epoch, run["author"],
                           "2026-01-01T00:00:00+00:00", 0)  # fmt: skip
    seal = bundle.sync_key(state.data_keys[header.epoch], state.vault_id, header.epoch, "centre",
                           state.secrets["centre"])  # fmt: skip
    raw = bundle.make(header, b"", extras, keys_payload=b"", seal_key=seal, sign_private=run["sign_private"],
                      device_private=run["device_key"])  # fmt: skip
    return bundle.write(three.folder, header.name, raw)


def test_a_record_re_sealed_into_an_insiders_bundle_is_left_out(three: Three) -> None:
    sync(three.office)
    genuine = json.loads(three.office.conn.execute("SELECT value FROM meta WHERE key = ?", (RECORDS,)).fetchone()[0])
    plan = _office_plan_as(three, "counsellor", PASSPHRASES[Role.COUNSELLOR])
    edited = [dict(e, record=dict(e["record"], marks={"2": 99})) for e in genuine]
    own = dict(genuine[0]["record"], marks={"2": 99}, signer=plan.run["author"])
    message = b"shop-sync-disable-mark-v1|" + json.dumps(own, sort_keys=True).encode()
    mine = {"record": own, "signature": crypto.sign(plan.run["sign_private"], message).hex()}
    path = _reseal(three, plan, {"devices": [], "disable_marks": [*edited, mine]})
    result = sync(three.centre)
    assert path.name in result.applied, result
    assert any(path.name in n and "no active manager" in n for n in result.notices), result
    assert "After Disable" not in _aliases(three.centre)
    assert _refused_after_the_mark(result.refused), result


def test_marks_noted_by_the_previous_version_are_read_and_sign_nothing(tmp_path: Path) -> None:
    """The previous version kept {user: {device: number}}, not knowing where a disable was done: it
    is read as learned elsewhere, so no manager signs numbers nobody knows the origin of."""
    made = make_three(tmp_path)
    try:
        make_client(made.laptop, "Before Disable")
        sync(made.laptop)
        sync(made.centre)
        staff.disable_staff(made.centre, made.laptop.user.id)
        previous = {str(made.laptop.user.id): {"0": 0, "1": 0, "2": 1}}
        made.centre.conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('sync.disable_marks', ?)", (json.dumps(previous),)
        )
        assert not sync(made.centre).refused
        assert made.centre.conn.execute("SELECT value FROM meta WHERE key = ?", (RECORDS,)).fetchone() is None
        result = sync(made.office)
        # The centre's bundle says it had applied the laptop's number 1 when it wrote it, so the office
        # applies that one first, before it learns of the disable: it came before it (send.SEEN_KEY).
        # Before bundles carried that, the office refused it: the rule's old cost, for that disable only.
        assert "Before Disable" in _aliases(made.office)
        assert not result.refused, result
    finally:
        made.close()


def test_a_device_joined_after_the_disable_signs_no_marks_of_its_own(three: Three) -> None:
    """Its numbers are the centre's at the time it joined, not at the disable."""
    joined = devices.add(three.centre, "Second office", "office", three.root / "enroll2", "coordinator")
    enrollment.join(joined, three.root / "second", "coordinator", COORDINATOR_PASS)
    second = Vault.open(three.root / "second", "coordinator", COORDINATOR_PASS)
    try:
        syncing.set_folder(second, three.folder)
        sync(second)
        sync(second)
        row = second.conn.execute("SELECT value FROM meta WHERE key = ?", (RECORDS,)).fetchone()
        origins = {e["record"]["device"] for e in json.loads(row[0])} if row else set()
        assert origins == {0}, origins  # the centre's record, carried; none made on device 3
        assert "Before Disable" in _aliases(second)
        assert "After Disable" not in _aliases(second)
    finally:
        second.lock()
