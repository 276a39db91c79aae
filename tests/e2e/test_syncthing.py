"""Two real Syncthing instances on 127.0.0.1 carry sync bundles between two vaults' folders.

Syncthing is the README's way of keeping two PCs' sync folders in step without a USB stick. This runs
the Debian package as a person would set it up (tests/e2e/syncthing.py: pre-shared device ids, no
discovery, relays, NAT or usage reporting, GUI on 127.0.0.1), and stops both instances when done.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import devices, enrollment, syncing
from tests.conftest import COORDINATOR_PASS
from tests.e2e import syncthing
from tests.e2e.syncthing import Instance
from tests.factories import make_client

pytestmark = pytest.mark.skipif(
    syncthing.SYNCTHING is None and not os.environ.get("CI"),
    reason="the syncthing program is not installed here (apt-get install syncthing; CI installs it)",
)

CARRY_SECONDS = 60  # generous for a loaded CI machine; measured carry times are printed


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Instance, Instance]]:
    one, two = syncthing.pair(tmp_path)
    try:
        one.start(tmp_path / "centre.log")
        two.start(tmp_path / "laptop.log")
        one.wait_ready()
        two.wait_ready()
        syncthing.wait_for(lambda: one.connected_to(two) and two.connected_to(one), 60, "the two to connect")
        yield one, two
    finally:
        one.stop(), two.stop()
        # both really ended (stop() kills after 20 s): nothing of the test keeps running
        assert all(p is None or p.poll() is not None for p in (one.process, two.process))


def carry(source: Instance, target: Instance, name: str) -> float:
    """Seconds until the file written into source's folder is whole in target's."""
    expected = (source.folder / name).read_bytes()
    source.rescan()
    return syncthing.wait_for(
        lambda: (target.folder / name).is_file() and (target.folder / name).read_bytes() == expected,
        CARRY_SECONDS,
        f"{name} to reach {target.name}",
    )


def carry_all(source: Instance, target: Instance) -> float:
    """Every bundle in source's folder, whole in target's: a device's bundles are applied in number
    order, so one still on its way (e.g. written by an earlier exchange) makes the later ones wait."""
    return max(carry(source, target, path.name) for path in sorted(source.folder.glob("*.shopsync")))


def test_each_instance_reaches_only_127_0_0_1(pair: tuple[Instance, Instance]) -> None:
    one, two = pair
    for instance in pair:
        config = (instance.home / "config.xml").read_text()
        for switched_off in ("globalAnnounceEnabled", "localAnnounceEnabled", "relaysEnabled", "natEnabled"):
            assert f"<{switched_off}>false</{switched_off}>" in config
        assert "<urAccepted>-1</urAccepted>" in config
        listening = instance.rest("GET", "/rest/system/status")
        assert isinstance(listening, dict)
        assert all("127.0.0.1" in address for address in listening["connectionServiceStatus"]), listening[
            "connectionServiceStatus"
        ]
        log = (instance.home.parent / f"{instance.name}.log").read_text().lower()
        assert "relay" not in log and "global discovery" not in log and "upnp" not in log, log
    connections = one.rest("GET", "/rest/system/connections")
    assert isinstance(connections, dict)
    assert connections["connections"][two.device_id]["address"].startswith("127.0.0.1:")


def test_a_file_goes_both_ways(pair: tuple[Instance, Instance]) -> None:
    one, two = pair
    (one.folder / "from-centre.bin").write_bytes(os.urandom(4096))
    there = carry(one, two, "from-centre.bin")
    (two.folder / "from-laptop.bin").write_bytes(os.urandom(4096))
    back = carry(two, one, "from-laptop.bin")
    print(f"syncthing carried a file in {there:.1f} s one way, {back:.1f} s back")


def test_a_bundle_being_written_is_not_carried(pair: tuple[Instance, Instance]) -> None:
    one, two = pair
    (one.folder / "half.shopsync.partial").write_bytes(b"not done yet")
    (one.folder / "whole.bin").write_bytes(b"done")
    carry(one, two, "whole.bin")
    assert not (two.folder / "half.shopsync.partial").exists()


def exchange(vault: Vault) -> syncing.SyncResult:
    """Sync now, as the screen does it (prepare, the worker half, finish), on this thread."""
    session = Session(vault)
    result = syncing.run(session.syncing.prepare(), lambda *_: None, lambda: False)
    session.syncing.finish(result)
    assert result.refused == [], result.refused
    return result


def test_syncthing_carries_bundles_between_two_vaults(
    pair: tuple[Instance, Instance], vault: Vault, tmp_path: Path
) -> None:
    """The centre PC and an office PC, each with its own Syncthing folder: what one writes, the other applies."""
    centre_st, office_st = pair
    joined = enrollment.join(
        devices.add(vault, "Office PC", "office", tmp_path, "coordinator"),
        tmp_path / "office",
        "coordinator",
        COORDINATOR_PASS,
    )
    office = Vault.open(joined, "coordinator", COORDINATOR_PASS)
    try:
        syncing.set_folder(vault, centre_st.folder)
        syncing.set_folder(office, office_st.folder)
        make_client(vault, "Marisol")
        written = exchange(vault).written
        assert written, "the centre wrote no bundle for the office"
        there = carry_all(centre_st, office_st)
        received = exchange(office)  # the office applies the bundle of its stream (the centre's, everything)
        assert received.applied and set(received.applied) <= set(written)
        assert [m.alias for m in Session(office).clients.search("Marisol")] == ["Marisol"]
        make_client(office, "Luz")
        back_written = exchange(office).written
        assert back_written, "the office wrote no bundle for the centre"
        back = carry_all(office_st, centre_st)
        back_result = exchange(vault)
        back_applied = back_result.applied
        assert back_applied, f"nothing applied; waiting: {back_result.waiting}"
        assert set(back_applied) <= {p.name for p in centre_st.folder.glob("*.shopsync")}
        assert [m.alias for m in Session(vault).clients.search("Luz")] == ["Luz"]
    finally:
        office.lock()
    print(f"syncthing carried bundles in {there:.1f} s to the office and {back:.1f} s back")
