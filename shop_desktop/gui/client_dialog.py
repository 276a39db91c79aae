"""The client form: register a new client (with consent) or edit one."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shop_desktop.core import demographics as demo
from shop_desktop.core.clients import Client, ClientDetails, Consent
from shop_desktop.core.errors import VaultError
from shop_desktop.core.session import Session
from shop_desktop.core.text import LIMITS
from shop_desktop.gui.dialogs import Dialogs
from shop_desktop.gui.unsaved import GuardedDialog
from shop_desktop.gui.widgets import note_label, scrolling_body


def choice_box(choices: dict[str, str], name: str, current: str | None = None) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    box.addItem(demo.UNKNOWN, None)
    for key, label in choices.items():
        box.addItem(label, key)
    box.setCurrentIndex(max(0, box.findData(current)) if current else 0)
    return box


class ClientDialog(GuardedDialog):
    """Alias and consent to keep a record are the only required fields."""

    def __init__(
        self,
        session: Session,
        dialogs: Dialogs,
        *,
        client: Client | None = None,
        alias: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, dialogs=dialogs)
        self.form_name = self.tr("client form") if client else self.tr("registration")
        self.session, self.dialogs, self.client = session, dialogs, client
        self.saved: Client | None = None
        self.setWindowTitle(self.tr("Edit client %s") % client.code if client else self.tr("Register a new client"))
        self.setMinimumWidth(620)
        details = client.details if client else ClientDetails(alias=alias)
        self._build_fields(details)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling_body(self.form, self._consent_box()))  # scrolls at 150% on a laptop
        self.error = note_label(kind="error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.alias.setFocus()

    def _build_fields(self, details: ClientDetails) -> None:
        self.alias = self._line(details.alias, "alias", self.tr("The name the person chooses to give"))
        self.pronouns = self._line(details.pronouns, "pronouns", self.tr("e.g. she/her, they/them"))
        self.gender = choice_box(demo.GENDERS, self.tr("Gender identity"), details.gender)
        self.age_band = choice_box(demo.AGE_BANDS, self.tr("Age band"), details.age_band)
        self.birth_year = QSpinBox()
        self.birth_year.setAccessibleName(self.tr("Year of birth"))
        self.birth_year.setRange(0, QDate.currentDate().year() - 10)
        self.birth_year.setSpecialValueText(self.tr("Not given"))
        self.birth_year.setValue(details.birth_year or 0)
        self.indigenous = choice_box(demo.INDIGENOUS, self.tr("Indigenous identity"), details.indigenous)
        self.phone = self._line(details.phone, "phone", self.tr("Optional"))
        self.alumni = QCheckBox(self.tr("Member of the Alumni Group"))
        self.alumni.setChecked(details.alumni)
        self.remark = QPlainTextEdit(details.remark or "")
        self.remark.setAccessibleName(self.tr("Front-desk remark"))
        self.remark.setPlaceholderText(
            self.tr("Practical notes only (e.g. prefers the side door). No counselling or health details here.")
        )
        self.remark.setTabChangesFocus(True)
        self.remark.setMaximumHeight(80)
        self.form = QFormLayout()
        for label, widget in (
            (self.tr("&Alias *"), self.alias),
            (self.tr("&Pronouns"), self.pronouns),
            (self.tr("&Gender identity"), self.gender),
            (self.tr("Age &band"), self.age_band),
            (self.tr("or &year of birth"), self.birth_year),
            (self.tr("&Indigenous identity"), self.indigenous),
            (self.tr("P&hone"), self.phone),
            ("", self.alumni),
            (self.tr("Front-desk &remark"), self.remark),
        ):
            self.form.addRow(label, widget)

    def _line(self, value: str | None, field: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(value or "")
        edit.setMaxLength(LIMITS[field])
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(field.capitalize())
        return edit

    def _consent_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Consent (read the consent wording to the person)"))
        form = QFormLayout(box)
        self.keep_record = QCheckBox(self.tr("Agrees to the centre keeping a record *"))
        self.alias_on_slips = QCheckBox(self.tr("Alias may be shown on referral slips"))
        self.may_contact = QCheckBox(self.tr("May be contacted"))
        self.given_on = QDateEdit(QDate.currentDate())
        self.given_on.setCalendarPopup(True)
        self.given_on.setAccessibleName(self.tr("Consent given on"))
        self.ends_on = QDateEdit(QDate.currentDate().addYears(1))
        self.ends_on.setCalendarPopup(True)
        self.ends_on.setAccessibleName(self.tr("Consent ends on"))
        self.has_end = QCheckBox(self.tr("Consent ends on"))
        self.has_end.toggled.connect(self.ends_on.setEnabled)
        self.ends_on.setEnabled(False)
        consent = self.client.consent if self.client else None
        if consent:
            self.keep_record.setChecked(consent.keep_record and not consent.withdrawn_on)
            self.alias_on_slips.setChecked(consent.alias_on_slips)
            self.may_contact.setChecked(consent.may_contact)
        for widget in (self.keep_record, self.alias_on_slips, self.may_contact):
            form.addRow(widget)
        form.addRow(self.tr("Given on"), self.given_on)
        form.addRow(self.has_end, self.ends_on)
        return box

    def details(self) -> ClientDetails:
        return ClientDetails(
            alias=self.alias.text(),
            pronouns=self.pronouns.text(),
            gender=self.gender.currentData(),
            age_band=self.age_band.currentData(),
            birth_year=self.birth_year.value() or None,
            indigenous=self.indigenous.currentData(),
            phone=self.phone.text(),
            alumni=self.alumni.isChecked(),
            remark=self.remark.toPlainText(),
        )

    def consent(self) -> Consent:
        return Consent(
            keep_record=self.keep_record.isChecked(),
            alias_on_slips=self.alias_on_slips.isChecked(),
            may_contact=self.may_contact.isChecked(),
            given_on=self.given_on.date().toString("yyyy-MM-dd"),
            ends_on=self.ends_on.date().toString("yyyy-MM-dd") if self.has_end.isChecked() else None,
        )

    def _consent_changed(self) -> bool:
        current = self.client.consent if self.client else None
        wanted = self.consent()
        return current is None or (
            current.keep_record,
            current.alias_on_slips,
            current.may_contact,
            current.ends_on,
        ) != (wanted.keep_record, wanted.alias_on_slips, wanted.may_contact, wanted.ends_on)

    def save(self) -> None:
        try:
            if self.client is None:
                self.saved = self._register()
            else:
                self.saved = self.session.clients.update_client(self.client.id, self.details())
                if self._consent_changed() and self.keep_record.isChecked():
                    self.saved = self.session.clients.record_consent(self.client.id, self.consent())
        except VaultError as error:
            self.error.setText(str(error))
            return
        if self.saved is not None:
            self.accept()

    def _register(self) -> Client | None:
        similar = self.session.clients.similar_aliases(self.alias.text())
        if similar and not self.dialogs.confirm(
            self,
            self.tr("Someone with a similar alias"),
            self.tr("Already registered: %s.\n\nIs this a different person? Register them anyway?")
            % ", ".join(f"{m.alias} ({m.code})" for m in similar[:5]),
            action=self.tr("Register anyway"),
        ):
            return None
        return self.session.clients.register_client(self.details(), self.consent())
