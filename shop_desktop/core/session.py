"""The one thing screens and the CLI hold: the signed-in person and the centre's actions, nothing else.

    session.turnaways.record_turnaway("suite_full", client_id=7)

`session.<area>.<action>(...)` calls a function declared with `core.actions.action` in the module
`<area>`, with this session's vault put first. Nothing else of the vault is reachable from here:
no connection, no keys, no signing. `can()` is for hiding what would be refused; the refusal
itself always comes from the action's gate.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from shop_desktop.core.actions import ACTIONS, Action
from shop_desktop.core.roles import Permission, Role

if TYPE_CHECKING:
    from pathlib import Path

    from shop_desktop.core.store.vault import StaffMember, Vault

# Modules whose actions a session offers (imported on first use, so that registering is complete).
ACTION_MODULES: tuple[str, ...] = (  # where each area lives under core: "desk.clients" is session.clients
    "backup.backup",
    "backup.restore",
    "care.agency_csv",
    "care.notes",
    "care.notes_reseal",
    "care.referrals",
    "desk.clients",
    "desk.conflicts",
    "desk.outreach",
    "desk.programs",
    "desk.restrictions",
    "desk.suite",
    "desk.timeline",
    "desk.turnaways",
    "desk.visits",
    "figures.release_register",
    "figures.report_figures",
    "records.access_request",
    "records.retention",
    "safety.alert_links",
    "safety.alerts",
    "safety.drug_alerts",
    "safety.overdose",
    "safety.overdose_choices",
    "safety.overdose_kits",
    "safety.shift_log",
    "safety.stock",
    "settings",
    "sync.devices",
    "sync.review",
    "sync.syncing",
    "store.audit_trail",
    "store.rotation",
    "store.staff",
)


_loaded: list[bool] = []


def load_actions() -> dict[str, Action]:
    if not _loaded:  # once: a screen calls actions in loops, the imports need not be looked up each time
        for name in ACTION_MODULES:
            importlib.import_module(f"shop_desktop.core.{name}")
        _loaded.append(True)
    return ACTIONS


def _areas() -> set[str]:
    return {entry.area for entry in load_actions().values()}


class Area:
    """One module's actions, bound to a session's vault."""

    def __init__(self, vault: Vault, area: str) -> None:
        self._vault = vault
        self._area = area

    def __getattr__(self, name: str) -> Any:
        entry = load_actions().get(f"{self._area}.{name}")
        if entry is None:
            raise AttributeError(f"There is no action {self._area}.{name}.")
        vault = self._vault

        def bound(*args: Any, **kwargs: Any) -> Any:
            return entry.call(vault, *args, **kwargs)

        bound.__name__ = name
        bound.__doc__ = entry.call.__doc__
        return bound


class Session:
    def __init__(self, vault: Vault) -> None:
        self.__vault = vault

    @classmethod
    def sign_in(cls, folder: Path, username: str, passphrase: str, *, for_backup: bool = False) -> Session:
        """Open the vault as this person (the CLI's way in; the sign-in window opens its own)."""
        from shop_desktop.core.store.vault import Vault

        return cls(Vault.open(folder, username, passphrase, for_backup=for_backup))

    def __getattr__(self, area: str) -> Area:
        if area.startswith("_") or area not in _areas():
            raise AttributeError(f"There is no area {area!r} of actions.")
        return Area(self.__vault, area)

    @property
    def user(self) -> StaffMember:
        return self.__vault.user

    @property
    def roles(self) -> frozenset[Role]:
        return self.__vault.roles

    @property
    def folder(self) -> Path:
        return self.__vault.folder

    @property
    def is_open(self) -> bool:
        return self.__vault.is_open

    @property
    def is_recovery(self) -> bool:
        return self.__vault.is_recovery

    @property
    def vault_id(self) -> str:
        """Printed on the recovery sheet, so a sheet is matched to its vault."""
        return self.__vault.keys.vault_id

    @property
    def is_demo(self) -> bool:
        """The demo vault: every person in it is invented (the home screen says so)."""
        return self.__vault.is_open and self.__vault.meta("demo") == "1"

    def take_warnings(self) -> list[str]:
        """What the sign-in found in the key file, said once to a manager."""
        return self.__vault.take_warnings()

    def can(self, permission: Permission) -> bool:
        return self.__vault.is_open and self.__vault.can(permission)

    def lock(self) -> None:
        self.__vault.lock()
