"""An access request gives the person every record of theirs and nothing that identifies anyone else."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest

from shop_desktop.core.care import notes
from shop_desktop.core.errors import InvalidInput, PermissionDenied
from shop_desktop.core.records import access_request
from shop_desktop.core.records.access_request_output import Decision, ExtraCut
from shop_desktop.core.roles import Role
from shop_desktop.core.store.vault import Vault
from shop_desktop.reports.access_record import build_access_record
from tests.access_case import TODAY, Case, accept_all, build_case
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def leaked(text: str, case: Case) -> list[str]:
    """Every other client's alias or code found in `text` (whole words, case and accents ignored)."""
    folded = " ".join(_fold(text).split())
    found = []
    for other in [*case.others, case.bystander]:
        for needle in (other.alias, other.code, f"{other.code[:3]} {other.code[3:]}"):
            if re.search(rf"(?<!\w){re.escape(' '.join(_fold(needle).split()))}(?!\w)", folded):
                found.append(needle)
    return found


def pdf_text(pdf: bytes) -> str:
    from io import BytesIO

    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages).replace("\xa0", " ")


@pytest.fixture
def case(vault: Vault) -> Case:
    return build_case(vault)


def _entries(data: dict, key: str) -> list[dict]:
    return next(s for s in data["sections"] if s["key"] == key)["entries"]


def test_the_record_holds_every_record_of_that_client(vault: Vault, case: Case) -> None:
    accept_all(vault, case.request_id)
    data = json.loads(access_request.build_record(vault, case.request_id).as_json())
    cid, conn = case.client.id, vault.conn

    def count(sql: str) -> int:
        return int(conn.execute(sql, (cid,)).fetchone()[0])

    # An independent count of every row that points at this client, table by table.
    visits = count("SELECT count(*) FROM visits WHERE client_id = ?") + count(
        "SELECT count(*) FROM turnaways WHERE client_id = ?"
    )
    assert len(_entries(data, "visits")) == visits == 3
    assert len(_entries(data, "consent")) == count("SELECT count(*) FROM consents WHERE client_id = ?") == 1
    assert len(_entries(data, "programs")) == count("SELECT count(*) FROM attendance WHERE client_id = ?") == 1
    assert len(_entries(data, "suite")) == count("SELECT count(*) FROM suite_stays WHERE client_id = ?") == 1
    assert len(_entries(data, "referrals")) == count("SELECT count(*) FROM referrals WHERE client_id = ?") == 1
    restricted = count("SELECT count(*) FROM restrictions WHERE client_id = ?") + count(
        "SELECT count(*) FROM keep_apart WHERE ? IN (client_a, client_b)"
    )
    assert len(_entries(data, "restrictions")) == restricted == 2
    parents = count("SELECT count(*) FROM notes WHERE client_id = ? AND status = 'signed' AND addendum_to IS NULL")
    assert len(_entries(data, "notes")) == parents == 1
    opened = count(
        "SELECT count(*) FROM audit WHERE subject_type = 'client' AND subject_id = ? AND action = 'client.opened'"
    )
    assert len(_entries(data, "openings")) == opened == 3  # history, the review, this record itself
    assert len(_entries(data, "alerts")) == 1 and case.alert_reference in _entries(data, "alerts")[0]["title"]
    text = json.dumps(data, ensure_ascii=False)
    assert case.referral_number in text and "Later:" in text and "Prefers the side door." in text
    assert "Jade Kestrel" in text and case.client.code in text and "she/her" in text
    assert [s["key"] for s in data["sections"]] == [
        "about", "consent", "visits", "programs", "suite", "referrals", "outreach", "alerts", "restrictions",
        "notes", "openings", "corrections",
    ]  # fmt: skip


def test_no_alias_or_code_of_another_client_is_in_the_pdf_or_the_json(vault: Vault, case: Case) -> None:
    review = accept_all(vault, case.request_id)
    unsevered = " ".join(place.text for place in review.places)
    assert len(leaked(unsevered, case)) >= 7  # the scan below finds them when they are there
    record = access_request.build_record(vault, case.request_id)
    pdf = build_access_record(record)
    assert leaked(record.as_json(), case) == []
    assert leaked(pdf_text(pdf), case) == []
    # the alert's other person: name and plate severed from the reporter's own words, phone never shown
    assert "Darrel" not in record.as_json() and "KX 442" not in record.as_json()
    assert "250-555-0199" not in record.as_json() + pdf_text(pdf)
    assert "saw it too" in pdf_text(pdf)  # the person's own words stay


