"""Unexpected errors anywhere in the GUI: one plain sentence on screen, one line for IT, nothing on stderr.

An exception's message can hold client data (an alias in a KeyError, a file name), so the person
sees a fixed sentence, the log gets the exception's class and code locations only, and nothing is
printed: on Windows the program has no console, and elsewhere a terminal is a screen too.
Errors core raises on purpose (VaultError) carry plain words meant for the person and are shown.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from shop_desktop.core.errors import VaultError
from shop_desktop.core.logs import log_line, log_unexpected, unexpected_message

Show = Callable[[str], None]
_QT_SOURCE = re.compile(r"[A-Za-z_][\w:]{0,60}")  # "QPainter::begin" — a Qt class, never data


class ErrorHook:
    """Installed once per application; `show` puts a message in front of the person (a dialog)."""

    def __init__(self, show: Show, plain: Callable[[BaseException], VaultError | None] = lambda _error: None) -> None:
        self.show = show
        self.plain = plain  # core's own words for an error that has them (a full disk), though not raised as such
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self.on_exception
        threading.excepthook = self.on_thread_exception
        sys.unraisablehook = self.on_unraisable
        qInstallMessageHandler(self.on_qt_message)

    def on_exception(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, KeyboardInterrupt):
            return
        if error.__traceback__ is None and trace is not None:
            error = error.with_traceback(trace)
        known = error if isinstance(error, VaultError) else self.plain(error)
        self._tell(str(known) if known is not None else unexpected_message(log_unexpected(error, "gui")))

    def on_thread_exception(self, args: Any) -> None:
        if args.exc_value is not None:
            log_unexpected(args.exc_value, "thread")  # not the GUI thread: no dialog from here

    def on_unraisable(self, args: Any) -> None:
        if args.exc_value is not None:
            log_unexpected(args.exc_value, "unraisable")

    def on_qt_message(self, kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        source = _QT_SOURCE.match(text)
        log_line("qt", f"{kind.name} from {source.group(0) if source else 'Qt'}")

    def _tell(self, message: str) -> None:
        if self._showing:  # an error while the last one is on screen: the log has it, one dialog is enough
            return
        self._showing = True
        try:
            self.show(message)
        except Exception as error:  # showing failed too: the log still gets it, and nothing is printed
            log_unexpected(error, "gui hook")
        finally:
            self._showing = False
