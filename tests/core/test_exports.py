"""Exports through ``core/exports`` (the CLI's and the GUI's writers) and their preview.

Kept from the interim ``table_export`` test: a Japanese case name, numbers that stay numbers
in XLSX, the same cells in DOCX and CSV, a refused format. New: the preview the export dialog
shows is what the file holds.
"""

from __future__ import annotations

import csv
import warnings
from pathlib import Path

import docx
import openpyxl
import pytest

from frameworkqda.core import charting, mapping
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.exports import FORMATS, carries_summaries, export_report
from frameworkqda.core.exports.preview import preview
from frameworkqda.core.exports.tables import report_tables
from frameworkqda.core.mapping import Report
from frameworkqda.core.store import create_project
from tests import writes


def _report(tmp_path: Path) -> Report:
    with create_project(tmp_path / "e.fqda", framework="mipex-local") as project:
        hamamatsu = writes.add_case(project, "浜松")
        writes.add_case(project, "Kawasaki")
        matrix = charting.build_matrix(project)
        themes = list(matrix.summary.columns.get_level_values(0))
        for code in [c for c, t in zip(matrix.code_ids, themes, strict=True) if t == "Education"][
            :3
        ]:
            writes.set_cell(project, hamamatsu, code, value="Yes", summary="就学促進")
        return mapping.build_report(project, group=["浜松", "Kawasaki"], group_label="Both")


def test_formats_agree_and_preview_is_what_is_written(tmp_path: Path) -> None:
    report = _report(tmp_path)

    (counts,) = preview(report, "xlsx", "counts")
    assert counts.header == ["Theme", "浜松", "Kawasaki", "Both"]
    education = next(row for row in counts.rows if row[0] == "Education")
    assert education == ["Education", "3", "0", "1.5"]
    export_report(report, "xlsx", tmp_path / "t.xlsx", view="counts")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx")["Counts"]
    values = {row[0]: list(row[1:]) for row in sheet.iter_rows(min_row=3, values_only=True)}
    assert values["Education"] == [3, 0, 1.5]  # numbers stay numbers
    assert [c.value for c in sheet[2]] == counts.header

    export_report(report, "docx", tmp_path / "t.docx", view="counts")
    table = docx.Document(str(tmp_path / "t.docx")).tables[0]
    assert [[c.text for c in row.cells] for row in table.rows] == [counts.header, *counts.rows]

    (written,) = preview(report, "csv", "counts")
    export_report(report, "csv", tmp_path / "t.csv", view="counts")
    with (tmp_path / "t.csv").open(encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle)) == [written.header, *written.rows]
    assert written.rows[1][:3] == ["Education", "3", "0"]

    tables = preview(report, "docx", "cells", summaries=True)
    assert [t.caption for t in tables][:2] == [
        "Table 1. Anti-discrimination: measures by case",
        "Table 2. Education: measures by case",
    ]
    export_report(report, "docx", tmp_path / "m.docx", summaries=True)
    grid = docx.Document(str(tmp_path / "m.docx")).tables[1]
    assert [[c.text for c in row.cells] for row in grid.rows] == [tables[1].header, *tables[1].rows]
    assert tables[1].rows[0][1] == "Yes\n就学促進"
    xlsx_tables = preview(report, "xlsx", "cells")
    assert xlsx_tables[1].header[:3] == ["Measure", "浜松: value", "浜松: summary"]

    # A4, as journals and formats.md ask (python-docx's own template is US Letter): portrait
    # for the counts, landscape with summaries; read back from the file's section
    for name, (width, height) in (("t.docx", (21.0, 29.7)), ("m.docx", (29.7, 21.0))):
        section = docx.Document(str(tmp_path / name)).sections[0]
        assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (
            width,
            height,
        )

    with pytest.raises(ValidationError):
        export_report(report, "pdf", tmp_path / "t.pdf")
    with pytest.raises(ValidationError):
        preview(report, "pdf")


def test_each_view_chooses_and_numbers_its_tables_once(tmp_path: Path) -> None:
    report = _report(tmp_path)
    cells = report_tables(report, "cells")
    numbers = [t.number for t in cells.themes]
    assert numbers == list(range(1, len(numbers) + 1))
    assert cells.counts is not None and cells.counts.number == len(numbers) + 1
    counts = report_tables(report, "counts")
    assert (counts.themes, counts.ranks, counts.rho) == ([], None, None)
    assert counts.counts is not None and counts.counts.number == 1
    assert report_tables(report, "ranks").counts is None


def test_one_rule_says_which_formats_carry_summaries() -> None:
    assert [f for f in FORMATS if carries_summaries(f, asked=False)] == ["xlsx", "html"]
    assert [f for f in FORMATS if carries_summaries(f, asked=True)] == ["xlsx", "docx", "html"]


