"""A person's own record, given in answer to their access request: plain words, readable, complete.

Letter pages with the centre's name and the date on every page; a short "how to read this"; one
section per part of the record; every severed place marked in the text and listed at the end with
its ground under PIPA. Made in memory: the caller writes it where the coordinator chose, or prints it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from shop_desktop.core.errors import Cancelled
from shop_desktop.core.records.access_request_output import AccessRecord, RecordEntry, RecordSection
from shop_desktop.reports.fonts import BOLD, REGULAR, register_fonts

INK = colors.HexColor("#1f2b36")
SUBTLE = colors.HexColor("#5b6b78")
RULE = colors.HexColor("#c9d3da")
SEVERED_BACK = "#e3e8ec"
TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=18, leading=23, textColor=INK, spaceAfter=4)
HEADING = ParagraphStyle(
    "heading", fontName=BOLD, fontSize=13.5, leading=18, textColor=INK, spaceBefore=14, spaceAfter=2
)
ENTRY = ParagraphStyle("entry", fontName=BOLD, fontSize=10.5, leading=14, textColor=INK, spaceBefore=6)
BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14.5, textColor=INK)
LABEL = ParagraphStyle("label", fontName=REGULAR, fontSize=9.5, leading=13.5, textColor=SUBTLE)
SMALL = ParagraphStyle("small", fontName=REGULAR, fontSize=9, leading=12, textColor=SUBTLE)
INTRO = ParagraphStyle("intro", parent=SMALL, keepWithNext=1)  # a heading never ends a page alone
COMPACT_TITLE = ParagraphStyle("compact", parent=BODY, fontName=BOLD, fontSize=10)
LONG = ParagraphStyle("long", parent=BODY, leftIndent=1.7 * inch, spaceAfter=4)
LONG_TEXT = 600  # characters: longer text is printed as paragraphs that may break across pages
NO_BREAK = "\u00a0"
MARK = re.compile(r"\[severed: s\. [^\]]+\]")
PAGE_WIDTH = letter[0] - 1.6 * inch


Report = Callable[[float, str], None]


def build_access_record(
    record: AccessRecord, report: Report | None = None, cancelled: Callable[[], bool] = lambda: False
) -> bytes:
    """The PDF in memory. A long record takes seconds (about 8 pages a second here), so the screen
    runs this on a worker with progress (`report`) and Cancel (`cancelled`)."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=letter,
        leftMargin=0.8 * inch,
        rightMargin=0.8 * inch,
        topMargin=0.8 * inch,
        bottomMargin=0.8 * inch,
        title="Your record",
        author=record.centre_name,
        initialFontName=REGULAR,  # else each page starts in Helvetica, which is listed and not embedded
    )
    story: list[Any] = _opening(record)
    for section in record.sections:
        story += _section(section)
    story += _severed_list(record)
    footer = f"{record.centre_name} · your record, made {record.made_on}"

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(SUBTLE)
        canvas.drawString(0.8 * inch, 0.5 * inch, footer)
        canvas.drawRightString(letter[0] - 0.8 * inch, 0.5 * inch, f"Page {doc.page}")
        canvas.restoreState()

    doc.setProgressCallBack(_progress(report, cancelled))
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return buffer.getvalue()


def _progress(report: Report | None, cancelled: Callable[[], bool]) -> Callable[[str, int], None]:
    size = {"total": 1}

    def step(kind: str, value: int) -> None:
        if cancelled():
            raise Cancelled("The record was not made.")
        if kind == "SIZE_EST":
            size["total"] = max(1, value)
        elif kind == "PROGRESS" and report is not None:
            report(min(1.0, value / size["total"]), "Laying out the pages…")

    return step


def _opening(record: AccessRecord) -> list[Any]:
    address = f"<br/>{_escape(record.centre_address)}" if record.centre_address else ""
    return [
        Paragraph(_escape(record.centre_name) + address, LABEL),
        Spacer(1, 6),
        Paragraph("Your record", TITLE),
        Paragraph(
            f"For {_escape(record.client)}. Made on {record.made_on} by {_escape(record.made_by)}, in answer to "
            f"the request for your record we received on {record.request_received}.",
            BODY,
        ),
        Spacer(1, 8),
        Paragraph(
            "This is everything the centre keeps about you, part by part. Where a few words would tell you "
            "something about another person (their name, their code, who they are), those words are taken out "
            f"and marked {_severed('[severed: s. 23(4)(c)]')}: the law (British Columbia's Personal Information "
            "Protection Act, section 23) says we must. The last page lists each place and the reason. "
            "If something here is wrong or missing, tell us: we will add your correction to your record.",
            BODY,
        ),
    ]


