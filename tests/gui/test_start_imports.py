"""The sign-in window shows before the vault's code, the screens and the tools load (bench: start
to sign-in window, at most 2x a bare PySide6 window). They load on the sign-in's worker, or when
first used: each of these was once imported at start-up, together about 100 ms before the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from shop_desktop.core.store.vault import Vault

NOT_BEFORE_SIGN_IN = {
    "shop_desktop.core.store.vault": "the database and the keys: loaded on the sign-in's worker",
    "shop_desktop.core.session": "every role and action: the first sign-in",
    "shop_desktop.gui.shell.main_window": "the screens: the sign-in's worker (app.SCREENS_AFTER_SIGN_IN)",
    "shop_desktop.gui.shell.wizard": "the first run only",
    "shop_desktop.gui.forms.ui_new_passphrase_field": "the first new-passphrase field",
    "sqlcipher3": "the database",
    "reportlab": "PDFs",
    "subprocess": "the translation catalogue's tools; glibc's malloc_trim, found after the first job",
    "ctypes": "glibc's malloc_trim, found after the first job",
    "hashlib": "the key file's hash, in a sign-in or a change",
    "xml.etree.ElementTree": "the translation catalogue's tools",
    "platformdirs": "the default vault folder (none was given here) and the IT log's folder",
}

CHILD = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from shop_desktop.gui.shell.app import AppController, configure_application
app = QApplication(sys.argv[:1])
configure_application(app)
window = AppController(Path(sys.argv[1])).start()
print(type(window).__name__)
print(" ".join(sorted(sys.modules)))
"""


def test_the_sign_in_window_starts_without_the_vault_the_screens_or_the_tools(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault_dir)],
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    shown, loaded = child.stdout.strip().splitlines()[-2:]
    assert shown == "SignInWindow"
    early = {name: why for name, why in NOT_BEFORE_SIGN_IN.items() if name in loaded.split()}
    assert early == {}, f"imported before the sign-in window showed (each has its place): {early}"
