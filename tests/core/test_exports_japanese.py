"""Exports in Japanese: captions, header labels, notes and the Total/Average rows read as a
Japanese paper prints them (``core/exports/wording.py``), the data as it is; each file read
back by its own independent reader (openpyxl, python-docx, csv)."""

from __future__ import annotations

import codecs
import csv
import math
import textwrap
import unicodedata
from pathlib import Path

import docx
import openpyxl
import pandas
import pytest

from frameworkqda.core import mapping
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.exports import export_report
from frameworkqda.core.exports.preview import preview
from frameworkqda.core.exports.wording import PHRASES
from frameworkqda.core.store import open_project
from tests.core.test_exports import _report


def test_xlsx_in_japanese(tmp_path: Path) -> None:
    report = _report(tmp_path)
    export_report(report, "xlsx", tmp_path / "t.xlsx", language="ja")
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    counts = book["件数"]
    title = str(counts["A1"].value)
    assert title.startswith("表") and title.endswith(" テーマ別・ケース別の施策数")
    assert [c.value for c in counts[2]] == ["テーマ", "浜松", "Kawasaki", "Both"]
    rows = {row[0]: list(row[1:]) for row in counts.iter_rows(min_row=3, values_only=True)}
    assert rows["Education"] == [3, 0, 1.5]  # data and numbers untouched
    assert rows["合計"][:2] == [3, 0] and "平均" in rows and "Total" not in rows
    notes = [str(row[0]) for row in counts.iter_rows(values_only=True) if row[0]]
    assert any(n.startswith("注：実施されている施策の数（「あり」とみなす値：") for n in notes)
    assert any("Bothは浜松、Kawasakiの平均" in n for n in notes)
    # under its default name the group column says what it is: the note does not say it again
    # (「浜松、Kawasakiの平均は浜松、Kawasakiの平均」)
    with open_project(tmp_path / "e.fqda", read_only=True) as project:
        report = mapping.build_report(project, group=["浜松", "Kawasaki"], language="ja")
    export_report(report, "xlsx", tmp_path / "d.xlsx", language="ja")
    counts = openpyxl.load_workbook(tmp_path / "d.xlsx")["件数"]
    assert [c.value for c in counts[2]][-1] == "浜松、Kawasakiの平均"
    notes = [str(row[0]) for row in counts.iter_rows(values_only=True) if row[0]]
    assert not any("の平均は" in n for n in notes)
    assert any(n.startswith("出典：FrameworkQDA プロジェクト「") for n in notes)
    education = book["Education"]
    assert str(education["A1"].value).endswith(" Education：ケース別の施策")
    assert [education["A2"].value, education["B3"].value, education["C3"].value] == [
        "施策",
        "値",
        "要約",
    ]


def test_docx_in_japanese(tmp_path: Path) -> None:
    report = _report(tmp_path)
    export_report(report, "docx", tmp_path / "t.docx", view="counts", language="ja")
    document = docx.Document(str(tmp_path / "t.docx"))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == f"フレームワーク分析：{report.project_name}"
    assert "表1 テーマ別・ケース別の施策数" in paragraphs
    # the title upright: italic Japanese is slanted by Word, not a typeface of its own
    caption = next(p for p in document.paragraphs if p.text.startswith("表1"))
    assert [run.italic for run in caption.runs] == [None, False]
    assert any(p.startswith("注：実施されている施策の数") for p in paragraphs)
    table = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert table[0] == ["テーマ", "浜松", "Kawasaki", "Both"]
    assert [row[0] for row in table[-2:]] == ["合計", "平均"]
    (shown,) = preview(report, "docx", "counts", language="ja")
    assert table == [shown.header, *shown.rows]  # the dialog previews the Japanese file


