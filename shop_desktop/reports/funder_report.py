"""The funder report: every table of ReportFigures, suppressed, as a PDF with charts, and as one CSV.

Counts only: the figures carry no names, aliases or client codes, and nothing here adds any.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import BarChart, HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as PdfTable

from shop_desktop.core.csv_safe import spreadsheet_safe
from shop_desktop.core.figures.report_figures import (
    WITHHELD,
    ReportFigures,
    Table,
    shown_table,
    small_mark,
    withheld_totals,
)
from shop_desktop.core.figures.suppression import rule_paragraphs
from shop_desktop.reports.fonts import register_fonts

INK = colors.HexColor("#1f2b36")
ACCENT = colors.HexColor("#2f6f8f")
SECOND = colors.HexColor("#e0a03a")
SUBTLE = colors.HexColor("#5b6b78")
RULE = colors.HexColor("#b8c4cc")
ZEBRA = colors.HexColor("#f1f5f7")
MARGIN = 0.75 * inch
WIDTH = LETTER[0] - 2 * MARGIN
NUMBER_COLUMN = 1.05 * inch
GUTTER = 0.3 * inch


def suppression_note(threshold: int) -> str:
    mark = small_mark(threshold)
    return (
        f"Counts from 1 to {threshold - 1} print as “{mark}” so that a small group of people cannot be "
        f"singled out; zero prints as 0. A count printed as “{WITHHELD}” is withheld (it can be any number, "
        f"0 included) so that no “{mark}” count can be worked out from the other figures, in this report "
        "or in an earlier one. A count printed as “≥120” is at least 120: the months that print it, "
        "without those that withhold it. The last page says how. "
        "Totals are true totals unless the notes page names them. "
        "This report holds counts only: no names, aliases or client codes."
    )


def withheld_totals_note(figures: ReportFigures) -> str:
    totals = withheld_totals(figures)
    if not totals:
        return "No total had to be withheld: every total printed is the true total."
    return "These totals had to be withheld, because nothing else would protect the small counts in them: " + (
        "; ".join(totals) + "."
    )


def held_by_months_note(figures: ReportFigures) -> list[str]:
    """What the month grid withheld (core/figures/month_grid.py), in words, one paragraph each."""
    if not figures.held or figures.held[0].startswith("This report's dates"):
        return list(figures.held)
    return [
        "Figures that add up over days (visits, services, sessions, referrals and the like) are counted "
        "month by month. Each figure below is withheld here because a month of this period withholds it "
        "in that month's own report: printed here, it could be subtracted from the other months to work "
        "that month's figure out. Where the other months print it, it shows as “≥” their sum: "
        "“≥120” means at least 120, the months that withhold it left out.",
        "; ".join(figures.held) + ".",
    ]


# --- the PDF --------------------------------------------------------------------------------


def build_funder_report_pdf(
    figures: ReportFigures,
    centre_name: str,
    made_by: str,
    made_at: datetime,
    threshold: int,
    audit_head: str | None = None,
) -> bytes:
    """Letter-size PDF bytes: front matter, then each table (with its chart where it has one)."""
    styles = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=0.7 * inch,
        bottomMargin=0.8 * inch,
        title=f"Funder report: {centre_name}, {figures.period.label}",
        author=centre_name,
        subject="Funder report (aggregate counts only)",
        creator="SHOP Desktop",
        initialFontName=register_fonts()[0],  # else reportlab's Helvetica lands in every page's resources
    )
    story = _front(figures, centre_name, made_by, made_at, threshold, styles)
    story += _sections(figures, threshold, styles)
    story += _held_page(figures, styles)
    story += _notes_page(figures, threshold, styles)
    footer = (f"{centre_name} · {figures.period.label}", f"Audit {audit_head}" if audit_head else "")
    doc.build(story, canvasmaker=_numbered_canvas(footer))
    return buffer.getvalue()


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold, _ = register_fonts()
    base = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=22, leading=27, textColor=ACCENT),
        "centre": ParagraphStyle("centre", base, fontName=bold, fontSize=14, leading=18),
        "period": ParagraphStyle("period", base, fontSize=12, leading=16),
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=SUBTLE),
        "heading": ParagraphStyle(
            "heading", base, fontName=bold, fontSize=12.5, leading=16, textColor=ACCENT, spaceBefore=14, spaceAfter=2
        ),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=11),
        "total": ParagraphStyle("total", base, fontName=bold, fontSize=9, leading=11),
        "head": ParagraphStyle("head", base, fontName=bold, fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
    }


def _front(
    figures: ReportFigures,
    centre: str,
    made_by: str,
    made_at: datetime,
    threshold: int,
    styles: dict[str, ParagraphStyle],
) -> list[Flowable]:
    period = figures.period
    made = f"Made by {_escape(made_by)} on {made_at:%Y-%m-%d} at {made_at:%H:%M}"
    note = PdfTable(
        [[Paragraph(f"<b>Reading the counts.</b> {suppression_note(threshold)}", styles["body"])]], colWidths=[WIDTH]
    )
    note.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()[0]),
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [
        Paragraph("Funder report", styles["title"]),
        Paragraph(_escape(centre), styles["centre"]),
        Spacer(1, 4),
        Paragraph(
            _escape(period.label if period.label == period.dates else f"{period.label} · {period.dates}"),
            styles["period"],
        ),
        Paragraph(made, styles["small"]),
        Spacer(1, 10),
        note,
    ]


def _notes_page(figures: ReportFigures, threshold: int, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The protection rule, in the words of core/figures/suppression.py, and the totals this report withheld."""
    story: list[Flowable] = [PageBreak(), Paragraph("How small counts are protected", styles["heading"])]
    for paragraph in rule_paragraphs(threshold):
        story += [Paragraph(_escape(paragraph), styles["body"]), Spacer(1, 5)]
    story += [Spacer(1, 6), Paragraph("In this report", styles["heading"])]
    return [*story, Paragraph(_escape(withheld_totals_note(figures)), styles["body"])]


