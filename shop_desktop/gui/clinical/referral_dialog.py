"""Making a referral for a client, and recording what came of one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QDialogButtonBox, QWidget

from shop_desktop.core.care import referrals
from shop_desktop.core.care.referrals import PRIORITIES, STATUSES, Agency, Referral, ReferralRequest
from shop_desktop.core.desk.clients import Client
from shop_desktop.core.errors import VaultError
from shop_desktop.core.session import Session
from shop_desktop.gui.common.core_words import word
from shop_desktop.gui.common.unsaved import GuardedDialog
from shop_desktop.gui.common.widgets import ElidedLabel, available_room, fit_into, set_kind
from shop_desktop.gui.forms.ui_outcome_dialog import Ui_OutcomeDialog
from shop_desktop.gui.forms.ui_referral_dialog import Ui_ReferralDialog

__all__ = ["ElidedLabel", "OutcomeDialog", "ReferralDialog"]


class FittingDialog(GuardedDialog):
    """Opens tall enough for its wrapped text (Qt sizes a new window without asking wrapped labels)."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        needed = self.layout().totalHeightForWidth(self.width())
        if needed < 0:  # nothing in the layout itself wraps (the fields are in a scroll area)
            needed = self.sizeHint().height()
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)
        fit_into(self, available_room(self))  # but never taller than the screen


