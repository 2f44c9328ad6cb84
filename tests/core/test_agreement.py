"""Coding agreement between two coders: hand-worked examples, pooling, the CLI's table."""

from __future__ import annotations

import codecs
import csv
import io
from fractions import Fraction
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from docx.oxml.ns import qn
from docx.shared import Cm
from openpyxl import load_workbook

from frameworkqda.cli import main
from frameworkqda.core.agreement import Counts, coding_agreement, compare, csv_cells, merged
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.store import Project, create_project
from tests import writes
from tests.core.engine_helpers import add_document

# 20 characters; A codes [0, 8), B codes [3, 11): both 5, A only 3, B only 3, neither 9.
# p_o = 14/20 = 0.7; p_A = p_B = 0.4; p_e = 0.4·0.4 + 0.6·0.6 = 0.52;
# κ = (0.7 − 0.52) / (1 − 0.52) = 0.18 / 0.48 = 0.375.
TWENTY = "多文化共生の推進について外国人相談窓口を設置"[:20]


def test_kappa_0375_worked_by_hand() -> None:
    counts = compare(20, [(0, 8)], [(3, 11)])
    assert counts == Counts(both=5, neither=9, a_only=3, b_only=3)
    assert counts.agreement == Fraction(7, 10)
    assert counts.kappa == Fraction(3, 8)
    assert csv_cells_of(counts) == ("0.3750", "70.00", "25.00", "45.00", "15.00", "15.00")


def test_a_coder_who_coded_nothing() -> None:
    # B coded 5 of 20 characters, A none: agreement 75 %, and κ = 0 (p_e = 0.75 = p_o).
    counts = compare(20, [], [(0, 5)])
    assert counts == Counts(both=0, neither=15, a_only=0, b_only=5)
    assert counts.kappa == 0
    assert csv_cells_of(counts) == ("0.0000", "75.00", "0.00", "75.00", "0.00", "25.00")


def test_kappa_is_undefined_when_neither_coder_varies() -> None:
    for counts in (compare(10, [], []), compare(10, [(0, 10)], [(0, 10)])):
        assert counts.agreement == 1
        assert counts.kappa is None
        assert "neither coder varies" in counts.kappa_note
        assert csv_cells_of(counts)[0] == ""


def test_perfect_and_opposite_coding() -> None:
    assert compare(10, [(0, 4)], [(0, 4)]).kappa == 1
    assert compare(10, [(0, 5)], [(5, 10)]).kappa == -1


def test_one_coders_overlapping_segments_count_once() -> None:
    assert merged([(5, 9), (0, 3), (2, 6), (12, 14)]) == [(0, 9), (12, 14)]
    assert compare(20, [(0, 8), (2, 5), (4, 6)], [(3, 11)]) == compare(20, [(0, 8)], [(3, 11)])


def csv_cells_of(counts: Counts) -> tuple[str, ...]:
    from frameworkqda.core.agreement import AgreementRow

    return csv_cells(AgreementRow("c", "d", counts))[2:]


def _two_coders_study(project: Project) -> None:
    """Two documents, two codes; Hanako and Taro code them differently."""
    consultation = writes.add_code(project, "Consultation")
    writes.add_code(project, "Education")
    first = add_document(project, "hamamatsu.txt", TWENTY)
    second = add_document(project, "osaka.txt", "0123456789")
    add_document(project, "untouched.txt", "x" * 1000)  # nobody coded it: out of scope
    project.coder_name = "Hanako"
    writes.add_segment(project, first, consultation, 0, 8)
    writes.add_segment(project, second, consultation, 0, 5)
    project.coder_name = "Taro"
    writes.add_segment(project, first, consultation, 3, 11)
    writes.add_segment(project, second, consultation, 0, 5)  # the same range: allowed per coder


def test_project_rows_pool_by_code_and_overall(project_location: str) -> None:
    with create_project(project_location) as project:
        _two_coders_study(project)
        rows = coding_agreement(project, "Hanako", "Taro")
    assert [(row.code, row.document) for row in rows] == [
        ("Consultation", "hamamatsu.txt"),
        ("Consultation", "osaka.txt"),
        ("Consultation", "*"),
        ("*", "*"),
    ]
    assert rows[0].counts.kappa == Fraction(3, 8)
    assert rows[1].counts == Counts(both=5, neither=5)
    # pooled over 30 characters: both 10, neither 14, A only 3, B only 3
    assert rows[2].counts == Counts(both=10, neither=14, a_only=3, b_only=3)
    assert rows[3].counts == rows[2].counts  # Education was used by nobody


