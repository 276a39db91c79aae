"""Take-home naloxone: a kit given at check-in or on outreach, first kit or replacement (and why),
and whether the person was trained today. Counted for BC's Take Home Naloxone reporting.

The kit itself is still the "Naloxone kits" supply ticked on the visit or the shift (that is what
the stock counts); this adds what the program asks about each kit. A visit voided, or a shift
voided, takes its kits out of the counts with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from shop_desktop.core.actions import action
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, said
from shop_desktop.core.roles import Permission
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.ids import new_id

FIRST, REPLACEMENT = "first", "replacement"
KINDS = {FIRST: "First kit", REPLACEMENT: "Replacement kit"}
REASONS = {
    "used": "Used on someone",
    "lost_stolen": "Lost or stolen",
    "expired": "Expired",
    "police": "Taken by police",
    "other": "Other",
}


@dataclass(frozen=True)
class KitGiven:
    kind: str  # FIRST or REPLACEMENT
    reason: str | None = None  # for a replacement
    trained: bool = False  # shown how to respond to an overdose today
    kits: int = 1

    @property
    def label(self) -> str:
        words = KINDS.get(self.kind, self.kind)
        if self.reason:
            words += f" ({REASONS.get(self.reason, self.reason).lower()})"
        return words + (", trained today" if self.trained else "")


def check_kit(kit: KitGiven) -> KitGiven:
    if kit.kind not in KINDS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "Choose whether the naloxone kit is a first kit or a replacement.")
        )
    if kit.kind == FIRST and kit.reason is not None:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "A first naloxone kit has no replacement reason."))
    if kit.reason is not None and kit.reason not in REASONS:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose why the naloxone kit is replaced from the list."))
    if kit.kits < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "A naloxone kit line counts at least one kit."))
    return kit


def naloxone_service_id(conn: Any) -> int | None:
    row = conn.execute("SELECT id FROM services WHERE naloxone = 1 ORDER BY active DESC, id LIMIT 1").fetchone()
    return None if row is None else int(row[0])


def write_visit_kit(vault: Vault, visit_id: int, day: str, kit: KitGiven, services: dict[int, int]) -> None:
    """Inside check_in's transaction: the kit's details, as many kits as the supply ticked."""
    check_kit(kit)
    service_id = naloxone_service_id(vault.conn)
    if service_id is None or service_id not in services:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "Tick naloxone kits among the supplies to record the kit's details.")
        )
    vault.conn.execute(
        "INSERT INTO naloxone_kits (id, visit_id, day, kind, reason, trained, kits, staff_id, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        (
            new_id(vault.conn, "naloxone_kits"),
            visit_id,
            day,
            kit.kind,
            kit.reason,
            int(kit.trained),
            services[service_id],
            vault.user.id,
            now_iso(),
        ),
    )


def write_shift_kits(
    vault: Vault, shift_id: int, day: str, kits: tuple[KitGiven, ...] | None, supplies: dict[int, int]
) -> None:
    """Inside log_shift's (or update_shift's) transaction: replaces the shift's kit lines (None: keeps them)."""
    if kits is None:
        return
    for kit in kits:
        check_kit(kit)
    service_id = naloxone_service_id(vault.conn)
    given = supplies.get(service_id, 0) if service_id is not None else 0
    if sum(kit.kits for kit in kits) > given:
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The naloxone kit details add up to more than the {given} kit(s) handed out. Check the numbers.",
                ),
                given=given,
            )
        )
    vault.conn.execute("DELETE FROM naloxone_kits WHERE shift_id = ?", (shift_id,))
    first = new_id(vault.conn, "naloxone_kits")  # consecutive ids in this device's range
    vault.conn.executemany(
        "INSERT INTO naloxone_kits (id, shift_id, day, kind, reason, trained, kits, staff_id, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        [
            (first + n, shift_id, day, kit.kind, kit.reason, int(kit.trained), kit.kits, vault.user.id, now_iso())
            for n, kit in enumerate(kits)
        ],
    )


@action(Permission.CHECK_IN)
def kit_service(vault: Vault) -> int | None:
    """The catalog's naloxone kit supply, whose tick opens the kit's details."""
    return naloxone_service_id(vault.conn)


@action(Permission.CHECK_IN)
def had_kit_before(vault: Vault, client_id: int) -> bool:
    """Whether a client was given a kit before (so today's is most likely a replacement)."""
    service_id = naloxone_service_id(vault.conn)
    row = vault.conn.execute(
        "SELECT 1 FROM visits v JOIN visit_services vs ON vs.visit_id = v.id"
        " WHERE v.client_id = ? AND vs.service_id = ? AND v.voided_at IS NULL LIMIT 1",
        (client_id, service_id),
    ).fetchone()
    return row is not None


@action(Permission.LOG_OUTREACH)
def shift_kits(vault: Vault, shift_id: int) -> tuple[KitGiven, ...]:
    rows = vault.conn.execute(
        "SELECT kind, reason, trained, kits FROM naloxone_kits WHERE shift_id = ? ORDER BY id", (shift_id,)
    ).fetchall()
    return tuple(KitGiven(str(r[0]), r[1], bool(r[2]), int(r[3])) for r in rows)
