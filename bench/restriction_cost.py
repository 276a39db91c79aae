"""What restrictions and keep-apart checks add to the desk's two hottest paths (issue #22's "check-in
speed unchanged: within 10% of before").

Paired in one process on one vault, item by item, ABBA: check-in save as it is now against the same
save with the restriction and keep-apart gates taken out (the code path before #22), and a search as
the check-in screen runs it (the search, then which of the hits are restricted today) against the
search alone. The vault carries 2% of its clients restricted, so the lookups find something.

    python bench/restriction_cost.py [--clients 5000 --visits 100000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.measure import paired, percentile  # noqa: E402
from bench.vaults import open_vault  # noqa: E402

HERE = Path(__file__).resolve().parent


def _restrict_some(vault: Any, share: float = 0.02) -> None:
    from shop_desktop.core.desk import restrictions
    from shop_desktop.core.desk.restrictions import RestrictionRequest

    ids = [r[0] for r in vault.conn.execute("SELECT id FROM clients WHERE status = 'active' ORDER BY id")]
    chosen = set(random.Random(7).sample(ids, max(1, int(len(ids) * share))))
    reason = restrictions.reasons(vault)[0].id
    for client_id in chosen:
        scope = "dropin" if client_id % 2 else "suite"
        request = RestrictionRequest(client_id, scope, reason, date.today(), date.today() + timedelta(days=30))
        restrictions.restrict(vault, request)


def _free_to_check_in(vault: Any) -> list[int]:
    """Active clients with consent and no restriction: each can be checked in once."""
    return [
        r[0]
        for r in vault.conn.execute(
            "SELECT c.id FROM clients c WHERE status = 'active' AND EXISTS (SELECT 1 FROM consents"
            " WHERE client_id = c.id) AND NOT EXISTS (SELECT 1 FROM restrictions r WHERE r.client_id = c.id)"
            " ORDER BY id LIMIT 801"
        )
    ]


def measure(folder: Path) -> dict[str, float]:
    from shop_desktop.core.desk import clients, conflicts, restrictions, visits

    vault = open_vault(folder)
    try:
        _restrict_some(vault)
        ids = _free_to_check_in(vault)
        meal = vault.conn.execute("SELECT id FROM services WHERE name = 'Meal'").fetchone()[0]
        gate, keep_apart = restrictions.gate, conflicts.keep_apart_gate

        def without_gates(cid: int) -> None:
            restrictions.gate, conflicts.keep_apart_gate = (lambda *a, **k: None), (lambda *a, **k: None)  # type: ignore[assignment]
            try:
                visits.check_in(vault, cid, {meal: 1})
            finally:
                restrictions.gate, conflicts.keep_apart_gate = gate, keep_apart  # type: ignore[assignment]

        save_now, save_before = paired(lambda cid: visits.check_in(vault, cid, {meal: 1}), without_gates, ids)
        aliases = [r[0] for r in vault.conn.execute("SELECT alias FROM clients WHERE status='active' LIMIT 300")]
        typed = [alias[:n] for alias in aliases[:100] for n in (1, 2, 3) if len(alias) >= n]

        def search_as_desk(text: str) -> None:
            hits = clients.search(vault, text)
            restrictions.restricted_among(vault, [h.id for h in hits], date.today())

        search_now, search_before = paired(search_as_desk, lambda q: clients.search(vault, q), typed, warm_up=5)
    finally:
        vault.lock()
    return {
        "save_now_ms": statistics.median(save_now) * 1000,
        "save_before_ms": statistics.median(save_before) * 1000,
        "search_now_p95_ms": percentile(search_now, 0.95) * 1000,
        "search_before_p95_ms": percentile(search_before, 0.95) * 1000,
        "search_now_median_ms": statistics.median(search_now) * 1000,
        "search_before_median_ms": statistics.median(search_before) * 1000,
    }


def main() -> int:
    from bench.vaults import ensure_vaults

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=5000)
    parser.add_argument("--visits", type=int, default=100_000)
    args = parser.parse_args()
    scale = {"clients": args.clients, "visits": args.visits, "notes": 200, "referrals": 100, "alerts": 100}
    cache = HERE / "cache" / f"restrictions-{args.clients}-{args.visits}"
    ensure_vaults(cache, scale, quick_kdf=True)
    with tempfile.TemporaryDirectory(dir=cache) as scratch:
        import shutil

        shutil.copytree(cache / "vault", Path(scratch) / "vault")
        result = measure(Path(scratch))
    for key, value in result.items():
        print(f"{key}: {value:.2f}")
    print(f"save ratio: {result['save_now_ms'] / result['save_before_ms']:.3f}")
    print(f"search p95 ratio: {result['search_now_p95_ms'] / result['search_before_p95_ms']:.3f}")
    print(f"search median ratio: {result['search_now_median_ms'] / result['search_before_median_ms']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
