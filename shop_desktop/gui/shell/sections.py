"""The navigation sections. A new screen is one entry here: title, icon, who may see it, factory.

The list shows only sections whose permission the signed-in roles hold; the core still
checks every action, so hiding a section is a courtesy, not the protection.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from shop_desktop.core.roles import Permission
from shop_desktop.core.session import Session
from shop_desktop.gui.common.services import Services


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    icon: str
    permission: Permission | None
    factory: Callable[..., QWidget]  # (services) -> the screen
    purpose: str = ""  # "what you can do here", listed on the home screen
    in_turns: bool = False  # factory(services, in_turns=True) builds the screen over a few event-loop turns
    shown_when: Callable[[Session], bool] | None = None  # beyond the permission (e.g. this PC syncs)

    def visible_to(self, session: Session) -> bool:
        allowed = self.permission is None or session.can(self.permission)
        return allowed and (self.shown_when is None or self.shown_when(session))


def _home(services: Services) -> QWidget:
    from shop_desktop.gui.shell.home_screen import HomeScreen

    return HomeScreen(services, [s for s in all_sections() if s.visible_to(services.session) and s.purpose])


def _checkin(services: Services, in_turns: bool = False) -> QWidget:
    from shop_desktop.gui.frontdesk.checkin_screen import CheckInScreen

    return CheckInScreen(services, in_turns=in_turns)


def _alerts(services: Services) -> QWidget:
    from shop_desktop.gui.safety.alerts_screen import AlertsScreen

    return AlertsScreen(services)


def _restrictions(services: Services) -> QWidget:
    from shop_desktop.gui.admin.restrictions_screen import RestrictionsScreen

    return RestrictionsScreen(services)


def _clients(services: Services) -> QWidget:
    from shop_desktop.gui.frontdesk.clients_screen import ClientsScreen

    return ClientsScreen(services)


def _history(services: Services) -> QWidget:
    from shop_desktop.gui.clinical.history_screen import HistoryScreen

    return HistoryScreen(services)


def _notes(services: Services) -> QWidget:
    from shop_desktop.gui.clinical.notes_screen import NotesScreen

    return NotesScreen(services)


def _referrals(services: Services) -> QWidget:
    from shop_desktop.gui.clinical.referrals_screen import ReferralsScreen

    return ReferralsScreen(services)


def _programs(services: Services) -> QWidget:
    from shop_desktop.gui.frontdesk.programs_screen import ProgramsScreen

    return ProgramsScreen(services)


def _suite(services: Services) -> QWidget:
    from shop_desktop.gui.frontdesk.suite_screen import SuiteScreen

    return SuiteScreen(services)


def _outreach(services: Services) -> QWidget:
    from shop_desktop.gui.frontdesk.outreach_screen import OutreachScreen

    return OutreachScreen(services)


def _overdose(services: Services) -> QWidget:
    from shop_desktop.gui.safety.overdose_screen import OverdoseScreen

    return OverdoseScreen(services)


def _stock(services: Services) -> QWidget:
    from shop_desktop.gui.safety.stock_screen import StockScreen

    return StockScreen(services)


def _drug_alerts(services: Services) -> QWidget:
    from shop_desktop.gui.safety.drug_alerts_screen import DrugAlertsScreen

    return DrugAlertsScreen(services)


def _shift_log(services: Services) -> QWidget:
    from shop_desktop.gui.safety.shift_log_screen import ShiftLogScreen

    return ShiftLogScreen(services)


def _reports(services: Services) -> QWidget:
    from shop_desktop.gui.admin.reports_screen import ReportsScreen

    return ReportsScreen(services)


def _backup(services: Services) -> QWidget:
    from shop_desktop.gui.admin.backup_screen import BackupScreen

    return BackupScreen(services)


def _sync(services: Services) -> QWidget:
    from shop_desktop.gui.admin.sync_screen import SyncScreen

    return SyncScreen(services)


def _syncs(session: Session) -> bool:
    from shop_desktop.gui.admin import sync_runner

    return sync_runner.shows_section(session)


def _staff(services: Services) -> QWidget:
    from shop_desktop.gui.admin.staff_screen import StaffScreen

    return StaffScreen(services)


def _audit(services: Services) -> QWidget:
    from shop_desktop.gui.admin.audit_screen import AuditScreen

    return AuditScreen(services)


def _access_requests(services: Services) -> QWidget:
    from shop_desktop.gui.admin.access_requests_screen import AccessRequestsScreen

    return AccessRequestsScreen(services)


def _settings(services: Services) -> QWidget:
    from shop_desktop.gui.admin.settings_screen import SettingsScreen

    return SettingsScreen(services)


DEFAULT_SECTION = "checkin"  # opened first for those who may use it; otherwise the first section


SECTIONS = (
    Section("home", QT_TRANSLATE_NOOP("Sections", "Home"), "home", None, _home),
    Section(
        "checkin",
        QT_TRANSLATE_NOOP("Sections", "Check in"),
        "checkin",
        Permission.CHECK_IN,
        _checkin,
        QT_TRANSLATE_NOOP("Sections", "check visitors in, named or anonymous, with services and supplies"),
        in_turns=True,
    ),
    Section(
        "alerts",
        QT_TRANSLATE_NOOP("Sections", "Alerts"),
        "alert",
        Permission.VIEW_ALERTS,
        _alerts,
        QT_TRANSLATE_NOOP(
            "Sections",
            "check a phone number, plate or description against bad-date reports; take a report; print the alert sheet",
        ),
    ),
    Section(
        "clients",
        QT_TRANSLATE_NOOP("Sections", "Clients"),
        "clients",
        Permission.VIEW_CLIENTS,
        _clients,
        QT_TRANSLATE_NOOP("Sections", "register clients, edit their details and consent"),
    ),
    Section(
        "history",
        QT_TRANSLATE_NOOP("Sections", "Client history"),
        "user",
        Permission.VIEW_CLIENTS,
        _history,
        QT_TRANSLATE_NOOP("Sections", "see one client's visits, programs and (for counsellors) notes; write a note"),
    ),
    Section(
        "notes",
        QT_TRANSLATE_NOOP("Sections", "Notes"),
        "notes",
        Permission.READ_NOTES,
        _notes,
        QT_TRANSLATE_NOOP("Sections", "continue your unsigned drafts and search the text of signed notes"),
    ),
    Section(
        "referrals",
        QT_TRANSLATE_NOOP("Sections", "Referrals"),
        "referrals",
        Permission.MAKE_REFERRALS,
        _referrals,
        QT_TRANSLATE_NOOP(
            "Sections", "refer a client to a partner agency, print the slip, follow up; the agency directory"
        ),
    ),
    Section(
        "programs",
        QT_TRANSLATE_NOOP("Sections", "Programs"),
        "programs",
        Permission.CHECK_IN,
        _programs,
        QT_TRANSLATE_NOOP("Sections", "record who came to breakfast, luncheon and the Alumni Group"),
    ),
    Section(
        "suite",
        QT_TRANSLATE_NOOP("Sections", "Safe Suite"),
        "suite",
        Permission.BOOK_SUITE,
        _suite,
        QT_TRANSLATE_NOOP(
            "Sections", "see who has the Safe Suite on which nights; book, check in and out, extend a stay"
        ),
    ),
    Section(
        "outreach",
        QT_TRANSLATE_NOOP("Sections", "Outreach"),
        "outreach",
        Permission.LOG_OUTREACH,
        _outreach,
        QT_TRANSLATE_NOOP("Sections", "log an outreach shift: area or platform, contacts, supplies handed out"),
    ),
    Section(
        "overdose",
        QT_TRANSLATE_NOOP("Sections", "Overdose responses"),
        "overdose",
        Permission.RECORD_OVERDOSES,
        _overdose,
        QT_TRANSLATE_NOOP(
            "Sections",
            "enter an overdose response afterwards, kept as a draft until signed; read the ones you were part of",
        ),
    ),
    Section(
        "shift_log",
        QT_TRANSLATE_NOOP("Sections", "Shift log"),
        "calendar",
        None,
        _shift_log,
        QT_TRANSLATE_NOOP("Sections", "leave handover items for the next shift and mark them done"),
    ),
    Section(
        "drug_alerts",
        QT_TRANSLATE_NOOP("Sections", "Drug alerts"),
        "drug_alert",
        None,
        _drug_alerts,
        QT_TRANSLATE_NOOP(
            "Sections", "post a drug-supply alert so it shows at check-in and on outreach; print its poster"
        ),
    ),
    Section(
        "stock",
        QT_TRANSLATE_NOOP("Sections", "Stock"),
        "archive",
        Permission.RECORD_STOCK,
        _stock,
        QT_TRANSLATE_NOOP(
            "Sections", "record supply deliveries, waste and counts; see what is low; print the monthly usage sheet"
        ),
    ),
    Section(
        "reports",
        QT_TRANSLATE_NOOP("Sections", "Reports"),
        "reports",
        Permission.RUN_REPORTS,
        _reports,
        QT_TRANSLATE_NOOP("Sections", "make a funder report for any period, as a PDF or CSV"),
    ),
    Section(
        "restrictions",
        QT_TRANSLATE_NOOP("Sections", "Restrictions"),
        "restriction",
        Permission.RESTRICT_CLIENTS,
        _restrictions,
        QT_TRANSLATE_NOOP(
            "Sections", "restrict a client, review and lift restrictions, keep clients apart, print who opened a file"
        ),
    ),
    Section(
        "access_requests",
        QT_TRANSLATE_NOOP("Sections", "Access requests"),
        "clients",
        Permission.ANSWER_ACCESS_REQUESTS,
        _access_requests,
        QT_TRANSLATE_NOOP(
            "Sections", "answer a person's request for their own record: review it, print or save it, add corrections"
        ),
    ),
    Section(
        "backup",
        QT_TRANSLATE_NOOP("Sections", "Backup"),
        "backup",
        Permission.BACKUP,
        _backup,
        QT_TRANSLATE_NOOP("Sections", "back up to a USB stick in one click, verify a backup, restore one"),
    ),
    Section(
        "sync",
        QT_TRANSLATE_NOOP("Sections", "Sync"),
        "sync",
        None,  # every signed-in person may Sync now; the screen shows the rest by role
        _sync,
        QT_TRANSLATE_NOOP(
            "Sections", "keep this PC, the office PC and the outreach laptop in step; add a device; review what clashed"
        ),
        shown_when=_syncs,
    ),
    Section(
        "staff",
        QT_TRANSLATE_NOOP("Sections", "Staff"),
        "users",
        Permission.MANAGE_STAFF,
        _staff,
        QT_TRANSLATE_NOOP("Sections", "add staff accounts, change roles and reset passphrases"),
    ),
    Section(
        "audit",
        QT_TRANSLATE_NOOP("Sections", "Audit trail"),
        "audit",
        Permission.VIEW_AUDIT,
        _audit,
        QT_TRANSLATE_NOOP("Sections", "see who did what, and check that the audit trail is intact"),
    ),
    Section(
        "settings",
        QT_TRANSLATE_NOOP("Sections", "Settings"),
        "settings",
        Permission.EDIT_SETTINGS,
        _settings,
        QT_TRANSLATE_NOOP("Sections", "set the centre's name, address and the idle lock time"),
    ),
)


def all_sections() -> list[Section]:
    """The sections in the signed-in person's language (the table holds the English to translate)."""
    return [
        replace(
            s,
            title=QCoreApplication.translate("Sections", s.title),
            purpose=QCoreApplication.translate("Sections", s.purpose) if s.purpose else "",
        )
        for s in SECTIONS
    ]
