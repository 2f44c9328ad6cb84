"""Every export read by an independent reader, pyrefiqda (a typed binding of the REFI-QDA
schema, not written here): its counts and each selection's text are the project's."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.exchange.refi import export_qdpx
from frameworkqda.core.store import Project
from tests.core.refi.builders import build_rich_project

pyrefiqda = pytest.importorskip("pyrefiqda", reason="pyrefiqda is a dev dependency")


def _code_paths(codes: list[Any], prefix: str = "") -> dict[str, tuple[str, bool]]:
    found: dict[str, tuple[str, bool]] = {}
    for code in codes:
        path = f"{prefix}{code.name}"
        found[code.guid] = (path, code.is_codable)
        found.update(_code_paths(code.code, path + "/"))
    return found


def _theirs(archive: Path, folder: Path) -> dict[str, Any]:
    project = pyrefiqda.RefiProject.load(archive, extract_dir=str(folder))
    codes = _code_paths(project.code_book.codes.code)
    sources = project.sources
    selections: Counter[tuple[str, str, str]] = Counter()
    areas: list[tuple[str, str]] = []
    described: Counter[tuple[str, str, str]] = Counter()  # a selection's Description: its note

    def read(source: Any, holder: Any) -> None:
        path = pyrefiqda.RefiProject.resolve_source_path(holder.plain_text_path, folder)
        # text mode would fold CRLF into LF and shift every position: read it as written
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        for selection in holder.plain_text_selection:
            excerpt = text[selection.start_position : selection.end_position]
            for coding in selection.coding:
                code = codes[coding.code_ref.target_guid][0]
                selections[(source.name, code, excerpt.replace("\r\n", "\n"))] += 1
                described[(source.name, code, selection.description or "")] += 1

    for source in sources.text_source:
        read(source, source)
    for source in sources.pdfsource:
        read(source, source.representation)
        for area in source.pdfselection:
            areas.append((source.name, area.representation.plain_text_content))
    cases = project.cases.case
    return {
        "users": sorted(u.name for u in project.users.user),
        "codes": sorted(codes.values()),
        "sources": sorted(s.name for s in [*sources.text_source, *sources.pdfsource]),
        "selections": selections,
        "areas": areas,
        "cases": sorted(c.name for c in cases),
        "variables": sorted((v.name, v.type_of_variable.value) for v in project.variables.variable),
        "values": sum(len(c.variable_value) for c in cases),
        "notes": len(project.notes.note),
        "segment notes": described,
    }


def _ours(project: Project) -> dict[str, Any]:
    kinds = {"text": "Text", "integer": "Integer", "number": "Float", "boolean": "Boolean",
             "date": "Date"}  # fmt: skip
    with project.session() as s:
        codes = list(s.scalars(select(model.Code)))

        def path(code: model.Code) -> str:
            return f"{path(code.parent)}/{code.name}" if code.parent else code.name

        segments = list(s.scalars(select(model.Segment)))
        memos = len(list(s.scalars(select(model.Memo))))
        cells = len(list(s.scalars(select(model.ChartCell))))
        return {
            "users": sorted(c.name for c in s.scalars(select(model.Coder))),
            "codes": sorted((path(c), c.codable) for c in codes),
            "sources": sorted(d.name for d in s.scalars(select(model.Document))),
            "selections": Counter(
                (g.document.name, path(g.code), g.document.text[g.start : g.end]) for g in segments
            ),
            "segments": segments,
            "cases": sorted(c.name for c in s.scalars(select(model.Case))),
            "variables": sorted(
                (d.name, kinds[d.kind.value]) for d in s.scalars(select(model.AttributeDefinition))
            ),
            "values": len(list(s.scalars(select(model.CaseAttributeValue)))),
            # memos, chart cells, translations and the value scale (a segment's note is its
            # selection's Description)
            "notes": memos + cells + sum(bool(g.translation) for g in segments) + 1,
            "segment notes": Counter((g.document.name, path(g.code), g.note) for g in segments),
        }


@pytest.mark.parametrize("line_endings", ["lf", "crlf"])
def test_pyrefiqda_reads_what_we_wrote(
    project_location: str, tmp_path: Path, line_endings: str
) -> None:
    with build_rich_project(project_location) as project:
        export_qdpx(project, tmp_path / "p.qdpx", line_endings=line_endings)
        ours = _ours(project)
    theirs = _theirs(tmp_path / "p.qdpx", tmp_path / "extracted")
    for key in (
        "users",
        "codes",
        "sources",
        "selections",
        "cases",
        "variables",
        "values",
        "notes",
        "segment notes",
    ):
        assert theirs[key] == ours[key], key
    # every PDF page area holds a piece of one of its document's selections
    texts = {(name, text) for name, _, text in ours["selections"]}
    for name, piece in theirs["areas"]:
        assert any(n == name and piece in text for n, text in texts), piece
    assert len(theirs["areas"]) == 3


def test_pyrefiqda_reads_our_codebook(tmp_path: Path) -> None:
    from frameworkqda.core.exchange.qdc import export_qdc

    with build_rich_project(tmp_path / "p.fqda") as project:
        with project.transaction() as s:
            theme = s.scalars(select(model.Code).where(model.Code.name == "Information")).one()
            theme.codable = False
        export_qdc(project, tmp_path / "book.qdc")
        ours = _ours(project)["codes"]
    book = pyrefiqda.RefiCodebook.load(tmp_path / "book.qdc")
    assert sorted(_code_paths(book.codes.code).values()) == ours
    assert ("Information", False) in ours
