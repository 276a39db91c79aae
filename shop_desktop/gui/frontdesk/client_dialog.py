"""The client form: register a new client (with consent) or edit one."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QWidget

from shop_desktop.core.desk import demographics as demo
from shop_desktop.core.desk.clients import Client, ClientDetails, Consent
from shop_desktop.core.errors import VaultError
from shop_desktop.core.session import Session
from shop_desktop.core.text import LIMITS
from shop_desktop.gui.common.dialogs import Dialogs
from shop_desktop.gui.common.unsaved import GuardedDialog
from shop_desktop.gui.forms.ui_client_dialog import Ui_ClientDialog


def fill_choices(box: QComboBox, choices: dict[str, str], current: str | None = None) -> QComboBox:
    box.clear()
    box.addItem(demo.UNKNOWN, None)
    for key, label in choices.items():
        box.addItem(label, key)
    box.setCurrentIndex(max(0, box.findData(current)) if current else 0)
    return box


def choice_box(choices: dict[str, str], name: str, current: str | None = None) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    return fill_choices(box, choices, current)


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
        self.ui = Ui_ClientDialog()
        self.ui.setupUi(self)  # the fields scroll at 150% on a laptop; the buttons stay in sight
        if client:
            self.setWindowTitle(self.tr("Edit client %s") % client.code)
        self._fill_fields(client.details if client else ClientDetails(alias=alias))
        self._fill_consent()
        self._leave_at_the_centre()
        self.error = self.ui.error
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.alias.setFocus()

    def _fill_fields(self, details: ClientDetails) -> None:
        ui = self.ui
        self.alias, self.pronouns, self.phone = ui.alias, ui.pronouns, ui.phone
        for field, edit in (("alias", ui.alias), ("pronouns", ui.pronouns), ("phone", ui.phone)):
            edit.setMaxLength(LIMITS[field])
            edit.setText(getattr(details, field) or "")
        self.gender = fill_choices(ui.gender, demo.GENDERS, details.gender)
        self.age_band = fill_choices(ui.age_band, demo.AGE_BANDS, details.age_band)
        self.indigenous = fill_choices(ui.indigenous, demo.INDIGENOUS, details.indigenous)
        self.birth_year = ui.birth_year
        self.birth_year.setRange(0, QDate.currentDate().year() - 10)
        self.birth_year.setValue(details.birth_year or 0)
        self.alumni, self.remark = ui.alumni, ui.remark
        self.alumni.setChecked(details.alumni)
        self.remark.setPlainText(details.remark or "")

    def _leave_at_the_centre(self) -> None:
        """On an outreach laptop only the alias is kept (core refuses the rest): those rows are hidden."""
        left = self.session.clients.kept_at_the_centre()
        ui = self.ui
        for name in ("pronouns", "gender", "age_band", "birth_year", "indigenous", "phone", "alumni", "remark"):
            if name in left:
                ui.form.setRowVisible(getattr(ui, name), False)
        ui.keptAtCentre.setVisible(bool(left))

    def _fill_consent(self) -> None:
        ui = self.ui
        self.keep_record, self.alias_on_slips, self.may_contact = ui.keep_record, ui.alias_on_slips, ui.may_contact
        self.given_on, self.ends_on, self.has_end = ui.given_on, ui.ends_on, ui.has_end
        self.given_on.setDate(QDate.currentDate())
        self.ends_on.setDate(QDate.currentDate().addYears(1))
        self.has_end.toggled.connect(self.ends_on.setEnabled)
        consent = self.client.consent if self.client else None
        if consent:
            self.keep_record.setChecked(consent.keep_record and not consent.withdrawn_on)
            self.alias_on_slips.setChecked(consent.alias_on_slips)
            self.may_contact.setChecked(consent.may_contact)

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
