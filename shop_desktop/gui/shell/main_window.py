"""The main window: navigation on the left, the section's screen on the right, a status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QWidget,
)

from shop_desktop import __version__
from shop_desktop.core.roles import ROLE_LABELS, Permission, Role
from shop_desktop.gui.admin import sync_runner
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import fitting_sizes, icon, set_kind
from shop_desktop.gui.forms.ui_main_window import Ui_MainWindow
from shop_desktop.gui.shell.privacy import PrivacyScreen
from shop_desktop.gui.shell.sections import DEFAULT_SECTION, Section, all_sections

NAVIGATION_WIDTH = 176
# The first screen's first turn waits this long after the window is shown: the first paint (60 ms
# of styling and layout) and a turn for the keys come first, then 30-50 ms steps of building.
LANDING_AFTER_MS = 10
COMPACT_NAVIGATION_WIDTH = 64  # an icon, its padding and the selection margin
COMPACT_BELOW = 1000  # window width (logical px) under which the navigation shows icons only


class MainWindow(QMainWindow):
    lock_requested = Signal()
    switch_user_requested = Signal()
    quit_requested = Signal()

    def __init__(self, services: Services, sections: list[Section] | None = None) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.setWindowTitle(self.tr("SHOP Desktop — %s") % self.session.settings.get("centre_name"))
        self.setWindowIcon(icon("home"))
        self.sections = [s for s in (sections or all_sections()) if s.visible_to(self.session)]
        self.screens: dict[str, QWidget] = {}
        self._build_body()
        self._build_status_bar()
        self._build_menus()
        self._section_shortcuts()
        self.privacy = PrivacyScreen(lambda text: self.session.staff.verify_passphrase(text), parent=self)
        self.privacy.main_window = self
        self.privacy.lock_requested.connect(self.lock_requested)
        self.privacy.switch_user_requested.connect(self.switch_user_requested)
        self._restore_geometry()
        self._open_landing()
        sync_runner.attach(self)  # sync at sign-in and sign-out when a folder is set

    # --- building -------------------------------------------------------------------------

    def _build_body(self) -> None:
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.navigation, self.scroll, self.stack = self.ui.navigation, self.ui.sectionScroll, self.ui.stack
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        for section in self.sections:
            item = QListWidgetItem(icon(section.icon), section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, section.title)  # also when only the icon shows
            item.setToolTip(section.title)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self.show_section_at)

    def _build_status_bar(self) -> None:
        user = self.session.user
        roles = ", ".join(sorted(ROLE_LABELS[r] for r in user.roles))
        self.user_label = QLabel(self.tr("Signed in: %s (%s)") % (user.display_name, roles))
        self.user_label.setAccessibleName(self.tr("Who is signed in"))
        self.backup_label = QLabel("")
        self.backup_label.setAccessibleName(self.tr("Last backup"))
        self.sync_label = QLabel("")
        self.sync_label.setAccessibleName(self.tr("Last synced"))
        self.lock_button = QPushButton(icon("lock"), self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock the screen (Ctrl+L)"))
        self.lock_button.setAccessibleName(self.tr("Lock"))
        self.lock_button.clicked.connect(self.lock_requested)
        bar = self.statusBar()
        bar.addWidget(self.user_label)
        bar.addPermanentWidget(self.sync_label)
        bar.addPermanentWidget(self.backup_label)
        bar.addPermanentWidget(self.lock_button)
        self.refresh_backup_status()
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.refresh_backup_status)
        self.backup_timer.start(10 * 60_000)

    def _build_menus(self) -> None:
        """F12, Esc Esc, Ctrl+L and Ctrl+Shift+L are read by the privacy screen's application filter
        (they work with any dialog open); the menus only name them, after a tab."""
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = self._action(file_menu, self.tr("&Lock\tCtrl+L"), "lock", None, self.lock_requested.emit)
        self._action(file_menu, self.tr("&Switch user\tCtrl+Shift+L"), "user", None, self.switch_user_requested.emit)
        if not self.session.is_recovery:
            self._action(file_menu, self.tr("&Change my passphrase…"), "key", None, self.change_passphrase)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), "logout", QKeySequence.StandardKey.Quit, self.quit_requested.emit)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("&Hide the screen\tF12"), "privacy", None, self.cover)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Help"), "help", QKeySequence.StandardKey.HelpContents, self.show_help)
        self._action(help_menu, self.tr("&About SHOP Desktop"), None, None, self.show_about)

    def _action(self, menu: object, text: str, icon_name: str | None, shortcut: object, slot: object) -> QAction:
        action = QAction(icon(icon_name) if icon_name else QAction().icon(), text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    # --- sections ---------------------------------------------------------------------------

    def show_section_at(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.show_section(self.sections[row].key)

    def _open_landing(self) -> None:
        """The first screen is built once the window has painted, over a few turns of the event loop
        where it can (check-in: 200 ms of widgets at once), so the window never stops answering long."""
        key = self.landing_section()
        with QSignalBlocker(self.navigation):
            self.navigation.setCurrentRow(self.section_keys().index(key))
        self._landing: str | None = key  # built once the window is shown (showEvent)

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        key, self._landing = self._landing, None
        if key is not None:  # after the first paint, and after a turn of its own (LANDING_AFTER_MS)
            QTimer.singleShot(LANDING_AFTER_MS, self, lambda: self._open_landing_now(key))

    def _open_landing_now(self, key: str) -> None:
        opened_since = key in self.screens or self.navigation.currentRow() != self.section_keys().index(key)
        if self.session.is_open and not opened_since:  # (another section opened first, or the app locked)
            self.show_section(key, in_turns=True)

    def show_section(self, key: str, *, in_turns: bool = False) -> QWidget:
        """Build a section's screen the first time it is opened, then show it."""
        section = next(s for s in self.sections if s.key == key)
        screen = self.screens.get(key)
        if screen is None:
            building = {"in_turns": True} if in_turns and section.in_turns else {}
            screen = section.factory(self.services, **building)
            self.screens[key] = screen
            self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        self.refresh_backup_status()
        row = self.sections.index(section)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        return screen

    def section_keys(self) -> list[str]:
        return [s.key for s in self.sections]

    def landing_section(self) -> str:
        """The screen of the person's daily job: outreach workers log shifts, the front desk checks in."""
        keys = self.section_keys()
        roles = self.session.user.roles
        if Role.OUTREACH in roles and not roles & {Role.FRONT_DESK, Role.COORDINATOR} and "outreach" in keys:
            return "outreach"
        return DEFAULT_SECTION if DEFAULT_SECTION in keys else keys[0]

    def _section_shortcuts(self) -> None:
        """Ctrl+1 … Ctrl+9 open the first nine sections, in the order of the list (shown in tooltips)."""
        for number, section in enumerate(self.sections[:9], start=1):
            keys = QKeySequence(f"Ctrl+{number}")
            action = QAction(section.title, self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, key=section.key: self.show_section(key))
            self.addAction(action)
            self.navigation.item(number - 1).setToolTip(
                f"{section.title} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})"
            )

    # --- status ------------------------------------------------------------------------------

    def refresh_sync_status(self) -> None:
        """ "Synced 10:42" / "Not synced yet"; nothing on a PC that doesn't sync."""
        text = sync_runner.status_text(self.session) if self.session.is_open else ""
        self.sync_label.setText(text)
        self.sync_label.setVisible(bool(text))
        set_kind(self.sync_label, "subtle")

    def refresh_backup_status(self) -> None:
        self.refresh_sync_status()
        if not self.session.can(Permission.BACKUP):
            self.backup_label.hide()  # the front desk can't back up: an overdue warning would only nag
            return
        if self.session.is_open:
            status = self.session.backup.backup_status()
            self.set_backup_status(status.text, status.overdue)

    def set_backup_status(self, text: str, warning: bool = False) -> None:
        self.backup_label.setText(text)
        set_kind(self.backup_label, "warning" if warning else "subtle")

    # --- privacy -----------------------------------------------------------------------------

    def cover(self) -> None:
        self.privacy.hide_screen()

    # --- dialogs -----------------------------------------------------------------------------

    def change_passphrase(self, forced: bool = False) -> None:
        from shop_desktop.gui.admin.staff_screen import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.session, self, forced=forced)
        if self.services.dialogs.run(dialog):
            self.services.status_message(self.tr("Your passphrase was changed."))

    def show_help(self) -> None:
        self.services.dialogs.info(
            self,
            self.tr("Help"),
            self.tr(
                "Choose a section on the left. Each screen has one main button; Enter presses it.\n\n"
                "Ctrl+L locks the screen (use it whenever you step away). F12, or Esc twice, hides the "
                "screen at once if someone walks in, even with a form open; type your passphrase to come back.\n\n"
                "Ctrl+1 to Ctrl+9 open the sections in the order of the list.\n\n"
                "The app locks itself after a few idle minutes. Nothing you saved is lost when it does.\n\n"
                "Forgot your passphrase? Ask the coordinator to reset it."
            ),
        )

    def show_about(self) -> None:
        self.services.dialogs.info(
            self,
            self.tr("About SHOP Desktop"),
            self.tr(
                "SHOP Desktop %s\n\nRecords for a harm-reduction drop-in centre. Everything stays in an encrypted "
                "folder on this computer; nothing is ever sent over a network."
            )
            % __version__,
        )

    # --- window state ---------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        first, minimum = fitting_sizes(screen.availableGeometry().size())
        self.setMinimumSize(minimum)
        stored = QSettings().value("main_window/geometry")
        if stored is None or not self.restoreGeometry(stored):  # type: ignore[arg-type]
            self.resize(first)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_navigation(self.width() < COMPACT_BELOW)

    def _fit_navigation(self, compact: bool) -> None:
        """At 150% on a 1366x768 screen (911 px of room) the section words give way to their icons,
        so the screens keep their width; each icon keeps its word as tooltip and accessible name."""
        if self.navigation.property("compact") == compact:
            return
        self.navigation.setProperty("compact", compact)
        self.navigation.setFixedWidth(COMPACT_NAVIGATION_WIDTH if compact else NAVIGATION_WIDTH)
        for row, section in enumerate(self.sections):
            self.navigation.item(row).setText("" if compact else section.title)

    def forget_screens(self) -> None:
        """On lock: every screen lets go of what it showed, then is destroyed with its models."""
        for screen in self.screens.values():
            clear = getattr(screen, "clear", None)
            if callable(clear):
                clear()
            self.stack.removeWidget(screen)
            screen.deleteLater()
        self.screens.clear()

    def save_geometry(self) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter that no field of the screen took (a list box, a number, a date, a tick box) presses the
        screen's primary button. Text fields and lists are left alone: they act on Enter themselves."""
        focus = self.focusWidget()
        takes_no_enter = (QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focus, takes_no_enter):
            editable = isinstance(focus, QComboBox) and focus.isEditable()
            primary = self._primary_button()
            if primary is not None and not editable and self.stack.currentWidget().isAncestorOf(focus):
                primary.click()
                return
        super().keyPressEvent(event)

    def _primary_button(self) -> QPushButton | None:
        screen = self.stack.currentWidget()
        buttons = screen.findChildren(QPushButton) if screen is not None else []
        return next((b for b in buttons if b.property("primary") and b.isVisible() and b.isEnabled()), None)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.save_geometry()
        self.privacy.stop()
        super().closeEvent(event)