def _iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReferralDialog(FittingDialog):
    """Agency, how soon, the need, the follow-up day, and whether the agency may see the alias."""

    def __init__(self, session: Session, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_name = self.tr("referral")
        self.session, self.client = session, client
        self.saved: Referral | None = None
        self.follow_up_touched = False
        self.agencies = session.referrals.list_agencies()
        self.alias_allowed = session.referrals.alias_allowed(client.id)
        self.centre = session.settings.get("centre_name")
        self._build()
        self._connect()
        self._priority_changed()
        self._agency_changed()
        self.agency.setFocus()

    def _build(self) -> None:
        self.ui = Ui_ReferralDialog()
        self.ui.setupUi(self)  # the fields scroll at 150% on a laptop; the buttons stay in sight
        ui = self.ui
        self.who, self.agency_details, self.priority = ui.who, ui.agency_details, ui.priority
        self.who.set_full_text(self.tr("Referral for %s (%s)") % (self.client.alias, self.client.code))
        self.agency = self._agency_box()
        for key, label in PRIORITIES.items():
            self.priority.addItem(word(label), key)
        self.priority.setCurrentIndex(self.priority.findData("routine"))
        self.reason, self.services = ui.reason, ui.services
        self.services.setMaxLength(referrals.SERVICES_LIMIT)
        self._build_dates()
        self._build_consent()

    def _agency_box(self) -> QComboBox:
        """Type any part of an agency's name (or its kind) to jump to it."""
        box = self.ui.agency  # a long agency name scrolls in the box (30 characters), not the dialog wider
        for agency in self.agencies:
            box.addItem(f"{agency.name} — {agency.category_label}", agency.id)
        completer = QCompleter(box.model(), box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        box.setCompleter(completer)
        box.setCurrentIndex(-1)  # the worker chooses; a first agency picked by default is too easy to miss
        box.lineEdit().setPlaceholderText(self.tr("Type part of the agency's name or kind…"))
        return box

    def _build_dates(self) -> None:
        today = QDate.currentDate()
        self.referred_on, self.follow_up = self.ui.referred_on, self.ui.follow_up
        self.referred_on.setMaximumDate(today)
        self.referred_on.setMinimumDate(today.addDays(-referrals.LATE_ENTRY_DAYS))
        self.referred_on.setDate(today)
        self.follow_up.setDate(today)

    def _build_consent(self) -> None:
        self.alias_consent, self.alias_note, self.wording = self.ui.alias_consent, self.ui.alias_note, self.ui.wording
        self.alias_consent.setEnabled(self.alias_allowed)
        if self.alias_allowed:
            self.alias_note.setText(
                self.tr("Ask them. Without it the slip shows only their client code, %s.") % self.client.code
            )
        else:
            self.alias_note.setText(
                self.tr(
                    "Their consent record does not allow the alias on referral slips, so the slip shows the code %s. "
                    "Update consent on the Clients screen if they want that changed."
                )
                % self.client.code
            )
            set_kind(self.alias_note, "warning")
        self.error, self.buttons = self.ui.error, self.ui.buttons
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save referral"))

    def _connect(self) -> None:
        self.agency.currentIndexChanged.connect(lambda _i: self._agency_changed())
        self.agency.editTextChanged.connect(lambda _t: self._agency_changed())
        self.priority.currentIndexChanged.connect(lambda _i: self._priority_changed())
        self.referred_on.dateChanged.connect(lambda _d: self._priority_changed())
        self.follow_up.dateChanged.connect(self._follow_up_edited)
        self.alias_consent.toggled.connect(lambda _on: self._update_wording())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def chosen_agency(self) -> Agency | None:
        if self.agency.currentText() != self.agency.itemText(self.agency.currentIndex()):
            return None  # typed text that matches no agency
        agency_id = self.agency.currentData()
        return next((a for a in self.agencies if a.id == agency_id), None)

    def _agency_changed(self) -> None:
        agency = self.chosen_agency()
        parts = [] if agency is None else [agency.details.address, agency.details.phone, agency.details.hours]
        if agency is not None and agency.details.what_to_bring:
            parts.append(self.tr("Bring: %s") % agency.details.what_to_bring)
        if agency is None:
            parts = [
                self.tr("Choose from the list (Alt+Down opens it).")
                if self.agencies
                else self.tr("No agency in the directory yet. The coordinator adds them under Agencies.")
            ]
        self.agency_details.set_full_text(" · ".join(p for p in parts if p))
        self._update_wording()

    def _priority_changed(self) -> None:
        """The follow-up day follows how soon the need is, until the worker picks a day themselves."""
        on = self.referred_on.date().toPython()
        self.follow_up.setMinimumDate(self.referred_on.date())
        if not self.follow_up_touched:
            self.follow_up.blockSignals(True)
            self.follow_up.setDate(_qdate(referrals.suggested_follow_up(self.priority.currentData(), on)))
            self.follow_up.blockSignals(False)

    def _follow_up_edited(self) -> None:
        self.follow_up_touched = True

    def _update_wording(self) -> None:
        agency = self.chosen_agency()
        with_alias = self.alias_consent.isChecked() and self.alias_allowed
        text = referrals.consent_wording(
            self.centre, agency.name if agency else self.tr("the agency"), with_alias=with_alias
        )
        self.wording.setText(f"“{text}”")

    def request(self) -> ReferralRequest:
        agency = self.chosen_agency()
        return ReferralRequest(
            client_id=self.client.id,
            agency_id=agency.id if agency else 0,
            reason=self.reason.toPlainText(),
            priority=self.priority.currentData(),
            services_requested=self.services.text(),
            alias_consent=self.alias_consent.isChecked() and self.alias_allowed,
            referred_on=_iso(self.referred_on),
            follow_up_on=_iso(self.follow_up),
        )

    def save(self) -> None:
        if self.saved is not None:
            return  # already saved: the second click of a double click
        if self.chosen_agency() is None:
            self.error.setText(self.tr("Choose an agency from the list."))
            self.agency.setFocus()
            return
        try:
            self.saved = self.session.referrals.make_referral(self.request())
        except VaultError as error:
            self.error.setText(str(error))
            return
        self.accept()


class OutcomeDialog(FittingDialog):
    """What came of a referral; while still waiting, a new day to follow up."""

    def __init__(self, session: Session, referral: Referral, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_name = self.tr("follow-up")
        self.session, self.referral = session, referral
        self.saved: Referral | None = None
        self.ui = Ui_OutcomeDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Follow up referral %s") % referral.number)
        ui = self.ui
        self.who, self.status, self.outcome, self.follow_up, self.error = (
            ui.who,
            ui.status,
            ui.outcome,
            ui.follow_up,
            ui.error,
        )
        self.who.set_full_text(self.tr("%s to %s") % (referral.client_label, referral.agency_name))
        ui.reasonNote.setText(self.tr("Reason: %s") % referral.reason)
        for key, label in STATUSES.items():
            self.status.addItem(word(label), key)
        self.status.setCurrentIndex(self.status.findData(referral.status))
        self.outcome.setPlainText(referral.outcome or "")
        self.follow_up.setMinimumDate(_qdate(date.fromisoformat(referral.referred_on)))
        self.follow_up.setDate(_qdate(date.fromisoformat(referral.follow_up_on or referral.referred_on)))
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self._status_changed()
        self.status.setFocus()

    def _status_changed(self) -> None:
        self.follow_up.setEnabled(self.status.currentData() == referrals.MADE)

    def save(self) -> None:
        if self.saved is not None:
            return  # already saved: the second click of a double click
        status = self.status.currentData()
        try:
            self.saved = self.session.referrals.record_outcome(
                self.referral.id,
                status,
                self.outcome.toPlainText(),
                _iso(self.follow_up) if status == referrals.MADE else None,
            )
        except VaultError as error:
            self.error.setText(str(error))
            return
        self.accept()
