"""The one-page recovery key sheet kept in the office safe."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from shop_desktop.reports.fonts import register_fonts

WARNING = (
    "This key opens the SHOP Desktop vault if every passphrase is forgotten. Anyone holding it can "
    "read every record, including counselling notes. Keep it locked in the office safe. Do not "
    "photograph it, email it or store it on a computer."
)
INK = colors.HexColor("#1f2b36")
ACCENT = colors.HexColor("#2f6f8f")
SUBTLE = colors.HexColor("#5b6b78")


def build_recovery_sheet(
    target: str | Path | BinaryIO,
    *,
    centre_name: str,
    recovery_key: str,
    vault_id: str,
    created_at: datetime,
    created_by: str,
) -> None:
    """Write a one-page letter-size PDF with the recovery key printed large and plain instructions."""
    regular, bold, mono = register_fonts()
    # initialFontName: else reportlab's Helvetica lands in the page's resources
    pdf = Canvas(target if not isinstance(target, Path) else str(target), pagesize=LETTER, initialFontName=regular)
    pdf.setTitle("SHOP Desktop recovery key")
    pdf.setAuthor(centre_name)
    width, height = LETTER
    left, top = 0.9 * inch, height - 0.9 * inch
    _heading(pdf, left, top, centre_name, regular, bold)
    y = _key_box(pdf, left, top - 1.45 * inch, width - 2 * left, recovery_key, mono, regular)
    y = _paragraph(pdf, left, y - 0.45 * inch, width - 2 * left, WARNING, regular, 12)
    y = _facts(pdf, left, y - 0.3 * inch, regular, bold, created_at, created_by, vault_id)
    _storage_box(pdf, left, y - 0.4 * inch, width - 2 * left, regular, bold)
    pdf.setFont(regular, 8.5)
    pdf.setFillColor(SUBTLE)
    pdf.drawCentredString(
        width / 2, 0.6 * inch, "SHOP Desktop recovery sheet · one page · keep the original, make no copies"
    )
    pdf.showPage()
    pdf.save()


def _heading(pdf: Canvas, x: float, y: float, centre: str, regular: str, bold: str) -> None:
    pdf.setFillColor(ACCENT)
    pdf.setFont(bold, 26)
    pdf.drawString(x, y, "Recovery key")
    pdf.setFillColor(INK)
    pdf.setFont(regular, 14)
    pdf.drawString(x, y - 0.38 * inch, centre)
    pdf.setStrokeColor(ACCENT)
    pdf.setLineWidth(2)
    pdf.line(x, y - 0.58 * inch, LETTER[0] - x, y - 0.58 * inch)


def _key_box(pdf: Canvas, x: float, y: float, width: float, key: str, mono: str, regular: str) -> float:
    """The groups in rows of four, large, in a box; returns the y below the box."""
    groups = key.split("-")
    rows = [groups[i : i + 4] for i in range(0, len(groups), 4)]
    line_height = 0.52 * inch
    box_height = line_height * len(rows) + 0.5 * inch
    pdf.setStrokeColor(INK)
    pdf.setLineWidth(1.5)
    pdf.setDash(6, 4)
    pdf.roundRect(x, y - box_height, width, box_height, 8)
    pdf.setDash()
    pdf.setFillColor(INK)
    pdf.setFont(mono, 26)
    full_row = "  ".join(rows[0])
    start = x + (width - pdf.stringWidth(full_row, mono, 26)) / 2  # a short last row stays in the grid
    for index, row in enumerate(rows):
        pdf.drawString(start, y - 0.55 * inch - index * line_height, "  ".join(row))
    pdf.setFont(regular, 9.5)
    pdf.setFillColor(SUBTLE)
    pdf.drawCentredString(
        x + width / 2,
        y - box_height + 0.14 * inch,
        "Type it back in any case, with or without dashes. A typo is caught by its checksum.",
    )
    return y - box_height


def _paragraph(pdf: Canvas, x: float, y: float, width: float, text: str, font: str, size: float) -> float:
    from reportlab.lib.utils import simpleSplit

    pdf.setFont(font, size)
    pdf.setFillColor(INK)
    for line in simpleSplit(text, font, size, width):
        pdf.drawString(x, y, line)
        y -= size * 1.45
    return y


def _facts(
    pdf: Canvas, x: float, y: float, regular: str, bold: str, created_at: datetime, created_by: str, vault_id: str
) -> float:
    facts = [
        ("Made on", created_at.strftime("%Y-%m-%d %H:%M")),
        ("Made by", created_by),
        ("Vault", " ".join(vault_id[i : i + 4] for i in range(0, min(len(vault_id), 16), 4))),
        ("Use it", "At the sign-in window choose \u201cUse recovery key\u2026\u201d, then set new passphrases."),
    ]
    for label, value in facts:
        pdf.setFont(bold, 11)
        pdf.setFillColor(INK)
        pdf.drawString(x, y, label)
        pdf.setFont(regular, 11)
        pdf.drawString(x + 1.0 * inch, y, value)
        y -= 0.3 * inch
    return y


def _storage_box(pdf: Canvas, x: float, y: float, width: float, regular: str, bold: str) -> None:
    height = 1.35 * inch
    pdf.setStrokeColor(SUBTLE)
    pdf.setLineWidth(1)
    pdf.rect(x, y - height, width, height)
    pdf.setFont(bold, 11)
    pdf.setFillColor(INK)
    pdf.drawString(x + 0.15 * inch, y - 0.3 * inch, "Where this sheet is kept")
    pdf.setFont(regular, 11)
    for index, label in enumerate(("Stored in:", "By:", "Date:")):
        line_y = y - 0.65 * inch - index * 0.28 * inch
        pdf.drawString(x + 0.15 * inch, line_y, label)
        pdf.line(x + 1.1 * inch, line_y - 2, x + width - 0.2 * inch, line_y - 2)
