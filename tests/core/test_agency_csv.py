"""The agency directory from a messy real-world spreadsheet, and back out safely."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from shop_desktop.core.care import agency_csv, referrals
from shop_desktop.core.care.agency_csv import ADDED, SKIPPED, UNCHANGED, UPDATED
from shop_desktop.core.care.referrals import AgencyDetails
from shop_desktop.core.errors import InvalidInput, PermissionDenied
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit
from shop_desktop.core.store.vault import Vault
from tests.conftest import add_member, sign_in_as

# As a coordinator's sheet really looks: Excel's byte-order mark, headings in odd case and spacing,
# "Phone number" for phone, columns we do not use, quoted commas, blank rows, a row with no name,
# a name twice, an unknown kind, a phone number too long, a cell a spreadsheet would run.
MESSY = (
    "\ufeff  AGENCY NAME ,Type,Street address, Phone number ,Hours of operation,Email,Website,notes\r\n"
    'Tk\'emlúps te Secwépemc Health,Indigenous-led,"330 Chief Alex Thomas Way, Kamloops BC",250-555-0120,'
    '"Mon–Fri 9:00–16:30, closed noon–1",health@example.org,example.org,Elders on Wednesdays\r\n'
    ",,,,,,,\r\n"
    "\r\n"
    'Pacific Housing Registry,housing,"900 Yates Street, 2nd floor",250-555-0130,,,,\r\n'
    ",legal aid,somewhere,250-555-0000,,,,\r\n"
    "pacific housing registry,Housing,Another address,,,,,\r\n"
    "Island Food Share,Food bank,12 Market St,250-555-0190,,,,\r\n"
    'Long Phone Legal,Legal aid,1 Court St,"250-555-0150, 250-555-0151, 250-555-0152, after hours 250-555-0153"'
    ",,,,\r\n"
    'Formula Place,shelter,=HYPERLINK("http://evil.example"),+1 250 555 0140,,,,@SUM(A1)\r\n'
    "\r\n"
).encode("utf-8")


def _import(vault: Vault, data: bytes = MESSY) -> agency_csv.ImportReport:
    return agency_csv.import_agencies(vault, data)


def test_messy_sheet_imports_with_a_report_for_every_row(vault: Vault) -> None:
    report = _import(vault)
    outcomes = [(row.line, row.outcome) for row in report.rows]
    assert outcomes == [
        (2, ADDED),
        (3, SKIPPED),
        (4, SKIPPED),
        (5, ADDED),
        (6, SKIPPED),
        (7, SKIPPED),
        (8, ADDED),
        (9, SKIPPED),
        (10, ADDED),
        (11, SKIPPED),
    ]
    reasons = {row.line: row.reason for row in report.rows}
    assert reasons[3] == reasons[4] == "Empty row."
    assert reasons[6] == "No agency name in this row."
    assert reasons[7] == "Same name as row 5."
    assert "at most 40 characters" in reasons[9]
    assert "Food bank" in reasons[8] and "Other" in reasons[8]
    assert report.unused_columns == ["Email", "Website"]
    assert report.summary.startswith("4 added, 0 updated, 0 unchanged, 6 skipped.")
    names = {a.name: a for a in referrals.list_agencies(vault)}
    first = names["Tk'emlúps te Secwépemc Health"].details
    assert first.address == "330 Chief Alex Thomas Way, Kamloops BC"  # the quoted comma kept
    assert first.hours == "Mon–Fri 9:00–16:30, closed noon–1"
    assert first.category == "indigenous_led" and first.remarks == "Elders on Wednesdays"
    assert names["Island Food Share"].details.category == "other"
    assert names["Pacific Housing Registry"].details.address == "900 Yates Street, 2nd floor"


def test_importing_again_updates_changed_rows_and_leaves_the_rest(vault: Vault) -> None:
    _import(vault)
    edited = MESSY.replace(b"900 Yates Street, 2nd floor", b"901 Yates Street")
    report = _import(vault, edited)
    by_line = {row.line: row for row in report.rows}
    assert by_line[2].outcome == UNCHANGED and by_line[5].outcome == UPDATED
    assert by_line[5].reason == "Changed: address."
    assert referrals.agency_named(vault, "Pacific Housing Registry").details.address == "901 Yates Street"
    entries = [e for e in audit.entries(vault.conn) if e.action == "agency.imported"]
    assert len(entries) == 2 and entries[0].detail["updated"] and entries[0].detail["added"] == []
    assert "Yates" not in str(entries[0].detail)


def test_blank_cells_keep_what_the_directory_has(vault: Vault) -> None:
    referrals.add_agency(vault, AgencyDetails("Safe Harbour", "shelter", phone="250-555-0140", hours="24 hours"))
    report = _import(vault, b"Name,Hours\r\nSafe Harbour,Call first\r\n")
    assert report.rows[0].outcome == UPDATED
    kept = referrals.agency_named(vault, "Safe Harbour").details
    assert (kept.category, kept.phone, kept.hours) == ("shelter", "250-555-0140", "Call first")


def test_windows_text_and_semicolons_are_read(vault: Vault) -> None:
    data = "Nom;Téléphone;Catégorie;Courriel\r\nSociété Élan;250-555-0100;Refuge;a@b.c\r\n".encode("cp1252")
    report = _import(vault, data)
    assert report.encoding == "windows-1252" and report.rows[0].outcome == ADDED
    agency = referrals.agency_named(vault, "Société Élan")
    assert agency is not None and agency.details.phone == "250-555-0100"
    assert report.unused_columns == ["Courriel"]
    assert agency.details.category == "shelter" and report.rows[0].reason == ""


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "empty"),
        (b"\r\n,,\r\n", "empty"),
        (b"Email,Website\r\na@b.c,x\r\n", "no column for the agency's name"),
        (b"\x00\x01PK binary", "not a CSV"),
    ],
)
def test_sheets_that_cannot_be_read_say_why(vault: Vault, data: bytes, words: str) -> None:
    with pytest.raises(InvalidInput, match=words):
        _import(vault, data)
    assert referrals.list_agencies(vault) == []


def test_plan_changes_nothing(vault: Vault) -> None:
    report = agency_csv.plan_import(vault, MESSY)
    assert report.count(ADDED) == 4 and referrals.list_agencies(vault) == []


def test_export_neutralises_formulas_and_comes_back_in(vault: Vault, tmp_path: Path) -> None:
    _import(vault)
    data = agency_csv.export_agencies(vault)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == list(agency_csv.HEADINGS.values())
    formula = next(row for row in rows if row[0] == "Formula Place")
    assert formula[2] == '\'=HYPERLINK("http://evil.example")' and formula[3] == "'+1 250 555 0140"
    assert formula[7] == "'@SUM(A1)"
    for row in rows:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)
    referrals.add_agency(vault, AgencyDetails("-Dash Clinic", "health_clinic"))
    assert "'-Dash Clinic" in agency_csv.export_agencies(vault).decode("utf-8-sig")
    again = _import(vault, agency_csv.export_agencies(vault))
    assert {row.outcome for row in again.rows} == {UNCHANGED}  # the quote comes off again on the way in
    assert any(e.action == "agency.exported" for e in audit.entries(vault.conn))


def test_front_desk_cannot_import(vault: Vault, vault_dir: Path) -> None:
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        agency_csv.import_agencies(desk, MESSY)
    assert agency_csv.export_agencies(desk).startswith(b"\xef\xbb\xbf")  # the directory is no secret
    desk.lock()
