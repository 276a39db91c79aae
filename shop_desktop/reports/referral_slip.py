"""The referral slip a client carries to a partner agency: half a letter page, large clear type.

Landscape 8.5 x 5.5 in, so it prints at full size on the top half of a letter sheet on any
printer (or on half-letter paper). Only what the receiving agency needs is on it. Long text
first makes the type a little smaller; if it still does not fit at a size that reads well,
the slip goes on over a second half page rather than print anything too small.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from shop_desktop.core.care.referrals import ReferralSlip
from shop_desktop.reports.fonts import BOLD, REGULAR, register_fonts

PAGE = (8.5 * inch, 5.5 * inch)
MARGIN = 0.45 * inch
HEADER = 0.62 * inch
WIDTH = PAGE[0] - 2 * MARGIN - 12  # inside the frame's own 6 pt padding on each side
FRAME_HEIGHT = PAGE[1] - 2 * MARGIN - HEADER - 12
INK = colors.HexColor("#1f2b36")
ACCENT = colors.HexColor("#2f6f8f")
SUBTLE = colors.HexColor("#5b6b78")
RULE = colors.HexColor("#b8c4cc")
SCALES = (1.0, 0.93, 0.86, 0.8, 0.75)  # 0.75 keeps the reason at 10.5 pt, the smallest that reads at arm's length
INITIALS = 1.3 * inch
_PLAIN = [("FONTNAME", (0, 0), (-1, -1), REGULAR)]  # a table sets its cell font, Helvetica unless told


def slip_date(iso_day: str) -> str:
    day = date.fromisoformat(iso_day)
    return f"{day:%B} {day.day}, {day.year}"


def build_referral_slip(slip: ReferralSlip) -> bytes:
    """PDF bytes of one slip (the caller prints them or writes them where the user chose)."""
    register_fonts()
    for scale in SCALES:
        pdf, pages = _build(slip, scale)
        if pages == 1:
            break
    return pdf


def _build(slip: ReferralSlip, scale: float) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER,
        bottomMargin=MARGIN,
        title=f"Referral {slip.number}",
        author=slip.centre_name,
        subject="Referral slip",
        creator="SHOP Desktop",
        initialFontName=REGULAR,  # else reportlab's Helvetica lands in the page resources
    )
    styles = _styles(scale)
    story = _agency_and_centre(slip, styles) + _client_and_reason(slip, styles)
    consent = _consent(slip, styles)
    doc.build([*story, _room_left(story, consent), consent], onFirstPage=_header(slip), onLaterPages=_header(slip))
    return buffer.getvalue(), doc.page


def _room_left(story: list[Flowable], consent: Table) -> Spacer:
    """Space that puts the consent box at the foot of the page, where a form's signature goes."""
    used = sum(f.wrap(WIDTH, FRAME_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
    left = FRAME_HEIGHT - used - consent.wrap(WIDTH, FRAME_HEIGHT)[1] - 8  # a little slack for rounding
    return Spacer(1, max(0.0, left))


def _styles(scale: float) -> dict[str, ParagraphStyle]:
    def style(name: str, size: float, *, bold: bool = False, color: Any = INK, **more: Any) -> ParagraphStyle:
        more.setdefault("leading", size * 1.27)
        return ParagraphStyle(name, fontName=BOLD if bold else REGULAR, fontSize=size, textColor=color, **more)

    return {
        "label": style("label", 8.5, bold=True, color=SUBTLE, spaceBefore=5),
        "agency": style("agency", 19 * scale, bold=True),
        "detail": style("detail", 13.5 * scale),
        "centre": style("centre", 13.5 * scale, bold=True),
        "small": style("small", 11.5 * scale),
        "client": style("client", 19 * scale, bold=True),
        "reason": style("reason", 14 * scale),
        "consent": style("consent", 11, leading=13.5),
        "initials": style("initials", 9, color=SUBTLE, alignment=TA_CENTER),
    }


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(_escape(text), style)


def _header(slip: ReferralSlip) -> Any:
    """Title, number and date at the top of each page, above a rule."""

    def draw(pdf: Canvas, doc: Any) -> None:
        top, left, right = PAGE[1] - MARGIN, MARGIN + 6, PAGE[0] - MARGIN - 6
        pdf.saveState()
        pdf.setFillColor(ACCENT)
        pdf.setFont(BOLD, 24)
        pdf.drawString(left, top - 22, "Referral" if doc.page == 1 else "Referral (continued)")
        pdf.setFillColor(INK)
        pdf.setFont(BOLD, 16)
        pdf.drawRightString(right, top - 14, slip.number)
        pdf.setFont(REGULAR, 12.5)
        pdf.drawRightString(right, top - 31, slip_date(slip.referred_on))
        pdf.setStrokeColor(ACCENT)
        pdf.setLineWidth(2)
        pdf.line(left, top - 38, right, top - 38)
        pdf.restoreState()

    return draw


def _agency_and_centre(slip: ReferralSlip, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    agency = [_para("PLEASE SEE", styles["label"]), _para(slip.agency_name, styles["agency"])]
    agency += [
        _para(text, styles["detail"])
        for text in (
            slip.agency_address,
            f"Phone: {slip.agency_phone}" if slip.agency_phone else "",
            f"Hours: {slip.agency_hours}" if slip.agency_hours else "",
        )
        if text
    ]
    centre = [_para("REFERRED BY", styles["label"]), _para(slip.centre_name, styles["centre"])]
    centre += [
        _para(text, styles["small"])
        for text in (
            slip.centre_address,
            f"Phone: {slip.centre_phone}" if slip.centre_phone else "",
            f"Staff: {slip.staff_first_name}",
        )
        if text
    ]
    table = Table([[agency, centre]], colWidths=[WIDTH * 0.6, WIDTH * 0.4])
    table.setStyle(
        TableStyle(
            [
                *_PLAIN,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 14),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    if table.wrap(WIDTH, PAGE[1])[1] > FRAME_HEIGHT * 0.6:
        return agency + centre  # one under the other, so a very long address can go on to the next page
    return [table]


def _client_and_reason(slip: ReferralSlip, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [
        Spacer(1, 4),
        _para("FOR (NAME GIVEN)" if slip.shows_alias else "FOR (CLIENT CODE)", styles["label"]),
        _para(slip.client_label, styles["client"]),
        _para("REASON FOR REFERRAL", styles["label"]),
        _para(slip.reason, styles["reason"]),
    ]
    if slip.services_requested:
        story += [_para("SERVICES REQUESTED", styles["label"]), _para(slip.services_requested, styles["reason"])]
    return story


def _consent(slip: ReferralSlip, styles: dict[str, ParagraphStyle]) -> Table:
    """The wording read to the client, in a box, with a square for their initials."""
    wording = [_para("CONSENT READ TO THE CLIENT", styles["label"]), _para(slip.consent_wording, styles["consent"])]
    initials = Table(
        [[_para("Client's initials", styles["initials"])], [Spacer(1, 1)]],
        colWidths=[INITIALS - 22],
        rowHeights=[16, 0.5 * inch],
    )
    initials.setStyle(
        TableStyle(
            [
                *_PLAIN,
                ("BOX", (0, 1), (0, 1), 1.2, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    table = Table([[wording, initials]], colWidths=[WIDTH - INITIALS, INITIALS])
    table.setStyle(
        TableStyle(
            [
                *_PLAIN,
                ("BOX", (0, 0), (-1, -1), 1, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 10),
                ("RIGHTPADDING", (0, 0), (0, 0), 12),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table