def test_csv_in_japanese(tmp_path: Path) -> None:
    report = _report(tmp_path)
    export_report(report, "csv", tmp_path / "c.csv", view="counts", language="ja")
    with (tmp_path / "c.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["テーマ", "浜松", "Kawasaki", "Both"]
    assert [row[0] for row in rows[-2:]] == ["合計", "平均"]
    export_report(report, "csv", tmp_path / "m.csv", view="cells", language="ja")
    with (tmp_path / "m.csv").open(encoding="utf-8-sig", newline="") as handle:
        header, first, *_ = list(csv.reader(handle))
    assert header == ["ケース", "テーマ", "施策", "値", "あり", "証拠", "要約", "下書き"]
    assert first[4] in ("true", "false")  # a value for programs, kept


def test_csv_files_carry_the_mark_excel_needs(tmp_path: Path) -> None:
    """Excel reads a CSV file without a byte-order mark in the system's code page (CP932 on
    Japanese Windows: 浜松 came out as 豬懈収); every table we write to a file carries the
    mark and \\n line ends, and pandas (an independent reader) reads the names right."""
    report = _report(tmp_path)
    for view in ("cells", "counts", "ranks"):
        target = tmp_path / f"{view}.csv"
        export_report(report, "csv", target, view=view, language="ja")
        data = target.read_bytes()
        assert data.startswith(codecs.BOM_UTF8) and b"\r" not in data, view
        data[3:].decode("utf-8")  # UTF-8 after the mark
        assert pandas.read_csv(target).columns[0] in ("ケース", "テーマ"), view


def test_english_is_the_default_and_unchanged(tmp_path: Path) -> None:
    report = _report(tmp_path)
    export_report(report, "csv", tmp_path / "a.csv", view="counts")
    export_report(report, "csv", tmp_path / "b.csv", view="counts", language="en")
    text = (tmp_path / "a.csv").read_bytes()
    assert text == (tmp_path / "b.csv").read_bytes()
    assert text.decode().splitlines()[-2:][0].startswith("Total,")
    (counts,) = preview(report, "xlsx", "counts")
    assert counts.caption.startswith("Table ") and counts.caption.endswith(
        ". Number of measures present by theme and case"
    )


def test_every_phrase_has_both_languages_and_an_unknown_one_is_refused(tmp_path: Path) -> None:
    assert PHRASES["en"].keys() == PHRASES["ja"].keys()
    with pytest.raises(ValidationError, match="choose one of en, ja"):
        export_report(_report(tmp_path), "csv", tmp_path / "x.csv", language="de")
    assert not (tmp_path / "x.csv").exists()


def test_html_in_japanese(tmp_path: Path) -> None:
    from lxml import html

    report = _report(tmp_path)
    export_report(report, "html", tmp_path / "t.html", view="counts", language="ja")
    page = html.parse(str(tmp_path / "t.html")).getroot()
    assert page.get("lang") == "ja"
    assert page.findtext(".//h1") == f"フレームワーク分析：{report.project_name}"
    assert page.find(".//caption").text_content() == "表1 テーマ別・ケース別の施策数"
    labels = [th.text_content() for th in page.findall(".//tbody/tr/th")]
    assert labels[-2:] == ["合計", "平均"]


def _two_line_report(tmp_path: Path) -> mapping.Report:
    """浜松 and Kawasaki, a summary of two lines (a meeting's note under its decision)."""
    from frameworkqda.core import charting
    from frameworkqda.core.store import create_project
    from tests import writes

    with create_project(tmp_path / "l.fqda", framework="mipex-local") as project:
        hamamatsu = writes.add_case(project, "浜松市")
        writes.add_case(project, "川崎市")
        matrix = charting.build_matrix(project)
        themes = list(matrix.summary.columns.get_level_values(0))
        codes = [c for c, t in zip(matrix.code_ids, themes, strict=True) if t == "Education"]
        writes.set_cell(project, hamamatsu, codes[0], value="Yes", summary=TWO_LINES)
        return mapping.build_report(project, language="ja")


TWO_LINES = "外国人市民共生審議会を設置。\n委員20名（うち外国人市民8名）"


def test_html_keeps_a_summarys_line_breaks_as_a_renderer_shows_them(
    tmp_path: Path, qapp: object
) -> None:
    """`<td class="s">…。\\n委員20名…</td>`: a browser folds the line end into a space, the
    summary's two lines ran together. Each line break is now a <br>."""
    from lxml import html
    from PySide6.QtGui import QTextDocument

    report = _two_line_report(tmp_path)
    export_report(report, "html", tmp_path / "m.html", language="ja")
    source = (tmp_path / "m.html").read_text(encoding="utf-8")
    cell = next(td for td in html.fromstring(source).iter("td") if "委員20名" in td.text_content())
    assert cell.get("class") == "s"
    assert [cell.text, *(br.tail for br in cell)] == TWO_LINES.split("\n")
    document = QTextDocument()  # a real HTML renderer: Qt's rich text
    document.setHtml(source)
    shown = document.toPlainText()
    assert "外国人市民共生審議会を設置。\n委員20名" in shown  # a line break, not a space
    assert "設置。 委員" not in shown and "設置。委員" not in shown


def test_no_japanese_text_is_set_in_italics_and_every_note_is_marked_a_note(
    tmp_path: Path,
) -> None:
    """The XLSX's notes (legend and 出典 rows) were italic, and the HTML's captions; italic
    Japanese is a slanted fake. Japanese text is now upright in every format; an English
    caption keeps the APA italics unless it holds Japanese (a theme's name). The XLSX's
    notes lacked the 「注：」 the DOCX and HTML put before them."""
    from lxml import html

    report = _two_line_report(tmp_path)
    for language in ("ja", "en"):
        xlsx, docx_path = tmp_path / f"{language}.xlsx", tmp_path / f"{language}.docx"
        page = tmp_path / f"{language}.html"
        for fmt, target in (("xlsx", xlsx), ("docx", docx_path), ("html", page)):
            export_report(report, fmt, target, language=language)
        note = PHRASES[language]["note"]
        book = openpyxl.load_workbook(xlsx)
        for sheet in book:
            cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
            assert not [c.coordinate for c in cells if c.font.i], (language, sheet.title)
            notes = [c.value for c in cells if c.row > 3 and c.font.sz == 9]
            assert len(notes) == 2 and notes[0].startswith(note), (sheet.title, notes)
            assert notes[1].startswith(PHRASES[language]["source"][:3])
        document = docx.Document(str(docx_path))
        italic = [r.text for p in document.paragraphs for r in p.runs if r.italic]
        root = html.parse(str(page)).getroot()
        slanted = [i.text_content() for i in root.iter("i")]
        if language == "ja":
            assert italic == [] and slanted == []
        else:  # English captions in italics, but not one naming a Japanese theme
            assert "Number of measures present by theme and case" in italic
            assert "Number of measures present by theme and case" in slanted
            assert not [t for t in italic + slanted if any(ord(c) > 0x2E80 for c in t)]
        docx_notes = [p.text for p in document.paragraphs if p.text.startswith(note)]
        html_notes = [p.text_content() for p in root.iter("p") if p.get("class") == "note"]
        assert docx_notes == [n for n in html_notes if n.startswith(note)]
        xlsx_notes = [
            c.value
            for sheet in book
            for row in sheet.iter_rows()
            for c in row
            if isinstance(c.value, str) and c.value.startswith(note)
        ]
        assert xlsx_notes == docx_notes  # the same notes, in the same words, in each


def test_every_format_heads_a_cases_rank_column_as_a_rank(tmp_path: Path) -> None:
    """The XLSX, DOCX and HTML ranks tables headed a case's rank column 浜松市 alone, beside
    施策数: a reader took the ranks for counts. The CSV said 順位：浜松市; now they all do."""
    from lxml import html

    report = _two_line_report(tmp_path)
    for language, heads in (("ja", ["順位：浜松市", "順位：川崎市"]),
                            ("en", ["Rank: 浜松市", "Rank: 川崎市"])):  # fmt: skip
        for fmt in ("xlsx", "docx", "html", "csv"):
            export_report(report, fmt, tmp_path / f"r.{fmt}", view="ranks", language=language)
        sheet = openpyxl.load_workbook(tmp_path / "r.xlsx").active
        in_xlsx = [c.value for c in sheet[2]]
        in_docx = [c.text for c in docx.Document(str(tmp_path / "r.docx")).tables[0].rows[0].cells]
        root = html.parse(str(tmp_path / "r.html")).getroot()
        in_html = [th.text_content() for th in root.find(".//thead").iter("th")]
        with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as handle:
            in_csv = next(csv.reader(handle))
        (shown,) = preview(report, "xlsx", "ranks", language=language)
        for header in (in_xlsx, in_docx, in_html, shown.header):
            assert header[-2:] == heads, (language, header)
            assert "浜松市" not in header
        assert in_csv[-2:] == [h.lower() if language == "en" else h for h in heads]


def _column_widths(sheet: openpyxl.worksheet.worksheet.Worksheet) -> dict[int, float]:
    """Each column's width, one column at a time (a file groups equal columns in one range)."""
    widths: dict[int, float] = {}
    for dimension in sheet.column_dimensions.values():
        for column in range(dimension.min, dimension.max + 1):
            widths[column] = dimension.width
    return widths


def _lines_needed(text: str, width: float) -> int:
    """Lines a header wraps to in a column ``width`` characters wide, less two for the cell's
    margins and bold type: English breaks between words, Japanese between any characters."""
    usable = int(width) - 2
    if all(unicodedata.east_asian_width(c) not in "WF" for c in text):
        return len(textwrap.wrap(text, usable, break_long_words=True))
    columns = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return math.ceil(columns / usable)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_counts_and_ranks_headers_fit_their_cells(tmp_path: Path, language: str) -> None:
    """A heading "Count (Total over all cases)" in a column 8.7 wide wrapped to four lines in
    a row two lines tall: LibreOffice clipped it top and bottom, into the caption above."""
    report = _report(tmp_path)
    assert report.ranks is not None
    export_report(report, "xlsx", tmp_path / "t.xlsx", language=language)
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    for sheet in book.worksheets[-2:]:
        widths = _column_widths(sheet)
        height = sheet.row_dimensions[2].height
        for cell in sheet[2]:
            assert cell.alignment.wrap_text, (sheet.title, cell.value)
            width = widths.get(cell.column, 8.43)
            lines = _lines_needed(str(cell.value), width)
            assert height >= 13 * lines, (sheet.title, cell.value, width, height)
