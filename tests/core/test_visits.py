"""Check-in: services and supplies, late entry, double save, void, today's list, programs."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from shop_desktop.core.desk import programs, visits
from shop_desktop.core.errors import InvalidInput
from shop_desktop.core.store import audit
from shop_desktop.core.store.vault import Vault
from tests.factories import make_client, make_visit, service_id


def test_check_in_stores_services_and_supply_quantities(vault: Vault) -> None:
    client = make_client(vault, "Misty")
    visit_id = visits.check_in(vault, client.id, {service_id(vault, "Shower"): 1, service_id(vault, "Needles"): 20})
    rows = dict(
        vault.conn.execute(
            "SELECT s.name, vs.quantity FROM visit_services vs JOIN services s ON s.id = vs.service_id"
            " WHERE visit_id = ?",
            (visit_id,),
        ).fetchall()
    )
    assert rows == {"Shower": 1, "Needles": 20}
    today = visits.visits_on(vault)
    assert len(today) == 1 and today[0].alias == "Misty" and "Needles ×20" in today[0].services


def test_a_service_counts_once_whatever_quantity_is_sent(vault: Vault) -> None:
    visit_id = visits.check_in(vault, None, {service_id(vault, "Meal"): 3})
    assert vault.conn.execute("SELECT quantity FROM visit_services WHERE visit_id = ?", (visit_id,)).fetchone()[0] == 1


def test_late_entry_but_not_the_future(vault: Vault) -> None:
    client = make_client(vault, "Dawn")
    yesterday = datetime.now() - timedelta(days=1)
    make_visit(vault, client, at=yesterday)
    assert visits.visits_on(vault, yesterday.date().isoformat())[0].alias == "Dawn"
    assert visits.visits_on(vault) == []
    with pytest.raises(InvalidInput, match="future"):
        make_visit(vault, client, at=datetime.now() + timedelta(hours=2))
    with pytest.raises(InvalidInput, match="at most 92 days"):
        make_visit(vault, client, at=datetime.now() - timedelta(days=200))


def test_double_click_on_save_stores_one_visit(vault: Vault) -> None:
    client = make_client(vault, "Vee")
    first = make_visit(vault, client, "Laundry")
    second = make_visit(vault, client, "Laundry")
    assert first == second
    assert vault.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 1


def test_bad_quantities_are_refused(vault: Vault) -> None:
    with pytest.raises(InvalidInput, match="between 1 and 500"):
        visits.check_in(vault, None, {service_id(vault, "Condoms"): 0})
    with pytest.raises(InvalidInput, match="no longer in the catalog"):
        visits.check_in(vault, None, {999: 1})


def test_void_keeps_the_visit_with_its_reason_and_audit(vault: Vault) -> None:
    visit_id = make_visit(vault, make_client(vault, "Roxy"))
    with pytest.raises(InvalidInput, match="reason is needed"):
        visits.void_visit(vault, visit_id, "  ")
    visits.void_visit(vault, visit_id, "Entered for the wrong person")
    row = visits.visits_on(vault)[0]
    assert row.voided and row.void_reason == "Entered for the wrong person"
    assert any(e.action == "visit.voided" and e.subject_id == str(visit_id) for e in audit.entries(vault.conn))
    with pytest.raises(InvalidInput, match="already voided"):
        visits.void_visit(vault, visit_id, "again")


def test_coordinator_edits_the_catalog(vault: Vault) -> None:
    added = visits.add_service(vault, "Bus tickets", "supply", "b")
    assert added in visits.service_catalog(vault)
    with pytest.raises(InvalidInput, match="already ticks"):
        visits.add_service(vault, "Bandages", "supply", "b")
    visits.set_service_active(vault, added.id, False)
    assert added.id not in {s.id for s in visits.service_catalog(vault)}


def test_program_attendance_named_and_head_count(vault: Vault) -> None:
    breakfast = next(p for p in programs.list_programs(vault) if p.name == "Tuesday breakfast")
    assert "overdose-prevention nurse" in breakfast.description
    session = programs.session_for(vault, breakfast.id)
    a, b = make_client(vault, "Bree"), make_client(vault, "Ash")
    programs.add_attendee(vault, session.id, a.id)
    programs.add_attendee(vault, session.id, b.id)
    programs.add_attendee(vault, session.id, a.id)  # twice is still once
    session = programs.set_head_count(vault, session.id, 7)
    assert [x.alias for x in session.attendees] == ["Ash", "Bree"] and session.total == 9
    assert programs.session_for(vault, breakfast.id).id == session.id
    with pytest.raises(InvalidInput):
        programs.set_head_count(vault, session.id, -1)
