"""Project create and open, and bulk insertion of 100,000 segments (SQLite)."""

from __future__ import annotations

import itertools
import sqlite3
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

from benchmarks.common import median_seconds
from frameworkqda.core import model
from frameworkqda.core.store import create_project, open_project

SEGMENTS = 100_000
BATCH = 10_000


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as folder:
        counter = itertools.count()

        def create() -> None:
            create_project(Path(folder) / f"c{next(counter)}.fqda", framework="mipex-local").close()

        create_s = median_seconds(create)
        path = Path(folder) / "c0.fqda"
        open_s = median_seconds(lambda: open_project(path).close(), repeat=9)

        with open_project(path) as project:
            with project.transaction() as session:
                document = model.Document(
                    name="plan", kind=model.DocumentKind.TEXT, sha256="0" * 64, text="あ" * 200_000
                )
                session.add(document)
                session.flush()
                document_id = document.id
                code_ids = list(session.scalars(select(model.Code.id)))
                coder_id = project.coder(session).id
            rows = [
                {
                    "document_id": document_id,
                    "code_id": code_ids[n % len(code_ids)],
                    "coder_id": coder_id,
                    "start": n,
                    "end": n + 5,
                    "note": "",
                    "translation": "",
                    "created_at": model.utcnow(),
                    "updated_at": model.utcnow(),
                }
                for n in range(SEGMENTS)
            ]
            started = time.perf_counter()
            for first in range(0, SEGMENTS, BATCH):
                with project.transaction() as session:
                    session.execute(insert(model.Segment), rows[first : first + BATCH])
            insert_s = time.perf_counter() - started
        # Opening for writing runs SQLite's quick_check: its cost grows with the file.
        megabytes = path.stat().st_size / 2**20
        filled_open_s = median_seconds(lambda: open_project(path).close(), repeat=5)
        read_open_s = median_seconds(lambda: open_project(path, read_only=True).close(), repeat=5)
        quick_check_s = median_seconds(lambda: _quick_check(path), repeat=5)
    return [
        ("store: create project (MIPEX local template)", create_s * 1000, "ms"),
        ("store: open project", open_s * 1000, "ms"),
        ("store: insert 100,000 segments (10 commits)", insert_s, "s"),
        ("store: segment insert rate", SEGMENTS / insert_s, "segments/s"),
        ("store: project size after the insert", megabytes, "MiB"),
        ("store: open for writing (with quick_check)", filled_open_s * 1000, "ms"),
        ("store: open read-only (reading verbs)", read_open_s * 1000, "ms"),
        ("store: quick_check alone", quick_check_s * 1000, "ms"),
    ]


def _quick_check(path: Path) -> None:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
    finally:
        connection.close()


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure}: {value:.3f} {unit}")
