"""What a researcher typed comes out of every file as they typed it.

Found by reading our files back with other programs' readers (openpyxl, python-docx, lxml,
LibreOffice): XLSX made text beginning with ``=`` a formula and text beginning with a web
address a link; a vertical tab (Word's manual line break) in a summary stopped the DOCX and
HTML exports with a traceback and was dropped from REFI-QDA, joining two lines; a heading-only
code lost that through CSV and XLSX; a translucent colour was left out of ``.qdc``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import openpyxl
from lxml import etree, html

from frameworkqda.core import mapping, model, review, segment_table
from frameworkqda.core.codebook import codebook
from frameworkqda.core.codebook_io import export_codebook
from frameworkqda.core.exchange.refi.exporter import export_qdpx
from frameworkqda.core.exports import export_report
from frameworkqda.core.exports.xlsx_export import EXCEL_CELL_LIMIT
from frameworkqda.core.importers import import_documents
from frameworkqda.core.store import Project, create_project
from tests import writes

FORMULA_LIKE = "=== 要約：重要 ==="
LINK_FIRST = "https://www.city.osaka.lg.jp/ 出典。" + "多文化共生" * 500  # 2,535 characters
TWO_LINES = "一行目\x0b二行目"  # Word's Shift+Enter, pasted


def _charted(project: Project) -> tuple[int, int, int]:
    """Cases named like formulas, a measure too, three awkward summaries."""
    osaka = writes.add_case(project, "=Osaka")
    kawasaki = writes.add_case(project, "Kawasaki")
    theme = writes.add_code(project, "テーマA")
    measure = writes.add_code(project, "=SUM(1+1)", parent_id=theme)
    other = writes.add_code(project, "Other", parent_id=theme)
    writes.set_cell(project, osaka, measure, value="Yes", summary=FORMULA_LIKE)
    writes.set_cell(project, kawasaki, measure, value="No", summary=LINK_FIRST)
    writes.set_cell(project, osaka, other, value="Yes", summary=TWO_LINES)
    return osaka, measure, other


def test_the_matrix_in_every_format_holds_the_text_as_typed(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.fqda") as project:
        _charted(project)
        report = mapping.build_report(project)

    export_report(report, "xlsx", tmp_path / "m.xlsx")
    book = openpyxl.load_workbook(tmp_path / "m.xlsx")
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]  # no formula anywhere
    assert not [c.coordinate for c in cells if c.hyperlink is not None]  # nor a link
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert {"=Osaka", "=SUM(1+1)", FORMULA_LIKE, LINK_FIRST, "一行目\n二行目"} <= texts

    export_report(report, "docx", tmp_path / "m.docx", summaries=True)
    words = "\n".join(
        cell.text
        for table in docx.Document(str(tmp_path / "m.docx")).tables
        for row in table.rows
        for cell in row.cells
    )
    assert "Yes\n一行目\n二行目" in words and "=Osaka" in words

    export_report(report, "html", tmp_path / "m.html")
    root = html.parse(str(tmp_path / "m.html")).getroot()
    summary = next(td for td in root.iter("td") if "一行目" in td.text_content())
    assert summary.text == "一行目" and [br.tail for br in summary] == ["二行目"]  # a <br>
    assert FORMULA_LIKE in root.text_content()


def test_notes_and_summaries_keep_their_line_breaks_in_refi_qda(tmp_path: Path) -> None:
    text = tmp_path / "plan.txt"
    text.write_text("外国人住民の相談窓口を設置する。", encoding="utf-8")
    with create_project(tmp_path / "p.fqda") as project:
        _, _, other = _charted(project)
        (result,) = import_documents(project, [text])
        assert result.document_id is not None
        writes.add_segment(project, result.document_id, other, 0, 5, note="メモ\x0bの続き")
        export_qdpx(project, tmp_path / "p.qdpx")
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        tree = etree.fromstring(archive.read("project.qde"))
        files = [archive.read(n).decode() for n in archive.namelist() if n.endswith(".txt")]
    # the segment's note is its selection's Description; the summary its Note's text file
    descriptions = [e.text for e in tree.iter("{*}Description")]
    assert "メモ\nの続き" in descriptions and "一行目\n二行目" in files


def test_review_rows_written_to_xlsx_stay_text(tmp_path: Path) -> None:
    text = tmp_path / "plan.txt"
    text.write_text("=外国人住民の相談窓口を設置する。", encoding="utf-8")
    with create_project(tmp_path / "p.fqda") as project:
        code = writes.add_code(project, "相談")
        (result,) = import_documents(project, [text])
        assert result.document_id is not None
        writes.add_segment(project, result.document_id, code, 0, 8, note="=SUM(A1)")
        table = segment_table.table_rows(project, review.segment_rows(project))
    segment_table.write_table(table, tmp_path / "r.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    assert sheet is not None
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert {"=外国人住民の相", "=SUM(A1)"} <= {c.value for c in cells}


def test_a_cell_past_excels_limit_shows_its_cut(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.fqda") as project:
        osaka, measure, _ = _charted(project)
        writes.set_cell(project, osaka, measure, summary="あ" * 35_000)
        export_report(mapping.build_report(project), "xlsx", tmp_path / "m.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "m.xlsx").worksheets[0]
    longest = max(
        (c.value for r in sheet.iter_rows() for c in r if isinstance(c.value, str)), key=len
    )
    assert len(longest) == EXCEL_CELL_LIMIT and longest.endswith("あ…")


def test_the_codebook_round_trip_keeps_names_headings_and_colours(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.fqda") as project:
        top = writes.add_code(project, "=Top", definition="=desc here")
        writes.add_code(project, "施策", parent_id=top, colour="#00ff0080")
        with project.transaction() as session:
            heading = session.get(model.Code, top)
            assert heading is not None
            heading.codable = False
        before = [(n.path, n.definition, n.colour, n.codable) for n in codebook(project)]
        for suffix in (".csv", ".xlsx"):
            export_codebook(project, tmp_path / f"c{suffix}")
        export_codebook(project, tmp_path / "c.qdc")
    for suffix in (".csv", ".xlsx"):
        with create_project(tmp_path / f"back{suffix}.fqda") as copy:
            writes.import_codebook(copy, tmp_path / f"c{suffix}")
            after = [(n.path, n.definition, n.colour, n.codable) for n in codebook(copy)]
        assert after == before, suffix
    qdc = etree.parse(str(tmp_path / "c.qdc")).getroot()
    colours = {code.get("name"): code.get("color") for code in qdc.iter("{*}Code")}
    assert colours["施策"] == "#00ff00"  # REFI-QDA has no alpha: the colour without it


def test_a_theme_sheets_rows_are_tall_enough_for_their_summaries(tmp_path: Path) -> None:
    """LibreOffice does not fit rows on opening: a summary of three paragraphs showed one."""
    with create_project(tmp_path / "p.fqda") as project:
        osaka = writes.add_case(project, "Osaka")
        theme = writes.add_code(project, "Health")
        three = writes.add_code(project, "Consultation", parent_id=theme)
        one = writes.add_code(project, "Interpreters", parent_id=theme)
        writes.set_cell(project, osaka, three, value="Yes", summary="相談窓口\n平日のみ\n英語")
        writes.set_cell(project, osaka, one, value="Yes", summary="Weekdays.")
        export_report(mapping.build_report(project), "xlsx", tmp_path / "m.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "m.xlsx").worksheets[0]
    heights = {
        row[0].value: sheet.row_dimensions[row[0].row].height for row in sheet.iter_rows(min_row=4)
    }
    assert heights["Consultation"] == 3 * heights["Interpreters"] > 0
