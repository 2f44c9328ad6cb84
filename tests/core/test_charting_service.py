"""Charting: the matrix frames, presence rules, lazy evidence with pages, drafted summaries."""

from __future__ import annotations

import pytest

from frameworkqda.core import charting, codebook
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.store import create_project
from tests import writes
from tests.core.engine_helpers import add_document


def test_matrix_shape_values_and_presence(project_location: str) -> None:
    with create_project(project_location, framework="mipex-local") as project:
        city = writes.add_case(project, "Hamamatsu")
        nation = writes.add_case(project, "Japan (national)")
        consult = codebook.resolve_code(project, "Health/Medical consultation service")
        info = codebook.resolve_code(project, "Health/Information in multiple languages")
        doc = add_document(project, "n", "医療通訳の相談", nation)
        writes.add_segment(project, doc, consult, 0, 4)
        writes.add_segment(project, doc, info, 0, 2)
        writes.set_cell(project, nation, info, value="no")  # researcher's No beats evidence
        writes.set_cell(project, city, info, value="Yes but  restricted", summary="要約")
        with pytest.raises(ValidationError, match="Partially"):
            writes.set_cell(project, city, info, value="Maybe")

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
        writes.set_cell(project, nation, info, clear_value=True)
        assert charting.build_matrix(project).present.loc["Japan (national)", info_col]


def test_evidence_pages_and_draft_never_overwrites(project_location: str) -> None:
    with create_project(project_location) as project:
        case = writes.add_case(project, "Kawasaki")
        code = writes.add_code(project, "Hate speech")
        text = "第一章　総則。" + "ヘイトスピーチを禁止する。" + "罰則を定める。"
        doc = add_document(project, "条例", text, case, pages=2)
        start = text.index("ヘイト")
        segment = writes.add_segment(project, doc, code, start, start + 13)
        writes.update_segment(project, segment, translation="prohibits hate speech")
        later = text.index("罰則")
        writes.add_segment(project, doc, code, later, later + 6)
        found = charting.evidence(project, case, code)
        assert [(e.quote, e.page) for e in found] == [
            ("ヘイトスピーチを禁止する。", 1),
            ("罰則を定める。"[:6], 2),
        ]
        draft = charting.draft_summary(found)
        assert (
            draft.splitlines()[1]
            == "「ヘイトスピーチを禁止する。」（条例, p. 1） [EN: prohibits hate speech]"
        )
        assert writes.draft_empty_summaries(project) == 1
        writes.set_cell(project, case, code, summary="My own words")
        assert writes.draft_empty_summaries(project) == 0
        assert charting.build_matrix(project).summary.iat[0, 0] == "My own words"
