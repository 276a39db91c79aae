"""Funder report figures: every count checked against a simple count of the rows written here,
and suppression checked so that no withheld cell can be worked out from what is printed."""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from shop_desktop.core.care import notes
from shop_desktop.core.desk import clients, visits
from shop_desktop.core.desk.demographics import AGE_BANDS, GENDERS, INDIGENOUS
from shop_desktop.core.errors import Cancelled, InvalidInput, PermissionDenied
from shop_desktop.core.figures import report_figures
from shop_desktop.core.figures.report_figures import (
    WITHHELD,
    Period,
    Table,
    compute_figures,
    hidden_cells,
    suppress_table,
)
from shop_desktop.core.roles import Role
from shop_desktop.core.sample import centre as demo
from shop_desktop.core.store import crypto
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, add_member, fast_kdf, sign_in_as
from tests.factories import make_client, make_visit

TODAY = date.today()


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """A 400-day demo vault plus the awkward cases: voided, anonymous with details, purged, drafts."""
    folder = tmp_path_factory.mktemp("report") / "vault"
    result = demo.create_demo_vault(
        folder,
        seed=6,
        scale=demo.DemoScale(clients=70, days=400, notes=60),
        shared_passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )
    vault = result.vault
    _add_edge_cases(vault)
    yield vault
    vault.lock()


def _add_edge_cases(vault: Vault) -> None:
    recent = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) - timedelta(days=3)
    born = make_client(vault, "Edge Case", birth_year=TODAY.year - 30, gender="two_spirit", indigenous="metis")
    make_visit(vault, born, "Meal", "Shower", at=recent)
    visits.void_visit(vault, make_visit(vault, born, "Laundry", at=recent + timedelta(hours=1)), "entered twice")
    newcomer = make_client(vault, "Only Voided")
    visits.void_visit(vault, make_visit(vault, newcomer, "Meal", at=recent), "wrong person")
    visits.check_in(
        vault,
        None,
        {_service(vault, "Needles"): 25},
        at=recent,
        anonymous=visits.AnonymousDetails("woman", "25_34", "first_nations"),
    )
    erased = make_client(vault, "Forget Me", gender="man")
    make_visit(vault, erased, "Phone", at=recent - timedelta(days=20))
    clients.purge_on_request(vault, erased.id)
    signed = notes.sign_note(vault, notes.NoteDraft(client_id=born.id, note_type="crisis", body="Talked."))
    notes.add_addendum(vault, signed, "Correction.")
    notes.save_draft(vault, notes.NoteDraft(client_id=born.id, note_type="counselling", body="Draft."))


def _service(vault: Vault, name: str) -> int:
    return next(s.id for s in visits.service_catalog(vault) if s.name == name)


def _periods() -> list[Period]:
    last_month = TODAY.replace(day=1) - timedelta(days=1)
    fiscal_start = TODAY.year if TODAY.month >= 4 else TODAY.year - 1
    return [
        Period.month(last_month.year, last_month.month),
        Period.fiscal_year(fiscal_start),
        Period.custom(TODAY - timedelta(days=45), TODAY),
        Period.custom(TODAY - timedelta(days=500), TODAY + timedelta(days=10), "Everything"),
        Period.calendar_year(2001),
    ]


# --- independent counts, straight from the rows ---------------------------------------------


def _in(period: Period, day: str) -> bool:
    return period.start.isoformat() <= day[:10] <= period.end.isoformat()


def _counted_visits(vault: Vault, period: Period) -> list[tuple[int, int | None, str]]:
    rows = vault.conn.execute("SELECT id, client_id, day, voided_at FROM visits").fetchall()
    return [(r[0], r[1], r[2]) for r in rows if r[3] is None and _in(period, r[2])]


def _first_visits(vault: Vault) -> dict[int, str]:
    first: dict[int, str] = {}
    for client_id, day, voided in vault.conn.execute("SELECT client_id, day, voided_at FROM visits"):
        if client_id is not None and voided is None:
            first[client_id] = min(day, first.get(client_id, day))
    return first


def _values(figures: report_figures.ReportFigures, key: str) -> dict[str, list[int]]:
    return dict(figures.table(key).rows)


@pytest.mark.parametrize("period", _periods(), ids=lambda p: p.label)
def test_clients_and_visits_match_the_rows(demo_vault: Vault, period: Period) -> None:
    counted = _counted_visits(demo_vault, period)
    served = {client for _, client, _ in counted if client is not None}
    first = _first_visits(demo_vault)
    new = sum(1 for client in served if _in(period, first[client]))
    figures = compute_figures(demo_vault, period)
    assert _values(figures, "clients") == {
        "New clients (first visit in this period)": [new],
        "Returning clients": [len(served) - new],
    }
    assert figures.table("clients").column_totals() == [len(served)]
    named = sum(1 for _, client, _ in counted if client is not None)
    assert _values(figures, "visits") == {"By named clients": [named], "By anonymous visitors": [len(counted) - named]}


