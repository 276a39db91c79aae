"""Core's words in the person's language: the choices it offers (a referral's priority, an alert's
category, a report period...) and the errors it raises (core_message). Core imports no Qt, so lupdate cannot read
them there: MARKED lists them for extraction, and tests/gui/test_translations.py fails when core
gains a word that is not listed here (add it, then regenerate the catalogue)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shop_desktop.core.errors import WORDS_CONTEXT, Said

# Where each list of words lives in core, as module under core -> names of its dicts of words.
CHOICES = {
    "care.referrals": ("CATEGORIES", "PRIORITIES", "STATUSES"),
    "figures.report_figures": ("PERIOD_KINDS",),
    "safety.alerts": ("CATEGORIES", "CONTACT_METHODS", "POLICE"),
    "safety.drug_alerts": ("SOURCES",),
    "safety.stock": ("WASTE_REASONS",),
    "desk.turnaways": ("REASONS",),
}


def word(text: str) -> str:
    """One of core's words, translated (English if nobody translated it)."""
    return QCoreApplication.translate("CoreWords", text)


MARKED = (
    QT_TRANSLATE_NOOP("CoreWords", "Health authority clinic"),
    QT_TRANSLATE_NOOP("CoreWords", "Housing"),
    QT_TRANSLATE_NOOP("CoreWords", "Shelter"),
    QT_TRANSLATE_NOOP("CoreWords", "Legal aid"),
    QT_TRANSLATE_NOOP("CoreWords", "Victim services"),
    QT_TRANSLATE_NOOP("CoreWords", "Detox and treatment"),
    QT_TRANSLATE_NOOP("CoreWords", "Income assistance"),
    QT_TRANSLATE_NOOP("CoreWords", "Indigenous-led services"),
    QT_TRANSLATE_NOOP("CoreWords", "Other"),
    QT_TRANSLATE_NOOP("CoreWords", "Emergency"),
    QT_TRANSLATE_NOOP("CoreWords", "Urgent"),
    QT_TRANSLATE_NOOP("CoreWords", "Routine"),
    QT_TRANSLATE_NOOP("CoreWords", "Made, waiting to hear"),
    QT_TRANSLATE_NOOP("CoreWords", "Attended"),
    QT_TRANSLATE_NOOP("CoreWords", "Did not attend"),
    QT_TRANSLATE_NOOP("CoreWords", "Declined"),
    QT_TRANSLATE_NOOP("CoreWords", "No longer needed"),
    QT_TRANSLATE_NOOP("CoreWords", "A month"),
    QT_TRANSLATE_NOOP("CoreWords", "A quarter (calendar)"),
    QT_TRANSLATE_NOOP("CoreWords", "A fiscal year (April to March)"),
    QT_TRANSLATE_NOOP("CoreWords", "A calendar year"),
    QT_TRANSLATE_NOOP("CoreWords", "Custom dates"),
    QT_TRANSLATE_NOOP("CoreWords", "Physical assault"),
    QT_TRANSLATE_NOOP("CoreWords", "Sexual assault"),
    QT_TRANSLATE_NOOP("CoreWords", "Robbery"),
    QT_TRANSLATE_NOOP("CoreWords", "Threats or intimidation"),
    QT_TRANSLATE_NOOP("CoreWords", "Extortion"),
    QT_TRANSLATE_NOOP("CoreWords", "Refused to pay"),
    QT_TRANSLATE_NOOP("CoreWords", "Removed condom"),
    QT_TRANSLATE_NOOP("CoreWords", "Drugged"),
    QT_TRANSLATE_NOOP("CoreWords", "Stalking"),
    QT_TRANSLATE_NOOP("CoreWords", "Street"),
    QT_TRANSLATE_NOOP("CoreWords", "Phone"),
    QT_TRANSLATE_NOOP("CoreWords", "Online platform"),
    QT_TRANSLATE_NOOP("CoreWords", "Venue"),
    QT_TRANSLATE_NOOP("CoreWords", "Not asked, or didn't say"),
    QT_TRANSLATE_NOOP("CoreWords", "Chose to tell police"),
    QT_TRANSLATE_NOOP("CoreWords", "Chose not to tell police"),
    QT_TRANSLATE_NOOP("CoreWords", "Health authority"),
    QT_TRANSLATE_NOOP("CoreWords", "Drug checking service"),
    QT_TRANSLATE_NOOP("CoreWords", "Community report"),
    QT_TRANSLATE_NOOP("CoreWords", "Expired"),
    QT_TRANSLATE_NOOP("CoreWords", "Damaged or dropped"),
    QT_TRANSLATE_NOOP("CoreWords", "Recalled"),
    QT_TRANSLATE_NOOP("CoreWords", "Safe Suite full"),
    QT_TRANSLATE_NOOP("CoreWords", "Restricted"),
    QT_TRANSLATE_NOOP("CoreWords", "Closed"),
    QT_TRANSLATE_NOOP("CoreWords", "Centre"),
    QT_TRANSLATE_NOOP("CoreWords", "Retention (how long records are kept)"),
)


def core_message(error: BaseException) -> str:
    """An error raised in core, translated when a translation exists (else the English as raised).

    Core marks its English with QT_TRANSLATE_NOOP("core", ...) and keeps a message's template and
    values (core/errors.py); the template is translated first, then filled in with the values.
    """
    message = error.args[0] if error.args else ""
    if isinstance(message, Said):
        try:
            return QCoreApplication.translate(WORDS_CONTEXT, message.template).format(**message.values)
        except (KeyError, IndexError, ValueError):  # a translation that lost or broke a {value}
            return str(message)
    if isinstance(message, str) and message:
        return QCoreApplication.translate(WORDS_CONTEXT, message)
    return str(error)
