"""The recovery sheet is one page, carries the key and the centre's name, and embeds its font."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from shop_desktop.core.store.recovery import new_recovery_key, parse_recovery_key
from shop_desktop.reports.recovery_sheet import build_recovery_sheet
from tests.pdf_fonts import pdf_fonts

CENTRE = "Tk'emlúps te Secwépemc drop-in"


def _sheet(tmp_path: Path) -> tuple[Path, str]:
    _, key = new_recovery_key()
    path = tmp_path / "recovery.pdf"
    build_recovery_sheet(
        path,
        centre_name=CENTRE,
        recovery_key=key,
        vault_id="0123456789abcdef" * 2,
        created_at=datetime(2026, 11, 25, 14, 30),
        created_by="Robin Coordinator",
    )
    return path, key


def test_sheet_is_one_page_with_the_key_typed_back_exactly(tmp_path: Path) -> None:
    path, key = _sheet(tmp_path)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    groups = key.split("-")
    assert all(group in text for group in groups)
    printed = "".join(ch for ch in text.split("Recovery key", 1)[1] if ch.isalnum())
    start = printed.index(groups[0])
    assert parse_recovery_key(printed[start : start + 56]) == parse_recovery_key(key)


def test_sheet_names_the_centre_and_warns(tmp_path: Path) -> None:
    path, _ = _sheet(tmp_path)
    text = PdfReader(path).pages[0].extract_text()
    assert CENTRE in text
    assert "Keep it locked in the office safe" in " ".join(text.split())


def test_font_is_embedded(tmp_path: Path) -> None:
    path, _ = _sheet(tmp_path)
    embedded = [flag for _, flag in pdf_fonts(PdfReader(path).pages[:1]) if flag is not None]
    assert embedded and all(embedded)
