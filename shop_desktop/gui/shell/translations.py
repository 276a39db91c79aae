"""Qt's translation for the screens: load shop_<locale>.qm at start; regenerate shop.ts from the code.

python -m shop_desktop.gui.shell.translations   (after adding or changing strings in gui/, ui/ or core's messages)

Plurals are written the Qt way, tr("%n visit(s)", "", n); shop_en.qm (made here from shop.ts)
gives them their English forms, "1 visit" and "3 visits", under whatever language is installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from shop_desktop.assets import app_root, resource_path

CATALOGUE = resource_path("translations", "shop.ts")
ENGLISH = resource_path("translations", "shop_en.ts")  # the English plural forms only
# Where the singular changes more than the noun (the rest: "(s)" becomes "" and "s").
SINGULAR_WORDING = {
    "%n alert(s) match. Read them with the worker.": "%n alert matches. Read it with the worker.",
    "%n backup(s) here were made before the retention period. They still hold clients erased since then. "
    "Delete them unless the centre must keep them.": "%n backup here was made before the retention period. "
    "It still holds clients erased since then. Delete it unless the centre must keep it.",
    "Delete %n old backup file(s) for good? They can't be restored afterwards.": "Delete %n old backup file "
    "for good? It can't be restored afterwards.",
    "Shift log: %n handover items are still open.": "Shift log: %n handover item is still open.",
}


def install(app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None) -> list[QTranslator]:
    """Install the centre's translation (and Qt's own, for standard buttons) when one exists.

    Nothing happens for English or a language nobody translated yet: the source strings show.
    """
    locale = locale or QLocale.system()
    folder = folder or resource_path("translations")
    found = []
    english = QTranslator(app)
    if english.load(str(folder / "shop_en.qm")):  # first, so any other language's words go over it
        app.installTranslator(english)
        found.append(english)
    for name, where in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("shop", str(folder)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where):  # tries shop_fr_CA.qm, then shop_fr.qm
            if Path(translator.filePath()).name != "shop_en.qm":
                app.installTranslator(translator)
                found.append(translator)
    return found


def lupdate_command() -> list[str]:
    import sysconfig  # the catalogue's tools import what they use when used, not as the app starts

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
    import subprocess  # (as in lupdate_command)

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


def english_forms(source: str) -> tuple[str, str]:
    """(one, other) of a plural message: "%n visit(s)" gives "%n visit" and "%n visits"."""
    return SINGULAR_WORDING.get(source, source.replace("(s)", "")), source.replace("(s)", "s")


def write_english(catalogue: Path = CATALOGUE, target: Path = ENGLISH) -> Path:
    """shop_en.ts: every plural message of the catalogue with its two English forms."""
    import xml.etree.ElementTree as ET  # (as in lupdate_command)

    english = ET.Element("TS", version="2.1", language="en")
    for context in ET.parse(catalogue).getroot().iter("context"):
        plurals = [m for m in context.iter("message") if m.get("numerus") == "yes"]
        if not plurals:
            continue
        into = ET.SubElement(english, "context")
        ET.SubElement(into, "name").text = context.findtext("name")
        for message in plurals:
            copy = ET.SubElement(into, "message", numerus="yes")
            ET.SubElement(copy, "source").text = message.findtext("source")
            if message.find("comment") is not None:
                ET.SubElement(copy, "comment").text = message.findtext("comment")
            forms = ET.SubElement(copy, "translation")
            for form in english_forms(message.findtext("source") or ""):
                ET.SubElement(forms, "numerusform").text = form
    ET.indent(english)
    target.write_bytes(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(english) + b"\n")
    return target


def release(source: Path) -> Path:
    """Compile a .ts into the .qm the app loads (beside it)."""
    import subprocess  # (as in lupdate_command)

    lrelease = lupdate_command()[0].replace("lupdate", "lrelease")
    subprocess.run([lrelease, "-silent", str(source)], capture_output=True, text=True, check=True)
    return source.with_suffix(".qm")


if __name__ == "__main__":
    print(update())
    print(release(write_english()))
