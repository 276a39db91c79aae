"""A retention run stopped dead at every write, fsync, rename and unlink it makes (and between any two
erasures): the next start opens a whole vault, and the next run finishes the job, with every funder
figure as it was and none of the erased aliases in the decrypted pages."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from shop_desktop.core.figures.report_figures import Period, compute_figures
from shop_desktop.core.records import compaction, retention
from shop_desktop.core.sample import centre as demo
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, fast_kdf
from tests.crash.harness import count_points, killed_at
from tests.page_scan import vault_plaintext

RUN = """
from shop_desktop.core.records import retention
from shop_desktop.core.store.vault import Vault
vault = Vault.open(Path(ARGS["folder"]), "coordinator", ARGS["passphrase"])
retention.run(vault)
vault.lock()
"""
TODAY = date.today()
SOME_STEPS = """
from shop_desktop.core.records import retention
from shop_desktop.core.store.vault import Vault
vault = Vault.open(Path(ARGS["folder"]), "coordinator", ARGS["passphrase"])
for kind, item in retention.review(vault).items[: ARGS["steps"]]:
    retention.erase_item(vault, kind, item)
os._exit(86)
"""


def _figures(vault: Vault) -> list[object]:
    """The funder report over the last twelve years, every table."""
    everything = Period.custom(date(TODAY.year - 12, 1, 1), TODAY + timedelta(days=1), "Everything")
    return [(t.key, t.rows) for t in compute_figures(vault, everything).tables]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A vault with former clients due, and what the finished run must leave."""
    folder = tmp_path_factory.mktemp("retention") / "vault"
    result = demo.create_demo_vault(
        folder,
        seed=5,
        scale=demo.DemoScale(clients=100, days=20, notes=5, referrals=3, alerts=2),
        shared_passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )
    vault = result.vault
    review = retention.review(vault)
    due = {c.id for c in review.clients}
    aliases = [c.alias for c in review.clients]
    figures = _figures(vault)
    vault.lock()
    return {"folder": folder, "due": due, "aliases": aliases, "figures": figures, "steps": len(review.items)}


def _copy(template: dict[str, object], tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(template["folder"], folder)  # type: ignore[arg-type]
    return folder


def _next_start_finishes(folder: Path, template: dict[str, object]) -> None:
    vault = Vault.open(folder, "coordinator", COORDINATOR_PASS)  # recovers the journal first
    try:
        assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert vault.verify_audit().ok
        retention.run(vault)
        purged = {r[0] for r in vault.conn.execute("SELECT id FROM clients WHERE status = 'purged'")}
        assert purged == template["due"]
        assert _figures(vault) == template["figures"]
        plain = vault_plaintext(folder, vault.data_key)
        assert [a for a in template["aliases"] if a.encode() in plain] == []  # type: ignore[attr-defined]
        assert not (folder / compaction.COMPACTING).exists() and not (folder / compaction.SET_ASIDE).exists()
    finally:
        vault.lock()


def test_a_whole_run_is_counted(template: dict[str, object], tmp_path: Path) -> None:
    folder = _copy(template, tmp_path)
    points = count_points(RUN, {"folder": str(folder), "passphrase": COORDINATOR_PASS})
    assert any("compacting" in p for p in points) and any(p.startswith("rename shop.db") for p in points)
    _next_start_finishes(folder, template)


@pytest.mark.parametrize("power_cut", [False, True], ids=["kill", "power-cut"])
def test_a_run_stopped_at_any_operation_is_finished_by_the_next(
    template: dict[str, object], tmp_path: Path, power_cut: bool
) -> None:
    args = {"folder": str(_copy(template, tmp_path / "count")), "passphrase": COORDINATOR_PASS}
    total = len(count_points(RUN, args))
    for n in range(1, total + 1):
        folder = _copy(template, tmp_path / f"{n}")
        killed_at(RUN, {**args, "folder": str(folder)}, n, power_cut=power_cut)
        _next_start_finishes(folder, template)


def test_a_run_stopped_between_erasures_is_finished_by_the_next(template: dict[str, object], tmp_path: Path) -> None:
    for steps in range(1, int(template["steps"]) + 1):  # type: ignore[call-overload]
        folder = _copy(template, tmp_path / f"{steps}")
        args = {"folder": str(folder), "passphrase": COORDINATOR_PASS, "steps": steps}
        killed_at(SOME_STEPS, args, 0)
        _next_start_finishes(folder, template)
