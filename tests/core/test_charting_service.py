"""Charting: the matrix frames, presence rules, lazy evidence with pages, drafted summaries."""

from __future__ import annotations

import pytest

from frameworkqda.core import cases, charting, codebook, coding
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.store import create_project
from tests.core.engine_helpers import add_document


def test_matrix_shape_values_and_presence(project_location: str) -> None:
    with create_project(project_location, framework="mipex-local") as project:
        city = cases.add_case(project, "Hamamatsu")
        nation = cases.add_case(project, "Japan (national)")
        consult = codebook.resolve_code(project, "Health/Medical consultation service")
        info = codebook.resolve_code(project, "Health/Information in multiple languages")
        doc = add_document(project, "n", "医療通訳の相談", nation)
        coding.add_segment(project, doc, consult, 0, 4)
        coding.add_segment(project, doc, info, 0, 2)
        charting.set_cell(project, nation, info, value="no")  # researcher's No beats evidence
        charting.set_cell(project, city, info, value="Yes but  restricted", summary="要約")
        with pytest.raises(ValidationError, match="Partially"):
            charting.set_cell(project, city, info, value="Maybe")

        matrix = charting.build_matrix(project)
        assert list(matrix.summary.index) == ["Hamamatsu", "Japan (national)"]
        assert matrix.summary.shape == (2, 34)
        assert list(matrix.summary.columns.names) == ["theme", "measure"]
        column = ("Health", "Medical consultation service")
        assert matrix.present.loc["Japan (national)", column]  # evidence, no value
        assert not matrix.present.loc["Hamamatsu", column]
        info_col = ("Health", "Information in multiple languages")
        assert matrix.value.loc["Japan (national)", info_col] == "No"
        assert not matrix.present.loc["Japan (national)", info_col]
        assert matrix.evidence.loc["Japan (national)", info_col] == 1
        assert matrix.present.loc["Hamamatsu", info_col]
        cell = matrix.cells().loc["Hamamatsu", info_col]
        assert (cell.summary, cell.value, cell.present) == ("要約", "Yes but restricted", True)
        flipped = matrix.transposed()
        assert flipped.summary.shape == (34, 2)
        assert flipped.cells().loc[info_col, "Hamamatsu"].code_id == info
        assert flipped.theme_block("Health").summary.shape == (9, 2)
        charting.set_cell(project, nation, info, clear_value=True)
        assert charting.build_matrix(project).present.loc["Japan (national)", info_col]


def test_evidence_pages_and_draft_never_overwrites(project_location: str) -> None:
    with create_project(project_location) as project:
        case = cases.add_case(project, "Kawasaki")
        code = codebook.add_code(project, "Hate speech")
        text = "第一章　総則。" + "ヘイトスピーチを禁止する。" + "罰則を定める。"
        doc = add_document(project, "条例", text, case, pages=2)
        start = text.index("ヘイト")
        segment = coding.add_segment(project, doc, code, start, start + 13)
        coding.update_segment(project, segment, translation="prohibits hate speech")
        later = text.index("罰則")
        coding.add_segment(project, doc, code, later, later + 6)
        found = charting.evidence(project, case, code)
        assert [(e.quote, e.page) for e in found] == [
            ("ヘイトスピーチを禁止する。", 1),
            ("罰則を定める。"[:6], 2),
        ]
        draft = charting.draft_summary(found)
        assert (
            draft.splitlines()[1]
            == "「ヘイトスピーチを禁止する。」(条例, p. 1) [EN: prohibits hate speech]"
        )
        assert charting.draft_empty_summaries(project) == 1
        charting.set_cell(project, case, code, summary="My own words")
        assert charting.draft_empty_summaries(project) == 0
        assert charting.build_matrix(project).summary.iat[0, 0] == "My own words"
