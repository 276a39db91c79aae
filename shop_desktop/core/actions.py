"""Every action a screen or the CLI may take, with its permission and its audit entries, declared once.

    @action(Permission.CHECK_IN, audits=("turnaway.recorded",))
    def record_turnaway(vault: Vault, reason: str, ...) -> int: ...

The gate runs before the body: a locked session raises VaultLocked, a role without the permission
raises PermissionDenied, and nothing of the body runs. While the body runs, `vault.audit` writes only
the actions declared here (anything else is a programming error, raised at once), so this one line
is the whole truth about who may do it and what the trail will say. A read that writes no entry
declares `audits=()`. `SIGNED_IN` is for actions any signed-in staff member may take.

Screens and the CLI reach actions only through `core.session.Session`; `ACTIONS` is the table the
boundary tests walk (tests/test_boundary.py).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, ParamSpec, TypeVar

from shop_desktop.core.errors import QT_TRANSLATE_NOOP, VaultLocked
from shop_desktop.core.roles import Permission

if TYPE_CHECKING:
    from shop_desktop.core.store.vault import Vault

P = ParamSpec("P")
R = TypeVar("R")


class _SignedIn:
    def __repr__(self) -> str:
        return "SIGNED_IN"


SIGNED_IN: Final = _SignedIn()


class UndeclaredAudit(AssertionError):
    """An action wrote an audit entry it did not declare: a bug, never a person's mistake."""


@dataclass(frozen=True)
class Action:
    area: str  # the module's last name: "turnaways"
    name: str  # the function's name: "record_turnaway"
    permission: Permission | _SignedIn
    audits: frozenset[str]
    call: Callable[..., Any]  # the gated function, vault first

    @property
    def key(self) -> str:
        return f"{self.area}.{self.name}"


ACTIONS: dict[str, Action] = {}
_declared: ContextVar[frozenset[str] | None] = ContextVar("declared_audits", default=None)
_running: ContextVar[str] = ContextVar("running_action", default="")


def action(
    permission: Permission | _SignedIn, *, audits: tuple[str, ...] = ()
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare `func` (first parameter: the Vault) as an action with its permission and audit entries."""

    if not isinstance(permission, Permission | _SignedIn):
        raise TypeError(f"An action declares a Permission or SIGNED_IN, not {permission!r}.")

    def register(func: Callable[P, R]) -> Callable[P, R]:
        declared = frozenset(audits)

        @functools.wraps(func)
        def gated(*args: P.args, **kwargs: P.kwargs) -> R:
            vault: Vault = args[0]  # type: ignore[assignment]
            if isinstance(permission, Permission):
                vault.require(permission)
            elif not vault.is_open:
                raise VaultLocked(QT_TRANSLATE_NOOP("core", "The vault is locked. Sign in again to continue."))
            token, running = _declared.set(declared), _running.set(entry.key)
            try:
                return func(*args, **kwargs)
            finally:
                _running.reset(running)
                _declared.reset(token)

        area = func.__module__.rsplit(".", 1)[-1]
        entry = Action(area, func.__name__, permission, declared, gated)
        if entry.key in ACTIONS and ACTIONS[entry.key].call.__wrapped__ is not func:  # type: ignore[attr-defined]
            raise RuntimeError(f"Two actions are both called {entry.key}.")
        ACTIONS[entry.key] = entry
        gated.__action__ = entry  # type: ignore[attr-defined]
        return gated

    return register


def check_audit(audit_action: str) -> None:
    """Called by Vault.audit: inside an action, only its declared entries may be written."""
    declared = _declared.get()
    if declared is not None and audit_action not in declared:
        raise UndeclaredAudit(f"{audit_action!r} is written but not declared by the running action {_running.get()}.")


@contextmanager
def machinery(*audits: str) -> Iterator[None]:
    """Core's own bookkeeping inside an action (e.g. a note sealed while a client is merged)."""
    current = _declared.get()
    token = _declared.set(None if current is None else current | frozenset(audits))
    try:
        yield
    finally:
        _declared.reset(token)
