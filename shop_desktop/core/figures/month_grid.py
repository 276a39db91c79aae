"""Rule 4 of core/figures/suppression.py: figures that add up over days are released on one fixed grid
of calendar months, so that no two reports can be subtracted to count the people of a few days.

Why this holds. A figure that adds up over days (visits, services, new clients, referrals, sessions,
nights...) is printed in a report over whole months only when each of its months prints it in that
month's own report (counted now, on its own, whatever else was released since the grid), and then
it is their sum; otherwise it prints "at least" the sum of the months that print it, which they
print anyway.
So everything any set of released reports says about such a figure is a sum of the months' own
printed figures: subtracting one report from another, in any combination, gives a month or a sum of
months whose figures the months' own reports print anyway, and each month's report is protected on
its own (rules 1 to 3). Months never overlap, so nothing ties one month's figures to another's. A
report whose dates do not follow whole months, or whose last month has not ended (today cuts a
month under way), prints none of these figures but its zeros: its dates would cut a month, and the
days on either side of the cut could be worked out by subtraction (a 0 says only that every one of
its days was 0, which leaves every month's figure as unknown as it was).

Counts of people (clients served, demographics, stays) do not add up over days and are printed as
usual; the months of a longer report are put beside it with what a reader knows of them (a month's
people are no more than the whole period's), so the longer report protects its own withheld figures
against the months' printed ones too.

What this does not cover, said plainly: a month's figures that change after its report was released
(a visit entered late, up to 92 days, or voided) differ from a later report's by the change, and
that difference is not protected; nor are counts of people released before the grid, beside the
months' (only the figures that add up are held for the months those reports cut).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from shop_desktop.core.figures.periods import Period

if TYPE_CHECKING:
    from shop_desktop.core.figures.report_tables import ReportFigures
    from shop_desktop.core.figures.suppression import Sheet

# Figures that do NOT add up over days: (table, row label or None for every row, column or None for
# every column). Every other figure is taken to add up (a new table is held to the months unless it
# is listed here, which can only withhold more, never less).
PEOPLE: tuple[tuple[str, str | None, str | None], ...] = (
    ("clients", "Returning clients", None),
    ("clients", "Unique clients served", None),
    ("gender", None, None),
    ("age", None, None),
    ("indigenous", None, None),
    ("trend", None, "Unique clients"),
    ("suite", "Stays", None),
    ("suite", "Unique people", None),
    ("restrictions", "In force at some time in the period", None),
)
# People counts a reader can't even bound by a month's: returning over a month may be new over the
# period; an age band is taken at the period's last day, so a birthday moves a person.
UNBOUNDED = (("clients", "Returning clients"), ("age", None))

Count = Callable[[Period], "ReportFigures"]


def adds_up_over_days(name: str) -> bool:
    """Whether a figure (by register name, "table|row|column") adds up over the days of its period."""
    table, row, column = name.split("|", 2)
    return not any(t == table and r in (None, row) and c in (None, column) for t, r, c in PEOPLE)


def on_grid(period: Period) -> bool:
    """Whether the period starts on a month's first day and ends on a month's last day."""
    return period.start.day == 1 and (period.end + timedelta(days=1)).day == 1


def whole_months_ended(period: Period) -> bool:
    """Whether the period is whole months that are over. A month under way cuts itself: its report
    today and its report at the month's end could be subtracted to count the days in between."""
    return on_grid(period) and period.end < date.today()


def months_of(period: Period) -> list[Period]:
    return [Period.month(year, month) for year, month in period.months()]


def hold_to_months(
    sheet: Sheet, cells: dict[str, int], figures: ReportFigures, earlier: Sequence[Any], count: Count | None
) -> dict[str, int]:
    """Withhold what the month grid says this report may not print, and put its months on the sheet
    (a month cut by an earlier release withholds the figures it cut, so the months carry that too).
    Returns, for each figure withheld for its months, the sum of the months that print it."""
    period = figures.period
    if not whole_months_ended(period):
        for name, index in cells.items():
            if adds_up_over_days(name) and sheet.values[index]:  # a 0 says every day was 0: it cuts nothing
                sheet.hidden.add(index)
        if count is not None:
            _people_beside(sheet, cells, _nested(period, earlier, count, sheet.threshold))
        figures.held = [OFF_GRID]
        return {}
    months = months_of(period)
    cut = cut_by_earlier(months, earlier)
    if len(months) == 1:
        for name, index in cells.items():
            if (months[0].start, name) in cut:
                sheet.hidden.add(index)
        figures.held = _cut_notes(figures, cut)
        return {}
    if count is None:
        raise ValueError("a report over several months needs its months counted")
    placed = [_add_month(sheet, month_report(month, count, earlier, sheet.threshold)) for month in months]
    ties = _Ties(sheet, figures, months, placed)
    for name, index in cells.items():
        ties.tie(name, index)
    figures.held = ties.held
    return ties.floors


OFF_GRID = (
    "This report's dates cut a month (they do not follow whole months, or the period has not ended yet), "
    "so the figures that add up over days (visits, "
    "services, supplies, programs, sessions, referrals, outreach, alerts, nights) are withheld unless 0: "
    "subtracted from the monthly reports, they would count the people of a few days. Choose whole "
    "months that have ended (a month, a quarter, a year, or custom dates from a 1st to the last day of "
    "last month) to see them."
)


