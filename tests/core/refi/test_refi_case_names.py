"""Our own export of a project made before the one rule for case names (``case_names``), which
may hold "Osaka" and "osaka" with a chart cell each on one code: imported, the two are one
case, and the second cell, which that case already has, is reported, not a failed import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from frameworkqda.core import model, tables
from frameworkqda.core.exchange.refi import export_qdpx, import_qdpx
from frameworkqda.core.store import create_project, open_project
from tests import writes
from tests.core.refi.test_refi_roundtrip import _validate


def test_two_cells_of_cases_now_one_keep_the_first_and_report_the_other(
    tmp_path: Path, project_schema: Any
) -> None:
    with create_project(tmp_path / "old.fqda", framework="empty") as project:
        osaka = writes.add_case(project, "Osaka")
        with project.begin() as connection:  # as a project made before the rule could hold
            connection.execute(insert(tables.cases).values(name="osaka", position=1))
        with project.session() as s:
            lower = s.scalars(select(model.Case.id).where(model.Case.name == "osaka")).one()
        code = writes.add_code(project, "Consultation")
        writes.set_cell(project, osaka, code, summary="Ward offices answer in 5 languages.")
        writes.set_cell(project, lower, code, summary="A helpline.")
        export_qdpx(project, tmp_path / "old.qdpx")
    _validate(project_schema, tmp_path / "old.qdpx")
    report = import_qdpx(tmp_path / "old.qdpx", tmp_path / "new.fqda")
    assert report.notes == [
        "case 'osaka' taken as the case 'Osaka' before it: names differing only in letter case "
        "or spacing are one case here, so its documents, values and memos are that case's"
    ]
    assert report.lost == [
        "chart cell 'osaka × Consultation': the case 'Osaka' its case is taken as has a chart "
        "cell on this code already"
    ]
    with open_project(tmp_path / "new.fqda") as project, project.session() as s:
        assert s.scalars(select(model.Case.name)).all() == ["Osaka"]
        assert s.scalars(select(model.ChartCell.summary)).all() == [
            "Ward offices answer in 5 languages."
        ]
