"""The Sync section: the sync folder, Sync now (a job behind a modal progress dialog with Cancel, see
sync_runner), the devices and their last bundle, Add a device (an enrollment file), and the review
list with Settled.

Every signed-in person may Sync now; choosing the folder, adding devices and settling the review list
show only to those whose role the core lets do it (`sync_runner.may`). The core checks each action
and writes the audit entries; this screen only shows and asks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QWidget

from shop_desktop.core.errors import VaultError
from shop_desktop.gui.admin import sync_runner
from shop_desktop.gui.common.core_words import core_message
from shop_desktop.gui.common.dates import show_datetime
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import icon, say, set_up_screen
from shop_desktop.gui.forms.ui_add_device_dialog import Ui_AddDeviceDialog
from shop_desktop.gui.forms.ui_sync_screen import Ui_SyncScreen


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncScreen", text)


def _profile_title(key: str) -> str:
    from shop_desktop.core.sync.profiles import PROFILES

    found = PROFILES.get(key)
    return found.title if found else key


def _last_bundle(device: Any) -> str:
    return show_datetime(device.last_at) if device.last_at else _tr("None yet")


def _retired(device: Any) -> bool:
    return bool(device.retired)


class DevicesModel(RowTableModel[Any]):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Device"), lambda d: d.name, lambda d: d.name.casefold()),
        (QT_TRANSLATE_NOOP("Columns", "Carries"), lambda d: _profile_title(d.profile), lambda d: d.profile),
        (QT_TRANSLATE_NOOP("Columns", "Last bundle"), _last_bundle, lambda d: d.last_at),
        (QT_TRANSLATE_NOOP("Columns", "State"), lambda d: _tr("Retired") if d.retired else _tr("In use"), _retired),
    )


def values_text(values: dict[str, Any]) -> str:
    """ "alias: Jade; phone: 555-0101" for the review list; sealed values (bytes) are never shown."""
    shown = []
    for name, value in values.items():
        if isinstance(value, bytes | bytearray):
            value = _tr("(sealed)")
        shown.append(f"{name.replace('_', ' ')}: {'' if value is None else value}")
    return "; ".join(shown) or _tr("(removed)")


class ReviewModel(RowTableModel[Any]):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "When"), lambda i: show_datetime(i.at), lambda i: i.at),
        (QT_TRANSLATE_NOOP("Columns", "What happened"), lambda i: i.summary, lambda i: i.summary.casefold()),
        (QT_TRANSLATE_NOOP("Columns", "Kept"), lambda i: values_text(i.kept), lambda i: values_text(i.kept)),
        (QT_TRANSLATE_NOOP("Columns", "Other value"), lambda i: values_text(i.other), lambda i: values_text(i.other)),
    )


class AddDeviceDialog(QDialog):
    """A name, a profile and who will join (only their passphrase opens the file); saving asks
    where the enrollment file goes."""

    def __init__(self, parent: QWidget | None = None, staff: list[Any] | None = None) -> None:
        from shop_desktop.core.sync.profiles import PROFILES

        super().__init__(parent)
        self.ui = Ui_AddDeviceDialog()
        self.ui.setupUi(self)
        self.name, self.profile, self.error = self.ui.name, self.ui.profile, self.ui.error
        self.joiner = self.ui.joiner
        for member in staff or []:
            self.joiner.addItem(f"{member.display_name} ({member.username})", member.id)
        for key, profile in PROFILES.items():
            if key != "centre":  # there is one centre PC: the first vault
                self.profile.addItem(profile.title, key)
        outreach = self.profile.findData("outreach")
        self.profile.setCurrentIndex(max(outreach, 0))
        self.profile.currentIndexChanged.connect(self._describe)
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save the enrollment file…"))
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._describe()
        self.name.setFocus()

    def _describe(self) -> None:
        from shop_desktop.core.sync.profiles import PROFILES

        self.ui.description.setText(PROFILES[self.profile_key()].description)

    def profile_key(self) -> str:
        return str(self.profile.currentData())

    def joiner_id(self) -> int | None:
        chosen = self.joiner.currentData()
        return None if chosen is None else int(chosen)

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Give the device a name, e.g. Outreach laptop."))
            self.name.setFocus()
            return
        if self.joiner_id() is None:
            self.error.setText(self.tr("Choose who will join the device: add their account in Staff first."))
            self.joiner.setFocus()
            return
        self.accept()


class SyncScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.dialogs = services.dialogs
        self.ui = ui = set_up_screen(Ui_SyncScreen(), self)
        self.folder_label, self.choose, self.sync_now = ui.folder_label, ui.choose, ui.sync_now
        self.result, self.last = ui.result, ui.last
        self.devices_model, self.review_model = DevicesModel(self), ReviewModel(self)
        self._table(ui.devices, self.devices_model, stretch=0)
        self._table(ui.review, self.review_model, stretch=1)
        self.sync_now.setIcon(icon("sync"))
        self.choose.setVisible(sync_runner.may(self.session, "syncing.set_folder"))
        ui.devicesBox.setVisible(sync_runner.may(self.session, "devices.listing"))
        ui.add_device.setVisible(sync_runner.may(self.session, "devices.add"))
        ui.reviewBox.setVisible(sync_runner.may(self.session, "review.items"))
        self.choose.clicked.connect(self.choose_folder)
        self.sync_now.clicked.connect(self.start_sync)
        ui.add_device.clicked.connect(self.add_device)
        ui.settled.clicked.connect(self.settle)
        self.refresh()

    @staticmethod
    def _table(view: QTableView, model: RowTableModel[Any], stretch: int) -> None:
        """Every column as wide as its words, but one that takes the room left (and elides)."""
        view.setModel(model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # --- what is shown -----------------------------------------------------------------------

    def refresh(self) -> None:
        folder = self.session.syncing.folder()
        self.folder_label.setText(str(folder) if folder else self.tr("No folder chosen yet"))
        self.folder_label.setToolTip(self.folder_label.text())
        self.last.setText(sync_runner.status_text(self.session))
        if self.ui.devicesBox.isVisibleTo(self):
            self.devices_model.set_rows(self.session.devices.listing())
        if self.ui.reviewBox.isVisibleTo(self):
            self.review_model.set_rows(self.session.review.items())
            self._review_state()
        self.services.refresh_status()

    def _review_state(self) -> None:
        empty = not self.review_model.rows
        self.ui.settled.setEnabled(not empty)
        self.ui.reviewNote.setText(
            self.tr("Nothing to review. When two devices change the same thing, it is listed here.")
            if empty
            else self.tr(
                "When two devices changed the same thing, the later edit was kept. Check the other value, "
                "correct the record if needed, then mark it settled."
            )
        )

    def _say(self, text: str, kind: str) -> None:
        say(self.result, text, kind)

    # --- the folder and the run --------------------------------------------------------------

    def choose_folder(self) -> bool:
        chosen = self.dialogs.pick_folder(
            self, self.tr("Choose the sync folder (a USB stick, or the folder Syncthing keeps in step)")
        )
        if chosen is None:
            return False
        try:
            self.session.syncing.set_folder(chosen)
        except VaultError as error:
            self._say(core_message(error), "error")
            return False
        self._say(self.tr("This PC syncs through %s.") % chosen, "success")
        self.refresh()
        return True

    def start_sync(self) -> None:
        if not self.session.syncing.folder():
            if not self.choose.isVisibleTo(self):
                self._say(self.tr("No sync folder is chosen yet. Ask the coordinator to choose one."), "warning")
                return
            if not self.choose_folder():
                return
        self._say("", "subtle")
        dialog = sync_runner.run_modal(self.services, self)
        if dialog.problem:
            self._say(dialog.problem, "error")
        elif dialog.was_cancelled:
            self._say(self.tr("Sync stopped. What was already applied is kept; the next sync carries on."), "warning")
        elif dialog.outcome is not None:
            self._say(sync_runner.result_words(dialog.outcome), "warning" if dialog.outcome.refused else "success")
        self.refresh()

    # --- devices and the review list ---------------------------------------------------------

    def add_device(self) -> None:
        staff = [m for m in self.session.staff.list_staff(include_disabled=False) if m.active]
        dialog = AddDeviceDialog(self, staff)
        if not self.dialogs.run(dialog):
            return
        name, profile, joiner = dialog.name.text().strip(), dialog.profile_key(), dialog.joiner_id()
        folder = self.dialogs.pick_folder(self, self.tr("Where should the enrollment file go? (a USB stick)"))
        if folder is None:
            return
        self._say("", "subtle")
        adding = sync_runner.AddingDialog(self.session, self.services.pool, (name, profile, folder, joiner), self)
        sync_runner.run_modal(self.services, self, adding)
        if adding.problem:
            self._say(adding.problem, "error")
        elif adding.was_cancelled:
            self._say(self.tr("Adding the device was stopped. No enrollment file was written."), "warning")
        elif adding.outcome is not None:
            self._say(
                self.tr(
                    "Enrollment file saved: %1. On %2, open SHOP Desktop, choose Join from an enrollment file,"
                    " and sign in as %3: only their passphrase opens it."
                )
                .replace("%1", str(adding.outcome))
                .replace("%2", name)
                .replace("%3", dialog.joiner.currentText()),
                "success",
            )
        self.refresh()

    def settle(self) -> None:
        rows = self.ui.review.selectionModel().selectedRows() if self.ui.review.selectionModel() else []
        if not rows:
            self._say(self.tr("Choose a line in the review list first."), "warning")
            return
        item = self.review_model.row_at(rows[0])
        try:
            self.session.review.settle(item.id)
        except VaultError as error:
            self._say(core_message(error), "error")
            return
        self._say(self.tr("Settled: %s") % item.summary, "success")
        self.refresh()

    def clear(self) -> None:
        """On lock: let go of the lists (the review list names clients' aliases)."""
        self.devices_model.set_rows([])
        self.review_model.set_rows([])
