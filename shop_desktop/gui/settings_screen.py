"""Centre settings kept in the vault (the name on reports, idle lock, suppression threshold…)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from shop_desktop.core import settings as centre_settings
from shop_desktop.core.errors import VaultError
from shop_desktop.gui.sections import Services
from shop_desktop.gui.widgets import heading, icon, note_label, set_kind

RETENTION_NOTE = (
    "When a period runs out, nothing is erased silently: the coordinator sees what is due at sign-in, can keep "
    "a client back with a reason, and erases from there. Counts in funder reports never change."
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
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        group = "Centre"
        for key, setting in centre_settings.SETTINGS.items():
            if setting.group != group:  # a section of its own, its fields aligned with the rest
                group = setting.group
                form.addRow(subheading(self.tr(group)))
                if group == centre_settings.RETENTION:
                    form.addRow(note_label(self.tr(RETENTION_NOTE)))
            edit = QLineEdit(self.session.settings.get(key))
            edit.setAccessibleName(setting.label)
            edit.setMaxLength(setting.max_length if setting.kind is str else 4)
            form.addRow(setting.label, edit)
            edit.returnPressed.connect(self.save)  # Enter saves, as the screen's one main button
            self.fields[key] = edit
        self.save_button = QPushButton(icon("save"), self.tr("&Save settings"))
        self.save_button.setProperty("primary", True)
        self.message = note_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("Centre settings")))
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
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
