"""The monthly supply usage sheet: what a supply order to the health authority asks for.

One row per supply: on hand at the start of the month, received, handed out, wasted or expired,
what stock-takes found different, on hand at the end, the reorder level and a suggested order;
then the naloxone lots still on the shelf with their expiry dates. Counts of items only: no client,
no visit, nothing that names anyone. The same rows go to CSV for the order form's spreadsheet.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as PdfTable

from shop_desktop.core.csv_safe import spreadsheet_safe
from shop_desktop.core.safety.stock import UsageLine, UsageSheet
from shop_desktop.reports.fonts import register_fonts

PAGE = landscape(LETTER)
MARGIN = 0.55 * inch
WIDTH = PAGE[0] - 2 * MARGIN
INK = colors.HexColor("#1f2b36")
SUBTLE = colors.HexColor("#4a5a66")
RULE = colors.HexColor("#9aa8b2")
HEAD = colors.HexColor("#e8eef2")
COLUMNS = (
    "Supply",
    "On hand at start",
    "Received",
    "Handed out",
    "Wasted or expired",
    "Count change",
    "On hand at end",
    "Reorder level",
    "Suggested order",
)
NOT_COUNTED = "not counted"
HOW_ORDER = (
    "Suggested order = handed out this month + reorder level − on hand at the end (never below 0). "
    "Handed out counts the front desk and outreach together; visits and shifts voided as mistakes are left out. "
    "Count change is what stock-takes found more (+) or fewer (−) than expected. "
    "A supply marked “not counted” has had no stock-take yet: count the shelf in Stock to start."
)


def line_cells(line: UsageLine) -> list[str]:
    """One supply's row as printed (and in the CSV)."""

    def shown(value: int | None) -> str:
        return NOT_COUNTED if value is None else f"{value:,}"

    move = line.movement
    adjusted = "" if line.opening is None else f"{move.adjusted:+,}" if move.adjusted else "0"
    counted = line.opening is not None
    return [
        line.name,
        shown(line.opening),
        f"{move.received:,}" if counted else "",
        f"{move.handed_out:,}",
        f"{move.wasted:,}" if counted else "",
        adjusted,
        shown(line.closing),
        f"{line.reorder_level:,}" if line.reorder_level else "",
        "" if line.to_order is None else f"{line.to_order:,}",
    ]


def build_usage_sheet_pdf(sheet: UsageSheet) -> bytes:
    regular, bold, _ = register_fonts()
    styles = _styles(regular, bold)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=0.5 * inch,
        bottomMargin=0.7 * inch,
        title=f"Supply usage: {sheet.centre_name}, {sheet.label}",
        author=sheet.centre_name,
        subject="Monthly supply usage and order",
        creator="SHOP Desktop",
        initialFontName=regular,
    )
    where = f" · {sheet.centre_address}" if sheet.centre_address else ""
    story: list[Flowable] = [
        Paragraph(f"Supply usage and order: {sheet.label}", styles["title"]),
        Paragraph(_escape(f"{sheet.centre_name}{where}"), styles["centre"]),
        Paragraph(f"{sheet.first.isoformat()} to {sheet.last.isoformat()}", styles["small"]),
        Spacer(1, 8),
        _usage_table(sheet, styles, regular, bold),
        Spacer(1, 6),
        Paragraph(_escape(HOW_ORDER), styles["small"]),
    ]
    story += _lots(sheet, styles, regular, bold)
    footer = _footer(sheet, regular)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("cell", fontName=regular, fontSize=10, leading=12.5, textColor=INK)
    return {
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=20, leading=25),
        "centre": ParagraphStyle("centre", base, fontName=bold, fontSize=12, leading=16),
        "heading": ParagraphStyle("heading", base, fontName=bold, fontSize=13, leading=17, spaceBefore=10),
        "small": ParagraphStyle("small", base, fontSize=9, leading=11.5, textColor=SUBTLE),
        "head": ParagraphStyle("head", base, fontName=bold, fontSize=9.5, leading=11.5),
        "cell": base,
    }


def _grid_style(regular: str, bold: str, rows: int, numbers_from: int = 1) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), regular),
            ("FONTNAME", (0, 0), (-1, 0), bold),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD),
            ("LINEBELOW", (0, 0), (-1, 0), 1, RULE),
            ("LINEBELOW", (0, 1), (-1, rows - 1), 0.3, RULE),
            ("ALIGN", (numbers_from, 1), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )


def _usage_table(sheet: UsageSheet, styles: dict[str, ParagraphStyle], regular: str, bold: str) -> PdfTable:
    head = [Paragraph(c, styles["head"]) for c in COLUMNS]
    body = [[Paragraph(_escape(line.name), styles["cell"]), *line_cells(line)[1:]] for line in sheet.lines]
    first = 2.1 * inch
    table = PdfTable([head, *body], colWidths=[first] + [(WIDTH - first) / 8] * 8, repeatRows=1)
    table.setStyle(_grid_style(regular, bold, len(body) + 1))
    return table


def _lots(sheet: UsageSheet, styles: dict[str, ParagraphStyle], regular: str, bold: str) -> list[Flowable]:
    if not sheet.lots:
        return []
    rows = [["Supply", "Lot", "Expires", "On hand (oldest given out first)"]]
    rows += [[lot.name, lot.lot or "—", lot.expires_on.isoformat(), f"{lot.left:,}"] for lot in sheet.lots]
    table = PdfTable(rows, colWidths=[2.4 * inch, 1.6 * inch, 1.3 * inch, 2.4 * inch], repeatRows=1, hAlign="LEFT")
    table.setStyle(_grid_style(regular, bold, len(rows), numbers_from=3))
    return [Paragraph("Lots on hand, soonest to expire first", styles["heading"]), Spacer(1, 4), table]


def _footer(sheet: UsageSheet, regular: str) -> Any:
    text = f"Made {sheet.made_on.isoformat()} by {sheet.made_by} with SHOP Desktop"

    def draw(pdf: Canvas, _doc: Any) -> None:
        pdf.saveState()
        pdf.setStrokeColor(RULE)
        pdf.line(MARGIN, 0.5 * inch, PAGE[0] - MARGIN, 0.5 * inch)
        pdf.setFont(regular, 9)
        pdf.setFillColor(SUBTLE)
        pdf.drawString(MARGIN, 0.32 * inch, text)
        pdf.drawRightString(PAGE[0] - MARGIN, 0.32 * inch, f"Page {pdf.getPageNumber()}")
        pdf.restoreState()

    return draw


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def usage_sheet_csv(sheet: UsageSheet) -> str:
    """The same rows, with the month in each line (ISO dates), for a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Month start", "Month end", *COLUMNS])
    for line in sheet.lines:
        cells = [c.replace(",", "") if c != NOT_COUNTED else c for c in line_cells(line)]
        writer.writerow([sheet.first.isoformat(), sheet.last.isoformat(), *map(spreadsheet_safe, cells)])
    return out.getvalue()
