"""Overdose responses and take-home naloxone: who reads what (played through core as each role),
signing then addenda only, the remark sealed from raw SQL, and the report figures recounted here."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from shop_desktop.core.desk import outreach, visits
from shop_desktop.core.errors import InvalidInput, PermissionDenied
from shop_desktop.core.figures import report_figures
from shop_desktop.core.figures.report_figures import Period, compute_figures
from shop_desktop.core.roles import Role
from shop_desktop.core.safety import overdose, overdose_kits
from shop_desktop.core.safety.overdose import ResponseDraft
from shop_desktop.core.safety.overdose_kits import KitGiven
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client, service_id

NOW = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1)


def _draft(responders: tuple[int, ...], **changes: object) -> ResponseDraft:
    values: dict[str, object] = {
        "occurred_at": NOW.isoformat(timespec="minutes"),
        "place": "washroom",
        "signs": ("unresponsive", "blue_lips"),
        "responders": responders,
        "naloxone_doses": 2,
        "naloxone_route": "intramuscular",
        "called_911": True,
        "outcome": "recovered",
    }
    values.update(changes)
    return ResponseDraft(**values)  # type: ignore[arg-type]


@pytest.fixture
def staffed(vault: Vault) -> dict[Role, int]:
    ids = {Role.COORDINATOR: vault.user.id}
    for role in (Role.FRONT_DESK, Role.OUTREACH, Role.COUNSELLOR, Role.ADMIN):
        ids[role] = add_member(vault, role).id
    add_member(vault, Role.FRONT_DESK, "frontdesk2")
    return ids


def test_front_desk_reads_only_its_own_responses_and_sees_that_others_happened(
    vault: Vault, vault_dir: Path, staffed: dict[Role, int]
) -> None:
    theirs = overdose.sign_response(vault, _draft((staffed[Role.COORDINATOR],)))
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    session = Session(desk)
    mine = session.overdose.sign_response(_draft((desk.user.id,), place="drop_in", outcome="transported"))
    assert session.overdose.open_response(mine).draft.outcome == "transported"
    with pytest.raises(PermissionDenied):
        session.overdose.open_response(theirs)
    lines = {line.id: line for line in session.overdose.list_responses()}
    assert lines[theirs].readable is False and lines[theirs].place is None and lines[theirs].outcome is None
    assert lines[theirs].occurred_at == NOW.isoformat(timespec="minutes")
    assert lines[mine].readable and lines[mine].place == "drop_in"
    desk.lock()

    # a second front-desk account: neither response is theirs
    other = Vault.open(vault_dir, "frontdesk2", "lantern otter pebble meadow")
    for response_id in (theirs, mine):
        with pytest.raises(PermissionDenied):
            overdose.open_response(other, response_id)
    assert all(not line.readable for line in overdose.list_responses(other))
    other.lock()


def test_responders_and_clinical_roles_read_admin_does_not(
    vault: Vault, vault_dir: Path, staffed: dict[Role, int]
) -> None:
    response = overdose.sign_response(vault, _draft((staffed[Role.FRONT_DESK], staffed[Role.COORDINATOR])))
    vault.lock()
    for role, may in ((Role.FRONT_DESK, True), (Role.COUNSELLOR, True), (Role.OUTREACH, False)):
        session = sign_in_as(vault_dir, role)
        if may:
            assert overdose.open_response(session, response).draft.naloxone_doses == 2
        else:
            with pytest.raises(PermissionDenied):
                overdose.open_response(session, response)
        session.lock()
    admin = sign_in_as(vault_dir, Role.ADMIN)
    with pytest.raises(PermissionDenied):
        overdose.list_responses(admin)
    with pytest.raises(PermissionDenied):
        overdose.open_response(admin, response)
    assert overdose.my_drafts(admin) == []
    admin.lock()


def test_a_draft_is_its_authors_alone_until_signed(vault: Vault, vault_dir: Path, staffed: dict[Role, int]) -> None:
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    draft_id = overdose.save_draft(desk, ResponseDraft(occurred_at=NOW.isoformat(timespec="minutes"), place="outside"))
    assert [d.id for d in overdose.my_drafts(desk)] == [draft_id]
    desk.lock()
    boss = sign_in_as(vault_dir, Role.COORDINATOR)
    assert draft_id not in {line.id for line in overdose.list_responses(boss)}
    with pytest.raises(PermissionDenied):
        overdose.open_response(boss, draft_id)
    with pytest.raises(PermissionDenied):
        overdose.save_draft(boss, ResponseDraft(occurred_at=NOW.isoformat(timespec="minutes"), response_id=draft_id))
    boss.lock()


def test_signing_needs_where_who_and_outcome_then_only_addenda(vault: Vault, staffed: dict[Role, int]) -> None:
    with pytest.raises(InvalidInput, match="outcome"):
        overdose.sign_response(vault, _draft((vault.user.id,), outcome=None))
    with pytest.raises(InvalidInput, match="who responded"):
        overdose.sign_response(vault, _draft(()))
    with pytest.raises(InvalidInput, match="area"):
        overdose.sign_response(vault, _draft((vault.user.id,), place="outreach"))
    draft_id = overdose.save_draft(vault, _draft((vault.user.id,), remark="Came round after the second dose."))
    signed = overdose.sign_response(vault, _draft((vault.user.id,), response_id=draft_id))
    assert signed == draft_id
    with pytest.raises(InvalidInput, match="addendum"):
        overdose.save_draft(vault, _draft((vault.user.id,), outcome="died", response_id=signed))
    with pytest.raises(InvalidInput, match="addendum"):
        overdose.discard_draft(vault, signed)
    overdose.add_addendum(vault, signed, "Paramedics arrived at 14:20, not 14:02.")
    record = overdose.open_response(vault, signed)
    assert record.status == "signed" and record.draft.outcome == "recovered"
    assert [a.text for a in record.addenda] == ["Paramedics arrived at 14:20, not 14:02."]


def test_the_remark_and_addenda_are_sealed_from_front_desk_and_raw_sql(
    vault: Vault, vault_dir: Path, staffed: dict[Role, int]
) -> None:
    words = "Second dose at 14:05; breathing again 14:08"
    response = overdose.sign_response(vault, _draft((staffed[Role.FRONT_DESK], vault.user.id), remark=words))
    overdose.add_addendum(vault, response, "Went to the hospital later that evening")
    raw = b"".join(
        bytes(str(cell), "utf-8") if not isinstance(cell, bytes) else cell
        for table in ("overdose_responses", "overdose_addenda")
        for row in vault.conn.execute(f"SELECT * FROM {table}")  # noqa: S608 (our own table names)
        for cell in row
    )
    assert b"14:05" not in raw and b"hospital" not in raw
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    record = overdose.open_response(desk, response)
    assert record.draft.remark == "" and record.remark_hidden
    assert record.addenda[0].text is None and record.addenda[0].has_text
    with pytest.raises(PermissionDenied):
        overdose.add_addendum(desk, response, "my correction")
    overdose.record_debrief_held(desk, response)  # a responder records the debrief: no words to seal
    assert overdose.open_response(desk, response).addenda[-1].debrief_held
    with pytest.raises(PermissionDenied):
        overdose.save_draft(desk, _draft((desk.user.id,), remark="anything"))
    desk.lock()


def test_readings_are_audited_with_ids_only(vault: Vault, staffed: dict[Role, int]) -> None:
    response = overdose.sign_response(vault, _draft((vault.user.id,)))
    overdose.open_response(vault, response)
    actions = [r[0] for r in vault.conn.execute("SELECT action FROM audit ORDER BY id")]
    assert actions[-3:] == ["overdose.draft_created", "overdose.signed", "overdose.read"]


def test_a_replacement_kit_at_check_in_and_on_outreach(vault: Vault, staffed: dict[Role, int]) -> None:
    client = make_client(vault, "Kit Person")
    kits = service_id(vault, "Naloxone kits")
    assert overdose_kits.kit_service(vault) == kits
    assert overdose_kits.had_kit_before(vault, client.id) is False
    visits.check_in(vault, client.id, {kits: 1}, naloxone=KitGiven("first", trained=True))
    assert overdose_kits.had_kit_before(vault, client.id) is True
    with pytest.raises(InvalidInput, match="Tick naloxone"):
        visits.check_in(vault, None, {service_id(vault, "Meal"): 1}, naloxone=KitGiven("replacement", "used"))
    with pytest.raises(InvalidInput, match="first"):
        visits.check_in(vault, None, {kits: 1}, naloxone=KitGiven("first", "used"))
    area = outreach.list_areas(vault)[0].id
    record = outreach.ShiftRecord(
        date.today(),
        datetime.strptime("18:00", "%H:%M").time(),
        datetime.strptime("21:00", "%H:%M").time(),
        area,
        contacts=5,
        supplies={kits: 3},
        naloxone=(KitGiven("replacement", "police", kits=2), KitGiven("first", kits=1)),
    )
    shift = outreach.log_shift(vault, record)
    assert overdose_kits.shift_kits(vault, shift) == record.naloxone
    outreach.update_shift(vault, shift, outreach.ShiftRecord(**{**record.__dict__, "naloxone": None, "contacts": 6}))
    assert overdose_kits.shift_kits(vault, shift) == record.naloxone  # a correction that doesn't say keeps them
    with pytest.raises(InvalidInput, match="more than the 3"):
        outreach.update_shift(
            vault, shift, outreach.ShiftRecord(**{**record.__dict__, "naloxone": (KitGiven("first", kits=4),)})
        )


def test_report_figures_recount_responses_and_kits(vault: Vault, staffed: dict[Role, int]) -> None:
    rng = random.Random(23)
    me = vault.user.id
    kits_service = service_id(vault, "Naloxone kits")
    expected_outcome: Counter[str] = Counter()
    expected_place: Counter[str] = Counter()
    naloxone = called = debriefs = 0
    for n in range(40):
        draft = _draft(
            (me,),
            occurred_at=(NOW - timedelta(days=n)).isoformat(timespec="minutes"),
            place=rng.choice(["washroom", "safe_suite", "drop_in", "outside"]),
            outcome=rng.choice(list(overdose.OUTCOMES)),
            naloxone_doses=rng.choice([0, 1, 2, 3]),
            called_911=rng.random() < 0.5,
        )
        if n % 7 == 0:
            overdose.save_draft(vault, draft)  # drafts are not counted
            continue
        signed = overdose.sign_response(vault, draft)
        if n % 3 == 0:
            overdose.record_debrief_held(vault, signed)
            overdose.record_debrief_held(vault, signed)  # twice: still one response with a debrief
            debriefs += 1
        expected_outcome[str(draft.outcome)] += 1
        expected_place[str(draft.place)] += 1
        naloxone += draft.naloxone_doses > 0
        called += draft.called_911
    kinds: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    trained = 0
    for n in range(60):
        kit = rng.choice(
            [KitGiven("first", trained=True), KitGiven("replacement", "used"), KitGiven("replacement", "expired")]
        )
        quantity = rng.choice([1, 1, 2])
        visit = visits.check_in(
            vault, None, {kits_service: quantity}, at=NOW - timedelta(days=n % 30, minutes=n), naloxone=kit
        )
        if n % 11 == 0:
            visits.void_visit(vault, visit, "entered twice")
            continue
        kinds[kit.kind] += quantity
        if kit.reason:
            reasons[kit.reason] += quantity
        trained += quantity if kit.trained else 0
    period = Period.custom(NOW.date() - timedelta(days=45), NOW.date())
    figures = compute_figures(vault, period)
    outcomes = dict(figures.table("overdose_outcomes").rows)
    assert {k: outcomes[label][0] for k, label in overdose.OUTCOMES.items()} == {
        k: expected_outcome[k] for k in overdose.OUTCOMES
    }
    places = dict(figures.table("overdose_where").rows)
    assert sum(v[0] for v in places.values()) == sum(expected_place.values())
    assert places["Safe Suite"] == [expected_place["safe_suite"]]
    care = dict(figures.table("overdose_care").rows)
    assert care["Naloxone given"] == [naloxone] and care["911 called"] == [called]
    assert care["Staff debrief held"] == [debriefs]
    kit_rows = dict(figures.table("naloxone_kits").rows)
    assert kit_rows == {"First kit": [kinds["first"]], "Replacement kit": [kinds["replacement"]]}
    replaced = dict(figures.table("naloxone_replacements").rows)
    assert replaced["Used on someone"] == [reasons["used"]] and replaced["Expired"] == [reasons["expired"]]
    assert figures.table("naloxone_trained").rows[0][1] == [trained]


def test_small_overdose_counts_are_withheld(vault: Vault, staffed: dict[Role, int]) -> None:
    overdose.sign_response(vault, _draft((vault.user.id,), outcome="died", place="safe_suite"))
    for _ in range(8):
        overdose.sign_response(vault, _draft((vault.user.id,)))
    period = Period.custom(NOW.date() - timedelta(days=1), NOW.date())
    figures = compute_figures(vault, period)
    report_figures.withhold(figures, 5)
    shown = dict(report_figures.shown_table(figures, figures.table("overdose_outcomes")))
    assert shown["Died"][0] == "<5"
    assert shown["Recovered on site"][0] != "8"  # the one death could be worked out from 9 - 8


def test_demo_data_has_responses_and_kit_details(tmp_path: Path) -> None:
    from shop_desktop.core.sample import centre as demo
    from tests.conftest import COORDINATOR_PASS, fast_kdf

    result = demo.create_demo_vault(
        tmp_path / "demo",
        seed=4,
        scale=demo.DemoScale(clients=60, days=60, notes=5),
        shared_passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )
    vault = result.vault
    lines = overdose.list_responses(vault)
    assert len(lines) >= 4 and all(line.status == "signed" for line in lines)
    assert overdose.my_drafts(vault) == []  # no draft to be offered at every demo sign-in
    assert any(overdose.open_response(vault, line.id).addenda for line in lines)
    kits = vault.conn.execute("SELECT kind, reason FROM naloxone_kits").fetchall()
    assert {kind for kind, _ in kits} == {"first", "replacement"}
    assert all((reason is None) == (kind == "first") for kind, reason in kits)
    assert vault.verify_audit().ok
    vault.lock()


def test_a_merge_moves_responses_and_an_erasure_unlinks_them(vault: Vault, staffed: dict[Role, int]) -> None:
    from shop_desktop.core.desk import clients

    kept, twin = make_client(vault, "Kept"), make_client(vault, "Twin")
    response = overdose.sign_response(vault, _draft((vault.user.id,), client_id=twin.id))
    clients.merge_clients(vault, kept.id, twin.id)
    assert overdose.open_response(vault, response).draft.client_id == kept.id
    clients.purge_on_request(vault, kept.id)
    record = overdose.open_response(vault, response)
    assert record.draft.client_id is None and record.status == "signed"
    assert vault.conn.execute("SELECT count(*) FROM overdose_responses WHERE client_id IS NOT NULL").fetchone() == (0,)
