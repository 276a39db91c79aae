"""The alert sheet PDF and CSV: current alerts in plain words, big type, the font embedded, and no
reporter, client or staff name anywhere in them (read back with pypdf)."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

from shop_desktop.core.safety import alert_links, alerts
from shop_desktop.core.safety.alerts import AlertDetails
from shop_desktop.core.store.vault import Vault
from shop_desktop.reports.alert_sheet import CSV_HEADER, STORY_LIMIT, build_alert_sheet_pdf, write_sheet_csv
from tests.factories import make_client
from tests.pdf_fonts import pdf_fonts

TODAY = date.today()


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def _report(vault: Vault, days_ago: int = 1, **fields: object) -> alerts.Alert:
    values: dict[str, object] = {
        "occurred_on": (TODAY - timedelta(days=days_ago)).isoformat(),
        "categories": ("robbery", "threats"),
        "narrative": "He took the worker's phone.",
    }
    values.update(fields)
    when = TODAY - timedelta(days=days_ago)
    return alerts.report_alert(vault, AlertDetails(**values), reported_on=when)  # type: ignore[arg-type]


def _linked_sheet(vault: Vault) -> tuple[bytes, str, alerts.AlertSheet]:
    worker = make_client(vault, "Séraphine Worker")
    current = _report(
        vault,
        gender="Man",
        age="45",
        hair="grey, balding",
        marks="Tattoo: Tk'emlúps",
        vehicle_colour="silver",
        vehicle_make="Honda",
        vehicle_model="Civic",
        plate="ABC 4K7",
        phones="+1 (250) 555-0123",
        handles="@bigdave99",
        location="Rock Bay Ave",
        occurred_time="23:30",
    )
    alert_links.set_follow_up(vault, current.id, worker.id)
    sheet = alerts.begin_sheet(vault)
    return build_alert_sheet_pdf(sheet), worker.code, sheet


def test_sheet_shows_the_alert_in_plain_words(vault: Vault) -> None:
    pdf, _, sheet = _linked_sheet(vault)
    text = _text(pdf)
    reference = sheet.alerts[0].reference
    for words in (
        "Aggressor alert",
        reference,
        "Robbery, Threats or intimidation",
        "Rock Bay Ave",
        "23:30",
        "Man, about 45",
        "Hair: grey, balding",
        "Tk'emlúps",
        "Silver Honda Civic, plate ABC 4K7",
        "250-555-0123",
        "@bigdave99",
        "He took the worker's phone.",
        "Test Drop-in",
        "last 90 days",
    ):
        assert words in text, words


def test_no_reporter_client_or_staff_name_on_the_sheet_or_in_the_csv(vault: Vault, tmp_path: Path) -> None:
    pdf, code, sheet = _linked_sheet(vault)
    csv_path = tmp_path / "sheet.csv"
    write_sheet_csv(sheet, csv_path)
    reader = PdfReader(io.BytesIO(pdf))
    everything = _text(pdf) + str(reader.metadata) + csv_path.read_text(encoding="utf-8-sig")
    for secret in ("Séraphine", "Seraphine", code, vault.user.display_name, "Cora", vault.user.username):
        assert secret not in everything, secret


def test_only_current_active_alerts_are_on_it(vault: Vault) -> None:
    fresh = _report(vault, 2, plate="NEW 111")
    old = _report(vault, 91, plate="OLD 222")
    resolved = _report(vault, 3, plate="RES 333")
    archived = _report(vault, 4, plate="ARC 444")
    alerts.set_status(vault, resolved.id, alerts.RESOLVED)
    alerts.set_status(vault, archived.id, alerts.ARCHIVED)
    text = _text(build_alert_sheet_pdf(alerts.begin_sheet(vault)))
    assert fresh.reference in text and "1 alert from the last 90 days" in text
    for gone in (old, resolved, archived):
        assert gone.reference not in text


def test_long_accounts_are_cut_on_the_wall_and_kept_whole_in_csv(vault: Vault, tmp_path: Path) -> None:
    story = " ".join(f"Sentence number {n} about what he did." for n in range(60))
    _report(vault, narrative=story)
    sheet = alerts.begin_sheet(vault)
    text = _text(build_alert_sheet_pdf(sheet))
    assert "Sentence number 3 " in text and "Sentence number 59" not in text and "…" in text
    assert len(story) > STORY_LIMIT
    path = tmp_path / "sheet.csv"
    write_sheet_csv(sheet, path)
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert tuple(rows[0]) == CSV_HEADER and rows[1][-1] == story


def test_csv_cells_cannot_run_as_formulas(vault: Vault, tmp_path: Path) -> None:
    _report(vault, narrative='=HYPERLINK("http://example.com")', location="+1 corner")
    path = tmp_path / "sheet.csv"
    write_sheet_csv(alerts.begin_sheet(vault), path)
    row = list(csv.reader(path.open(encoding="utf-8-sig")))[1]
    assert row[-1].startswith("'=") and row[3].startswith("'+")


def test_an_empty_sheet_says_so(vault: Vault) -> None:
    text = _text(build_alert_sheet_pdf(alerts.begin_sheet(vault)))
    assert "No alerts in the last 90 days" in text


def test_big_type_and_embedded_font(vault: Vault) -> None:
    pdf, _, _ = _linked_sheet(vault)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    sizes: list[float] = []
    page.extract_text(
        visitor_text=lambda text, cm, tm, font, size: sizes.append(size * tm[0]) if text.strip() else None
    )
    body = sorted(sizes)[len(sizes) // 2]
    assert body >= 13 and max(sizes) >= 30  # readable from a step away
    embedded = [flag for _, flag in pdf_fonts([page]) if flag is not None]
    assert embedded and all(embedded)


def test_making_the_sheet_is_audited_with_the_count_only(vault: Vault) -> None:
    from shop_desktop.core.store import audit

    _report(vault)
    alerts.begin_sheet(vault)
    entry = audit.entries(vault.conn, limit=1)[0]
    assert entry.action == "alert.sheet_made" and entry.detail == {"alerts": 1}
