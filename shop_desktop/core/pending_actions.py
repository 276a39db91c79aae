"""Actions of modules other helpers convert (backup, restore), declared here until they do.

Screens reach `session.staff.list_staff(...)` and the rest through this table today. When
core/staff.py, backup.py and restore.py carry their own `@action` lines, this module goes: the
registry refuses two actions of one name, so a merge that keeps both fails at once, loudly.
The functions still run their own `vault.require` first line meanwhile (a second, equal check).
"""

from __future__ import annotations

from shop_desktop.core import backup, restore
from shop_desktop.core.actions import SIGNED_IN, action
from shop_desktop.core.roles import Permission

action(Permission.BACKUP)(backup.last_backup)
action(Permission.BACKUP)(backup.backup_status)
action(Permission.BACKUP)(backup.prepare_backup)

action(Permission.RESTORE, audits=("backup.restore_started",))(restore.begin_restore_here)
action(Permission.RESTORE, audits=("backup.restored_elsewhere",))(restore.record_restored_elsewhere)
action(SIGNED_IN, audits=("backup.verified",))(restore.record_verified)  # any account that opened the backup
