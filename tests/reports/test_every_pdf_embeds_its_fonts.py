"""Every PDF the app makes embeds every font it names: no Helvetica (reportlab's default canvas and
table-cell font) listed and left out. Read back with pypdf by walking every object in the file, so
a font named only in a chart, a form or an empty table cell is found too."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from shop_desktop.core.figures import release_register
from shop_desktop.core.figures.report_figures import Period, begin_report
from shop_desktop.core.safety import alerts
from shop_desktop.core.store.vault import Vault
from shop_desktop.reports.alert_sheet import build_alert_sheet_pdf
from shop_desktop.reports.funder_report import build_funder_report_pdf
from shop_desktop.reports.recovery_sheet import build_recovery_sheet
from shop_desktop.reports.referral_slip import build_referral_slip
from tests.reports.test_alert_sheet import _linked_sheet
from tests.reports.test_referral_slip import SLIP


def every_font(pdf: bytes) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font dictionary anywhere in the file."""
    reader = PdfReader(io.BytesIO(pdf))
    seen: set[tuple[int, int]] = set()
    found: list[tuple[str, bool]] = []
    stack: list[object] = [reader.trailer["/Root"]]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            if (item.idnum, item.generation) in seen:
                continue
            seen.add((item.idnum, item.generation))
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            if item.get("/Type") == "/Font" and "/BaseFont" in item and item.get("/Subtype") != "/CIDFontType2":
                found.append((str(item["/BaseFont"]), _embedded(item)))
            stack.extend(item.values())
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return found


def _embedded(font: DictionaryObject) -> bool:
    descendants = font.get("/DescendantFonts")
    target = descendants[0].get_object() if descendants else font
    descriptor = target.get("/FontDescriptor")
    if descriptor is None:
        return False  # one of the 14 standard fonts: named, never embedded
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def _assert_all_embedded(pdf: bytes) -> None:
    fonts = every_font(pdf)
    assert fonts, "no font found at all"
    assert all(embedded for _, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts), fonts


def test_the_funder_report_embeds_every_font(vault: Vault) -> None:
    run = begin_report(vault, Period.fiscal_year(2026))
    figures = run.figures(vault.conn)
    _assert_all_embedded(build_funder_report_pdf(figures, "Tk'emlúps", "Robin", datetime(2026, 11, 25), 5, "abc"))
    assert release_register.release(vault, run, figures, "pdf")


def test_a_report_with_charts_and_withheld_figures_embeds_every_font(vault: Vault) -> None:
    from tests.factories import make_client, make_visit

    sofia = make_client(vault, "Sofía", gender="trans_woman")
    make_visit(vault, sofia, "Meal", "Shower")
    make_visit(vault, None, "Condoms")
    run = begin_report(vault, Period.custom(date.today(), date.today()))
    pdf = build_funder_report_pdf(run.figures(vault.conn), "Centre", "Robin", datetime.now(), 5)
    _assert_all_embedded(pdf)


def test_the_alert_sheet_embeds_every_font(vault: Vault) -> None:
    pdf, _, _ = _linked_sheet(vault)
    _assert_all_embedded(pdf)
    _assert_all_embedded(build_alert_sheet_pdf(alerts.begin_sheet(vault)))


def test_the_referral_slip_embeds_every_font() -> None:
    _assert_all_embedded(build_referral_slip(SLIP))


def test_the_recovery_sheet_embeds_every_font(tmp_path: Path) -> None:
    path = tmp_path / "recovery.pdf"
    build_recovery_sheet(
        path,
        centre_name="Centre",
        recovery_key="ABCD-EFGH",
        vault_id="0123456789abcdef" * 2,
        created_at=datetime(2026, 11, 25, 14, 30),
        created_by="Robin Coordinator",
    )
    _assert_all_embedded(path.read_bytes())
