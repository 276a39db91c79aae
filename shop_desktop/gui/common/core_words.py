"""Core's messages in the person's language: what a screen shows for an error raised in core.

Core marks its English with QT_TRANSLATE_NOOP("core", ...) and keeps a message's template and values
(core/errors.py); here the template is translated first, then filled in with the values.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shop_desktop.core.errors import WORDS_CONTEXT, Said


def core_message(error: BaseException) -> str:
    """The error's message, translated when a translation exists (else the English as raised)."""
    message = error.args[0] if error.args else ""
    if isinstance(message, Said):
        try:
            return QCoreApplication.translate(WORDS_CONTEXT, message.template).format(**message.values)
        except (KeyError, IndexError, ValueError):  # a translation that lost or broke a {value}
            return str(message)
    if isinstance(message, str) and message:
        return QCoreApplication.translate(WORDS_CONTEXT, message)
    return str(error)
