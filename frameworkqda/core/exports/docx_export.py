"""DOCX export (python-docx): journal tables with captions, notes and Japanese-capable fonts.

Each table is a three-rule table (rules above and below the header, one at the foot), caption
above and a source line below, as journals print them. Runs name an East-Asian font
(``w:eastAsia``) so Japanese renders in Word and LibreOffice; the font table gives Windows
fallbacks (MS Mincho / MS Gothic) for machines without the IPAex fonts.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Length, Pt

from frameworkqda.core.atomic import atomic_path, write_whole
from frameworkqda.core.exports.tables import (
    CASES_PER_TABLE,
    Checkpoint,
    Number,
    NumberTable,
    ThemeTable,
    caption_in_italics,
    go_on,
    legend,
    report_tables,
    source_line,
)
from frameworkqda.core.exports.wording import words
from frameworkqda.core.mapping import Report
from frameworkqda.core.numbers import format_number
from frameworkqda.core.text.xml_safe import xml_safe

LATIN_FONT = "Times New Roman"
EAST_ASIAN_FONT = "IPAexMincho"
FALLBACKS = {"IPAexMincho": "MS Mincho", "IPAexGothic": "MS Gothic"}
A4 = (Cm(21.0), Cm(29.7))  # width, height (portrait)
CASES_WITH_SUMMARIES = 6  # cases beside their summaries in one theme table


def _set_fonts(element: object, size: float | None = None) -> None:
    """Give a style's or run's properties Latin and East-Asian fonts and Japanese language."""
    rpr = element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attribute), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    fonts.set(qn("w:hint"), "eastAsia")
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-GB")
    lang.set(qn("w:eastAsia"), "ja-JP")


def _add_font_fallbacks(document: object) -> None:
    """Declare the East-Asian fonts with Windows alternatives in word/fontTable.xml."""
    part = document.part  # type: ignore[attr-defined]
    for rel in part.rels.values():
        if rel.reltype.endswith("/fontTable"):
            table = rel.target_part
            break
    else:
        return
    from lxml import etree

    root = etree.fromstring(table.blob)
    for name, alternative in FALLBACKS.items():
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), name)
        alt = etree.SubElement(font, qn("w:altName"))
        alt.set(qn("w:val"), alternative)
        charset = etree.SubElement(font, qn("w:charset"))
        charset.set(qn("w:val"), "80")  # SHIFTJIS_CHARSET: tells Word the script
        family = etree.SubElement(font, qn("w:family"))
        family.set(qn("w:val"), "roman" if "Mincho" in name else "modern")
    table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _border(cell: object, edge: str, size: int) -> None:
    tcpr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    borders = tcpr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tcpr.append(borders)
    line = OxmlElement(f"w:{edge}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(size))
    line.set(qn("w:space"), "0")
    line.set(qn("w:color"), "000000")
    borders.append(line)


def _no_borders(table: object) -> None:
    tblpr = table._tbl.tblPr  # type: ignore[attr-defined]
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "nil")
        borders.append(line)
    tblpr.append(borders)


def _write(
    cell: object, text: str, *, bold: bool = False, align: str = "left", size: float = 9.5
) -> None:
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.alignment = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
    }[align]
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    _set_fonts(run._r)


def _caption(document: object, number: int | None, caption: str, language: str) -> None:
    """The caption above a table: "Table 1." in bold then the title (no number: the title)."""
    paragraph = document.add_paragraph()  # type: ignore[attr-defined]
    paragraph.paragraph_format.space_before = Pt(12)
    paragraph.paragraph_format.space_after = Pt(4)
    paragraph.paragraph_format.keep_with_next = True
    runs = []
    if number is not None:
        label = paragraph.add_run(words(language, "table", number=number))
        label.bold = True
        runs.append(label)
    text = paragraph.add_run(caption)
    text.italic = caption_in_italics(caption, language)  # never Japanese text
    for run in (*runs, text):
        _set_fonts(run._r)


def _note(document: object, text: str) -> None:
    paragraph = document.add_paragraph()  # type: ignore[attr-defined]
    paragraph.paragraph_format.space_after = Pt(2)
    run = paragraph.add_run(text)
    run.font.size = Pt(8.5)
    _set_fonts(run._r)


def _cells(table: object) -> list[tuple[Any, ...]]:
    """The table's cells by row and column, taken once: python-docx's ``table.cell(r, c)``
    and ``column.cells`` walk the whole table on every call, which made a matrix export
    grow with the square of its cases."""
    return [row.cells for row in table.rows]  # type: ignore[attr-defined]


def _rules(table: object, cells: list[tuple[Any, ...]], header_rows: int = 1) -> None:
    """Journal rules: thick above the header, thin below it, thick at the foot."""
    _no_borders(table)
    for col in range(len(cells[0])):
        _border(cells[0][col], "top", 12)
        _border(cells[header_rows - 1][col], "bottom", 6)
        _border(cells[-1][col], "bottom", 12)


def _repeat_header(row: object) -> None:
    trpr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def _theme_table(document: object, table: ThemeTable, report: Report, summaries: bool) -> None:
    """A theme's measures × cases; past a page's width of cases, one table per group of them
    (the measures again beside each): 40 cases made columns of 0.49 cm, a value's letters one
    per line, and a file LibreOffice laid out for minutes."""
    language = table.language
    most = CASES_WITH_SUMMARIES if summaries else CASES_PER_TABLE
    total = len(table.cases)
    parts = max(1, -(-total // most))
    width = -(-total // parts) if total else most  # as even as may be: 7 + 6, not 12 + 1
    for first in range(0, max(total, 1), width):
        part = table if total <= width else _cases_part(table, first, first + width)
        caption = table.caption if part is table else words(
            language, "cases part", caption=table.caption, first=first + 1,
            last=min(first + width, total), total=total,
        )  # fmt: skip
        _theme_grid(document, part, caption, report, summaries, notes=first + width >= total)


def _cases_part(table: ThemeTable, start: int, stop: int) -> ThemeTable:
    return replace(
        table,
        cases=table.cases[start:stop],
        values=[row[start:stop] for row in table.values],
        summaries=[row[start:stop] for row in table.summaries],
        present=[row[start:stop] for row in table.present],
    )


def _theme_grid(
    document: object,
    table: ThemeTable,
    caption: str,
    report: Report,
    summaries: bool,
    *,
    notes: bool,
) -> None:
    language = table.language
    _caption(document, table.number, caption, language)
    grid = document.add_table(rows=1 + len(table.measures), cols=1 + len(table.cases))  # type: ignore[attr-defined]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = _cells(grid)
    _write(cells[0][0], words(language, "Measure"), bold=True)
    for i, case in enumerate(table.cases, start=1):
        _write(cells[0][i], case, bold=True, align="center")
    _repeat_header(grid.rows[0])
    for m, measure in enumerate(table.measures, start=1):
        _write(cells[m][0], measure)
        for i in range(len(table.cases)):
            cell = cells[m][i + 1]
            _write(cell, table.values[m - 1][i], align="center")
            summary = table.summaries[m - 1][i].strip()
            if summaries and summary:
                paragraph = cell.add_paragraph()
                paragraph.paragraph_format.space_after = Pt(2)
                run = paragraph.add_run(summary)
                run.font.size = Pt(7.5)
                _set_fonts(run._r)
    _rules(grid, cells)
    _widths(grid, cells, Cm(6.0), _text_width(document))
    if notes:  # once, under the theme's last table
        _note(document, words(language, "note") + legend(report, language))
        _note(document, source_line(report, language))


def _text_width(document: object) -> Length:
    section = document.sections[-1]  # type: ignore[attr-defined]
    return Length(section.page_width - section.left_margin - section.right_margin)


def _widths(grid: object, cells: list[tuple[Any, ...]], first: Length, total: Length) -> None:
    """Fixed column widths (LibreOffice reads the grid, Word the cells: set both)."""
    columns = len(grid.columns)  # type: ignore[attr-defined]
    rest = Emu(int((total - first) / max(columns - 1, 1)))
    _set_widths(grid, cells, [first, *[rest] * (columns - 1)])


def _set_widths(grid: object, cells: list[tuple[Any, ...]], widths: Sequence[Length]) -> None:
    """Each column its own fixed width (LibreOffice reads the grid, Word the cells)."""
    grid.autofit = False  # type: ignore[attr-defined]
    for column, width in zip(grid.columns, widths, strict=True):  # type: ignore[attr-defined]
        column.width = width
    for row in cells:
        for cell, width in zip(row, widths, strict=True):
            cell.width = width


def _number_table(
    document: object,
    table: NumberTable,
    report: Report,
    language: str,
    extra: list[Number] | None = None,
) -> None:
    """Themes × numbers; past a page's width, one table per group of columns with the themes
    beside each, as the theme tables are split: 40 cases in one table made columns of
    0.55 cm, a city's name one letter a line and "10" a digit a line."""
    columns = len(table.header) - 1
    label_width = Cm(4.5 if columns <= 6 else 3.8)
    room = int(_text_width(document) - label_width)
    least = [_least_width(table, extra, col) for col in range(1, columns + 1)]
    narrowest = max(least, default=0)
    most = max(1, min(CASES_PER_TABLE, room // max(narrowest, 1)))
    if columns <= CASES_PER_TABLE and sum(least) <= room:  # each its own width: one table
        # (4 cases split 3 + 1 for the widest heading word, "(national)"); no case yet: the
        most = max(columns, 1)  # themes alone (0 divided by it ended the export)
    parts = max(1, -(-columns // most))
    width = -(-columns // parts) if columns else 1  # as even as may be: 11 × 4, not 12 × 3 + 8
    for first in range(1, max(columns, 1) + 1, width):
        last = min(first + width, columns + 1)
        caption = table.caption if parts == 1 else _part_caption(table, first, last, language)
        _number_grid(
            document, table, report, caption, [0, *range(first, last)], extra, label_width,
            language, notes=last > columns, least=least[first - 1 : last - 1],
        )  # fmt: skip


def _part_caption(table: NumberTable, first: int, last: int, language: str) -> str:
    """The caption of the part holding header columns ``first`` to ``last`` (past the end):
    which of the cases it shows (a part of count and score columns alone: the caption)."""
    start, stop = table.case_columns
    shown = range(max(first, start), min(last, stop))
    if not shown:
        return table.caption
    return words(
        language, "cases part", caption=table.caption, first=shown[0] - start + 1,
        last=shown[-1] - start + 1, total=stop - start,
    )  # fmt: skip


def _number_text(number: Number) -> str:
    return format_number(number)


def _rho_text(number: Number) -> str:
    return "" if number is None else f"{float(number):.3f}"


def _least_width(table: NumberTable, extra: list[Number] | None, col: int) -> int:
    """The narrowest a column may be (EMU): its widest number on one line, and the longest
    word of its heading (a name broken a letter a line is unreadable)."""
    numbers = [_number_text(numbers[col - 1]) for _, numbers in table.rows]
    if extra is not None:
        numbers.append(_rho_text(extra[col - 1]))
    return max(
        max((_text_emu(text, 9.5, bold=True) for text in numbers), default=0),
        _least_heading(table.header[col], _header_size(len(table.header))),
    )


CELL_MARGINS = Cm(0.19 * 2 + 0.1)  # Word's default left and right cell margins, and a little


def _text_emu(text: str, size: float, *, bold: bool) -> int:
    """A generous estimate of a line's width (EMU): a wide (CJK) character one em, a capital
    0.78, any other 0.62 — DejaVu Serif's, which LibreOffice sets for Times New Roman where
    it is missing, and wider than Times (a "Sagamihara" sized for Times broke its "a")."""
    ems = sum(_ems(c) for c in text)
    return int(Pt(size * ems * (1.08 if bold else 1.0)) + CELL_MARGINS)


def _ems(c: str) -> float:
    if unicodedata.east_asian_width(c) in "WF":
        return 1.0
    return 0.78 if c.isupper() else 0.62


def _least_heading(text: str, size: float) -> int:
    """The narrowest a heading may set its words: a Latin word whole; Japanese, which breaks
    between any two characters, four of them a line ("順位：相模原市" on two lines), a Latin
    name after them whole ("順位：Kumamoto" broke "Kumamot" over "o")."""
    widest = 0
    for word in text.split():
        for run, wide in _runs(word):
            widest = max(widest, _text_emu(run[:4] if wide else run, size, bold=True))
    return widest


def _runs(word: str) -> list[tuple[str, bool]]:
    """``word`` in runs of wide (CJK) and of other characters, each with whether it is wide."""
    runs: list[tuple[str, bool]] = []
    for c in word:
        wide = unicodedata.east_asian_width(c) in "WF"
        if runs and runs[-1][1] == wide:
            runs[-1] = (runs[-1][0] + c, wide)
        else:
            runs.append((c, wide))
    return runs


def _header_size(columns: int) -> float:
    return 9.5 if columns <= 7 else 8.0  # wide tables: keep names on one line


def _number_grid(
    document: object,
    table: NumberTable,
    report: Report,
    caption: str,
    columns: list[int],
    extra: list[Number] | None,
    label_width: Length,
    language: str,
    *,
    notes: bool,
    least: Sequence[int] = (),
) -> None:
    _caption(document, table.number, caption, language)
    rows = 1 + len(table.rows) + (1 if extra is not None else 0)
    grid = document.add_table(rows=rows, cols=len(columns))  # type: ignore[attr-defined]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    size = _header_size(len(table.header))  # every part alike
    cells = _cells(grid)
    for i, col in enumerate(columns):
        align = "left" if i == 0 else "center"
        _write(cells[0][i], table.header[col], bold=True, align=align, size=size)
    _repeat_header(grid.rows[0])
    for r, (label, numbers) in enumerate(table.rows, start=1):
        emphasised = label in table.emphasised
        _write(cells[r][0], label, bold=emphasised)
        for i, col in enumerate(columns[1:], start=1):
            text = _number_text(numbers[col - 1])
            _write(cells[r][i], text, bold=emphasised, align="center")
        if table.emphasised and label == table.emphasised[0]:
            for cell in cells[r]:
                _border(cell, "top", 4)
    if extra is not None:
        _write(cells[-1][0], words(language, "rho"), bold=True)
        for i, col in enumerate(columns[1:], start=1):
            _write(cells[-1][i], _rho_text(extra[col - 1]), bold=True, align="center")
        for cell in cells[-1]:
            _border(cell, "top", 4)
    _rules(grid, cells)
    total = _text_width(document)
    spare = int(total - label_width) - sum(least)
    if least and spare >= 0:  # each column its least width, the room left shared out evenly
        share = spare // len(least)
        _set_widths(grid, cells, [label_width, *(Emu(width + share) for width in least)])
    else:
        _widths(grid, cells, label_width, total)
    for row in cells[1:]:
        for cell in row[1:]:
            _no_wrap(cell)
    if notes:  # once, under the last part
        _note(document, words(language, "note") + table.note)
        _note(document, source_line(report, language))


def _no_wrap(cell: object) -> None:
    """A number on one line (``w:noWrap``): Word widens the column rather than break it.
    Appended last, after the cell's width and borders, as the schema orders them."""
    tcpr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    tcpr.append(OxmlElement("w:noWrap"))


def export_docx(
    report: Report,
    target: Path,
    view: str = "cells",
    *,
    summaries: bool = False,
    language: str = "en",
    checkpoint: Checkpoint = go_on,
) -> None:
    """Write the report; ``summaries`` adds each cell's summary under its value."""
    with atomic_path(target, format="docx") as temporary:
        document = _document(report, view, summaries, language, checkpoint)
        checkpoint()
        save(document, temporary)


def save(document: Any, path: Path) -> None:
    """Write a python-docx document to ``path``: built in memory, then written whole
    (``atomic.write_whole``), so a failed write leaves no open ZipFile to fail again."""
    buffer = io.BytesIO()
    document.save(buffer)
    write_whole(path, buffer.getvalue())


def journal_document(landscape: bool = False) -> Any:
    """A new document on A4 (python-docx's template is US Letter) with 2 cm margins, and
    styles whose runs name Latin and East-Asian fonts: every DOCX we write starts here."""
    document = Document()
    for style_name in ("Normal", "Title", "Heading 1"):
        style = document.styles[style_name]
        _set_fonts(style.element)
    document.styles["Normal"].font.size = Pt(10.5)
    _add_font_fallbacks(document)
    section = document.sections[0]
    width, height = A4
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = width, height
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(2.0))
    return document


def _document(
    report: Report, view: str, summaries: bool, language: str, checkpoint: Checkpoint
) -> Any:
    document = journal_document(landscape=len(report.matrix.case_ids) > 4 or summaries)
    heading = document.add_heading(
        words(language, "heading", project=xml_safe(report.project_name)), level=1
    )
    for run in heading.runs:
        _set_fonts(run._r)

    tables = report_tables(report, view, language)
    for table in tables.themes:
        checkpoint()
        _theme_table(document, table, report, summaries)
    if tables.counts is not None:
        _number_table(document, tables.counts, report, language)
    if tables.ranks is not None:
        _number_table(document, tables.ranks, report, language, extra=tables.rho)
    return document
