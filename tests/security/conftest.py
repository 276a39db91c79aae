"""Security tests reuse the real-vault fixtures and the GUI app controller with scripted dialogs."""

from __future__ import annotations

from tests.gui.conftest import controller, dialogs  # noqa: F401 (fixtures)
