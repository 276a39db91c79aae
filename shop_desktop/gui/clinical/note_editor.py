"""Writing a confidential note: the draft saves itself (encrypted) every few seconds and whenever the
editor closes, including when the app locks; signing makes it final."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from shop_desktop.core.care import notes
from shop_desktop.core.care.notes import NOTE_TYPES, TOPIC_TAGS, Note, NoteDraft
from shop_desktop.core.desk.clients import Client
from shop_desktop.core.errors import VaultError
from shop_desktop.core.session import Session
from shop_desktop.gui.common.dialogs import Dialogs
from shop_desktop.gui.common.unsaved import GuardedDialog
from shop_desktop.gui.common.widgets import say
from shop_desktop.gui.forms.ui_addendum_dialog import Ui_AddendumDialog
from shop_desktop.gui.forms.ui_note_editor import Ui_NoteEditor

AUTOSAVE_MS = 4_000


class NoteEditor(QDialog):
    """A new note for a client, or my unsigned draft continued."""

    def __init__(
        self,
        session: Session,
        dialogs: Dialogs,
        client: Client,
        *,
        draft: Note | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.dialogs, self.client = session, dialogs, client
        self.note_id: int | None = draft.id if draft else None
        self.signed_id: int | None = None
        self.dirty = False
        self.setWindowTitle(self.tr("Note for %s (%s)") % (client.alias, client.code))
        self._build(draft)
        self._layout()
        self.autosave = QTimer(self)
        self.autosave.setInterval(autosave_ms)
        self.autosave.timeout.connect(self.save_if_changed)
        self.autosave.start()
        self._watch_changes()
        self.body.setFocus()

    def _build(self, draft: Note | None) -> None:
        self.ui = Ui_NoteEditor()
        self.ui.setupUi(self)  # the fields scroll at 150% on a laptop; the note keeps its room
        ui = self.ui
        ui.title.setText(self.windowTitle())
        ui.title.setAccessibleName(self.windowTitle())
        self.note_type, self.when, self.duration, self.body = ui.note_type, ui.when, ui.duration, ui.body
        self.follow_up, self.follow_up_date, self.state = ui.follow_up, ui.follow_up_date, ui.state
        self.sign_button, self.close_button, self.discard_button = ui.sign_button, ui.close_button, ui.discard_button
        for key, label in NOTE_TYPES.items():
            self.note_type.addItem(label, key)
        self.when.setDateTime(QDateTime.currentDateTime())
        self.duration.setRange(0, notes.MAX_DURATION_MINUTES)
        self.follow_up_date.setDate(QDate.currentDate().addDays(7))
        self.tags = {key: QCheckBox(label) for key, label in TOPIC_TAGS.items()}
        for number, box in enumerate(self.tags.values()):
            ui.topicsGrid.addWidget(box, number // 3, number % 3)
        if draft is not None:
            self._fill(draft)

    def _fill(self, draft: Note) -> None:
        self.note_type.setCurrentIndex(max(0, self.note_type.findData(draft.note_type)))
        self.when.setDateTime(QDateTime.fromString(draft.occurred_at, "yyyy-MM-ddTHH:mm"))
        self.duration.setValue(draft.duration_minutes or 0)
        if draft.follow_up_date:
            self.follow_up.setChecked(True)
            self.follow_up_date.setDate(QDate.fromString(draft.follow_up_date, "yyyy-MM-dd"))
        for key in draft.tags:
            if key in self.tags:
                self.tags[key].setChecked(True)
        self.body.setPlainText(draft.body)

    def _layout(self) -> None:
        self.sign_button.clicked.connect(self.sign)
        self.close_button.clicked.connect(self.reject)
        self.discard_button.clicked.connect(self.discard)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.sign)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_if_changed)

    def _watch_changes(self) -> None:
        mark = self._mark_dirty
        self.note_type.currentIndexChanged.connect(mark)
        self.when.dateTimeChanged.connect(mark)
        self.duration.valueChanged.connect(mark)
        self.follow_up.toggled.connect(mark)
        self.follow_up_date.dateChanged.connect(mark)
        self.body.textChanged.connect(mark)
        for box in self.tags.values():
            box.toggled.connect(mark)

    def _mark_dirty(self, *_args: object) -> None:
        self.dirty = True

    def draft(self) -> NoteDraft:
        when = self.when.dateTime().toPython()
        return NoteDraft(
            client_id=self.client.id,
            note_type=self.note_type.currentData(),
            body=self.body.toPlainText(),
            occurred_at=when.isoformat(timespec="minutes"),
            duration_minutes=self.duration.value() or None,
            follow_up_date=self.follow_up_date.date().toString("yyyy-MM-dd") if self.follow_up.isChecked() else None,
            tags=tuple(key for key, box in self.tags.items() if box.isChecked()),
            note_id=self.note_id,
        )

    def _worth_saving(self) -> bool:
        return self.dirty and (self.note_id is not None or bool(self.body.toPlainText().strip()))

    def save_if_changed(self) -> bool:
        """Autosave: encrypted into the vault, never to a file. Returns False if it could not save."""
        if not self._worth_saving():
            return True
        try:
            self.note_id = self.session.notes.save_draft(self.draft())
        except VaultError as error:
            self._say(str(error), "error")
            return False
        self.dirty = False
        self._say(
            self.tr("Draft saved at %s (encrypted). Only you can see it until you sign it.")
            % datetime.now().strftime("%H:%M:%S"),
            "subtle",
        )
        return True

    def _say(self, text: str, kind: str) -> None:
        say(self.state, text, kind)

    def sign(self) -> None:
        if not self.sign_button.isEnabled():
            return
        if not self.body.toPlainText().strip():
            self._say(self.tr("Write the note before signing it."), "warning")
            return
        if not self.dialogs.confirm(
            self,
            self.tr("Sign this note?"),
            self.tr("Once signed, the note can't be changed. Corrections are added beneath it as addenda."),
            action=self.tr("Sign note"),
        ):
            return
        self.sign_button.setEnabled(False)
        try:
            self.signed_id = self.session.notes.sign_note(self.draft())
        except VaultError as error:
            self.sign_button.setEnabled(True)
            self._say(str(error), "error")
            return
        self.note_id = self.signed_id
        self.dirty = False
        self._close(accepted=True)

    def discard(self) -> None:
        if not self.dialogs.confirm(
            self,
            self.tr("Discard this draft?"),
            self.tr("The draft will be deleted and can't be brought back."),
            action=self.tr("Discard"),
            danger=True,
        ):
            return
        if self.note_id is not None:
            try:
                self.session.notes.discard_draft(self.note_id)
            except VaultError as error:
                self._say(str(error), "error")
                return
        self.note_id = None
        self.dirty = False
        self._close(accepted=False)

    def reject(self) -> None:
        """Esc, the window's close button, or the app locking: the draft is kept, encrypted."""
        self.save_if_changed()
        self._close(accepted=False)

    close_for_lock = reject  # the lock saves the draft too, asking nothing

    def _close(self, *, accepted: bool) -> None:
        self.autosave.stop()
        self.body.blockSignals(True)
        self.body.clear()  # no decrypted text left in a widget after the editor closes
        if accepted:
            super().accept()
        else:
            super().reject()


class AddendumDialog(GuardedDialog):
    """A signed correction beneath a signed note."""

    def __init__(self, session: Session, note: Note, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_name = self.tr("addendum")
        self.session, self.note = session, note
        self.added: int | None = None
        self.ui = Ui_AddendumDialog()
        self.ui.setupUi(self)
        self.body, self.error, self.save_button = self.ui.body, self.ui.error, self.ui.save_button
        self.save_button.clicked.connect(self.save)
        self.ui.cancel.clicked.connect(self.reject)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.save_button.setEnabled(False)
        try:
            self.added = self.session.notes.add_addendum(self.note.id, self.body.toPlainText())
        except VaultError as error:
            self.save_button.setEnabled(True)
            self.error.setText(str(error))
            return
        self.body.clear()
        self.accept()
