"""Screenshots of every screen from a synthetic demo vault: 1024x700, 1366x768 at 150%, dark theme.

    python docs/screenshots.py            # the few the README shows, into docs/screenshots/
    python docs/screenshots.py --all DIR  # every section as every look, into DIR (to look at them)

Runs offscreen (no window appears). The vault is made in a temporary folder with a fast key
derivation (the cost is data in each key slot, so a throwaway vault may lower it) and deleted
after. Every person in it is invented (core/sample/).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "quiet maple river candle"
LOOKS = {  # name -> (environment for the run, window size in logical pixels, dark palette)
    "1024x700": ({}, (1024, 700), False),
    "1366x768-150": ({"QT_SCALE_FACTOR": "1.5"}, None, False),  # maximised on the 1366x728 room
    "dark": ({}, (1024, 700), True),
}
README_SHOTS = [  # (look, user, section, state): what docs/screenshots/ keeps
    ("1024x700", "frontdesk", "checkin", "search"),
    ("1024x700", "frontdesk", "alerts", ""),
    ("1024x700", "counsellor", "history", ""),
    ("1024x700", "coordinator", "reports", ""),
    ("1024x700", "coordinator", "suite", ""),
    ("1366x768-150", "frontdesk", "checkin", "anonymous"),
    ("dark", "frontdesk", "checkin", "search"),
    ("dark", "frontdesk", "alerts", ""),
]


def make_demo(folder: Path) -> None:
    from shop_desktop.core.sample import centre as demo
    from shop_desktop.core.store import crypto

    fast = crypto.KdfParams(os.urandom(16), iterations=1, lanes=1, memory_kib=8)
    made = demo.create_demo_vault(folder, shared_passphrase=PASSPHRASE, kdf=fast, scale=demo.DemoScale(clients=120))
    made.vault.lock()


def shoot(vault_folder: Path, out: Path, look: str, wanted: list[tuple[str, str, str]]) -> None:
    """In this process (its scale factor fixed at start): sign in as each user, save each screen."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    QLocale.setDefault(QLocale("en_CA"))  # the demo centre is in Victoria BC
    app = QApplication.instance() or QApplication(sys.argv)
    _, size, dark = LOOKS[look]
    if dark:
        from shop_desktop.gui.common import theme

        app.setStyle("Fusion")
        app.setPalette(theme.dark_palette())
    from shop_desktop.gui.shell.app import configure_application

    configure_application(app)
    for user in dict.fromkeys(u for u, _, _ in wanted):
        _shoot_user(app, vault_folder, out, look, size, [(s, st) for u, s, st in wanted if u == user], user)


def _shoot_user(app, vault_folder: Path, out: Path, look: str, size, wanted, user: str) -> None:  # noqa: ANN001
    from shop_desktop.core.session import Session
    from shop_desktop.core.store.vault import Vault
    from shop_desktop.gui.common.clipboard import ClipboardGuard
    from shop_desktop.gui.common.dialogs import ScriptedDialogs
    from shop_desktop.gui.common.workers import SynchronousPool
    from shop_desktop.gui.shell.main_window import MainWindow
    from shop_desktop.gui.shell.sections import Services

    vault = Vault.open(vault_folder, user, PASSPHRASE)
    services = Services(
        session=Session(vault), dialogs=ScriptedDialogs(), pool=SynchronousPool(), clipboard=ClipboardGuard()
    )
    window = MainWindow(services)
    window.resize(*size) if size else window.showMaximized()
    window.show()
    for section, state in wanted:
        if section not in window.section_keys():
            continue
        screen = window.show_section(section)
        _set_state(app, screen, section, state)
        app.processEvents()
        name = f"{look}-{user}-{section}" + (f"-{state}" if state else "") + ".png"
        window.grab().toImage().save(str(out / name), "PNG", 0)  # 0: smallest file
        _shrink(out / name)
        print(out / name)
    window.close()
    vault.lock()


def _shrink(path: Path) -> None:
    """A 256-colour palette keeps a screen's flat colours and text and a third of the bytes
    (with Pillow, which reportlab brings; without it the PNG stays full colour)."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def _set_state(app, screen, section: str, state: str) -> None:  # noqa: ANN001
    app.processEvents()
    if section == "checkin" and state == "search":
        screen.search.setText("ma")
        app.processEvents()
        screen.pick_current()
        screen.search.setText("ma")  # the matches stay in view beside the chosen client
    elif section == "checkin" and state == "anonymous":
        screen.pick_anonymous()
    elif section == "history":
        screen.picker.search.setText("a")
        app.processEvents()
        screen.picker.matches.setCurrentRow(2)
        screen.picker._pick_current()  # as Enter in the search box does
    elif section == "reports":
        screen.make_report()
        for _ in range(60):  # the preview renders its pages on a thread
            app.processEvents()
            time.sleep(0.05)


def every_shot() -> list[tuple[str, str, str]]:
    from shop_desktop.gui.shell.sections import all_sections

    shots = [("coordinator", s.key, "") for s in all_sections()]
    return shots + [("frontdesk", "checkin", "search"), ("frontdesk", "checkin", "anonymous")]


def run_look(vault_folder: Path, out: Path, look: str, wanted: list[tuple[str, str, str]]) -> None:
    """Each look in its own process: the scale factor and the screen are fixed when Qt starts."""
    env_extra, _, _ = LOOKS[look]
    with tempfile.TemporaryDirectory() as spare:
        screen = {"screens": [{"name": "desk", "x": 0, "y": 0, "width": 1366, "height": 728, "logicalDpi": 96}]}
        config = Path(spare) / "screen.json"
        config.write_text(json.dumps(screen), encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT), **env_extra)
        env["XDG_CONFIG_HOME"] = spare  # window state of the shots stays out of the user's own
        payload = json.dumps([str(vault_folder), str(out), look, wanted])
        subprocess.run([sys.executable, __file__, "--shoot", payload], env=env, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", metavar="DIR", type=Path, help="every section in every look, into DIR")
    parser.add_argument("--shoot", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.shoot:
        folder, out, look, wanted = json.loads(args.shoot)
        shoot(Path(folder), Path(out), look, [tuple(w) for w in wanted])
        return 0
    sys.path.insert(0, str(ROOT))
    out = args.all or ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="shop-screens-") as spare:
        vault_folder = Path(spare) / "demo"
        make_demo(vault_folder)
        for look in LOOKS:
            wanted = every_shot() if args.all else [(u, s, st) for lk, u, s, st in README_SHOTS if lk == look]
            if wanted:
                run_look(vault_folder, out, look, wanted)
    return 0


if __name__ == "__main__":
    sys.exit(main())
