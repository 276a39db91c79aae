"""The first screen after sign-in: who is signed in and what they can do here."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import ROLE_LABELS, Permission
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import note_label, set_up_screen
from shop_desktop.gui.forms.ui_home_screen import Ui_HomeScreen
from shop_desktop.gui.shell.sections import Section


class HomeScreen(QWidget):
    def __init__(self, services: Services, sections: list[Section]) -> None:
        super().__init__()
        session = services.session
        user = session.user
        self.ui = ui = set_up_screen(Ui_HomeScreen(), self)
        ui.centreName.setText(session.settings.get("centre_name"))
        ui.centreName.setAccessibleName(ui.centreName.text())
        roles = ", ".join(sorted(ROLE_LABELS[r] for r in user.roles))
        ui.signedIn.setText(self.tr("Signed in as %s (%s).") % (user.display_name, roles))
        ui.demoBanner.setVisible(session.is_demo)
        ui.recoveryNote.setVisible(session.is_recovery)
        lines = [f"• {s.title}: {s.purpose}" for s in sections]
        ui.sectionsNote.setText(self.tr("Here you can:") + "\n" + "\n".join(lines))
        ui.sectionsNote.setVisible(bool(lines))
        for words in self._shelf_and_handover_warnings(services):  # above "Here you can", in words
            ui.layout.insertWidget(ui.layout.indexOf(ui.sectionsNote), note_label(words, kind="warning"))

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
