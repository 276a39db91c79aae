"""Device profiles: which tables a device carries (SYNC.md "Profiles").

The centre PC and an office PC carry everything that syncs. The outreach laptop goes out on the
street, so it carries only what outreach needs: clients' aliases and codes (with their consent, which
says whether a record may be kept), alerts and their search index, outreach shifts and their
contacts, Safe Suite availability (which unit is taken on which nights, not by whom), drug alerts,
the catalog and staff. It never carries notes, the notes key (a file, not a table), overdose
records, restrictions, referrals, access requests or the audit trail, whose entries name who opened
which record: a stolen laptop holds less. Of a client it carries only the alias and code and what
finding them needs (OUTREACH_CLIENTS below): not their phone, the desk's remark, their
demographics or when they come in; of a consent not when it was given; of a stay not whose it is.
The cut is made everywhere a row leaves the centre for the street: the replica in the enrollment
file, and every change in a bundle of the outreach stream (exchange.filtered, core/sync/columns.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from shop_desktop.core.store.db import Connection
from shop_desktop.core.sync.columns import Trim, empty_text, integer

EVERYTHING = frozenset({"*"})  # every synced table (core/sync/ids.py synced_tables), now and later


@dataclass(frozen=True)
class Profile:
    key: str
    title: str
    tables: frozenset[str]
    description: str
    trims: Mapping[str, Trim] = field(default_factory=dict)  # tables carried only in part

    def carries(self, table: str) -> bool:
        return self.tables is EVERYTHING or table in self.tables

    def tables_in(self, conn: Connection) -> list[str]:
        """The synced tables of this vault that this profile carries, in name order."""
        from shop_desktop.core.sync.ids import synced_tables

        return [name for name in synced_tables(conn) if self.carries(name)]


OUTREACH_TABLES = frozenset(
    {
        "clients",
        "consents",
        "alerts",
        "alert_search",
        "outreach_areas",
        "outreach_shifts",
        "outreach_contacts",
        "outreach_supplies",
        "suite_stays",
        "drug_alerts",
        "services",
        "programs",
        "stock_supplies",
        "staff",
    }
)
# Never on a laptop, whatever a later edit to OUTREACH_TABLES says (tests/sync/test_profiles.py).
NEVER_OUTREACH = frozenset(
    {
        "notes",
        "alert_links",  # each link is sealed under the notes key
        "overdose_responses",
        "overdose_responders",
        "overdose_addenda",
        "naloxone_kits",
        "restrictions",
        "restriction_overrides",
        "keep_apart",
        "staff_conflicts",
        "referrals",
        "access_requests",
        "record_corrections",
        "audit",
    }
)

# The clients table in the schema's order (first_release.py; tests/sync/test_outreach_columns.py
# checks it against a new vault, and a column added later is dropped until it is listed here).
CLIENT_COLUMNS = (
    "id", "code", "alias", "search_key", "pronouns", "gender", "age_band", "birth_year", "indigenous",
    "first_visit", "phone", "alumni", "remark", "status", "merged_into", "last_visit_at", "created_at",
    "updated_at",
)  # fmt: skip
# What the street needs of a client. The issue allows "clients' aliases and codes"; the laptop's
# screens read a client only to find them by alias or code (clients.search), to name them beside a
# Safe Suite stay (code, alias, status) and to follow a merged record to the one that was kept:
#   id, code, alias   who the person is, as the centre knows them
#   search_key        alias and code folded for search (made from those two, nothing else)
#   status            archived, merged and purged records are not offered
#   merged_into       a merged record's survivor, so a stay or contact points at the right person
#   created_at, updated_at  bookkeeping; updated_at decides which of two alias edits is the later
# Left at the centre: phone and remark (how to reach them, what the desk wrote about them), the
# demographics (pronouns, gender, age band, birth year, indigenous: search still works with none),
# first_visit, last_visit_at (when they come in) and alumni. The search shows no pronouns on the
# laptop; the outreach worker asks the person.
OUTREACH_CLIENTS = Trim(
    CLIENT_COLUMNS,
    frozenset({"id", "code", "alias", "search_key", "status", "merged_into", "created_at", "updated_at"}),
    {"alumni": integer(0)},  # NOT NULL DEFAULT 0
)

# The suite_stays table in the schema's order (suite_alerts_restrictions.py; tests/sync check it).
STAY_COLUMNS = (
    "id", "unit", "client_id", "erased_person", "arrival", "departure", "status", "staff_id", "remark",
    "checked_in_at", "checked_out_at", "cancelled_at", "created_by", "created_at", "updated_at",
)  # fmt: skip
# The issue allows "Safe Suite availability": which unit is taken on which nights. The laptop's suite
# calendar needs the unit, the nights (arrival, departure) and the status (a cancelled stay frees its
# unit, a booking and a stay in progress are drawn differently); staff_id and created_by are staff
# (NOT NULL, kept so a row stays valid). Left at the centre: who holds the unit (client_id, and
# erased_person, which tells one erased person's stays from another's), the desk's remark and the
# times they checked in, out or cancelled. So the laptop books nothing (core/desk/suite.py refuses).
OUTREACH_STAYS = Trim(
    STAY_COLUMNS,
    frozenset({"id", "unit", "arrival", "departure", "status", "staff_id", "created_by", "created_at", "updated_at"}),
)

# A client's consents in the schema's order (first_release.py). The laptop needs what says whether a
# record may be kept and used (Consent.in_force: keep_record, ends_on, withdrawn_on, and the slips and
# contact choices). When it was given and recorded, and by whom, stay at the centre: a consent is
# recorded again at a later visit, so those dates are visit dates. NOT NULL, so blank is '' and 0.
CONSENT_COLUMNS = (
    "id", "client_id", "keep_record", "alias_on_slips", "may_contact", "given_on", "ends_on", "withdrawn_on",
    "recorded_by", "recorded_at",
)  # fmt: skip
OUTREACH_CONSENTS = Trim(
    CONSENT_COLUMNS,
    frozenset({"id", "client_id", "keep_record", "alias_on_slips", "may_contact", "ends_on", "withdrawn_on"}),
    {"given_on": empty_text(), "recorded_by": integer(0), "recorded_at": empty_text()},
    bookkeeping=frozenset(),
)

PROFILES: dict[str, Profile] = {
    "centre": Profile("centre", "Centre PC", EVERYTHING, "Everything: the front desk, notes, reports."),
    "office": Profile("office", "Office PC", EVERYTHING, "Everything, for counsellors writing in an office."),
    "outreach": Profile(
        "outreach",
        "Outreach laptop",
        OUTREACH_TABLES,
        "Clients' aliases and codes (not their phone or the desk's remarks), alerts, outreach, Safe Suite"
        " availability (not who has the suite), the catalog and staff;"
        " never notes, overdose records, restrictions, referrals or access requests.",
        {"clients": OUTREACH_CLIENTS, "suite_stays": OUTREACH_STAYS, "consents": OUTREACH_CONSENTS},
    ),
}


def left_at_the_centre(profile_key: str, table: str) -> frozenset[str]:
    """The columns of `table` a device of this profile never holds (none for the centre and office)."""
    chosen = PROFILES.get(profile_key)
    trim = chosen.trims.get(table) if chosen else None
    return frozenset(trim.order) - trim.kept if trim else frozenset()


def profile_of_device(conn: Any, number: int | None = None) -> str:
    """The profile this vault has on record for device `number` (this device when None); "" when it
    has none (a vault that never synced, or a device it was never told of). A plain read, because
    the merge and the client form need it from places that cannot import devices.py."""
    tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"sync_devices", "sync_device"} <= tables:
        return ""
    if number is None:
        here = conn.execute("SELECT number FROM sync_device").fetchone()
        number = int(here[0]) if here else 0
    row = conn.execute("SELECT profile FROM sync_devices WHERE number = ?", (int(number),)).fetchone()
    return str(row[0]) if row else ""


def profile(key: str) -> Profile:
    try:
        return PROFILES[key]
    except KeyError:
        raise ValueError(f"There is no device profile called {key!r}.") from None
