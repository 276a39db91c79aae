"""A client's timeline: everything in date order; notes only for clinical staff."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from shop_desktop.core.care import notes
from shop_desktop.core.desk import programs, timeline
from shop_desktop.core.roles import Role
from shop_desktop.core.store.vault import Vault
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client, make_visit


def test_timeline_orders_visits_programs_and_notes(vault: Vault) -> None:
    client = make_client(vault, "Nadia")
    make_visit(vault, client, "Shower", at=datetime.now() - timedelta(days=3))
    session = programs.session_for(
        vault, programs.list_programs(vault)[0].id, (datetime.now() - timedelta(days=2)).date().isoformat()
    )
    programs.add_attendee(vault, session.id, client.id)
    yesterday = (datetime.now() - timedelta(days=1)).isoformat(timespec="minutes")
    notes.sign_note(vault, notes.NoteDraft(client_id=client.id, note_type="crisis", body="x", occurred_at=yesterday))
    kinds = [e.kind for e in timeline.client_timeline(vault, client.id)]
    assert kinds == ["note", "program", "visit"]


def test_front_desk_timeline_has_no_note_entries(vault: Vault, vault_dir: Path) -> None:
    client = make_client(vault, "Nadia")
    make_visit(vault, client)
    notes.sign_note(vault, notes.NoteDraft(client_id=client.id, note_type="safety_plan", body="secret plan"))
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    entries = timeline.client_timeline(desk, client.id)
    assert [e.kind for e in entries] == ["visit"]
    assert all("Safety" not in e.title for e in entries)
    desk.lock()


def test_a_visit_lists_its_services_and_supplies_with_how_many(vault: Vault) -> None:
    from shop_desktop.core.desk import visits

    client = make_client(vault, "Rosa")
    catalog = visits.service_catalog(vault)
    service = next(s for s in catalog if not s.is_supply)
    supplies = [s for s in catalog if s.is_supply][:2]
    visits.check_in(vault, client.id, {service.id: 1, supplies[0].id: 3, supplies[1].id: 1})
    visits.check_in(vault, make_client(vault, "Someone else").id, {service.id: 1})
    (entry,) = [e for e in timeline.client_timeline(vault, client.id) if e.kind == "visit"]
    chosen = sorted(
        [
            (service.id, service.name),
            (supplies[0].id, f"{supplies[0].name} ×3"),
            (supplies[1].id, f"{supplies[1].name} ×1"),
        ]
    )
    assert entry.detail == ", ".join(words for _, words in chosen)
