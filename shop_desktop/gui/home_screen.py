"""The first screen after sign-in: who is signed in and what they can do here."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import ROLE_LABELS, Permission
from shop_desktop.gui.sections import Section, Services
from shop_desktop.gui.widgets import heading, note_label


class HomeScreen(QWidget):
    def __init__(self, services: Services, sections: list[Section]) -> None:
        super().__init__()
        session = services.session
        user = session.user
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(heading(session.settings.get("centre_name")))
        roles = ", ".join(sorted(ROLE_LABELS[r] for r in user.roles))
        layout.addWidget(note_label(self.tr("Signed in as %s (%s).") % (user.display_name, roles), kind="plain"))
        if session.is_demo:
            banner = note_label(
                self.tr(
                    "This is the demo vault: every person in it is invented. Never type real client information here."
                ),
                kind="warning",
            )
            banner.setObjectName("demoBanner")
            layout.addWidget(banner)
        if session.is_recovery:
            layout.addWidget(
                note_label(
                    self.tr(
                        "You opened the vault with the recovery key. Go to Staff to set new passphrases, then lock."
                    ),
                    kind="warning",
                )
            )
        for words in self._shelf_and_handover_warnings(services):
            layout.addWidget(note_label(words, kind="warning"))
        lines = [f"• {s.title}: {s.purpose}" for s in sections]
        if lines:
            layout.addWidget(note_label(self.tr("Here you can:") + "\n" + "\n".join(lines), kind="plain"))
        layout.addWidget(
            note_label(
                self.tr("Step away from the desk? Press Ctrl+L to lock. Someone unexpected walks in? Press F12."),
                kind="subtle",
            )
        )
        layout.addStretch(1)

    def _shelf_and_handover_warnings(self, services: Services) -> list[str]:
        """Low supplies, kits near expiry and open handover items, in words (not colour alone)."""
        session = services.session
        found = []
        try:
            if session.can(Permission.RECORD_STOCK):
                found += [self.tr("Stock: %s") % w.text for w in session.stock.stock_warnings()]
            handovers = session.shift_log.open_handovers()
        except VaultError as error:  # a damaged row says so here; the rest of the home screen still shows
            return [*found, str(error)]
        if len(handovers) == 1:
            found.append(self.tr("Shift log: 1 handover item is still open."))
        elif handovers:
            found.append(self.tr("Shift log: %d handover items are still open.") % len(handovers))
        return found
