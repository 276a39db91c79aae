"""Who a staff member is: the StaffMember record, the one staff query, a user name's rules."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from shop_desktop.core.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInput,
)
from shop_desktop.core.roles import Role, parse_roles, roles_text
from shop_desktop.core.store import audit, db

RECOVERY_USER_ID = audit.RECOVERY_ACTOR


@dataclass(frozen=True)
class StaffMember:
    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    active: bool = True
    must_change_passphrase: bool = False
    created_at: str = ""
    disabled_at: str | None = None

    @property
    def first_name(self) -> str:
        return self.display_name.split()[0] if self.display_name.strip() else self.username

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> StaffMember:
        return cls(
            id=int(row["id"]),
            username=row["username"],
            display_name=row["display_name"],
            roles=parse_roles(row["roles"]),
            active=bool(row["active"]),
            must_change_passphrase=bool(row["must_change_passphrase"]),
            created_at=row["created_at"],
            disabled_at=row["disabled_at"],
        )


RECOVERY_MEMBER = StaffMember(
    id=RECOVERY_USER_ID,
    username="recovery",
    display_name="Recovery key",
    roles=frozenset({Role.COORDINATOR, Role.ADMIN}),
)


def clean_username(name: str) -> str:
    cleaned = name.strip()
    if not (2 <= len(cleaned) <= 40) or any(ch.isspace() for ch in cleaned):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", 'A user name is 2 to 40 characters with no spaces, e.g. "maria" or "frontdesk2".')
        )
    return cleaned


def select_staff(conn: db.Connection, where: str = "", params: tuple[Any, ...] = ()) -> list[StaffMember]:
    """Staff rows as StaffMember, e.g. select_staff(conn, "WHERE id = ?", (3,)). The one staff query."""
    cursor = conn.execute(f"SELECT * FROM staff {where}", params)
    names = [c[0] for c in cursor.description]
    return [StaffMember.from_row(dict(zip(names, row, strict=True))) for row in cursor.fetchall()]


def new_vault_id() -> str:
    return secrets.token_hex(16)


def staff_row(username: str, display_name: str, roles: frozenset[Role], created_at: str) -> dict[str, Any]:
    return {
        "username": username,
        "display_name": display_name.strip() or username,
        "roles": roles_text(roles),
        "active": 1,
        "must_change_passphrase": 0,
        "created_at": created_at,
    }
