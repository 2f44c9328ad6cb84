"""Glyphs on one line, or one column, read in the order they stand on the page, not in the
order the content stream draws them: a gazette's header draws 第 before 官報 and the number
after it, and a column's first characters may be drawn before the column beside it."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from frameworkqda.core.importers import ImportOptions, extract
from tests import documents

SIZE = 8.0  # the body's type, and its columns' pitch, as in the gazette
PITCH = 10.9
HEADER_SIZE = 10.0
HEADER_Y = A4[0] - 40
TOP = A4[0] - 70  # the first glyph's top, below the header


def _read(path: Path) -> str:
    return extract(path.read_bytes(), path.name, ImportOptions(ocr=False)).text


def _vertical_page(path: Path, columns: list[str], draw_header: bool = True) -> canvas.Canvas:
    """A landscape page of vertical columns right to left, for a test to draw more on."""
    documents.japanese_pdf(path.with_suffix(".unused.pdf"))  # registers the Japanese fonts
    width, height = A4[1], A4[0]
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    pdf.setFont(documents.MINCHO_VERTICAL, SIZE)
    for number, column in enumerate(columns):
        pdf.drawString(width - 72 - number * PITCH, TOP, column)
    return pdf


COLUMNS = ["道路交通法施行令の一部を改正する政令", "内閣は、道路交通法の一部を改正する。"]


def test_a_header_drawn_out_of_order_reads_as_it_stands(tmp_path: Path) -> None:
    """第 is drawn before 官報 and 4817号 after it, just right of 第: the page shows 第4817号."""
    path = tmp_path / "header.pdf"
    pdf = _vertical_page(path, COLUMNS)
    # As the gazette draws it: the date and 第 are one text-showing operation (TJ moves
    # from one to the other), then the number, then 官報 in larger type. PDFium sorts the
    # operations of a line by where each starts, so 官報 lands after 第, before the number.
    left = A4[1] - 200
    font = pdfmetrics.getFont(documents.MINCHO)
    date = "平成20年4月25日"
    date_end = 80 + stringWidth(date, documents.MINCHO, HEADER_SIZE)
    move = -(left - date_end) * 1000 / HEADER_SIZE  # TJ's units: thousandths of the size
    header = pdf.beginText()
    header.setFont(documents.MINCHO, HEADER_SIZE)
    header.setTextOrigin(80, HEADER_Y)
    header._code.append(f"[({font.formatForPdf(date)}) {move:.1f} ({font.formatForPdf('第')})] TJ")
    pdf.drawText(header)
    number_at = left + stringWidth("第", documents.MINCHO, HEADER_SIZE) + 2.5
    pdf.setFont(documents.MINCHO, HEADER_SIZE)
    pdf.drawString(number_at, HEADER_Y, "4817号")
    pdf.setFont(documents.MINCHO, 12)
    pdf.drawString(300, HEADER_Y, "官報")
    pdf.drawString(A4[1] - 40, HEADER_Y, "4")  # the page number, alone at the right
    pdf.showPage()
    pdf.save()
    lines = _read(path).split("\n")
    assert "第4817号" in lines
    assert "平成20年4月25日" in lines
    assert lines[-2:] == COLUMNS  # the body as before


def test_a_column_drawn_in_two_pieces_reads_as_one(tmp_path: Path) -> None:
    """The first column's は、 is drawn, then the whole second column, then the rest of the
    first column just below は、: one column, read before the second."""
    path = tmp_path / "column.pdf"
    first, second = "は、道路の横断を始めてはならないこと。", "と。"
    pdf = _vertical_page(path, [])
    right = A4[1] - 72
    pdf.drawString(right, TOP, first[:2])
    # an em lower: pieces that start level with one another PDFium would sort itself
    pdf.drawString(right - PITCH, TOP - SIZE, second)
    pdf.drawString(right, TOP - 2 * SIZE - 1, first[2:])
    pdf.showPage()
    pdf.save()
    assert _read(path) == f"{first}\n{second}"


def test_columns_side_by_side_stay_apart(tmp_path: Path) -> None:
    """Neighbouring columns abut across, never along: each is read whole, right to left."""
    columns = ["一歩行者は", "二横断歩道", "三普通自転車"]
    path = tmp_path / "columns.pdf"
    pdf = _vertical_page(path, columns)
    pdf.showPage()
    pdf.save()
    assert _read(path) == "\n".join(columns)
