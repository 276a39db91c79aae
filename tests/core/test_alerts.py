"""Aggressor alerts: normalising what people type, the lookup's ranking, expiry from the sheet, and
that neither the reporter nor any client reaches the lookup, the sheet or exports."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from shop_desktop.core import settings
from shop_desktop.core.desk import clients
from shop_desktop.core.errors import InvalidInput, PermissionDenied
from shop_desktop.core.figures.report_figures import Period, alerts_section, compute_figures
from shop_desktop.core.roles import Role
from shop_desktop.core.safety import alert_links, alerts
from shop_desktop.core.safety.alerts import AlertDetails, handle_key, normalise_phone, normalise_plate, plate_key
from shop_desktop.core.sample import centre as demo
from shop_desktop.core.store import audit
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, add_member, fast_kdf, sign_in_as
from tests.factories import make_client

TODAY = date.today()


def details(**fields: object) -> AlertDetails:
    values: dict[str, object] = {
        "occurred_on": TODAY.isoformat(),
        "categories": ("robbery",),
        "narrative": "He took the worker's money.",
    }
    values.update(fields)
    return AlertDetails(**values)  # type: ignore[arg-type]


def report(vault: Vault, days_ago: int = 0, reported_days_ago: int | None = None, **fields: object) -> alerts.Alert:
    when = TODAY - timedelta(days=days_ago)
    reported = TODAY - timedelta(days=days_ago if reported_days_ago is None else reported_days_ago)
    return alerts.report_alert(vault, details(occurred_on=when.isoformat(), **fields), reported_on=reported)


def refs(found: list[alerts.AlertMatch]) -> list[str]:
    return [m.alert.reference for m in found]


# --- normalising: real-world spellings ---------------------------------------------------------

PHONES = [
    ("(250) 555-0123", "2505550123"),
    ("250-555-0123", "2505550123"),
    ("250.555.0123", "2505550123"),
    ("250 555 0123", "2505550123"),
    ("2505550123", "2505550123"),
    ("(250)555-0123", "2505550123"),
    ("+1 250 555 0123", "2505550123"),
    ("+1 (250) 555-0123", "2505550123"),
    ("+1-250-555-0123", "2505550123"),
    ("+12505550123", "2505550123"),
    ("1-250-555-0123", "2505550123"),
    ("1 (250) 555 0123", "2505550123"),
    ("12505550123", "2505550123"),
    ("001 250 555 0123", "2505550123"),
    ("011 1 250 555 0123", "2505550123"),
    ("250–555–0123", "2505550123"),  # en dashes, as a word processor makes them
    ("250\u00a0555\u00a00123", "2505550123"),  # no-break spaces from a web page
    ("２５０-５５５-０１２３", "2505550123"),  # full-width digits from a phone keyboard
    ("250-555-0123 ext. 42", "2505550123"),
    ("250-555-0123 x42", "2505550123"),
    ("(250) 555-0123 #7", "2505550123"),
    ("tel:+1-250-555-0123", "2505550123"),
    (" 250 555 0123 ", "2505550123"),
    ("1 800 555 0199", "8005550199"),
    ("555-0123", "5550123"),  # seven digits: the area code left off
    ("0123", "0123"),  # only the last four remembered
    ("+44 20 7946 0958", "442079460958"),  # overseas: kept whole
    ("+52 55 1234 5678", "525512345678"),
]

PLATES = [
    ("ABC 4K7", "ABC4K7"),
    ("abc 4k7", "ABC4K7"),
    ("ABC-4K7", "ABC4K7"),
    ("abc4k7", "ABC4K7"),
    (" A B C 4 K 7 ", "ABC4K7"),
    ("ABC.4K7", "ABC4K7"),
    ("Abc–4k7", "ABC4K7"),
    ("ＡＢＣ ４Ｋ７", "ABC4K7"),
    ("4k7", "4K7"),
    ("AB? 4K7", "AB?4K7"),
]


@pytest.mark.parametrize(("typed", "expected"), PHONES)
def test_phone_spellings_normalise_to_the_same_digits(typed: str, expected: str) -> None:
    assert normalise_phone(typed) == expected


@pytest.mark.parametrize(("typed", "expected"), PLATES)
def test_plate_spellings_normalise(typed: str, expected: str) -> None:
    assert normalise_plate(typed) == expected


def test_plate_key_reads_o_as_zero_and_marks_unread_characters() -> None:
    assert plate_key("abo 1i2") == plate_key("AB0 112") == "AB0112"
    assert plate_key("AB* 4K7") == plate_key("ab_4k7") == plate_key("AB? 4K7") == "AB?4K7"


@pytest.mark.parametrize(
    "typed",
    [
        "@BigDave99",
        "bigdave99",
        " @bigdave99 ",
        "BIGDAVE99",
        "https://instagram.com/bigdave99/",
        "instagram.com/BigDave99?hl=en",
    ],
)
def test_handle_spellings(typed: str) -> None:
    assert handle_key(typed) == "bigdave99"


def test_every_phone_spelling_finds_the_alert_as_the_same_number(vault: Vault) -> None:
    alert = report(vault, phones="(250) 555-0123", categories=("threats",))
    report(vault, phones="604-555-0188")
    for typed, expected in PHONES:
        if len(expected) != 10 or expected != "2505550123":
            continue
        found = alerts.search(vault, typed)
        assert refs(found)[:1] == [alert.reference], typed
        assert found[0].tier == 0 and found[0].why == "Same phone number"


def test_partial_plates_find_the_full_one_and_the_other_way_round(vault: Vault) -> None:
    full = report(vault, plate="ABC 4K7")
    part = report(vault, plate="4K7")
    report(vault, plate="XYZ 123")
    for typed in ("4K7", "4k7", "ABC", "abc", "abc-4k7", "ABC 4K7", "bc4"):
        assert full.reference in refs(alerts.search(vault, typed)), typed
    found = alerts.search(vault, "ABC 4K7")
    assert refs(found)[0] == full.reference and found[0].why == "Same plate"
    assert part.reference in refs(found)  # the partial plate on record is inside the one typed
    assert refs(alerts.search(vault, "AB? 4K7"))[0] == full.reference
    assert full.reference not in refs(alerts.search(vault, "AB0 4K7"))  # no O or 0 in that plate


def test_handles_and_description_words(vault: Vault) -> None:
    online = report(vault, handles="@BigDave99 on Leolist", contact_method="online", contact_where="Leolist")
    described = report(vault, hair="Brun foncé", clothing="Blouson noir", marks="Tattoo of a snake, left forearm")
    assert refs(alerts.search(vault, "@bigdave99"))[0] == online.reference
    assert refs(alerts.search(vault, "BigDave"))[0] == online.reference
    assert refs(alerts.search(vault, "instagram.com/bigdave99")) == [online.reference]
    for typed in ("fonce", "FONCÉ", "snake tattoo", "blouson", "forearm snake"):
        assert refs(alerts.search(vault, typed)) == [described.reference], typed
    assert alerts.search(vault, "zebra") == []


def test_a_quoted_reference_finds_its_alert(vault: Vault) -> None:
    alert = report(vault, plate="QQQ 111")
    alerts.set_status(vault, alert.id, alerts.ARCHIVED)
    code = alert.reference
    for typed in (code, code.lower(), code.replace("-", "")):
        assert alerts.search(vault, typed)[0].alert.id == alert.id, typed
    assert alerts.find_reference(vault, code.lower().replace("-", " ")) is not None


# --- ranking ---------------------------------------------------------------------------------


def test_better_matches_first_then_newer(vault: Vault) -> None:
    exact_old = report(vault, 300, phones="250-555-0123")
    no_area_code = report(vault, 5, phones="555-0123")
    partial_new = report(vault, 1, phones="250-555-0100 or 250-555-9999")
    words_newest = report(vault, 0, clothing="shirt printed 250 555")
    story_only = report(vault, 0, narrative="He said his number was 250 555 0123.")
    found = alerts.search(vault, "250-555-0123")
    assert refs(found)[:2] == [exact_old.reference, no_area_code.reference]
    assert [m.tier for m in found[:2]] == [0, 1]
    assert story_only.reference in refs(found)
    assert partial_new.reference not in refs(found) and words_newest.reference not in refs(found)
    plate_newer, plate_older = report(vault, 2, plate="JKL 777"), report(vault, 40, plate="JKL 777")
    assert refs(alerts.search(vault, "jkl777")) == [plate_newer.reference, plate_older.reference]


def test_words_rank_description_above_what_happened_and_active_above_resolved(vault: Vault) -> None:
    in_story = report(vault, 0, narrative="The driver had a red beard.")
    in_description = report(vault, 30, hair="red beard")
    resolved = report(vault, 1, hair="red beard")
    alerts.set_status(vault, resolved.id, alerts.RESOLVED)
    found = alerts.search(vault, "red beard")
    assert refs(found) == [in_description.reference, resolved.reference, in_story.reference]
    assert [m.why for m in found] == ["Description", "Description", "What happened"]


def test_search_limit_and_blank(vault: Vault) -> None:
    for day in range(6):
        report(vault, day, plate=f"MNP {day}{day}{day}")
    assert len(alerts.search(vault, "mnp", limit=4)) == 4
    assert alerts.search(vault, "   ") == [] and alerts.search(vault, "--") == []


# --- expiry, resolving, archiving ---------------------------------------------------------------


def test_old_alerts_leave_the_sheet_but_stay_searchable(vault: Vault) -> None:
    old = report(vault, 100, plate="OLD 100")
    late_report = report(vault, 100, reported_days_ago=10, plate="LAT 100")
    fresh = report(vault, 3, plate="NEW 003")
    on_sheet = {a.reference for a in alerts.current_alerts(vault)}
    assert on_sheet == {late_report.reference, fresh.reference}
    assert refs(alerts.search(vault, "old100")) == [old.reference]
    assert alerts.get_alert(vault, old.id).status_words(TODAY, 90) == "Expired"
    settings.put(vault, "alert_sheet_days", "120")
    assert old.reference in {a.reference for a in alerts.current_alerts(vault)}


def test_resolved_and_archived_alerts(vault: Vault) -> None:
    resolved, archived = report(vault, plate="RES 111"), report(vault, plate="ARC 222")
    alerts.set_status(vault, resolved.id, alerts.RESOLVED)
    alerts.set_status(vault, archived.id, alerts.ARCHIVED)
    assert alerts.current_alerts(vault) == []
    assert refs(alerts.search(vault, "res111")) == [resolved.reference]
    assert alerts.search(vault, "arc222") == []
    assert refs(alerts.search(vault, "arc222", include_archived=True)) == [archived.reference]
    alerts.set_status(vault, archived.id, alerts.ACTIVE)
    assert [a.reference for a in alerts.current_alerts(vault)] == [archived.reference]
    actions = [e.action for e in audit.entries(vault.conn) if e.subject_type == "alert"]
    assert actions[:3] == ["alert.reopened", "alert.archived", "alert.resolved"]  # newest first


def test_editing_updates_the_index_and_audits_field_names_only(vault: Vault) -> None:
    alert = report(vault, plate="FIR 111", narrative="First account.")
    changed = alerts.update_alert(vault, alert.id, details(plate="SEC 222", narrative="Second account, more."))
    assert changed.reference == alert.reference
    assert alerts.search(vault, "fir111") == [] and refs(alerts.search(vault, "sec222")) == [alert.reference]
    entry = [e for e in audit.entries(vault.conn) if e.action == "alert.updated"][-1]
    assert entry.subject_id == str(alert.id) and sorted(entry.detail["fields"]) == ["narrative", "plate"]
    assert "SEC" not in json.dumps(entry.detail) and "Second" not in json.dumps(entry.detail)
    assert vault.verify_audit().ok


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"occurred_on": (TODAY + timedelta(days=1)).isoformat()}, "future"),
        ({"occurred_on": "yesterday"}, "not a date"),
        ({"categories": ()}, "at least one"),
        ({"categories": ("robbery", "made up")}, "at least one"),
        ({"occurred_time": "25:00"}, "hours and minutes"),
        ({"narrative": "x" * 4_001}, "at most 4,000"),
        ({"contact_method": "carrier pigeon"}, "from the lists"),
    ],
)
def test_checks_in_plain_words(vault: Vault, fields: dict[str, object], words: str) -> None:
    with pytest.raises(InvalidInput, match=words):
        alerts.report_alert(vault, details(**fields))


def test_references_are_short_and_unambiguous(vault: Vault) -> None:
    made = {report(vault, plate=f"R{n}").reference for n in range(20)}
    assert len(made) == 20
    for reference in made:
        assert len(reference) == 6 and reference.startswith("A-")
        assert not set(reference[2:]) & set("ILO01")


# --- who may see what ---------------------------------------------------------------------------


def test_admin_cannot_look_up_alerts(vault: Vault, vault_dir: Path) -> None:
    add_member(vault, Role.ADMIN)
    vault.lock()
    admin = sign_in_as(vault_dir, Role.ADMIN)
    try:
        with pytest.raises(PermissionDenied):
            alerts.search(admin, "250")
    finally:
        admin.lock()


def _linked_alert(vault: Vault) -> tuple[alerts.Alert, clients.Client]:
    worker = make_client(vault, "Zoë Reporter")
    alert = alerts.report_alert(vault, details(plate="ZZZ 999", hair="shaved"), follow_up_client_id=worker.id)
    return alert, worker


def test_no_reporter_or_client_on_the_alert_in_search_or_for_front_desk(vault: Vault, vault_dir: Path) -> None:
    alert, worker = _linked_alert(vault)
    assert alert_links.follow_up_client(vault, alert.id).code == worker.code
    columns = {r[1] for r in vault.conn.execute("PRAGMA table_info(alerts)")}
    assert not columns & {"client_id", "staff_id", "reporter", "reported_by", "created_by"}
    sealed = vault.conn.execute("SELECT sealed FROM alert_links").fetchone()[0]
    assert worker.code.encode() not in sealed and b"Zo" not in sealed
    linked = [e for e in audit.entries(vault.conn) if e.action == "alert.follow_up_linked"]
    assert linked and linked[0].detail == {} and linked[0].subject_id == str(alert.id)
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    try:
        found = alerts.search(desk, "zzz999")
        assert refs(found) == [alert.reference]
        shown = repr(found) + repr(alerts.current_alerts(desk)) + repr(alerts.begin_sheet(desk))
        assert worker.code not in shown and "Zoë" not in shown
        for attempt in (
            lambda: alert_links.follow_up_client(desk, alert.id),
            lambda: alert_links.set_follow_up(desk, alert.id, None),
            lambda: alerts.report_alert(desk, details(), follow_up_client_id=worker.id),
        ):
            with pytest.raises(PermissionDenied):
                attempt()
        with pytest.raises(PermissionDenied):  # erasing is the coordinator's, as part of erase-on-request
            alert_links.erase_links_of(desk, worker.id)
    finally:
        desk.lock()


def test_counsellor_links_and_unlinks(vault: Vault, vault_dir: Path) -> None:
    alert = report(vault, plate="CNS 123")
    worker = make_client(vault, "Marisol")
    add_member(vault, Role.COUNSELLOR)
    vault.lock()
    counsellor = sign_in_as(vault_dir, Role.COUNSELLOR)
    try:
        alert_links.set_follow_up(counsellor, alert.id, worker.id)
        assert alert_links.follow_up_client(counsellor, alert.id).id == worker.id
        alert_links.set_follow_up(counsellor, alert.id, None)
        assert alert_links.follow_up_client(counsellor, alert.id) is None
    finally:
        counsellor.lock()


def test_a_merge_moves_the_link_and_an_erasure_removes_it(vault: Vault) -> None:
    alert, worker = _linked_alert(vault)
    twin = make_client(vault, "Zoe R.")
    clients.merge_clients(vault, twin.id, worker.id)
    assert alert_links.follow_up_client(vault, alert.id).id == twin.id
    clients.purge_on_request(vault, twin.id)
    assert alert_links.follow_up_client(vault, alert.id) is None
    assert vault.conn.execute("SELECT count(*) FROM alert_links").fetchone()[0] == 0
    assert refs(alerts.search(vault, "zzz999")) == [alert.reference]  # others stay warned


def test_a_link_written_under_an_old_merge_still_follows_it(vault: Vault) -> None:
    alert, worker = _linked_alert(vault)
    kept = make_client(vault, "Kept")
    vault.conn.execute("UPDATE clients SET status = 'merged', merged_into = ? WHERE id = ?", (kept.id, worker.id))
    assert alert_links.follow_up_client(vault, alert.id).id == kept.id


# --- the funder report -----------------------------------------------------------------------


def test_funder_report_counts_alerts_by_kind_as_an_independent_count(vault: Vault) -> None:
    start = TODAY - timedelta(days=40)
    period = Period.custom(start, TODAY - timedelta(days=5))
    plan = [
        (50, ("robbery",)),
        (41, ("robbery", "threats")),
        (40, ("threats",)),
        (30, ("robbery", "drugged")),
        (20, ("stalking",)),
        (5, ("other",)),
        (4, ("robbery",)),
        (10, ("robbery",)),
    ]
    made = [report(vault, days, categories=kinds) for days, kinds in plan]
    alerts.set_status(vault, made[-1].id, alerts.ARCHIVED)  # entered by mistake: not counted
    table = alerts_section(vault.conn, period)[0]
    for key, label in alerts.CATEGORIES.items():
        expected = vault.conn.execute(
            "SELECT count(*) FROM alerts WHERE reported_on BETWEEN ? AND ? AND status != 'archived'"
            " AND ',' || categories || ',' LIKE ?",
            (*period.day_range, f"%,{key},%"),
        ).fetchone()[0]
        assert dict(table.rows)[label] == [expected], key
    total = vault.conn.execute(
        "SELECT count(*) FROM alerts WHERE reported_on BETWEEN ? AND ? AND status != 'archived'", period.day_range
    ).fetchone()[0]
    assert table.column_totals() == [total] == [4]
    assert "alerts" in [t.key for t in compute_figures(vault, period).tables]


# --- the demo ---------------------------------------------------------------------------------


def test_demo_vault_has_alerts_the_lookup_finds(tmp_path: Path) -> None:
    result = demo.create_demo_vault(
        tmp_path / "demo",
        seed=4,
        scale=demo.DemoScale(clients=30, days=60, notes=0, referrals=0, alerts=40),
        shared_passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )
    vault = result.vault
    try:
        assert vault.conn.execute("SELECT count(*) FROM alerts").fetchone()[0] == 40
        assert vault.conn.execute("SELECT count(*) FROM alert_search").fetchone()[0] == 40
        phone = vault.conn.execute("SELECT phones FROM alerts WHERE phones IS NOT NULL LIMIT 1").fetchone()[0]
        assert alerts.search(vault, normalise_phone(phone))[0].tier == 0
        assert alerts.current_alerts(vault)
    finally:
        vault.lock()


def test_a_linked_alert_shows_in_the_client_history_for_clinical_staff_only(vault: Vault, vault_dir: Path) -> None:
    from shop_desktop.core.desk import timeline

    alert, worker = _linked_alert(vault)
    mine = [e for e in timeline.client_timeline(vault, worker.id) if e.kind == "alert"]
    assert [(e.ref_id, alert.reference in e.detail) for e in mine] == [(alert.id, True)]
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    try:
        assert [e for e in timeline.client_timeline(desk, worker.id) if e.kind == "alert"] == []
        with pytest.raises(PermissionDenied):
            alert_links.alerts_linked_to(desk, worker.id)
    finally:
        desk.lock()
