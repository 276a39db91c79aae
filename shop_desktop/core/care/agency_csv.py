"""The agency directory in and out of a spreadsheet (CSV).

Import takes the sheet as people keep it: a UTF-8 byte-order mark or Windows (cp1252) text,
commas or semicolons, blank rows, columns we do not use, quoted commas, column names in any
case or spacing and a few other words for them ("Phone number", "Agency"). Every row gets a
line in the report: added, updated, unchanged, or skipped and why. An agency already in the
directory (same name) is updated from the sheet, so a list can be exported, edited and
brought back. Export neutralises cells a spreadsheet would run as a formula.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field, fields, replace

from shop_desktop.core.actions import action
from shop_desktop.core.care import referrals
from shop_desktop.core.care.referrals import CATEGORIES, AgencyDetails
from shop_desktop.core.csv_safe import FORMULA_STARTS, spreadsheet_safe
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, VaultError
from shop_desktop.core.roles import Permission
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.text import search_key

MAX_BYTES = 5_000_000
ADDED, UPDATED, UNCHANGED, SKIPPED = "added", "updated", "unchanged", "skipped"

# Column headings on export (and the first word each column is known by on import).
HEADINGS: dict[str, str] = {
    "name": "Name",
    "category": "Category",
    "address": "Address",
    "phone": "Phone",
    "hours": "Hours",
    "contact_person": "Contact person",
    "what_to_bring": "What to bring",
    "remarks": "Remarks",
}
SYNONYMS: dict[str, tuple[str, ...]] = {  # English, and the French a Canadian sheet may carry
    "name": ("agency", "agency name", "organization", "organisation", "partner", "partner agency", "nom", "organisme"),
    "category": ("type", "kind", "kind of agency", "service type", "sector", "catégorie", "type d'organisme"),
    "address": ("street address", "location", "where", "adresse"),
    "phone": ("phone number", "telephone", "tel", "phone no", "contact number", "téléphone"),
    "hours": ("opening hours", "hours of operation", "open", "when open", "heures", "heures d'ouverture"),
    "contact_person": ("contact", "contact name", "worker", "who to ask for", "personne-ressource"),
    "what_to_bring": ("bring", "documents", "bring with you", "what to bring with you", "à apporter"),
    "remarks": ("remark", "notes", "note", "comments", "comment", "remarques"),
}
CATEGORY_WORDS: dict[str, str] = {
    "health": "health_clinic",
    "clinic": "health_clinic",
    "health authority": "health_clinic",
    "health clinic": "health_clinic",
    "medical": "health_clinic",
    "legal": "legal_aid",
    "law": "legal_aid",
    "victim": "victim_services",
    "victims": "victim_services",
    "detox": "detox_treatment",
    "treatment": "detox_treatment",
    "detox treatment": "detox_treatment",
    "recovery": "detox_treatment",
    "addictions": "detox_treatment",
    "income": "income_assistance",
    "welfare": "income_assistance",
    "social assistance": "income_assistance",
    "indigenous": "indigenous_led",
    "indigenous led": "indigenous_led",
    "first nations": "indigenous_led",
    "santé": "health_clinic",
    "clinique": "health_clinic",
    "logement": "housing",
    "refuge": "shelter",
    "hébergement d'urgence": "shelter",
    "aide juridique": "legal_aid",
    "aide aux victimes": "victim_services",
    "désintoxication": "detox_treatment",
    "aide sociale": "income_assistance",
    "autochtone": "indigenous_led",
}


@dataclass(frozen=True)
class ImportRow:
    line: int  # the row number a spreadsheet shows (the headings are row 1)
    name: str
    outcome: str  # ADDED, UPDATED, UNCHANGED or SKIPPED
    reason: str = ""


@dataclass
class ImportReport:
    rows: list[ImportRow] = field(default_factory=list)
    unused_columns: list[str] = field(default_factory=list)
    encoding: str = "utf-8"

    def count(self, outcome: str) -> int:
        return sum(1 for row in self.rows if row.outcome == outcome)

    @property
    def summary(self) -> str:
        text = (
            f"{self.count(ADDED)} added, {self.count(UPDATED)} updated, {self.count(UNCHANGED)} unchanged, "
            f"{self.count(SKIPPED)} skipped."
        )
        if self.unused_columns:
            text += " Columns not used: " + ", ".join(self.unused_columns) + "."
        return text


@dataclass(frozen=True)
class _Planned:
    row: ImportRow
    details: AgencyDetails | None = None
    agency_id: int | None = None


# --- reading the sheet ----------------------------------------------------------------------


def _squash(text: str) -> str:
    """ "Phone number", " PHONE-NUMBER " and "phone_number" all become "phonenumber"."""
    return "".join(ch for ch in search_key(text) if ch.isalnum())


_KNOWN = {_squash(word): key for key, words in SYNONYMS.items() for word in (key, HEADINGS[key], *words)}


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without the mark Excel adds), else Windows text."""
    if len(data) > MAX_BYTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "core", "That file is too large to be an agency list (over 5 MB). Check you chose the right file."
            )
        )
    if b"\x00" in data[:4096]:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "That file is not a CSV sheet. In the spreadsheet, use Save as… and choose CSV.")
        )
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "windows-1252"


def _delimiter(first_line: str) -> str:
    return max((",", ";", "\t"), key=first_line.count)


def read_rows(text: str) -> list[list[str]]:
    lines = text.splitlines()
    first = next((line for line in lines if line.strip(" ,;\t")), "")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first)))


