"""Helpers shared by the benchmarks: medians of repeated timings, a child process's peak memory,
a big project of word-salad documents."""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frameworkqda.core.store import Project


def median_seconds(action: Callable[[], object], repeat: int = 5) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def time_to_first_paint(app, widget, action, timeout: float = 20.0) -> float:  # type: ignore[no-untyped-def]
    """Seconds from calling ``action`` until ``widget`` receives its first paint event."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[float] = []

    class Watcher(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    watcher = Watcher()
    widget.installEventFilter(watcher)
    began = time.perf_counter()
    action()
    widget.repaint()
    while not painted and time.perf_counter() - began < timeout:
        app.processEvents()
    widget.removeEventFilter(watcher)
    return (painted[0] if painted else time.perf_counter()) - began


def compile_package() -> None:
    """Byte-compile FrameworkQDA as installing its wheel does, so that start-up figures do not
    include compiling our own modules (this machine sets PYTHONDONTWRITEBYTECODE, under which
    every fresh process would compile them again)."""
    import compileall
    from pathlib import Path

    compileall.compile_dir(Path(__file__).resolve().parents[1] / "frameworkqda", quiet=1)


@dataclass(frozen=True)
class ChildRun:
    """How one child process ended: its own peak resident memory, time and output."""

    peak_mb: float
    seconds: float
    returncode: int
    stdout: str
    stderr: str


def child_peak(argv: Sequence[str], env: Mapping[str, str] | None = None) -> ChildRun:
    """Run ``argv`` and measure its peak resident memory with ``wait4``: that child's own
    ``ru_maxrss`` (with the children it waited for), whatever ran before it in this process —
    ``RUSAGE_CHILDREN`` would give the largest of all children so far. Output goes to
    temporary files, as a pipe could fill while we wait."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(list(argv), env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        return ChildRun(
            usage.ru_maxrss / 1024,
            seconds,
            child.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )


def words_project(
    path: Path,
    rng: random.Random,
    words: Sequence[str],
    *,
    documents: int,
    characters: int,
    cases: int,
) -> Project:
    """A new project at ``path``, open: ``cases`` cases ("City 00"…), 10 themes of 5 measures
    (ids 1–10 and 100–149) and ``documents`` text documents ("plan00.txt"…, spread over the
    cases in turn) of ``characters`` characters of ``words`` drawn by ``rng``, about one in 12
    ending a sentence. The caller codes passages with the same ``rng``: bench_searchgui.py's
    and bench_bulk.py's projects (their search terms are in their ``words``)."""
    from sqlalchemy import insert

    from frameworkqda.core import model
    from frameworkqda.core.store import create_project

    texts = []
    for _ in range(documents):
        drawn: list[str] = []
        length = 0
        while length < characters:
            drawn.append(rng.choice(words) + (". " if rng.random() < 0.08 else " "))
            length += len(drawn[-1])
        texts.append("".join(drawn)[:characters])
    digits = len(str(documents - 1))
    project = create_project(path)
    with project.transaction() as session:
        session.execute(
            insert(model.Case), [{"name": f"City {n:02}", "position": n} for n in range(cases)]
        )
        session.execute(
            insert(model.Code),
            [{"id": t + 1, "name": f"Theme {t}", "position": t} for t in range(10)],
        )
        session.execute(
            insert(model.Code),
            [
                {
                    "id": 100 + t * 5 + m,
                    "parent_id": t + 1,
                    "name": f"Measure {t}.{m}",
                    "position": m,
                }
                for t in range(10)
                for m in range(5)
            ],
        )
        session.execute(
            insert(model.Document),
            [
                {
                    "name": f"plan{n:0{digits}}.txt",
                    "kind": "text",
                    "sha256": f"{n:064}",
                    "text": texts[n],
                    "filename": "",
                    "language": "en",
                    "page_count": 0,
                    "position": n,
                    "import_notes": "",
                    "imported_at": model.utcnow(),
                    "case_id": n % cases + 1,
                }
                for n in range(documents)
            ],
        )
    return project
