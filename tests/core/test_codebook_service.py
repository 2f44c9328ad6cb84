"""Codebook service: paths, add, rename, move, merge, delete preview, CSV and XLSX files."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from frameworkqda.core import codebook, model
from frameworkqda.core.codebook_io import export_codebook
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.store import create_project
from tests import writes
from tests.core.engine_helpers import add_document


def test_paths_escape_slashes_and_resolve_both_ways(project_location: str) -> None:
    with create_project(project_location, framework="mipex-local") as project:
        escaped = "Anti-discrimination/Anti-hate-speech ordinance\\/law"
        code_id = codebook.resolve_code(project, escaped)
        assert codebook.resolve_code(project, escaped.replace("\\/", "/")) == code_id
        assert codebook.split_path(escaped) == [
            "Anti-discrimination",
            "Anti-hate-speech ordinance/law",
        ]
        with pytest.raises(NotFoundError):
            codebook.resolve_code(project, "Education/Nothing")


def test_add_rename_move_reorder(project_location: str) -> None:
    with create_project(project_location) as project:
        theme = writes.add_code(project, "Health", colour="#FF0000")
        first = writes.add_code(project, "Interpreters", parent_id=theme)
        second = writes.add_code(project, "Insurance", parent_id=theme, position=0)
        nodes = codebook.codebook(project)
        assert [n.path for n in nodes] == ["Health", "Health/Insurance", "Health/Interpreters"]
        assert nodes[1].colour == "#ff0000"  # inherited from the theme
        with pytest.raises(ValidationError):
            writes.add_code(project, "insurance", parent_id=theme)
        with pytest.raises(ValidationError):
            writes.add_code(project, "Bad", colour="red")
        writes.rename_code(project, first, "Medical interpreters")
        other = writes.add_code(project, "Education")
        writes.move_code(project, second, other, 0)
        assert [n.path for n in codebook.codebook(project)] == [
            "Health",
            "Health/Medical interpreters",
            "Education",
            "Education/Insurance",
        ]
        writes.move_code(project, other, None, 0)
        assert [n.name for n in codebook.codebook(project) if n.depth == 0] == [
            "Education",
            "Health",
        ]
        with pytest.raises(ValidationError):
            writes.move_code(project, other, second, 0)  # under its own child


def test_merge_moves_segments_cells_and_children(project_location: str) -> None:
    with create_project(project_location) as project:
        theme = writes.add_code(project, "Health")
        target = writes.add_code(project, "Interpreters", parent_id=theme)
        source = writes.add_code(project, "Medical interpreters", parent_id=theme)
        child = writes.add_code(project, "Hospitals", parent_id=source)
        case = writes.add_case(project, "Hamamatsu")
        doc = add_document(project, "plan", "医療通訳を派遣する。通訳者を養成する。", case)
        writes.add_segment(project, doc, target, 0, 4)
        writes.add_segment(project, doc, source, 0, 4)  # duplicate of the target's: dropped
        writes.add_segment(project, doc, source, 10, 13)
        writes.set_cell(project, case, source, summary="from source", value="Yes")
        writes.set_cell(project, case, target, summary="from target")
        preview = codebook.delete_preview(project, source)
        assert (preview.segments, preview.chart_cells, len(preview.code_ids)) == (2, 1, 2)
        assert writes.merge_codes(project, source, target) == 1
        with project.session() as session:
            ranges = session.execute(
                select(model.Segment.start, model.Segment.end).where(
                    model.Segment.code_id == target
                )
            ).all()
            cell = session.scalars(select(model.ChartCell)).one()
            assert session.get(model.Code, source) is None
            assert session.get(model.Code, child).parent_id == target  # type: ignore[union-attr]
        assert sorted(map(tuple, ranges)) == [(0, 4), (10, 13)]
        assert cell.code_id == target and cell.summary == "from target\n\nfrom source"
        assert cell.value_id is not None


def test_delete_removes_what_the_preview_said(project_location: str) -> None:
    with create_project(project_location, framework="mipex-local") as project:
        theme = codebook.resolve_code(project, "Health")
        measure = codebook.resolve_code(project, "Health/Medical consultation service")
        case = writes.add_case(project, "Osaka")
        doc = add_document(project, "d", "医療相談", case)
        writes.add_segment(project, doc, measure, 0, 2)
        writes.set_cell(project, case, measure, value="Yes")
        preview = codebook.delete_preview(project, theme)
        assert (len(preview.code_ids), preview.segments, preview.chart_cells) == (10, 1, 1)
        assert "1 coded segment," in preview.describe()
        writes.delete_code(project, theme)
        with project.session() as session:
            assert session.scalar(select(func.count()).select_from(model.Segment)) == 0
            assert session.scalar(select(func.count()).select_from(model.CodeScore).where(
                model.CodeScore.code_id == theme)) == 0  # fmt: skip
        positions = [n.position for n in codebook.codebook(project) if n.depth == 0]
        assert positions == [0, 1, 2, 3]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_file_round_trip(project_location: str, tmp_path: Path, suffix: str) -> None:
    with create_project(project_location, framework="mipex-local") as project:
        before = [(n.path, n.definition, n.colour) for n in codebook.codebook(project)]
        export_codebook(project, tmp_path / f"book{suffix}")
    with create_project(tmp_path / "other.fqda") as other:
        summary = writes.import_codebook(other, tmp_path / f"book{suffix}")
        assert summary.created == len(before)
        assert [(n.path, n.definition, n.colour) for n in codebook.codebook(other)] == before
        again = writes.import_codebook(other, tmp_path / f"book{suffix}")
        assert again.created == 0


def test_malformed_rows_are_named_and_nothing_is_written(
    project_location: str, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("path,definition,colour\nA/B,ok,#112233\n/x,,\nC,,#12\n", encoding="utf-8")
    with create_project(project_location) as project:
        with pytest.raises(ValidationError) as error:
            writes.import_codebook(project, bad)
        assert "row 3" in str(error.value) and "row 4" in str(error.value)
        assert codebook.codebook(project) == []
        (tmp_path / "nohead.csv").write_text("A/B\n", encoding="utf-8")
        with pytest.raises(ValidationError, match="row 1 must be a header"):
            writes.import_codebook(project, tmp_path / "nohead.csv")
        with pytest.raises(ValidationError, match="unknown codebook format"):
            writes.import_codebook(project, bad.rename(tmp_path / "bad.txt"))