def test_unknown_or_same_coder_is_refused(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.fqda") as project:
        _two_coders_study(project)
        with pytest.raises(NotFoundError, match="Jiro"):
            coding_agreement(project, "Hanako", "Jiro")
        with pytest.raises(ValidationError):
            coding_agreement(project, "Hanako", "Hanako")


def test_cli_writes_csv_xlsx_and_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "study.fqda"
    with create_project(path) as project:
        _two_coders_study(project)
    assert main(["agreement", str(path), "--coders", "Hanako,Taro"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0] == [
        "code",
        "document",
        "kappa",
        "agreement",
        "a_and_b",
        "neither",
        "a_not_b",
        "b_not_a",
    ]
    assert table[1] == [
        "Consultation",
        "hamamatsu.txt",
        "0.3750",
        "70.00",
        "25.00",
        "45.00",
        "15.00",
        "15.00",
    ]
    assert [row[:2] for row in table[1:]] == [
        ["Consultation", "hamamatsu.txt"],
        ["Consultation", "osaka.txt"],
        ["Consultation", "*"],
        ["*", "*"],
    ]

    written = tmp_path / "agreement.csv"  # a file gets the mark Excel needs, stdout does not
    assert main(["agreement", str(path), "--coders", "Hanako,Taro", "-o", str(written)]) == 0
    assert (
        written.read_bytes() == codecs.BOM_UTF8 + "\n".join(map(",".join, table)).encode() + b"\n"
    )

    xlsx = tmp_path / "agreement.xlsx"
    assert main(["agreement", str(path), "--coders", "Hanako,Taro", "-o", str(xlsx)]) == 0
    sheet = load_workbook(xlsx).active
    assert [cell.value for cell in sheet[3]][:4] == ["Consultation", "hamamatsu.txt", 0.375, 70.0]

    docx = tmp_path / "agreement.docx"
    assert main(["agreement", str(path), "--coders", "Hanako,Taro", "-o", str(docx)]) == 0
    written = DocxDocument(str(docx))
    cells = [cell.text for cell in written.tables[0].rows[1].cells]
    assert cells[:3] == ["Consultation", "hamamatsu.txt", "0.3750"]
    section = written.sections[0]  # A4, with the matrix's fonts (an East-Asian one for names)
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (29.7, 21.0)
    fonts = written.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "IPAexMincho"

    assert main(["agreement", str(path), "--coders", "Hanako"]) == 1
    assert "two names" in capsys.readouterr().err


def test_xlsx_and_docx_are_laid_out_as_the_matrix_exports(tmp_path: Path) -> None:
    """They were all Calibri, no widths (a code ran into the next column), '' for empty
    figures, General numbers (0 and 62.5), the note in one unwrapped cell; DOCX portrait with
    equal columns breaking "agreem/ent"; headers the CSV's names (a_and_b)."""
    path = tmp_path / "study.fqda"
    with create_project(path) as project:
        _two_coders_study(project)
    xlsx, docx = tmp_path / "a.xlsx", tmp_path / "a.docx"
    argv = ["agreement", str(path), "--coders", "Hanako,Taro"]
    assert main([*argv, "-o", str(xlsx)]) == 0
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    header = [cell.value for cell in sheet[2]]
    assert header == [
        "Code",
        "Document",
        "κ",
        "Agreement %",
        "A and B %",
        "Neither %",
        "A not B %",
        "B not A %",
    ]
    fonts = {cell.font.name for row in sheet.iter_rows() for cell in row if cell.value is not None}
    assert fonts == {"Yu Gothic"}  # the matrix export's, which renders Japanese
    assert sheet.column_dimensions["A"].width >= 30 and sheet.column_dimensions["B"].width >= 15
    first = sheet[3]
    assert (first[2].number_format, first[3].number_format) == ("0.0000", "0.00")
    note = sheet.cell(sheet.max_row, 1)
    assert "Cohen's kappa" in str(note.value) and note.alignment.wrap_text
    assert f"A{sheet.max_row}:H{sheet.max_row}" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet.page_setup.orientation == "landscape"

    assert main([*argv, "--language", "ja", "-o", str(docx)]) == 0
    written = DocxDocument(str(docx))
    section = written.sections[0]
    assert section.page_width > section.page_height  # landscape, as the matrix's wide tables
    grid = written.tables[0]
    assert [c.text for c in grid.rows[0].cells][:4] == ["コード", "文書", "κ", "一致率 %"]
    widths = [column.width for column in grid.columns]
    assert widths[0] > widths[3] >= Cm(2.5)  # a header word fits its column: no "agreem/ent"
    run = grid.rows[1].cells[0].paragraphs[0].runs[0]
    assert run.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "IPAexMincho"
    assert written.paragraphs[-1].text.startswith("注：比べた文字数に対する割合")
