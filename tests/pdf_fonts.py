"""Which fonts a PDF's pages use, and whether each is embedded (read with pypdf, not our code)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def pdf_fonts(pages: Iterable[Any]) -> list[tuple[str, bool | None]]:
    """(base font name, embedded?) per font; None where the font has no descriptor (a standard PDF font)."""
    found: list[tuple[str, bool | None]] = []
    for page in pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            found.append(
                (str(font["/BaseFont"]), None if descriptor is None else "/FontFile2" in descriptor.get_object())
            )
    return found
