"""Scale: thousands of cases build a report without warnings, and export in linear time."""

from __future__ import annotations

import warnings
from pathlib import Path

from docx import Document

from frameworkqda.core.exports.docx_export import export_docx
from frameworkqda.core.mapping import build_report
from tests.projects import charted_project


def test_three_thousand_cases_build_a_report_without_warnings(tmp_path: Path) -> None:
    project = charted_project(tmp_path / "big.fqda", 3000)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # pandas' PerformanceWarning fails the test
            report = build_report(project, series="Score")
    finally:
        project.close()
    assert report.ranks is not None
    frame = report.ranks.frame
    assert len([c for c in frame.columns if str(c).startswith("rank: ")]) == 3000
    assert frame["rank: City 2999"].notna().all()


def test_docx_table_of_many_cases_is_complete(tmp_path: Path) -> None:
    """The cell grid taken once per table still puts every value in its own cell."""
    project = charted_project(tmp_path / "wide.fqda", 60, summary="要約")
    try:
        report = build_report(project)
    finally:
        project.close()
    target = tmp_path / "wide.docx"
    export_docx(report, target, summaries=True)
    tables = Document(str(target)).tables[:10]  # the first theme: six cases a table
    assert all(len(t.rows) == 1 + 4 and len(t.columns) == 1 + 6 for t in tables)
    cases = [cell.text for t in tables for cell in t.rows[0].cells[1:]]
    assert cases == [f"City {n:04}" for n in range(60)]
    assert tables[-1].cell(4, 6).text.endswith("要約")
