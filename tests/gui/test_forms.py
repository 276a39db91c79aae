"""The committed forms match ui/*.ui (regenerate with python -m shop_desktop.gui.shell.compile_forms)."""

from __future__ import annotations

from pathlib import Path

from shop_desktop.gui.shell import compile_forms


def test_generated_forms_are_up_to_date(tmp_path: Path) -> None:
    fresh = {p.name: p.read_text(encoding="utf-8") for p in compile_forms.compile_all(tmp_path)}
    committed = {p.name: p.read_text(encoding="utf-8") for p in compile_forms.FORMS.glob("ui_*.py")}
    assert fresh.keys() == committed.keys(), "a form was added or removed without regenerating"
    stale = [name for name, text in fresh.items() if committed[name] != text]
    assert stale == [], f"stale generated forms: {stale}; run python -m shop_desktop.gui.shell.compile_forms"


def test_every_form_is_used_by_a_screen_or_dialog() -> None:
    """A form nobody builds is a screen that quietly stopped matching its Designer file."""
    code = "\n".join(
        p.read_text(encoding="utf-8") for p in compile_forms.FORMS.parent.rglob("*.py")
    )  # every gui package
    used = {p.stem for p in compile_forms.FORMS.glob("ui_*.py") if f"shop_desktop.gui.forms.{p.stem} import" in code}
    unused = sorted({p.stem for p in compile_forms.FORMS.glob("ui_*.py")} - used)
    assert unused == []


def test_forms_hold_the_words_and_python_the_behaviour() -> None:
    """Spot checks that the static layout moved into ui/: a screen's heading and a dialog's fields."""
    forms = {p.stem: p.read_text(encoding="utf-8") for p in (compile_forms.app_root() / "ui").glob("*.ui")}
    assert len(forms) >= 40
    assert "&amp;Save check-in" in forms["checkin_screen"]
    assert "<tabstop>checkinSearch</tabstop>" in forms["checkin_screen"]
    assert "Consent (read the consent wording to the person)" in forms["client_dialog"]
    assert 'name="heading" stdset="0"' in forms["clients_screen"]
