"""What every screen is given through its constructor: the session, the Dialogs seam, the pool."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from shop_desktop.core.session import Session
from shop_desktop.gui.common.dialogs import Dialogs

if TYPE_CHECKING:
    from shop_desktop.gui.common.clipboard import ClipboardGuard


@dataclass
class Services:
    """What every screen is given through its constructor."""

    session: Session  # the signed-in person and the centre's actions (core.session): all a screen may use
    dialogs: Dialogs
    pool: Any  # QThreadPool, or SynchronousPool in tests
    clipboard: ClipboardGuard
    status_message: Callable[[str], None] = field(default=lambda _text: None)
    refresh_status: Callable[[], None] = field(default=lambda: None)  # e.g. the backup age, after a backup
    lock_app: Callable[[str], None] = field(default=lambda _text: None)  # back to sign-in with a message
    idle_minutes_changed: Callable[[int], None] = field(default=lambda _minutes: None)  # applies at once
    notes_need_resealing: Callable[[], None] = field(default=lambda: None)  # re-seal notes in the background
