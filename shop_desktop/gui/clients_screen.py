"""The client registry: find a record, edit it, archive it; coordinators merge and erase."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shop_desktop.core import clients
from shop_desktop.core.clients import ClientMatch
from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Permission
from shop_desktop.gui.client_dialog import ClientDialog
from shop_desktop.gui.conflict_guard import open_guarded
from shop_desktop.gui.dates import show_date
from shop_desktop.gui.models import SORT_ROLE, RowTableModel
from shop_desktop.gui.sections import Services
from shop_desktop.gui.widgets import SearchBox, heading, icon, note_label, say


class ClientModel(RowTableModel[ClientMatch]):
    columns = (
        ("Alias", lambda m: m.alias, lambda m: m.alias.casefold()),
        ("Code", lambda m: m.code, lambda m: m.code),
        ("Pronouns", lambda m: m.pronouns or "", lambda m: m.pronouns or ""),
        ("Last visit", lambda m: show_date((m.last_visit_at or "")[:10]), lambda m: m.last_visit_at or ""),
    )


class ClientsScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Type an alias or client code…"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.show_archived = QCheckBox(self.tr("Include archived records"))
        self.model = ClientModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Clients found"))
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = note_label(self.tr("Type part of an alias or a code to find a client."))
        self.message = note_label()
        self.buttons = {
            "new": QPushButton(icon("add"), self.tr("&Register a client…")),
            "edit": QPushButton(icon("edit"), self.tr("&Edit…")),
            "archive": QPushButton(icon("archive"), self.tr("&Archive / restore")),
            "withdraw": QPushButton(self.tr("Consent &withdrawn…")),
            "merge": QPushButton(self.tr("&Merge two records…")),
            "purge": QPushButton(self.tr("Era&se on request…")),
        }
        self.buttons["new"].setProperty("primary", True)
        self.buttons["purge"].setProperty("danger", True)
        for key in ("merge", "purge"):
            self.buttons[key].setVisible(self.session.can(Permission.MERGE_CLIENTS))
        self._layout()
        self._connect()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        actions = QHBoxLayout()
        for key in ("new", "edit", "archive", "withdraw"):
            actions.addWidget(self.buttons[key])
        actions.addStretch(1)
        title = QHBoxLayout()  # the rare record-keeping actions up here: six buttons in a row needed 1031 px
        title.addWidget(heading(self.tr("Clients")))
        title.addStretch(1)
        title.addWidget(self.buttons["merge"])
        title.addWidget(self.buttons["purge"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(title)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

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