def _nested(period: Period, earlier: Sequence[Any], count: Count, threshold: int) -> list[dict[str, tuple[int, str]]]:
    """The figures (name -> value, mark) of every month inside or around the period, as its own report
    prints them, released or not, and of every released report inside or around it."""
    from shop_desktop.core.figures.withholding import printed_cells

    found = [
        printed_cells(month_report(month, count, earlier, threshold))
        for month in months_of(period)
        if (month.start >= period.start and month.end <= period.end)
        or (month.start <= period.start and period.end <= month.end)
    ]
    for old in earlier:
        if (old.start >= period.start and old.end <= period.end) or (
            old.start <= period.start and period.end <= old.end
        ):
            found.append(old.cells)
    return found


def _people_beside(sheet: Sheet, cells: dict[str, int], beside: list[dict[str, tuple[int, str]]]) -> None:
    """A count of people over dates inside or around another report's: withheld when that report withholds
    it, or when the two differ by 1 to threshold-1 (the difference would single a few people out)."""
    for name, index in cells.items():
        if adds_up_over_days(name):
            continue
        for other in beside:
            value, mark = other.get(name, (sheet.values[index], ""))
            if mark or 0 < abs(sheet.values[index] - value) < sheet.threshold:
                sheet.hidden.add(index)


def month_report(month: Period, count: Count, earlier: Sequence[Any], threshold: int) -> ReportFigures:
    """A month's figures as that month's own report prints them (whatever else was released)."""
    from shop_desktop.core.figures.withholding import withhold

    figures = count(month)
    withhold(figures, threshold, [old for old in earlier if old.overlaps(month.start, month.end)], months=True)
    return figures


def cut_by_earlier(months: list[Period], earlier: Sequence[Any]) -> set[tuple[Any, str]]:
    """(month's first day, figure name) of every figure that adds up over days printed (not 0) by a
    released report that does not follow whole months, in every month that report touches. Only
    reports released before the month grid can have printed one; the months they touch keep it
    withheld for good, or the two could be subtracted."""
    cut: set[tuple[Any, str]] = set()
    for old in earlier:
        if on_grid(Period.custom(old.start, old.end)):
            continue
        printed = [name for name, (value, mark) in old.cells.items() if not mark and value and adds_up_over_days(name)]
        for month in months:
            if old.overlaps(month.start, month.end):
                cut |= {(month.start, name) for name in printed}
    return cut


def _add_month(sheet: Sheet, month: ReportFigures) -> dict[str, int]:
    """The month's figures as its own report prints them: fixed, withheld where it withholds them."""
    from shop_desktop.core.figures.withholding import add_report, cell_name, table_grid

    placed = add_report(sheet, month, hideable=False, prefix=f"{month.period.label}: ")
    for table in month.tables:
        for r, row in enumerate(table_grid(table)):
            for c in range(len(row)):
                index = placed[cell_name(table, r, c)]
                if (r, c) in month.hidden.get(table.key, set()):
                    sheet.hidden.add(index)
                if (r, c) in month.blurred.get(table.key, set()):
                    sheet.blurred.add(index)
    return placed


class _Ties:
    """Ties a report over several months to its months, one figure at a time."""

    def __init__(
        self, sheet: Sheet, figures: ReportFigures, months: list[Period], placed: list[dict[str, int]]
    ) -> None:
        self.sheet, self.figures, self.months, self.placed = sheet, figures, months, placed
        self.held: list[str] = []
        self.floors: dict[str, int] = {}

    def tie(self, name: str, index: int) -> None:
        """A figure that adds up is the sum of its months', and withheld when one of them withholds it;
        a month's people are no more than the period's."""
        parts = [(month, where[name]) for month, where in zip(self.months, self.placed, strict=True) if name in where]
        if not adds_up_over_days(name):
            if not _unbounded(name):
                for _, part in parts:
                    self.sheet.at_least(index, part)
            return
        self.sheet.tie(index, [part for _, part in parts])
        hiding = [month.label for month, part in parts if part in self.sheet.hidden]
        if hiding and index not in self.sheet.hidden:
            self.sheet.hidden.add(index)
            self.floors[name] = sum(self.sheet.values[part] for _, part in parts if part not in self.sheet.hidden)
            self.held.append(f"{_words(self.figures, name)} (withheld in {', '.join(hiding)})")


def _unbounded(name: str) -> bool:
    return any(name.startswith(f"{t}|") and r in (None, name.split("|")[1]) for t, r in UNBOUNDED)


def _cut_notes(figures: ReportFigures, cut: set[tuple[Any, str]]) -> list[str]:
    names = sorted({name for _, name in cut})
    return [f"{_words(figures, name)} (a report released earlier cut this month)" for name in names]


def _words(figures: ReportFigures, name: str) -> str:
    """A figure's name as the report prints it: "Services: Shower", with the column when there are several."""
    key, row, column = name.split("|", 2)
    table = next((t for t in figures.tables if t.key == key), None)
    if table is None:
        return f"{row} ({column})"
    return f"{table.title}: {row}" + (f" ({column})" if len(table.columns) > 1 else "")
