"""Centre settings that matter to the data live in the vault (window state lives in QSettings)."""

from __future__ import annotations

from dataclasses import dataclass

from shop_desktop.core.actions import SIGNED_IN, action
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, said
from shop_desktop.core.roles import Permission
from shop_desktop.core.store.vault import Vault


@dataclass(frozen=True)
class Setting:
    key: str
    label: str
    default: str
    kind: type = str
    minimum: int = 0
    maximum: int = 0
    max_length: int = 300
    group: str = "Centre"  # the settings screen's section


RETENTION = "Retention (how long records are kept)"


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("centre_name", "Centre name", "SHOP drop-in centre", max_length=120),
        Setting("centre_address", "Centre address", "", max_length=300),
        Setting("centre_phone", "Centre phone", "", max_length=40),
        Setting("idle_lock_minutes", "Lock after this many idle minutes", "5", int, 1, 120),
        Setting("suppression_threshold", 'Counts below this print as "<N" in reports', "5", int, 2, 20),
        Setting("backup_warning_days", "Warn when the last backup is older than (days)", "7", int, 1, 90),
        Setting("alert_sheet_days", "Aggressor alerts stay on the sheet for (days)", "90", int, 7, 730),
        Setting("suite_units", "Safe Suite units that can be booked at once", "1", int, 1, 20),
        Setting(
            "restriction_roles",
            "Roles besides the coordinator that may restrict clients and override (comma-separated)",
            "",
            max_length=80,
        ),
        Setting(
            "retention_identity_years",
            "Erase a client's identity this many years after their last contact",
            "7",
            int,
            1,
            50,
            group=RETENTION,
        ),
        Setting(
            "retention_notes_years",
            "Erase signed notes' text this many years after the client's last contact",
            "7",
            int,
            1,
            50,
            group=RETENTION,
        ),
        Setting(
            "retention_alert_months",
            "Aggressor alerts leave the active list after this many months without review",
            "12",
            int,
            1,
            120,
            group=RETENTION,
        ),
        Setting(
            "retention_restriction_years",
            "Erase a restriction's notes and reasons this many years after it ended",
            "2",
            int,
            1,
            50,
            group=RETENTION,
        ),
        # overdose records (being built): "retention_overdose_years" goes here, with RETENTION as group
    )
}


@action(SIGNED_IN)
def get(vault: Vault, key: str) -> str:
    setting = SETTINGS[key]
    row = vault.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return setting.default if row is None else str(row[0])


@action(SIGNED_IN)
def get_int(vault: Vault, key: str) -> int:
    return int(get(vault, key))


def validate(key: str, value: str) -> str:
    setting = SETTINGS.get(key)
    if setting is None:
        raise InvalidInput(said(QT_TRANSLATE_NOOP("core", "There is no setting called {key}."), key=key))
    value = value.strip()
    if setting.kind is int:
        if not value.isdigit() or not setting.minimum <= int(value) <= setting.maximum:
            raise InvalidInput(
                said(
                    QT_TRANSLATE_NOOP("core", "{label}: enter a whole number from {minimum} to {maximum}."),
                    label=setting.label,
                    minimum=setting.minimum,
                    maximum=setting.maximum,
                )
            )
    elif len(value) > setting.max_length:
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", "{label}: at most {max_length} characters."),
                label=setting.label,
                max_length=setting.max_length,
            )
        )
    return value


@action(Permission.EDIT_SETTINGS, audits=("settings.changed",))
def put(vault: Vault, key: str, value: str) -> None:
    value = validate(key, value)
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
        vault.audit("settings.changed", "setting", key)
