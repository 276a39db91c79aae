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
