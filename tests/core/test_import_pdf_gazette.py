"""How the Official Gazette (官報, corpus kampo.pdf) sets text, in generated PDFs: an item's
number set a character's width apart from its text with nothing in the text layer between
them, an ordinance's title set further in than a paragraph, and a sentence set around a table
that goes on in the next full column."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from frameworkqda.core.importers import ImportOptions, extract
from tests import documents

ARTICLE = "第十七条の二　法第五十一条の三第一項の政令で定めるものは、次に掲げるとおりとする。"
ITEMS = (
    "一　法第五十一条第五項の規定による車両の移動の決定",
    "二　七十歳以上の者",
    "十一　法第五十一条第二十一項の規定による登録の嘱託",
)
SIZE = 10.0


def _read(path: Path) -> str:
    return extract(path.read_bytes(), path.name, ImportOptions(ocr=False)).text


def _gazette_page(path: Path, vertical: bool) -> canvas.Canvas:
    documents.vertical_japanese_pdf(path.with_name("unused.pdf"))  # registers both fonts
    width, height = (A4[1], A4[0]) if vertical else A4
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    pdf.setFont(documents.MINCHO_VERTICAL if vertical else documents.MINCHO, SIZE)
    return pdf


@pytest.mark.parametrize("vertical", [True, False], ids=["vertical", "horizontal"])
def test_a_number_set_apart_from_its_text_keeps_the_gap_as_an_ideographic_space(
    tmp_path: Path, vertical: bool
) -> None:
    """The number and the text are drawn apart, one character's width between them, with no
    space in the text layer: the gap is read as U+3000 (it read 「二七十歳以上の者」)."""
    path = tmp_path / "items.pdf"
    pdf = _gazette_page(path, vertical)
    width, height = pdf._pagesize
    for number, line in enumerate([ARTICLE, *ITEMS]):
        head, text = line.split("\u3000", 1)
        indent = 0 if number == 0 else 1
        for offset, part in ((indent, head), (indent + len(head) + 1, text)):
            if vertical:
                pdf.drawString(width - 72 - 18 * number, height - 60 - SIZE * offset, part)
            else:
                pdf.drawString(72 + SIZE * offset, height - 72 - 18 * number, part)
    pdf.showPage()
    pdf.save()
    assert _read(path) == "\n".join([ARTICLE, *ITEMS])


def _tracked(pdf: canvas.Canvas, vertical: bool, x: float, y: float, text: str, em: float) -> None:
    """``text`` in one text object, each character followed by ``em`` ems of space, as a word
    processor letter-spaces a heading (a TJ adjustment; in vertical writing a positive one
    moves the next glyph down, across a negative one moves it right)."""
    font = pdfmetrics.getFont(documents.MINCHO_VERTICAL if vertical else documents.MINCHO)
    adjust = (1 if vertical else -1) * round(1000 * em)
    parts = " ".join(f"({font.formatForPdf(char)}) {adjust}" for char in text)
    pdf.setFont(font.fontName, SIZE)
    pdf.addLiteral(f"BT 1 0 0 1 {x:g} {y:g} Tm [{parts}] TJ ET")


@pytest.mark.parametrize("vertical", [True, False], ids=["vertical", "horizontal"])
@pytest.mark.parametrize("spacing", ["drawn-apart", "0.6em", "1em", "2em"])
def test_letter_spaced_words_read_without_spaces(
    tmp_path: Path, vertical: bool, spacing: str
) -> None:
    """A heading spaced out character by character (目次一覧 drawn a character apart each,
    or one text object whose glyphs are spaced out by the text's own adjustments) is not a
    number set apart from its text, nor words: across, PDFium puts a space of its own in each
    gap, which read 「目　次　一　覧」, or 「目 次 一 覧」 past one and a half ems."""
    path = tmp_path / "spaced.pdf"
    pdf = _gazette_page(path, vertical)
    width, height = pdf._pagesize
    x, y = (width - 72, height - 60) if vertical else (72, height - 72)
    if spacing == "drawn-apart":
        for offset, char in enumerate("目次一覧"):
            step = 2 * SIZE * offset
            pdf.drawString(x, y - step, char) if vertical else pdf.drawString(x + step, y, char)
    else:
        _tracked(pdf, vertical, x, y, "目次一覧", float(spacing.removesuffix("em")))
    pdf.showPage()
    pdf.save()
    assert _read(path) == "目次一覧"


@pytest.mark.parametrize("space", ["\u3000", " "], ids=["ideographic", "ascii"])
def test_typed_spaces_in_a_letter_spaced_heading_stay(tmp_path: Path, space: str) -> None:
    """The spaces PDFium infers in the spacing go; the one typed in the text stays."""
    path = tmp_path / "spaced.pdf"
    pdf = _gazette_page(path, False)
    heading = f"第一章{space}総則"
    _tracked(pdf, False, 72, pdf._pagesize[1] - 72, heading, 1.0)
    pdf.showPage()
    pdf.save()
    assert _read(path) == heading


NUMBER = "政令第百四十九号"
TITLE = "道路交通法施行令の一部を改正する政令"
PREAMBLE = (
    "内閣は、道路交通法の一部を改正する法律の一部の施行に伴い、並びに道路交通法第四条第一項及び"
    "第四項、第五条第一項、第三十九条第一項の規定に基づき、この政令を制定する。"
)


def test_an_ordinance_title_set_further_in_is_a_paragraph_of_its_own(tmp_path: Path) -> None:
    """The gazette sets the number flush, the title three characters in and the preamble one
    character in, its wrapped lines flush: the short title read on into the preamble
    (「…改正する政令内閣は、」)."""
    path = tmp_path / "title.pdf"
    pdf = _gazette_page(path, True)
    width, height = pdf._pagesize
    per_column = 40
    lines = [(0, NUMBER), (3, TITLE), (1, PREAMBLE[: per_column - 1])]
    rest = PREAMBLE[per_column - 1 :]
    while rest:
        lines.append((0, rest[:per_column]))
        rest = rest[per_column:]
    for number, (indent, text) in enumerate(lines):
        pdf.drawString(width - 72 - 14 * number, height - 60 - SIZE * indent, text)
    pdf.showPage()
    pdf.save()
    assert _read(path) == "\n".join([NUMBER, TITLE, PREAMBLE])


TABLE_CELLS = (("信号の種類", "信号の意味"), ("青色の灯火", "進行することができること。"))
BESIDE = "に改め、同条第四項の表の人の形の記号を有"  # 20 characters, stopping mid-sentence
AFTER = "する青色の灯火の項第二号中「直進し」を「直進をし」に改める。"


def test_a_sentence_set_beside_a_table_goes_on_in_the_next_full_column(tmp_path: Path) -> None:
    """A ruled table fills the upper part of the tier; the sentence after it starts in the
    lower part, beside it, and goes on in the full-height column to the left. It read
    「…記号を有\\nする青色の灯火…」: a line break in the middle of a word."""
    path = tmp_path / "beside.pdf"
    pdf = _gazette_page(path, True)
    width, height = pdf._pagesize
    top, band, strip = 60.0, 60.0, 16.0
    table_bottom = top + band + 140
    bottom = table_bottom + 10 + SIZE * len(BESIDE)
    x1 = width - 72
    x0 = x1 - strip * len(TABLE_CELLS)
    for number, cells in enumerate(TABLE_CELLS):
        centre = x1 - strip * number - strip / 2
        pdf.drawString(centre, height - top - 4, cells[0])
        pdf.drawString(centre, height - top - band - 4, cells[1])
    pdf.drawString(x1 - strip / 2, height - (bottom - SIZE * len(BESIDE)), BESIDE)
    pdf.drawString(x0 - 14, height - top, AFTER)
    pdf.setLineWidth(0.5)
    for y in (top, top + band, table_bottom):
        pdf.line(x0, height - y, x1, height - y)
    for k in range(len(TABLE_CELLS) + 1):
        pdf.line(x1 - strip * k, height - top, x1 - strip * k, height - table_bottom)
    pdf.showPage()
    pdf.save()
    table = "\n".join("\t".join(cells) for cells in TABLE_CELLS)
    assert _read(path) == f"{table}\n{BESIDE}{AFTER}"


def test_a_hole_in_the_text_layer_inside_a_bracket_is_a_space(tmp_path: Path) -> None:
    """A word the page draws as outlines leaves a gap too wide for one line of text
    (javauninstall-7r.pdf: 「について【 Java の場合】」): the pieces read on one line with a
    space for the hole, where they were lines of their own (「について【\\nの場合】」). Only a
    bracket left open or closed says so: two phrases far apart on a band stay apart."""
    path = tmp_path / "holes.pdf"
    pdf = _gazette_page(path, False)
    _width, height = pdf._pagesize
    full = "一覧の中にあるソフトを、全て削除して下さい。次に新しいものを入れます。"
    rows = [
        ("の削除・インストールについて【", "の場合】"),
        (full,),
        ("※「", "」「", "」等の表記がございます。"),
        (full,),
        ("左の欄", "右の欄"),
    ]
    for row, parts in enumerate(rows):
        x = 72.0
        for part in parts:
            pdf.drawString(x, height - 72 - 30 * row, part)
            x += SIZE * (len(part) + 6)  # a hole six characters wide
    pdf.showPage()
    pdf.save()
    assert _read(path).split("\n") == [
        "の削除・インストールについて【 の場合】",
        full,
        "※「 」「 」等の表記がございます。",
        full,
        "左の欄",
        "右の欄",
    ]
