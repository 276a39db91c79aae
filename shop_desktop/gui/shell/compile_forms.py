"""Compile every ui/*.ui form into shop_desktop/gui/forms/ui_<name>.py (run after editing a form).

python -m shop_desktop.gui.shell.compile_forms
"""

from __future__ import annotations

import ast
import subprocess
import sys
import sysconfig
from pathlib import Path

from shop_desktop.assets import app_root

HEADER = "# Generated from ui/{name}.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.\n"
FORMS = Path(__file__).resolve().parent.parent / "forms"


def uic_command() -> list[str]:
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / "pyside6-uic", scripts / "pyside6-uic.exe"):
        if candidate.exists():
            return [str(candidate)]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


def compile_form(ui_file: Path) -> str:
    result = subprocess.run(
        [*uic_command(), "--generator", "python", str(ui_file)], capture_output=True, text=True, check=True
    )
    body = "\n".join(line for line in result.stdout.splitlines() if not line.startswith("##"))
    return HEADER.format(name=ui_file.stem) + only_used_qt_names(body.strip()) + "\n"


def only_used_qt_names(code: str) -> str:
    """uic imports the same few dozen Qt classes into every form; PySide makes a class's Python type
    (with its enums) when it is first imported, so a form imports only those it uses: the sign-in
    form's 26 unused ones were about 4 ms of the start to the sign-in window."""
    tree = ast.parse(code)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = code.splitlines()
    for node in reversed(tree.body):  # from the end, so the line numbers above stay right
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            names = [alias for alias in node.names if (alias.asname or alias.name) in used]
            lines[node.lineno - 1 : node.end_lineno] = _import_lines(node.module or "", names)
    return "\n".join(lines)


def _import_lines(module: str, names: list[ast.alias]) -> list[str]:
    """uic's own layout, four names a line; nothing when none is used."""
    if not names:
        return []
    written = [alias.name if alias.asname is None else f"{alias.name} as {alias.asname}" for alias in names]
    rows = ",\n    ".join(", ".join(written[i : i + 4]) for i in range(0, len(written), 4))
    return f"from {module} import ({rows})".splitlines()


def compile_all(target: Path = FORMS) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    (target / "__init__.py").write_text('"""Generated forms (see compile_forms.py)."""\n')
    written = []
    for ui_file in sorted((app_root() / "ui").glob("*.ui")):
        out = target / f"ui_{ui_file.stem}.py"
        out.write_text(compile_form(ui_file), encoding="utf-8")
        written.append(out)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(path)
