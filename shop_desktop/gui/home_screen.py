"""The first screen after sign-in: who is signed in and what they can do here."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from shop_desktop.core import settings as centre_settings
from shop_desktop.core.roles import ROLE_LABELS
from shop_desktop.gui.forms.ui_home_screen import Ui_HomeScreen
from shop_desktop.gui.sections import Section, Services
from shop_desktop.gui.widgets import set_up_screen


class HomeScreen(QWidget):
    def __init__(self, services: Services, sections: list[Section]) -> None:
        super().__init__()
        vault = services.vault
        user = vault.user
        self.ui = ui = set_up_screen(Ui_HomeScreen(), self)
        ui.centreName.setText(centre_settings.get(vault, "centre_name"))
        ui.centreName.setAccessibleName(ui.centreName.text())
        roles = ", ".join(sorted(ROLE_LABELS[r] for r in user.roles))
        ui.signedIn.setText(self.tr("Signed in as %s (%s).") % (user.display_name, roles))
        ui.demoBanner.setVisible(vault.meta("demo") == "1")
        ui.recoveryNote.setVisible(vault.is_recovery)
        lines = [f"• {s.title}: {s.purpose}" for s in sections]
        ui.sectionsNote.setText(self.tr("Here you can:") + "\n" + "\n".join(lines))
        ui.sectionsNote.setVisible(bool(lines))
