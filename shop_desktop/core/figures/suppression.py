"""Which figures a report withholds so that nobody can work a small count back out of it.

The rule, in the words the report's notes page prints, is PROTECTION_RULE just below; the code
that follows it does exactly what it says.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

PROTECTION_RULE = """
1. A count from 1 to 4 is never printed: it shows as "<5" (5 is the centre's threshold). Zero
shows as 0: an empty row singles out nobody.

2. Some figures are tied together, and a reader can do the sums: the rows of a table add up to
its total; the gender, age and Indigenous-identity tables each add up to the clients served;
the months add up to the period's visits; the two referral tables count the same referrals.
So more figures are withheld, shown as "x", until no "<5" or "x" can be worked out to one exact
value by any sums of what is printed, anywhere in the report. An "x" says nothing of its size:
it can be 0, small or large (now and then a small count prints as "x" rather than "<5" for
that reason). The fewest extra figures are taken, the nearest and smallest first, and a total
only when nothing else would do: the report names every total it had to withhold. Every other
total is the true total.

3. Figures that overlap are not added up: one alert can name several kinds of harm and one visit
can include several services, so those rows are not taken as adding up to "Alerts taken" or to
the visits, and withholding one of them does not withhold the total.

4. Reports for periods that overlap can be subtracted ("November 1 to 30" minus "November 1 to
29" is November 30). So figures that add up over days (visits, services, supplies, programs,
sessions, referrals, outreach, alerts, nights) are counted month by month: a report over several
months prints such a figure only when each of its months prints it in that month's own report,
and then it is their sum; otherwise it prints "at least" the sum of the months that do ("≥120"),
which those months print anyway. Subtracting one report from another, whatever was released, then gives
whole months whose figures their own reports print anyway. A report whose dates do not follow
whole months, or whose period has not ended yet (today cuts a month under way), prints none of
these figures but its zeros (its counts of people are printed). The report's notes name every
figure withheld because a month withholds it.

How it is checked: for each withheld figure the app looks for another set of whole numbers that
agrees with every printed figure and every sum (a "<5" from 1 to 4, an "x" any number from 0 up)
but differs in that figure. Only when it finds one is the figure safe; if it finds
none, one more figure is withheld and the search runs again.
"""


def rule_paragraphs(threshold: int) -> list[str]:
    """PROTECTION_RULE for a centre's own threshold, one paragraph per item."""
    text = (
        PROTECTION_RULE.replace('"<5"', f'"<{threshold}"')
        .replace("1 to 4", f"1 to {threshold - 1}")
        .replace("(5 is", f"({threshold} is")
        .replace("at least 5", f"at least {threshold}")
    )
    return [" ".join(block.split()) for block in text.strip().split("\n\n")]


NO_LIMIT = 10**12
SEARCH_BUDGET = 600  # steps of the search per figure and direction; past it, withhold one more


@dataclass
class Sheet:
    """Every figure a reader sees or can reason about, and the sums that tie them.

    A figure is one of: a cell of the report being made (may be withheld), a cell of a report
    already released (fixed as released), or an unseen count (a part of a period that no report
    covers on its own: never printed, at least 0)."""

    threshold: int
    values: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    totals: set[int] = field(default_factory=set)
    hideable: set[int] = field(default_factory=set)
    unseen: set[int] = field(default_factory=set)
    hidden: set[int] = field(default_factory=set)
    blurred: set[int] = field(default_factory=set)  # small counts printed "x" rather than "<5"
    equations: list[list[tuple[int, int]]] = field(default_factory=list)
    coefficients: list[dict[int, int]] = field(default_factory=list)  # each equation's, by figure
    by_cell: dict[int, list[int]] = field(default_factory=dict)
    beyond_reach: set[int] = field(default_factory=set)
    gaps: set[int] = field(default_factory=set)

    def add(self, name: str, value: int, *, total: bool = False, hideable: bool = True, unseen: bool = False) -> int:
        index = len(self.values)
        self.values.append(int(value))
        self.names.append(name)
        if total:
            self.totals.add(index)
        if hideable and not unseen:
            self.hideable.add(index)
        if unseen:
            self.unseen.add(index)
        self.by_cell[index] = []
        return index

    def tie(self, total: int, parts: list[int]) -> None:
        """total = sum of parts: a sum a reader can do from the printed labels."""
        self._equation([(total, 1), *((p, -1) for p in parts)])

    def at_least(self, larger: int, smaller: int) -> None:
        """A reader knows one figure is no less than another (a month's clients are no more than its
        visits): larger = smaller + a gap that is never printed and needs no protecting itself."""
        self.at_least_sum(larger, [smaller])

    def at_least_sum(self, figure: int, parts: list[int]) -> None:
        """figure = sum of parts + gap (gap at least 0)."""
        gap = self._gap(self.values[figure] - sum(self.values[p] for p in parts))
        if gap is not None:
            self._equation([(figure, 1), (gap, -1), *((p, -1) for p in parts)])

    def _gap(self, value: int) -> int | None:
        """An unseen slack of an inequality; None when the values at hand break it (figures released
        before a late entry changed them): a sum that does not hold tells a reader nothing sure."""
        if value < 0:
            return None
        gap = self.add("gap", value, unseen=True)
        self.gaps.add(gap)
        return gap

    def _equation(self, terms: list[tuple[int, int]]) -> None:
        if len({cell for cell, _ in terms}) != len(terms):
            return
        self.equations.append(terms)
        self.coefficients.append(dict(terms))
        for cell, _ in terms:
            self.by_cell[cell].append(len(self.equations) - 1)

    def same(self, first: int, second: int) -> None:
        """Two figures a reader knows are equal (e.g. clients served, printed in two tables)."""
        self.tie(first, [second])

    def bounds(self, cell: int) -> tuple[int, int]:
        """What a reader knows of a figure: its value if printed, else the range its mark allows."""
        value = self.values[cell]
        if cell in self.unseen:
            return 0, NO_LIMIT
        if cell not in self.hidden:
            return value, value
        if 0 < value < self.threshold and cell not in self.blurred:
            return 1, self.threshold - 1
        return 0, NO_LIMIT  # "x" says only that the figure is withheld

    def must_stay_open(self) -> list[int]:
        """Figures that must keep at least two possible values: withheld ones, and unseen small counts."""
        small = [c for c in self.unseen - self.gaps if 0 < self.values[c] < self.threshold]
        # below a threshold of 2, "<2" can only mean 1: no other figure changes that
        return sorted(c for c in self.hidden | set(small) if self.bounds(c)[0] < self.bounds(c)[1])


def primary(sheet: Sheet) -> None:
    """Step 1: every count from 1 to threshold-1 of the report being made."""
    sheet.hidden |= {c for c in sheet.hideable if 0 < sheet.values[c] < sheet.threshold}


def protect(sheet: Sheet) -> list[int]:
    """Step 2: withhold more figures until none can be pinned; returns the ones added.

    A figure that the released reports pin down whatever this report withholds cannot be helped
    here: it goes in `sheet.beyond_reach` (withholding more for it would only lose figures). At the
    end, each added figure is printed again if every figure stays safe without it."""
    added: list[int] = []
    proven: set[int] = set()  # a second solution stays a solution when more is withheld
    while True:
        exposed = next((c for c in _open_figures(sheet) if c not in proven and not _proven(sheet, c, proven)), None)
        if exposed is None:
            break
        extra = _best_complement(sheet, exposed) if _freeable(sheet, exposed) else None
        if extra is None:
            sheet.beyond_reach.add(exposed)
            continue
        _withhold(sheet, extra)
        added.append(extra)
    return [cell for cell in added if not _print_again_if_safe(sheet, cell)]


def _open_figures(sheet: Sheet) -> list[int]:
    return [c for c in sheet.must_stay_open() if c not in sheet.beyond_reach]


def _proven(sheet: Sheet, cell: int, proven: set[int]) -> bool:
    if can_move(sheet, cell):
        proven.add(cell)
        return True
    return False


def _freeable(sheet: Sheet, exposed: int) -> bool:
    """Whether withholding everything this report could withhold would free the figure."""
    more = [c for c in sheet.hideable if c not in sheet.blurred and _kind_of_complement(sheet, c) is not None]
    for cell in more:
        _withhold(sheet, cell)
    try:
        return can_move(sheet, exposed)
    finally:
        for cell in more:
            _undo(sheet, cell)


def _print_again_if_safe(sheet: Sheet, cell: int) -> bool:
    _undo(sheet, cell)
    if all(can_move(sheet, c) for c in _open_figures(sheet)):
        return True
    _withhold(sheet, cell)
    return False


def _withhold(sheet: Sheet, cell: int) -> None:
    if cell in sheet.hidden:
        sheet.blurred.add(cell)  # a "<5" that must say less prints "x"
    else:
        sheet.hidden.add(cell)


def _undo(sheet: Sheet, cell: int) -> None:
    if cell in sheet.blurred:
        sheet.blurred.discard(cell)
    else:
        sheet.hidden.discard(cell)


def _best_complement(sheet: Sheet, exposed: int, tries: int = 12) -> int | None:
    """The first candidate, in complement_for's order, that frees the exposed figure on its own; when
    none does, the first one (the next round adds another)."""
    ranked = complement_for(sheet, exposed)
    for cell in ranked[:tries]:
        _withhold(sheet, cell)
        freed = can_move(sheet, exposed)
        _undo(sheet, cell)
        if freed:
            return cell
    return ranked[0] if ranked else None


def can_move(sheet: Sheet, cell: int) -> bool:
    """Whether another whole-number solution of every sum and mark differs in `cell`."""
    return any(
        _search(sheet, {cell: step}, _residuals(sheet, cell, step), [SEARCH_BUDGET])
        for step in (1, -1)
        if _allowed(sheet, cell, step)
    )


def _allowed(sheet: Sheet, cell: int, change: int) -> bool:
    if cell not in sheet.hidden and cell not in sheet.unseen:
        return False
    low, high = sheet.bounds(cell)
    return low <= sheet.values[cell] + change <= high


def _residuals(sheet: Sheet, cell: int, step: int) -> dict[int, int]:
    """How far each sum is thrown out by moving one figure (kept up to date as the search moves more)."""
    return {index: sheet.coefficients[index][cell] * step for index in sheet.by_cell[cell]}


def _move(sheet: Sheet, residuals: dict[int, int], cell: int, step: int) -> None:
    for index in sheet.by_cell[cell]:
        residuals[index] = residuals.get(index, 0) + sheet.coefficients[index][cell] * step


def _search(sheet: Sheet, change: dict[int, int], residuals: dict[int, int], budget: list[int]) -> bool:
    """Depth-first: balance the first unbalanced sum by moving one more withheld or unseen figure."""
    budget[0] -= 1
    if budget[0] < 0:
        return False
    unbalanced = min((index for index, residual in residuals.items() if residual), default=None)
    if unbalanced is None:
        return True
    equation, residual = sheet.equations[unbalanced], residuals[unbalanced]
    for cell, coefficient in sorted(equation, key=lambda term: len(sheet.by_cell[term[0]])):
        if cell in change or residual % coefficient:
            continue
        step = -residual // coefficient
        if _allowed(sheet, cell, step):
            change[cell] = step
            _move(sheet, residuals, cell, step)
            if _search(sheet, change, residuals, budget):
                return True
            _move(sheet, residuals, cell, -step)
            del change[cell]
    return False


def complement_for(sheet: Sheet, exposed: int) -> list[int]:
    """The figures that could be withheld next, best first: nearest in the web of sums, then a printed
    figure that is not a total, smallest first; else a "<5" printed as "x" instead (it then says
    nothing of its size); else a printed zero; a printed total last."""
    distance = {exposed: 0}
    queue = deque([exposed])
    ranked: list[tuple[int, int, int, int]] = []
    while queue:
        cell = queue.popleft()
        for index in sheet.by_cell[cell]:
            for other, _ in sheet.equations[index]:
                if other in distance:
                    continue
                distance[other] = distance[cell] + 1
                queue.append(other)
                kind = _kind_of_complement(sheet, other)
                if kind is not None:
                    ranked.append((distance[other], kind, sheet.values[other], other))
    return [cell for *_, cell in sorted(ranked)]


def _kind_of_complement(sheet: Sheet, cell: int) -> int | None:
    if cell not in sheet.hideable or cell in sheet.blurred:
        return None
    if cell in sheet.hidden:
        return 1 if 0 < sheet.values[cell] < sheet.threshold else None
    if cell in sheet.totals:
        return 3
    return 0 if sheet.values[cell] > 0 else 2
