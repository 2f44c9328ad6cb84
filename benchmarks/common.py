"""Helpers shared by the benchmarks: medians of repeated timings, a child process's peak memory,
the rows of synthetic projects (cases, a codebook, text documents) and a big project of
word-salad documents."""

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


FIRST_MEASURE = 100
"""The id of the first measure of :func:`codebook`; its themes are numbered 1… below it."""

JAPANESE = (
    "外国人市民の共生社会を推進する浜松川崎大阪教育医療労働政治参加差別相談窓口多言語情報。、"
)
"""What :func:`japanese_text` draws from: the characters of a Japanese plan's search terms."""


def city_cases(count: int) -> list[dict[str, object]]:
    """Rows of ``model.Case`` for a new project: "City 00"… with ids 1… in that order, which
    the benchmarks spread their documents and cells over."""
    return [{"id": n + 1, "name": f"City {n:02}", "position": n} for n in range(count)]


def codebook(themes: int, measures: int) -> list[dict[str, object]]:
    """Rows of ``model.Code`` for a new project: themes "Theme t" with ids 1…, then each
    theme's ``measures`` measures "Measure t.m", numbered on from :data:`FIRST_MEASURE` theme
    by theme — fixed ids the benchmarks code and chart by (so fewer than 100 themes)."""
    rows: list[dict[str, object]] = [
        {"id": t + 1, "parent_id": None, "name": f"Theme {t}", "position": t} for t in range(themes)
    ]
    rows += [
        {
            "id": FIRST_MEASURE + t * measures + m,
            "parent_id": t + 1,
            "name": f"Measure {t}.{m}",
            "position": m,
        }
        for t in range(themes)
        for m in range(measures)
    ]
    return rows


def text_document(
    name: str,
    text: str,
    *,
    position: int = 0,
    sha256: str | None = None,
    language: str = "und",
    case_id: int | None = None,
) -> dict[str, object]:
    """A row of ``model.Document`` for a text document. Its ``sha256`` is made up from
    ``position`` unless given (only an import reads a file to hash); ``language`` is the
    schema's "undetermined" unless given; the file name, page count, import notes and time of
    import are left to the schema's defaults."""
    from frameworkqda.core.kinds import DocumentKind

    return {
        "name": name,
        "kind": DocumentKind.TEXT,
        "sha256": f"{position:064}" if sha256 is None else sha256,
        "text": text,
        "language": language,
        "position": position,
        "case_id": case_id,
    }


def japanese_text(rng: random.Random, characters: int) -> str:
    """``characters`` characters drawn by ``rng`` from :data:`JAPANESE`: Japanese-looking text
    in which a two-character search term hits often."""
    return "".join(rng.choices(JAPANESE, k=characters))


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
        session.execute(insert(model.Case), city_cases(cases))
        session.execute(insert(model.Code), codebook(10, 5))
        session.execute(
            insert(model.Document),
            [
                text_document(
                    f"plan{n:0{digits}}.txt",
                    texts[n],
                    position=n,
                    language="en",
                    case_id=n % cases + 1,
                )
                for n in range(documents)
            ],
        )
    return project
