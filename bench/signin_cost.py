"""Sign-in cost: Vault.open + lock on a vault with 12 staff and a few hundred audit entries.

Run from a checkout: PYTHONPATH=. python bench/signin_cost.py [runs]. Prints the median of the
whole sign-in at the real Argon2id floor (64 MiB, t=3, p=4) and the part that is not the KDF
(the same vault opened at test cost), so the key-file checks can be seen on their own. The trust
model (issue 16) added certificate and manifest signature checks, the accepted-manifest compare
and the sign-out anchor; compare the numbers with the same script on the commit before it.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from shop_desktop.core.roles import Role
from shop_desktop.core.store import crypto, staff
from shop_desktop.core.store.vault import Vault

PASS = "quiet maple river candle"


def build(folder: Path, kdf: crypto.KdfParams) -> None:
    vault, _ = Vault.create(
        folder, centre_name="Bench", username="coordinator", display_name="C", passphrase=PASS, kdf=kdf
    )
    roles = [Role.FRONT_DESK, Role.COUNSELLOR, Role.OUTREACH, Role.ADMIN]
    for n in range(11):
        staff.add_staff(vault, username=f"user{n}", display_name=f"U{n}", roles={roles[n % 4]}, new_passphrase=PASS)
    vault.lock()


def timed(folder: Path, runs: int) -> tuple[float, float]:
    """(median sign-in, median sign-out)."""
    opening, closing = [], []
    for _ in range(runs):
        started = time.perf_counter()
        vault = Vault.open(folder, "user1", PASS)  # a counsellor: the notes-key checks run too
        opened = time.perf_counter()
        vault.lock()
        opening.append(opened - started)
        closing.append(time.perf_counter() - opened)
    return statistics.median(opening), statistics.median(closing)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    with tempfile.TemporaryDirectory() as scratch:
        real, fast = Path(scratch) / "real", Path(scratch) / "fast"
        build(real, crypto.KdfParams(os.urandom(16)))
        build(fast, crypto.KdfParams(os.urandom(16), iterations=1, lanes=1, memory_kib=8))
        (whole, _), (rest, out) = timed(real, runs), timed(fast, runs * 3)
    print(
        f"sign-in at the KDF floor {whole * 1000:.1f} ms; without the KDF {rest * 1000:.1f} ms;"
        f" sign-out {out * 1000:.1f} ms (medians)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
