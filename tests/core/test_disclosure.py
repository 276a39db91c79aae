"""No withheld figure of a funder report can be worked out from what is printed: checked by the
independent audit (tests/disclosure_audit.py, a linear-programming solver) over many small,
sparse periods, where disclosure is likeliest, and over the three cases found in issue 20."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest

from shop_desktop.core.figures.report_figures import (
    Period,
    ReportFigures,
    Table,
    begin_report,
    shown_table,
    withheld_totals,
    withhold,
)
from shop_desktop.core.sample import centre as demo
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, fast_kdf
from tests.disclosure_audit import Reader, read_report

DAYS = 120


@pytest.fixture(scope="module")
def sparse_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """A small demo centre: 30 clients over four months, so a few days hold a handful of people."""
    folder = tmp_path_factory.mktemp("sparse") / "vault"
    made = demo.create_demo_vault(
        folder,
        seed=11,
        scale=demo.DemoScale(clients=30, days=DAYS, notes=12),
        shared_passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )
    yield made.vault
    made.vault.lock()


def printed(figures: ReportFigures) -> dict[str, list[tuple[str, list[str]]]]:
    return {table.key: shown_table(figures, table) for table in figures.tables}


def audit(figures: ReportFigures) -> list[tuple[str, float]]:
    reader = Reader(figures.threshold)
    read_report(reader, "report", printed(figures))
    return reader.pinned()


def _true_values(figures: ReportFigures) -> dict[tuple[str, str, int], int]:
    values = {}
    for table in figures.tables:
        rows = list(table.rows) + ([(table.total_label, table.column_totals())] if table.total_row else [])
        for label, cells in rows:
            values.update({(table.key, label, c): v for c, v in enumerate(cells)})
    return values


def _random_period(rng: random.Random) -> Period:
    """Mostly short custom periods (their counts of people are what they print), and whole months (where
    the figures that add up over days are printed and protected within the month)."""
    if rng.random() < 0.4:
        month = date.today().replace(day=1) - timedelta(days=rng.randint(1, DAYS - 31))
        return Period.month(month.year, month.month)
    length = rng.choice([1, 1, 2, 3, 5, 7, 14, 30, 45])
    start = date.today() - timedelta(days=rng.randint(length, DAYS))
    return Period.custom(start, start + timedelta(days=length - 1))


def test_no_withheld_figure_can_be_worked_out_in_200_sparse_reports(sparse_vault: Vault) -> None:
    withheld, seen = 0, 0  # how long this takes is bench/'s to say, not a unit test's
    run = begin_report(sparse_vault, Period.month(2026, 1))  # allowed and audited once; counted 200 times
    for seed in range(200):
        rng = random.Random(seed)
        figures = replace(run, period=_random_period(rng), threshold=rng.choice([5, 5, 5, 3, 10])).figures(
            sparse_vault.conn
        )
        pinned = audit(figures)
        assert pinned == [], f"seed {seed}, {figures.period.dates}, threshold {figures.threshold}: {pinned}"
        truth = _true_values(figures)
        for key, rows in printed(figures).items():
            for label, cells in rows:
                for column, shown in enumerate(cells):
                    value = truth[(key, label, column)]
                    assert shown in (str(value), "x", f"<{figures.threshold}")  # a shown figure is the true count
                    assert not shown.startswith("<") or 0 < value < figures.threshold
                    withheld += not shown.isdigit()
                    seen += 1
    assert withheld > 500 and seen > 20_000  # the periods really were sparse


def _report(*tables: Table, threshold: int = 5) -> ReportFigures:
    figures = ReportFigures(Period.custom(date(2026, 11, 17), date(2026, 11, 17)), list(tables))
    withhold(figures, threshold)
    return figures


def test_four_small_referral_kinds_with_a_small_total_are_not_all_one() -> None:
    # issue 20: four "<5" kinds and a "<5" total of 4: each must be 1
    referrals = Table(
        "referrals", "Referrals", ["Referrals"], [(k, [1]) for k in "ABCD"] + [("E", [0])], total_label="All referrals"
    )
    figures = _report(referrals)
    assert audit(figures) == []
    assert [values[0] for _, values in shown_table(figures, referrals)].count("x") == 1  # one "<5" says less
    assert withheld_totals(figures) == []


def test_gender_figures_cannot_be_read_off_the_clients_table() -> None:
    # issue 20: Woman "<5", Man "<5" and the Clients table's 8 make both exactly 4
    clients = Table(
        "clients", "Clients", ["Clients"], [("New", [3]), ("Returning", [5])], total_label="Unique clients served"
    )
    gender = Table("gender", "Gender", ["Clients"], [("Woman", [4]), ("Man", [4])], total_label="Unique clients served")
    figures = _report(clients, gender)
    assert audit(figures) == []
    # the total stays true (8, in both tables): a figure next to each "<5" is withheld instead
    assert shown_table(figures, clients)[-1] == ("Unique clients served", ["8"])
    assert shown_table(figures, gender)[-1] == ("Unique clients served", ["8"])
    assert withheld_totals(figures) == []


def test_overlapping_alert_kinds_do_not_withhold_the_alerts_taken() -> None:
    # issue 20: every kind and the headline (31) printed "x" because the kinds were taken to add up
    rows = [("Physical assault", [12]), ("Robbery", [3]), ("Threats", [20]), ("Stalking", [1]), ("Other", [9])]
    alerts = Table("alerts", "Alerts", ["Alerts"], rows, total_label="Alerts taken", totals=[31])
    figures = _report(alerts)
    assert shown_table(figures, alerts) == [
        ("Physical assault", ["12"]),
        ("Robbery", ["<5"]),
        ("Threats", ["20"]),
        ("Stalking", ["<5"]),
        ("Other", ["9"]),
        ("Alerts taken", ["31"]),
    ]
    assert audit(figures) == [] and withheld_totals(figures) == []


def _some_period(rng: random.Random) -> Period:
    today = date.today()
    if rng.random() < 0.4:
        month = today.replace(day=1) - timedelta(days=rng.randint(1, DAYS - 31))
        return Period.month(month.year, month.month)
    length = rng.choice([1, 3, 10, 29, 30, 45])
    start = today - timedelta(days=rng.randint(length, DAYS))
    return Period.custom(start, start + timedelta(days=length - 1))


def test_released_reports_over_overlapping_periods_give_nothing_away_together(sparse_vault: Vault) -> None:
    from shop_desktop.core.figures import release_register
    from tests.disclosure_audit import read_releases

    released: list[tuple[date, date, dict]] = []
    rng = random.Random(2026)
    for _ in range(8):
        run = begin_report(sparse_vault, _some_period(rng))
        figures = run.figures(sparse_vault.conn)
        release_register.release(sparse_vault, run, figures, "pdf")
        released.append((figures.period.start, figures.period.end, printed(figures)))
        reader = Reader(figures.threshold)
        read_releases(reader, released)
        # an "x" that is not small may be pinned (a day's figure inside a printed month whose other days
        # print 0): that singles nobody out, and anything it would give away is pinned too, and small
        small = [(name, value) for name, value in reader.pinned() if 0 < value < figures.threshold]
        assert small == [], [(first, last) for first, last, _ in released]
