"""Device profiles: which tables a device carries (SYNC.md "Profiles").

The centre PC and an office PC carry everything that syncs. The outreach laptop goes out on the
street, so it carries only what outreach needs: clients' aliases and codes (with their consent, which
says whether a record may be kept), alerts and their search index, outreach shifts and their
contacts, Safe Suite stays, drug alerts, the catalog and staff. It never carries notes, the notes
key (a file, not a table), overdose records, restrictions, referrals, access requests or the audit
trail, whose entries name who opened which record: a stolen laptop holds less.
"""

from __future__ import annotations

from dataclasses import dataclass

from shop_desktop.core.vault.db import Connection

EVERYTHING = frozenset({"*"})  # every synced table (core/sync/ids.py synced_tables), now and later


@dataclass(frozen=True)
class Profile:
    key: str
    title: str
    tables: frozenset[str]
    description: str

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

PROFILES: dict[str, Profile] = {
    "centre": Profile("centre", "Centre PC", EVERYTHING, "Everything: the front desk, notes, reports."),
    "office": Profile("office", "Office PC", EVERYTHING, "Everything, for counsellors writing in an office."),
    "outreach": Profile(
        "outreach",
        "Outreach laptop",
        OUTREACH_TABLES,
        "Clients' aliases and codes, alerts, outreach, Safe Suite availability, the catalog and staff;"
        " never notes, overdose records, restrictions, referrals or access requests.",
    ),
}


def profile(key: str) -> Profile:
    try:
        return PROFILES[key]
    except KeyError:
        raise ValueError(f"There is no device profile called {key!r}.") from None
