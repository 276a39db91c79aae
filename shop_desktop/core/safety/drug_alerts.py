"""Community drug-supply alerts the centre receives (health authority, drug checking, community).

An alert is shown on the check-in and outreach screens while it is active, so staff can tell
people, and prints as a one-page poster. Everything in one is text a client may see: a substance,
what is different about it, where it turned up, who said so. No client, no staff name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from shop_desktop.core import settings
from shop_desktop.core.actions import SIGNED_IN, action
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, said
from shop_desktop.core.roles import Permission
from shop_desktop.core.safety.shift_log import checked_line
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.ids import new_id

SOURCES = {
    "health_authority": "Health authority",
    "drug_checking": "Drug checking service",
    "community": "Community report",
    "other": "Other",
}
DEFAULT_DAYS = 14
LONGEST_DAYS = 120
LATE_DAYS = 30  # an alert may be entered a while after it was issued, not months after
SUBSTANCE_LIMIT = 80
DIFFERENT_LIMIT = 400
WHERE_LIMIT = 120


@dataclass(frozen=True)
class DrugAlert:
    id: int
    issued_on: date
    expires_on: date
    substance: str
    what_is_different: str
    where_seen: str | None
    source: str
    withdrawn: bool

    @property
    def source_label(self) -> str:
        return SOURCES.get(self.source, "Other")

    def active_on(self, day: date) -> bool:
        return not self.withdrawn and self.issued_on <= day <= self.expires_on

    @property
    def band_text(self) -> str:
        """One line for the calm band on the check-in and outreach screens."""
        where = f" ({self.where_seen})" if self.where_seen else ""
        return f"{self.substance}{where}: {self.what_is_different}"


@dataclass(frozen=True)
class DrugAlertPoster:
    """What the poster prints: the alert and the centre's name, nothing else."""

    centre_name: str
    alert: DrugAlert
    printed_on: date


@action(Permission.POST_DRUG_ALERTS, audits=("drug_alert.posted",))
def post_drug_alert(
    vault: Vault,
    *,
    substance: str,
    what_is_different: str,
    source: str,
    issued_on: date | None = None,
    expires_on: date | None = None,
    where_seen: str | None = None,
) -> int:
    """Record an alert; it shows from `issued_on` to `expires_on` (two weeks unless told)."""
    issued, expires = _checked_days(issued_on or date.today(), expires_on)
    if source not in SOURCES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "core", "Choose where the alert came from: health authority, drug checking, community or other."
            )
        )
    fields = (
        checked_line("The substance", substance, SUBSTANCE_LIMIT, required=True),
        checked_line("What's different", what_is_different, DIFFERENT_LIMIT, required=True),
        checked_line("Where", where_seen, WHERE_LIMIT),
    )
    with vault.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO drug_alerts (id, issued_on, expires_on, substance, what_is_different, where_seen, source,"
            " staff_id, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                new_id(conn, "drug_alerts"),
                issued.isoformat(),
                expires.isoformat(),
                *fields,
                source,
                vault.user.id,
                now_iso(),
            ),
        )
        alert_id = int(cursor.lastrowid or 0)
        vault.audit("drug_alert.posted", "drug_alert", alert_id)
    return alert_id


def _checked_days(issued: date, expires: date | None) -> tuple[date, date]:
    today = date.today()
    if issued > today:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "An alert can't be issued on a day that hasn't come yet."))
    if issued < today - timedelta(days=LATE_DAYS):
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", "An alert issued more than {LATE_DAYS} days ago is too old to post."),
                LATE_DAYS=LATE_DAYS,
            )
        )
    until = expires or issued + timedelta(days=DEFAULT_DAYS)
    if until < issued:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The alert ends before it was issued. Check the two dates."))
    if (until - issued).days > LONGEST_DAYS:
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP(
                    "core", "An alert can show for at most {LONGEST_DAYS} days. Post it again if it still holds."
                ),
                LONGEST_DAYS=LONGEST_DAYS,
            )
        )
    return issued, until


@action(Permission.POST_DRUG_ALERTS, audits=("drug_alert.withdrawn",))
def withdraw_drug_alert(vault: Vault, alert_id: int) -> None:
    """Take an alert down before it expires (entered by mistake, or the health authority lifted it)."""
    with vault.transaction() as conn:
        changed = conn.execute(
            "UPDATE drug_alerts SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ? AND withdrawn_at IS NULL",
            (datetime.now().isoformat(timespec="minutes"), vault.user.id, alert_id),
        ).rowcount
        if not changed:
            raise NotFound(QT_TRANSLATE_NOOP("core", "That alert was already taken down. Refresh the list."))
        vault.audit("drug_alert.withdrawn", "drug_alert", alert_id)


_SELECT = (
    "SELECT id, issued_on, expires_on, substance, what_is_different, where_seen, source, withdrawn_at IS NOT NULL"
    " FROM drug_alerts"
)


@action(SIGNED_IN)
def active_drug_alerts(vault: Vault, today: date | None = None) -> list[DrugAlert]:
    """Alerts showing today, newest first."""
    day = (today or date.today()).isoformat()
    rows = vault.conn.execute(
        f"{_SELECT} WHERE withdrawn_at IS NULL AND issued_on <= ? AND expires_on >= ? ORDER BY issued_on DESC, id DESC",
        (day, day),
    ).fetchall()
    return [_alert(row) for row in rows]


@action(SIGNED_IN)
def recent_drug_alerts(vault: Vault, limit: int = 200) -> list[DrugAlert]:
    """Every alert, active or not, newest first (the drug alerts screen)."""
    rows = vault.conn.execute(f"{_SELECT} ORDER BY issued_on DESC, id DESC LIMIT ?", (limit,)).fetchall()
    return [_alert(row) for row in rows]


@action(SIGNED_IN)
def poster_for(vault: Vault, alert_id: int) -> DrugAlertPoster:
    row = vault.conn.execute(f"{_SELECT} WHERE id = ?", (alert_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "That alert is no longer there. Refresh the list."))
    return DrugAlertPoster(settings.get(vault, "centre_name"), _alert(row), date.today())


def _alert(row: tuple[object, ...]) -> DrugAlert:
    """Rows are read back as untrusted: a date that doesn't parse is refused, not shown as today."""
    try:
        issued, expires = date.fromisoformat(str(row[1])), date.fromisoformat(str(row[2]))
    except ValueError as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "A drug alert in the vault has a damaged date. Restore from a backup.")
        ) from error
    return DrugAlert(
        int(row[0]),  # type: ignore[call-overload]
        issued,
        expires,
        str(row[3]),
        str(row[4]),
        None if row[5] is None else str(row[5]),
        str(row[6]),
        bool(row[7]),
    )
