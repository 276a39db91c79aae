"""On the backup screen: backups in the remembered folder older than the retention period, which
still hold clients erased since, offered for deletion. Only names and dates are read; no backup is opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Permission
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import note_label, set_kind

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class OldBackupsBox(QGroupBox):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.setTitle(self.tr("Old backups past the retention period"))
        self.session = services.session
        self.dialogs = services.dialogs
        self.folder: Path | None = None
        self.explain = note_label()
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Old backup files (Space ticks one)"))
        self.files.setMaximumHeight(120)
        self.delete = QPushButton(self.tr("&Delete ticked backups…"))
        self.delete.setProperty("danger", True)
        self.message = note_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.files)
        row = QHBoxLayout()
        row.addWidget(self.delete)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.delete.clicked.connect(self.delete_ticked)
        self.files.itemChanged.connect(lambda _item: self._enable())
        self.setVisible(False)

    def show_folder(self, folder: Path | None) -> None:
        """List what is old in `folder` (the remembered backup folder); hidden when there is nothing."""
        self.folder = folder
        found = (
            self.session.retention.old_backups(folder) if folder and self.session.can(Permission.PURGE_CLIENTS) else []
        )
        self.files.clear()
        for old in found:
            item = QListWidgetItem(self.tr("%s (made %s)") % (old.path.name, old.made_on.isoformat()))
            item.setData(PATH_ROLE, str(old.path))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.files.addItem(item)
        if found:
            self.files.setCurrentRow(0)
            self.explain.setText(
                self.tr(
                    "%n backup(s) here were made before the retention period. They still hold clients erased "
                    "since then. Delete them unless the centre must keep them.",
                    "",
                    len(found),
                )
            )
        self.setVisible(bool(found) or bool(self.message.text()))
        self._enable()

    def ticked(self) -> list[Path]:
        items = [self.files.item(n) for n in range(self.files.count())]
        return [Path(i.data(PATH_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _enable(self) -> None:
        self.delete.setEnabled(bool(self.ticked()))

    def delete_ticked(self) -> None:
        chosen = self.ticked()
        if not chosen or self.folder is None:
            return
        question = self.tr("Delete %n old backup file(s) for good? They can't be restored afterwards.", "", len(chosen))
        if not self.dialogs.confirm(
            self, self.tr("Delete old backups"), question, action=self.tr("Delete"), danger=True
        ):
            return
        try:
            gone = self.session.retention.delete_old_backups(self.folder, chosen)
        except (VaultError, OSError) as error:
            self.message.setText(self.tr("Couldn't delete them: %s") % error)
            set_kind(self.message, "error")
            return
        self.message.setText(self.tr("%n old backup(s) deleted.", "", gone))
        set_kind(self.message, "success")
        self.show_folder(self.folder)
