"""The client registry: find a record, edit it, archive it; coordinators merge and erase."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QHeaderView,
    QWidget,
)

from shop_desktop.core.desk import clients
from shop_desktop.core.desk.clients import ClientMatch
from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Permission
from shop_desktop.gui.common.conflict_guard import open_guarded
from shop_desktop.gui.common.core_words import core_message
from shop_desktop.gui.common.dates import show_date
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import icon, say, set_up_screen, sort_proxy
from shop_desktop.gui.forms.ui_clients_screen import Ui_ClientsScreen
from shop_desktop.gui.frontdesk.client_dialog import ClientDialog


class ClientModel(RowTableModel[ClientMatch]):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Alias"), lambda m: m.alias, lambda m: m.alias.casefold()),
        (QT_TRANSLATE_NOOP("Columns", "Code"), lambda m: m.code, lambda m: m.code),
        (QT_TRANSLATE_NOOP("Columns", "Pronouns"), lambda m: m.pronouns or "", lambda m: m.pronouns or ""),
        (
            QT_TRANSLATE_NOOP("Columns", "Last visit"),
            lambda m: show_date((m.last_visit_at or "")[:10]),
            lambda m: m.last_visit_at or "",
        ),
    )


class ClientsScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.ui = set_up_screen(Ui_ClientsScreen(), self)
        self.search, self.show_archived = self.ui.search, self.ui.show_archived
        self.table, self.empty, self.message = self.ui.table, self.ui.empty, self.ui.message
        self.model = ClientModel(self)
        self.proxy = sort_proxy(self.model)
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.buttons = {
            "new": self.ui.newButton,
            "edit": self.ui.editButton,
            "archive": self.ui.archiveButton,
            "withdraw": self.ui.withdrawButton,
            "merge": self.ui.mergeButton,
            "purge": self.ui.purgeButton,
        }
        for key, name in (("new", "add"), ("edit", "edit"), ("archive", "archive")):
            self.buttons[key].setIcon(icon(name))
        for key in ("merge", "purge"):  # the rare record-keeping actions sit by the title: one row fits 1024 px
            self.buttons[key].setVisible(self.session.can(Permission.MERGE_CLIENTS))
        self._only_at_the_centre()
        self._connect()

    def _only_at_the_centre(self) -> None:
        """On a device holding part of each client (the laptop) erase and merge stay off, saying why."""
        if not self.session.can(Permission.MERGE_CLIENTS):
            return
        reason = self.session.clients.why_not_erase_or_merge_here()
        if reason:
            for key in ("merge", "purge"):
                self.buttons[key].setEnabled(False)
                self.buttons[key].setToolTip(core_message(VaultError(reason)))

    def _connect(self) -> None:
        self.search.textChanged.connect(self.refresh)
        self.show_archived.toggled.connect(self.refresh)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.buttons["new"].clicked.connect(self.register)
        self.buttons["edit"].clicked.connect(self.edit)
        self.buttons["archive"].clicked.connect(self.toggle_archive)
        self.buttons["withdraw"].clicked.connect(self.withdraw)
        self.buttons["merge"].clicked.connect(self.merge)
        self.buttons["purge"].clicked.connect(self.purge)

    def refresh(self) -> None:
        text = self.search.text()
        rows = self.session.clients.search(text, include_archived=self.show_archived.isChecked(), limit=200)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if text.strip() and not rows:
            self.empty.setText(self.tr("No one found. Use Register a client to add them."))

    def selected(self) -> list[ClientMatch]:
        return [self.model.row_at(self.proxy.mapToSource(i)) for i in self.table.selectionModel().selectedRows()]

    def _one(self) -> ClientMatch | None:
        chosen = self.selected()
        if len(chosen) != 1:
            self._say(self.tr("Choose one client in the list first."), "warning")
            return None
        return chosen[0]

    def _say(self, text: str, kind: str = "success") -> None:
        say(self.message, text, kind)

    def register(self) -> None:
        dialog = ClientDialog(self.session, self.services.dialogs, alias=self.search.text(), parent=self)
        if self.services.dialogs.run(dialog) and dialog.saved:
            self.search.setText(dialog.saved.code)
            self._say(self.tr("Registered %s with code %s.") % (dialog.saved.alias, dialog.saved.code))

    def edit(self) -> None:
        match = self._one()
        if match is None:
            return
        client = open_guarded(
            self, self.session, self.services.dialogs, match.id, lambda: self.session.conflicts.open_client(match.id)
        )
        if client is None:
            return
        dialog = ClientDialog(self.session, self.services.dialogs, client=client, parent=self)
        if self.services.dialogs.run(dialog):
            self.refresh()
            self._say(self.tr("Saved."))

    def _act(self, work: object, done: str) -> None:
        try:
            work()  # type: ignore[operator]
        except VaultError as error:
            self._say(str(error), "error")
            return
        self.refresh()
        self._say(done)

    def toggle_archive(self) -> None:
        match = self._one()
        if match is not None:
            archived = self.session.clients.get_client(match.id).status == clients.ARCHIVED
            self._act(
                lambda: self.session.clients.set_archived(match.id, not archived),
                self.tr("Restored.") if archived else self.tr("Archived: hidden from check-in search."),
            )

    def withdraw(self) -> None:
        match = self._one()
        if match is not None and self.services.dialogs.confirm(
            self,
            self.tr("Consent withdrawn?"),
            self.tr(
                "%s no longer wants the centre to keep a record. Their record will be archived and later "
                "visits counted as anonymous. The coordinator can erase it if they ask."
            )
            % match.alias,
            action=self.tr("Record the withdrawal"),
        ):
            self._act(lambda: self.session.clients.withdraw_consent(match.id), self.tr("Withdrawal recorded."))

    def merge(self) -> None:
        chosen = self.selected()
        if len(chosen) != 2:
            self._say(self.tr("Choose the two records of the same person (Ctrl+click), then Merge."), "warning")
            return
        keep, gone = sorted(chosen, key=lambda m: m.last_visit_at or "", reverse=True)
        if self.services.dialogs.confirm(
            self,
            self.tr("Merge these two records?"),
            self.tr(
                "Keep %s (%s) and move everything of %s (%s) into it: visits, programs and notes. This can't be undone."
            )
            % (keep.alias, keep.code, gone.alias, gone.code),
            action=self.tr("Merge"),
            danger=True,
        ):
            self._act(lambda: self.session.clients.merge_clients(keep.id, gone.id), self.tr("Merged."))

    def purge(self) -> None:
        match = self._one()
        if match is not None and self.services.dialogs.confirm(
            self,
            self.tr("Erase %s?") % match.alias,
            self.tr(
                "Erase %s's record because they asked to be forgotten? Their alias, details, consent and note "
                "text are removed for good. Their visits stay only as anonymous counts."
            )
            % match.alias,
            action=self.tr("Erase for good"),
            danger=True,
        ):
            self._act(lambda: self.session.clients.purge_on_request(match.id), self.tr("The record was erased."))
