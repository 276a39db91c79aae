"""The bad-date report form: take a new aggressor alert from a worker, or edit one.

Left: when, where and what happened. Right: what he looks like, the vehicle, the contact details
he used, the police choice and (for counsellors only) the follow-up link to the worker's record.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLineEdit, QListWidgetItem, QWidget

from shop_desktop.core.desk import clients
from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Permission
from shop_desktop.core.safety import alerts
from shop_desktop.core.safety.alerts import Alert, AlertDetails
from shop_desktop.core.session import Session
from shop_desktop.gui.common.core_words import core_message, word
from shop_desktop.gui.common.dialogs import Dialogs
from shop_desktop.gui.common.unsaved import GuardedDialog
from shop_desktop.gui.forms.ui_alert_dialog import Ui_AlertDialog

# The one-line fields, by the name of their AlertDetails field (and of their line edit in ui/alert_dialog.ui).
# Their Alt+letters are unique in the whole form (tests/gui/test_mnemonics.py); "s" and "c" stay free for
# Save and Cancel.
LINE_FIELDS = (
    "location",
    "contact_where",
    *("gender", "age", "height", "build", "hair", "skin_tone", "marks", "clothing", "name_used"),
    *("vehicle_colour", "vehicle_make", "vehicle_model", "plate"),
    *("phones", "handles"),
)


class AlertDialog(GuardedDialog):
    """A new report when `alert` is None; otherwise that alert, to read in full and edit."""

    def __init__(
        self, session: Session, dialogs: Dialogs, *, alert: Alert | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, dialogs=dialogs)
        self.form_name = self.tr("bad-date report")
        self.session, self.dialogs, self.alert = session, dialogs, alert
        self.saved: Alert | None = None
        self.clinical = session.can(Permission.READ_NOTES)
        self.linked: clients.ClientMatch | None = (
            session.alert_links.follow_up_client(alert.id) if alert and self.clinical else None
        )
        self._original_link = self.linked.id if self.linked else None
        self.lines: dict[str, QLineEdit] = {}
        self._build(alert.details if alert else None)
        if alert:
            self.setWindowTitle(self.tr("Aggressor alert %s") % alert.reference)
        self.occurred_on.setFocus()

    # --- building ---------------------------------------------------------------------------

    def _build(self, details: AlertDetails | None) -> None:
        self.ui = Ui_AlertDialog()
        self.ui.setupUi(self)
        ui = self.ui
        intro = self.tr(
            "Write it in the third person. Never put the worker's name, or any client's, in an alert: "
            "the sheet goes on the wall and to partner agencies."
        )
        if self.alert:
            intro = self.tr("Reference <b>%s</b>. ") % self.alert.reference + intro
        ui.intro.setText(intro)
        self.error = ui.error
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self._fill_when(details)
        self._fill_what(details)
        for field in LINE_FIELDS:
            self.lines[field] = edit = getattr(ui, field)
            edit.setMaxLength(alerts.LIMITS.get(field, 120))
            edit.setText((getattr(details, field) or "") if details else "")
        self.police = self._combo(ui.police, alerts.POLICE, details.police if details else "not_said")
        self._follow_up_box()

    def _fill_when(self, details: AlertDetails | None) -> None:
        ui = self.ui
        self.occurred_on, self.occurred_time, self.time_known = ui.occurred_on, ui.occurred_time, ui.time_known
        self.occurred_on.setMaximumDate(QDate.currentDate())
        self.occurred_on.setDate(
            QDate.fromString(details.occurred_on, "yyyy-MM-dd") if details else QDate.currentDate()
        )
        self.occurred_time.setTime(
            QTime.fromString(details.occurred_time, "HH:mm") if details and details.occurred_time else QTime(22, 0)
        )
        self.time_known.toggled.connect(self.occurred_time.setEnabled)
        self.time_known.setChecked(bool(details and details.occurred_time))
        self.occurred_time.setEnabled(self.time_known.isChecked())
        self.contact_method = self._combo(
            ui.contact_method, alerts.CONTACT_METHODS, details.contact_method if details else "street"
        )

    def _fill_what(self, details: AlertDetails | None) -> None:
        self.harms: dict[str, QCheckBox] = {}
        previous: QWidget = self.ui.contact_where
        for index, (key, label) in enumerate(alerts.CATEGORIES.items()):
            check = QCheckBox(word(label))
            check.setChecked(bool(details and key in details.categories))
            self.harms[key] = check
            self.ui.harmsGrid.addWidget(check, index // 2, index % 2)
            QWidget.setTabOrder(previous, check)  # the harms come between the place and the narrative
            previous = check
        QWidget.setTabOrder(previous, self.ui.narrative)
        self.narrative = self.ui.narrative
        self.narrative.setPlainText(details.narrative if details else "")

    def _follow_up_box(self) -> None:
        ui = self.ui
        ui.notClinicalNote.setVisible(not self.clinical)
        if not self.clinical:
            ui.linkPanel.setParent(None)  # front desk never gets the link to a client's record
            ui.linkPanel.deleteLater()
            return
        self.client_search, self.client_results = ui.client_search, ui.client_results
        self.link_label, self.unlink_button = ui.link_label, ui.unlink_button
        self.client_search.textChanged.connect(self._find_clients)
        self.client_results.itemActivated.connect(self._pick_client)
        self.client_results.itemClicked.connect(self._pick_client)
        self.unlink_button.clicked.connect(lambda: self._set_link(None))
        self._set_link(self.linked)

    def _combo(self, combo: QComboBox, choices: dict[str, str], current: str) -> QComboBox:
        for key, label in choices.items():
            combo.addItem(word(label), key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    # --- the follow-up link ------------------------------------------------------------------

    def _find_clients(self, text: str) -> None:
        self.client_results.clear()
        for match in self.session.clients.search(text, include_archived=True, limit=6) if text.strip() else []:
            item = QListWidgetItem(f"{match.alias}   ·   {match.code}")
            item.setData(Qt.ItemDataRole.UserRole, match)
            self.client_results.addItem(item)
        self.client_results.setVisible(self.client_results.count() > 0)

    def _pick_client(self, item: QListWidgetItem) -> None:
        self._set_link(item.data(Qt.ItemDataRole.UserRole))
        self.client_search.clear()

    def _set_link(self, match: clients.ClientMatch | None) -> None:
        self.linked = match
        self.link_label.setText(
            self.tr("Linked to %s (%s).") % (match.alias, match.code) if match else self.tr("Not linked.")
        )
        self.unlink_button.setVisible(match is not None)

    # --- saving ------------------------------------------------------------------------------

    def unsaved_extra(self) -> object:
        return self.linked.id if self.linked else None

    def details(self) -> AlertDetails:
        text = {field: edit.text() for field, edit in self.lines.items()}
        return AlertDetails(
            occurred_on=self.occurred_on.date().toString("yyyy-MM-dd"),
            categories=tuple(key for key, check in self.harms.items() if check.isChecked()),
            narrative=self.narrative.toPlainText(),
            occurred_time=self.occurred_time.time().toString("HH:mm") if self.time_known.isChecked() else None,
            contact_method=self.contact_method.currentData(),
            police=self.police.currentData(),
            **text,
        )

    def save(self) -> None:
        if self.saved is not None:
            return  # already saved: the second click of a double click
        link = self.linked.id if self.linked else None
        try:
            if self.alert is None:
                self.saved = self.session.alerts.report_alert(self.details(), follow_up_client_id=link)
            else:
                self.saved = self.session.alerts.update_alert(self.alert.id, self.details())
                if self.clinical and link != self._original_link:
                    self.session.alert_links.set_follow_up(self.alert.id, link)
        except VaultError as error:
            self.error.setText(core_message(error))
            self.error.show()
            return
        self.accept()
