"""Keep-apart conflicts, a staff member in conflict with a client, break-glass, and who opened a file."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from shop_desktop.core.care import notes, referrals
from shop_desktop.core.care.notes import NoteDraft
from shop_desktop.core.care.referrals import AgencyDetails, ReferralRequest
from shop_desktop.core.desk import conflicts, programs, suite, timeline, visits
from shop_desktop.core.desk.conflicts import ConflictOfInterest, KeepApart
from shop_desktop.core.desk.suite import StayRequest
from shop_desktop.core.errors import PermissionDenied
from shop_desktop.core.roles import Role
from shop_desktop.core.store.vault import Vault
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client, service_id

TODAY = date.today()
SECRET = "ex-partner of the counsellor"


def _note(vault: Vault, client_id: int, body: str) -> int:
    return notes.sign_note(vault, NoteDraft(client_id=client_id, note_type="counselling", body=body))


def _referral(vault: Vault, client_id: int) -> referrals.Referral:
    agency = referrals.add_agency(vault, AgencyDetails(f"Clinic {client_id}", "health_clinic"))
    return referrals.make_referral(vault, ReferralRequest(client_id, agency.id, "Needs a check-up"))


def test_kept_apart_clients_are_not_booked_into_the_suite_on_the_same_nights(vault: Vault) -> None:
    a, b = make_client(vault, "Ana"), make_client(vault, "Bea")
    pair = conflicts.keep_apart(vault, a.id, b.id, SECRET)
    raw = vault.conn.execute("SELECT reason_sealed FROM keep_apart").fetchone()[0]
    assert SECRET.encode() not in bytes(raw) and pair.reason == SECRET  # coordinator reads it back
    suite.book_stay(vault, StayRequest(a.id, TODAY, TODAY + timedelta(days=3), unit=1))
    vault.conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('suite_units', '2')")
    with pytest.raises(KeepApart, match="kept apart"):
        suite.book_stay(vault, StayRequest(b.id, TODAY + timedelta(days=2), TODAY + timedelta(days=4), unit=2))
    later = suite.book_stay(vault, StayRequest(b.id, TODAY + timedelta(days=3), TODAY + timedelta(days=5), unit=2))
    assert later.client_id == b.id  # the nights don't touch: no warning
    booked = suite.book_stay(
        vault,
        StayRequest(b.id, TODAY + timedelta(days=1), TODAY + timedelta(days=2), unit=2),
        keep_apart_reason="Separate floors; staff on duty all night",
    )
    assert booked.client_id == b.id
    assert vault.conn.execute("SELECT reason FROM keep_apart_overrides").fetchall() == [
        ("Separate floors; staff on duty all night",)
    ]


def test_kept_apart_clients_at_one_program_session_need_a_reason(vault: Vault) -> None:
    a, b, c = make_client(vault, "Cy"), make_client(vault, "Di"), make_client(vault, "Ed")
    conflicts.keep_apart(vault, b.id, a.id)
    session = programs.session_for(vault, programs.list_programs(vault)[0].id, TODAY.isoformat())
    programs.add_attendee(vault, session.id, a.id)
    programs.add_attendee(vault, session.id, c.id)
    with pytest.raises(KeepApart, match="at this session"):
        programs.add_attendee(vault, session.id, b.id)
    assert {p.client_id for p in programs.get_session(vault, session.id).attendees} == {a.id, c.id}
    programs.add_attendee(vault, session.id, b.id, keep_apart_reason="Different tables, worker present")
    assert len(programs.get_session(vault, session.id).attendees) == 3


@pytest.fixture
def conflicted(vault: Vault, vault_dir: Path) -> tuple[int, int, int]:
    """(the client the counsellor is in conflict with, another client, the counsellor's note on the other)."""
    counsellor = add_member(vault, Role.COUNSELLOR)
    desk = add_member(vault, Role.FRONT_DESK)
    mine, other = make_client(vault, "Jordan"), make_client(vault, "Kai")
    _note(vault, mine.id, "grief after the move, lives near the market")
    note_other = _note(vault, other.id, "grief support, first session")
    _referral(vault, mine.id)
    conflicts.record_staff_conflict(vault, counsellor.id, mine.id, SECRET)
    conflicts.record_staff_conflict(vault, desk.id, mine.id)
    vault.lock()
    return mine.id, other.id, note_other


def test_a_staff_member_in_conflict_is_refused_every_read_of_that_record(
    vault_dir: Path, conflicted: tuple[int, int, int]
) -> None:
    mine, other, note_other = conflicted
    counsellor = sign_in_as(vault_dir, Role.COUNSELLOR)
    [note_id] = [h.id for h in notes.notes_for_client(counsellor, other)]
    refused = [
        lambda: timeline.client_timeline(counsellor, mine),
        lambda: notes.notes_for_client(counsellor, mine),
        lambda: notes.open_note(counsellor, _note_of(counsellor, mine)),
        lambda: referrals.referrals_for_client(counsellor, mine),
        lambda: referrals.open_referral(counsellor, _referral_of(counsellor, mine)),
        lambda: conflicts.open_client(counsellor, mine),
    ]
    for read in refused:
        with pytest.raises(ConflictOfInterest, match="recorded conflict"):
            read()
    hits = notes.search_notes(counsellor, "grief")
    assert [h.header.client_id for h in hits] == [other] and note_id == note_other
    assert all(f.referral.client_id != mine for f in referrals.follow_ups(counsellor, mine=False, ahead_days=400))
    assert timeline.client_timeline(counsellor, other)  # everyone else's record opens as usual
    counsellor.lock()


def test_front_desk_in_conflict_can_still_check_the_client_in(
    vault_dir: Path, conflicted: tuple[int, int, int]
) -> None:
    mine, _, _ = conflicted
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    assert visits.check_in(desk, mine, {service_id(desk, "Meal"): 1}) > 0
    with pytest.raises(ConflictOfInterest):
        timeline.client_timeline(desk, mine)
    desk.lock()


def test_break_glass_opens_the_record_for_this_sign_in_and_the_coordinator_is_shown(
    vault_dir: Path, conflicted: tuple[int, int, int]
) -> None:
    mine, _, _ = conflicted
    counsellor = sign_in_as(vault_dir, Role.COUNSELLOR)
    use = conflicts.break_glass(counsellor, mine, "Client in crisis, no other counsellor on site")
    assert timeline.client_timeline(counsellor, mine)
    assert notes.open_note(counsellor, _note_of(counsellor, mine)).body.startswith("grief after the move")
    assert [h.header.client_id for h in notes.search_notes(counsellor, "grief")].count(mine) == 1
    counsellor.lock()
    again = sign_in_as(vault_dir, Role.COUNSELLOR)
    with pytest.raises(ConflictOfInterest):  # a new sign-in needs its own reason
        timeline.client_timeline(again, mine)
    again.lock()
    coordinator = sign_in_as(vault_dir, Role.COORDINATOR)
    [shown] = conflicts.unreviewed_break_glass(coordinator)
    assert (shown.id, shown.client_id, shown.reason) == (use.id, mine, "Client in crisis, no other counsellor on site")
    conflicts.mark_break_glass_seen(coordinator, [shown.id])
    assert conflicts.unreviewed_break_glass(coordinator) == []
    coordinator.lock()


def test_who_opened_my_file_lists_exactly_the_openings(vault_dir: Path, conflicted: tuple[int, int, int]) -> None:
    _, other, _ = conflicted
    opened: Counter[tuple[str, str]] = Counter()  # the test's own count of what it opened
    counsellor = sign_in_as(vault_dir, Role.COUNSELLOR)
    for _ in range(2):
        timeline.client_timeline(counsellor, other)
        opened["Counsellor Person", "Client history"] += 1
    notes.open_note(counsellor, _note_of(counsellor, other))
    opened["Counsellor Person", "A note"] += 1
    notes.search_notes(counsellor, "support")  # a search lists hits; it opens nobody's file
    counsellor.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    conflicts.open_client(desk, other)
    opened["Front desk Person", "Client details"] += 1
    visits.check_in(desk, other, {service_id(desk, "Meal"): 1})  # checking in is not opening the file
    with pytest.raises(PermissionDenied):  # front desk may not see the list
        conflicts.openings(desk, other)
    desk.lock()
    coordinator = sign_in_as(vault_dir, Role.COORDINATOR)
    listed = conflicts.openings(coordinator, other)
    assert Counter((o.staff_name, o.what) for o in listed) == opened
    assert [o.at for o in listed] == sorted(o.at for o in listed)
    coordinator.lock()


def _note_of(vault: Vault, client_id: int) -> int:
    row = vault.conn.execute("SELECT id FROM notes WHERE client_id = ? ORDER BY id LIMIT 1", (client_id,)).fetchone()
    return int(row[0])


def _referral_of(vault: Vault, client_id: int) -> int:
    return int(vault.conn.execute("SELECT id FROM referrals WHERE client_id = ?", (client_id,)).fetchone()[0])


def test_overriding_a_restriction_does_not_also_go_past_a_keep_apart(vault: Vault) -> None:
    from shop_desktop.core.desk import restrictions
    from shop_desktop.core.desk.restrictions import RestrictionApplies, RestrictionRequest

    guest, newcomer = make_client(vault, "Fay"), make_client(vault, "Gus")
    conflicts.keep_apart(vault, guest.id, newcomer.id)
    vault.conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('suite_units', '2')")
    suite.book_stay(vault, StayRequest(guest.id, TODAY, TODAY + timedelta(days=2), unit=1))
    violence = next(r.id for r in restrictions.reasons(vault) if r.label.startswith("Violence"))
    restrictions.restrict(vault, RestrictionRequest(newcomer.id, "suite", violence, TODAY, TODAY + timedelta(days=9)))
    request = StayRequest(newcomer.id, TODAY, TODAY + timedelta(days=1), unit=2)
    with pytest.raises(RestrictionApplies):
        suite.book_stay(vault, request)
    with pytest.raises(KeepApart):
        suite.book_stay(vault, request, override_reason="Nowhere else tonight")
    booked = suite.book_stay(vault, request, override_reason="Nowhere else tonight", keep_apart_reason="Other floor")
    assert booked.client_id == newcomer.id
    assert vault.conn.execute("SELECT count(*) FROM restriction_overrides").fetchone()[0] == 1
    assert vault.conn.execute("SELECT reason FROM keep_apart_overrides").fetchall() == [("Other floor",)]
