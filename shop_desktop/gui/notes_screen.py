"""For counsellors: my unsigned drafts (offered back after a crash) and a search of note text.

The search decrypts notes in memory on a worker thread, with its own connection, and can be
cancelled; nothing of the text is written anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shop_desktop.core import notes
from shop_desktop.core.errors import VaultError
from shop_desktop.core.notes import NoteHeader
from shop_desktop.gui.dates import show_datetime
from shop_desktop.gui.models import RowTableModel
from shop_desktop.gui.sections import Services
from shop_desktop.gui.widgets import SearchBox, heading, note_label, say, sorted_row_table
from shop_desktop.gui.workers import Job, wired_job


@dataclass(frozen=True)
class NoteLine:
    header: NoteHeader
    client: str
    snippet: str = ""


class NoteLineModel(RowTableModel[NoteLine]):
    columns = (
        ("When", lambda n: show_datetime(n.header.occurred_at), lambda n: n.header.occurred_at),
        ("Client", lambda n: n.client, lambda n: n.client.casefold()),
        ("Kind", lambda n: n.header.type_label, lambda n: n.header.type_label),
        ("Found", lambda n: n.snippet, lambda n: n.snippet),
    )


def _table(model: NoteLineModel, name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    table, proxy = sorted_row_table(model, name)
    header = table.horizontalHeader()
    for column in range(3):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    return table, proxy


class NotesScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.job: Job | None = None
        self.drafts_model = NoteLineModel(self)
        self.drafts, self.drafts_proxy = _table(self.drafts_model, self.tr("My unsigned drafts"))
        self.drafts.setColumnHidden(3, True)
        self.drafts.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.continue_button = QPushButton(self.tr("&Continue this draft…"))
        self.drafts_empty = note_label(self.tr("You have no unsigned drafts."))
        self.query = SearchBox()
        self.query.setPlaceholderText(self.tr("Words in a note, or a topic such as housing…"))
        self.query.setAccessibleName(self.tr("Search note text"))
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setProperty("primary", True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.hits_model = NoteLineModel(self)
        self.hits, self.hits_proxy = _table(self.hits_model, self.tr("Notes found"))
        self.message = note_label(
            self.tr("Search reads signed notes in memory only. Each search is recorded in the audit trail.")
        )
        self._layout()
        self._connect()
        self._searching(False)
        self.refresh_drafts()

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("Notes")))
        layout.addWidget(QLabel(self.tr("My unsigned drafts")))
        layout.addWidget(self.drafts_empty)
        layout.addWidget(self.drafts, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Search note text")))
        search = QHBoxLayout()
        search.addWidget(self.query, 1)
        search.addWidget(self.search_button)
        search.addWidget(self.cancel_button)
        layout.addLayout(search)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.hits, 2)

    def _connect(self) -> None:
        self.continue_button.clicked.connect(self.continue_draft)
        self.drafts.activated.connect(lambda _index: self.continue_draft())
        self.drafts.doubleClicked.connect(lambda _index: self.continue_draft())
        self.query.returnPressed.connect(self.run_search)
        self.search_button.clicked.connect(self.run_search)
        self.cancel_button.clicked.connect(self.cancel_search)
        self.hits.activated.connect(lambda _index: self.open_hit())
        self.hits.doubleClicked.connect(lambda _index: self.open_hit())

    def _alias(self, client_id: int) -> str:
        client = self.session.clients.get_client(client_id)
        return f"{client.alias} ({client.code})"

    def refresh_drafts(self) -> None:
        drafts = self.session.notes.my_drafts()
        self.drafts_model.set_rows([NoteLine(h, self._alias(h.client_id)) for h in drafts])
        self.drafts_empty.setVisible(not drafts)
        self.drafts.setVisible(bool(drafts))
        self.continue_button.setEnabled(bool(drafts))
        if drafts:
            self.drafts.selectRow(0)

    def _chosen(self, table: QTableView, proxy: QSortFilterProxyModel, model: NoteLineModel) -> NoteLine | None:
        rows = table.selectionModel().selectedRows()
        return model.row_at(proxy.mapToSource(rows[0])) if rows else None

    def continue_draft(self) -> None:
        from shop_desktop.gui.note_editor import NoteEditor

        line = self._chosen(self.drafts, self.drafts_proxy, self.drafts_model)
        if line is None:
            return
        try:
            draft = self.session.notes.open_draft(line.header.id)
            client = self.session.clients.get_client(line.header.client_id)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self.services.dialogs.run(NoteEditor(self.session, self.services.dialogs, client, draft=draft, parent=self))
        if self.session.is_open:
            self.refresh_drafts()

    def run_search(self) -> None:
        if self.job is not None:
            return
        text = self.query.text()
        if len(text.strip()) < 2:
            self._say(self.tr("Type at least two letters to search."), "warning")
            return
        try:
            task = self.session.notes.search_in_worker(text)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self.job = wired_job(
            task,
            finished=self._found,
            failed=lambda text: self._done(text, "error"),
            cancelled=lambda: self._done(self.tr("Search cancelled."), "subtle"),
        )
        self._searching(True)
        self._say(self.tr("Searching…"), "subtle")
        self.services.pool.start(self.job)

    def cancel_search(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _found(self, hits: list[notes.SearchHit]) -> None:
        lines = [NoteLine(hit.header, self._alias(hit.header.client_id), hit.snippet) for hit in hits]
        self.hits_model.set_rows(lines)
        words = self.tr("No signed note contains that.") if not hits else self.tr("%n note(s) found.", "", len(hits))
        self._done(words, "subtle" if hits else "warning")
        if hits:
            self.hits.selectRow(0)
            self.hits.setFocus()

    def _done(self, text: str, kind: str) -> None:
        self.job = None
        self._searching(False)
        self._say(text, kind)

    def _searching(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.search_button.setEnabled(not busy)

    def _say(self, text: str, kind: str) -> None:
        say(self.message, text, kind)

    def open_hit(self) -> None:
        from shop_desktop.gui.note_view import NoteViewer

        line = self._chosen(self.hits, self.hits_proxy, self.hits_model)
        if line is None:
            return
        client = self.session.clients.get_client(line.header.client_id)
        self.services.dialogs.run(NoteViewer(self.session, self.services.dialogs, client, line.header.id, parent=self))

    def clear(self) -> None:
        """On lock: no snippet of note text stays in a model, and a running search ends unheard."""
        if self.job is not None:
            self.job.cancel()
            self.job.detach()
            self.job = None
        self.hits_model.set_rows([])
        self.drafts_model.set_rows([])
        self.query.clear()
