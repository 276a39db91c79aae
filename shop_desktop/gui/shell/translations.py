"""Qt's translation for the screens: load shop_<locale>.qm at start; regenerate shop.ts from the code.

python -m shop_desktop.gui.shell.translations   (after adding or changing strings in gui/, ui/ or core's messages)
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from shop_desktop.assets import app_root, resource_path

CATALOGUE = resource_path("translations", "shop.ts")


def install(app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None) -> list[QTranslator]:
    """Install the centre's translation (and Qt's own, for standard buttons) when one exists.

    Nothing happens for English or a language nobody translated yet: the source strings show.
    """
    locale = locale or QLocale.system()
    found = []
    for name, where in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("shop", str(folder or resource_path("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where):  # tries shop_fr_CA.qm, then shop_fr.qm
            app.installTranslator(translator)
            found.append(translator)
    return found


def lupdate_command() -> list[str]:
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / "pyside6-lupdate", scripts / "pyside6-lupdate.exe"):
        if candidate.exists():
            return [str(candidate)]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lupdate"]


def sources() -> list[Path]:
    """The hand-written screens, core's marked messages (context "core", core/errors.py) and the
    Designer forms; gui/forms/ repeats the forms' strings."""
    gui = app_root() / "shop_desktop" / "gui"
    code = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.relative_to(gui).parts]
    core = sorted((app_root() / "shop_desktop" / "core").rglob("*.py"))
    return code + core + sorted((app_root() / "ui").glob("*.ui"))


def update(target: Path = CATALOGUE) -> Path:
    """Write every translatable string of gui/ and ui/ into target (a Qt Linguist .ts file)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    listing = target.with_suffix(".sources")
    listing.write_text("\n".join(str(p) for p in sources()) + "\n", encoding="utf-8")
    try:
        subprocess.run(
            [*lupdate_command(), "-silent", "-no-obsolete", "-locations", "none", f"@{listing}", "-ts", str(target)],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        listing.unlink(missing_ok=True)
    return target


if __name__ == "__main__":
    print(update())
