"""The funder report PDF and CSV, read back: what a funder sees, and nothing that names anyone."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from shop_desktop.core.csv_safe import spreadsheet_safe
from shop_desktop.core.figures.report_figures import (
    Period,
    ReportFigures,
    Table,
    compute_figures,
    shown_table,
    withhold,
)
from shop_desktop.core.sample import centre as demo
from shop_desktop.core.store.vault import Vault
from shop_desktop.reports.funder_report import build_funder_report_pdf, csv_rows, write_csv
from tests.conftest import COORDINATOR_PASS, fast_kdf
from tests.pdf_fonts import pdf_fonts

CENTRE = "Tk'emlúps te Secwépemc drop-in"
MADE_AT = datetime(2026, 11, 25, 14, 30)


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    folder = tmp_path_factory.mktemp("funder") / "vault"
    result = demo.create_demo_vault(
        folder,
        seed=3,
        scale=demo.DemoScale(clients=90, days=400, notes=40),
        shared_passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )
    yield result.vault
    result.vault.lock()


def _fiscal_year() -> Period:
    today = date.today()
    return Period.fiscal_year(today.year if today.month >= 4 else today.year - 1)


def _text(pdf: bytes) -> tuple[list[str], str]:
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    return pages, " ".join(" ".join(pages).split())


@pytest.fixture(scope="module")
def fiscal_pdf(demo_vault: Vault) -> tuple[ReportFigures, bytes]:
    figures = compute_figures(demo_vault, _fiscal_year())
    return figures, build_funder_report_pdf(figures, CENTRE, "Robin Coordinator", MADE_AT, 5, audit_head="entry 7")


def test_pdf_names_the_centre_period_maker_and_numbers_its_pages(fiscal_pdf: tuple[ReportFigures, bytes]) -> None:
    figures, pdf = fiscal_pdf
    pages, text = _text(pdf)
    assert CENTRE in text
    assert figures.period.label in text and figures.period.dates in text
    assert "Made by Robin Coordinator on 2026-11-25 at 14:30" in text
    assert "Audit entry 7" in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page


def test_pdf_explains_small_counts(fiscal_pdf: tuple[ReportFigures, bytes]) -> None:
    _, text = _text(fiscal_pdf[1])
    assert "Counts from 1 to 4 print as “<5”" in text
    assert "zero prints as 0" in text


def test_pdf_prints_every_table_as_suppressed(fiscal_pdf: tuple[ReportFigures, bytes]) -> None:
    figures, pdf = fiscal_pdf
    _, text = _text(pdf)
    for table in figures.tables:
        assert table.title in text
        for label, values in shown_table(figures, table):  # as the report withholds them, months and all
            printed = " ".join(f"{int(v):,}" if v.isdigit() else v for v in values)
            assert f"{label} {printed}" in text, (table.key, label, printed)


def test_pdf_has_no_client_alias_or_code(demo_vault: Vault, fiscal_pdf: tuple[ReportFigures, bytes]) -> None:
    _, text = _text(fiscal_pdf[1])
    people = demo_vault.conn.execute("SELECT alias, code FROM clients").fetchall()
    assert len(people) >= 90
    for alias, code in people:
        for word in (alias, code):
            if word:
                assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text), word


def test_pdf_embeds_the_unicode_font(fiscal_pdf: tuple[ReportFigures, bytes]) -> None:
    reader = PdfReader(io.BytesIO(fiscal_pdf[1]))
    embedded = [flag for _, flag in pdf_fonts(reader.pages) if flag is not None]
    assert embedded and all(embedded)


def test_small_period_prints_withheld_marks_and_the_threshold_setting(demo_vault: Vault) -> None:
    period = Period.custom(date.today() - timedelta(days=6), date.today())
    figures = compute_figures(demo_vault, period)
    withhold(figures, 8)  # as if the centre's setting were 8
    _, text = _text(build_funder_report_pdf(figures, CENTRE, "Robin", MADE_AT, 8))
    assert "Counts from 1 to 7 print as “<8”" in text
    assert "<8" in text.split("Reading the counts.", 1)[1].split("no names, aliases or client codes.", 1)[1]
    assert "<5" not in text


def test_report_without_any_visit_still_builds(demo_vault: Vault) -> None:
    figures = compute_figures(demo_vault, Period.month(2001, 1))
    pages, text = _text(build_funder_report_pdf(figures, CENTRE, "Robin", MADE_AT, 5))
    assert "January 2001" in text and pages


# --- CSV ------------------------------------------------------------------------------------


def test_csv_has_every_printed_cell_with_iso_dates(fiscal_pdf: tuple[ReportFigures, bytes], tmp_path: Path) -> None:
    figures, _ = fiscal_pdf
    path = write_csv(figures, 5, tmp_path)
    period = figures.period
    assert path.name == f"funder-report-{period.start.isoformat()}-to-{period.end.isoformat()}.csv"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert lines[0] == ["section", "period_start", "period_end", "row", "column", "value"]
    expected = [
        [t.title, period.start.isoformat(), period.end.isoformat(), label, column, value]
        for t in figures.tables
        for label, values in shown_table(figures, t)
        for column, value in zip(t.columns, values, strict=True)
    ]
    assert lines[1:] == expected
    assert {line[2] for line in lines[1:]} == {period.end.isoformat()}


def test_csv_to_a_named_file(fiscal_pdf: tuple[ReportFigures, bytes], tmp_path: Path) -> None:
    target = tmp_path / "q1.csv"
    assert write_csv(fiscal_pdf[0], 5, target) == target and target.exists()


@pytest.mark.parametrize("cell", ["=1+2", "+1", "-2", "@SUM(A1)", "\tcmd", "\r=cmd", '=HYPERLINK("x")'])
def test_csv_cells_that_start_a_formula_are_neutralised(cell: str, tmp_path: Path) -> None:
    period = Period.month(2026, 1)
    figures = ReportFigures(period, [Table("odd", cell, [cell], [(cell, [3])], total_row=False)])
    lines = list(csv.reader(io.StringIO(write_csv(figures, 5, tmp_path).read_bytes().decode("utf-8-sig"))))
    assert lines[1] == ["'" + cell, "2026-01-01", "2026-01-31", "'" + cell, "'" + cell, "<5"]
    assert all(
        not value.startswith(("=", "+", "-", "@", "\t", "\r")) for line in csv_rows(figures, 5) for value in line
    )


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("plain", "plain"),
        ("a=b", "a=b"),
        ("", ""),
        (None, ""),
        (12, "12"),
        ("-", "'-"),
        ("=", "'="),
        ("Métis", "Métis"),
    ],
)
def test_spreadsheet_safe(value: object, safe: str) -> None:
    assert spreadsheet_safe(value) == safe


def test_the_notes_page_says_the_rule_in_the_modules_words(fiscal_pdf: tuple[ReportFigures, bytes]) -> None:
    from shop_desktop.core.figures import suppression

    pages, _ = _text(fiscal_pdf[1])
    last = " ".join(pages[-1].split())
    assert last.startswith("How small counts are protected")
    for paragraph in suppression.rule_paragraphs(5):
        assert paragraph[:60] in last and paragraph[-40:] in last
    assert "A count from 1 to 4 is never printed" in suppression.PROTECTION_RULE  # the source says the same
    assert "In this report" in last and "total" in last.split("In this report", 1)[1]


def test_a_withheld_total_is_named_on_the_notes_page(demo_vault: Vault) -> None:
    clients = Table("clients", "Clients served", ["Clients"], [("New", [6])], total_label="Unique clients served")
    figures = ReportFigures(Period.month(2026, 11), [clients])
    withhold(figures, 5)
    assert figures.hidden == {"clients": set()}
    figures.hidden["clients"] |= {(0, 0), (1, 0)}  # as the register can make it do
    pages, _ = _text(build_funder_report_pdf(figures, CENTRE, "Robin", MADE_AT, 5))
    notes = " ".join(pages[-1].split())
    assert "These totals had to be withheld" in notes and "Clients served: Unique clients served" in notes
