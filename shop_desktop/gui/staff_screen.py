"""Staff accounts: add, change roles, reset a passphrase, disable. Also "change my passphrase"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from shop_desktop.core import staff
from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import ROLE_LABELS, Role
from shop_desktop.core.vault import StaffMember, Vault
from shop_desktop.gui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from shop_desktop.gui.forms.ui_reset_passphrase_dialog import Ui_ResetPassphraseDialog
from shop_desktop.gui.forms.ui_roles_dialog import Ui_RolesDialog
from shop_desktop.gui.forms.ui_staff_dialog import Ui_StaffDialog
from shop_desktop.gui.forms.ui_staff_screen import Ui_StaffScreen
from shop_desktop.gui.models import RowTableModel
from shop_desktop.gui.sections import Services
from shop_desktop.gui.unsaved import GuardedDialog
from shop_desktop.gui.widgets import NewPassphraseField, icon, set_up_screen, sort_proxy

COL_USERNAME, COL_NAME, COL_ROLES, COL_STATE = range(4)


def _roles(member: StaffMember) -> str:
    return ", ".join(sorted(ROLE_LABELS[r] for r in member.roles))


class StaffModel(RowTableModel[StaffMember]):
    columns = (
        ("User name", lambda m: m.username, lambda m: m.username.casefold()),
        ("Name", lambda m: m.display_name, lambda m: m.display_name.casefold()),
        ("Roles", _roles, _roles),
        (
            "Status",
            lambda m: (
                ("Active" if m.active else "Disabled")
                + (" · must change passphrase" if m.active and m.must_change_passphrase else "")
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

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_name = self.tr("new account")
        self.vault = vault
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
            self.created = staff.add_staff(
                self.vault,
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
    def __init__(self, vault: Vault, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_name = self.tr("change of roles")
        self.vault, self.member = vault, member
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
            staff.set_roles(self.vault, self.member.id, self.checks.roles())
        except VaultError as error:
            self.error.setText(str(error))
            return
        self.accept()


class ResetPassphraseDialog(GuardedDialog):
    def __init__(self, vault: Vault, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_name = self.tr("new passphrase")
        self.vault, self.member = vault, member
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
            staff.reset_passphrase(self.vault, self.member.id, self.passphrase.text())
        except VaultError as error:
            self.error.setText(str(error))
            return
        self.accept()


class ChangePassphraseDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent)
        self.vault = vault
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.passphrase = NewPassphraseField(username=vault.user.username)
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
            staff.change_own_passphrase(self.vault, self.ui.currentEdit.text(), self.passphrase.text())
        except VaultError as error:
            self.ui.errorLabel.setText(str(error))
            return
        self.accept()


class StaffScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.vault = services.vault
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
        self.add_button.clicked.connect(self.add)
        self.roles_button.clicked.connect(self.change_roles)
        self.reset_button.clicked.connect(self.reset)
        self.disable_button.clicked.connect(self.disable)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.sortByColumn(COL_STATE, Qt.SortOrder.AscendingOrder)  # active accounts first
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(staff.list_staff(self.vault))  # the proxy sorts again by the column chosen
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
        self.roles_button.setEnabled(member is not None and member.active)
        self.reset_button.setEnabled(member is not None)
        self.disable_button.setEnabled(member is not None and member.active and member.id != self.vault.user.id)

    def add(self) -> None:
        dialog = StaffDialog(self.vault, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created:
            self.refresh()
            self.select_username(dialog.created.username)
            self.services.status_message(self.tr("Added %s.") % dialog.created.display_name)

    def change_roles(self) -> None:
        member = self.selected()
        if member and RolesDialog(self.vault, member, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def reset(self) -> None:
        member = self.selected()
        if member and ResetPassphraseDialog(self.vault, member, self).exec() == QDialog.DialogCode.Accepted:
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
            staff.disable_staff(self.vault, member.id)
        except VaultError as error:
            self.services.dialogs.warn(self, self.tr("Not disabled"), str(error))
            return
        self.refresh()
        self.services.status_message(self.tr("%s can no longer sign in.") % member.display_name)
