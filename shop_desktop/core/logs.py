"""The log for IT: what failed and where in the code, never what it was working on.

Exception messages can carry data (a value in a constraint error, a file name
with a client's alias), so only the exception's class and the code locations
are written, never its message or any variable.
"""

from __future__ import annotations

import os
import traceback
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from shop_desktop import __version__

MAX_BYTES = 512 * 1024


def log_folder() -> Path:
    override = os.environ.get("SHOP_DESKTOP_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir("SHOP Desktop", appauthor=False))


def log_path() -> Path:
    return log_folder() / "shop-desktop.log"


def describe_exception(error: BaseException) -> str:
    """Class names and code locations of the exception chain; no messages, no values."""
    lines = []
    current: BaseException | None = error
    while current is not None:
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  at {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
    return "\n".join(lines)


def log_unexpected(error: BaseException, where: str = "") -> Path:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            path.replace(path.with_suffix(".log.1"))
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(f"{stamp} SHOP Desktop {__version__} {where}\n{describe_exception(error)}\n\n")
    except OSError:
        pass  # a log that cannot be written must never stop the app
    return path


def unexpected_message(path: Path) -> str:
    return (
        "Something went wrong that SHOP Desktop didn't expect. Nothing you saved before this was lost. "
        f"Details for IT (with no client information) are in {path}."
    )
