"""The matrix contract the GUI reads: cells with evidence, set/restore, drafts, counts, ranks."""

from __future__ import annotations

import math

from frameworkqda.core import cases, coding, matrix_data, model, workspace
from frameworkqda.core.store import create_project


def test_matrix_cells_evidence_counts_and_ranks(project_location: str) -> None:
    with create_project(project_location, framework="mipex-local") as project:
        osaka = cases.add_case(project, "Osaka")
        kawasaki = cases.add_case(project, "Kawasaki")
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
        doc = workspace.documents(project)[0]
        data = matrix_data.load_matrix(project)
        assert [n for _, n in data.cases] == ["Osaka", "Kawasaki"]
        themes = list(dict.fromkeys(m.theme for m in data.measures))
        assert len(themes) == 5 and len(data.measures) > 30
        measure = next(m for m in data.measures if m.name == "Migrant councils")
        coding.add_segment(project, doc.id, measure.id, 2, 8)
        cells = matrix_data.load_matrix(project).cells
        assert cells.loc[(osaka, measure.id), "evidence"] == 1
        assert cells.loc[(osaka, measure.id), "summary"] == ""

        (row,) = matrix_data.evidence(project, osaka, measure.id)
        assert row.text == "外国人市民会"
        assert "「外国人市民会」 (osaka)" in matrix_data.auto_draft(project, osaka, measure.id)

        yes = next(v for v in data.values if v.label == "Yes")
        before = matrix_data.set_cell(
            project, osaka, measure.id, summary="council", value_id=yes.id
        )
        assert not before.exists
        cell = matrix_data.load_matrix(project).cells.loc[(osaka, measure.id)]
        assert (cell["summary"], cell["value_id"]) == ("council", yes.id)
        matrix_data.restore_cell(project, before)
        assert (osaka, measure.id) in matrix_data.load_matrix(project).cells.index  # evidence
        assert matrix_data.cell_state(project, osaka, measure.id).exists is False

        matrix_data.set_cell(project, osaka, measure.id, value_id=yes.id)
        edu = next(m for m in data.measures if m.theme == "Education")
        matrix_data.set_cell(project, kawasaki, edu.id, value_id=yes.id)
        table = matrix_data.counts(project, group=[osaka])
        assert table.loc["Political participation", "Osaka"] == 1
        assert table.loc["Total", "Total"] == 2
        assert table.loc["Education", "Average"] == 0.5
        assert table.loc["Education", "Group average"] == 0
        series = matrix_data.score_series(project)
        assert series
        ranked, rho = matrix_data.ranks(project, series[0])
        assert set(ranked.columns) == {"Count", "Rank by count", "Score", "Rank by score"}
        assert len(ranked) == 5 and -1 <= rho <= 1 and not math.isnan(rho)
