"""Ruled tables in vertical writing: read column of cells by column of cells (right to left),
each cell top to bottom, in the same text form as tables read across (cells separated by
tabs, a row a line); a table set in two open pieces, as the Official Gazette sets one too
long for its tier, read as one; and the real gazette page (kampo.pdf) read as it is printed."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from frameworkqda.core.importers import ImportOptions, extract
from frameworkqda.core.importers.geometry import unpack_boxes
from frameworkqda.core.importers.pdf_rulings import ruled_tables
from tests import documents

NO_OCR = ImportOptions(ocr=False)


def _read(path: Path) -> str:
    return extract(path.read_bytes(), path.name, NO_OCR).text


def test_a_vertical_table_is_read_column_by_column(tmp_path: Path) -> None:
    text = _read(documents.vertical_table_pdf(tmp_path / "table.pdf"))
    rows = "\n".join("\t".join(row) for row in documents.VERTICAL_TABLE_ROWS)
    assert text == f"{documents.VERTICAL_TABLE_BEFORE}\n{rows}\n{documents.VERTICAL_TABLE_AFTER}"


def test_a_table_whose_text_runs_over_a_rule_is_read_as_if_unruled(tmp_path: Path) -> None:
    """The rule between the bands cuts through the first cells' text: the rules do not
    describe the text, so the text alone is read, as without them."""
    over = documents.vertical_table_pdf(tmp_path / "over.pdf", middle_rule=30)
    unruled = documents.vertical_table_pdf(tmp_path / "unruled.pdf", ruled=False)
    assert "\t" not in _read(over)
    assert _read(over) == _read(unruled)


@pytest.mark.parametrize("typed", [False, True], ids=["number-set-apart", "typed-space"])
def test_a_cells_numbered_items_start_lines_of_their_own(tmp_path: Path, typed: bool) -> None:
    """A cell's items (一　…, 二　…), each starting a column at the cell's head with its
    wrapped columns hung one character in, read one item a line; the item's own wrapped
    columns are joined. The number is set apart by placing the text (no character between,
    as the Official Gazette does) or by a typed ideographic space; both read 一\u3000…."""
    path = documents.item_table_pdf(tmp_path / "items.pdf", typed=typed)
    extraction = extract(path.read_bytes(), path.name, NO_OCR)
    rows = "\n".join("\t".join(row) for row in documents.item_table_text())
    expected = f"{documents.VERTICAL_TABLE_BEFORE}\n{rows}\n{documents.VERTICAL_TABLE_AFTER}"
    assert extraction.text == expected
    boxes = unpack_boxes(extraction.pages[0].boxes)
    assert len(boxes) == len(extraction.text)
    for char, box in zip(extraction.text, boxes, strict=True):  # the breaks have no box
        assert (box[0] == box[0]) is (char not in "\n\t" and not (char == "\u3000" and not typed))


SPLIT_TEXT = "\n".join(
    [
        *documents.SPLIT_TABLE_BEFORE,
        "「",
        *documents.SPLIT_TABLE_CELLS,
        "」",
        *documents.SPLIT_TABLE_AFTER,
    ]
)


@pytest.mark.parametrize("one_path", [True, False], ids=["one-outlined-path", "line-objects"])
def test_a_table_in_two_open_pieces_reads_as_one(tmp_path: Path, one_path: bool) -> None:
    """Each line of a cell runs down the first piece and goes on in the second; the quotes
    around the table stay just before and after it."""
    path = documents.split_vertical_table_pdf(tmp_path / "split.pdf", one_path=one_path)
    extraction = extract(path.read_bytes(), path.name, NO_OCR)
    assert extraction.text == SPLIT_TEXT
    # every glyph keeps its box; the breaks between the table's rows have none
    boxes = unpack_boxes(extraction.pages[0].boxes)
    assert len(boxes) == len(extraction.text)
    for char, box in zip(extraction.text, boxes, strict=True):
        assert (box[0] == box[0]) is (char != "\n")


def test_short_column_rules_reach_the_frame_and_leave_the_piece_open(tmp_path: Path) -> None:
    """The column rules stop 4 pt short of the frame rule: drawn on to it, they close the
    cells, and the piece knows which end is open."""
    path = documents.split_vertical_table_pdf(tmp_path / "split.pdf")
    with pdfium.PdfDocument(str(path)) as document:
        tables = ruled_tables(document[0])
    pieces = sorted(tables, key=lambda table: -table.bounds()[2])  # right to left
    assert [(len(t.columns), t.open_top, t.open_bottom) for t in pieces] == [
        (3, False, True),  # below, its foot on the tier's frame
        (3, True, False),  # above and to the left, its head on the header's frame
    ]
    assert pieces[0].bounds()[3] == pytest.approx(425, abs=0.5)
    assert pieces[1].bounds()[1] == pytest.approx(57, abs=0.5)


# kampo.pdf as printed: the quoted old table (three cells, the middle one going on from the
# lower part of the tier to the upper), then the new one. On the page each item's number
# (一, 二) stands a character's width above its text; the text layer has nothing there, and
# the gap is read as an ideographic space. Each item starts a column of its own in its cell
# (二 read on after 一's 。 in the same line before), and starts a line of its own here.
# The sentence set around the tables goes on.
KAMPO_TABLES = """除き、以下この条において同じ。）を」に改め、同表中
「
歩行者は、進行することができること。
歩行者は、道路の横断を始めてはならず、また、道路を横断している歩行者は、すみやかに、\
その横断を終わるか、又は横断をやめて引き返さなければならないこと。
歩行者は、道路を横断してはならないこと。
」
を
「
一\u3000歩行者は、進行することができること。
二\u3000普通自転車（法第六十三条の三に規定する普通自転車をいう。以下この条及び第二十六条第三号\
において同じ。）は、横断歩道において直進をし、又は左折することができること。
一\u3000歩行者は、道路の横断を始めてはならず、また、道路を横断している歩行者は、速やかに、\
その横断を終わるか、又は横断をやめて引き返さなければならないこと。
二\u3000横断歩道を進行しようとする普通自転車は、道路の横断を始めてはならないこと。
一\u3000歩行者は、道路を横断してはならないこと。
二\u3000横断歩道を進行しようとする普通自転車は、道路の横断を始めてはならないこと。
」
に改め、同条第四項の表の人の形の記号を有する青色の灯火"""


def test_kampo_small_vertical_tables_read_as_printed(corpus: Path) -> None:
    path = corpus / "pdf/ja/kampo.pdf"
    text = extract(path.read_bytes(), path.name, NO_OCR).text
    assert KAMPO_TABLES in text
    # the header's digits need OCR (next test); unread, the page number stays before it
    lines = text.split("\n")
    header = [
        "第\ufffd\ufffd\ufffd\ufffd号",
        "官報",
        "平成\ufffd\ufffd年\ufffd月\ufffd\ufffd日\u3000金曜日",
    ]
    assert lines[1:4] == header


def test_kampo_header_reads_as_printed(corpus: Path, tesseract: str) -> None:
    path = corpus / "pdf/ja/kampo.pdf"
    text = extract(path.read_bytes(), path.name, ImportOptions()).text
    assert text.split("\n")[:3] == ["第4817号", "官報", "平成20年4月25日\u3000金曜日"]
