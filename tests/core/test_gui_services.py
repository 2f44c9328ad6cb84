"""The services the desktop app writes through: segments, case assignment, read marks, memos."""

from __future__ import annotations

from pathlib import Path

import pytest

from frameworkqda.core import cases, codebook, coding, memos, model, workspace
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.store import create_project
from tests import writes


def test_segment_round_trip_and_restore_keeps_id(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.fqda", framework="mipex-local") as project:
        with project.transaction() as session:
            session.add(
                model.Document(
                    name="d", kind=model.DocumentKind.TEXT, sha256="0", text="𠮷野家の多文化共生"
                )
            )
        doc = workspace.documents(project)[0]
        code = workspace.codebook(project)[1]
        with pytest.raises(ValidationError):
            writes.add_segment(project, doc.id, code.id, 3, 99)
        sid = writes.add_segment(project, doc.id, code.id, 4, 8)
        writes.update_segment(project, sid, note="n", translation="multicultural")
        data = writes.delete_segment(project, sid)
        assert coding.segments_of_document(project, doc.id) == []
        assert writes.restore_segment(project, data) == sid
        (row,) = coding.segments_of_document(project, doc.id)
        assert (row.start, row.end, row.note, row.translation) == (4, 8, "n", "multicultural")
        assert workspace.codebook(project)[1].segments == 1
        case = writes.add_case(project, "Osaka")
        assert writes.assign_documents(project, case, [doc.id])[doc.id] is None
        assert workspace.documents(project)[0].case_id == case
        assert writes.set_read(project, doc.id, True) is False
        assert workspace.documents(project)[0].read
        assert writes.set_memo(project, "project", None, "plan") == ""
        writes.set_memo(project, "case", case, "city memo")
        assert memos.memo_text(project, "project", None) == "plan"
        assert memos.memo_text(project, "case", case) == "city memo"


def test_workspace_codebook_is_the_engine_tree_with_counts(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.fqda", framework="mipex-local") as project:
        rows = workspace.codebook(project)
        nodes = codebook.codebook(project)
        assert [(r.id, r.path, r.depth) for r in rows] == [(n.id, n.path, n.depth) for n in nodes]
        assert all(r.segments == 0 for r in rows)


def test_memos_on_every_target_and_commands_undo(tmp_path: Path) -> None:
    from frameworkqda.core import commands

    with create_project(tmp_path / "p.fqda", framework="mipex-local") as project:
        with project.transaction() as session:
            session.add(
                model.Document(name="d", kind=model.DocumentKind.TEXT, sha256="0", text="abcdef")
            )
        doc = workspace.documents(project)[0]
        code = workspace.codebook(project)[1]
        stack = commands.UndoStack(project)
        add_case = stack.push(commands.AddCase("Kawasaki"))
        assert isinstance(add_case, commands.AddCase) and add_case.case_id is not None
        segment = stack.push(commands.AddSegment(doc.id, code.id, 0, 3))
        assert isinstance(segment, commands.AddSegment) and segment.segment_id is not None
        for target, target_id in (
            ("project", None),
            ("document", doc.id),
            ("case", add_case.case_id),
            ("code", code.id),
            ("segment", segment.segment_id),
        ):
            stack.push(commands.SetMemo(target, target_id, f"on {target}"))
            assert memos.memo_text(project, target, target_id) == f"on {target}"
            stack.undo()
            assert memos.memo_text(project, target, target_id) == ""
            stack.redo()
        with pytest.raises(ValidationError):
            memos.memo_text(project, "page", 1)
        stack.push(commands.AssignDocuments(add_case.case_id, [doc.id]))
        stack.push(commands.SetRead(doc.id, True))
        assert workspace.documents(project)[0].read
        assert workspace.documents(project)[0].case_id == add_case.case_id
        stack.undo()
        stack.undo()
        assert not workspace.documents(project)[0].read
        assert workspace.documents(project)[0].case_id is None
        stack.redo()
        # deleting the case (undo of adding it) leaves its documents unassigned
        while stack.can_undo:
            stack.undo()
        assert cases.list_cases(project) == []
        assert coding.segments_of_document(project, doc.id) == []
        while stack.can_redo:
            stack.redo()
        assert [c.name for c in cases.list_cases(project)] == ["Kawasaki"]
        assert memos.memo_text(project, "segment", segment.segment_id) == "on segment"


def test_apply_template_and_import_undo_redo_on_both_databases(
    project_location: str, tmp_path: Path
) -> None:
    from frameworkqda.core import commands

    with create_project(project_location, framework="mipex-local") as project:

        def scores() -> set[tuple[int, str, float]]:
            with project.session() as session:
                rows = session.query(model.CodeScore).all()
                return {(r.code_id, r.series, r.value) for r in rows}

        before_codes = [(c.id, c.path) for c in codebook.codebook(project)]
        before_scores = scores()
        stack = commands.UndoStack(project)
        apply = stack.push(commands.ApplyTemplate("mipex"))
        assert isinstance(apply, commands.ApplyTemplate)
        themes = [c.name for c in codebook.codebook(project) if c.parent_id is None]
        assert themes.count("Education") == 1 and "Family reunion" in themes
        after_codes = [(c.id, c.path) for c in codebook.codebook(project)]
        after_scores = scores()
        assert len(after_scores) > len(before_scores)
        stack.undo()
        assert [(c.id, c.path) for c in codebook.codebook(project)] == before_codes
        assert scores() == before_scores
        stack.redo()
        assert [(c.id, c.path) for c in codebook.codebook(project)] == after_codes
        assert scores() == after_scores

        source = tmp_path / "codes.csv"
        source.write_text("path,definition\nHousing/Public housing,rented\n", encoding="utf-8")
        imported = stack.push(commands.ImportCodebook(source))
        assert isinstance(imported, commands.ImportCodebook)
        assert imported.summary is not None and imported.summary.created == 2
        housing = codebook.resolve_code(project, "Housing/Public housing")
        stack.undo()
        with pytest.raises(NotFoundError):
            codebook.resolve_code(project, "Housing/Public housing")
        stack.redo()
        assert codebook.resolve_code(project, "Housing/Public housing") == housing


def test_apply_template_in_japanese_adds_the_japanese_themes(project_location: str) -> None:
    """``language="ja"`` adds MIPEX's Japanese area names (and their scores); undo removes them."""
    from frameworkqda.core import commands

    with create_project(project_location) as project:
        stack = commands.UndoStack(project)
        apply = stack.push(commands.ApplyTemplate("mipex", "ja"))
        assert isinstance(apply, commands.ApplyTemplate) and apply.language == "ja"
        themes = [c.name for c in codebook.codebook(project) if c.parent_id is None]
        assert "教育" in themes and "家族呼び寄せ" in themes and "国籍取得" in themes
        assert "Education" not in themes
        with project.session() as session:
            scored = {code.name for code in session.query(model.Code).join(model.CodeScore).all()}
        assert "教育" in scored
        stack.undo()
        assert codebook.codebook(project) == []
        stack.redo()
        assert "教育" in [c.name for c in codebook.codebook(project) if c.parent_id is None]
