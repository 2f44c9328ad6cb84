"""Benchmark: merging a copy of a 100,000-segment project into itself (every passage matched).

Run alone with ``PYTHONPATH=. python benchmarks/bench_merge.py``; ``benchmarks/run.py`` calls
:func:`run`. The merge is a trial (rolled back), so each pass merges into the same target; the
figure is CPU time (``time.process_time``), as this shared machine's wall clock is noisy.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.bench_refi import SEGMENTS, build
from frameworkqda.core.merge import merge_project
from frameworkqda.core.store import open_project

REPEATS = 3


def run() -> list[tuple[str, float, str]]:
    took: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        other, target = Path(folder) / "other.fqda", Path(folder) / "target.fqda"
        build(other)
        shutil.copyfile(other, target)
        with open_project(target) as project:
            for _ in range(REPEATS):
                started = time.process_time()
                summary = merge_project(project, other, trial=True)
                took.append(time.process_time() - started)
        assert summary.matched["segment"] == SEGMENTS and summary.nothing_added
    return [
        (
            f"merge a copy of {SEGMENTS:,} segments into itself (trial, CPU)",
            statistics.median(took),
            "s",
        )
    ]


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure}: {value:.2f} {unit}")
