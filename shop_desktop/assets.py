"""Find files shipped beside the code (resources/, ui/), in a checkout and in the frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder that holds resources/ and ui/: the checkout, or PyInstaller's bundle folder."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource_path("icons", "lock.svg")."""
    return app_root().joinpath("resources", *parts)


def ui_path(name: str) -> Path:
    """Path of a Qt Designer form under ui/."""
    return app_root() / "ui" / name


ICON_INK = "#3b4a5a"  # the one colour every icon in resources/icons is drawn in


def icon_svg(name: str, ink: str) -> bytes:
    """An icon's SVG with its ink replaced by the given colour (#rrggbb), so it reads on any theme."""
    if not (len(ink) == 7 and ink.startswith("#") and all(c in "0123456789abcdefABCDEF" for c in ink[1:])):
        raise ValueError(f"not a #rrggbb colour: {ink!r}")
    text = resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")
    return text.replace(ICON_INK, ink).encode("utf-8")
