"""Run every benchmark and print one table: figure, median, unit.

    python -m benchmarks.run            # all of them
    python -m benchmarks.run store      # only benchmarks/bench_store.py
    python -m benchmarks.run --help     # the names

Each ``benchmarks/bench_*.py`` exposes ``run() -> list[tuple[str, float, str]]``. Figures are
medians over several repetitions; targets live in the issues, never in test assertions.
"""

from __future__ import annotations

import argparse
import importlib
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def available() -> list[str]:
    """The benchmarks' short names: ``store`` for ``benchmarks/bench_store.py``."""
    return sorted(path.stem.removeprefix("bench_") for path in HERE.glob("bench_*.py"))


def interpreter() -> str:
    """Which Python ran the figures, and whether it runs from a shared libpython: the same code
    took 6-10 % more CPU on this machine's pyenv build (run from libpython3.11.so) than on
    Debian's python3.11 (linked into its executable): docs/importers.md, item 21."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            shared = any("/libpython" in line for line in maps)
        linked = "libpython shared" if shared else "libpython linked in"
    except OSError:  # not Linux
        linked = "libpython not looked at"
    return f"python {platform.python_version()} at {sys.executable} ({linked})"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run",
        description="Run benchmarks and print one table: figure, median, unit.",
    )
    parser.add_argument(
        "names", nargs="*", metavar="NAME",
        help=f"benchmarks to run (all when none is named): {', '.join(available())}",
    )  # fmt: skip
    selected = parser.parse_args(argv).names or available()
    unknown = sorted(set(selected) - set(available()))  # not choices=: Python 3.11 refuses []
    if unknown:
        parser.error(f"no such benchmark: {', '.join(unknown)} (see --help)")
    rows: list[tuple[str, float, str]] = []
    for name in (f"bench_{short}" for short in selected):
        started = time.perf_counter()
        module = importlib.import_module(f"benchmarks.{name}")
        results = module.run()
        rows.extend(results)
        print(f"# {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    width = max((len(figure) for figure, _, _ in rows), default=10)
    print(f"# {interpreter()}")
    print(f"{'figure':<{width}}  {'median':>12}  unit")
    for figure, median, unit in rows:
        print(f"{figure:<{width}}  {median:>12.3f}  {unit}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    raise SystemExit(main(sys.argv[1:]))
