"""Service restrictions, as every role: refused at check-in in calm words, overridden only with a reason."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from shop_desktop.core import settings
from shop_desktop.core.desk import programs, restrictions, suite, turnaways, visits
from shop_desktop.core.desk.restrictions import RestrictionApplies, RestrictionRequest
from shop_desktop.core.desk.suite import StayRequest
from shop_desktop.core.errors import InvalidInput, PermissionDenied
from shop_desktop.core.roles import Role
from shop_desktop.core.store.vault import Vault
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client, service_id

TODAY = date.today()
NOTE = "Threw a chair at a volunteer on the 3rd; counsellor following up"


def _violence(vault: Vault) -> int:
    return next(r.id for r in restrictions.reasons(vault) if r.label.startswith("Violence"))


def _restrict(vault: Vault, client_id: int, scope: str = "dropin", **fields: object) -> restrictions.Restriction:
    request = RestrictionRequest(
        client_id=client_id,
        scope=scope,
        reason_id=_violence(vault),
        starts_on=fields.pop("starts_on", TODAY),  # type: ignore[arg-type]
        ends_on=fields.pop("ends_on", TODAY + timedelta(days=30)),  # type: ignore[arg-type]
        **fields,  # type: ignore[arg-type]
    )
    return restrictions.restrict(vault, request)


def _visits_of(vault: Vault, client_id: int) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM visits WHERE client_id = ?", (client_id,)).fetchone()[0])


def test_restricted_client_is_refused_at_check_in_until_the_coordinator_overrides(vault: Vault) -> None:
    client = make_client(vault, "Rowan")
    _restrict(vault, client.id, note=NOTE)
    meal = {service_id(vault, "Meal"): 1}
    with pytest.raises(RestrictionApplies) as refused:
        visits.check_in(vault, client.id, meal)
    assert str(refused.value) == "Please see the coordinator before checking in."
    assert NOTE not in str(refused.value) and _visits_of(vault, client.id) == 0
    visit_id = visits.check_in(vault, client.id, meal, override_reason="Calm today; agreed to leave at 2")
    assert _visits_of(vault, client.id) == 1
    kept = vault.conn.execute("SELECT action, reason, staff_id FROM restriction_overrides").fetchall()
    assert kept == [("check_in", "Calm today; agreed to leave at 2", vault.user.id)]
    actions = [r[0] for r in vault.conn.execute("SELECT action FROM audit ORDER BY id").fetchall()]
    assert actions[-2:] == ["restriction.overridden", "visit.checked_in"] and visit_id > 0


def test_front_desk_sees_the_calm_words_and_cannot_override(vault: Vault, vault_dir: Path) -> None:
    client = make_client(vault, "Rowan")
    _restrict(vault, client.id, note=NOTE)
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    meal = {service_id(desk, "Meal"): 1}
    with pytest.raises(RestrictionApplies, match="Please see the coordinator"):
        visits.check_in(desk, client.id, meal)
    with pytest.raises(PermissionDenied, match="Only the coordinator can override"):
        visits.check_in(desk, client.id, meal, override_reason="They said it's fine")
    assert _visits_of(desk, client.id) == 0
    [seen] = restrictions.restrictions_for(desk, client.id)
    assert seen.note is None  # the note is for clinical roles and the coordinator
    raw = desk.conn.execute("SELECT note_sealed FROM restrictions").fetchone()[0]
    assert NOTE.encode() not in bytes(raw)  # with the database open, still no note
    desk.lock()


def test_a_restriction_ends_by_itself_on_its_end_day(vault: Vault) -> None:
    client = make_client(vault, "Sky")
    _restrict(vault, client.id, starts_on=TODAY - timedelta(days=10), ends_on=TODAY - timedelta(days=2))
    meal = {service_id(vault, "Meal"): 1}
    during = datetime.combine(TODAY - timedelta(days=3), datetime.min.time()).replace(hour=11)
    with pytest.raises(RestrictionApplies):
        visits.check_in(vault, client.id, meal, at=during)
    on_end_day = datetime.combine(TODAY - timedelta(days=2), datetime.min.time()).replace(hour=11)
    assert visits.check_in(vault, client.id, meal, at=on_end_day) > 0
    assert visits.check_in(vault, client.id, {service_id(vault, "Shower"): 1}) > 0


def test_a_service_restriction_covers_that_service_only_and_can_be_lifted_early(vault: Vault) -> None:
    client = make_client(vault, "Ash")
    shower, meal = service_id(vault, "Shower"), service_id(vault, "Meal")
    # From yesterday, so "an hour ago" is inside it whatever the time of day the test runs.
    restriction = _restrict(vault, client.id, "service", scope_id=shower, starts_on=TODAY - timedelta(days=1))
    assert restriction.covers == "Shower"
    assert visits.check_in(vault, client.id, {meal: 1}) > 0
    with pytest.raises(RestrictionApplies):
        visits.check_in(vault, client.id, {meal: 1, shower: 1}, at=datetime.now() - timedelta(hours=1))
    with pytest.raises(InvalidInput, match="reason"):
        restrictions.lift(vault, restriction.id, "  ")
    restrictions.lift(vault, restriction.id, "Apologised; agreed plan")
    showered = visits.check_in(vault, client.id, {shower: 1})  # lifted today: today's shower goes in
    assert vault.conn.execute("SELECT service_id FROM visit_services WHERE visit_id = ?", (showered,)).fetchall() == [
        (shower,)
    ]
    assert restrictions.restrictions_for(vault, client.id, on=TODAY) == []


def test_until_reviewed_needs_a_review_date_and_shows_on_the_review_list(vault: Vault) -> None:
    client, other = make_client(vault, "Blue"), make_client(vault, "Green")
    with pytest.raises(InvalidInput, match="review date"):
        _restrict(vault, client.id, ends_on=None)
    due = _restrict(vault, client.id, ends_on=None, review_on=TODAY - timedelta(days=1))
    _restrict(vault, other.id, ends_on=None, review_on=TODAY + timedelta(days=20))
    assert [r.id for r in restrictions.due_for_review(vault)] == [due.id]
    assert restrictions.due_for_review(vault, TODAY + timedelta(days=21))[-1].client_id == other.id


def test_safe_suite_and_program_restrictions_are_kept(vault: Vault) -> None:
    client = make_client(vault, "Rain")
    _restrict(vault, client.id, "suite")
    with pytest.raises(RestrictionApplies, match="booking the Safe Suite"):
        suite.book_stay(vault, StayRequest(client.id, TODAY, TODAY + timedelta(days=2)))
    stay = suite.book_stay(
        vault, StayRequest(client.id, TODAY, TODAY + timedelta(days=2)), override_reason="Nowhere safe tonight"
    )
    assert stay.client_id == client.id
    breakfast = programs.list_programs(vault)[0]
    _restrict(vault, client.id, "program", scope_id=breakfast.id)
    session = programs.session_for(vault, breakfast.id, TODAY.isoformat())
    with pytest.raises(RestrictionApplies, match="adding them to this program"):
        programs.add_attendee(vault, session.id, client.id)
    assert programs.get_session(vault, session.id).attendees == ()
    assert visits.check_in(vault, client.id, {service_id(vault, "Meal"): 1}) > 0  # the drop-in is open to them


def test_settings_can_let_counsellors_restrict(vault: Vault, vault_dir: Path) -> None:
    client = make_client(vault, "Wren")
    add_member(vault, Role.COUNSELLOR)
    vault.lock()
    counsellor = sign_in_as(vault_dir, Role.COUNSELLOR)
    with pytest.raises(PermissionDenied):
        _restrict(counsellor, client.id)
    counsellor.lock()
    coordinator = sign_in_as(vault_dir, Role.COORDINATOR)
    settings.put(coordinator, "restriction_roles", "counsellor")
    coordinator.lock()
    counsellor = sign_in_as(vault_dir, Role.COUNSELLOR)
    made = _restrict(counsellor, client.id, note=NOTE)
    assert made.note == NOTE  # clinical: reads the note back
    counsellor.lock()


def test_turnaways_are_counted_by_reason(vault: Vault) -> None:
    client = make_client(vault, "Fern")
    expected = {"suite_full": 3, "restricted": 1, "closed": 2}
    for reason, count in expected.items():
        for _ in range(count):
            turnaways.record_turnaway(vault, reason, client.id if reason == "restricted" else None)
    with pytest.raises(InvalidInput):
        turnaways.record_turnaway(vault, "rude")
    assert turnaways.count_by_reason(vault, TODAY, TODAY) == expected
    assert turnaways.count_by_reason(vault, TODAY - timedelta(days=9), TODAY - timedelta(days=1)) == {}


def test_a_vault_from_before_restrictions_upgrades_with_the_reasons_list(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shop_desktop.core.store import migrations
    from tests.conftest import COORDINATOR_PASS
    from tests.core.test_migrations import make_old_vault

    make_old_vault(vault_dir, migrations.MIGRATIONS.index(migrations._m_restrictions), monkeypatch)
    vault = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        assert [r.label for r in restrictions.reasons(vault)] == ["Violence toward staff or clients", "Theft", "Other"]
        client_id = vault.conn.execute("SELECT id FROM clients").fetchone()[0]
        assert restrictions.restrictions_for(vault, client_id) == []
    finally:
        vault.lock()


def test_the_funder_report_counts_restrictions_overrides_break_glass_and_turnaways(vault: Vault) -> None:
    from shop_desktop.core.desk import conflicts
    from shop_desktop.core.figures.report_figures import Period
    from shop_desktop.core.figures.restriction_figures import restrictions_section

    people = [make_client(vault, f"Person {n}") for n in range(4)]
    month = Period.month(TODAY.year, TODAY.month)
    before = month.start - timedelta(days=40)
    _restrict(vault, people[0].id, starts_on=before, ends_on=before + timedelta(days=5))  # over before the month
    _restrict(vault, people[1].id, starts_on=before, ends_on=None, review_on=TODAY)  # still in force
    ended = _restrict(vault, people[2].id, starts_on=month.start, ends_on=month.start + timedelta(days=60))
    restrictions.lift(vault, ended.id, "Agreed plan", on=month.start + timedelta(days=1))
    visits.check_in(vault, people[1].id, {service_id(vault, "Meal"): 1}, override_reason="Medical appointment")
    conflicts.break_glass(vault, people[3].id, "Emergency")
    for reason in ("suite_full", "suite_full", "closed"):
        turnaways.record_turnaway(vault, reason)
    table, turned = restrictions_section(vault.conn, month)
    counted = {label: values[0] for label, values in table.rows}
    assert counted == {
        "In force at some time in the period": 2,  # people[1] and people[2]
        "Started in the period": 1,
        "Ended or lifted in the period": 1,
        "Restrictions overridden (with a reason)": 1,
        "Break-glass openings of a record": 1,
    }
    assert {label: values[0] for label, values in turned.rows} == {
        "Safe Suite full": 2,
        "Restricted": 0,
        "Closed": 1,
        "Other": 0,
    }


def test_the_demo_vault_shows_restrictions_conflicts_and_turnaways(tmp_path: Path) -> None:
    from shop_desktop.core.desk import conflicts
    from shop_desktop.core.sample.centre import DemoScale, create_demo_vault
    from tests.conftest import fast_kdf

    demo = create_demo_vault(tmp_path / "demo", scale=DemoScale(clients=40, days=60), kdf=fast_kdf())
    vault = demo.vault
    try:
        in_force = vault.conn.execute("SELECT client_id FROM restrictions").fetchall()
        assert len(in_force) == 3
        assert any(restrictions.restrictions_for(vault, cid, on=TODAY) for (cid,) in in_force)
        assert restrictions.due_for_review(vault)  # one waits for its review
        assert vault.conn.execute("SELECT count(*) FROM keep_apart").fetchone()[0] == 1
        assert vault.conn.execute("SELECT count(*) FROM staff_conflicts").fetchone()[0] == 1
        assert sum(turnaways.count_by_reason(vault, TODAY - timedelta(days=90), TODAY).values()) >= 6
        assert conflicts.unreviewed_break_glass(vault) == []
    finally:
        vault.lock()


def test_the_check_in_list_learns_who_is_restricted_today_and_no_more(vault: Vault) -> None:
    now, later, lifted, free = (make_client(vault, name) for name in ("Ida", "Jo", "Kit", "Lu"))
    _restrict(vault, now.id)
    _restrict(vault, later.id, starts_on=TODAY + timedelta(days=3), ends_on=TODAY + timedelta(days=60))
    gone = _restrict(vault, lifted.id)
    restrictions.lift(vault, gone.id, "Talked it through")
    ids = [now.id, later.id, lifted.id, free.id]
    assert restrictions.restricted_among(vault, ids, TODAY) == {now.id}
    assert restrictions.restricted_among(vault, ids, TODAY + timedelta(days=4)) == {now.id, later.id}
    assert restrictions.restricted_among(vault, ids, TODAY + timedelta(days=30)) == {later.id}  # ends_on passed
    assert restrictions.restricted_among(vault, [], TODAY) == set()


def test_erasing_a_client_on_request_erases_what_staff_wrote_about_them_in_restrictions_and_conflicts(
    vault: Vault,
) -> None:
    from shop_desktop.core.desk import clients, conflicts

    client, other = make_client(vault, "Rue"), make_client(vault, "Sol")
    made = _restrict(vault, client.id, note=NOTE)
    restrictions.lift(vault, made.id, "Talked it through with the counsellor")
    conflicts.keep_apart(vault, client.id, other.id, "Sol's ex; fought in the lounge")
    conflicts.break_glass(vault, client.id, "Crisis call from the hospital about Rue")
    clients.purge_on_request(vault, client.id)

    raw = vault.conn  # the attacker's view: the columns themselves, not what a screen shows
    assert raw.execute(
        "SELECT note_sealed, lift_reason FROM restrictions WHERE client_id = ?", (client.id,)
    ).fetchall() == [(None, None)]
    assert raw.execute("SELECT reason_sealed FROM keep_apart").fetchall() == [(None,)]
    assert raw.execute("SELECT reason FROM break_glass WHERE client_id = ?", (client.id,)).fetchall() == [("",)]
    assert raw.execute("SELECT count(*) FROM restrictions").fetchone()[0] == 1  # still counted
