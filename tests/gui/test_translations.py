"""Every screen string reaches Qt Linguist's catalogue, and a compiled translation is used at start."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from shop_desktop.core.errors import InvalidInput, SignInDelayed, VaultError
from shop_desktop.core.safety import alert_normalising
from shop_desktop.core.safety.alerts import AlertDetails
from shop_desktop.gui.common.core_words import core_message
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


def test_core_messages_reach_the_catalogue_and_are_shown_translated(qapp: QApplication, tmp_path: Path) -> None:
    """Core marks its English for extraction (QT_TRANSLATE_NOOP, context "core"); a screen shows an error
    raised in core in the person's language, a message with values translated before they are filled in."""
    found = _messages(translations.update(tmp_path / "shop.ts"))
    assert ("core", "The date it happened is not a date.") in found  # core/safety/alert_normalising.py
    waiting = "Too many wrong passphrases. Please wait {seconds} seconds before trying again."
    assert ("core", waiting) in found  # core/errors.py, a message with a value
    source = tmp_path / "shop_fr.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr"><context><name>core</name>'
        "<message><source>The date it happened is not a date.</source>"
        "<translation>La date de l’incident n’est pas une date.</translation></message>"
        f"<message><source>{waiting}</source>"
        "<translation>Trop d’essais. Attendez {seconds} secondes avant de réessayer.</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    lrelease = translations.lupdate_command()[0].replace("lupdate", "lrelease")
    subprocess.run([lrelease, "-silent", str(source)], check=True, capture_output=True)
    installed = translations.install(qapp, QLocale("fr_CA"), folder=tmp_path)
    try:
        with pytest.raises(InvalidInput) as raised:
            alert_normalising._checked(AlertDetails(occurred_on="not a day", categories=("robbery",)), date(2026, 1, 5))
        assert str(raised.value) == "The date it happened is not a date."  # the CLI and logs keep English
        assert core_message(raised.value) == "La date de l’incident n’est pas une date."
        delayed = SignInDelayed(41.6)
        assert str(delayed) == "Too many wrong passphrases. Please wait 42 seconds before trying again."
        assert core_message(delayed) == "Trop d’essais. Attendez 42 secondes avant de réessayer."
        assert core_message(VaultError("Not marked, so shown as raised.")) == "Not marked, so shown as raised."
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert core_message(delayed) == str(delayed)
