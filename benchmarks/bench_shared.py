"""A shared project's costs: the look for others' changes, and what the change log adds to a
write (SQLite; PostgreSQL too when FRAMEWORKQDA_BENCH_POSTGRES_URL names an empty database)."""

from __future__ import annotations

import itertools
import os
import tempfile
from pathlib import Path

from benchmarks.common import median_seconds
from frameworkqda.core.codebook import resolve_code
from frameworkqda.core.commands import AddSegment
from frameworkqda.core.store import Project, create_project, open_project
from frameworkqda.core.store.changes import record_change
from tests.core.engine_helpers import add_document

WRITES = 200


def _measure(where: str, label: str) -> list[tuple[str, float, str]]:
    text = "多文化共生" * 2000
    with create_project(where, framework="mipex-local") as project:
        document_id = add_document(project, "plan", text)
        code_id = resolve_code(project, "Education/Consultation service")
    with open_project(where) as writer, open_project(where) as watcher:
        seen = watcher.change_count()
        idle = median_seconds(lambda: watcher.changes_since(seen), repeat=51)
        starts = itertools.count()

        def write() -> None:
            for _ in range(WRITES):
                start = next(starts)
                AddSegment(document_id, code_id, start, start + 1).apply(writer)

        per_write = median_seconds(write, repeat=3) / WRITES
        logging = _log_cost(writer)
        caught_up = median_seconds(lambda: watcher.changes_since(seen), repeat=5)
    return [
        (f"{label}: look for others' changes, none", idle * 1000, "ms"),
        (f"{label}: a segment's write (one transaction)", per_write * 1000, "ms"),
        (f"{label}: of which the change log", logging * 1000, "ms"),
        (f"{label}: read {3 * WRITES} entries behind", caught_up * 1000, "ms"),
    ]


def _log_cost(project: Project) -> float:
    """The bump and the entry alone, in a transaction rolled back."""
    with project.engine.connect() as connection:
        from sqlalchemy.orm import Session

        with Session(bind=connection) as session:
            transaction = session.begin()
            cost = median_seconds(lambda: record_change(session, "bench"), repeat=51)
            transaction.rollback()
    return cost


def run() -> list[tuple[str, float, str]]:
    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        rows += _measure(str(Path(folder) / "shared.fqda"), "SQLite")
    url = os.environ.get("FRAMEWORKQDA_BENCH_POSTGRES_URL")
    if url:
        rows += _measure(url, "PostgreSQL")
    return rows
