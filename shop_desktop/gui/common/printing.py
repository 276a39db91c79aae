"""Print a PDF made in memory, as vectors, off the GUI thread, with progress and cancel.

The PDF itself goes to the printer: written as the output file when the person chose "Print to
file (PDF)", or handed to the system spooler (`lp`, CUPS on Linux and macOS) on its standard
input. Neither writes a temp file, and the pages stay vectors (a few hundred KB, not the 45 MB a
1200 dpi rasterisation made). Only where no spooler takes PDF (Windows) are the pages rendered,
one at a time on a worker thread, at the printer's resolution up to RASTER_DPI_MAX.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from shop_desktop.core.errors import Cancelled, VaultError
from shop_desktop.gui.common.workers import Job, default_pool

RASTER_DPI_MAX = 300
PRINTING: set[Job] = set()
SPOOL_TIMEOUT_S = 120
Report = Callable[[float, str], None]


def load_pdf(pdf_bytes: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A QPdfDocument read from memory (for preview or printing); no temp file is written."""
    document = QPdfDocument(parent)
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    document.setProperty("_buffer", buffer)  # keep the buffer alive as long as the document
    return document


def print_pdf(parent: QWidget, pdf_bytes: bytes, title: str, *, pool: Any = None) -> bool:
    """Show the print dialog, then print in the background; True if printing started."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print %s") % title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    start_printing(parent, pdf_bytes, printer, title, pool=pool)
    return True


def start_printing(parent: QWidget, pdf_bytes: bytes, printer: QPrinter, title: str, *, pool: Any = None) -> Job:
    """The job on the pool, a progress window with Cancel over `parent`; the window closes at the end."""
    job = Job(lambda report, cancelled: send_to_printer(pdf_bytes, printer, title, report, cancelled))
    progress = QProgressDialog(
        QCoreApplication.translate("Printing", "Printing %s…") % title,
        QCoreApplication.translate("Printing", "Cancel"),
        0,
        1000,
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("Printing", "Printing"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)  # a quick print never flashes a window
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.canceled.connect(job.cancel)
    job.signals.progress.connect(
        lambda fraction, words: (progress.setValue(int(fraction * 1000)), progress.setLabelText(words))
    )
    for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        signal.connect(lambda *_: (progress.close(), progress.deleteLater()))
    job.signals.failed.connect(lambda text: _say_failed(parent, text))
    job.printer = printer  # type: ignore[attr-defined]  # alive as long as the job
    PRINTING.add(job)  # the pool holds only a C++ pointer: the job lives here until it ends
    for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        signal.connect(lambda *_: PRINTING.discard(job))
    (pool or default_pool()).start(job)
    return job


def _say_failed(parent: QWidget, text: str) -> None:
    from shop_desktop.gui.common.unsaved import dialogs_near

    dialogs_near(parent).warn(parent, QCoreApplication.translate("Printing", "Not printed"), text)


def send_to_printer(
    pdf_bytes: bytes, printer: QPrinter, title: str, report: Report, cancelled: Callable[[], bool]
) -> None:
    """Runs on a worker thread: the PDF to the file, the spooler, or (last resort) page images."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        report(0.1, QCoreApplication.translate("Printing", "Writing the file…"))
        try:
            Path(printer.outputFileName()).write_bytes(pdf_bytes)
        except OSError as error:
            raise VaultError(
                QCoreApplication.translate("Printing", "Couldn't print to that file (%s). Choose another place.")
                % error.strerror
            ) from error
        report(1.0, QCoreApplication.translate("Printing", "Printed."))
        return
    command = spooler_command(printer, title)
    if command is not None:
        report(0.2, QCoreApplication.translate("Printing", "Sending to the printer…"))
        _spool(command, pdf_bytes)
        report(1.0, QCoreApplication.translate("Printing", "Sent to the printer."))
        return
    render_to_printer(pdf_bytes, printer, report, cancelled)


@dataclass(frozen=True)
class PrintChoices:
    """What the person chose in the print dialog, as the spooler needs it."""

    printer: str
    copies: int = 1
    pages: tuple[int, int] | None = None  # first and last page, when not all
    sides: str = ""  # one-sided, two-sided-long-edge, two-sided-short-edge; "" leaves the printer's own
    grey: bool = False

    @classmethod
    def of(cls, printer: QPrinter) -> PrintChoices:
        ranged = printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0
        sides = {
            QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
            QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
            QPrinter.DuplexMode.DuplexNone: "one-sided",
        }.get(printer.duplex(), "")
        return cls(
            printer.printerName(),
            max(1, printer.copyCount()),
            (printer.fromPage(), max(printer.fromPage(), printer.toPage())) if ranged else None,
            sides,
            printer.colorMode() == QPrinter.ColorMode.GrayScale,
        )


def spooler_command(printer: QPrinter, title: str) -> list[str] | None:
    lp = shutil.which("lp")
    choices = PrintChoices.of(printer)
    return lp_command(choices, title, lp) if lp and choices.printer else None


def lp_command(choices: PrintChoices, title: str, lp: str) -> list[str]:
    """`lp` reading the PDF from its standard input (no temp file), with the dialog's choices."""
    command = [lp, "-d", choices.printer, "-t", title, "-n", str(choices.copies)]
    if choices.pages is not None:
        first, last = choices.pages
        command += ["-P", f"{first}-{last}"]
    if choices.sides:
        command += ["-o", f"sides={choices.sides}"]
    if choices.grey:
        command += ["-o", "print-color-mode=monochrome"]
    return [*command, "-"]


def _spool(command: list[str], pdf_bytes: bytes) -> None:
    try:
        done = subprocess.run(command, input=pdf_bytes, capture_output=True, timeout=SPOOL_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise VaultError(
            QCoreApplication.translate("Printing", "The printer didn't take the pages. Check it is on, then try again.")
        ) from error
    if done.returncode != 0:
        raise VaultError(
            QCoreApplication.translate(
                "Printing", "The printer refused the pages. Check it is on and has paper, then try again."
            )
        )


def render_to_printer(pdf_bytes: bytes, printer: QPrinter, report: Report, cancelled: Callable[[], bool]) -> None:
    """Page by page at the printer's resolution (capped), each page released before the next."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    pages = document.pageCount()
    painter = QPainter(printer)
    try:
        for page in range(pages):
            if cancelled():
                raise Cancelled("printing")
            report(
                page / max(1, pages),
                QCoreApplication.translate("Printing", "Printing page %d of %d…") % (page + 1, pages),
            )
            if page:
                printer.newPage()
            _draw_page(painter, printer, document, page)
    finally:
        painter.end()
        document.close()


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    target = painter.viewport()  # the printable area in the printer's own pixels
    points = document.pagePointSize(page)
    scale = min(target.width() / points.width(), target.height() / points.height())
    shown = QSize(int(points.width() * scale), int(points.height() * scale))
    sharpness = min(1.0, RASTER_DPI_MAX / max(1, printer.resolution()))
    image = document.render(page, QSize(int(shown.width() * sharpness), int(shown.height() * sharpness)))
    painter.drawImage(QRect(0, 0, shown.width(), shown.height()), image)
