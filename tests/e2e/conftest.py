"""CLI fixtures: a small Japanese study the verbs work on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

TEXT = "浜松市は多言語で情報を提供し、外国人市民の相談窓口を設けている。𠮷野家の前にある。\n"
MINUTE = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d")  # a time as tables give it, UTC


def without_updated(out: str) -> str:
    """``segments``' TSV without its last column, updated (when each passage was last
    changed, checked to be a UTC minute): what two projects coded the same share, and what
    a test can spell out."""
    lines = []
    for line in out.splitlines():
        kept, _, updated = line.rpartition("\t")
        assert MINUTE.fullmatch(updated), line
        lines.append(kept + "\n")
    return "".join(lines)


@pytest.fixture
def study(project_location: str, tmp_path: Path) -> str:
    """A project with one Japanese text document (memo.txt, TEXT) and one case (Hamamatsu)."""
    from frameworkqda.core.importers import import_documents
    from frameworkqda.core.store import create_project
    from tests import writes

    source = tmp_path / "memo.txt"
    source.write_text(TEXT, encoding="utf-8")
    with create_project(project_location, framework="mipex-local") as project:
        import_documents(project, [source])
        writes.add_case(project, "Hamamatsu")
    return project_location


@pytest.fixture(scope="module")
def small_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite project with the MIPEX codebook and one text document (memo.txt), for the
    start-up tests' fresh processes."""
    from frameworkqda.core.importers import import_documents
    from frameworkqda.core.store import create_project

    folder = tmp_path_factory.mktemp("startup")
    source = folder / "memo.txt"
    source.write_text("浜松市の多文化共生推進計画。\n", encoding="utf-8")
    path = folder / "small.fqda"
    with create_project(path, framework="mipex") as project:
        import_documents(project, [source])
    return path