def test_a_ranking_by_a_group_says_which_cases_its_mean_is_over(tmp_path: Path) -> None:
    """The GUI names its group "Group average"; the rank table's note said only "Count:
    Group average." and its CSV "count", so a reader could not tell a mean over two cities
    from a total over all cases. Both now name the cases."""
    report = _report(tmp_path)
    assert report.ranks is not None, "the template's MIPEX scores rank the themes"
    ranks = report_tables(report, "ranks", "en").ranks
    assert ranks is not None and ranks.header[1] == "Count (Both)"
    assert ranks.note.startswith("Count: Both (mean over 浜松, Kawasaki). Score: ")
    export_report(report, "csv", tmp_path / "r.csv", view="ranks")
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle))
    assert header[:2] == ["theme", "count: Both (mean over 浜松, Kawasaki)"]
    japanese = report_tables(report, "ranks", "ja").ranks
    assert japanese is not None and japanese.note.startswith(
        "施策数：Both（浜松、Kawasakiの平均）。"
    )


def test_an_export_cancelled_while_written_leaves_the_target_as_it_was(tmp_path: Path) -> None:
    """The GUI's Cancel: a cancel asked while the file was written keeps the old file."""
    import threading

    from frameworkqda.core.jobs import JobCancelled

    report = _report(tmp_path)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "matrix"  # no suffix: each format may be written under it
    target.write_bytes(b"the researcher's earlier file")
    cancel = threading.Event()
    cancel.set()
    for fmt in ("xlsx", "docx", "csv", "html"):
        with pytest.raises(JobCancelled, match="not written"):
            export_report(report, fmt, target, view="counts", cancel=cancel)
        assert target.read_bytes() == b"the researcher's earlier file"
    assert [p.name for p in folder.iterdir()] == ["matrix"]  # no temporary file left
    export_report(report, "docx", target, view="counts", cancel=threading.Event())
    assert docx.Document(str(target)).tables  # not cancelled: written


class _CancelAfter:
    """Cancel pressed after the writer has looked ``looks`` times (the GUI's is an Event)."""

    def __init__(self, looks: int) -> None:
        self.looks = 0
        self._allowed = looks

    def is_set(self) -> bool:
        self.looks += 1
        return self.looks > self._allowed


def test_a_cancel_stops_the_writer_between_tables_not_once_the_file_is_done(
    tmp_path: Path,
) -> None:
    """Writing a big matrix took seconds, and Cancel only acted once the file was done: the
    writer now looks between its theme tables, so it stops at the next one."""
    from frameworkqda.core.jobs import JobCancelled

    report = _report(tmp_path)
    themes = len(report_tables(report, "cells").themes)
    assert themes > 3
    for fmt in ("xlsx", "docx", "html"):
        target = tmp_path / f"m.{fmt}"
        cancel = _CancelAfter(looks=1)  # pressed while the first theme table was written
        with pytest.raises(JobCancelled, match="not written"):
            export_report(report, fmt, target, cancel=cancel)
        assert cancel.looks == 2, fmt  # it stopped at the second table, not after the last
        assert not target.exists()


def test_a_study_of_many_cases_gets_theme_tables_a_page_wide(tmp_path: Path) -> None:
    """40 cases in one DOCX theme table made columns of 0.49 cm (a value one letter a line)
    that LibreOffice laid out for minutes: past a page's width the cases go into several
    tables, each with the measures beside them, read back with python-docx."""
    with create_project(tmp_path / "many.fqda", framework="mipex-local") as project:
        cases = [writes.add_case(project, f"City {n:02}") for n in range(1, 15)]
        matrix = charting.build_matrix(project)
        writes.set_cell(project, cases[-1], matrix.code_ids[0], value="Yes", summary="窓口")
        report = mapping.build_report(project)
    export_report(report, "docx", tmp_path / "m.docx", summaries=True)
    document = docx.Document(str(tmp_path / "m.docx"))
    first_theme = [t for t in document.tables if t.rows[0].cells[0].text == "Measure"][:3]
    assert [len(t.columns) for t in first_theme] == [6, 6, 5]  # 5 + 5 + 4 cases, not 6 + 6 + 2
    assert [t.rows[0].cells[1].text for t in first_theme] == ["City 01", "City 06", "City 11"]
    captions = [p.text for p in document.paragraphs if "(cases " in p.text]
    assert captions[:3] == [
        f"Table 1. Anti-discrimination: measures by case (cases {part} of 14)"
        for part in ("1–5", "6–10", "11–14")
    ]
    last = first_theme[2]
    assert last.rows[1].cells[4].text.startswith("Yes") and "窓口" in last.rows[1].cells[4].text


