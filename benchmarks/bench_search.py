"""Project-wide search over 500 Japanese documents: index build, query latency, and the
widening of every hit of a 2-character term to its sentence ("code all hits", autocode)."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from benchmarks.common import japanese_text, median_seconds, text_document
from frameworkqda.core import model
from frameworkqda.core.search import SearchIndex
from frameworkqda.core.store import create_project
from frameworkqda.core.text.fold import find_all
from frameworkqda.core.text.units import widen

DOCUMENTS = 500
CHARACTERS = 20_000  # per document: about ten pages of Japanese prose


def run() -> list[tuple[str, float, str]]:
    rng = random.Random(7)
    texts = [japanese_text(rng, CHARACTERS) for _ in range(DOCUMENTS)]
    with tempfile.TemporaryDirectory() as folder:
        project = create_project(Path(folder) / "search.fqda")
        with project.transaction() as session:
            session.execute(
                insert(model.Document),
                [
                    text_document(f"doc{n:03}", texts[n], position=n, language="ja")
                    for n in range(DOCUMENTS)
                ],
            )
        index = SearchIndex(project)
        started = time.perf_counter()
        index.refresh()
        build_s = time.perf_counter() - started
        two = median_seconds(lambda: index.search("共生"), repeat=9)
        one = median_seconds(lambda: index.search("窓", limit=1000), repeat=9)
        rare = median_seconds(lambda: index.search("政治参加差別"), repeat=9)
        hits = [list(find_all(text, "共生")) for text in texts]
        sentences = median_seconds(
            lambda: [widen(t, h, "sentence") for t, h in zip(texts, hits, strict=True)], repeat=5
        )
        project.close()
    return [
        ("search: index 500 documents x 20,000 characters", build_s, "s"),
        ("search: 2-character term over 500 documents", two * 1000, "ms"),
        ("search: 1-character term, first 1,000 hits", one * 1000, "ms"),
        ("search: 6-character term over 500 documents", rare * 1000, "ms"),
        (
            f"search: widen {sum(map(len, hits)):,} hits of a 2-character term to sentences",
            sentences * 1000,
            "ms",
        ),
    ]


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure}: {value:.3f} {unit}")
