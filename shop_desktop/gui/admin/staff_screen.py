"""Staff accounts: add, change roles, reset a passphrase, disable. Also "change my passphrase"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import ROLE_LABELS, Role
from shop_desktop.core.session import Session
from shop_desktop.core.store import rotation
from shop_desktop.core.store.vault import StaffMember
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.unsaved import GuardedDialog
from shop_desktop.gui.common.widgets import NewPassphraseField, icon, say, set_up_screen, sort_proxy
from shop_desktop.gui.common.workers import Job
from shop_desktop.gui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from shop_desktop.gui.forms.ui_reset_passphrase_dialog import Ui_ResetPassphraseDialog
from shop_desktop.gui.forms.ui_roles_dialog import Ui_RolesDialog
from shop_desktop.gui.forms.ui_staff_dialog import Ui_StaffDialog
from shop_desktop.gui.forms.ui_staff_screen import Ui_StaffScreen

COL_USERNAME, COL_NAME, COL_ROLES, COL_STATE = range(4)


def _roles(member: StaffMember) -> str:
    return ", ".join(sorted(ROLE_LABELS[r] for r in member.roles))


class StaffModel(RowTableModel[StaffMember]):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "User name"), lambda m: m.username, lambda m: m.username.casefold()),
        (QT_TRANSLATE_NOOP("Columns", "Name"), lambda m: m.display_name, lambda m: m.display_name.casefold()),
        (QT_TRANSLATE_NOOP("Columns", "Roles"), _roles, _roles),
        (
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda m: (
                (
                    QCoreApplication.translate("Status", "Active")
                    if m.active
                    else QCoreApplication.translate("Status", "Disabled")
                )
                + (
                    QCoreApplication.translate("Status", " · must change passphrase")
                    if m.active and m.must_change_passphrase
                    else ""
                )
            ),
            lambda m: f"{0 if m.active else 1} {m.username.casefold()}",  # a string: Qt can't compare a tuple
        ),
    )


def _place(host: QWidget, widget: QWidget) -> None:
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)


class RoleChecks(QWidget):
    def __init__(self, selected: frozenset[Role] = frozenset()) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes = {role: QCheckBox(ROLE_LABELS[role]) for role in Role}
        for role, box in self.boxes.items():
            box.setChecked(role in selected)
            box.setAccessibleName(ROLE_LABELS[role])
            layout.addWidget(box)
        layout.addStretch(1)

    def roles(self) -> set[Role]:
        return {role for role, box in self.boxes.items() if box.isChecked()}


class StaffDialog(GuardedDialog):
    """Add an account: user name, name shown, roles, first passphrase."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_name = self.tr("new account")
        self.session = session
        self.ui = Ui_StaffDialog()
        self.ui.setupUi(self)
        self.role_checks = RoleChecks(frozenset({Role.FRONT_DESK}))
        _place(self.ui.rolesHost, self.role_checks)
        self.passphrase = NewPassphraseField()
        _place(self.ui.newPassphraseHost, self.passphrase)
        self.ui.errorLabel.setText(
            self.tr("Give the person their first passphrase in private; they can change it after signing in.")
        )
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.usernameEdit.textChanged.connect(lambda text: setattr(self.passphrase, "username", text))
        self.created: StaffMember | None = None

    def save(self) -> None:
        try:
            self.created = self.session.staff.add_staff(
                username=self.ui.usernameEdit.text(),
                display_name=self.ui.displayNameEdit.text(),
                roles=self.role_checks.roles(),
                new_passphrase=self._checked_passphrase(),
            )
        except VaultError as error:
            self.ui.errorLabel.setText(str(error))
            return
        self.accept()

    def _checked_passphrase(self) -> str:
        problem = self.passphrase.problem()
        if problem:
            raise VaultError(problem)
        return self.passphrase.text()


