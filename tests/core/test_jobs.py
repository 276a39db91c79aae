"""Work for a worker thread is made ready on the GUI thread: the worker never reads the session's
keys, which lock() wipes on the GUI thread (core/jobs.py)."""

from __future__ import annotations

import threading

import pytest

from shop_desktop.core.care import notes
from shop_desktop.core.care.notes import NoteDraft
from shop_desktop.core.errors import PermissionDenied
from shop_desktop.core.roles import Role
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client


def _on_a_worker(task: object) -> list[object]:
    out: list[object] = []

    def run() -> None:
        try:
            out.append(task(lambda fraction, words: None, lambda: False))  # type: ignore[operator]
        except BaseException as error:  # the test reads what happened, on its own thread
            out.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(30)
    return out


def test_a_search_made_ready_before_the_lock_runs_on_its_own_connection_after_it(vault: Vault) -> None:
    client = make_client(vault, "Rowan")
    notes.sign_note(vault, NoteDraft(client_id=client.id, note_type="counselling", body="Talked about housing."))
    session = Session(vault)
    task = session.notes.search_in_worker("housing")
    vault.lock()  # the GUI thread wipes the key bytes now; the worker has not started yet
    [hits] = _on_a_worker(task)
    assert [hit.header.client_id for hit in hits] == [client.id]  # type: ignore[attr-defined]
    [again] = _on_a_worker(task)
    assert isinstance(again, RuntimeError)  # a task runs once: its connection is closed after it


def test_the_gate_runs_before_any_connection_is_opened(vault: Vault, vault_dir) -> None:
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    try:
        with pytest.raises(PermissionDenied):
            Session(desk).notes.search_in_worker("housing")
    finally:
        desk.lock()


def test_a_task_that_will_not_run_forgets_its_key_and_opens_nothing(vault: Vault) -> None:
    """The worker opens its own connection (on the GUI thread it cost 23 ms a job): a task the
    screen discards before it ran holds no copy of the key and cannot open one afterwards."""
    task = Session(vault).notes.search_in_worker("housing")
    held = task._key  # the task's copy, as something still holding it would see it
    assert held is not None and bytes(held) == vault.data_key
    task.discard()
    assert task._key is None and bytes(held) == bytes(len(held))  # the copy was zeroed and dropped
    [outcome] = _on_a_worker(task)
    assert isinstance(outcome, RuntimeError)
