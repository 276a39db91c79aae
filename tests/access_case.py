"""One client with a record in every part of the app, written about alongside other clients.

Shared by the core, report and GUI tests of access requests. The other clients' aliases are chosen
to be hard: accents and case, right-to-left script, an emoji, two words, a name that is also a word.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from shop_desktop.core.care import notes, referrals
from shop_desktop.core.care.notes import NoteDraft
from shop_desktop.core.care.referrals import AgencyDetails, ReferralRequest
from shop_desktop.core.desk import clients, conflicts, programs, restrictions, suite, timeline, turnaways
from shop_desktop.core.desk.clients import Client
from shop_desktop.core.desk.restrictions import RestrictionRequest
from shop_desktop.core.desk.suite import StayRequest
from shop_desktop.core.records import access_request
from shop_desktop.core.records.access_request_output import Decision, Review
from shop_desktop.core.safety import alerts
from shop_desktop.core.safety.alerts import AlertDetails
from shop_desktop.core.store.vault import Vault
from tests.factories import make_client, make_visit

TODAY = date.today()
OTHER_ALIASES = ("Ámbar Ríos", "نور", "Star⭐", "Big Mama", "Rosalind", "Tiny")


@dataclass
class Case:
    client: Client
    others: list[Client]
    bystander: Client  # never written about, still must never appear
    request_id: int
    note_id: int
    addendum_id: int
    alert_reference: str
    referral_number: str


def build_case(vault: Vault) -> Case:
    """As the coordinator (clinical: holds the notes key)."""
    target = make_client(vault, "Jade Kestrel", pronouns="she/her", remark="Prefers the side door.")
    others = [make_client(vault, alias) for alias in OTHER_ALIASES]
    bystander = make_client(vault, "Quillon")
    amb, nur, star, mama, rosalind, tiny = others
    spaced_code = f"{mama.code[:3].lower()} {mama.code[3:]}"

    make_visit(vault, target, "Shower", "Naloxone kits", at=datetime.now() - timedelta(days=3))
    make_visit(vault, target, "Meal", at=datetime.now() - timedelta(days=2))
    make_visit(vault, bystander, "Meal")
    session = programs.session_for(vault, programs.list_programs(vault)[0].id, (TODAY - timedelta(days=1)).isoformat())
    programs.add_attendee(vault, session.id, target.id)
    programs.add_attendee(vault, session.id, bystander.id)
    suite.book_stay(
        vault, StayRequest(target.id, TODAY, TODAY + timedelta(days=2), remark=f"Came in with AMBAR RIOS, {tiny.code}")
    )
    agency = referrals.add_agency(vault, AgencyDetails("Harbour Housing", "housing"))
    referral = referrals.make_referral(
        vault, ReferralRequest(target.id, agency.id, f"Housing; staying with Big  Mama ({spaced_code}) for now")
    )
    alert = alerts.report_alert(
        vault,
        AlertDetails(
            occurred_on=(TODAY - timedelta(days=5)).isoformat(),
            categories=(next(iter(alerts.CATEGORIES)),),
            narrative="He said his name was Darrel, drove plate KX 442; Star⭐ saw it too.",
            name_used="Darrel",
            plate="KX 442",
            phones="250-555-0199",
        ),
        follow_up_client_id=target.id,
    )
    reason = restrictions.reasons(vault)[0].id
    restrictions.restrict(
        vault,
        RestrictionRequest(
            target.id,
            "suite",
            reason,
            TODAY - timedelta(days=1),
            review_on=TODAY + timedelta(days=20),
            note="Argued with \u200fنور\u200f at the door.",
        ),
    )
    conflicts.keep_apart(vault, target.id, rosalind.id, "Former partners.")
    turnaways.record_turnaway(vault, "suite_full", client_id=target.id)
    body = (
        f"Session about safety. Talked about ámbar ríos and {star.alias} and Rosalind's new place; "
        f"Tiny was there. Met {nur.alias} at the clinic. She may come Tuesday. Code {amb.code} mentioned."
    )
    note_id = notes.sign_note(vault, NoteDraft(target.id, "counselling", body, duration_minutes=45))
    addendum_id = notes.add_addendum(vault, note_id, "Later: BIG MAMA called about the room.")
    timeline.client_timeline(vault, target.id)  # an opening, for "who opened your file"
    request = access_request.log_request(vault, target.id, TODAY - timedelta(days=4))
    return Case(
        clients.get_client(vault, target.id),
        others,
        bystander,
        request.id,
        note_id,
        addendum_id,
        alert.reference,
        referral.number,
    )


def accept_all(vault: Vault, request_id: int) -> Review:
    """The reviewer accepts every proposal as it is; returns what they saw."""
    review = access_request.review(vault, request_id)
    decisions = [Decision(i.proposal.key, True, i.proposal.found) for i in review.items]
    access_request.save_review(vault, request_id, decisions, [])
    return review
