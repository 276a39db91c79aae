"""Save, open and folder dialogs open in the folder last chosen, else Documents; never the working folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from shop_desktop.gui.common.dialogs import Dialogs
from shop_desktop.gui.common.widgets import LAST_FOLDER, remember_folder, start_folder


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The program runs from some install folder; nothing remembered yet."""
    install = tmp_path / "Program Files" / "SHOP Desktop"
    install.mkdir(parents=True)
    monkeypatch.chdir(install)
    QSettings().remove(LAST_FOLDER)
    yield install
    QSettings().remove(LAST_FOLDER)


def _documents_or_home() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def test_first_time_it_is_documents_then_the_folder_last_chosen(qapp: QApplication, elsewhere: Path) -> None:
    assert start_folder() == _documents_or_home() != Path.cwd()
    stick = elsewhere.parent.parent / "USB STICK"
    stick.mkdir()
    remember_folder(stick / "funder-report.pdf")
    assert start_folder() == stick
    stick.rmdir()  # the stick was pulled out
    assert start_folder() == _documents_or_home()


def test_the_save_dialog_really_opens_there(qapp: QApplication, elsewhere: Path) -> None:
    stick = elsewhere.parent.parent / "USB STICK"
    stick.mkdir()
    remember_folder(stick)
    seen: list[str] = []

    def look_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            seen.append(dialog.directory().absolutePath())
            seen.append(dialog.selectedFiles()[0] if dialog.selectedFiles() else "")
            dialog.reject()
        else:
            QTimer.singleShot(20, look_and_cancel)

    QTimer.singleShot(20, look_and_cancel)
    assert Dialogs().save_file(None, "Save the report", "funder-report.pdf", "PDF (*.pdf)") is None
    assert seen and Path(seen[0]) == stick and Path(seen[1]).name == "funder-report.pdf"
