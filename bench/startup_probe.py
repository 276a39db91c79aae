"""Start either the app (to its sign-in window) or a bare PySide6 window; print the time it showed.

python bench/startup_probe.py app VAULT_FOLDER
python bench/startup_probe.py bare
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    kind = sys.argv[1]
    if kind == "app":
        from pathlib import Path

        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from shop_desktop.gui.shell.app import AppController, configure_application

        app = QApplication(sys.argv[:1])
        configure_application(app)
        AppController(Path(sys.argv[2])).start()
    else:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication(sys.argv[:1])
        window = QLabel("bare window")
        window.show()
    QTimer.singleShot(0, lambda: (print(time.time(), flush=True), app.quit()))
    app.exec()


if __name__ == "__main__":
    main()
