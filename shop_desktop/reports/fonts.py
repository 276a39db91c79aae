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
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        # <b> in paragraphs picks the bold face
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD, MONO
