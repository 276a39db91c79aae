"""For counsellors: my unsigned drafts (offered back after a crash) and a search of note text.

The search decrypts notes in memory on a worker thread, with its own connection, and can be
cancelled; nothing of the text is written anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from shop_desktop.core.care import notes
from shop_desktop.core.care.notes import NoteHeader
from shop_desktop.core.errors import VaultError
from shop_desktop.gui.common.dates import show_datetime
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import (
    say,
    set_up_screen,
    sort_proxy,
)
from shop_desktop.gui.common.workers import Job, wired_job
from shop_desktop.gui.forms.ui_notes_screen import Ui_NotesScreen


@dataclass(frozen=True)
class NoteLine:
    header: NoteHeader
    client: str
    snippet: str = ""


class NoteLineModel(RowTableModel[NoteLine]):
    columns = (
        (
            QT_TRANSLATE_NOOP("Columns", "When"),
            lambda n: show_datetime(n.header.occurred_at),
            lambda n: n.header.occurred_at,
        ),
        (QT_TRANSLATE_NOOP("Columns", "Client"), lambda n: n.client, lambda n: n.client.casefold()),
        (QT_TRANSLATE_NOOP("Columns", "Kind"), lambda n: n.header.type_label, lambda n: n.header.type_label),
        (QT_TRANSLATE_NOOP("Columns", "Found"), lambda n: n.snippet, lambda n: n.snippet),
    )


def _show(table: QTableView, model: NoteLineModel) -> QSortFilterProxyModel:
    proxy = sort_proxy(model)
    table.setModel(proxy)
    header = table.horizontalHeader()
    for column in range(3):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    return proxy


class NotesScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.job: Job | None = None
        self.ui = set_up_screen(Ui_NotesScreen(), self)
        ui = self.ui
        self.drafts, self.continue_button, self.drafts_empty = ui.drafts, ui.continue_button, ui.drafts_empty
        self.query, self.search_button, self.cancel_button = ui.query, ui.search_button, ui.cancel_button
        self.progress, self.hits, self.message = ui.progress, ui.hits, ui.message
        self.drafts_model = NoteLineModel(self)
        self.drafts_proxy = _show(self.drafts, self.drafts_model)
        self.drafts.setColumnHidden(3, True)
        self.drafts.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.hits_model = NoteLineModel(self)
        self.hits_proxy = _show(self.hits, self.hits_model)
        self._connect()
        self._searching(False)
        self.refresh_drafts()

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
        from shop_desktop.gui.clinical.note_editor import NoteEditor

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
        from shop_desktop.gui.clinical.note_view import NoteViewer

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
