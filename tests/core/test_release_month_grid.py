"""The attacker with every released funder report: can any set of overlapping periods be subtracted
into a small count?

The attacker reads only the released figures as printed (a number, "<5" or "x") and does the sums
itself, two ways, neither through the code under test:
- differences: for each figure that adds up over days, every chain of released periods that print
  it links their start and end days; the attacker works out the figure over every span between two
  linked days (Nov 1-30 minus Nov 1-29 is Nov 30) and reports any from 1 to 4;
- the linear-programming audit of tests/disclosure_audit.py over all the releases together, asked
  also for every piece of time between two release dates (a span no report covers alone).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from shop_desktop.core.figures import release_register
from shop_desktop.core.figures.report_figures import Period, ReportFigures, begin_report, shown_table
from shop_desktop.core.sample import centre as demo
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, fast_kdf
from tests.disclosure_audit import Reader, read_releases

THRESHOLD = 5
DAYS = 300
Printed = dict[str, list[tuple[str, list[str]]]]

# Figures the attacker takes to add up over days, from the labels alone (events dated in the period,
# never people): the attacker's own list, wider than the app's need be.
EVENT_TABLES = {
    "visits",
    "services",
    "supplies",
    "programs",
    "counselling",
    "referrals",
    "referral_outcomes",
    "outreach",
    "outreach_supplies",
    "outreach_contacts",
    "alerts",
    "turnaways",
    "overdose_outcomes",
    "overdose_where",
    "overdose_care",
    "naloxone_kits",
    "naloxone_replacements",
    "naloxone_trained",
    "supply_stock",
}


def adds_up(key: str, label: str, column: int) -> bool:
    if key in EVENT_TABLES:
        return True
    if key == "restrictions":
        return label != "In force at some time in the period"
    return (
        (key == "trend" and column == 0)
        or (key == "suite" and label == "Nights used")
        or (key == "clients" and label.startswith("New clients"))
    )


@pytest.fixture(scope="module")
def sparse_year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """30 clients over ten months: most months hold a few small counts."""
    folder = tmp_path_factory.mktemp("sparse-year") / "vault"
    made = demo.create_demo_vault(
        folder,
        seed=5,
        scale=demo.DemoScale(clients=30, days=DAYS, notes=12),
        shared_passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )
    yield made.vault
    made.vault.lock()


def _month_back(first: date, back: int) -> date:
    year, month = divmod(first.year * 12 + first.month - 1 - back, 12)
    return date(year, month + 1, 1)


def _some_period(rng: random.Random) -> Period:
    """Whole months (one to six of them, the standard choices and custom ones) three times in four,
    else dates that cut months."""
    this_month = date.today().replace(day=1)
    if rng.random() < 0.75:
        length = rng.choice([1, 1, 2, 3, 3, 6])
        first = _month_back(this_month, rng.randint(length, 9))
        return Period.custom(first, _month_back(first, -length) - timedelta(days=1))
    length = rng.choice([1, 3, 10, 29, 40])
    start = date.today() - timedelta(days=rng.randint(length, DAYS - 10))
    return Period.custom(start, start + timedelta(days=length - 1))


def _printed(figures: ReportFigures) -> Printed:
    return {table.key: shown_table(figures, table) for table in figures.tables}


def _numbers(printed: Printed) -> dict[tuple[str, str, int], int]:
    return {
        (key, label, column): int(value)
        for key, rows in printed.items()
        for label, values in rows
        for column, value in enumerate(values)
        if value.isdigit()
    }


def differences(released: list[tuple[date, date, Printed]]) -> tuple[list[tuple[Any, ...]], int]:
    """Every span a chain of released periods pins, per figure, that is 1 to 4: (figure, first day,
    day after, value). Each release that prints a figure says value = V(day after its end) - V(start);
    days linked by such sums have known differences of V. Also returns how many spans were worked out."""
    spots = {spot for *_, printed in released for spot in _numbers(printed) if adds_up(*spot)}
    found, worked = [], 0
    for spot in sorted(spots):
        edges = [(a, b + timedelta(days=1), _numbers(p)[spot]) for a, b, p in released if spot in _numbers(p)]
        level = _levels(edges)
        days = sorted(level)
        for i, first in enumerate(days):
            for after in days[i + 1 :]:
                if level[first][0] == level[after][0]:
                    worked += 1
                    value = level[after][1] - level[first][1]
                    if 0 < value < THRESHOLD:
                        found.append((spot, first, after, value))
    return found, worked


def _levels(edges: list[tuple[date, date, int]]) -> dict[date, tuple[int, int]]:
    """For each day that starts or ends a release: (its group of linked days, V(day) - V(the group's first))."""
    links: dict[date, list[tuple[date, int]]] = {}
    for a, b, value in edges:
        links.setdefault(a, []).append((b, value))
        links.setdefault(b, []).append((a, -value))
    level: dict[date, tuple[int, int]] = {}
    for group, root in enumerate(sorted(links)):
        if root in level:
            continue
        level[root], todo = (group, 0), [root]
        while todo:
            day = todo.pop()
            for other, step in links[day]:
                if other not in level:
                    level[other] = (group, level[day][1] + step)
                    todo.append(other)
    return level


def _small_pinned(released: list[tuple[date, date, Printed]]) -> list[tuple[str, float]]:
    reader = Reader(THRESHOLD)
    read_releases(reader, released)
    reader.withheld += [i for i, name in enumerate(reader.names) if name.startswith("piece ")]  # ask for them too
    return [(name, value) for name, value in reader.pinned() if 0 < value < THRESHOLD]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_small_count_can_be_subtracted_out_of_random_overlapping_releases(sparse_year: Vault, seed: int) -> None:
    rng = random.Random(seed)
    released: list[tuple[date, date, Printed]] = []
    for _ in range(8):
        run = begin_report(sparse_year, _some_period(rng))
        figures = run.figures(sparse_year.conn)
        release_register.release(sparse_year, run, figures, "pdf")
        released.append((figures.period.start, figures.period.end, _printed(figures)))
    periods = [(first.isoformat(), last.isoformat()) for first, last, _ in released]
    found, worked = differences(released)
    assert found == [], periods
    assert _small_pinned(released) == [], periods
    # the attacker had something to work with: spans between releases, and a wealth of printed counts
    assert worked > 200, periods
    printed = sum(1 for *_, p in released for spot in _numbers(p) if adds_up(*spot) and _numbers(p)[spot] > 0)
    assert printed > 100, periods


def test_the_attacker_finds_the_leak_when_months_are_not_respected() -> None:
    """The attacker can fail: Nov 1-30 printing 9 showers beside Nov 1-29 printing 7 pins Nov 30's 2."""
    rows = [("Shower", ["9"]), ("All service uses", ["9"])]
    earlier = [("Shower", ["7"]), ("All service uses", ["7"])]
    released = [
        (date(2026, 11, 1), date(2026, 11, 30), {"services": rows}),
        (date(2026, 11, 1), date(2026, 11, 29), {"services": earlier}),
    ]
    found, worked = differences(released)
    assert ("services", "Shower", 0) in [spot for spot, *_ in found] and worked == 6
    assert _small_pinned(released)
