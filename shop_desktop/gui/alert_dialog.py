"""The bad-date report form: take a new aggressor alert from a worker, or edit one.

Left: when, where and what happened. Right: what he looks like, the vehicle, the contact details
he used, the police choice and (for counsellors only) the follow-up link to the worker's record.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from shop_desktop.core import alerts, clients
from shop_desktop.core.alerts import Alert, AlertDetails
from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Permission
from shop_desktop.core.session import Session
from shop_desktop.gui.dialogs import Dialogs
from shop_desktop.gui.unsaved import GuardedDialog
from shop_desktop.gui.widgets import SearchBox, note_label

# (field, label, placeholder) for the one-line fields of the right-hand columns. The Alt+letters are
# unique in the whole form (tests/gui/test_mnemonics.py); "s" and "c" stay free for Save and Cancel.
AGGRESSOR_FIELDS = (
    ("gender", "&Gender", "e.g. man, woman, trans woman"),
    ("age", "Appro&x. age", "e.g. 45, 40s, late 30s"),
    ("height", "&Height", "e.g. about 6', short"),
    ("build", "&Build", "e.g. heavy, thin, stocky"),
    ("hair", "Ha&ir", "e.g. short grey, bald, red beard"),
    ("skin_tone", "S&kin tone", ""),
    ("marks", "Ma&rks", "tattoos, scars, glasses, a limp…"),
    ("clothing", "C&lothing", ""),
    ("name_used", "&Name or alias used", "what he called himself"),
)
VEHICLE_FIELDS = (
    ("vehicle_colour", "Colo&ur", ""),
    ("vehicle_make", "&Make", "e.g. Honda"),
    ("vehicle_model", "M&odel", "e.g. Civic"),
    ("plate", "&Plate", "full or partial, e.g. ABC 4K7 or just 4K7"),
)
CONTACT_FIELDS = (
    ("phones", "Phon&e numbers", "any format; several separated by commas"),
    ("handles", "Online handles or emails", "e.g. @bigdave99, dave@example.com"),
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
        self.setWindowTitle(
            self.tr("Aggressor alert %s") % alert.reference if alert else self.tr("New bad-date report")
        )
        self.setMinimumSize(900, 560)
        self.resize(1240, 700)
        self.lines: dict[str, QLineEdit] = {}
        self._build(alert.details if alert else None)
        self.occurred_on.setFocus()

    # --- building ---------------------------------------------------------------------------

    def _build(self, details: AlertDetails | None) -> None:
        columns = QHBoxLayout()
        left, middle, right = QVBoxLayout(), QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._when_box(details))
        left.addWidget(self._what_box(details), 1)
        middle.addWidget(self._lines_box(self.tr("What he looks like (the aggressor)"), AGGRESSOR_FIELDS, details))
        middle.addStretch(1)
        right.addWidget(self._lines_box(self.tr("Vehicle"), VEHICLE_FIELDS, details))
        right.addWidget(self._lines_box(self.tr("Contact details he used"), CONTACT_FIELDS, details))
        right.addWidget(self._police_box(details))
        right.addWidget(self._follow_up_box())
        right.addStretch(1)
        for column in (left, middle, right):
            columns.addLayout(column, 1)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.error = note_label(kind="error")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        intro = self.tr(
            "Write it in the third person. Never put the worker's name, or any client's, in an alert: "
            "the sheet goes on the wall and to partner agencies."
        )
        if self.alert:
            intro = self.tr("Reference <b>%s</b>. ") % self.alert.reference + intro
        layout.addWidget(note_label(intro))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _when_box(self, details: AlertDetails | None) -> QGroupBox:
        box = QGroupBox(self.tr("When and where"))
        form = QFormLayout(box)
        self.occurred_on = QDateEdit(
            QDate.fromString(details.occurred_on, "yyyy-MM-dd") if details else QDate.currentDate()
        )
        self.occurred_on.setCalendarPopup(True)
        self.occurred_on.setDisplayFormat("yyyy-MM-dd")
        self.occurred_on.setMaximumDate(QDate.currentDate())
        self.occurred_on.setAccessibleName(self.tr("Date it happened"))
        self.time_known = QCheckBox(self.tr("Time known"))
        self.occurred_time = QTimeEdit(
            QTime.fromString(details.occurred_time, "HH:mm") if details and details.occurred_time else QTime(22, 0)
        )
        self.occurred_time.setDisplayFormat("HH:mm")
        self.occurred_time.setAccessibleName(self.tr("Time it happened"))
        self.time_known.toggled.connect(self.occurred_time.setEnabled)
        self.time_known.setChecked(bool(details and details.occurred_time))
        self.occurred_time.setEnabled(self.time_known.isChecked())
        time_row = QHBoxLayout()
        time_row.addWidget(self.occurred_time)
        time_row.addWidget(self.time_known)
        time_row.addStretch(1)
        self.lines["location"] = self._line(
            details, "location", self.tr("Area or location"), self.tr("e.g. Rock Bay Ave, a motel on the highway")
        )
        self.contact_method = self._combo(
            alerts.CONTACT_METHODS, self.tr("How contact was made"), details.contact_method if details else "street"
        )
        self.lines["contact_where"] = self._line(
            details, "contact_where", self.tr("Platform or venue"), self.tr("e.g. Leolist, a hotel bar")
        )
        form.addRow(self.tr("&Date *"), self.occurred_on)
        time_label = QLabel(self.tr("&Time"))
        time_label.setBuddy(self.occurred_time)
        form.addRow(time_label, time_row)
        form.addRow(self.tr("&Area or location"), self.lines["location"])
        form.addRow(self.tr("Ho&w contact was made"), self.contact_method)
        form.addRow(self.tr("Platform or &venue"), self.lines["contact_where"])
        return box

    def _what_box(self, details: AlertDetails | None) -> QGroupBox:
        box = QGroupBox(self.tr("What happened *"))
        layout = QVBoxLayout(box)
        grid = QGridLayout()
        self.harms: dict[str, QCheckBox] = {}
        for index, (key, label) in enumerate(alerts.CATEGORIES.items()):
            check = QCheckBox(self.tr(label))
            check.setChecked(bool(details and key in details.categories))
            self.harms[key] = check
            grid.addWidget(check, index // 2, index % 2)
        layout.addLayout(grid)
        self.narrative = QPlainTextEdit(details.narrative if details else "")
        self.narrative.setAccessibleName(self.tr("What happened, in the third person"))
        self.narrative.setPlaceholderText(
            self.tr(
                'In the third person, e.g. "He picked the worker up on Rock Bay Ave, drove to a parking lot and '
                'refused to pay." What he did and said; anything that helps others recognise him.'
            )
        )
        self.narrative.setTabChangesFocus(True)
        self.narrative.setMinimumHeight(90)
        layout.addWidget(self.narrative, 1)
        return box

    def _lines_box(
        self, title: str, specs: tuple[tuple[str, str, str], ...], details: AlertDetails | None
    ) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for field, label, placeholder in specs:
            self.lines[field] = self._line(details, field, label.replace("&", ""), self.tr(placeholder))
            form.addRow(self.tr(label), self.lines[field])
        return box

    def _police_box(self, details: AlertDetails | None) -> QGroupBox:
        box = QGroupBox(self.tr("Police"))
        layout = QVBoxLayout(box)
        self.police = self._combo(
            alerts.POLICE, self.tr("Did the worker choose to tell police"), details.police if details else "not_said"
        )
        layout.addWidget(self.police)
        layout.addWidget(note_label(self.tr("The worker's choice. Never press them.")))
        return box

    def _follow_up_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Follow-up support (counsellors only, never on the alert)"))
        layout = QVBoxLayout(box)
        if not self.clinical:
            layout.addWidget(
                note_label(
                    self.tr(
                        "If the worker wants follow-up support, a counsellor can link this alert to their record. "
                        "Give the counsellor the alert's reference."
                    )
                )
            )
            return box
        self.client_search = SearchBox()
        self.client_search.setPlaceholderText(self.tr("Type the worker's alias or client code to link"))
        self.client_search.setAccessibleName(self.tr("Find the worker's client record"))
        self.client_results = QListWidget()
        self.client_results.setMaximumHeight(80)
        self.client_results.hide()
        self.link_label = QLabel()
        self.link_label.setWordWrap(True)
        self.unlink_button = QPushButton(self.tr("Remove the link"))
        self.client_search.textChanged.connect(self._find_clients)
        self.client_results.itemActivated.connect(self._pick_client)
        self.client_results.itemClicked.connect(self._pick_client)
        self.unlink_button.clicked.connect(lambda: self._set_link(None))
        for widget in (self.client_search, self.client_results, self.link_label, self.unlink_button):
            layout.addWidget(widget)
        self._set_link(self.linked)
        return box

    def _line(self, details: AlertDetails | None, field: str, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit((getattr(details, field) or "") if details else "")
        edit.setMaxLength(alerts.LIMITS.get(field, 120))
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        return edit

    def _combo(self, choices: dict[str, str], name: str, current: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for key, label in choices.items():
            combo.addItem(self.tr(label), key)
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
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()
