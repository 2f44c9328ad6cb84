"""Commands say what they change, and it is true; every long call stops through core/jobs.

The GUI refreshes a view only when a command's change set names what the view shows, so a
command that changes more than it declares would leave a view stale: each command here is
applied and undone, and every table that differs must be named in its ``changes``.
"""

from __future__ import annotations

import ast
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from frameworkqda.core import charting, commands, model, scores
from frameworkqda.core.commands import Change
from frameworkqda.core.errors import ImportCancelledError
from frameworkqda.core.exchange.qdc import export_qdc
from frameworkqda.core.exchange.refi import ExchangeCancelled, export_qdpx
from frameworkqda.core.importers import ImportStatus, import_documents
from frameworkqda.core.jobs import JobCancelled, check_cancel
from frameworkqda.core.store import Project, create_project
from tests import writes
from tests.core.engine_helpers import add_document

PACKAGE = Path(__file__).resolve().parents[2] / "frameworkqda"

TABLES: dict[Change, tuple[type[model.Base], ...]] = {
    Change.DOCUMENTS: (model.Document,),
    Change.CASES: (model.Case, model.AttributeDefinition, model.CaseAttributeValue),
    Change.CODEBOOK: (model.Code,),
    Change.SEGMENTS: (model.Segment,),
    Change.CELLS: (model.ChartCell, model.CellCharting),
    Change.MEMOS: (model.Memo,),
    Change.SCORES: (model.CodeScore,),
}


def _tables(project: Project) -> dict[Change, list[tuple[Any, ...]]]:
    """Every row of every table a change kind stands for (times of change left out)."""
    with project.session() as session:
        tables: dict[Change, list[tuple[Any, ...]]] = {}
        for kind, entities in TABLES.items():
            tables[kind] = []
            for entity in entities:
                columns = [
                    c.key
                    for c in entity.__table__.columns  # type: ignore[attr-defined]
                    if c.key not in ("created_at", "updated_at")
                ]
                rows = session.scalars(select(entity))
                found = sorted(tuple(getattr(row, key) for key in columns) for row in rows)
                tables[kind].append((entity.__name__, found))
        return tables


def _concrete(cls: type[commands.Command]) -> list[type[commands.Command]]:
    found = []
    for sub in cls.__subclasses__():
        if not getattr(sub, "__abstractmethods__", None):
            found.append(sub)
        found.extend(_concrete(sub))
    return found


def test_every_command_declares_what_it_changes() -> None:
    for name in commands.__all__:  # the package loads its modules on first use
        getattr(commands, name)
    classes = {cls.__name__ for cls in _concrete(commands.Command)}
    assert {"SetCell", "AddCode", "SetScores", "ImportCodebook", "AddCase"} <= classes
    for cls in _concrete(commands.Command):
        assert cls.changes, f"{cls.__name__} declares no change"
        assert cls.changes <= set(Change)


def test_what_a_command_changes_is_what_it_declares(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.fqda") as project:
        theme = writes.add_code(project, "Theme")
        code = writes.add_code(project, "Measure", parent_id=theme)
        other = writes.add_code(project, "Other", parent_id=theme)
        case = writes.add_case(project, "Kawasaki")
        hamamatsu = writes.add_case(project, "Hamamatsu")
        writes.set_attribute(project, hamamatsu, "population", 790000)
        document = add_document(project, "d", "ヘイトスピーチ禁止の条例", case)
        segment = writes.add_segment(project, document, code, 0, 7)
        writes.set_cell(project, case, code, summary="s", value="Yes")
        writes.set_memo(project, "code", code, "memo")
        writes.set_memo(project, "case", case, "about Kawasaki")
        book = tmp_path / "book.csv"
        book.write_text("path,description,colour\nTheme/Imported,from a file,\n", encoding="utf-8")
        export_qdc(project, tmp_path / "book.qdc")
        coded = tmp_path / "segments.csv"
        coded.write_text("document,start,end,code\nd,0,3,Theme/Other\n", encoding="utf-8")
        charted = tmp_path / "cells.csv"
        charted.write_text("case,code,value\nHamamatsu,Theme/Other,No\n", encoding="utf-8")
        steps: list[commands.Command] = [
            commands.AddSegment(document, other, 2, 5),
            commands.UpdateSegment(segment, note="n"),
            commands.Autocode("条例", other),
            commands.CodeFromCsv(coded),
            commands.ChartFromCsv(charted),
            commands.SetCell(case, other, summary="t"),
            commands.DraftSummary(case, other),
            commands.SetMemo("segment", segment, "on the passage"),
            commands.AssignDocuments(None, [document]),
            commands.SetRead(document, True),
            commands.RenameCase(case, "川崎市"),
            commands.ReorderCases([hamamatsu, case]),
            commands.SetAttribute(case, "designated city", True),
            commands.SetAttribute(hamamatsu, "population", 800000),
            commands.SetAttribute(hamamatsu, "population", None),
            commands.AssignDocuments(case, [document]),
            commands.DeleteCase(case),
            commands.AddCase("Osaka"),
            commands.UpdateCode(code, name="Renamed"),
            commands.MoveCode(other, None, 0),
            scores.SetScores({("MIPEX 2020", theme): 42.0}),
            commands.ApplyTemplate("icc"),
            commands.ImportCodebook(book),
            commands.ImportCodebook(tmp_path / "book.qdc"),
            commands.MergeCodes(other, code),
            commands.DeleteSegment(segment),
            commands.DeleteCode(theme),
        ]
        for command in steps:
            before = _tables(project)
            command.apply(project)
            after = _tables(project)
            changed = {kind for kind in TABLES if before[kind] != after[kind]}
            assert changed <= command.changes, f"{type(command).__name__} changed {changed}"
            if command.cells is not None:
                assert changed <= {Change.CELLS}
            command.revert(project)
            assert _tables(project) == before, f"{type(command).__name__} did not undo"
            command.apply(project)


def test_a_cell_edit_names_its_cell() -> None:
    assert commands.SetCell(3, 5, summary="x").cells == ((3, 5),)
    assert commands.DraftSummaries([]).cells is None  # many cells: views reload


def test_every_long_call_stops_through_one_cancel(tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(JobCancelled, match="stop"):
        check_cancel(cancel, "stop")
    check_cancel(None)
    check_cancel(threading.Event())
    assert ImportCancelledError is JobCancelled and issubclass(ExchangeCancelled, JobCancelled)
    text = tmp_path / "a.txt"
    text.write_text("本文", encoding="utf-8")
    with create_project(tmp_path / "p.fqda") as project:
        code = writes.add_code(project, "Code")
        case = writes.add_case(project, "Case")
        writes.add_segment(project, add_document(project, "d", "本文です", case), code, 0, 2)
        [result] = import_documents(project, [text], cancel=cancel)
        assert result.status is ImportStatus.CANCELLED
        with pytest.raises(JobCancelled):
            export_qdpx(project, tmp_path / "out.qdpx", cancel=cancel)
        with pytest.raises(JobCancelled):
            charting.plan_drafts(project, cancel=cancel)
    assert not (tmp_path / "out.qdpx").exists()


def test_one_undo_adapter_in_the_package() -> None:
    adapters = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef) and node.name == "CoreCommand"
    ]
    assert adapters == ["gui/undo.py"]
