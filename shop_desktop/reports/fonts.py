"""The Unicode font every PDF embeds (DejaVu: Latin-Extended, Cyrillic, Greek, Hebrew, Arabic,
Canadian Aboriginal Syllabics), so names like Tk'emlúps te Secwépemc render everywhere."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from shop_desktop.assets import resource_path

REGULAR = "ShopSans"
BOLD = "ShopSans-Bold"
MONO = "ShopMono"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}


def register_fonts() -> tuple[str, str, str]:
    """Register once with reportlab; returns the (regular, bold, monospace) font names."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    if REGULAR not in pdfmetrics.getRegisteredFontNames() or "ShopSansFamily" not in registered:
        from reportlab.lib.fonts import addMapping

        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD, MONO