def _section(section: RecordSection) -> list[Any]:
    """The heading travels with the first entry, so it never ends a page alone. Runs of one-line
    entries (visits, programs, openings) print as one compact list: 1,500 visits fill 40 pages, not 90."""
    heading = [
        CondPageBreak(1.3 * inch),
        Paragraph(_escape(section.title), HEADING),
        Paragraph(_escape(section.intro), INTRO),
    ]
    if not section.entries:
        return [KeepTogether([*heading, Paragraph("Nothing is recorded here.", BODY)])]
    groups: list[tuple[list[Any], bool]] = []
    run: list[RecordEntry] = []
    for entry in section.entries:
        if _one_line(entry):
            run.append(entry)
            continue
        if run:
            groups.append(([_compact(run)], True))
            run = []
        groups.append(_entry(entry))
    if run:
        groups.append(([_compact(run)], True))
    parts: list[Any] = []
    for index, (flowables, breaks) in enumerate(groups):
        if index == 0:
            flowables = heading + flowables
        parts += flowables if breaks else [KeepTogether(flowables)]
    return parts


def _one_line(entry: RecordEntry) -> bool:
    return len(entry.fields) <= 1 and all(len(value) <= 90 for _, value in entry.fields)


def _compact(entries: list[RecordEntry]) -> Table:
    rows = [
        [
            Paragraph(_escape(entry.title), COMPACT_TITLE),
            Paragraph(" · ".join(f"{_escape(label)}: {_text(value)}" for label, value in entry.fields), BODY),
        ]
        for entry in entries
    ]
    table = Table(rows, colWidths=[2.6 * inch, PAGE_WIDTH - 2.6 * inch])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ]
        )
    )
    return table


def _entry(entry: RecordEntry) -> tuple[list[Any], bool]:
    """The entry's title and fields, and whether it may break across pages (a long note may).

    Short fields sit in a label | value table; a long text goes below its label as paragraphs, since
    a table cell cannot continue on the next page."""
    parts: list[Any] = [Paragraph(_escape(entry.title), ENTRY)]
    short: list[tuple[str, str]] = []
    for label, value in entry.fields:
        if len(value) <= LONG_TEXT:
            short.append((label, value))
            continue
        if short:
            parts.append(_fields_table(short))
            short = []
        parts.append(Paragraph(_escape(label), LABEL))
        parts += [Paragraph(_text(piece), LONG) for piece in value.split("\n\n") if piece.strip()]
    if short:
        parts.append(_fields_table(short))
    return parts, any(len(v) > LONG_TEXT for _, v in entry.fields)


def _fields_table(fields: list[tuple[str, str]]) -> Table:
    rows = [[Paragraph(_escape(label), LABEL), Paragraph(_text(value), BODY)] for label, value in fields]
    table = Table(rows, colWidths=[1.7 * inch, PAGE_WIDTH - 1.7 * inch])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else an empty cell lists Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, -1), (-1, -1), 0.3, RULE),
            ]
        )
    )
    return table


def _severed_list(record: AccessRecord) -> list[Any]:
    parts: list[Any] = [CondPageBreak(1.6 * inch), Paragraph("Where something was taken out, and why", HEADING)]
    if not record.severed:
        return [*parts, Paragraph("Nothing was taken out of your record.", BODY)]
    rows = [[Paragraph(w, ENTRY) for w in ("Part of your record", "Where", "How many", "Why")]]
    for s in record.severed:
        rows.append(
            [
                Paragraph(_escape(s.section), LABEL),
                Paragraph(_escape(f"{s.entry}: {s.field}"), BODY),
                Paragraph(str(s.count), BODY),
                Paragraph(_escape(s.ground_words), BODY),
            ]
        )
    table = Table(rows, colWidths=[1.35 * inch, 2.45 * inch, 0.75 * inch, PAGE_WIDTH - 4.55 * inch], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else an empty cell lists Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ]
        )
    )
    grounds = [Paragraph(_escape(words), SMALL) for words in record.grounds.values()]
    return [*parts, table, Spacer(1, 8), *grounds]


def _text(value: str) -> str:
    """Escaped for reportlab's markup, line breaks kept, each severed mark shaded so it stands out."""
    pieces, at = [], 0
    for match in MARK.finditer(value):
        pieces += [_escape(value[at : match.start()]), _severed(match.group(0))]
        at = match.end()
    pieces.append(_escape(value[at:]))
    return "".join(pieces).replace("\n", "<br/>")


def _severed(mark: str) -> str:
    """Shaded, and kept on one line (no-break spaces) so a mark never splits across lines."""
    kept = _escape(mark).replace(" ", NO_BREAK)
    return f'<font backColor="{SEVERED_BACK}" color="#3b4a5a">{kept}</font>'


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
