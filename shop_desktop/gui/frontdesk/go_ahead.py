"""Booking a stay or naming an attendee past a restriction or a keep-apart: ask for the reason, try again.

Core refuses and keeps the reasons (audited); this only asks. A restriction is overridden only by
someone allowed to (the coordinator, or a role Settings lists); anyone who may book may go past a
keep-apart with a reason. Each needs its own reason, so going past one never goes past the other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from shop_desktop.core.desk.conflicts import KeepApart
from shop_desktop.core.desk.restrictions import RestrictionApplies
from shop_desktop.core.session import Session
from shop_desktop.gui.common.dialogs import Dialogs

T = TypeVar("T")
Attempt = Callable[[str | None, str | None], T]  # (override_reason, keep_apart_reason) -> the result


def attempt_with_reasons(
    parent: QWidget, session: Session, dialogs: Dialogs, attempt: Attempt[T], *, doing: str, button: str
) -> T | None:
    """The result, or None when the person chose not to go ahead. A refusal they may not override
    (or a second one after a reason was given) is raised for the caller to show."""
    override: str | None = None
    keep_apart: str | None = None
    while True:
        try:
            return attempt(override, keep_apart)
        except RestrictionApplies as refused:
            if override is not None or not session.restrictions.may_restrict():
                raise
            covers = ", ".join(sorted({r.covers for r in refused.restrictions}))
            override = _reason(
                parent,
                dialogs,
                QCoreApplication.translate("GoAhead", "Restricted"),
                QCoreApplication.translate(
                    "GoAhead",
                    "This client is restricted from %s. To %s anyway, give the reason (it is kept and audited).",
                )
                % (covers, doing),
                button,
            )
        except KeepApart as clash:
            if keep_apart is not None:
                raise
            keep_apart = _reason(
                parent,
                dialogs,
                QCoreApplication.translate("GoAhead", "Kept apart"),
                str(clash)
                + "\n\n"
                + QCoreApplication.translate("GoAhead", "To %s anyway, give the reason (it is kept and audited).")
                % doing,
                button,
            )
        if override == "" or keep_apart == "":
            return None


def _reason(parent: QWidget, dialogs: Dialogs, title: str, words: str, button: str) -> str:
    """The reason typed, or "" when the person cancelled or typed nothing."""
    reason = dialogs.ask_text(parent, title, words, action=button)
    return reason.strip() if reason and reason.strip() else ""
