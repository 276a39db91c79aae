"""Compile every ui/*.ui form into shop_desktop/gui/forms/ui_<name>.py (run after editing a form).

python -m shop_desktop.gui.shell.compile_forms
"""

from __future__ import annotations

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
    return HEADER.format(name=ui_file.stem) + body.strip() + "\n"


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
