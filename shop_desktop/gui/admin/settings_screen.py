"""Centre settings kept in the vault (the name on reports, idle lock, suppression threshold…)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from shop_desktop.core import settings as centre_settings
from shop_desktop.core.errors import VaultError
from shop_desktop.gui.common.core_words import word
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import icon, note_label, set_kind, set_up_screen
from shop_desktop.gui.forms.ui_settings_screen import Ui_SettingsScreen

LABEL_WIDTH = 340

RETENTION_NOTE = QT_TRANSLATE_NOOP(
    "SettingsScreen",
    "When a period runs out, nothing is erased silently: the coordinator sees what is due at sign-in, can keep "
    "a client back with a reason, and erases from there. Counts in funder reports never change.",
)


def subheading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("subheading", True)
    label.setAccessibleName(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class SettingsScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.ui = set_up_screen(Ui_SettingsScreen(), self)
        self.fields: dict[str, QLineEdit] = {}
        group = "Centre"
        for key, setting in centre_settings.SETTINGS.items():  # one row per setting the vault keeps
            if setting.group != group:  # a section of its own, its fields aligned with the rest
                group = setting.group
                self.ui.form.addRow(subheading(word(group)))
                if group == centre_settings.RETENTION:
                    self.ui.form.addRow(note_label(self.tr(RETENTION_NOTE)))
            edit = QLineEdit(self.session.settings.get(key))
            edit.setAccessibleName(setting.label)
            edit.setMaxLength(setting.max_length if setting.kind is str else 4)
            label = QLabel(setting.label)
            label.setWordWrap(True)  # a long one takes two lines, not the fields' width
            label.ensurePolished()  # the stylesheet's font, before measuring
            label.setFixedWidth(min(label.fontMetrics().horizontalAdvance(setting.label) + 8, LABEL_WIDTH))
            self.ui.form.addRow(label, edit)
            edit.returnPressed.connect(self.save)  # Enter saves, as the screen's one main button
            self.fields[key] = edit
        self.save_button, self.message = self.ui.save_button, self.ui.message
        self.save_button.setIcon(icon("save"))
        self.save_button.clicked.connect(self.save)

    def save(self) -> None:
        changed = [k for k, e in self.fields.items() if e.text().strip() != self.session.settings.get(k)]
        try:
            for key in changed:
                centre_settings.validate(key, self.fields[key].text())
            for key in changed:
                self.session.settings.put(key, self.fields[key].text())
        except VaultError as error:
            self.message.setText(str(error))
            set_kind(self.message, "error")
            return
        words = self.tr("Saved.") if changed else self.tr("Nothing changed.")
        if "idle_lock_minutes" in changed:
            minutes = self.session.settings.get_int("idle_lock_minutes")
            self.services.idle_minutes_changed(minutes)
            words += " " + self.tr("From now on the screen locks after %n idle minute(s).", "", minutes)
        self.message.setText(words)
        set_kind(self.message, "success")
