"""The charting engine as the matrix view drives it: cells with evidence, set/restore, drafts
(one cell, or every empty cell as one undoable step, cancellable), counts and ranks.

Moved here from the interim ``matrix_data`` contract's test when the GUI moved onto the engine.
"""

from __future__ import annotations

import math
import threading

import pytest
from sqlalchemy import event

from frameworkqda.core import charting, commands, mapping, model, workspace
from frameworkqda.core.jobs import JobCancelled
from frameworkqda.core.store import Project, create_project
from tests import writes


def _osaka_project(location: str) -> tuple[Project, int, int, int]:
    project = create_project(location, framework="mipex-local")
    osaka = writes.add_case(project, "Osaka")
    kawasaki = writes.add_case(project, "Kawasaki")
    with project.transaction() as session:
        session.add(
            model.Document(
                name="osaka",
                kind=model.DocumentKind.TEXT,
                sha256="0",
                text="𠮷の外国人市民会議を開く。",
                case_id=osaka,
            )
        )
    return project, osaka, kawasaki, workspace.documents(project)[0].id


def _column(matrix: charting.FrameworkMatrix, measure: str) -> int:
    labels = list(matrix.summary.columns.get_level_values(1))
    return matrix.code_ids[labels.index(measure)]


def test_matrix_cells_evidence_counts_and_ranks(project_location: str) -> None:
    project, osaka, kawasaki, doc = _osaka_project(project_location)
    with project:
        matrix = charting.build_matrix(project)
        assert matrix.case_names == ["Osaka", "Kawasaki"]
        assert list(matrix.case_ids) == [osaka, kawasaki]
        assert len(matrix.themes) == 5 and len(matrix.code_ids) > 30
        councils = _column(matrix, "Migrant councils")
        writes.add_segment(project, doc, councils, 2, 8)
        matrix = charting.build_matrix(project)
        col = matrix.code_ids.index(councils)
        assert matrix.evidence.iat[0, col] == 1 and matrix.summary.iat[0, col] == ""
        assert bool(matrix.present.iat[0, col])  # evidence and no value: present

        (item,) = charting.evidence(project, osaka, councils)
        assert item.quote == "外国人市民会"  # code points: 𠮷 is one
        draft = charting.draft_summary([item])
        assert draft.startswith("1 passage in osaka.") and "「外国人市民会」（osaka）" in draft
        assert charting.quote_line(item) == "「外国人市民会」（osaka）"
        assert charting.draft_summary([]) == ""
        # a researcher writing in Japanese gets the first line in Japanese, the quotes as they are
        japanese = charting.draft_summary([item, item], "ja")
        assert japanese.split("\n") == ["2 箇所（osaka）。", *2 * ["「外国人市民会」（osaka）"]]
        ja_plan = charting.plan_drafts(project, language="ja")
        assert [d.summary.split("\n")[0] for d in ja_plan] == ["1 箇所（osaka）。"]

        scale = charting.scale(project)
        yes = next(v for v in scale if v.label == "Yes")
        assert yes.present and yes.colour.startswith("#")
        before = writes.set_cell(project, osaka, councils, summary="council", value="Yes")
        assert not before.exists
        state = charting.cell_state(project, osaka, councils)
        assert (state.summary, state.value_id) == ("council", yes.id)
        with project.transaction() as session:
            charting.restore_cell_in(session, before)
        assert charting.cell_state(project, osaka, councils).exists is False
        assert charting.build_matrix(project).evidence.iat[0, col] == 1  # evidence stays

        writes.set_cell(project, osaka, councils, value="Yes")
        matrix = charting.build_matrix(project)
        education = matrix.code_ids[
            list(matrix.summary.columns.get_level_values(0)).index("Education")
        ]
        writes.set_cell(project, kawasaki, education, value="Yes")
        report = mapping.build_report(project, group=["Osaka"], group_label="Group average")
        table = report.counts.to_frame()
        assert table.loc["Political participation", "Osaka"] == 1
        assert table.loc["Total"][["Osaka", "Kawasaki"]].sum() == 2
        assert table.loc["Education", "Group average"] == 0
        assert str(table.loc["Average", "Kawasaki"]) == "0.2"  # 1 / 5 themes
        series = mapping.score_series(project)
        assert series and report.ranks is not None and report.ranks.series == series[0]
        ranked = report.ranks.frame
        assert list(ranked.columns[:4]) == ["count", "count rank", "score", "score rank"]
        assert len(ranked) == 5
        assert report.ranks.rho is not None and -1 <= report.ranks.rho <= 1
        assert not math.isnan(report.ranks.rho)


def test_evidence_counts_read_case_ids_through_a_materialised_cte(tmp_path) -> None:  # type: ignore[no-untyped-def]
    project, osaka, _, doc = _osaka_project(str(tmp_path / "cte.fqda"))
    with project:
        code = _column(charting.build_matrix(project), "Migrant councils")
        writes.add_segment(project, doc, code, 2, 8)
        statements: list[str] = []
        engine = project.engine

        def record(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
            statements.append(statement)

        event.listen(engine, "before_cursor_execute", record)
        try:
            matrix = charting.build_matrix(project)
        finally:
            event.remove(engine, "before_cursor_execute", record)
        counting = [s for s in statements if "count(*)" in s.lower() and "segments" in s]
        assert counting and all("AS MATERIALIZED" in s for s in counting), counting
        assert matrix.evidence.iat[0, matrix.code_ids.index(code)] == 1
        assert osaka in matrix.case_ids


def test_draft_every_empty_cell_as_one_undoable_step(project_location: str) -> None:
    project, osaka, kawasaki, doc = _osaka_project(project_location)
    with project:
        matrix = charting.build_matrix(project)
        councils = _column(matrix, "Migrant councils")
        officers = _column(matrix, "Hiring migrants as public officers")
        writes.add_segment(project, doc, councils, 2, 8)
        writes.add_segment(project, doc, officers, 0, 1)
        writes.set_cell(project, osaka, officers, summary="kept", value="No")

        seen: list[tuple[int, int]] = []
        drafts = charting.plan_drafts(
            project, progress=lambda done, total, _what: seen.append((done, total))
        )
        assert [(d.case_id, d.code_id) for d in drafts] == [(osaka, councils)]
        assert seen == [(1, 1)]
        cancel = threading.Event()
        cancel.set()
        with pytest.raises(JobCancelled):
            charting.plan_drafts(project, cancel=cancel)

        stack = commands.UndoStack(project)
        command = stack.push(commands.DraftSummaries(drafts))
        assert isinstance(command, commands.DraftSummaries) and command.count == 1
        assert charting.cell_state(project, osaka, councils).summary.startswith("1 passage")
        assert charting.cell_state(project, osaka, officers).summary == "kept"
        stack.undo()
        assert charting.cell_state(project, osaka, councils).exists is False
        stack.redo()
        assert "「外国人市民会」（osaka）" in charting.cell_state(project, osaka, councils).summary
        # a summary written meanwhile is never overwritten by a (re)played draft
        stack.undo()
        writes.set_cell(project, osaka, councils, summary="mine")
        assert commands.UndoStack(project).push(commands.DraftSummaries(drafts)).count == 0  # type: ignore[attr-defined]
        assert charting.cell_state(project, osaka, councils).summary == "mine"
        assert writes.draft_empty_summaries(project) == 0
        writes.set_cell(project, osaka, councils, summary="")
        assert writes.draft_empty_summaries(project) == 1
        assert kawasaki not in {d.case_id for d in drafts}
