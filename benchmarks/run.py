"""Run every benchmark and print one table: figure, median, unit.

    python -m benchmarks.run            # all of them
    python -m benchmarks.run store      # only benchmarks/bench_store.py

Each ``benchmarks/bench_*.py`` exposes ``run() -> list[tuple[str, float, str]]``. Figures are
medians over several repetitions; targets live in the issues, never in test assertions.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def discover(selected: list[str]) -> list[str]:
    names = sorted(path.stem for path in HERE.glob("bench_*.py"))
    if selected:
        names = [name for name in names if name.removeprefix("bench_") in selected]
    return names


def main(argv: list[str]) -> int:
    rows: list[tuple[str, float, str]] = []
    for name in discover(argv):
        started = time.perf_counter()
        module = importlib.import_module(f"benchmarks.{name}")
        results = module.run()
        rows.extend(results)
        print(f"# {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    width = max((len(figure) for figure, _, _ in rows), default=10)
    print(f"{'figure':<{width}}  {'median':>12}  unit")
    for figure, median, unit in rows:
        print(f"{figure:<{width}}  {median:>12.3f}  {unit}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    raise SystemExit(main(sys.argv[1:]))
