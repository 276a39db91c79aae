"""Staff roles and what each may do. The vault checks these; screens only hide what is refused."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    FRONT_DESK = "front_desk"
    OUTREACH = "outreach"
    COUNSELLOR = "counsellor"
    COORDINATOR = "coordinator"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.FRONT_DESK: "Front desk",
    Role.OUTREACH: "Outreach",
    Role.COUNSELLOR: "Counsellor",
    Role.COORDINATOR: "Coordinator",
    Role.ADMIN: "Admin",
}

# Roles whose key slots carry the notes key.
CLINICAL_ROLES = frozenset({Role.COUNSELLOR, Role.COORDINATOR})


class Permission(StrEnum):
    VIEW_CLIENTS = "view_clients"
    EDIT_CLIENTS = "edit_clients"
    CHECK_IN = "check_in"
    MERGE_CLIENTS = "merge_clients"
    PURGE_CLIENTS = "purge_clients"
    EDIT_CATALOG = "edit_catalog"
    READ_NOTES = "read_notes"
    WRITE_NOTES = "write_notes"
    MAKE_REFERRALS = "make_referrals"
    EDIT_AGENCIES = "edit_agencies"
    VIEW_ALERTS = "view_alerts"
    EDIT_ALERTS = "edit_alerts"
    BOOK_SUITE = "book_suite"
    LOG_OUTREACH = "log_outreach"
    RUN_REPORTS = "run_reports"
    BACKUP = "backup"
    RESTORE = "restore"
    MANAGE_STAFF = "manage_staff"
    VIEW_AUDIT = "view_audit"
    EDIT_SETTINGS = "edit_settings"
    RESTRICT_CLIENTS = "restrict_clients"  # and override a restriction; Settings may add roles
    MANAGE_CONFLICTS = "manage_conflicts"
    BREAK_GLASS = "break_glass"
    VIEW_FILE_OPENINGS = "view_file_openings"
    ANSWER_ACCESS_REQUESTS = "answer_access_requests"  # PIPA: log, make and give a person their record
    RECORD_OVERDOSES = "record_overdoses"  # enter a response and read one's own (core/safety/overdose.py)
    READ_OVERDOSES = "read_overdoses"  # read every response, whoever responded
    RECORD_STOCK = "record_stock"  # deliveries, waste, counts, the usage sheet (stock.py)
    POST_DRUG_ALERTS = "post_drug_alerts"  # community drug-supply alerts (drug_alerts.py)


_FD, _OUT, _CO, _CD, _AD = (
    Role.FRONT_DESK,
    Role.OUTREACH,
    Role.COUNSELLOR,
    Role.COORDINATOR,
    Role.ADMIN,
)

GRANTS: dict[Permission, frozenset[Role]] = {
    Permission.VIEW_CLIENTS: frozenset({_FD, _OUT, _CO, _CD}),
    Permission.EDIT_CLIENTS: frozenset({_FD, _OUT, _CO, _CD}),
    Permission.CHECK_IN: frozenset({_FD, _OUT, _CO, _CD}),
    Permission.MERGE_CLIENTS: frozenset({_CD}),
    Permission.PURGE_CLIENTS: frozenset({_CD}),
    Permission.EDIT_CATALOG: frozenset({_CD}),
    Permission.READ_NOTES: CLINICAL_ROLES,
    Permission.WRITE_NOTES: CLINICAL_ROLES,
    Permission.MAKE_REFERRALS: frozenset({_FD, _OUT, _CO, _CD}),
    Permission.EDIT_AGENCIES: frozenset({_CD}),
    Permission.VIEW_ALERTS: frozenset({_FD, _OUT, _CO, _CD}),
    Permission.EDIT_ALERTS: frozenset({_FD, _OUT, _CO, _CD}),
    Permission.BOOK_SUITE: frozenset({_FD, _OUT, _CO, _CD}),
    Permission.LOG_OUTREACH: frozenset({_OUT, _CD}),
    Permission.RUN_REPORTS: frozenset({_CD, _AD}),
    Permission.BACKUP: frozenset({_CD, _AD}),
    Permission.RESTORE: frozenset({_CD, _AD}),
    Permission.MANAGE_STAFF: frozenset({_CD, _AD}),
    Permission.VIEW_AUDIT: frozenset({_CD, _AD}),
    Permission.EDIT_SETTINGS: frozenset({_CD, _AD}),
    Permission.RESTRICT_CLIENTS: frozenset({_CD}),
    Permission.MANAGE_CONFLICTS: frozenset({_CD}),
    Permission.BREAK_GLASS: frozenset({_FD, _OUT, _CO, _CD}),
    Permission.VIEW_FILE_OPENINGS: frozenset({_CD}),
    Permission.ANSWER_ACCESS_REQUESTS: frozenset({_CD}),
    Permission.RECORD_OVERDOSES: frozenset({_FD, _OUT, _CO, _CD}),
    Permission.READ_OVERDOSES: CLINICAL_ROLES,
    Permission.RECORD_STOCK: frozenset({_FD, _OUT, _CO, _CD}),
    Permission.POST_DRUG_ALERTS: frozenset({_FD, _OUT, _CO, _CD}),
}

PERMISSION_WORDS: dict[Permission, str] = {
    Permission.READ_NOTES: "read counselling notes",
    Permission.WRITE_NOTES: "write counselling notes",
    Permission.MERGE_CLIENTS: "merge client records",
    Permission.PURGE_CLIENTS: "erase a client's record",
    Permission.MANAGE_STAFF: "manage staff accounts",
    Permission.BACKUP: "make backups",
    Permission.RESTORE: "restore backups",
    Permission.RUN_REPORTS: "make funder reports",
    Permission.RESTRICT_CLIENTS: "restrict a client or override a restriction",
    Permission.MANAGE_CONFLICTS: "record keep-apart conflicts",
    Permission.VIEW_FILE_OPENINGS: "see who opened a client's file",
    Permission.MAKE_REFERRALS: "make referrals",
    Permission.EDIT_AGENCIES: "change the agency directory",
    Permission.VIEW_CLIENTS: "see client records",
    Permission.EDIT_CLIENTS: "change client records",
    Permission.CHECK_IN: "check visitors in",
    Permission.VIEW_ALERTS: "see bad-date alerts",
    Permission.EDIT_ALERTS: "report or change bad-date alerts",
    Permission.BOOK_SUITE: "book the Safe Suite",
    Permission.LOG_OUTREACH: "log outreach shifts",
    Permission.VIEW_AUDIT: "see the audit trail",
    Permission.EDIT_SETTINGS: "change the centre's settings",
    Permission.BREAK_GLASS: "open a record kept apart from you",
    Permission.EDIT_CATALOG: "change the list of services",
    Permission.ANSWER_ACCESS_REQUESTS: "answer a person's request for their record",
    Permission.RECORD_OVERDOSES: "record overdose responses",
    Permission.READ_OVERDOSES: "read overdose responses others responded to",
    Permission.RECORD_STOCK: "record supply stock",
    Permission.POST_DRUG_ALERTS: "post drug alerts",
}


def parse_roles(text: str) -> frozenset[Role]:
    return frozenset(Role(part) for part in text.split(",") if part)


def roles_text(roles: frozenset[Role] | set[Role]) -> str:
    return ",".join(sorted(r.value for r in roles))


def allowed(roles: frozenset[Role], permission: Permission) -> bool:
    return bool(roles & GRANTS[permission])


def is_clinical(roles: frozenset[Role] | set[Role]) -> bool:
    return bool(set(roles) & CLINICAL_ROLES)
