"""CSV cells a spreadsheet will not run: text that starts like a formula is kept as text."""

from __future__ import annotations

# Excel, LibreOffice and Google Sheets treat a cell starting with these as a formula (or DDE),
# even after a leading tab or carriage return.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> str:
    """The cell's text, with a single quote in front when it would start a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