class RolesDialog(GuardedDialog):
    def __init__(self, session: Session, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_name = self.tr("change of roles")
        self.session, self.member = session, member
        self.ui = Ui_RolesDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Roles of %s") % member.display_name)
        self.checks = RoleChecks(member.roles)
        _place(self.ui.rolesHost, self.checks)
        self.error = self.ui.error
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        try:
            self.session.staff.set_roles(self.member.id, self.checks.roles())
        except VaultError as error:
            self.error.setText(str(error))
            return
        self.accept()


class ResetPassphraseDialog(GuardedDialog):
    def __init__(self, session: Session, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_name = self.tr("new passphrase")
        self.session, self.member = session, member
        self.ui = Ui_ResetPassphraseDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("New passphrase for %s") % member.display_name)
        self.passphrase = NewPassphraseField(username=member.username)
        _place(self.ui.newPassphraseHost, self.passphrase)
        self.error = self.ui.error
        self.error.setText(
            self.tr("They will be asked to choose their own passphrase the next time they sign in.")
            + ("" if member.active else " " + self.tr("This also turns the account back on."))
        )
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        problem = self.passphrase.problem()
        try:
            if problem:
                raise VaultError(problem)
            self.session.staff.reset_passphrase(self.member.id, self.passphrase.text())
        except VaultError as error:
            self.error.setText(str(error))
            return
        self.accept()


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.passphrase = NewPassphraseField(username=session.user.username)
        _place(self.ui.newPassphraseHost, self.passphrase)
        if forced:
            self.ui.introLabel.setText(
                self.tr(
                    "Your passphrase was set by someone else. Choose your own now: "
                    "at least 15 characters; a few unrelated words work well."
                )
            )
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.currentEdit.setFocus()

    def save(self) -> None:
        problem = self.passphrase.problem()
        try:
            if problem:
                raise VaultError(problem)
            self.session.staff.change_own_passphrase(self.ui.currentEdit.text(), self.passphrase.text())
        except VaultError as error:
            self.ui.errorLabel.setText(str(error))
            return
        self.accept()


class StaffScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.ui = set_up_screen(Ui_StaffScreen(), self)
        self.model = StaffModel(self)
        self.proxy = sort_proxy(self.model)
        self.table = self.ui.table
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button, self.roles_button = self.ui.add_button, self.ui.roles_button
        self.reset_button, self.disable_button = self.ui.reset_button, self.ui.disable_button
        self.add_button.setIcon(icon("add"))
        self.reset_button.setIcon(icon("key"))
        self.empty = QLabel()
        self.job: Job | None = None  # the re-key after a disable, on a worker thread
        self.job_pending = False  # between the steps of the re-key, each on its own turn
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Replacing the vault's keys"))
        self.progress_words = QLabel()
        below_buttons = self.ui.layout.indexOf(self.ui.table)
        self.ui.layout.insertWidget(below_buttons, self.progress)
        self.ui.layout.insertWidget(below_buttons + 1, self.progress_words)
        self.changed_elsewhere = self.session.staff.changed_elsewhere()  # on a replica: why not here
        self.elsewhere = QLabel()
        self.elsewhere.setWordWrap(True)
        say(self.elsewhere, self.changed_elsewhere, "warning", hide_when_empty=True)
        self.ui.layout.insertWidget(below_buttons, self.elsewhere)
        self._busy(False)
        self.add_button.clicked.connect(self.add)
        self.roles_button.clicked.connect(self.change_roles)
        self.reset_button.clicked.connect(self.reset)
        self.disable_button.clicked.connect(self.disable)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.sortByColumn(COL_STATE, Qt.SortOrder.AscendingOrder)  # active accounts first
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.session.staff.list_staff())  # the proxy sorts again by the column chosen
        self._update_buttons()

    def selected(self) -> StaffMember | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0])) if rows else None

    def select_username(self, username: str) -> None:
        for row in range(self.proxy.rowCount()):
            member = self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)))
            if member.username == username:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        member = self.selected()
        if self.job is not None or self.job_pending or self.changed_elsewhere:  # one change at a time; not here
            for button in (self.add_button, self.roles_button, self.reset_button, self.disable_button):
                button.setEnabled(False)
            return
        self.add_button.setEnabled(True)
        self.roles_button.setEnabled(member is not None and member.active)
        self.reset_button.setEnabled(member is not None)
        self.disable_button.setEnabled(member is not None and member.active and member.id != self.session.user.id)

    def add(self) -> None:
        dialog = StaffDialog(self.session, self)
        if self.services.dialogs.run(dialog) and dialog.created:
            self.refresh()
            self.select_username(dialog.created.username)
            self.services.status_message(self.tr("Added %s.") % dialog.created.display_name)

    def change_roles(self) -> None:
        member = self.selected()
        if member and self.services.dialogs.run(RolesDialog(self.session, member, self)):
            self.refresh()

    def reset(self) -> None:
        member = self.selected()
        if member and self.services.dialogs.run(ResetPassphraseDialog(self.session, member, self)):
            self.refresh()
            self.services.status_message(self.tr("New passphrase set for %s.") % member.display_name)

    def disable(self) -> None:
        member = self.selected()
        if member is None:
            return
        if not self.services.dialogs.confirm(
            self,
            self.tr("Disable %s?") % member.display_name,
            self.tr(
                "%s will no longer be able to sign in, and the vault's keys will be replaced. Their past "
                "entries stay. You can turn the account back on later by giving it a new passphrase."
            )
            % member.display_name,
            action=self.tr("Disable"),
            danger=True,
        ):
            return
        try:
            self.session.staff.disable_staff(member.id, rekey_now=False)
        except VaultError as error:
            self.services.dialogs.warn(self, self.tr("Not disabled"), str(error))
            return
        self.refresh()
        self.services.status_message(self.tr("%s can no longer sign in.") % member.display_name)
        self.job_pending = True  # the buttons stay off until the keys are replaced
        self._busy(True)
        QTimer.singleShot(0, lambda: self._replace_keys(member))  # its own turn of the event loop

    # --- the re-key after a disable: copied on a worker thread, swapped in here --------------------

    def _replace_keys(self, member: StaffMember) -> None:
        """The keys and copies the job needs are taken here, on the GUI thread (lock() wipes the
        session's own); the copy runs on the pool; the quick swap and signing happen back here."""
        if not (self.job_pending and self.session.is_open):
            return  # locked meanwhile: the next sign-in re-keys
        try:
            plan = self.session.rotation.prepare_rekey()
        except VaultError as error:
            self._keys_not_replaced(str(error))
            return
        if plan is None:
            self._keys_replaced(member)
            return
        self.job = Job(lambda report, cancelled: rotation.export(plan, report, cancelled))
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(lambda _result: self._copied(member, plan))
        self.job.signals.failed.connect(self._keys_not_replaced)
        self.job.signals.cancelled.connect(lambda: self._keys_not_replaced(""))
        self._busy(True)
        self.services.pool.start(self.job)

    def _copied(self, member: StaffMember, plan: rotation.RekeyPlan) -> None:
        """The quick steps, each on its own turn of the event loop (each a few fsyncs)."""
        self.job = None
        actions = self.session.rotation
        steps = [actions.sign_rotation, actions.start_new_note_sealing, lambda: self._keys_replaced(member)]

        def next_step() -> None:
            if not self.session.is_open or not steps:
                return  # locked meanwhile: the next sign-in finishes what is left
            try:
                steps.pop(0)()
            except VaultError as error:
                self._keys_not_replaced(str(error))
                return
            QTimer.singleShot(0, next_step)

        try:
            swapped = actions.swap_rekeyed(plan)
        except VaultError as error:
            self._keys_not_replaced(str(error))
            return
        if not swapped:  # something was saved while the copy was made: copy again, nothing is lost
            self._replace_keys(member)
            return
        QTimer.singleShot(0, next_step)

    def _keys_replaced(self, member: StaffMember) -> None:
        self.job_pending = False
        self._busy(False)
        self.refresh()
        self.services.status_message(
            self.tr("%s can no longer sign in, and the vault's keys have been replaced.") % member.display_name
        )
        QTimer.singleShot(0, self.services.notes_need_resealing)

    def _keys_not_replaced(self, text: str) -> None:
        self.job, self.job_pending = None, False
        self._busy(False)
        self.refresh()
        self.services.dialogs.warn(
            self,
            self.tr("Keys not replaced yet"),
            (text + "\n\n" if text else "")
            + self.tr("The account is disabled. The vault's keys will be replaced at the next sign-in."),
        )

    def _progress(self, fraction: float, words: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.progress_words.setText(self.tr("Replacing the vault's keys: %s") % words if words else "")

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress_words.setVisible(busy)
        if busy:
            self.progress.setValue(0)
        self._update_buttons()

    def clear(self) -> None:
        """On lock: a running copy finishes alone (its side file is removed at the next sign-in,
        which also finishes the re-key); only this screen lets go of it."""
        if self.job is not None:
            self.job.detach()
        self.job, self.job_pending = None, False
