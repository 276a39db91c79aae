"""The release register: reports over overlapping periods can't be subtracted into people.

Issue 20: Nov 1-30 minus Nov 1-29 turned 31 figures the Nov 30 report withholds into exact
values. Here the three are released one after another, and the independent audit reads all
three together with every sum across them (a figure that adds up over days: Nov 1-30 =
Nov 1-29 + Nov 30; a count of people: no less than either part, no more than both)."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from shop_desktop.core.errors import InvalidInput, PermissionDenied, VaultError
from shop_desktop.core.figures import release_register
from shop_desktop.core.figures.report_figures import Period, ReportFigures, begin_report, shown_table
from shop_desktop.core.roles import Role
from shop_desktop.core.store import migrations
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, add_member, sign_in_as
from tests.core.test_migrations import make_old_vault
from tests.disclosure_audit import Reader, adds_up_over_days, read_report
from tests.factories import make_client, make_visit

# The last whole month (November 2026 when this was written): visits can be entered up to 92 days late.
_FIRST_OF_THIS_MONTH = date.today().replace(day=1)
LAST = _FIRST_OF_THIS_MONTH - timedelta(days=1)
YEAR, MONTH, END = LAST.year, LAST.month, LAST.day


def _day(day: int, hour: int) -> datetime:
    return datetime(YEAR, MONTH, day, hour)


GENDERS = ["woman", "woman", "woman", "man", "non_binary", "not_said"]
NATIONS = ["not_indigenous", "not_indigenous", "metis", "not_said"]


def _november(vault: Vault) -> None:
    """24 clients through the last whole month; on its last day, one new trans woman, one First Nations
    client who came before, a returning client and two anonymous visitors."""
    rng = random.Random(30)
    people = [
        make_client(vault, f"Person {n}", gender=GENDERS[n % 6], indigenous=NATIONS[n % 4], age_band="25_34")
        for n in range(24)
    ]
    for person in people:
        for _ in range(3):
            make_visit(vault, person, rng.choice(["Meal", "Shower", "Laundry"]), at=_day(rng.randint(1, END - 1), 10))
    first_nations = make_client(vault, "Came Before", gender="woman", indigenous="first_nations", age_band="35_44")
    make_visit(vault, first_nations, "Meal", at=_day(12, 11))
    newcomer = make_client(
        vault, "New On The 30th", gender="trans_woman", indigenous="not_indigenous", age_band="19_24"
    )
    for person in (newcomer, first_nations, people[0]):
        make_visit(vault, person, "Meal", "Phone", at=_day(END, 14))
    make_visit(vault, None, "Meal", at=_day(END, 15))
    make_visit(vault, None, "Shower", at=_day(END, 16))


def _release(vault: Vault, period: Period, how: str = "pdf") -> ReportFigures:
    run = begin_report(vault, period)
    figures = run.figures(vault.conn)
    release_register.release(vault, run, figures, how)
    return figures


def _printed(figures: ReportFigures) -> dict[str, list[tuple[str, list[str]]]]:
    return {table.key: shown_table(figures, table) for table in figures.tables}


def _subtracting_reader(whole: ReportFigures, first: ReportFigures, last: ReportFigures) -> Reader:
    reader = Reader(whole.threshold)
    spots = [read_report(reader, tag, _printed(f)) for tag, f in (("1-30", whole), ("1-29", first), ("30", last))]
    for spot, index in spots[0].items():
        parts = [where[spot] for where in spots[1:] if spot in where]
        if len(parts) < 2:
            continue
        key, label, column = spot
        if adds_up_over_days(key, label, column) or label.startswith("New clients"):
            reader.sum_is(index, parts)
        elif label != "Returning clients":  # returning on the 30th may be new over the month
            for part in parts:
                reader.no_more_than(part, index)
            reader.at_most.append({index: 1.0, parts[0]: -1.0, parts[1]: -1.0})
    return reader


def test_nov_1_29_then_1_30_then_30_give_nothing_away(vault: Vault) -> None:
    _november(vault)
    first = _release(vault, Period.custom(date(YEAR, MONTH, 1), date(YEAR, MONTH, END - 1)))
    whole = _release(vault, Period.month(YEAR, MONTH))
    last = _release(vault, Period.custom(LAST, LAST))
    # a reader may pin an "x" that is not small (Nov 1-29's laundry, from the month and a 0 on the 30th):
    # that tells nothing of anyone; no "<5" and no small count may be pinned
    assert [(name, v) for name, v in _subtracting_reader(whole, first, last).pinned() if 0 < v < 5] == []
    # the two short periods cut November, so they print no figure that adds up over days but zeros
    for short in (first, last):
        assert all(v in ("x", "<5", "0") for _, values in _printed(short)["services"] for v in values)
    # the differences a reader sees directly are never 1 to 4
    for later, earlier in ((whole, first), (last, whole)):
        old = {(k, label): v for k, rows in _printed(earlier).items() for label, v in rows}
        for key, rows in _printed(later).items():
            for label, values in rows:
                for mine, theirs in zip(values, old.get((key, label), []), strict=True):
                    if mine.isdigit() and theirs.isdigit():
                        assert not 0 < abs(int(mine) - int(theirs)) < 5, (key, label, mine, theirs)
    # and the day's newcomer, the trans woman, is not printed as a number anywhere
    gender = dict(_printed(whole)["gender"])
    assert gender["Trans woman"] != ["1"] and dict(_printed(last)["gender"])["Trans woman"] == ["<5"]


def test_printed_figures_are_true_counts_after_the_register(vault: Vault) -> None:
    _november(vault)
    _release(vault, Period.custom(date(YEAR, MONTH, 1), date(YEAR, MONTH, END - 1)))
    whole = _release(vault, Period.month(YEAR, MONTH))
    visits = vault.conn.execute(
        "SELECT count(*) FROM visits WHERE day BETWEEN ? AND ?", (f"{YEAR:04d}-{MONTH:02d}-01", LAST.isoformat())
    ).fetchone()[0]
    people = vault.conn.execute(
        "SELECT count(DISTINCT client_id) FROM visits WHERE day LIKE ? AND client_id IS NOT NULL",
        (f"{YEAR:04d}-{MONTH:02d}-%",),
    ).fetchone()[0]
    assert people == 26 and visits > 60
    printed = _printed(whole)
    assert printed["visits"][-1][1] in ([str(visits)], ["x"]) and printed["clients"][-1][1] in ([str(people)], ["x"])
    assert printed["trend"][0][1][0] in (str(visits), "x")


def test_a_preview_releases_nothing_and_saving_twice_is_one_release(vault: Vault) -> None:
    _november(vault)
    run = begin_report(vault, Period.month(YEAR, MONTH))
    figures = run.figures(vault.conn)
    assert vault.conn.execute("SELECT count(*) FROM report_releases").fetchone()[0] == 0
    first = release_register.release(vault, run, figures, "pdf")
    assert release_register.release(vault, run, figures, "csv") == first
    rows = vault.conn.execute("SELECT period_start, period_end, cells FROM report_releases").fetchall()
    assert len(rows) == 1 and rows[0][:2] == (f"{YEAR:04d}-{MONTH:02d}-01", LAST.isoformat())
    cells = json.loads(rows[0][2])
    visits = vault.conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    assert cells["visits|All visits|Visits"][0] == visits  # every figure as counted, with its mark
    assert not any("Person" in name or "Came Before" in name for name in cells)  # counts only, nobody named
    actions = [r[0] for r in vault.conn.execute("SELECT action FROM audit WHERE action LIKE 'report.%'")]
    assert actions.count("report.released") == 2


def test_a_report_made_before_another_release_must_be_made_again(vault: Vault) -> None:
    _november(vault)
    stale = begin_report(vault, Period.month(YEAR, MONTH))
    figures = stale.figures(vault.conn)
    _release(vault, Period.custom(LAST, LAST))
    with pytest.raises(InvalidInput, match="Make this report again"):
        release_register.release(vault, stale, figures, "print")


def test_a_short_custom_period_needs_the_coordinator(vault: Vault, vault_dir: Path) -> None:
    add_member(vault, Role.ADMIN)
    vault.lock()
    admin = sign_in_as(vault_dir, Role.ADMIN)
    with pytest.raises(PermissionDenied, match="fewer than 28 days"):
        begin_report(admin, Period.custom(LAST, LAST))
    begin_report(admin, Period.month(2025, 2))  # 28 days: a standard month is fine
    admin.lock()
    assert release_register.short_period_warning(Period.custom(date(2025, 11, 3), date(2025, 11, 9)))
    assert not release_register.short_period_warning(Period.month(2025, 2))


def test_a_damaged_register_row_stops_the_next_report(vault: Vault) -> None:
    _release(vault, Period.month(YEAR, MONTH))
    vault.conn.execute('UPDATE report_releases SET cells = \'{"visits|All visits|Visits": ["lots", ""]}\'')
    with pytest.raises(VaultError, match="damaged"):
        begin_report(vault, Period.month(YEAR, MONTH))


def test_an_insider_deleting_or_editing_a_release_is_caught(vault: Vault) -> None:
    # the attacker has the data key: raw SQL on the register, wanting Nov 1-29 forgotten
    _november(vault)
    _release(vault, Period.custom(date(YEAR, MONTH, 1), date(YEAR, MONTH, END - 1)))
    kept = vault.conn.execute("SELECT * FROM report_releases").fetchall()
    vault.conn.execute("DELETE FROM report_releases")
    with pytest.raises(VaultError, match="missing from the report register or was changed"):
        begin_report(vault, Period.month(YEAR, MONTH))
    vault.conn.execute("INSERT INTO report_releases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", kept[0])
    vault.conn.execute("UPDATE report_releases SET digest = 'f' || substr(digest, 2)")
    with pytest.raises(VaultError, match="missing from the report register or was changed"):
        begin_report(vault, Period.month(YEAR, MONTH))
    vault.conn.execute("UPDATE report_releases SET digest = ?", (kept[0][8],))
    vault.conn.execute("UPDATE report_releases SET cells = replace(cells, '[70,', '[71,')")
    with pytest.raises(VaultError, match="damaged"):
        begin_report(vault, Period.month(YEAR, MONTH))


def test_a_vault_from_the_previous_version_gets_an_empty_register(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_old_vault(vault_dir, migrations.MIGRATIONS.index(migrations._m_report_releases), monkeypatch)
    vault = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        assert vault.conn.execute("SELECT count(*) FROM report_releases").fetchone()[0] == 0
        _release(vault, Period.month(YEAR, MONTH))
        assert vault.conn.execute("SELECT count(*) FROM report_releases").fetchone()[0] == 1
    finally:
        vault.lock()


def test_a_month_cut_by_a_report_released_before_the_month_grid_keeps_those_figures_withheld(vault: Vault) -> None:
    # the previous version released Nov 1-29 with its visits and services printed (within-report rules only)
    from shop_desktop.core.figures.report_figures import withhold

    _november(vault)
    run = begin_report(vault, Period.custom(date(YEAR, MONTH, 1), date(YEAR, MONTH, END - 1)))
    old = run.figures(vault.conn)
    withhold(old, 5)  # what that version printed
    release_register.release(vault, run, old, "pdf")
    before = {(k, label): v for k, rows in _printed(old).items() for label, v in rows}
    assert before[("services", "Meal")][0].isdigit() and before[("visits", "All visits")][0].isdigit()
    month = _release(vault, Period.month(YEAR, MONTH))
    printed = _printed(month)
    # the month can't print them: minus Nov 1-29 they would be Nov 30's (two anonymous visitors, ...)
    assert dict(printed["services"])["Meal"] == ["x"] and dict(printed["visits"])["All visits"] == ["x"]
    assert "Services: Meal (a report released earlier cut this month)" in month.held
    from tests.disclosure_audit import read_releases

    reader = Reader(5)
    read_releases(reader, [(f.period.start, f.period.end, _printed(f)) for f in (old, month)])
    reader.withheld += [i for i, name in enumerate(reader.names) if name.startswith("piece ")]  # Nov 30 too
    # no figure that adds up over days, nor any piece of November, can be pinned to 1-4. (Counts of
    # people released by the old version beside the month's are not protected here: the month's own
    # report must not depend on what was released, or the grid would not hold.)
    people = ("clients", "gender", "age", "indigenous", "trend", "suite", "restrictions")
    pinned = [(n, v) for n, v in reader.pinned() if 0 < v < 5]
    assert [(n, v) for n, v in pinned if not any(f" {k}|" in n or f"('{k}'" in n for k in people)] == []
