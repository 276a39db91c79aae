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
29" is November 30). Every report saved, printed or exported is kept in the vault's release
register. A new report withholds any figure whose difference from the same figure of a released
report over a period inside it (or around it) would be 1 to 4, and then checks that nothing in
it or in the released reports can be worked out from all of them together. Short custom periods
lose the most figures this way; months, quarters, fiscal years and calendar years the fewest.

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
        if total in parts or len(set(parts)) != len(parts):
            return
        self.equations.append([(total, 1), *((p, -1) for p in parts)])
        for cell, _ in self.equations[-1]:
            self.by_cell[cell].append(len(self.equations) - 1)

    def at_least(self, larger: int, smaller: int) -> None:
        """A reader knows one figure is no less than another (a month's clients are no more than its
        visits): larger = smaller + a gap that is never printed and needs no protecting itself."""
        gap = self.add(f"{self.names[larger]} - {self.names[smaller]}", self.values[larger] - self.values[smaller])
        self.hideable.discard(gap)
        self.unseen.add(gap)
        self.gaps.add(gap)
        self.tie(larger, [smaller, gap])

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
    """Step 2: withhold more figures until none can be pinned; returns the ones added, in order.

    A figure that only figures outside this report tie down (two reports released before the
    register existed) cannot be helped here: it goes in `sheet.beyond_reach`."""
    added: list[int] = []
    proven: set[int] = set()  # a second solution stays a solution when more is withheld
    while True:
        exposed = None
        for cell in sheet.must_stay_open():
            if cell in proven or cell in sheet.beyond_reach:
                continue
            if not can_move(sheet, cell):
                exposed = cell
                break
            proven.add(cell)
        if exposed is None:
            return added
        extra = complement_for(sheet, exposed)
        if extra is None:
            sheet.beyond_reach.add(exposed)
            continue
        if extra in sheet.hidden:
            sheet.blurred.add(extra)
        else:
            sheet.hidden.add(extra)
        added.append(extra)


def can_move(sheet: Sheet, cell: int) -> bool:
    """Whether another whole-number solution of every sum and mark differs in `cell`."""
    return any(_search(sheet, {cell: step}, [SEARCH_BUDGET]) for step in (1, -1) if _allowed(sheet, cell, step))


def _allowed(sheet: Sheet, cell: int, change: int) -> bool:
    if cell not in sheet.hidden and cell not in sheet.unseen:
        return False
    low, high = sheet.bounds(cell)
    return low <= sheet.values[cell] + change <= high


def _search(sheet: Sheet, change: dict[int, int], budget: list[int]) -> bool:
    """Depth-first: balance the first unbalanced sum by moving one more withheld or unseen figure."""
    budget[0] -= 1
    if budget[0] < 0:
        return False
    unbalanced = _first_unbalanced(sheet, change)
    if unbalanced is None:
        return True
    equation, residual = unbalanced
    for cell, coefficient in sorted(equation, key=lambda term: len(sheet.by_cell[term[0]])):
        if cell in change or residual % coefficient:
            continue
        step = -residual // coefficient
        if _allowed(sheet, cell, step):
            change[cell] = step
            if _search(sheet, change, budget):
                return True
            del change[cell]
    return False


def _first_unbalanced(sheet: Sheet, change: dict[int, int]) -> tuple[list[tuple[int, int]], int] | None:
    for index in sorted({e for cell in change for e in sheet.by_cell[cell]}):
        equation = sheet.equations[index]
        residual = sum(coefficient * change.get(cell, 0) for cell, coefficient in equation)
        if residual:
            return equation, residual
    return None


def complement_for(sheet: Sheet, exposed: int) -> int | None:
    """The figure to withhold next, nearest in the web of sums first. At the same distance: a printed
    figure that is not a total, smallest first; else a "<5" printed as "x" instead (it then says
    nothing of its size); else a printed zero; a printed total last."""
    distance = {exposed: 0}
    queue = deque([exposed])
    best: tuple[int, int, int, int] | None = None
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
                    rank = (distance[other], kind, sheet.values[other], other)
                    best = rank if best is None or rank < best else best
    return None if best is None else best[3]


def _kind_of_complement(sheet: Sheet, cell: int) -> int | None:
    if cell not in sheet.hideable or cell in sheet.blurred:
        return None
    if cell in sheet.hidden:
        return 1 if 0 < sheet.values[cell] < sheet.threshold else None
    if cell in sheet.totals:
        return 3
    return 0 if sheet.values[cell] > 0 else 2
