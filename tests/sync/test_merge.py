"""Every merge rule of SYNC.md on real vault files: the clash settled the same way on both
devices, and listed for the coordinator in plain words with the value that was not kept."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from shop_desktop.core.care import notes
from shop_desktop.core.desk import clients, programs
from shop_desktop.core.sync import review
from tests.factories import make_client, make_visit
from tests.sync.test_engine_changes import Device, devices, exchange, receive, send

DESK, LAPTOP = "at the desk", "on the laptop"


def _both_ways(centre: Device, office: Device) -> None:
    """One exchange, both capturing first; the words each side uses for the other."""
    from_centre, from_office = send(centre, office)["office"], send(office, centre)["centre"]
    receive(office, from_centre, centre, author_name=DESK, here_name=LAPTOP)
    receive(centre, from_office, office, author_name=LAPTOP, here_name=DESK)


def _shared_client(kit: dict[str, Device], alias: str = "Marisol") -> int:
    centre = kit["centre"].open()
    client_id = make_client(centre, alias).id
    centre.lock()
    exchange(kit["centre"], kit["office"])
    return client_id


def _edit(device: Device, client_id: int, **changes: object) -> None:
    vault = device.open()
    try:
        before = clients.get_client(vault, client_id).details
        clients.update_client(vault, client_id, dataclasses.replace(before, **changes))  # type: ignore[arg-type]
    finally:
        vault.lock()


def _review(device: Device) -> list[review.ReviewItem]:
    vault = device.open()
    try:
        return review.items(vault)
    finally:
        vault.lock()


def test_the_same_field_on_two_devices_keeps_the_later_edit_and_lists_the_other(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    client_id = _shared_client(kit)
    _edit(kit["centre"], client_id, alias="Mari")
    _edit(kit["office"], client_id, alias="Sol")  # later
    _both_ways(kit["centre"], kit["office"])

    for device in kit.values():
        assert device.sql("SELECT alias FROM clients WHERE id = ?", (client_id,)) == [("Sol",)]
    [at_desk] = _review(kit["centre"])
    assert at_desk.kind == review.BOTH_CHANGED
    assert at_desk.summary.startswith("Alias changed on the laptop and at the desk")
    assert (at_desk.kept, at_desk.other) == ({"alias": "Sol"}, {"alias": "Mari"})
    [on_laptop] = _review(kit["office"])
    assert (on_laptop.kept, on_laptop.other) == ({"alias": "Sol"}, {"alias": "Mari"})

    _both_ways(kit["centre"], kit["office"])  # settled: the next exchange changes nothing
    assert send(kit["centre"], kit["office"])["office"] == send(kit["office"], kit["centre"])["centre"] == b""
    assert kit["centre"].sql("SELECT alias FROM clients WHERE id = ?", (client_id,)) == [("Sol",)]


def test_different_fields_of_one_row_both_stay_with_nothing_to_review(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    client_id = _shared_client(kit)
    _edit(kit["centre"], client_id, pronouns="she/her")
    _edit(kit["office"], client_id, alias="Sol")
    _both_ways(kit["centre"], kit["office"])
    for device in kit.values():
        assert device.sql("SELECT alias, pronouns FROM clients WHERE id = ?", (client_id,)) == [("Sol", "she/her")]
        assert _review(device) == []


def test_a_review_item_is_settled_by_the_coordinator_and_audited(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    client_id = _shared_client(kit)
    _edit(kit["centre"], client_id, alias="Mari")
    _edit(kit["office"], client_id, alias="Sol")
    _both_ways(kit["centre"], kit["office"])
    vault = kit["centre"].open()
    try:
        [item] = review.items(vault)
        review.settle(vault, item.id)
        assert review.items(vault) == []
        assert [i.id for i in review.items(vault, settled=True)] == [item.id]
        audited = vault.conn.execute("SELECT subject_id FROM audit WHERE action = 'sync.review_settled'").fetchall()
        assert audited == [(str(item.id),)]
        with pytest.raises(Exception, match="no longer on the review list"):
            review.settle(vault, item.id)
    finally:
        vault.lock()


def test_a_draft_deleted_on_one_device_and_edited_on_another_is_kept(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    client_id = _shared_client(kit)
    centre = kit["centre"].open()
    draft = notes.NoteDraft(client_id, "counselling", "First words.")
    note_id = notes.save_draft(centre, draft)
    centre.lock()
    exchange(kit["centre"], kit["office"])

    centre = kit["centre"].open()
    notes.save_draft(centre, dataclasses.replace(draft, note_id=note_id, body="Edited at the desk."))
    centre.lock()
    office = kit["office"].open()
    notes.discard_draft(office, note_id)
    office.lock()
    _both_ways(kit["centre"], kit["office"])

    assert kit["centre"].sql("SELECT count(*) FROM notes WHERE id = ?", (note_id,)) == [(1,)]
    assert [i.kind for i in _review(kit["centre"])] == [review.DELETED_THERE]
    assert "deleted on the laptop and changed at the desk; it is kept" in _review(kit["centre"])[0].summary
    assert [i.kind for i in _review(kit["office"])] == [review.DELETED_HERE]

    _both_ways(kit["centre"], kit["office"])  # the editor's next bundle brings the row back whole
    office = kit["office"].open()
    try:
        assert notes.open_draft(office, note_id).body == "Edited at the desk."
    finally:
        office.lock()


def test_two_check_ins_for_one_client_on_one_day_are_both_kept(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    client_id = _shared_client(kit)
    morning = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) - timedelta(days=1)
    made = []
    for device, at in ((kit["centre"], morning + timedelta(minutes=5)), (kit["office"], morning)):
        vault = device.open()
        made.append(make_visit(vault, clients.get_client(vault, client_id), "Meal", at=at))
        vault.lock()
    _both_ways(kit["centre"], kit["office"])

    assert made[0] != made[1]
    day = morning.date().isoformat()
    for device in kit.values():
        rows = device.sql("SELECT id FROM visits WHERE client_id = ? AND day = ? ORDER BY id", (client_id, day))
        assert rows == [(made[0],), (made[1],)]
        assert device.sql("SELECT count(*) FROM visit_services") == [(2,)]
        latest = (morning + timedelta(minutes=5)).isoformat(timespec="minutes")
        assert device.sql("SELECT last_visit_at FROM clients WHERE id = ?", (client_id,)) == [(latest,)]
        assert _review(device) == []


def test_the_same_client_code_made_on_two_devices_keeps_both_and_renames_the_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    monkeypatch.setattr(clients, "new_code", lambda vault: "KTP47")
    made = {}
    for device, alias in ((kit["centre"], "Ana"), (kit["office"], "Bea")):
        vault = device.open()
        made[alias] = make_client(vault, alias).id
        vault.lock()
    _both_ways(kit["centre"], kit["office"])

    for device in kit.values():
        rows = device.sql("SELECT id, alias, code FROM clients ORDER BY id")
        assert rows == [(made["Ana"], "Ana", "KTP47"), (made["Bea"], "Bea", "KTP47-1")]
        owners = device.sql("SELECT client_id FROM consents ORDER BY client_id")
        assert owners == [(made["Ana"],), (made["Bea"],)]  # Bea's consent still points at Bea
        [item] = _review(device)
        assert item.kind == review.RENAMED and "KTP47-1" in item.summary
        vault = device.open()
        try:
            assert [m.id for m in clients.search(vault, "KTP47-1")] == [made["Bea"]]
        finally:
            vault.lock()
    assert send(kit["centre"], kit["office"])["office"] == b"" or _settles(kit)


def test_one_programs_session_started_on_two_devices_the_same_day_becomes_one(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    first, second = _shared_client(kit, "Ana"), None
    centre = kit["centre"].open()
    second = make_client(centre, "Bea").id
    centre.lock()
    exchange(kit["centre"], kit["office"])
    day = (datetime.now() - timedelta(days=1)).date().isoformat()
    sessions = {}
    for device, who in ((kit["centre"], [first]), (kit["office"], [second, first])):
        vault = device.open()
        program = programs.list_programs(vault)[0].id
        sessions[device.name] = programs.session_for(vault, program, day).id
        for client_id in who:
            programs.add_attendee(vault, sessions[device.name], client_id)
        vault.lock()
    _both_ways(kit["centre"], kit["office"])

    assert sessions["centre"] < sessions["office"]
    for device in kit.values():
        assert device.sql("SELECT id FROM program_sessions WHERE day = ?", (day,)) == [(sessions["centre"],)]
        attendance = device.sql("SELECT session_id, client_id FROM attendance ORDER BY client_id")
        assert attendance == [(sessions["centre"], first), (sessions["centre"], second)]
        assert [i.kind for i in _review(device)] == [review.JOINED]
    assert _settles(kit)


def _settles(kit: dict[str, Device]) -> bool:
    """A last round may carry the rename back (a no-op there); after it nothing is left."""
    _both_ways(kit["centre"], kit["office"])
    return send(kit["centre"], kit["office"])["office"] == send(kit["office"], kit["centre"])["centre"] == b""