def test_xlsx_group_means_are_exact_under_a_printed_format(tmp_path: Path) -> None:
    """The group column held the printed means (0.8 and 0.3 for 0.75 and 0.25): a SUM over it
    gave 1.1 against the Total of 1.0. The cells keep the exact mean, shown to 0.1."""
    with create_project(tmp_path / "g.fqda", framework="mipex-local") as project:
        cases = [writes.add_case(project, name) for name in ("A", "B", "C", "D")]
        matrix = charting.build_matrix(project)
        themes = list(matrix.summary.columns.get_level_values(0))
        by_theme: dict[str, list[int]] = {}
        for code, theme in zip(matrix.code_ids, themes, strict=True):
            by_theme.setdefault(theme, []).append(code)
        for code in by_theme["Education"][:3]:
            writes.set_cell(project, cases[0], code, value="Yes")
        writes.set_cell(project, cases[0], by_theme["Health"][0], value="Yes")
        report = mapping.build_report(project, group=["A", "B", "C", "D"], group_label="All")
    export_report(report, "xlsx", tmp_path / "c.xlsx", view="counts")
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx").worksheets[0]
    header = [cell.value for cell in sheet[2]]
    column = header.index("All") + 1
    rows = {sheet.cell(r, 1).value: sheet.cell(r, column) for r in range(3, sheet.max_row + 1)}
    assert rows["Education"].value == 0.75 and rows["Education"].number_format == "0.0"
    assert rows["Health"].value == 0.25
    themes_sum = sum(rows[t].value for t in by_theme if t in rows)
    assert themes_sum == rows["Total"].value == 1.0


def test_counts_and_ranks_of_many_cases_are_split_with_numbers_on_one_line(
    tmp_path: Path,
) -> None:
    """The counts of 40 cases went into one DOCX table of 41 columns (0.55 cm each: a city's
    name a letter a line, "10" as "1" over "0"): past a page's width the number tables are
    split as the theme tables are (at most 12 cases a table), the themes beside each part,
    every number cell ``w:noWrap`` and each column wider than its heading's longest word."""
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    from PIL import ImageFont

    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")
    if not font.is_file():
        pytest.skip(f"{font}: not installed")
    sagamihara = ImageFont.truetype(str(font), 80).getlength("Sagamihara") / 10  # points at 8
    with create_project(tmp_path / "many.fqda", framework="mipex-local") as project:
        cases = [writes.add_case(project, f"Sagamihara {n:02}") for n in range(1, 41)]
        matrix = charting.build_matrix(project)
        for code in matrix.code_ids[:12]:
            writes.set_cell(project, cases[0], code, value="Yes")
        report = mapping.build_report(project)
    export_report(report, "docx", tmp_path / "counts.docx", view="counts")
    export_report(report, "docx", tmp_path / "ranks.docx", view="ranks")
    # "順位：Sagamihara 01": a Latin name after Japanese is kept whole too
    export_report(report, "docx", tmp_path / "ranks-ja.docx", view="ranks", language="ja")
    for name in ("counts.docx", "ranks.docx", "ranks-ja.docx"):
        document = docx.Document(str(tmp_path / name))
        assert len(document.tables) > 1, name
        shown: list[str] = []
        for table in document.tables:
            heading = [cell.text for cell in table.rows[0].cells]
            assert heading[0] == ("テーマ" if name == "ranks-ja.docx" else "Theme")
            assert len(table.columns) <= 12 + 1, (name, len(table.columns))
            themes = [row.cells[0].text for row in table.rows[1:3]]
            assert themes == ["Anti-discrimination", "Education"]  # beside every part
            shown += [h for h in heading[1:] if "Sagamihara" in h]
            grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
            widths = [int(column.get(qn("w:w"))) * 635 for column in grid]  # twips to EMU
            for row in table.rows[1:]:
                assert all(c._tc.tcPr.find(qn("w:noWrap")) is not None for c in row.cells[1:])
            for text, width in zip(heading[1:], widths[1:], strict=True):
                # "Sagamihara" whole on a line: as wide as DejaVu Serif Bold sets it at 8 pt
                # (LibreOffice's Times New Roman where it is missing), with the cell margins
                if "Sagamihara" in text:
                    assert width - Cm(0.38) >= Pt(sagamihara), (name, text, width)
        assert len(shown) == 40, name  # every case once, in order
        assert shown[0].endswith("Sagamihara 01") and shown[-1].endswith("Sagamihara 40")
    counts = docx.Document(str(tmp_path / "counts.docx"))
    captions = [p.text for p in counts.paragraphs if p.text.startswith("Table 1.")]
    assert captions[0].endswith(f"(cases 1–{len(counts.tables[0].columns) - 1} of 40)")
    assert captions[-1].endswith("–40 of 40)")
    notes = [p.text for p in counts.paragraphs if p.text.startswith("Note.")]
    assert len(notes) == 1  # once, under the last part


def test_a_project_without_cases_exports_in_every_format(tmp_path: Path) -> None:
    """A new project, its documents coded but no case made yet: `matrix -o chart.docx` ended
    in a ZeroDivisionError traceback (the counts table had no case column to split); each
    format writes its tables of themes alone."""
    with create_project(tmp_path / "new.fqda", framework="mipex") as project:
        report = mapping.build_report(project)
    for fmt in FORMATS:
        target = tmp_path / f"chart.{fmt}"
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # XLSX: "Can't merge single cell" on stderr
            export_report(report, fmt, target)
        assert target.stat().st_size > 0, fmt
    export_report(report, "docx", tmp_path / "counts.docx", view="counts")
    (counts,) = docx.Document(str(tmp_path / "counts.docx")).tables
    assert [cell.text for cell in counts.rows[0].cells] == ["Theme"]