def _columns(headings: list[str]) -> tuple[dict[str, int], list[str]]:
    """Which column holds each field (the first match wins), and the headings not used."""
    found: dict[str, int] = {}
    unused = []
    for index, heading in enumerate(headings):
        key = _KNOWN.get(_squash(heading))
        if key is not None and key not in found:
            found[key] = index
        elif heading.strip():
            unused.append(heading.strip())
    if "name" not in found:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "core",
                "The sheet has no column for the agency's name. Its first row should hold column "
                "names such as Name, Category, Address, Phone, Hours.",
            )
        )
    return found, unused


def _cell(row: list[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    text = row[index].strip()
    # our own export puts a quote before formula-like text; take it off again
    return text[1:] if text.startswith("'") and text[1:2].startswith(FORMULA_STARTS) else text


_CATEGORY_KNOWN = {_squash(word): key for key, label in CATEGORIES.items() for word in (key, label)} | {
    _squash(word): key for word, key in CATEGORY_WORDS.items()
}


def category_for(text: str) -> str | None:
    """The category key for a label or a word people use for it; None when not recognised."""
    return _CATEGORY_KNOWN.get(_squash(text))


# --- planning and importing ------------------------------------------------------------------


@action(Permission.EDIT_AGENCIES)
def plan_import(vault: Vault, data: bytes) -> ImportReport:
    """What importing this sheet would do, row by row, without changing anything."""
    report, _ = _plan(vault, data)
    return report


@action(Permission.EDIT_AGENCIES, audits=("agency.imported",))
def import_agencies(vault: Vault, data: bytes) -> ImportReport:
    """Add and update agencies from the sheet in one transaction; the report says what happened to each row."""
    report, planned = _plan(vault, data)
    added: list[int] = []
    updated: list[int] = []
    with vault.transaction():
        for item in planned:
            if item.details is None or item.row.outcome not in (ADDED, UPDATED):
                continue
            agency_id = referrals.write_agency(vault, item.details, item.agency_id)
            (added if item.agency_id is None else updated).append(agency_id)
        vault.audit("agency.imported", "agency", None, added=added, updated=updated, skipped=report.count(SKIPPED))
    return report


def _plan(vault: Vault, data: bytes) -> tuple[ImportReport, list[_Planned]]:
    referrals.require_permission(vault, Permission.EDIT_AGENCIES, "change the agency directory")
    text, encoding = decode(data)
    rows = read_rows(text)
    start = next((i for i, row in enumerate(rows) if any(cell.strip() for cell in row)), None)
    if start is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "That sheet is empty."))
    columns, unused = _columns(rows[start])
    report = ImportReport(unused_columns=unused, encoding=encoding)
    seen: dict[str, int] = {}
    planned = []
    for offset, row in enumerate(rows[start + 1 :], start=start + 2):
        item = _plan_row(vault, offset, row, columns, seen)
        report.rows.append(item.row)
        planned.append(item)
    return report, planned


def _plan_row(vault: Vault, line: int, row: list[str], columns: dict[str, int], seen: dict[str, int]) -> _Planned:
    values = {key: _cell(row, columns.get(key)) for key in HEADINGS}
    name = values["name"]
    if not any(cell.strip() for cell in row):
        return _Planned(ImportRow(line, "", SKIPPED, "Empty row."))
    if not name:
        return _Planned(ImportRow(line, "", SKIPPED, "No agency name in this row."))
    if search_key(name) in seen:
        return _Planned(ImportRow(line, name, SKIPPED, f"Same name as row {seen[search_key(name)]}."))
    seen[search_key(name)] = line
    category = category_for(values["category"]) if values["category"] else None
    note = f'Kind "{values["category"]}" not known: filed under Other.' if values["category"] and not category else ""
    try:
        details = referrals.checked_agency(AgencyDetails(**{**values, "category": category or "other"}))
    except VaultError as error:
        return _Planned(ImportRow(line, name, SKIPPED, str(error)))
    return _against_directory(vault, line, details, note, keep_category=not values["category"])


def _against_directory(vault: Vault, line: int, details: AgencyDetails, note: str, *, keep_category: bool) -> _Planned:
    existing = referrals.agency_named(vault, details.name)
    if existing is None:
        return _Planned(ImportRow(line, details.name, ADDED, note), details)
    # a blank cell keeps what the directory already has; the sheet may carry fewer columns
    kept = [f.name for f in fields(AgencyDetails) if getattr(details, f.name) is None]
    merged = replace(
        details, **{name: getattr(existing.details, name) for name in kept + (["category"] if keep_category else [])}
    )
    changed = referrals.changed_fields(existing.details, merged)
    if not changed:
        return _Planned(ImportRow(line, details.name, UNCHANGED, "Already in the directory as it is."))
    words = ", ".join(HEADINGS[name].lower() for name in changed)
    return _Planned(ImportRow(line, details.name, UPDATED, f"Changed: {words}. {note}".strip()), merged, existing.id)


# --- export --------------------------------------------------------------------------------


@action(Permission.MAKE_REFERRALS, audits=("agency.exported",))
def export_agencies(vault: Vault, *, include_retired: bool = False) -> bytes:
    """The directory as CSV bytes (UTF-8 with the mark Excel needs to read accents right)."""
    agencies = referrals.list_agencies(vault, include_retired=include_retired)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*HEADINGS.values(), *(["Retired"] if include_retired else [])])
    for agency in agencies:
        values = [getattr(agency.details, key) or "" for key in HEADINGS]
        values[1] = agency.category_label
        writer.writerow(
            [spreadsheet_safe(v) for v in values] + (["" if agency.active else "yes"] if include_retired else [])
        )
    with vault.transaction():
        vault.audit("agency.exported", "agency", None, agencies=len(agencies))
    return out.getvalue().encode("utf-8-sig")
