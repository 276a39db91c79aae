"""Reading a signed note, its addenda beneath it. Opening is audited by the core."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFrame, QLabel, QPlainTextEdit, QWidget

from shop_desktop.core.care.notes import TOPIC_TAGS, Note
from shop_desktop.core.desk.clients import Client
from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Permission
from shop_desktop.core.session import Session
from shop_desktop.gui.clinical.note_editor import AddendumDialog
from shop_desktop.gui.common.dates import show_datetime
from shop_desktop.gui.common.dialogs import Dialogs
from shop_desktop.gui.common.widgets import heading, note_label
from shop_desktop.gui.forms.ui_note_viewer import Ui_NoteViewer


def describe(note: Note, authors: dict[int, str]) -> str:
    """The line above a note: kind, when, how long, who wrote it, topics, follow-up."""
    parts = [note.type_label, show_datetime(note.occurred_at)]
    if note.duration_minutes:
        parts.append(f"{note.duration_minutes} min")
    parts.append(authors.get(note.author_id, "?"))
    if note.tags:
        parts.append(", ".join(TOPIC_TAGS.get(t, t) for t in note.tags))
    if note.follow_up_date:
        parts.append(f"follow up {note.follow_up_date}")
    return " · ".join(parts)


class NoteViewer(QDialog):
    def __init__(
        self, session: Session, dialogs: Dialogs, client: Client, note_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.dialogs, self.client, self.note_id = session, dialogs, client, note_id
        self.ui = Ui_NoteViewer()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Note for %s (%s)") % (client.alias, client.code))
        self.authors = session.staff.display_names()
        self.pages: list[QPlainTextEdit] = []
        self.content, self.content_layout = self.ui.content, self.ui.content_layout
        self.addendum_button = self.ui.addendum_button
        self.addendum_button.setVisible(session.can(Permission.WRITE_NOTES))
        self.addendum_button.clicked.connect(self.add_addendum)
        self.ui.close.clicked.connect(self.reject)
        self.note: Note | None = None
        self.load()

    def load(self) -> None:
        self._clear()
        try:
            self.note = self.session.notes.open_note(self.note_id)
        except VaultError as error:
            self.note = None
            self.addendum_button.setEnabled(False)
            self.content_layout.addWidget(note_label(str(error), kind="error"))
            self.content_layout.addStretch(1)
            return
        self._add_page(self.note, self.tr("Signed note") if self.note.is_signed else self.tr("Draft"))
        for number, addendum in enumerate(self.note.addenda, start=1):
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            self.content_layout.addWidget(line)
            signed = show_datetime(addendum.signed_at)  # the centre's time, as every screen shows it
            self._add_page(addendum, self.tr("Addendum %d, signed %s") % (number, signed))
        self.addendum_button.setEnabled(self.note.is_signed)

    def _add_page(self, note: Note, title: str) -> None:
        self.content_layout.addWidget(heading(title))
        line = QLabel(describe(note, self.authors))
        line.setWordWrap(True)
        self.content_layout.addWidget(line)
        page = QPlainTextEdit(note.body)
        page.setReadOnly(True)
        page.setAccessibleName(title)
        page.setMinimumHeight(140 if note.addendum_to else 260)
        self.pages.append(page)
        self.content_layout.addWidget(page)

    def _clear(self) -> None:
        for page in self.pages:
            page.clear()
        self.pages = []
        while self.content_layout.count():
            item = self.content_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def add_addendum(self) -> None:
        if self.note is None:
            return
        dialog = AddendumDialog(self.session, self.note, parent=self)
        if self.dialogs.run(dialog):
            self.load()

    def done(self, result: int) -> None:
        self._clear()  # no decrypted text left in a widget after the viewer closes
        self.note = None
        super().done(result)