def test_severing_is_applied_and_listed_with_its_ground(vault: Vault, case: Case) -> None:
    review = accept_all(vault, case.request_id)
    record = access_request.build_record(vault, case.request_id)
    listed = {(s.section, s.field): s for s in record.severed}
    body_cuts = listed[("Counselling notes", "Note")]
    # ámbar ríos, Star⭐, Rosalind's, Tiny, نور, the code: six places in the note, one ground
    assert (body_cuts.count, body_cuts.ground) == (6, "23(4)(c)")
    assert listed[("Referrals to other agencies", "Why")].count == 2  # Big  Mama and her code with a space
    assert "23(4)(c)" in record.grounds
    pdf = pdf_text(build_access_record(record))
    assert "[severed: s. 23(4)(c)]" in pdf and "Where something was taken out" in pdf
    assert len(review.items) == sum(s.count for s in record.severed)


def test_the_reviewer_may_keep_a_word_change_a_cut_and_sever_more(vault: Vault, case: Case) -> None:
    may = make_client(vault, "May")
    body = "She may come Tuesday. May was at the shelter by the motel on 5th."
    note_id = notes.sign_note(vault, notes.NoteDraft(case.client.id, "case", body))
    review = access_request.review(vault, case.request_id)
    in_note = [i for i in review.items if i.proposal.location == f"notes/{note_id}/body"]
    assert [(i.proposal.found, i.proposal.everyday_word) for i in in_note] == [("may", True), ("May", False)]
    decisions = [Decision(i.proposal.key, True, i.proposal.found) for i in review.items]
    decisions = [d for d in decisions if d.key not in {i.proposal.key for i in in_note}]
    decisions += [
        Decision(in_note[0].proposal.key, False, "may"),  # the everyday word stays
        Decision(in_note[1].proposal.key, True, "May was at the shelter"),  # changed: wider
    ]
    extra = [ExtraCut(f"notes/{note_id}/body", "motel on 5th", "23(4)(a)", "Where another person lives")]
    access_request.save_review(vault, case.request_id, decisions, extra)
    record = access_request.build_record(vault, case.request_id)
    text = next(v for s in record.sections for e in s.entries for label, v in e.fields if v.startswith("She may come"))
    assert text == "She may come Tuesday. [severed: s. 23(4)(c)] by the [severed: s. 23(4)(a)]."
    assert "23(4)(a)" in record.grounds and may.code not in record.as_json()


def test_a_review_must_decide_every_proposal_and_comes_before_the_record(vault: Vault, case: Case) -> None:
    with pytest.raises(InvalidInput, match="review this record"):
        access_request.build_record(vault, case.request_id)
    review = access_request.review(vault, case.request_id)
    some = [Decision(i.proposal.key, True, i.proposal.found) for i in review.items[:-1]]
    with pytest.raises(InvalidInput, match="still need a decision"):
        access_request.save_review(vault, case.request_id, some, [])
    bad = [ExtraCut(review.places[0].location, "words that are not there", "23(4)(c)", "x")]
    with pytest.raises(InvalidInput, match="not found"):
        access_request.save_review(
            vault, case.request_id, some + [Decision(review.items[-1].proposal.key, True, "")], bad
        )


def test_what_changes_after_the_review_is_severed_unless_reviewed_again(vault: Vault, case: Case) -> None:
    accept_all(vault, case.request_id)
    notes.sign_note(vault, notes.NoteDraft(case.client.id, "case", f"Saw Quillon ({case.bystander.code}) today."))
    record = access_request.build_record(vault, case.request_id)
    assert leaked(record.as_json(), case) == []


def test_the_review_is_sealed_in_the_database(vault: Vault, case: Case) -> None:
    accept_all(vault, case.request_id)
    raw = vault.conn.execute("SELECT review_sealed FROM access_requests WHERE id = ?", (case.request_id,)).fetchone()[0]
    assert raw and b"Rosalind" not in bytes(raw) and b"decisions" not in bytes(raw)


