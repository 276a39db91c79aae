"""Agencies, referrals, follow-ups, consent on slips, merge and erase, audit and permissions."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from shop_desktop.core.care import referrals
from shop_desktop.core.care.referrals import AgencyDetails, ReferralRequest
from shop_desktop.core.desk import clients, timeline
from shop_desktop.core.desk.clients import Consent
from shop_desktop.core.errors import InvalidInput, NotFound, PermissionDenied
from shop_desktop.core.figures.report_figures import Period, referrals_section
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit
from shop_desktop.core.store.vault import Vault
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client

TODAY = date.today()
REASON = "Needs a sexual health check-up; prefers a woman nurse"


def make_agency(
    vault: Vault, name: str = "Tk'emlúps te Secwépemc Health", category: str = "indigenous_led", **details: str
) -> referrals.Agency:
    return referrals.add_agency(vault, AgencyDetails(name, category, **details))


def refer(vault: Vault, client_id: int, agency_id: int, **changes: object) -> referrals.Referral:
    fields: dict[str, object] = {"reason": REASON, **changes}
    return referrals.make_referral(vault, ReferralRequest(client_id, agency_id, **fields))  # type: ignore[arg-type]


def _entries(vault: Vault, prefix: str) -> list[audit.AuditEntry]:
    return sorted((e for e in audit.entries(vault.conn) if e.action.startswith(prefix)), key=lambda e: e.id)


# --- the agency directory -------------------------------------------------------------------


def test_agencies_are_added_edited_retired_and_audited_by_field_name(vault: Vault) -> None:
    agency = make_agency(vault, address="330 Chief Alex Thomas Way", phone="250-555-0120")
    changed = referrals.update_agency(
        vault,
        agency.id,
        AgencyDetails(agency.name, "indigenous_led", "330 Chief Alex Thomas Way", "250-555-0199", hours="Mon–Fri 9–4"),
    )
    assert changed.details.phone == "250-555-0199" and changed.category_label == "Indigenous-led services"
    referrals.set_agency_active(vault, agency.id, False)
    assert referrals.list_agencies(vault) == []
    assert [a.id for a in referrals.list_agencies(vault, include_retired=True)] == [agency.id]
    actions = [e.action for e in _entries(vault, "agency.")]
    assert actions == ["agency.added", "agency.updated", "agency.retired"]
    updated = _entries(vault, "agency.updated")[0]
    assert sorted(updated.detail["fields"]) == ["hours", "phone"]
    assert "0199" not in str(updated.detail) and "Secw" not in str(updated.detail)


def test_directory_search_ignores_case_and_accents_and_names_are_unique(vault: Vault) -> None:
    make_agency(vault)
    make_agency(vault, "Pacific Housing Registry", "housing")
    assert [a.name for a in referrals.list_agencies(vault, typed="SECWEPEMC")] == ["Tk'emlúps te Secwépemc Health"]
    assert [a.name for a in referrals.list_agencies(vault, category="housing")] == ["Pacific Housing Registry"]
    with pytest.raises(InvalidInput, match="already in the directory"):
        make_agency(vault, "pacific housing registry", "housing")
    with pytest.raises(InvalidInput, match="kind of agency"):
        make_agency(vault, "Somewhere", "bakery")
    with pytest.raises(InvalidInput, match="at most 40"):
        make_agency(vault, "Long phone", "housing", phone="1" * 41)


# --- referrals ------------------------------------------------------------------------------


def test_a_referral_gets_a_short_number_and_an_audit_entry_with_ids_only(vault: Vault) -> None:
    client, agency = make_client(vault, "Sofía"), make_agency(vault)
    first = refer(vault, client.id, agency.id, priority="urgent", services_requested="STI testing")
    second = refer(vault, client.id, agency.id)
    assert first.number == f"R-{TODAY.year}-0001" and second.number == f"R-{TODAY.year}-0002"
    assert re.fullmatch(r"R-\d{4}-\d{4}", first.number)
    assert first.follow_up_on == (TODAY + timedelta(days=3)).isoformat()  # urgent: check back in 3 days
    assert first.staff_name == vault.user.display_name and first.status == referrals.MADE
    entry = _entries(vault, "referral.made")[0]
    assert entry.subject_id == str(first.id)
    assert entry.detail == {"client_id": client.id, "agency_id": agency.id}
    assert "Sofía" not in str(entry.detail) and "check-up" not in str(entry.detail)
    assert [r.id for r in referrals.referrals_for_client(vault, client.id)] == [second.id, first.id]


def test_referral_rules_give_plain_messages(vault: Vault) -> None:
    client, agency = make_client(vault, "Jade"), make_agency(vault)
    with pytest.raises(InvalidInput, match="reason is needed"):
        refer(vault, client.id, agency.id, reason="  ")
    with pytest.raises(InvalidInput, match="future"):
        refer(vault, client.id, agency.id, referred_on=(TODAY + timedelta(days=2)).isoformat())
    with pytest.raises(InvalidInput, match="before the referral"):
        refer(vault, client.id, agency.id, follow_up_on=(TODAY - timedelta(days=1)).isoformat())
    with pytest.raises(InvalidInput, match="emergency, urgent or routine"):
        refer(vault, client.id, agency.id, priority="whenever")
    referrals.set_agency_active(vault, agency.id, False)
    with pytest.raises(InvalidInput, match="retired"):
        refer(vault, client.id, agency.id)
    with pytest.raises(NotFound):
        refer(vault, client.id, 999)


def test_no_referral_for_a_record_whose_consent_was_withdrawn(vault: Vault) -> None:
    client, agency = make_client(vault, "Gone"), make_agency(vault)
    clients.withdraw_consent(vault, client.id)
    with pytest.raises(InvalidInput, match="no record in use"):
        refer(vault, client.id, agency.id)


def test_alias_on_the_slip_needs_both_the_consent_record_and_the_referral(vault: Vault) -> None:
    agency = make_agency(vault)
    agreed = make_client(vault, "Мила")  # the factory's consent allows the alias on slips
    private = clients.register_client(
        vault, clients.ClientDetails(alias="Ирина К."), Consent(keep_record=True, alias_on_slips=False)
    )
    with pytest.raises(InvalidInput, match="doesn't allow their alias"):
        refer(vault, private.id, agency.id, alias_consent=True)
    shown = referrals.referral_slip(vault, refer(vault, agreed.id, agency.id, alias_consent=True).id)
    assert shown.shows_alias and shown.client_label == "Мила" and "the name I use here" in shown.consent_wording
    code_only = referrals.referral_slip(vault, refer(vault, agreed.id, agency.id, alias_consent=False).id)
    assert not code_only.shows_alias and code_only.client_label == agreed.code
    assert "client code" in code_only.consent_wording
    hidden = referrals.referral_slip(vault, refer(vault, private.id, agency.id).id)
    assert hidden.client_label == private.code


def test_alias_leaves_the_slip_when_the_client_changes_their_consent(vault: Vault) -> None:
    client, agency = make_client(vault, "Kateri"), make_agency(vault)
    referral = refer(vault, client.id, agency.id, alias_consent=True)
    clients.record_consent(vault, client.id, Consent(keep_record=True, alias_on_slips=False))
    slip = referrals.referral_slip(vault, referral.id)
    assert slip.client_label == client.code and not slip.shows_alias


def test_slip_carries_the_centre_agency_and_first_name_only(vault: Vault) -> None:
    client = make_client(vault, "Renée O'Neil")
    agency = make_agency(
        vault,
        address="330 Chief Alex Thomas Way, Kamloops BC",
        phone="250-555-0120",
        hours="Mon–Fri 9:00–16:30",
        contact_person="Intake nurse",
        remarks="internal remark",
    )
    slip = referrals.referral_slip(vault, refer(vault, client.id, agency.id, alias_consent=True).id)
    assert (slip.centre_name, slip.centre_address) == ("Test Drop-in", "1 Main St")
    assert (slip.agency_phone, slip.agency_hours) == ("250-555-0120", "Mon–Fri 9:00–16:30")
    assert slip.staff_first_name == "Cora" and slip.reason == REASON
    assert "internal remark" not in repr(slip) and "Intake nurse" not in repr(slip)
    referrals.record_slip_given(vault, slip_id := referrals.referrals_for_client(vault, client.id)[0].id, "printed")
    assert _entries(vault, "referral.slip_printed")[0].subject_id == str(slip_id)


def test_outcome_and_new_follow_up_day_are_recorded(vault: Vault) -> None:
    client, agency = make_client(vault, "Lily"), make_agency(vault)
    referral = refer(vault, client.id, agency.id)
    later = (TODAY + timedelta(days=20)).isoformat()
    waiting = referrals.record_outcome(vault, referral.id, referrals.MADE, "Left a message", later)
    assert waiting.follow_up_on == later and waiting.outcome == "Left a message"
    done = referrals.record_outcome(vault, referral.id, referrals.ATTENDED, "Went on Tuesday")
    assert done.status == referrals.ATTENDED and done.status_label == "Attended"
    entries = _entries(vault, "referral.updated")
    assert [e.detail["status"] for e in entries] == ["made", "attended"]
    assert "Tuesday" not in str([e.detail for e in entries])
    with pytest.raises(InvalidInput, match="from the list"):
        referrals.record_outcome(vault, referral.id, "lost")


# --- follow-ups -----------------------------------------------------------------------------


def test_follow_ups_due_and_overdue_for_me_and_for_everyone(vault: Vault, vault_dir: Path) -> None:
    client, agency = make_client(vault, "Dakota"), make_agency(vault)
    days_ago = lambda n: (TODAY - timedelta(days=n)).isoformat()  # noqa: E731
    overdue = refer(vault, client.id, agency.id, referred_on=days_ago(10), follow_up_on=days_ago(2))
    due = refer(vault, client.id, agency.id, referred_on=days_ago(5), follow_up_on=TODAY.isoformat())
    refer(vault, client.id, agency.id, follow_up_on=(TODAY + timedelta(days=30)).isoformat())  # not yet
    closed = refer(vault, client.id, agency.id, referred_on=days_ago(9), follow_up_on=days_ago(1))
    referrals.record_outcome(vault, closed.id, referrals.DECLINED)
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    theirs = refer(desk, client.id, agency.id, priority="emergency")  # follow up tomorrow
    assert [(f.referral.id, f.state, f.days) for f in referrals.follow_ups(desk, mine=True)] == [
        (theirs.id, referrals.SOON, 1)
    ]
    everyone = referrals.follow_ups(desk, mine=False)
    assert [(f.referral.id, f.state) for f in everyone] == [
        (overdue.id, referrals.OVERDUE),
        (due.id, referrals.DUE),
        (theirs.id, referrals.SOON),
    ]
    assert everyone[0].days == -2
    assert referrals.follow_ups(desk, mine=False, ahead_days=0)[-1].referral.id == due.id
    desk.lock()


# --- permissions ----------------------------------------------------------------------------


def test_front_desk_refers_but_does_not_edit_the_directory(vault: Vault, vault_dir: Path) -> None:
    client, agency = make_client(vault, "Remy"), make_agency(vault)
    add_member(vault, Role.FRONT_DESK)
    add_member(vault, Role.ADMIN)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    assert [a.id for a in referrals.list_agencies(desk)] == [agency.id]
    assert refer(desk, client.id, agency.id).staff_name == "Front desk Person"
    with pytest.raises(PermissionDenied, match="change the agency directory"):
        referrals.add_agency(desk, AgencyDetails("New place", "housing"))
    with pytest.raises(PermissionDenied):
        referrals.set_agency_active(desk, agency.id, False)
    desk.lock()
    admin = sign_in_as(vault_dir, Role.ADMIN)
    with pytest.raises(PermissionDenied, match="make referrals"):
        refer(admin, client.id, agency.id)
    with pytest.raises(PermissionDenied):
        referrals.list_agencies(admin)
    admin.lock()


# --- merge, erase, timeline -----------------------------------------------------------------


def test_merge_moves_referrals(vault: Vault) -> None:
    keep, dup, agency = make_client(vault, "Tasha"), make_client(vault, "Tasha B"), make_agency(vault)
    referral = refer(vault, dup.id, agency.id)
    clients.merge_clients(vault, keep.id, dup.id)
    assert referrals.get_referral(vault, referral.id).client_id == keep.id


def test_erase_on_request_keeps_the_count_but_not_the_person(vault: Vault) -> None:
    alias, agency = "Zephyrine Q.", make_agency(vault, "Pacific Housing Registry", "housing")
    client = make_client(vault, alias)
    referral = refer(vault, client.id, agency.id, alias_consent=True, services_requested="Housing application")
    clients.purge_on_request(vault, client.id)
    row = vault.conn.execute(
        "SELECT client_id, alias_consent, reason, services_requested, outcome FROM referrals WHERE id = ?",
        (referral.id,),
    ).fetchone()
    assert tuple(row) == (None, 0, "", "", None)
    period = Period.custom(TODAY, TODAY)
    by_kind = referrals_section(vault.conn, period)[0]
    assert dict(by_kind.rows)["Housing"] == [1]
    assert referrals.get_referral(vault, referral.id).client_label == "Client erased on request"
    with pytest.raises(InvalidInput, match="erased"):
        referrals.referral_slip(vault, referral.id)
    assert referrals.follow_ups(vault, mine=False) == []


def test_timeline_lists_referrals(vault: Vault) -> None:
    client, agency = make_client(vault, "Jo"), make_agency(vault)
    referral = refer(vault, client.id, agency.id)
    entry = next(e for e in timeline.client_timeline(vault, client.id) if e.kind == "referral")
    assert entry.ref_id == referral.id and entry.title == agency.name and referral.number in entry.detail
    assert REASON not in entry.detail


# --- the funder report's referral tables ---------------------------------------------------


def test_referral_counts_match_an_independent_count(vault: Vault) -> None:
    kinds = [
        make_agency(vault, f"Agency {key}", key)
        for key in ("housing", "shelter", "legal_aid", "housing_2")
        if key in referrals.CATEGORIES
    ]
    people = [make_client(vault, f"Person {n}") for n in range(4)]
    for n in range(11):
        made = refer(
            vault, people[n % 4].id, kinds[n % len(kinds)].id, referred_on=(TODAY - timedelta(days=n * 9)).isoformat()
        )
        if n % 3 == 0:
            referrals.record_outcome(vault, made.id, referrals.ATTENDED)
    period = Period.custom(TODAY - timedelta(days=40), TODAY)
    rows = vault.conn.execute(
        "SELECT a.category, r.status, r.referred_on FROM referrals r JOIN agencies a ON a.id = r.agency_id"
    ).fetchall()
    inside = [(k, s) for k, s, on in rows if period.start.isoformat() <= on <= period.end.isoformat()]
    by_kind, by_status = referrals_section(vault.conn, period)
    assert {label: v[0] for label, v in by_kind.rows} == {
        label: sum(1 for k, _ in inside if k == key) for key, label in referrals.CATEGORIES.items()
    }
    assert {label: v[0] for label, v in by_status.rows} == {
        label: sum(1 for _, s in inside if s == key) for key, label in referrals.STATUSES.items()
    }
    assert by_kind.column_totals() == by_status.column_totals() == [len(inside)] and len(inside) == 5
