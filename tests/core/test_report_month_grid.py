"""What the coordinator sees when the month grid withholds figures: the PDF, read back, prints "≥" the
months that print a figure (or "x") where its sum would let a month's small count be subtracted out,
and says why in plain words; a
report whose dates cut months is told so before it is made, and prints no such figure but zeros."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

from pypdf import PdfReader

from shop_desktop.core.figures import release_register
from shop_desktop.core.figures.month_grid import OFF_GRID
from shop_desktop.core.figures.report_figures import Period, ReportFigures, begin_report, shown_table
from shop_desktop.core.store.vault import Vault
from shop_desktop.reports.funder_report import build_funder_report_pdf
from tests.factories import make_client, make_visit

# The two whole months before this one (visits can be entered up to 92 days late: day 15 is safe).
_THIS_MONTH = date.today().replace(day=1)
LAST = Period.month((_THIS_MONTH - timedelta(days=1)).year, (_THIS_MONTH - timedelta(days=1)).month)
BEFORE = Period.month((LAST.start - timedelta(days=1)).year, (LAST.start - timedelta(days=1)).month)
BOTH = Period.custom(BEFORE.start, LAST.end)


def _at(month: Period, hour: int) -> datetime:
    return datetime(month.start.year, month.start.month, 15, hour)


def _two_months(vault: Vault) -> None:
    """Eight clients with a meal each month and six with laundry; two showers in the first month, seven
    in the second."""
    people = [make_client(vault, f"Person {n}") for n in range(8)]
    for month in (BEFORE, LAST):
        for hour, person in enumerate(people):
            make_visit(vault, person, "Meal", at=_at(month, 8 + hour))
        for hour, person in enumerate(people[:6]):
            make_visit(vault, person, "Laundry", at=_at(month, 16 + hour % 2))
    for hour in range(2):
        make_visit(vault, people[hour], "Shower", at=_at(BEFORE, 18 + hour))
    for hour in range(7):
        make_visit(vault, people[hour], "Shower", at=_at(LAST, 18 + hour % 4))


def _report(vault: Vault, period: Period) -> tuple[ReportFigures, str]:
    run = begin_report(vault, period)
    figures = run.figures(vault.conn)
    release_register.release(vault, run, figures, "pdf")
    pdf = build_funder_report_pdf(figures, "Centre", "Robin", datetime(2026, 12, 1, 9, 0), 5, "abc")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    return figures, text


def _services(figures: ReportFigures) -> dict[str, str]:
    return {label: values[0] for label, values in shown_table(figures, figures.table("services"))}


def test_two_months_withhold_what_their_first_month_withholds_and_say_why(vault: Vault) -> None:
    _two_months(vault)
    first, _ = _report(vault, BEFORE)
    second, _ = _report(vault, LAST)
    assert _services(first)["Shower"] == "<5" and _services(second)["Shower"] == "7"
    both, text = _report(vault, BOTH)
    # 9 showers over the two months would give the first month's 2 away (9 - 7): the PDF prints "at
    # least 7", the second month's, which that month prints anyway
    assert _services(both)["Shower"] == "≥7"
    assert "Shower ≥7" in text and "Shower 9" not in text and "“≥120” means at least 120" in text
    assert "Figures withheld month by month" in text
    assert f"Services: Shower (withheld in {BEFORE.label})" in text
    assert "could be subtracted from the other months" in text
    # every other service: printed as the sum when both months print it, else withheld
    months = (_services(first), _services(second))
    for service, shown in _services(both).items():
        if all(m.get(service, "0").isdigit() for m in months):
            assert shown == str(sum(int(m.get(service, "0")) for m in months)), service
        else:
            known = sum(int(m[service]) for m in months if m.get(service, "x").isdigit())
            assert shown in ("x", "<5", f"≥{known}"), service
    # the first month withholds its laundry (6) beside the showers, or the total gives them away; its
    # meals, and so the two months' 16, are printed
    assert months[0]["Laundry"] == "x" and _services(both)["Laundry"] == "≥6"
    assert _services(both)["Meal"] == "16" and "Meal 16" in text
    # and the rule is on the notes page in the same words
    assert "are counted month by month" in text


def test_dates_that_cut_months_are_warned_of_and_print_no_figure_that_adds_up(vault: Vault) -> None:
    _two_months(vault)
    _report(vault, LAST)
    cut = Period.custom(BEFORE.start + timedelta(days=3), LAST.end)  # 28 days or more, off the grid
    warning = release_register.short_period_warning(cut)
    assert "do not follow whole months" in warning and "shorter than" not in warning
    assert not release_register.short_period_warning(BOTH)
    # a month under way is cut by today: this month's report said now and at its end would subtract
    under_way = Period.month(date.today().year, date.today().month)
    assert "has not ended yet" in release_register.short_period_warning(under_way)
    figures, text = _report(vault, cut)
    assert set(_services(figures).values()) <= {"x", "0"}
    assert "Meal x" in text and "Meal 16" not in text
    assert OFF_GRID[:80] in text
    visits = {label: values[0] for label, values in shown_table(figures, figures.table("visits"))}
    assert visits["All visits"] == "x" and visits["By anonymous visitors"] == "0"  # a zero cuts nothing


def test_a_month_under_way_prints_no_figure_that_adds_up_but_zeros(vault: Vault) -> None:
    make_visit(vault, make_client(vault, "Today"), "Meal", "Shower")
    for _ in range(6):
        make_visit(vault, None, "Meal")
    figures, text = _report(vault, Period.month(date.today().year, date.today().month))
    assert _services(figures)["Meal"] == "x" and _services(figures)["Laundry"] == "0"
    assert "has not ended yet" in text


def test_a_short_period_is_told_both_reasons() -> None:
    warning = release_register.short_period_warning(Period.custom(date(2025, 11, 3), date(2025, 11, 9)))
    assert warning.startswith("This period is shorter than 28 days.") and "whole months" in warning