@pytest.mark.parametrize("period", _periods(), ids=lambda p: p.label)
def test_services_and_supplies_match_the_rows(demo_vault: Vault, period: Period) -> None:
    counted = {visit_id for visit_id, _, _ in _counted_visits(demo_vault, period)}
    uses: Counter[int] = Counter()
    items: Counter[int] = Counter()
    for visit_id, service_id, quantity in demo_vault.conn.execute(
        "SELECT visit_id, service_id, quantity FROM visit_services"
    ):
        if visit_id in counted:
            uses[service_id] += 1
            items[service_id] += quantity
    catalog = demo_vault.conn.execute("SELECT id, name, kind FROM services").fetchall()
    figures = compute_figures(demo_vault, period)
    assert _values(figures, "services") == {name: [uses[i]] for i, name, kind in catalog if kind == "service"}
    assert _values(figures, "supplies") == {name: [uses[i], items[i]] for i, name, kind in catalog if kind == "supply"}


@pytest.mark.parametrize("period", _periods(), ids=lambda p: p.label)
def test_programs_match_the_rows(demo_vault: Vault, period: Period) -> None:
    expected: dict[str, list[int]] = {}
    for program_id, name in demo_vault.conn.execute("SELECT id, name FROM programs"):
        sessions = [
            s
            for s in demo_vault.conn.execute(
                "SELECT id, day, anonymous_count FROM program_sessions WHERE program_id = ?", (program_id,)
            )
            if _in(period, s[1])
        ]
        named = sum(
            demo_vault.conn.execute("SELECT count(*) FROM attendance WHERE session_id = ?", (s[0],)).fetchone()[0]
            for s in sessions
        )
        expected[name] = [len(sessions), named, sum(s[2] for s in sessions)]
    assert _values(compute_figures(demo_vault, period), "programs") == expected


@pytest.mark.parametrize("period", _periods(), ids=lambda p: p.label)
def test_counselling_counts_signed_notes_by_their_date_only(demo_vault: Vault, period: Period) -> None:
    # The kind is sealed with the topics (T1): open it here with the coordinator's notes keys.
    keys = demo_vault.all_notes_keys
    tally: Counter[str] = Counter()
    for (
        note_id,
        client_id,
        version,
        key_id,
        tags,
        note_type,
        sealed,
        occurred,
        status,
        addendum_to,
    ) in demo_vault.conn.execute(
        "SELECT id, client_id, version, key_id, tags, note_type, kind_sealed, occurred_at, status, addendum_to"
        " FROM notes"
    ):
        if status in ("signed", "purged") and addendum_to is None and _in(period, occurred):
            if sealed:
                ad = f"shop-note|{note_id}|{client_id}|{version}|tags".encode()
                note_type = json.loads(crypto.open_sealed(keys[key_id], tags, ad))["kind"]
            tally[note_type] += 1
    figures = compute_figures(demo_vault, period)
    assert _values(figures, "counselling") == {
        "Counselling sessions": [tally["counselling"]],
        "Crisis interventions": [tally["crisis"]],
    }


def _band(birth_year: int | None, stored: str | None, on: date) -> str | None:
    if birth_year is None:
        return stored
    age = on.year - birth_year
    limits = [(18, "under_19"), (24, "19_24"), (34, "25_34"), (44, "35_44"), (54, "45_54"), (64, "55_64")]
    return next((band for top, band in limits if age <= top), "65_plus")


@pytest.mark.parametrize("period", _periods(), ids=lambda p: p.label)
def test_demographics_describe_the_unique_named_clients(demo_vault: Vault, period: Period) -> None:
    served = {client for _, client, _ in _counted_visits(demo_vault, period) if client is not None}
    tallies: dict[str, Counter[str]] = defaultdict(Counter)
    for client_id, gender, band, born, indigenous in demo_vault.conn.execute(
        "SELECT id, gender, age_band, birth_year, indigenous FROM clients"
    ):
        if client_id in served:
            tallies["gender"][GENDERS.get(gender or "", "Not recorded")] += 1
            tallies["age"][AGE_BANDS.get(_band(born, band, period.end) or "", "Not recorded")] += 1
            tallies["indigenous"][INDIGENOUS.get(indigenous or "", "Not recorded")] += 1
    figures = compute_figures(demo_vault, period)
    for key, choices in (("gender", GENDERS), ("age", AGE_BANDS), ("indigenous", INDIGENOUS)):
        expected = {label: [tallies[key][label]] for label in [*choices.values(), "Not recorded"]}
        assert _values(figures, key) == expected
        assert figures.table(key).column_totals() == [len(served)]