def test_front_desk_cannot_log_review_or_make_a_record(vault: Vault, vault_dir: Path, case: Case) -> None:
    add_member(vault, Role.FRONT_DESK)
    accept_all(vault, case.request_id)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    try:
        for attempt in (
            lambda: access_request.build_record(desk, case.request_id),
            lambda: access_request.log_request(desk, case.client.id),
            lambda: access_request.list_requests(desk),
            lambda: access_request.review(desk, case.request_id),
            lambda: access_request.add_correction(desk, case.request_id, "Visits", "x"),
        ):
            with pytest.raises(PermissionDenied):
                attempt()
    finally:
        desk.lock()


def test_a_counsellor_reviews_but_only_the_coordinator_makes_the_record(
    vault: Vault, vault_dir: Path, case: Case
) -> None:
    add_member(vault, Role.COUNSELLOR)
    vault.lock()
    counsellor = sign_in_as(vault_dir, Role.COUNSELLOR)
    try:
        accept_all(counsellor, case.request_id)
        with pytest.raises(PermissionDenied):
            access_request.build_record(counsellor, case.request_id)
    finally:
        counsellor.lock()
    coordinator = sign_in_as(vault_dir, Role.COORDINATOR)
    try:
        assert access_request.build_record(coordinator, case.request_id).severed
    finally:
        coordinator.lock()


def test_requests_are_due_thirty_days_after_they_arrive(vault: Vault, case: Case) -> None:
    listed = access_request.list_requests(vault)
    assert [(r.id, r.received_on, r.due_on) for r in listed] == [
        (case.request_id, (TODAY - timedelta(days=4)).isoformat(), (TODAY + timedelta(days=26)).isoformat())
    ]
    assert listed[0].days_left() == 26
    with pytest.raises(InvalidInput, match="future"):
        access_request.log_request(vault, case.client.id, TODAY + timedelta(days=1))


def test_a_correction_is_dated_and_attached_and_the_original_stays(vault: Vault, case: Case) -> None:
    before = notes.open_note(vault, case.note_id).body
    access_request.add_correction(
        vault, case.request_id, "Counselling notes", "I did not say Tuesday; I said Thursday.", date(2026, 1, 5)
    )
    accept_all(vault, case.request_id)
    record = access_request.build_record(vault, case.request_id)
    corrections = next(s for s in record.sections if s.key == "corrections").entries
    assert corrections[0].title == "Correction asked for on 2026-01-05"
    assert ("Your correction", "I did not say Tuesday; I said Thursday.") in corrections[0].fields
    assert notes.open_note(vault, case.note_id).body == before
    with pytest.raises(Exception, match="kept as it was"):
        vault.conn.execute("UPDATE record_corrections SET correction = 'changed'")


def test_giving_the_record_answers_the_request_and_is_audited(vault: Vault, case: Case) -> None:
    accept_all(vault, case.request_id)
    access_request.build_record(vault, case.request_id)
    answered = access_request.record_given(vault, case.request_id, "printed")
    assert (answered.status, answered.answered_on) == ("answered", TODAY.isoformat())
    assert access_request.list_requests(vault) == []
    trail = [r[0] for r in vault.conn.execute("SELECT action FROM audit WHERE action LIKE 'access_request.%'")]
    assert trail == [
        "access_request.logged",
        "access_request.reviewed",
        "access_request.record_made",
        "access_request.answered",
    ]
    assert vault.verify_audit().ok


def test_an_insider_marking_a_request_reviewed_by_sql_gets_everything_severed(vault: Vault, case: Case) -> None:
    """Raw SQL can skip the review's row but not its sealed decisions: every finding is severed."""
    vault.conn.execute(
        "UPDATE access_requests SET status = 'reviewed', reviewed_at = '2026-01-01' WHERE id = ?", (case.request_id,)
    )
    record = access_request.build_record(vault, case.request_id)
    assert leaked(record.as_json(), case) == []
    review = access_request.review(vault, case.request_id)
    assert sum(s.count for s in record.severed) == len(review.items)