def _held_page(figures: ReportFigures, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The figures withheld for their months or for dates that cut months (core/figures/month_grid.py)."""
    lines = held_by_months_note(figures)
    if not lines:
        return []
    story: list[Flowable] = [PageBreak(), Paragraph("Figures withheld month by month", styles["heading"])]
    return story + [Paragraph(_escape(line), styles["body"]) for line in lines]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _sections(figures: ReportFigures, threshold: int, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = []
    for group in _lines(figures.tables):
        if len(group) == 2:
            story += [_side_by_side(figures, group[0], group[1], threshold, styles), Spacer(1, 4)]
        else:
            story.append(KeepTogether(_section(figures, group[0], threshold, styles, WIDTH)))
    return story


def _lines(tables: list[Table]) -> list[list[Table]]:
    """Two short one-column tables in a row share the width; every other table has its own."""
    lines: list[list[Table]] = []
    for table in tables:
        if _is_short(table) and lines and len(lines[-1]) == 1 and _is_short(lines[-1][0]):
            lines[-1].append(table)
        else:
            lines.append([table])
    return lines


def _is_short(table: Table) -> bool:
    return len(table.columns) == 1 and table.key not in CHARTS and len(table.rows) <= 12


def _side_by_side(
    figures: ReportFigures, left: Table, right: Table, threshold: int, styles: dict[str, ParagraphStyle]
) -> PdfTable:
    half = (WIDTH - GUTTER) / 2
    pair = PdfTable(
        [[_section(figures, left, threshold, styles, half), "", _section(figures, right, threshold, styles, half)]],
        colWidths=[half, GUTTER, half],
        hAlign="LEFT",
    )
    pair.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()[0]),  # the empty gutter cell, too
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return pair


def _section(
    figures: ReportFigures, table: Table, threshold: int, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    shown = shown_table(figures, table)
    parts: list[Flowable] = [Paragraph(_escape(table.title), styles["heading"])]
    if table.note:
        parts.append(Paragraph(_escape(table.note), styles["small"]))
    chart = CHARTS.get(table.key)
    if chart is not None:
        parts += [Spacer(1, 6), chart(table, shown, threshold)]
    return [*parts, Spacer(1, 6), _pdf_table(table, shown, styles, width)]


def _pdf_table(
    table: Table, shown: list[tuple[str, list[str]]], styles: dict[str, ParagraphStyle], width: float
) -> PdfTable:
    head = [Paragraph("", styles["cell"])] + [Paragraph(_escape(c), styles["head"]) for c in table.columns]
    body = [[Paragraph(_escape(label), styles["cell"]), *[_pretty(v) for v in values]] for label, values in shown]
    if table.total_row:
        body[-1][0] = Paragraph(_escape(shown[-1][0]), styles["total"])
    numbers = len(table.columns) * NUMBER_COLUMN
    pdf = PdfTable(
        [head, *body],
        colWidths=[min(3.4 * inch, width - numbers)] + [NUMBER_COLUMN] * len(table.columns),
        repeatRows=1,
        hAlign="LEFT",
    )
    pdf.setStyle(TableStyle(_table_style(len(body), table.total_row)))
    return pdf


def _pretty(value: str) -> str:
    return f"{int(value):,}" if value.isdigit() else value


def _table_style(body_rows: int, total_row: bool) -> list[tuple[Any, ...]]:
    regular, bold, _ = register_fonts()
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), regular, 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, body_rows + 1, 2)]
    if total_row:
        style += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK),
            ("FONT", (1, -1), (-1, -1), bold, 9),
            ("BACKGROUND", (0, -1), (-1, -1), colors.white),
        ]
    return style


# --- charts ---------------------------------------------------------------------------------


def _caption(title: str, values: list[str]) -> str:
    return title + (
        "  (counts withheld in the table are drawn at zero)" if any(not v.isdigit() for v in values) else ""
    )


def _plotted(values: list[str]) -> list[int]:
    """Withheld counts are drawn at zero, so the chart gives away no more than the table."""
    return [int(v) if v.isdigit() else 0 for v in values]


def _trend_chart(table: Table, shown: list[tuple[str, list[str]]], threshold: int) -> Drawing:
    regular, _, _ = register_fonts()
    months = shown[:-1] if table.total_row else shown
    drawing = Drawing(WIDTH, 2.6 * inch, initialFontName=regular)  # else Helvetica is its starting font
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 45, 22, WIDTH - 55, drawing.height - 48
    chart.data = [_plotted([v[0] for _, v in months]), _plotted([v[1] for _, v in months])]
    chart.categoryAxis.categoryNames = _month_names([label for label, _ in months])
    chart.groupSpacing, chart.barSpacing = 4, 0.5
    _style_axes(chart, regular)
    chart.bars[0].fillColor, chart.bars[1].fillColor = ACCENT, SECOND
    drawing.add(chart)
    drawing.add(_legend([("Visits", ACCENT), ("Unique clients", SECOND)], regular, WIDTH - 190, drawing.height - 6))
    caption = _caption("Visits and unique clients by month", [v for _, values in months for v in values])
    drawing.add(String(0, drawing.height - 10, caption, fontName=regular, fontSize=9, fillColor=SUBTLE))
    return drawing


def _month_names(labels: list[str]) -> list[str]:
    """'Apr 26' under each bar group, or under every n-th when there are many months."""
    step = max(1, -(-len(labels) // 18))
    short = [f"{label[:3]} {label[-2:]}" for label in labels]
    return [name if index % step == 0 else "" for index, name in enumerate(short)]


def _style_axes(chart: BarChart, font: str) -> None:
    chart.valueAxis.valueMin = 0
    chart.valueAxis.rangeRound = "ceiling"  # a labelled gridline above the tallest bar
    chart.valueAxis.labels.fontName = chart.categoryAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = lambda value: f"{value:,.0f}"
    chart.valueAxis.gridStrokeColor, chart.valueAxis.visibleGrid = RULE, True
    chart.valueAxis.strokeColor = chart.categoryAxis.strokeColor = SUBTLE
    chart.bars.strokeColor = None


def _legend(items: list[tuple[str, Any]], font: str, x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y, legend.alignment = x, y, "right"
    legend.colorNamePairs = [(colour, name) for name, colour in items]
    legend.fontName, legend.fontSize = font, 8
    legend.columnMaximum, legend.deltax, legend.dx, legend.dy = 1, 110, 8, 8
    return legend


def _bar_chart(title: str, column: int) -> Callable[[Table, list[tuple[str, list[str]]], int], Drawing]:
    def draw(table: Table, shown: list[tuple[str, list[str]]], threshold: int) -> Drawing:
        regular, _, _ = register_fonts()
        rows = list(reversed(shown[:-1] if table.total_row else shown))  # first row at the top
        height = 0.2 * inch * max(1, len(rows)) + 46
        drawing = Drawing(WIDTH, height, initialFontName=regular)  # else Helvetica is its starting font
        chart = HorizontalBarChart()
        chart.x, chart.y, chart.width, chart.height = 1.55 * inch, 22, WIDTH - 1.55 * inch - 45, height - 40
        chart.data = [_plotted([values[column] for _, values in rows]) or [0]]
        chart.categoryAxis.categoryNames = [label for label, _ in rows] or [""]
        _style_axes(chart, regular)
        chart.bars[0].fillColor = ACCENT
        chart.barLabelFormat = "values"
        chart.barLabelArray = [[_pretty(values[column]) for _, values in rows] or [""]]
        chart.barLabels.fontName, chart.barLabels.fontSize = regular, 7
        chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
        drawing.add(chart)
        caption = _caption(title, [values[column] for _, values in rows])
        drawing.add(String(0, height - 10, caption, fontName=regular, fontSize=9, fillColor=SUBTLE))
        return drawing

    return draw


CHARTS: dict[str, Callable[[Table, list[tuple[str, list[str]]], int], Drawing]] = {
    "trend": _trend_chart,
    "services": _bar_chart("Visits that included each service", 0),
    "supplies": _bar_chart("Items given, by supply", 1),
}


# --- page numbers ---------------------------------------------------------------------------


def _numbered_canvas(footer: tuple[str, str]) -> type[Canvas]:
    """A canvas that holds every page until the end, so each footer can say "Page X of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_footer(self, footer, number, len(self._pages))
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_footer(pdf: Canvas, footer: tuple[str, str], number: int, pages: int) -> None:
    regular, _, _ = register_fonts()
    width = LETTER[0]
    pdf.saveState()
    pdf.setStrokeColor(RULE)
    pdf.setLineWidth(0.6)
    pdf.line(MARGIN, 0.62 * inch, width - MARGIN, 0.62 * inch)
    pdf.setFont(regular, 7.5)
    pdf.setFillColor(SUBTLE)
    pdf.drawString(MARGIN, 0.45 * inch, footer[0])
    if footer[1]:
        pdf.drawCentredString(width / 2, 0.3 * inch, footer[1])
    pdf.drawRightString(width - MARGIN, 0.45 * inch, f"Page {number} of {pages}")
    pdf.restoreState()


# --- CSV ------------------------------------------------------------------------------------

CSV_HEADER = ["section", "period_start", "period_end", "row", "column", "value"]


def csv_rows(figures: ReportFigures, threshold: int) -> list[list[str]]:
    """One line per printed cell, suppressed exactly as in the PDF, each cell spreadsheet-safe."""
    start, end = figures.period.start.isoformat(), figures.period.end.isoformat()
    lines = [CSV_HEADER]
    for table in figures.tables:
        for label, values in shown_table(figures, table):
            lines += [
                [table.title, start, end, label, column, value]
                for column, value in zip(table.columns, values, strict=True)
            ]
    return [[spreadsheet_safe(cell) for cell in line] for line in lines]


def write_csv(figures: ReportFigures, threshold: int, path_or_dir: str | Path) -> Path:
    """Write the CSV (a folder gets funder-report-START-to-END.csv); returns the file written."""
    target = Path(path_or_dir)
    if target.is_dir():
        period = figures.period
        target = target / f"funder-report-{period.start.isoformat()}-to-{period.end.isoformat()}.csv"
    # utf-8-sig: Excel on Windows reads Métis and Tk'emlúps correctly only with the byte-order mark
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(csv_rows(figures, threshold))
    return target