@pytest.mark.parametrize("period", _periods(), ids=lambda p: p.label)
def test_monthly_trend_matches_the_rows(demo_vault: Vault, period: Period) -> None:
    counted = _counted_visits(demo_vault, period)
    by_month: dict[str, list[int | None]] = defaultdict(list)
    for _, client, day in counted:
        by_month[day[:7]].append(client)
    figures = compute_figures(demo_vault, period)
    for month in figures.trend:
        people = by_month.get(f"{month.year:04d}-{month.month:02d}", [])
        assert (month.visits, month.unique_clients) == (len(people), len({c for c in people if c is not None}))
    assert sum(m.visits for m in figures.trend) == len(counted)
    named = {c for _, c, _ in counted if c is not None}
    assert figures.table("trend").column_totals() == [len(counted), len(named)]
    assert [(m.year, m.month) for m in figures.trend] == period.months()


def test_edge_cases_count_as_the_centre_expects(demo_vault: Vault) -> None:
    """Voided visits never count; an erased client's visit still counts as a named client's."""
    period = Period.custom(TODAY - timedelta(days=30), TODAY)
    served = {c for _, c, _ in _counted_visits(demo_vault, period) if c is not None}
    erased = demo_vault.conn.execute("SELECT id FROM clients WHERE status = 'purged'").fetchone()[0]
    only_voided = demo_vault.conn.execute("SELECT id FROM clients WHERE alias = 'Only Voided'").fetchone()[0]
    assert erased in served and only_voided not in served
    figures = compute_figures(demo_vault, period)
    assert figures.table("clients").column_totals() == [len(served)]
    assert _values(figures, "gender")["Two-Spirit"][0] >= 1  # the client with a year of birth


