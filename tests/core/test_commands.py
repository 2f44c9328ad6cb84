"""Undoable commands: apply, revert and apply again give the same rows with the same ids."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from frameworkqda.core import charting, codebook, coding, commands, model
from frameworkqda.core.store import Project, create_project, open_project
from tests import writes
from tests.core.engine_helpers import add_document


def state(project: Project) -> dict[str, Any]:
    """Everything a codebook or coding change can touch, as comparable tuples."""
    with project.session() as session:
        return {
            "codes": sorted(
                (c.id, c.parent_id, c.name, c.position, c.definition, c.colour)
                for c in session.scalars(select(model.Code))
            ),
            "segments": sorted(
                (s.id, s.document_id, s.code_id, s.start, s.end, s.note, s.translation)
                for s in session.scalars(select(model.Segment))
            ),
            "cells": sorted(
                (c.id, c.case_id, c.code_id, c.summary, c.value_id)
                for c in session.scalars(select(model.ChartCell))
            ),
            "scores": sorted(
                (s.code_id, s.series, s.value) for s in session.scalars(select(model.CodeScore))
            ),
            "memos": sorted(
                (m.id, m.text, m.code_id, m.cell_id, m.segment_id)
                for m in session.scalars(select(model.Memo))
            ),
        }


def test_autocode_is_one_undoable_step(project_location: str) -> None:
    with create_project(project_location) as project:
        code = writes.add_code(project, "Consultation")
        add_document(project, "a", "相談窓口と相談員。")
        add_document(project, "b", "ｿｳﾀﾞﾝ")
        stack = commands.UndoStack(project)
        empty = state(project)
        command = stack.push(commands.Autocode("相談", code))
        assert isinstance(command, commands.Autocode) and command.count == 2
        after = state(project)
        identities = _segment_identities(project)
        assert len(identities) == 2 and all(guid and coding for _, guid, coding in identities)
        stack.undo()
        assert state(project) == empty
        stack.redo()
        assert state(project) == after
        assert _segment_identities(project) == identities  # same ids, same REFI-QDA GUIDs


def _segment_identities(project: Project) -> list[tuple[Any, ...]]:
    query = select(model.Segment.id, model.Segment.guid, model.Segment.coding_guid)
    with project.session() as session:
        return [tuple(row) for row in session.execute(query.order_by(model.Segment.id))]


def test_segment_and_cell_commands(project_location: str) -> None:
    with create_project(project_location) as project:
        code = writes.add_code(project, "Hate speech")
        case = writes.add_case(project, "Kawasaki")
        doc = add_document(project, "d", "ヘイトスピーチ禁止", case)
        stack = commands.UndoStack(project)
        empty = state(project)
        add = stack.push(commands.AddSegment(doc, code, 0, 7, note="n"))
        assert isinstance(add, commands.AddSegment)
        assert add.segment_id is not None
        stack.push(commands.UpdateSegment(add.segment_id, end=9, translation="ban"))
        with project.transaction() as session:
            session.add(model.Memo(text="memo on segment", segment_id=add.segment_id))
        stack.push(commands.SetCell(case, code, summary="draft", value="Partially"))
        stack.push(commands.SetCell(case, code, value="Yes"))
        full = state(project)
        stack.push(commands.DeleteSegment(add.segment_id))
        stack.undo()
        assert state(project) == full  # segment and its memo are back
        stack.undo()
        assert charting.build_matrix(project).value.iat[0, 0] == "Partially"
        stack.undo()
        assert state(project)["cells"] == []
        stack.undo()
        assert coding.get_segment(project, add.segment_id).end == 7
        stack.undo()  # removing the segment again takes the memo added outside the stack
        assert state(project)["segments"] == empty["segments"]
        assert stack.undo() is None
        for _ in range(4):
            stack.redo()
        assert state(project)["cells"] == full["cells"]
        assert state(project)["segments"] == full["segments"]


def test_codebook_commands_restore_everything(project_location: str) -> None:
    with create_project(project_location, framework="mipex-local") as project:
        case = writes.add_case(project, "Osaka")
        doc = add_document(project, "d", "医療相談と医療通訳", case)
        source = codebook.resolve_code(project, "Health/Medical consultation service")
        target = codebook.resolve_code(project, "Health/Mental-health consultation service")
        theme = codebook.resolve_code(project, "Health")
        writes.add_segment(project, doc, source, 0, 4)
        writes.add_segment(project, doc, target, 0, 4)
        writes.set_cell(project, case, source, summary="S", value="Yes")
        writes.set_cell(project, case, target, summary="T")
        with project.transaction() as session:
            session.add(model.Memo(text="on code", code_id=source))
        stack = commands.UndoStack(project)
        original = state(project)

        steps: list[commands.Command] = [
            commands.AddCode("Interpreters", parent_id=theme, position=0),
            commands.UpdateCode(source, name="Medical consultation", definition="d"),
            commands.MoveCode(target, None, 0),
            commands.MergeCodes(source, target),
            commands.DeleteCode(theme),
        ]
        snapshots = []
        for step in steps:
            stack.push(step)
            snapshots.append(state(project))
        merge = steps[3]
        assert isinstance(merge, commands.MergeCodes) and merge.moved == 0
        for expected in reversed([original, *snapshots[:-1]]):
            stack.undo()
            assert state(project) == expected
        for expected in snapshots:
            stack.redo()
            assert state(project) == expected


def test_coding_and_charting_from_csv_are_one_undoable_step_each(
    project_location: str, tmp_path: Path
) -> None:
    with create_project(project_location, language="ja") as project:
        theme = writes.add_code(project, "教育")
        code = writes.add_code(project, "相談窓口", parent_id=theme)
        kawasaki = writes.add_case(project, "川崎市")
        writes.add_case(project, "浜松市")
        add_document(project, "d", "外国人市民の相談窓口を設けている。", kawasaki)
        writes.set_cell(project, kawasaki, code, summary="前の要約", value="なし")
        segments = tmp_path / "segments.csv"
        segments.write_text(
            "document,start,end,code,coder\nd,0,5,教育/相談窓口,aiko\nd,6,10,教育/相談窓口,\n",
            encoding="utf-8",
        )
        cells = tmp_path / "cells.csv"
        cells.write_text(
            "case,code,value,summary\n川崎市,教育/相談窓口,あり,窓口あり\n浜松市,教育/相談窓口,記載なし,\n",
            encoding="utf-8",
        )
        stack = commands.UndoStack(project)
        before = state(project)
        code_rows = stack.push(commands.CodeFromCsv(segments))
        assert isinstance(code_rows, commands.CodeFromCsv) and code_rows.count == 2
        chart_rows = stack.push(commands.ChartFromCsv(cells))
        assert isinstance(chart_rows, commands.ChartFromCsv) and chart_rows.count == 2
        after = state(project)
        assert len(after["segments"]) == 2
        assert {(c[3], c[4] is not None) for c in after["cells"]} == {
            ("窓口あり", True),
            ("", True),
        }
        stack.undo()
        assert state(project)["cells"] == before["cells"]  # the old cell back, the new one gone
        stack.undo()
        assert state(project) == before
        stack.redo()
        stack.redo()
        assert state(project) == after  # the same rows with the same ids


def test_undoing_a_codebook_change_keeps_what_another_coder_did_since(
    project_location: str, tmp_path: Path
) -> None:
    """Hanako renames a code; Taro, in his own program, codes with it, adds a code of his own
    and codes with that, and renames another. Hanako's undo put the whole codebook back as it
    was: Taro's code and both his passages were deleted without a word, his rename reverted.
    Now the undo puts back her rename only, and an undo that would delete his work says so."""
    with create_project(project_location, framework="mipex-local") as hanako:
        hanako.coder_name = "Hanako"
        doc = add_document(hanako, "d", "医療相談と医療通訳と多言語の案内")
        renamed = codebook.resolve_code(hanako, "Health/Medical consultation service")
        other = codebook.resolve_code(hanako, "Health/Mental-health consultation service")
        theme = codebook.resolve_code(hanako, "Health")
        stack = commands.UndoStack(hanako)
        stack.push(commands.UpdateCode(renamed, name="Medical consultation"))
        added = stack.push(commands.AddCode("Interpreters", parent_id=theme))
        assert isinstance(added, commands.AddCode) and added.code_id is not None

        with open_project(project_location) as taro:
            taro.coder_name = "Taro"
            writes.add_segment(taro, doc, renamed, 0, 4)
            own = writes.add_code(taro, "Signs in many languages", parent_id=theme)
            writes.add_segment(taro, doc, own, 9, 15)
            writes.add_segment(taro, doc, added.code_id, 5, 9)  # on Hanako's new code
            with taro.transaction() as session:
                session.get(model.Code, other).name = "Mental health"  # type: ignore[union-attr]
        theirs = state(hanako)

        assert added.overwrites(hanako) == (  # undoing the add would delete his passage
            "1 coded passage, cell, memo or code saved since on the codes it removes would be "
            "deleted"
        )
        stack.undo()  # the new code goes, and the passage he coded with it
        stack.undo()  # her rename
        now = state(hanako)
        names = {code[0]: code[2] for code in now["codes"]}
        assert names[renamed] == "Medical consultation service"  # her rename undone
        assert names[other] == "Mental health" and names[own] == "Signs in many languages"
        assert added.code_id not in names
        assert {s[2:5] for s in now["segments"]} == {(renamed, 0, 4), (own, 9, 15)}
        stack.redo()
        assert {code[0]: code[2] for code in state(hanako)["codes"]}[renamed] == (
            "Medical consultation"
        )
        stack.redo()
        assert added.code_id in {code[0] for code in state(hanako)["codes"]}
        assert len(state(hanako)["segments"]) == len(theirs["segments"]) - 1


def test_undoing_a_value_keeps_a_summary_someone_wrote_since(project_location: str) -> None:
    """'Undo anyway' on a value set, after Taro had written the cell's summary: the undo put
    the whole cell back and wiped his summary, though the step had set only the value."""
    with create_project(project_location) as project:
        case = writes.add_case(project, "Osaka")
        code = writes.add_code(project, "Consultation")
        step = commands.SetCell(case, code, value="Yes")
        step.apply(project)
        with open_project(project_location) as other:
            other.coder_name = "Taro"
            commands.SetCell(case, code, summary="週1回の相談窓口").apply(other)
        step.revert(project)
        cell = charting.cell_edit(project, case, code)
        assert (cell.value, cell.summary) == (None, "週1回の相談窓口")
        step.apply(project)  # and redo sets the value again, the summary still his
        cell = charting.cell_edit(project, case, code)
        assert (cell.value, cell.summary) == ("Yes", "週1回の相談窓口")


def test_a_code_added_as_a_heading_only_is_one_step_and_redo_keeps_it_so(tmp_path: Path) -> None:
    """``codebook add --heading-only``: the code is added a heading only in the same step, so
    one undo takes it away and redo brings it back as it was added, with its id."""
    with create_project(tmp_path / "p.fqda") as project:
        stack = commands.UndoStack(project)
        added = stack.push(commands.AddCode("Indicators", codable=False))
        assert isinstance(added, commands.AddCode) and added.code_id is not None

        def heading_only() -> list[tuple[int, str, bool]]:
            return [(n.id, n.name, not n.codable) for n in codebook.codebook(project)]

        assert heading_only() == [(added.code_id, "Indicators", True)]
        stack.undo()
        assert heading_only() == []
        stack.redo()
        assert heading_only() == [(added.code_id, "Indicators", True)]
