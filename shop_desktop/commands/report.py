"""`shop-desktop report`: make a funder report as PDF (and CSV) for a month, a fiscal year or dates."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from shop_desktop.commands.options import parents, sign_in
from shop_desktop.core.errors import VaultError


def _iso_date(text: str) -> object:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-04-01") from None


def _iso_month(text: str) -> object:
    from datetime import date

    try:
        return date.fromisoformat(f"{text}-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month like 2026-11") from None


def _report_period(args: argparse.Namespace) -> object:
    from shop_desktop.core.figures.report_figures import Period

    if args.month:
        return Period.month(args.month.year, args.month.month)
    if args.fiscal_year:
        return Period.fiscal_year(args.fiscal_year)
    if args.date_from is None or args.date_to is None:
        raise VaultError("Choose the period: --month 2026-11, --fiscal-year 2026, or both --from and --to.")
    return Period.custom(args.date_from, args.date_to)


def run(args: argparse.Namespace) -> int:
    """Saving the report releases it: the release register keeps its figures (see core/figures/release_register.py)."""
    from shop_desktop.core.figures import release_register
    from shop_desktop.reports.funder_report import build_funder_report_pdf, csv_rows, write_csv

    period = _report_period(args)
    session = sign_in(args)
    try:
        run = session.report_figures.begin_report(period)
        figures = session.report_figures.figures_for(run)
        pdf = build_funder_report_pdf(figures, run.centre_name, run.made_by, run.made_at, run.threshold, run.audit_head)
        csv_rows(figures, run.threshold)  # built before release, so a failure releases nothing
        session.release_register.release(run, figures, "pdf")
        if args.csv:
            session.release_register.release(run, figures, "csv")
    finally:
        session.lock()
    try:
        Path(args.out).write_bytes(pdf)
        if args.csv:
            Path(args.csv).mkdir(parents=True, exist_ok=True)
            csv_path = write_csv(figures, run.threshold, Path(args.csv))
            print(f"Figures written: {csv_path}")
    except OSError as error:
        raise VaultError(f"Couldn't write the report ({error.strerror}). Choose another place.") from None
    print(f"Report for {period.label} written: {args.out}")
    warning = release_register.short_period_warning(period)
    if warning:
        print(warning, file=sys.stderr)
    return 0


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser("report", parents=parents(), help="make a funder report as PDF (and CSV)")
    report.add_argument("--month", type=_iso_month, metavar="YYYY-MM", help="a calendar month")
    report.add_argument("--fiscal-year", type=int, metavar="YEAR", help="April YEAR to March YEAR+1")
    report.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE", help="custom period: first day")
    report.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE", help="custom period: last day")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--csv", metavar="DIR", help="also write the figures as CSV into this folder")
    report.set_defaults(run=run)
