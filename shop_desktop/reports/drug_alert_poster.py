"""A one-page poster of a community drug alert, in type large enough to read across the room.

It holds the alert as posted (substance, what is different, where, who said so, the dates) and the
centre's name: text meant for the people who come in, nothing about anyone. Long text shrinks to
stay on one page rather than spill onto a second.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as PdfTable

from shop_desktop.core.safety.drug_alerts import DrugAlertPoster
from shop_desktop.reports.fonts import register_fonts

MARGIN = 0.7 * inch
WIDTH = LETTER[0] - 2 * MARGIN
HEIGHT = LETTER[1] - 2 * MARGIN
INK = colors.HexColor("#1f2b36")
BAND = colors.HexColor("#7a4b00")  # a deep amber: heard across the room without shouting
TINT = colors.HexColor("#fdf3e1")
SUBTLE = colors.HexColor("#4a5a66")
SAFER_USE = (
    "Don't use alone, or use where someone can respond. Try a small amount first and go slow. "
    "Carry naloxone and know how to use it. Get your drugs checked. Call 911 for an overdose."
)


def build_drug_alert_poster_pdf(poster: DrugAlertPoster) -> bytes:
    regular, bold, _ = register_fonts()
    styles = _styles(regular, bold)
    alert = poster.alert
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"Drug alert: {alert.substance}",
        author=poster.centre_name,
        subject="Drug alert",
        creator="SHOP Desktop",
        initialFontName=regular,
    )
    parts = _poster_parts(poster, styles)
    doc.build([KeepInFrame(WIDTH, HEIGHT, parts, mode="shrink")])
    return buffer.getvalue()


def _poster_parts(poster: DrugAlertPoster, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The poster top to bottom: the band, the substance, what is different, where, from whom, advice."""
    alert = poster.alert
    parts: list[Flowable] = [
        _band(styles),
        Spacer(1, 18),
        Paragraph(_escape(alert.substance), styles["substance"]),
        Spacer(1, 10),
        Paragraph(_escape(alert.what_is_different), styles["different"]),
    ]
    if alert.where_seen:
        parts += [Spacer(1, 14), Paragraph("Where: " + _escape(alert.where_seen), styles["where"])]
    parts += [
        Spacer(1, 14),
        Paragraph(
            f"From: {_escape(alert.source_label)} · issued {alert.issued_on:%B} {alert.issued_on.day}, "
            f"{alert.issued_on.year} · until {alert.expires_on:%B} {alert.expires_on.day}",
            styles["from"],
        ),
        Spacer(1, 22),
        Paragraph(_escape(SAFER_USE), styles["advice"]),
        Spacer(1, 16),
        Paragraph(_escape(f"{poster.centre_name} · ask staff for naloxone and drug checking"), styles["centre"]),
    ]
    return parts


def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=regular, fontSize=24, leading=30, textColor=INK)
    return {
        "band": ParagraphStyle("band", base, fontName=bold, fontSize=54, leading=62, textColor=colors.white),
        "substance": ParagraphStyle("substance", base, fontName=bold, fontSize=44, leading=52),
        "different": ParagraphStyle("different", base, fontSize=30, leading=38),
        "where": ParagraphStyle("where", base, fontName=bold, fontSize=26, leading=32),
        "from": ParagraphStyle("from", base, fontSize=16, leading=21, textColor=SUBTLE),
        "advice": ParagraphStyle("advice", base, fontSize=18, leading=24),
        "centre": ParagraphStyle("centre", base, fontName=bold, fontSize=16, leading=21),
    }


def _band(styles: dict[str, ParagraphStyle]) -> PdfTable:
    band = PdfTable([[Paragraph("DRUG ALERT", styles["band"])]], colWidths=[WIDTH])
    band.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()[1]),
                ("LEFTPADDING", (0, 0), (-1, -1), 16),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 16),
            ]
        )
    )
    return band


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
