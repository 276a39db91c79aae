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

from shop_desktop import __version__

MAX_BYTES = 512 * 1024


def log_folder() -> Path:
    import platformdirs  # when a line is written, not as the app starts (3-5 ms)

    override = os.environ.get("SHOP_DESKTOP_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir("SHOP Desktop", appauthor=False))


def log_path() -> Path:
    return log_folder() / "shop-desktop.log"


def describe_exception(error: BaseException) -> str:
    """One line: class names and code locations of the exception chain; no messages, no values."""
    parts: list[str] = []
    current: BaseException | None = error
    while current is not None and len(parts) < 5:
        frames = traceback.extract_tb(current.__traceback__)[-6:]  # the innermost frames say where
        where = " < ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in reversed(frames))
        parts.append(f"{type(current).__module__}.{type(current).__qualname__}" + (f" at {where}" if where else ""))
        current = current.__cause__ or current.__context__
    return " (while handling) ".join(parts)


def log_line(where: str, text: str) -> Path:
    """Append one line for IT. `text` must already be free of data (class names, code locations)."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            path.replace(path.with_suffix(".log.1"))
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(f"{stamp} SHOP Desktop {__version__} {where}: {text}\n")
    except OSError:
        pass  # a log that cannot be written must never stop the app
    return path


def log_unexpected(error: BaseException, where: str = "") -> Path:
    return log_line(where or "error", describe_exception(error))


def unexpected_message(path: Path) -> str:
    return (
        "Something went wrong that SHOP Desktop didn't expect, and nothing you had saved was lost: "
        f"try again, and if it happens again tell IT (the details, with no client information, are in {path})."
    )
