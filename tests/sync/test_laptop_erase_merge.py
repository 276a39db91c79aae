"""Erasing and merging clients happen at the centre only: the laptop holds part of each record.

A laptop's erase would blank its alias and code but leave the phone, remark and birth year at the
centre (the laptop never held them, so its change says nothing of them): the person who asked to be
forgotten would stay known. So a device whose profile trims clients refuses both; the centre's
erase reaches the laptop at the next sync. Evidence is read back by raw SQL at both ends.
"""

from __future__ import annotations

import pytest

from shop_desktop.core.desk import clients
from shop_desktop.core.errors import InvalidInput
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS
from tests.factories import make_client
from tests.sync.three import Three, sync

PHONE, REMARK = "604-555-0199", "Lane door behind the bakery"
ROW = "SELECT alias, code, status, phone, remark, birth_year, pronouns, merged_into FROM clients WHERE id = ?"


def _row(vault: Vault, client_id: int) -> tuple[object, ...]:
    return tuple(vault.conn.execute(ROW, (client_id,)).fetchone())


def _coordinator_on_the_laptop(three: Three) -> Vault:
    three.laptop.lock()
    three.laptop = Vault.open(three.root / "laptop", "coordinator", COORDINATOR_PASS)
    return three.laptop


def test_the_laptop_refuses_erase_and_merge_and_changes_nothing(three: Three) -> None:
    juniper = make_client(three.centre, "Juniper", phone=PHONE, remark=REMARK, pronouns="she/her", birth_year=1990)
    twin = make_client(three.centre, "Juniper L.", phone="604-555-0777")
    sync(three.centre)
    lap = _coordinator_on_the_laptop(three)
    sync(lap)
    before_lap = {c.id: _row(lap, c.id) for c in (juniper, twin)}
    assert before_lap[juniper.id][:3] == ("Juniper", juniper.code, "active")  # the laptop holds them
    with pytest.raises(InvalidInput, match="done at the centre PC"):
        clients.purge_on_request(lap, juniper.id)
    with pytest.raises(InvalidInput, match="done at the centre PC"):
        clients.merge_clients(lap, juniper.id, twin.id)
    assert {c.id: _row(lap, c.id) for c in (juniper, twin)} == before_lap
    assert lap.conn.execute("SELECT count(*) FROM consents WHERE client_id = ?", (juniper.id,)).fetchone()[0] == 1
    sync(lap)
    sync(three.centre)
    assert _row(three.centre, juniper.id) == ("Juniper", juniper.code, "active", PHONE, REMARK, 1990, "she/her", None)
    assert _row(three.centre, twin.id)[2] == "active"
    assert clients.why_not_erase_or_merge_here(lap).startswith("Erasing and merging clients is done at the centre")


def test_the_centre_erases_and_merges_and_the_erase_reaches_the_laptop(three: Three) -> None:
    juniper = make_client(three.centre, "Juniper", phone=PHONE, remark=REMARK, birth_year=1990)
    twin, kept = make_client(three.centre, "Dup Person"), make_client(three.centre, "Dup P.")
    sync(three.centre)
    sync(three.laptop)
    assert _row(three.laptop, juniper.id)[0] == "Juniper"
    assert clients.why_not_erase_or_merge_here(three.centre) == ""
    assert clients.why_not_erase_or_merge_here(three.office) == ""
    clients.purge_on_request(three.centre, juniper.id)
    clients.merge_clients(three.centre, kept.id, twin.id)
    erased = (None, f"ERASED-{juniper.id}", "purged", None, None, None, None, None)
    assert _row(three.centre, juniper.id) == erased
    sync(three.centre)
    sync(three.laptop)
    assert _row(three.laptop, juniper.id) == erased
    gone = _row(three.laptop, twin.id)
    assert (gone[0], gone[2], gone[7]) == (None, "merged", kept.id)
    consents = three.laptop.conn.execute("SELECT count(*) FROM consents WHERE client_id = ?", (juniper.id,))
    assert consents.fetchone()[0] == 0
