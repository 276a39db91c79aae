"""Every screen string reaches Qt Linguist's catalogue, and a compiled translation is used at start."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from shop_desktop.gui.shell import translations


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_catalogue_holds_strings_from_code_and_forms(tmp_path: Path) -> None:
    found = _messages(translations.update(tmp_path / "shop.ts"))
    assert ("ClientsScreen", "Type an alias or client code…") in found  # self.tr in a screen
    assert ("StaffDialog", "Add a staff account") in found  # a Designer form's title
    assert ("SignIn", "Sign in") in found  # a form's button
    assert ("CheckInScreen", "&Save check-in") in found  # a screen's form
    assert ("ClientDialog", "Agrees to the centre keeping a record *") in found  # a dialog's form
    assert found[("BookingDialog", "%n night(s)")].get("numerus") == "yes"
    assert ("Unsaved", "Discard") in found  # QCoreApplication.translate with its own context
    plural = found[("HistoryScreen", "%n visit(s)")]
    assert plural.get("numerus") == "yes"  # a translator can give each plural form its own words


def test_the_committed_catalogue_was_made_by_the_script() -> None:
    assert ("ClientsScreen", "Type an alias or client code…") in _messages(translations.CATALOGUE)


def test_a_compiled_translation_for_the_locale_is_used(qapp: QApplication, tmp_path: Path) -> None:
    source = tmp_path / "shop_fr.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>SignIn</name><message><source>Sign in</source>"
        "<translation>Se connecter</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = translations.lupdate_command()[0].replace("lupdate", "lrelease")
    subprocess.run([lrelease, "-silent", str(source)], check=True, capture_output=True)
    assert (tmp_path / "shop_fr.qm").exists()
    installed = translations.install(qapp, QLocale("fr_CA"), folder=tmp_path)
    try:
        assert QCoreApplication.translate("SignIn", "Sign in") == "Se connecter"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("SignIn", "Sign in") == "Sign in"


def test_no_translation_for_the_locale_changes_nothing(qapp: QApplication, tmp_path: Path) -> None:
    installed = translations.install(qapp, QLocale("de_DE"), folder=tmp_path)
    try:
        assert all("shop" not in t.filePath() for t in installed)
        assert QCoreApplication.translate("SignIn", "Sign in") == "Sign in"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
