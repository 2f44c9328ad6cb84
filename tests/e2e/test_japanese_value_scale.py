"""A Japanese project's value scale is in Japanese (issue 17), and everything that goes by the
labels takes them: the ``cell`` verb and ``cell --from``, the matrix and its counts, the
XLSX / DOCX / CSV exports (read back with openpyxl, python-docx and csv) and a REFI-QDA round
trip. Same order, colours and "counts as present" as the English scale."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from openpyxl import load_workbook
from sqlalchemy import select

from frameworkqda.cli import main
from frameworkqda.core import model
from frameworkqda.core.default_scale import DEFAULT_VALUE_SCALE
from frameworkqda.core.store import open_project
from tests.e2e.test_cli_bulk import write_csv

JA = ("あり", "一部あり", "あり（制限付き）", "なし", "記載なし")


def _scale(location: str) -> list[tuple[str, bool, str]]:
    with open_project(location) as project, project.session() as session:
        values = session.scalars(select(model.ChartValue).order_by(model.ChartValue.position))
        return [(v.label, v.counts_as_present, v.colour) for v in values]


def _measures(location: str, theme: str) -> list[str]:
    """``theme/measure`` paths of a theme's measures, in codebook order."""
    with open_project(location) as project, project.session() as session:
        parent = session.scalars(select(model.Code).where(model.Code.name == theme)).one()
        children = session.scalars(
            select(model.Code)
            .where(model.Code.parent_id == parent.id)
            .order_by(model.Code.position)
        )
        return [f"{theme}/{child.name}" for child in children]


def _cells(location: str) -> dict[tuple[str, str], str | None]:
    with open_project(location) as project, project.session() as session:
        rows = session.execute(
            select(model.Case.name, model.Code.name, model.ChartValue.label)
            .select_from(model.ChartCell)
            .join(model.Case, model.ChartCell.case_id == model.Case.id)
            .join(model.Code, model.ChartCell.code_id == model.Code.id)
            .outerjoin(model.ChartValue, model.ChartCell.value_id == model.ChartValue.id)
        )
        return {(case, code): label for case, code, label in rows}


def test_a_new_japanese_project_has_the_scale_in_japanese(project_location: str) -> None:
    assert main(["new", project_location, "--language", "ja"]) == 0
    scale = _scale(project_location)
    assert [label for label, _, _ in scale] == list(JA)
    assert [rest for _, *rest in scale] == [[p, c] for _, p, c in DEFAULT_VALUE_SCALE]


def test_japanese_labels_chart_count_export_and_exchange(
    project_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study = project_location
    assert main(["new", study, "--framework", "mipex-local", "--language", "ja"]) == 0
    for city in ("浜松市", "川崎市"):
        assert main(["case", "add", study, city]) == 0
    education = _measures(study, "教育")
    assert len(education) >= 4
    # the verb: a label as the scale spells it, and one typed with ASCII brackets
    assert main(["cell", study, "--case", "浜松市", "--code", education[0], "--value", "あり"]) == 0
    assert main(["cell", study, "--case", "浜松市", "--code", education[1],
                 "--value", "あり(制限付き)"]) == 0  # fmt: skip
    assert main(["cell", study, "--case", "浜松市", "--code", education[2], "--value", "Yes"]) == 1
    assert "あり, 一部あり, あり（制限付き）, なし, 記載なし" in capsys.readouterr().err
    rows = [["case", "code", "value", "summary"]]
    rows.append(["川崎市", education[0], "一部あり", "多言語の案内"])
    rows.append(["川崎市", education[1], "なし", ""])
    rows.append(["川崎市", education[2], "記載なし", ""])
    rows.append(["浜松市", education[2], "なし", ""])
    assert main(["cell", study, "--from", str(write_csv(tmp_path / "cells.csv", rows))]) == 0
    capsys.readouterr()
    measure = {path: path.split("/")[1] for path in education}
    charted = {
        ("浜松市", measure[education[0]]): "あり",
        ("浜松市", measure[education[1]]): "あり（制限付き）",
        ("浜松市", measure[education[2]]): "なし",
        ("川崎市", measure[education[0]]): "一部あり",
        ("川崎市", measure[education[1]]): "なし",
        ("川崎市", measure[education[2]]): "記載なし",
    }
    assert _cells(study) == charted

    # counts: あり, あり（制限付き）, 一部あり count as present; なし and 記載なし do not
    assert main(["matrix", study, "--view", "counts"]) == 0
    header, *themes = csv.reader(io.StringIO(capsys.readouterr().out))
    by_case = dict(zip(header, next(row for row in themes if row[0] == "教育"), strict=True))
    assert (by_case["浜松市"], by_case["川崎市"]) == ("2", "1")

    # the exports carry the labels, read back by independent readers
    assert main(["matrix", study, "--format", "csv", "-o", str(tmp_path / "m.csv")]) == 0
    with (tmp_path / "m.csv").open(encoding="utf-8-sig", newline="") as handle:
        exported = {cell for row in csv.reader(handle) for cell in row}
    assert set(charted.values()) <= exported
    assert main(["matrix", study, "--format", "xlsx", "-o", str(tmp_path / "m.xlsx")]) == 0
    sheets = load_workbook(tmp_path / "m.xlsx").worksheets
    in_xlsx = {c.value for sheet in sheets for row in sheet.iter_rows() for c in row}
    assert set(charted.values()) <= in_xlsx
    assert main(["matrix", study, "--format", "docx", "-o", str(tmp_path / "m.docx")]) == 0
    tables = DocxDocument(str(tmp_path / "m.docx")).tables
    in_docx = {c.text for t in tables for row in t.rows for c in row.cells}
    assert set(charted.values()) <= in_docx

    # a REFI-QDA round trip keeps the scale and every cell's value
    archive = tmp_path / "study.qdpx"
    assert main(["export-qdpx", study, "-o", str(archive)]) == 0
    copy = str(tmp_path / "copy.fqda")
    assert main(["import-qdpx", copy, str(archive)]) == 0
    assert _scale(copy) == _scale(study)
    assert _cells(copy) == charted
