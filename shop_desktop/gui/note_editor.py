"""Writing a confidential note: the draft saves itself (encrypted) every few seconds and whenever the
editor closes, including when the app locks; signing makes it final."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shop_desktop.core import notes
from shop_desktop.core.clients import Client
from shop_desktop.core.errors import VaultError
from shop_desktop.core.notes import NOTE_TYPES, TOPIC_TAGS, Note, NoteDraft
from shop_desktop.core.session import Session
from shop_desktop.gui.dialogs import Dialogs
from shop_desktop.gui.unsaved import GuardedDialog
from shop_desktop.gui.widgets import heading, note_label, say, scrolling_body

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
        self.setMinimumSize(760, 620)
        self._build(draft)
        self._layout()
        self.autosave = QTimer(self)
        self.autosave.setInterval(autosave_ms)
        self.autosave.timeout.connect(self.save_if_changed)
        self.autosave.start()
        self._watch_changes()
        self.body.setFocus()

    def _build(self, draft: Note | None) -> None:
        self.note_type = QComboBox()
        self.note_type.setAccessibleName(self.tr("Kind of note"))
        for key, label in NOTE_TYPES.items():
            self.note_type.addItem(label, key)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Date and time of the session"))
        self.duration = QSpinBox()
        self.duration.setRange(0, notes.MAX_DURATION_MINUTES)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("not noted"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.follow_up = QCheckBox(self.tr("Follow up on"))
        self.follow_up_date = QDateEdit(QDate.currentDate().addDays(7))
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setAccessibleName(self.tr("Follow-up date"))
        self.tags = {key: QCheckBox(label) for key, label in TOPIC_TAGS.items()}
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Note text"))
        self.body.setPlaceholderText(self.tr("What happened, what was agreed, what comes next…"))
        self.state = note_label(self.tr("Saved as an encrypted draft every few seconds while you type."))
        self.state.setAccessibleName(self.tr("Draft state"))
        self.sign_button = QPushButton(self.tr("&Sign note"))
        self.sign_button.setProperty("primary", True)
        self.sign_button.setToolTip(self.tr("Sign: the note becomes final (Ctrl+Enter)"))
        self.close_button = QPushButton(self.tr("&Keep as draft and close"))
        self.discard_button = QPushButton(self.tr("&Discard draft…"))
        self.discard_button.setProperty("danger", True)
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
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Kind of note:"), self.note_type)
        form.addRow(self.tr("Date and time:"), self.when)
        form.addRow(self.tr("Duration:"), self.duration)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(self.follow_up_date)
        follow.addStretch(1)
        form.addRow(self.tr("Follow-up:"), follow)
        topics = QGroupBox(self.tr("Topics"))
        grid = QGridLayout(topics)
        for number, box in enumerate(self.tags.values()):
            grid.addWidget(box, number // 3, number % 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Note for %s (%s)") % (self.client.alias, self.client.code)))
        layout.addWidget(scrolling_body(form, topics))  # scrolls at 150% on a laptop; the note keeps room
        layout.addWidget(QLabel(self.tr("Note:")))
        layout.addWidget(self.body, 1)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
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
        self.setWindowTitle(self.tr("Add an addendum"))
        self.setMinimumSize(560, 320)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Addendum text"))
        self.body.setPlaceholderText(self.tr("The correction or addition, as it should be read beneath the note."))
        self.error = note_label(kind="error")
        save = QPushButton(self.tr("&Sign addendum"))
        save.setProperty("primary", True)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)  # else Qt makes it the default button, drawn as the primary one
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(self.tr("An addendum is signed as soon as you save it, and can't be changed.")))
        layout.addWidget(self.body, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        save.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        self.save_button = save

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
