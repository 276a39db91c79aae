"""The committed forms match ui/*.ui (regenerate with python -m shop_desktop.gui.compile_forms)."""

from __future__ import annotations

from pathlib import Path

from shop_desktop.gui import compile_forms


def test_generated_forms_are_up_to_date(tmp_path: Path) -> None:
    fresh = {p.name: p.read_text(encoding="utf-8") for p in compile_forms.compile_all(tmp_path)}
    committed = {p.name: p.read_text(encoding="utf-8") for p in compile_forms.FORMS.glob("ui_*.py")}
    assert fresh.keys() == committed.keys(), "a form was added or removed without regenerating"
    stale = [name for name, text in fresh.items() if committed[name] != text]
    assert stale == [], f"stale generated forms: {stale}; run python -m shop_desktop.gui.compile_forms"
