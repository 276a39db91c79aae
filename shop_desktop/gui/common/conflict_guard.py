"""Opening a client's record when core says the person is in conflict with that client.

Core refuses (ConflictOfInterest); this asks, in plain words, whether it is an emergency and why.
A reason given is break-glass (core audits it and the coordinator sees it at their next sign-in),
then the same opening is tried again. No reason: nothing opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from shop_desktop.core.desk.conflicts import ConflictOfInterest
from shop_desktop.core.session import Session
from shop_desktop.gui.common.dialogs import Dialogs

T = TypeVar("T")


def open_guarded(
    parent: QWidget | None, session: Session, dialogs: Dialogs, client_id: int, opening: Callable[[], T]
) -> T | None:
    """`opening()`, or break-glass then `opening()` again; None when the person chose not to."""
    try:
        return opening()
    except ConflictOfInterest as refused:
        reason = dialogs.ask_text(
            parent,
            QCoreApplication.translate("ConflictGuard", "Recorded conflict"),
            str(refused)
            + "\n\n"
            + QCoreApplication.translate("ConflictGuard", "Why must you open it now? (The coordinator will see this.)"),
            action=QCoreApplication.translate("ConflictGuard", "Break glass and open"),
        )
        if not reason or not reason.strip():
            return None
        session.conflicts.break_glass(client_id, reason)
        return opening()
