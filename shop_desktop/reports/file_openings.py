"""The "who opened my file" sheet: every time a staff member opened one client's record, and when.

A letter page (or more) with the centre's name, the client (by code, or by alias if they asked for
the list themselves), the date, who printed it, and one line per opening.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from shop_desktop.core.desk.conflicts import OpeningsSheet
from shop_desktop.reports.fonts import BOLD, REGULAR, register_fonts

INK = colors.HexColor("#1f2b36")
SUBTLE = colors.HexColor("#5b6b78")
RULE = colors.HexColor("#b8c4cc")
TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, textColor=INK, spaceAfter=6)
BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14, textColor=INK)
SMALL = ParagraphStyle("small", fontName=REGULAR, fontSize=9, leading=12, textColor=SUBTLE)


def _when(iso: str) -> str:
    at = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    local = at.astimezone() if at.tzinfo else at
    return f"{local:%Y-%m-%d %H:%M}"


def build_openings_sheet(sheet: OpeningsSheet) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=letter,
        leftMargin=0.8 * inch,
        rightMargin=0.8 * inch,
        topMargin=0.8 * inch,
        bottomMargin=0.8 * inch,
        title="Who opened this file",
        initialFontName=REGULAR,  # else each page starts in Helvetica, which is listed and not embedded
        author=sheet.centre_name,
    )
    story: list[Any] = [
        Paragraph(f"{_escape(sheet.centre_name)}: who opened this file", TITLE),
        Paragraph(f"{_escape(sheet.client_label)} · printed {sheet.made_on} by {_escape(sheet.made_by)}", BODY),
        Spacer(1, 10),
    ]
    if not sheet.openings:
        story.append(Paragraph("No staff member has opened this record.", BODY))
    else:
        table = _openings_table(sheet)
        story.append(table)
    story += [
        Spacer(1, 12),
        Paragraph(
            f"{_count(len(sheet.openings))}, from the centre's audit trail, which cannot be changed without it showing."
            " Checking a client in at the front desk is not counted as opening their file.",
            SMALL,
        ),
    ]
    doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return buffer.getvalue()


def _openings_table(sheet: OpeningsSheet) -> Table:
    """One row per opening: when, who, what they opened."""
    rows = [["When", "Who", "What they opened"]] + [[_when(o.at), o.staff_name, o.what] for o in sheet.openings]
    table = Table(rows, colWidths=[1.6 * inch, 2.6 * inch, 2.6 * inch], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _page_number(canvas: Any, doc: Any) -> None:
    canvas.saveState()
    canvas.setFont(REGULAR, 8.5)
    canvas.setFillColor(SUBTLE)
    canvas.drawRightString(letter[0] - 0.8 * inch, 0.5 * inch, f"Page {doc.page}")
    canvas.restoreState()


def _count(openings: int) -> str:
    return f"{openings} opening" if openings == 1 else f"{openings} openings"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
