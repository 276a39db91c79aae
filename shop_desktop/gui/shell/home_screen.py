"""The first screen after sign-in: who is signed in and what they can do here."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import ROLE_LABELS, Permission
from shop_desktop.core.safety.stock import StockWarning
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import note_label, set_up_screen
from shop_desktop.gui.common.workers import Job, wired_job
from shop_desktop.gui.forms.ui_home_screen import Ui_HomeScreen
from shop_desktop.gui.shell.sections import Section


class HomeScreen(QWidget):
    def __init__(self, services: Services, sections: list[Section]) -> None:
        super().__init__()
        self.services = services
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
        self.warnings: list[str] = []  # shown above "Here you can", in words (not colour alone)
        self.job: Job | None = None
        for words in self._handover_warnings():
            self._warn(words)
        self._check_supplies()

    def _warn(self, words: str) -> None:
        self.warnings.append(words)
        self.ui.layout.insertWidget(self.ui.layout.indexOf(self.ui.checkingSupplies), note_label(words, kind="warning"))

    def _handover_warnings(self) -> list[str]:
        """Open handover items from the shift log (a quick read: it stays on this thread)."""
        try:
            handovers = self.services.session.shift_log.open_handovers()
        except VaultError as error:  # a damaged row says so here; the rest of the home screen still shows
            return [str(error)]
        if len(handovers) == 1:
            return [self.tr("Shift log: 1 handover item is still open.")]
        return [self.tr("Shift log: %n handover items are still open.", "", len(handovers))] if handovers else []

    def _check_supplies(self) -> None:
        """Low supplies and kits near expiry, read on a worker: a supply never counted adds up years of
        hand-outs. "Checking supplies…" shows meanwhile; the rest of the screen is usable at once."""
        session = self.services.session
        self.ui.checkingSupplies.setVisible(session.can(Permission.RECORD_STOCK))
        if not session.can(Permission.RECORD_STOCK):
            return
        try:
            task = session.stock.stock_warnings_in_worker()
        except VaultError as error:
            self._supplies_failed(str(error))
            return
        self.job = wired_job(task, finished=self._supplies_checked, failed=self._supplies_failed, cancelled=self._end)
        self.services.pool.start(self.job)

    def _supplies_checked(self, found: list[StockWarning]) -> None:
        self._end()
        for warning in found:
            self._warn(self.tr("Stock: %s") % warning.text)

    def _supplies_failed(self, words: str) -> None:
        self._end()
        self._warn(words)

    def _end(self) -> None:
        self.job = None
        self.ui.checkingSupplies.hide()

    def clear(self) -> None:
        """On lock: a check still running reports to no one."""
        if self.job is not None:
            self.job.cancel()
            self.job.detach()
            self.job = None
