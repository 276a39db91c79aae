"""Making a referral for a client, and recording what came of one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shop_desktop.core import referrals
from shop_desktop.core import settings as centre_settings
from shop_desktop.core.clients import Client
from shop_desktop.core.errors import VaultError
from shop_desktop.core.referrals import PRIORITIES, STATUSES, Agency, Referral, ReferralRequest
from shop_desktop.core.vault import Vault
from shop_desktop.gui.unsaved import GuardedDialog
from shop_desktop.gui.widgets import available_room, fit_into, note_label, scrolling_body


class ElidedLabel(QLabel):
    """One line that ends in "…" when too long for its space; the whole text is in the tooltip."""

    def __init__(self, text: str | QWidget = "", parent: QWidget | None = None) -> None:
        if isinstance(text, QWidget):  # a Designer form passes only the parent
            text, parent = "", text
        super().__init__(parent)
        self.full_text = ""
        self.setMinimumWidth(80)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        return QSize(min(hint.width(), 360), hint.height())  # long text elides; it does not widen the window

    def _elide(self) -> None:
        width = max(self.width(), self.minimumWidth())
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, width))


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

    def __init__(self, vault: Vault, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_name = self.tr("referral")
        self.vault, self.client = vault, client
        self.saved: Referral | None = None
        self.follow_up_touched = False
        self.setWindowTitle(self.tr("New referral"))
        self.setMinimumWidth(660)
        self.agencies = referrals.list_agencies(vault)
        self.alias_allowed = referrals.alias_allowed(vault, client.id)
        self.centre = centre_settings.get(vault, "centre_name")
        self._build()
        self._layout()
        self._connect()
        self._priority_changed()
        self._agency_changed()
        self.agency.setFocus()

    def _build(self) -> None:
        self.who = ElidedLabel(self.tr("Referral for %s (%s)") % (self.client.alias, self.client.code))
        self.who.setProperty("heading", True)
        self.agency = self._agency_box()
        self.agency_details = ElidedLabel()  # one line: a wrapped label in a form squeezes the rows below
        self.agency_details.setProperty("subtle", True)
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("How soon"))
        for key, label in PRIORITIES.items():
            self.priority.addItem(self.tr(label), key)
        self.priority.setCurrentIndex(self.priority.findData("routine"))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason, in plain words"))
        self.reason.setPlaceholderText(
            self.tr("In plain words the agency will read, e.g. needs a sexual health check-up. Printed on the slip.")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(76)
        self.services = QLineEdit()
        self.services.setMaxLength(referrals.SERVICES_LIMIT)
        self.services.setAccessibleName(self.tr("Services requested"))
        self.services.setPlaceholderText(self.tr("e.g. STI testing, birth control"))
        self._build_dates()
        self._build_consent()

    def _agency_box(self) -> QComboBox:
        """Type any part of an agency's name (or its kind) to jump to it."""
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.setAccessibleName(self.tr("Agency"))
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(30)  # a long agency name scrolls in the box, not the dialog wider
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
        self.referred_on = QDateEdit(today)
        self.referred_on.setCalendarPopup(True)
        self.referred_on.setMaximumDate(today)
        self.referred_on.setMinimumDate(today.addDays(-referrals.LATE_ENTRY_DAYS))
        self.referred_on.setAccessibleName(self.tr("Referral date"))
        self.follow_up = QDateEdit(today)
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setAccessibleName(self.tr("Follow-up date"))

    def _build_consent(self) -> None:
        self.alias_consent = QCheckBox(self.tr("The client agrees the agency may see their &alias"))
        self.alias_consent.setEnabled(self.alias_allowed)
        self.alias_note = (
            note_label(self.tr("Ask them. Without it the slip shows only their client code, %s.") % self.client.code)
            if self.alias_allowed
            else note_label(
                self.tr(
                    "Their consent record does not allow the alias on referral slips, so the slip shows the code %s. "
                    "Update consent on the Clients screen if they want that changed."
                )
                % self.client.code,
                kind="warning",
            )
        )
        self.wording = QLabel()
        self.wording.setWordWrap(True)
        self.wording.setAccessibleName(self.tr("Consent wording to read to the client"))
        self.wording.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = note_label(kind="error")

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("A&gency *"), self.agency)
        form.addRow("", self.agency_details)
        form.addRow(self.tr("&How soon *"), self.priority)
        form.addRow(self.tr("&Reason *"), self.reason)
        form.addRow(self.tr("Ser&vices requested"), self.services)
        form.addRow(self.tr("Referral &date"), self.referred_on)
        form.addRow(self.tr("&Follow up on"), self.follow_up)
        consent = QGroupBox(self.tr("Consent (read this to the client)"))
        box = QVBoxLayout(consent)
        box.addWidget(self.wording)
        box.addWidget(self.alias_consent)
        box.addWidget(self.alias_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save referral"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(scrolling_body(form, consent))  # scrolls at 150% on a laptop; the buttons stay
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

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
            self.saved = referrals.make_referral(self.vault, self.request())
        except VaultError as error:
            self.error.setText(str(error))
            return
        self.accept()


class OutcomeDialog(FittingDialog):
    """What came of a referral; while still waiting, a new day to follow up."""

    def __init__(self, vault: Vault, referral: Referral, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_name = self.tr("follow-up")
        self.vault, self.referral = vault, referral
        self.saved: Referral | None = None
        self.setWindowTitle(self.tr("Follow up referral %s") % referral.number)
        self.setMinimumWidth(560)
        self.who = ElidedLabel(self.tr("%s to %s") % (referral.client_label, referral.agency_name))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("What came of it"))
        for key, label in STATUSES.items():
            self.status.addItem(self.tr(label), key)
        self.status.setCurrentIndex(self.status.findData(referral.status))
        self.outcome = QPlainTextEdit(referral.outcome or "")
        self.outcome.setAccessibleName(self.tr("Outcome remark"))
        self.outcome.setPlaceholderText(self.tr("Optional, e.g. went on Tuesday, has a second appointment"))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(76)
        self.follow_up = QDateEdit(_qdate(date.fromisoformat(referral.follow_up_on or referral.referred_on)))
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setMinimumDate(_qdate(date.fromisoformat(referral.referred_on)))
        self.follow_up.setAccessibleName(self.tr("Next follow-up date"))
        self.error = note_label(kind="error")
        self._layout()
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self._status_changed()
        self.status.setFocus()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&What came of it"), self.status)
        form.addRow(self.tr("&Remark"), self.outcome)
        form.addRow(self.tr("&Next follow-up"), self.follow_up)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(note_label(self.tr("Reason: %s") % self.referral.reason))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _status_changed(self) -> None:
        self.follow_up.setEnabled(self.status.currentData() == referrals.MADE)

    def save(self) -> None:
        if self.saved is not None:
            return  # already saved: the second click of a double click
        status = self.status.currentData()
        try:
            self.saved = referrals.record_outcome(
                self.vault,
                self.referral.id,
                status,
                self.outcome.toPlainText(),
                _iso(self.follow_up) if status == referrals.MADE else None,
            )
        except VaultError as error:
            self.error.setText(str(error))
            return
        self.accept()
