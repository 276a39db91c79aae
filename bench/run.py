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

from bench import scaling, steps  # noqa: E402
from bench.goals import Step  # noqa: E402
from bench.vaults import FULL, SMALL, ensure_vaults  # noqa: E402


@dataclass
class Row:
    name: str
    goal: str
    measured: str
    plain: str
    ratio: str
    peak_mb: str
    note: str
    missed: bool = False


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def run_steps(names: list[str], cache: Path, scale: dict[str, int]) -> dict[str, dict[str, object]]:
    """These steps in one fresh process (so a lone step's peak memory is its own)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    result = subprocess.run(
        [sys.executable, str(HERE / "steps.py"), str(cache), json.dumps(scale), *names],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=3600,
    )
    found = {}
    for line in result.stdout.splitlines():
        if line.startswith("{"):
            outcome = json.loads(line)
            found[str(outcome.pop("step"))] = outcome
    tail = (result.stderr.strip().splitlines() or [f"exit code {result.returncode}"])[-1]
    return {name: found.get(name, {"error": tail}) for name in names}


def fmt_seconds(value: object) -> str:
    if not isinstance(value, int | float):
        return "–"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def to_row(step: Step, outcome: dict[str, object]) -> Row:
    if "error" in outcome:
        return Row(step.label, step.goal, "failed", "–", "–", "–", str(outcome["error"])[:160])
    if outcome.get("skipped"):  # its goal was not checked, so it is not met (the full run says so)
        return Row(step.label, step.goal, "–", "–", "–", "–", f"MISSED: not measured: {outcome['skipped']}", True)
    measured, plain = outcome.get("seconds"), outcome.get("plain_seconds")
    ratio = f"{measured / plain:.2f}x" if isinstance(measured, float) and isinstance(plain, float) and plain else "–"
    peak = outcome.get("peak_mb")
    missed = step.misses(outcome)
    verdict = ("MISSED: " + ", ".join(missed)) if missed else "goal met"
    shown = outcome.get("shown") or fmt_seconds(measured)
    return Row(
        step.label,
        step.goal,
        str(shown),
        fmt_seconds(plain),
        ratio,
        f"{peak:.0f}" if isinstance(peak, int | float) else "–",
        "; ".join(x for x in (verdict, str(outcome.get("note", ""))) if x),
        missed=bool(missed),
    )


def table(rows: list[Row]) -> str:
    head = "| step | goal | measured (median) | plain SQLite | ratio | peak MB | result |\n"
    head += "|---|---|---|---|---|---|---|\n"
    return head + "".join(
        f"| {r.name} | {r.goal} | {r.measured} | {r.plain} | {r.ratio} | {r.peak_mb} | {r.note} |\n" for r in rows
    )


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a tiny vault, a few seconds (used by the tests)")
    parser.add_argument("--rebuild", action="store_true", help="build the cached vault again")
    parser.add_argument("--cache", type=Path, default=None, help="where the vaults are kept")
    parser.add_argument("--only", action="append", help="run only these steps")
    parser.add_argument("--out", type=Path, default=None, help="results file (default bench/results.md)")
    parser.add_argument("--no-scaling", action="store_true", help="skip the 2x and 4x vaults")
    parser.add_argument("--factors", default="1,2,4", help="vault sizes for the growth rows (default 1,2,4)")
    parser.add_argument("--growth-from", type=Path, default=None, help="1x outcomes saved by an earlier run")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    scale = SMALL if args.small else FULL
    cache = args.cache or HERE / "cache" / ("small" if args.small else "full")
    started = time.perf_counter()
    built = ensure_vaults(cache, scale, rebuild=args.rebuild, quick_kdf=args.small)
    print(f"vaults ready in {time.perf_counter() - started:.1f} s ({'built' if built else 'cached'})", flush=True)
    chosen = [step for step in steps.STEPS if not args.only or step.name in args.only]
    rows, outcomes = [], {}
    # The tiny vault's run checks the harness, not the timings: one process for every step keeps it fast.
    batches = [[s.name for s in chosen]] if args.small else [[s.name] for s in chosen]
    for batch in batches:
        outcomes.update(run_steps(batch, cache, scale))
        for step in (s for s in chosen if s.name in batch):
            rows.append(to_row(step, outcomes[step.name]))
            print(f"  {step.label}: {rows[-1].measured} {rows[-1].note}", flush=True)
    out = args.out or (cache / "results.md" if args.small else HERE / "results.md")
    out.with_suffix(".json").write_text(json.dumps(outcomes, indent=1), encoding="utf-8")
    if args.growth_from:
        outcomes = {**json.loads(args.growth_from.read_text(encoding="utf-8")), **outcomes}
    factors = tuple(int(f) for f in args.factors.split(","))
    if not args.no_scaling:
        for step, outcome in scaling.growth_rows(cache, scale, outcomes, run_steps, small=args.small, factors=factors):
            rows.append(to_row(step, outcome))
            print(f"  {step.label}: {rows[-1].measured} {rows[-1].note}", flush=True)
    text = (
        f"# Benchmark results\n\n{date.today().isoformat()} · {cpu_name()} · {os.cpu_count()} cores · "
        f"Python {platform.python_version()} · scale: {', '.join(f'{v:,} {k}' for k, v in scale.items())}"
        f"{audit_words(cache)}\n\n" + table(rows)
    )
    notes = HERE / "notes.md"  # written by hand: why a row misses its goal, what was tried
    if not args.small and notes.exists():
        text += "\n" + notes.read_text(encoding="utf-8")
    print(text)
    out.write_text(text, encoding="utf-8")
    return exit_code(rows, small=args.small)


def exit_code(rows: list[Row], *, small: bool) -> int:
    """A step that fails is always an error; a missed goal is one too, except on the tiny vault,
    whose timings say nothing (the test suite runs it to check the harness only)."""
    if any(r.measured == "failed" for r in rows):
        return 2
    return 1 if not small and any(r.missed for r in rows) else 0


def audit_words(cache: Path) -> str:
    added = cache / "trail.json"
    if not added.exists():
        return ""
    return f", audit trail of {json.loads(added.read_text())['entries']:,} entries"


if __name__ == "__main__":
    raise SystemExit(main())
