"""What the check-in screen adds for restrictions and turnaways, kept out of its layout code.

The words on the check-in screen are fit for a client standing at the desk: a restricted client's
row says "Please see the coordinator", never why. The coordinator (or a role the centre allows)
is asked for a reason to override; core keeps the reason and audits it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListWidgetItem, QMenu, QWidget

from shop_desktop.core.desk import turnaways
from shop_desktop.core.desk.clients import ClientMatch
from shop_desktop.core.desk.restrictions import RestrictionApplies
from shop_desktop.core.session import Session
from shop_desktop.gui.common.core_words import word
from shop_desktop.gui.common.dialogs import Dialogs
from shop_desktop.gui.common.widgets import icon

SEE_COORDINATOR = QT_TRANSLATE_NOOP("CheckIn", "Please see the coordinator")


def mark_restricted(session: Session, items: list[QListWidgetItem]) -> None:
    """Add a calm word and the warning icon to the rows of clients restricted today."""
    matches = {item.data(Qt.ItemDataRole.UserRole).id: item for item in items}
    for client_id in session.restrictions.restricted_among(list(matches), date.today()):
        item = matches[client_id]
        item.setText(item.text() + "   ·   " + QCoreApplication.translate("CheckIn", SEE_COORDINATOR))
        item.setIcon(icon("warning"))
        item.setToolTip(QCoreApplication.translate("CheckIn", "Please see the coordinator before checking in."))


def is_restricted(session: Session, match: ClientMatch) -> bool:
    return bool(session.restrictions.restricted_among([match.id], date.today()))


def ask_override(parent: QWidget, session: Session, dialogs: Dialogs, refused: RestrictionApplies) -> str | None:
    """The reason to check in anyway, from someone allowed to override; None to leave it."""
    if not session.restrictions.may_restrict():
        return None
    covers = ", ".join(sorted({r.covers for r in refused.restrictions}))
    reason = dialogs.ask_text(
        parent,
        QCoreApplication.translate("CheckIn", "Restricted"),
        QCoreApplication.translate(
            "CheckIn",
            "This client is restricted from %s. To check them in anyway, give the reason (it is kept and audited).",
        )
        % covers,
        action=QCoreApplication.translate("CheckIn", "Override and check in"),
    )
    return reason if reason and reason.strip() else None


def turnaway_menu(parent: QWidget, session: Session, chosen: ClientMatch | None, said: object) -> QMenu:
    """Ctrl+T, then a digit: someone turned away, counted (named if a client is chosen)."""
    menu = QMenu(QCoreApplication.translate("CheckIn", "Turned away"), parent)
    for number, (reason, label) in enumerate(turnaways.REASONS.items(), start=1):
        action = QAction(f"&{number}  {word(label)}", menu)
        action.triggered.connect(lambda _=False, why=reason, words=label: _record(session, chosen, why, words, said))
        menu.addAction(action)
    return menu


def _record(session: Session, chosen: ClientMatch | None, reason: str, label: str, said: object) -> None:
    session.turnaways.record_turnaway(reason, chosen.id if chosen else None)
    said(
        QCoreApplication.translate("CheckIn", "Turnaway counted: %s.") % word(label),
        "success",
    )  # type: ignore[operator]


def popup_under(menu: QMenu, widget: QWidget) -> None:
    menu.popup(widget.mapToGlobal(QPoint(0, widget.height())))
