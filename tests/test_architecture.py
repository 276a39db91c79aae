"""House rules a test can check: core and reports stay Qt-free; no network code anywhere."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "shop_desktop"
NETWORK_MODULES = {"socket", "http", "urllib", "requests", "httpx", "ftplib", "smtplib", "aiohttp"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_and_reports_import_no_qt() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for folder in ("core", "reports")
        for path in (PACKAGE / folder).rglob("*.py")
        if {"PySide6", "shiboken6"} & _imports(path)
    ]
    assert offenders == []


def test_core_and_reports_do_not_import_the_gui() -> None:
    offenders = []
    for folder in ("core", "reports"):
        for path in (PACKAGE / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if "shop_desktop.gui" in text or "from shop_desktop import gui" in text:
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_no_module_talks_to_the_network() -> None:
    offenders = [str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py") if NETWORK_MODULES & _imports(path)]
    assert offenders == []
