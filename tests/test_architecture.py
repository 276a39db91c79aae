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


# --- the packages and which way their imports go (each package's __init__ says the same in words) ----

SHARED = {"errors", "roles", "actions", "text", "progress", "logs", "csv_safe"}  # core's root utilities
DOMAIN = {"core.desk", "core.care", "core.safety", "core.records"}
SCREENS = {"gui.frontdesk", "gui.safety", "gui.clinical", "gui.admin"}
# Deliberate exceptions, each a lazy import inside one function, with the reason.
WORKER_HALF = "the worker half of a job its session action prepared (Anki's CollectionOp), plus its result types"
ALLOWED: dict[tuple[str, str], str] = {
    ("core/store/rotation.py", "core.care"): "re-sealing the notes after a rotation needs the notes' format",
    ("core/store/journal.py", "core.backup"): "open tidies a backup's snapshot left by a crash",
    ("core/records/retention.py", "core.backup"): "the retention review lists old backups by their file suffix",
    ("core/store/migrations/__init__.py", "core.sync"): "the sync migration's body lives with the sync ids",
    ("core/backup/restore.py", "core.sync"): "a restored device is marked for its next sync (catch_up.mark_restored)",
    ("gui/admin/backup_screen.py", "core.backup"): WORKER_HALF,
    ("gui/admin/staff_screen.py", "core.store"): WORKER_HALF,
    ("gui/admin/audit_screen.py", "core.store"): "the audit entry type and the recovery actor's name",
}


def _package(dotted: str) -> str:
    """shop_desktop.core.store.keyfile -> core.store; shop_desktop.core.errors -> core:errors."""
    parts = dotted.split(".")[1:]
    if len(parts) >= 2 and (PACKAGE / parts[0] / parts[1]).is_dir():
        return f"{parts[0]}.{parts[1]}"
    return ":".join(parts[:2]) if len(parts) >= 2 else parts[0]


def _edges() -> list[tuple[str, str, str]]:
    """(file relative to the package, its package, the package it imports) for every project import."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        source = _package("shop_desktop." + ".".join(rel.with_suffix("").parts))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("shop_desktop"):
                names = [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names if alias.name.startswith("shop_desktop")]
            found.extend((rel.as_posix(), source, _package(name)) for name in names)
    return found


def _refused(source: str, target: str) -> bool:  # noqa: PLR0911 - one line per package's rule
    shared = target.startswith(tuple(f"core:{name}" for name in SHARED))
    if source == target or shared or target.split(":")[0] in {"assets", "__version__"}:
        return False
    if source == "core.store":
        return True  # the machinery: only itself and the shared utilities
    if source == "core.backup":
        return target not in {"core.store", "core:settings"}
    if source in DOMAIN:
        return target in {"core.sample", "core.figures", "core.backup"} or target.startswith(("gui", "reports", "cli"))
    if source == "core.sync":  # sync carries the domain's rows, so it may read core.store and core.backup
        return target in {"core.sample", "core.figures"} or target.startswith(("gui", "reports", "cli"))
    if source == "core.figures":
        return target == "core.sample" or target.startswith(("gui", "reports", "cli"))
    if source == "gui.common":
        return target.startswith("gui") and target != "gui.forms"
    if source in SCREENS:
        return target in {"gui.shell", "core.store", "core.backup", "core.sample"}
    if source.startswith("commands"):
        return target.startswith(("gui", "cli"))  # the command line's commands: core and reports only
    if source.startswith("reports"):
        return target.startswith(("gui", "cli", "core.store", "core.backup", "core.sample"))
    return False


def test_imports_go_the_declared_ways() -> None:
    wrong = sorted(
        f"{file}: {source} imports {target}"
        for file, source, target in _edges()
        if _refused(source, target) and (file, target) not in ALLOWED
    )
    assert wrong == []


def test_every_package_says_what_lives_there_and_what_it_may_import() -> None:
    for init in PACKAGE.rglob("__init__.py"):
        if init.parent.name == "forms":
            continue
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert len(doc.splitlines()) >= 2 and "import" in doc.lower(), init
