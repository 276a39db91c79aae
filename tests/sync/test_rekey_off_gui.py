"""Taking a rotation over sync: the re-key runs on the sync worker, never on the GUI thread.

A disable at the centre rotates the data key; a device that takes the rotation from a bundle must
copy its whole database and base under the new key (seconds for a large vault). `prepare` and
`finish` run on the GUI thread, `run` on a worker: here `run` really runs on another thread, and
every re-keying copy (SQLCipher's export under a new key) is seen happening there.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Role
from shop_desktop.core.store import db, staff
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import bundle, exchange, syncing
from shop_desktop.core.sync.changes import open_apsw
from tests.conftest import PASSPHRASES
from tests.factories import make_client
from tests.sync.three import Three, sync


@pytest.fixture
def exports(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of the thread of every copy of a database under a new key (the real export runs)."""
    seen: list[str] = []
    real = db.export_rekeyed

    def watched(conn: Any, target: Path, key: bytes) -> None:
        seen.append(threading.current_thread().name)
        real(conn, target, key)

    monkeypatch.setattr(db, "export_rekeyed", watched)
    return seen


def _sync_with_a_worker(vault: Vault) -> syncing.SyncResult:
    plan = syncing.prepare(vault)  # GUI thread
    done: list[syncing.SyncResult] = []
    worker = threading.Thread(target=lambda: done.append(syncing.run(plan, lambda *_: None, lambda: False)),
                              name="sync-worker")  # fmt: skip
    worker.start()
    worker.join()
    syncing.finish(vault, done[0])  # GUI thread
    return done[0]


def test_the_office_re_keys_on_the_worker_and_the_gui_thread_only_renames(three: Three, exports: list[str]) -> None:
    sync(three.office)
    leaver = next(m.id for m in staff.list_staff(three.centre) if m.username == "outreach")
    staff.disable_staff(three.centre, leaver)
    make_client(three.centre, "After The Disable")
    sync(three.centre)
    exports.clear()
    new_epoch = three.centre.open_epoch

    result = _sync_with_a_worker(three.office)

    assert result.refused == [] and result.rekeyed is not None
    assert exports == ["sync-worker", "sync-worker"]  # the database and base: both on the worker
    assert three.office.open_epoch == new_epoch and three.office.keys.epoch == new_epoch
    assert "After The Disable" in {r[0] for r in three.office.conn.execute("SELECT alias FROM clients")}
    open_apsw(exchange.base_path(three.office.folder), three.office.data_key).close()  # base follows
    side = (three.office.folder / "sync").iterdir()
    assert not [p.name for p in side if p.name.endswith((".rekeyed", ".before-rekey"))]
    three.office.lock()
    with pytest.raises(VaultError):
        Vault.open(three.office.folder, "outreach", PASSPHRASES[Role.OUTREACH])


def test_a_rotation_a_crash_left_waiting_is_copied_by_the_next_runs_worker(three: Three, exports: list[str]) -> None:
    """The office took the rotation's bundle, but the app stopped before finish: prepare doesn't
    re-key either; the next run's worker does, and its bundle is already sealed under the new key."""
    sync(three.office)
    leaver = next(m.id for m in staff.list_staff(three.centre) if m.username == "outreach")
    staff.disable_staff(three.centre, leaver)
    sync(three.centre)
    plan = syncing.prepare(three.office)
    syncing.run(plan, lambda *_: None, lambda: False)
    syncing.finish(three.office, None)  # as after a crash: the copies are not believed, nothing renamed
    assert three.office.open_epoch != three.centre.open_epoch
    exports.clear()
    make_client(three.office, "Written Before The Re-key")

    result = _sync_with_a_worker(three.office)

    assert exports == ["sync-worker", "sync-worker"]
    assert three.office.open_epoch == three.centre.open_epoch
    sealed_under = {bundle.read((three.folder / n).read_bytes()).header.epoch for n in result.written}
    assert sealed_under == {three.centre.open_epoch}  # never the key the leaver had
    centre = sync(three.centre)
    assert centre.refused == [] and centre.waiting == [], centre
    assert "Written Before The Re-key" in {r[0] for r in three.centre.conn.execute("SELECT alias FROM clients")}
