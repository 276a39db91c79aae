"""The aggressor alert sheet: current bad-date reports for the wall and for partner agencies.

Large type, readable from a step away; one block per alert with what happened, what he looks like,
the vehicle and the contact details he used. It is built from `alerts.AlertSheet`, which holds no
reporter, no client and no staff name, and nothing here adds any. The same fields go to CSV for a
partner agency's own list.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as PdfTable

from shop_desktop.core.csv_safe import spreadsheet_safe
from shop_desktop.core.safety.alerts import (
    CONTACT_METHODS,
    Alert,
    AlertDetails,
    AlertSheet,
    contact_text,
    description_text,
    harms_text,
    vehicle_text,
    when_where,
)
from shop_desktop.reports.fonts import register_fonts

INK = colors.HexColor("#1f2b36")
DANGER = colors.HexColor("#b3261e")
SUBTLE = colors.HexColor("#4a5a66")
RULE = colors.HexColor("#9aa8b2")
TINT = colors.HexColor("#fbeceb")
MARGIN = 0.6 * inch
WIDTH = LETTER[0] - 2 * MARGIN
LABEL_WIDTH = 1.6 * inch
STORY_LIMIT = 700  # longer accounts are cut on the wall; the full one is in the app
_PLAIN = ("FONTNAME", (0, 0), (-1, -1), register_fonts()[0])  # a table cell's font is Helvetica unless told
ADVICE = (
    "Trust your instincts: not being on this sheet does not mean someone is safe. "
    "Tell staff about a bad date. Your name is never kept on an alert."
)


def build_alert_sheet_pdf(sheet: AlertSheet) -> bytes:
    """Letter-size PDF bytes: a heading, then one block per current alert, newest first."""
    styles = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=0.55 * inch,
        bottomMargin=0.75 * inch,
        title=f"Aggressor alert: {sheet.centre_name}, {sheet.made_on.isoformat()}",
        author=sheet.centre_name,
        subject="Aggressor alert (bad date sheet)",
        creator="SHOP Desktop",
        initialFontName=register_fonts()[0],  # else reportlab's Helvetica lands in every page's resources
    )
    story = _heading(sheet, styles)
    story += [_alert_block(alert, styles) for alert in sheet.alerts] or [
        Paragraph(f"No alerts in the last {sheet.days} days.", styles["value"])
    ]
    footer = _footer(sheet)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold, _ = register_fonts()
    base = ParagraphStyle("value", fontName=regular, fontSize=13.5, leading=17, textColor=INK)
    return {
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=32, leading=38, textColor=DANGER),
        "centre": ParagraphStyle("centre", base, fontName=bold, fontSize=15, leading=20),
        "advice": ParagraphStyle("advice", base, fontSize=13, leading=17),
        "ref": ParagraphStyle("ref", base, fontName=bold, fontSize=16, leading=21, textColor=DANGER),
        "when": ParagraphStyle("when", base, fontName=bold, fontSize=13.5, leading=18),
        "label": ParagraphStyle("label", base, fontName=bold, fontSize=12, leading=17, textColor=SUBTLE),
        "value": base,
    }


def _heading(sheet: AlertSheet, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    count = len(sheet.alerts)
    period = (
        f"{count} alert{'s' if count != 1 else ''} from the last {sheet.days} days · printed {sheet.made_on:%d %B %Y}"
    )
    box = PdfTable([[Paragraph(_escape(ADVICE), styles["advice"])]], colWidths=[WIDTH])
    box.setStyle(
        TableStyle(
            [
                _PLAIN,
                ("BOX", (0, 0), (-1, -1), 1.2, DANGER),
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return [
        Paragraph("Aggressor alert: bad dates", styles["title"]),
        Paragraph(_escape(f"{sheet.centre_name} · {period}"), styles["centre"]),
        Spacer(1, 8),
        box,
        Spacer(1, 10),
    ]


def _alert_block(alert: Alert, styles: dict[str, ParagraphStyle]) -> Flowable:
    d = alert.details
    story = d.narrative if len(d.narrative) <= STORY_LIMIT else d.narrative[:STORY_LIMIT].rsplit(" ", 1)[0] + " …"
    table = _details_table(d, story, styles)
    rule = PdfTable([[""]], colWidths=[WIDTH], rowHeights=[4])
    rule.setStyle(TableStyle([_PLAIN, ("LINEABOVE", (0, 0), (-1, -1), 1.5, RULE)]))
    top = f"{alert.reference}  ·  {_escape(harms_text(d))}"
    return KeepTogether(
        [
            rule,
            Paragraph(top, styles["ref"]),
            Paragraph(_escape(when_where(d)), styles["when"]),
            Spacer(1, 2),
            table,
            Spacer(1, 6),
        ]
    )


def _details_table(d: AlertDetails, story: str, styles: dict[str, ParagraphStyle]) -> PdfTable:
    """The alert's labelled lines (looks like, vehicle, contact, what happened), empty ones left out."""
    rows = [
        (label, text)
        for label, text in (
            ("Looks like", description_text(d)),
            ("Vehicle", vehicle_text(d)),
            ("Contact used", contact_text(d)),
            ("What happened", story),
        )
        if text
    ]
    table = PdfTable(
        [[Paragraph(label, styles["label"]), Paragraph(_escape(text), styles["value"])] for label, text in rows]
        or [["", ""]],
        colWidths=[LABEL_WIDTH, WIDTH - LABEL_WIDTH],
    )
    table.setStyle(
        TableStyle(
            [
                _PLAIN,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _footer(sheet: AlertSheet) -> Any:
    regular, _, _ = register_fonts()
    phone = f" · to report a bad date call {sheet.centre_phone}" if sheet.centre_phone else ""
    text = f"{sheet.centre_name}{phone}"

    def draw(pdf: Canvas, _doc: Any) -> None:
        pdf.saveState()
        pdf.setStrokeColor(RULE)
        pdf.line(MARGIN, 0.6 * inch, LETTER[0] - MARGIN, 0.6 * inch)
        pdf.setFont(regular, 10)
        pdf.setFillColor(SUBTLE)
        pdf.drawString(MARGIN, 0.4 * inch, text)
        pdf.drawRightString(LETTER[0] - MARGIN, 0.4 * inch, f"Page {pdf.getPageNumber()}")
        pdf.restoreState()

    return draw


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


# --- CSV ------------------------------------------------------------------------------------

CSV_HEADER = (
    "Reference",
    "Date",
    "Time",
    "Area or location",
    "Contact made by",
    "What happened",
    "Description",
    "Vehicle",
    "Contact details used",
    "Account",
)


def sheet_rows(sheet: AlertSheet) -> list[tuple[str, ...]]:
    """The sheet's alerts as CSV rows (the same fields as the printed sheet, the full account)."""
    rows = []
    for alert in sheet.alerts:
        d = alert.details
        how = CONTACT_METHODS[d.contact_method] + (f" ({d.contact_where})" if d.contact_where else "")
        rows.append(
            tuple(
                spreadsheet_safe(v)
                for v in (
                    alert.reference,
                    d.occurred_on,
                    d.occurred_time or "",
                    d.location or "",
                    how,
                    harms_text(d),
                    description_text(d),
                    vehicle_text(d),
                    contact_text(d),
                    d.narrative,
                )
            )
        )
    return rows


def write_sheet_csv(sheet: AlertSheet, path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_HEADER)
        writer.writerows(sheet_rows(sheet))