def test_making_a_report_is_audited_with_the_period_only(demo_vault: Vault) -> None:
    period = Period.month(TODAY.year, TODAY.month)
    compute_figures(demo_vault, period)
    action, subject, detail = demo_vault.conn.execute(
        "SELECT action, subject_type, detail FROM audit ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert (action, subject) == ("report.made", "report")
    assert json.loads(detail) == {"start": period.start.isoformat(), "end": period.end.isoformat()}


def test_front_desk_cannot_make_a_report(vault: Vault, vault_dir: Path) -> None:
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    try:
        with pytest.raises(PermissionDenied):
            compute_figures(desk, Period.calendar_year(TODAY.year))
    finally:
        desk.lock()


def test_progress_reaches_one_and_cancel_stops(demo_vault: Vault) -> None:
    period = Period.calendar_year(TODAY.year)
    seen: list[float] = []
    compute_figures(demo_vault, period, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) == len(report_figures.SECTION_BUILDERS)
    asked: list[int] = []

    def cancel_on_third() -> bool:
        asked.append(1)
        return len(asked) == 3

    with pytest.raises(Cancelled):
        compute_figures(demo_vault, period, cancelled=cancel_on_third)


def test_a_later_feature_adds_its_section(demo_vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = Table("referrals", "Referrals", ["Referrals"], [("Housing", [7])])
    builders = [*report_figures.SECTION_BUILDERS, lambda conn, period: [extra]]
    monkeypatch.setattr(report_figures, "SECTION_BUILDERS", builders)
    figures = compute_figures(demo_vault, Period.calendar_year(TODAY.year))
    assert figures.tables[-1] is extra


# --- periods --------------------------------------------------------------------------------


def test_period_constructors() -> None:
    assert Period.month(2024, 2).end == date(2024, 2, 29)
    assert Period.month(2024, 2).label == "February 2024"
    q4 = Period.quarter(2025, 4)
    assert (q4.start, q4.end) == (date(2025, 10, 1), date(2025, 12, 31))
    fiscal = Period.fiscal_year(2025)
    assert (fiscal.start, fiscal.end) == (date(2025, 4, 1), date(2026, 3, 31))
    assert "2025–26" in fiscal.label and len(fiscal.months()) == 12 and fiscal.months()[0] == (2025, 4)
    assert Period.calendar_year(2026).months()[-1] == (2026, 12)
    assert Period.custom(date(2026, 1, 5), date(2026, 1, 5)).label == "2026-01-05 to 2026-01-05"
    with pytest.raises(InvalidInput):
        Period.custom(date(2026, 2, 1), date(2026, 1, 31))
    with pytest.raises(InvalidInput):
        Period.quarter(2026, 5)


# --- suppression ----------------------------------------------------------------------------


def _column(*values: int, total: bool = True) -> Table:
    return Table("t", "T", ["Count"], [(f"row {i}", [v]) for i, v in enumerate(values)], total_row=total)


def _printed(table: Table, threshold: int = 5) -> list[str]:
    return [values[0] for _, values in suppress_table(table, threshold)]


@pytest.mark.parametrize(
    ("value", "threshold", "shown"),
    [
        (0, 5, "0"),
        (1, 5, "<5"),
        (4, 5, "<5"),
        (5, 5, "5"),
        (6, 5, "6"),
        (2, 3, "<3"),
        (3, 3, "3"),
        (4, 3, "4"),
        (9, 10, "<10"),
        (10, 10, "10"),
    ],
)
def test_small_counts_print_below_the_threshold(value: int, threshold: int, shown: str) -> None:
    table = _column(value, total=False)
    assert _printed(table, threshold) == [shown]


def test_one_small_cell_takes_the_next_smallest_with_it() -> None:
    assert _printed(_column(3, 0, 10, 20)) == ["<5", "0", WITHHELD, "20", "33"]


def test_two_small_cells_that_sum_to_the_gap_are_protected_too() -> None:
    # 1 + 1 = 2 and 4 + 4 = 8 leave each "<5" only one possible value
    assert _printed(_column(1, 1, 50, 60)).count(WITHHELD) == 1
    assert _printed(_column(4, 4, 50, 60)).count(WITHHELD) == 1
    assert _printed(_column(2, 3, 50, 60)).count(WITHHELD) == 0


def test_total_is_withheld_only_when_nothing_else_can_be() -> None:
    # 4 + 4 = 8 pins both "<5": the second says "x" (any number) instead, and the total stays true
    assert _printed(_column(4, 4)) == ["<5", WITHHELD, "8"]
    assert _printed(_column(1, 1)) == ["<5", "<5", "<5"]  # 1 to 3 each: nothing pinned
    assert _printed(_column(3, 0)) == ["<5", "0", "<5"]
    assert _printed(_column(0, 0)) == ["0", "0", "0"]
    # at a threshold of 3, "<3" twice with a "<3" total can only be 1 + 1 = 2: one says "x"
    assert _printed(_column(1, 1), 3) == ["<3", WITHHELD, "<3"]


def test_a_row_without_a_printed_row_total_ties_nothing() -> None:
    # visits and items of one supply do not add up to anything printed: the 40 tells nothing of the 3
    table = Table("t", "T", ["Visits", "Items"], [("Needles", [3, 40]), ("Condoms", [50, 600])], total_row=False)
    assert suppress_table(table, 5)[0] == ("Needles", ["<5", "40"])


def test_printed_totals_are_true_totals() -> None:
    table = _column(3, 12, 40)
    assert suppress_table(table, 5)[-1] == ("Total", ["55"])
    trend = Table("t", "T", ["Visits", "Unique"], [("Jan", [10, 6]), ("Feb", [12, 7])], totals=[22, 9], summed=(0,))
    assert suppress_table(trend, 5)[-1] == ("Total", ["22", "9"])


def _assert_nothing_recoverable(table: Table, threshold: int) -> None:
    """The independent audit (a linear-programming solver) on one table as printed."""
    from tests.disclosure_audit import Reader

    reader = Reader(threshold)
    shown = suppress_table(table, threshold)
    cells = [[reader.cell(f"{r},{c}", v) for c, v in enumerate(values)] for r, (_, values) in enumerate(shown)]
    if table.total_row:
        for c in range(len(table.columns)):
            reader.sum_is(cells[-1][c], [row[c] for row in cells[:-1]])
    assert reader.pinned() == [], f"{table.rows} at {threshold}: {shown}"
    for (_, printed), (_, values) in zip(shown, table.rows, strict=False):
        assert all(p in (str(v), WITHHELD, f"<{threshold}") for p, v in zip(printed, values, strict=True))


@pytest.mark.parametrize("threshold", [3, 5, 6, 10])
def test_no_withheld_cell_can_be_worked_out_from_what_is_printed(threshold: int) -> None:
    rng = random.Random(threshold)
    for _ in range(150):
        width, height = rng.randint(1, 3), rng.randint(1, 6)
        rows = [
            (f"r{r}", [rng.choice([0, 0, 1, 1, 2, 3, 4, 5, 6, rng.randint(0, 40)]) for _ in range(width)])
            for r in range(height)
        ]
        table = Table("t", "T", [f"c{c}" for c in range(width)], rows, total_row=rng.random() < 0.8)
        _assert_nothing_recoverable(table, threshold)


def test_edge_tables_are_protected() -> None:
    for values in ([1], [4], [5], [0, 1], [1, 4], [4, 5], [1, 5], [4, 4, 0], [1, 1, 5, 5], [0, 0, 0], [1, 1, 1, 1, 0]):
        for threshold in (3, 5, 6):
            _assert_nothing_recoverable(_column(*values), threshold)


def test_hidden_cells_marks_the_total_row_by_its_index() -> None:
    assert hidden_cells(_column(3, 0), 5) == {(0, 0), (2, 0)}
