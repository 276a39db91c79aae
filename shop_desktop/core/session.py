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

    from shop_desktop.core.vault import StaffMember, Vault

# Modules whose actions a session offers (imported on first use, so that registering is complete).
ACTION_MODULES: tuple[str, ...] = ("turnaways", "audit_trail", "backup", "restore")


def load_actions() -> dict[str, Action]:
    for name in ACTION_MODULES:
        importlib.import_module(f"shop_desktop.core.{name}")
    return ACTIONS


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

    def __getattr__(self, area: str) -> Area:
        if area.startswith("_") or not any(key.startswith(f"{area}.") for key in load_actions()):
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

    def can(self, permission: Permission) -> bool:
        return self.__vault.is_open and self.__vault.can(permission)

    def lock(self) -> None:
        self.__vault.lock()
