"""Benchmarks at the scale of twenty years: `python bench/run.py` (see README).

Builds once (cached in bench/cache/) a deterministic large demo vault and an
unencrypted SQLite copy of the same rows, then measures each step as a median
of several runs, as a ratio to the same work on the plain copy where one
exists, and the peak memory of a process doing that step. Prints a table and
writes it to bench/results.md with the machine's CPU and the date.

`--small` runs the same steps on a tiny vault in a few seconds (the test suite
does this so a change that breaks the benchmark is caught).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench import steps  # noqa: E402

FULL = {"clients": 5000, "visits": 400_000, "notes": 60_000, "referrals": 10_000, "alerts": 2_000}
SMALL = {"clients": 60, "visits": 2_000, "notes": 300, "referrals": 60, "alerts": 20}


@dataclass
class Row:
    name: str
    goal: str
    measured: str
    plain: str
    ratio: str
    peak_mb: str
    note: str


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def run_step(name: str, cache: Path, scale: dict[str, int]) -> dict[str, object]:
    """One step in a fresh process, so its peak memory is its own."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    result = subprocess.run(
        [sys.executable, str(HERE / "steps.py"), name, str(cache), json.dumps(scale)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=1800,
    )
    if result.returncode != 0:
        tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": tail}
    return json.loads(result.stdout.strip().splitlines()[-1])


def fmt_seconds(value: object) -> str:
    if not isinstance(value, int | float):
        return "–"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def to_row(step: steps.Step, outcome: dict[str, object]) -> Row:
    if "error" in outcome:
        return Row(step.label, step.goal, "failed", "–", "–", "–", str(outcome["error"])[:120])
    if outcome.get("skipped"):
        return Row(step.label, step.goal, "–", "–", "–", "–", str(outcome["skipped"]))
    measured, plain = outcome.get("seconds"), outcome.get("plain_seconds")
    ratio = f"{measured / plain:.2f}x" if isinstance(measured, float) and isinstance(plain, float) and plain else "–"
    peak = outcome.get("peak_mb")
    met = step.met(outcome)
    note = str(outcome.get("note", ""))
    verdict = "" if met is None else ("goal met" if met else "MISSED")
    return Row(
        step.label,
        step.goal,
        fmt_seconds(measured),
        fmt_seconds(plain),
        ratio,
        f"{peak:.0f}" if isinstance(peak, int | float) else "–",
        "; ".join(x for x in (verdict, note) if x),
    )


def table(rows: list[Row]) -> str:
    head = "| step | goal | measured (median) | plain SQLite | ratio | peak MB | result |\n"
    head += "|---|---|---|---|---|---|---|\n"
    return head + "".join(
        f"| {r.name} | {r.goal} | {r.measured} | {r.plain} | {r.ratio} | {r.peak_mb} | {r.note} |\n" for r in rows
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a tiny vault, a few seconds (used by the tests)")
    parser.add_argument("--rebuild", action="store_true", help="build the cached vault again")
    parser.add_argument("--cache", type=Path, default=None, help="where the vaults are kept")
    parser.add_argument("--only", action="append", help="run only these steps")
    parser.add_argument("--out", type=Path, default=None, help="results file (default bench/results.md)")
    args = parser.parse_args(argv)
    scale = SMALL if args.small else FULL
    cache = args.cache or HERE / "cache" / ("small" if args.small else "full")
    started = time.perf_counter()
    built = steps.ensure_vaults(cache, scale, rebuild=args.rebuild)
    print(f"vaults ready in {time.perf_counter() - started:.1f} s ({'built' if built else 'cached'})", flush=True)
    rows = []
    for step in steps.STEPS:
        if args.only and step.name not in args.only:
            continue
        outcome = run_step(step.name, cache, scale)
        rows.append(to_row(step, outcome))
        print(f"  {step.label}: {rows[-1].measured} {rows[-1].note}", flush=True)
    text = (
        f"# Benchmark results\n\n{date.today().isoformat()} · {cpu_name()} · {os.cpu_count()} cores · "
        f"Python {platform.python_version()} · scale: {', '.join(f'{v:,} {k}' for k, v in scale.items())}\n\n"
        + table(rows)
    )
    notes = HERE / "notes.md"  # written by hand: why a row misses its goal, what was tried
    if not args.small and notes.exists():
        text += "\n" + notes.read_text(encoding="utf-8")
    print(text)
    out = args.out or (cache / "results.md" if args.small else HERE / "results.md")
    out.write_text(text, encoding="utf-8")
    return 1 if any(r.measured == "failed" for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
