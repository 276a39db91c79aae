"""One client's history: visits, program attendance and, for clinical staff, their notes.

Front desk sees the same list without any note entry: the core leaves them out, not this screen.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QTableView,
    QWidget,
)

from shop_desktop.core.desk.clients import Client
from shop_desktop.core.desk.timeline import TimelineEntry
from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Permission
from shop_desktop.gui.common.client_picker import ClientPicker
from shop_desktop.gui.common.conflict_guard import open_guarded
from shop_desktop.gui.common.dates import show_date, show_datetime
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import icon, say, set_up_screen
from shop_desktop.gui.forms.ui_history_screen import Ui_HistoryScreen

KIND_WORDS = {  # shown through the "Status" context
    "visit": QT_TRANSLATE_NOOP("Status", "Visit"),
    "program": QT_TRANSLATE_NOOP("Status", "Program"),
    "referral": QT_TRANSLATE_NOOP("Status", "Referral"),
    "suite": QT_TRANSLATE_NOOP("Status", "Safe Suite"),
    "note": QT_TRANSLATE_NOOP("Status", "Note"),
    "alert": QT_TRANSLATE_NOOP("Status", "Alert"),
}


def _kind(kind: str) -> str:
    return QCoreApplication.translate("Status", KIND_WORDS.get(kind, kind))


def _voided() -> str:
    return QCoreApplication.translate("Status", " (voided)")


def _details(entry: TimelineEntry) -> str:
    if entry.kind == "visit":
        return entry.detail or QCoreApplication.translate("Status", "Visit")
    return f"{entry.title}: {entry.detail}" if entry.detail else entry.title


class TimelineModel(RowTableModel[TimelineEntry]):
    columns = (
        (
            QT_TRANSLATE_NOOP("Columns", "When"),
            lambda e: show_datetime(e.at) if not e.at.endswith("T00:00") else show_date(e.at[:10]),
            lambda e: e.at,
        ),
        (
            QT_TRANSLATE_NOOP("Columns", "What"),
            lambda e: _kind(e.kind) + (_voided() if e.voided else ""),
            lambda e: e.kind,
        ),
        (QT_TRANSLATE_NOOP("Columns", "Details"), lambda e: _details(e), lambda e: _details(e).casefold()),
    )


class HistoryScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.client: Client | None = None
        self.ui = set_up_screen(Ui_HistoryScreen(), self)
        self.picker = ClientPicker(self.session, include_archived=True)
        self.ui.pickerColumn.addWidget(self.picker)
        self.search, self.matches = self.picker.search, self.picker.matches
        self.title, self.summary, self.message = self.ui.title, self.ui.summary, self.ui.message
        self.model = TimelineModel(self)  # sorts itself: a proxy cost 60,000 key calls on a heavy client
        self.table = self._table()
        self.new_note, self.open_note = self.ui.new_note, self.ui.open_note
        self.new_note.setIcon(icon("add"))
        self.new_note.setVisible(self.session.can(Permission.WRITE_NOTES))
        self.open_note.setVisible(self.session.can(Permission.READ_NOTES))
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([260, 700])
        self._connect()
        self._update_buttons()

    def _table(self) -> QTableView:
        table = self.ui.table
        table.setModel(self.model)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        header = table.horizontalHeader()
        # Widths from the longest text each column can hold, not ResizeToContents: that measured
        # every row of a 2,500-entry history at each show.
        metrics, padding = table.fontMetrics(), 24
        widest_kind = max(map(_kind, KIND_WORDS), key=metrics.horizontalAdvance) + _voided()
        for column, sample in ((0, "2026-12-31 23:59"), (1, widest_kind)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + padding)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table

    def _connect(self) -> None:
        self.picker.picked.connect(self.show_client)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.new_note.clicked.connect(self.write_note)
        self.open_note.clicked.connect(self.open_selected)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+N"), self, self.write_note)

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        if self.client is None:
            self.search.setFocus()

    def show_client(self, client_id: int) -> None:
        try:
            self.client = self.session.clients.get_client(client_id)
            entries = open_guarded(
                self,
                self.session,
                self.services.dialogs,
                client_id,
                lambda: self.session.timeline.client_timeline(client_id),
            )
        except VaultError as error:
            self._say(str(error), "error")
            return
        if entries is None:  # in conflict with this client, and no reason given to open it
            self._say(self.tr("The record stays closed."), "warning")
            return
        self.model.set_rows(entries)
        self.title.setText(self.tr("%s (%s)") % (self.client.alias, self.client.code))
        self.title.setToolTip(self.client.alias)
        counts = {kind: sum(1 for e in entries if e.kind == kind) for kind in KIND_WORDS}
        words = {
            "visit": self.tr("%n visit(s)", "", counts["visit"]),
            "program": self.tr("%n program session(s)", "", counts["program"]),
            "referral": self.tr("%n referral(s)", "", counts["referral"]),
            "suite": self.tr("%n Safe Suite stay(s)", "", counts["suite"]),
            "note": self.tr("%n note(s)", "", counts["note"]),
            "alert": self.tr("%n alert(s) reported", "", counts["alert"]),
        }
        text = " · ".join(words[kind] for kind in KIND_WORDS if counts[kind] or kind == "visit")
        if not entries:
            text = self.tr("Nothing recorded yet for this client.")
        self.summary.setText(text)
        self.message.clear()
        self._update_buttons()
        self.table.setFocus()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))  # selects row 0 (whole rows)

    def clear(self) -> None:
        """On lock: nothing of this client stays in a widget."""
        self.client = None
        self.model.set_rows([])
        self.picker.clear()

    def selected_entry(self) -> TimelineEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        self.new_note.setEnabled(self.client is not None)
        self.open_note.setEnabled(entry is not None and entry.kind == "note")

    def _say(self, text: str, kind: str = "success") -> None:
        say(self.message, text, kind)

    def write_note(self) -> None:
        from shop_desktop.gui.clinical.note_editor import NoteEditor

        if self.client is None or not self.session.can(Permission.WRITE_NOTES):
            return
        editor = NoteEditor(self.session, self.services.dialogs, self.client, parent=self)
        signed = self.services.dialogs.run(editor)
        if self.session.is_open:
            self.show_client(self.client.id)
            self._say(
                self.tr("Note signed.") if signed else self.tr("Draft kept. Find it under Notes."),
                "success" if signed else "subtle",
            )

    def open_selected(self) -> None:
        from shop_desktop.gui.clinical.note_view import NoteViewer

        entry = self.selected_entry()
        if entry is None or entry.kind != "note" or self.client is None:
            return
        if entry.detail == "Draft":
            self._continue_draft(entry.ref_id)
            return
        self.services.dialogs.run(
            NoteViewer(self.session, self.services.dialogs, self.client, entry.ref_id, parent=self)
        )
        if self.session.is_open:
            self.show_client(self.client.id)

    def _continue_draft(self, note_id: int) -> None:
        from shop_desktop.gui.clinical.note_editor import NoteEditor

        assert self.client is not None
        try:
            draft = self.session.notes.open_draft(note_id)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self.services.dialogs.run(
            NoteEditor(self.session, self.services.dialogs, self.client, draft=draft, parent=self)
        )
        if self.session.is_open:
            self.show_client(self.client.id)
