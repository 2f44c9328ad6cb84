"""Each coder's own charting of a cell travels through REFI-QDA: export → import → export."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from lxml import etree
from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.cell_agreement import charting_agreement
from frameworkqda.core.codebook import tree
from frameworkqda.core.exchange.refi import export_qdpx, import_qdpx, markers
from frameworkqda.core.store import Project, create_project, open_project
from tests.core.test_cell_agreement import _study

NS = {"q": "urn:QDA-XML:project:1.0"}


def chartings(project: Project) -> set[tuple[str, str, str, str, str]]:
    """(coder, case, code path, value, summary) of every coder's charting."""
    with project.session() as s:
        paths = {node.id: node.path for node in tree(s)}
        rows = s.execute(
            select(
                model.Coder.name,
                model.Case.name,
                model.ChartCell.code_id,
                model.ChartValue.label,
                model.CellCharting.summary,
            )
            .select_from(model.CellCharting)
            .join(model.ChartCell, model.ChartCell.id == model.CellCharting.cell_id)
            .join(model.Case, model.Case.id == model.ChartCell.case_id)
            .join(model.Coder, model.Coder.id == model.CellCharting.coder_id)
            .outerjoin(model.ChartValue, model.ChartValue.id == model.CellCharting.value_id)
        ).all()
    return {
        (coder, case, paths[code], value or "", text) for coder, case, code, value, text in rows
    }


def test_coders_chartings_round_trip(tmp_path: Path, project_schema: Any) -> None:
    with create_project(tmp_path / "study.fqda") as original:
        _study(original)
        export_qdpx(original, tmp_path / "first.qdpx")
        expected = chartings(original)
        kappa = charting_agreement(original, "Hanako", "Taro").overall.pairs
    assert len(expected) == 13  # six cells by both, one by Hanako only
    with zipfile.ZipFile(tmp_path / "first.qdpx") as archive:
        document = etree.fromstring(archive.read("project.qde"))
    assert project_schema.validate(document), project_schema.error_log
    # Taro wrote last, so the cells' own Notes carry Taro's; Hanako's six ride on their own
    own = document.xpath(
        "//q:Note[starts-with(q:Description, $marker)]",
        namespaces=NS,
        marker=markers.CODER_CHARTING,
    )
    assert len(own) == 6
    assert {note.findtext("q:PlainTextContent", namespaces=NS) for note in own} == {
        "Hanako: Yes",
        "Hanako: No",
        "Hanako: Partially",
    }

    report = import_qdpx(tmp_path / "first.qdpx", tmp_path / "copy.fqda")
    assert report.lost == [] and report.notes == [] and report.imported["memos"] == 0
    with open_project(tmp_path / "copy.fqda") as copy:
        assert chartings(copy) == expected
        assert charting_agreement(copy, "Hanako", "Taro").overall.pairs == kappa
        export_qdpx(copy, tmp_path / "second.qdpx")
    assert (tmp_path / "first.qdpx").read_bytes() == (tmp_path / "second.qdpx").read_bytes()
