"""PDF import on PDFs generated with known text: exact reading order and geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from frameworkqda.core.errors import PasswordRequiredError, WrongPasswordError
from frameworkqda.core.importers import (
    ImportOptions,
    extract,
    notes,
    range_for_rectangle,
    rectangles_for_range,
)
from frameworkqda.core.importers.geometry import unpack_boxes
from frameworkqda.core.text.cjk import is_cjk, normalise_text
from tests import documents

PARAGRAPHS = documents.JAPANESE_PARAGRAPHS


def _read(path: Path, **options: object) -> str:
    return extract(path.read_bytes(), path.name, ImportOptions(**options)).text  # type: ignore[arg-type]


def _assert_clean_japanese(text: str) -> None:
    for a, b, c in zip(text, text[1:], text[2:], strict=False):
        assert not (is_cjk(a) and b == " " and is_cjk(c)), f"space injected: {a}{b}{c}"
    for line in text.split("\n"):
        assert line.endswith("。"), f"line break inside a sentence: {line!r}"


def test_horizontal_japanese_paragraphs_are_whole(tmp_path: Path) -> None:
    text = _read(documents.japanese_pdf(tmp_path / "h.pdf"))
    assert text == documents.expected_text(PARAGRAPHS)
    _assert_clean_japanese(text)


def test_horizontal_japanese_across_pages(tmp_path: Path) -> None:
    text = _read(documents.japanese_pdf(tmp_path / "h3.pdf", pages=3))
    assert text == "\n".join([documents.expected_text(PARAGRAPHS)] * 3)


@pytest.mark.parametrize("per_line", [40, 25])
def test_a_short_paragraph_alone_on_its_page_is_one_paragraph(
    tmp_path: Path, per_line: int
) -> None:
    """Two or three lines are too few to know the usual spacing (every line is cut apart,
    as short verse needs); a wrapped sentence is put back together."""
    paragraph = PARAGRAPHS[:1]
    text = _read(documents.japanese_pdf(tmp_path / "short.pdf", paragraph, per_line=per_line))
    assert text == documents.expected_text(paragraph)


def test_vertical_japanese_reads_columns_right_to_left(tmp_path: Path) -> None:
    text = _read(documents.vertical_japanese_pdf(tmp_path / "v.pdf"))
    assert text == documents.expected_text(PARAGRAPHS)
    _assert_clean_japanese(text)


def test_vertical_japanese_two_tiers_read_tier_by_tier(tmp_path: Path) -> None:
    tiers = (PARAGRAPHS[:2], PARAGRAPHS[2:])
    text = _read(documents.vertical_japanese_pdf(tmp_path / "v2.pdf", tiers=tiers))
    assert text == documents.expected_text(PARAGRAPHS)


LEFT = [
    "Municipal integration policies differ widely between cities. Hamamatsu was among the "
    "first to publish a plan for intercultural living, and its example was followed by many "
    "others across the country in the following decade.",
    "The plan covers education, health and labour market mobility.",
]
RIGHT = [
    "Kawasaki established a council of foreign residents that advises the mayor on matters "
    "of local policy, and its recommendations are published every year together with the "
    "responses of the city departments concerned.",
]


def test_two_english_columns_read_column_by_column(tmp_path: Path) -> None:
    text = _read(documents.english_two_column_pdf(tmp_path / "c.pdf", LEFT, RIGHT))
    assert text == "\n".join([*LEFT, *RIGHT])


HEADED_LEFT = [
    "Section 2.1",
    "In another moment.",
    "Down went Alice after it, down the dark hole.",
    "Section 2.2",
    "Never once considering how in the world she was to get out again.",
]
HEADED_RIGHT = [
    "Section 2.3",
    "The rabbit-hole went straight on like a tunnel for some way, and then dipped suddenly down.",
    "So suddenly that Alice had not a moment to think about stopping herself before she "
    "found herself falling down a very deep well.",
]


def test_columns_under_a_paragraph_across_read_column_by_column(tmp_path: Path) -> None:
    """Both columns open with a heading on one band: the gap under that band is a row gap
    clear across the columns, yet the band belongs to the columns (corpus issue-463)."""
    above = ["A grasshopper spent the summer hopping about in the sun and singing."]
    path = documents.english_two_column_pdf(
        tmp_path / "h.pdf", HEADED_LEFT, HEADED_RIGHT, above=above, spaced=True
    )
    assert _read(path) == "\n".join([*above, *HEADED_LEFT, *HEADED_RIGHT])


def test_non_bmp_character_is_one_code_point_with_its_rectangles(tmp_path: Path) -> None:
    path = documents.tounicode_pdf(tmp_path / "u.pdf", ["𠮷野家の牛丼を食べた。", "ABC 𠮷 テスト"])
    extraction = extract(path.read_bytes(), path.name, ImportOptions())
    assert extraction.text == "𠮷野家の牛丼を食べた。\nABC 𠮷 テスト"
    page = extraction.pages[0]
    boxes = unpack_boxes(page.boxes)
    assert len(boxes) == page.char_end - page.char_start == len(extraction.text)
    # highlight 𠮷野家 (three code points; four UTF-16 units)
    [hit] = rectangles_for_range(extraction.pages, 0, 3)
    assert hit.page_number == 1
    [(x0, top, x1, bottom)] = hit.rectangles
    assert x0 == pytest.approx(72, abs=0.5)
    assert x1 == pytest.approx(72 + 3 * 12, abs=0.5)  # three 1-em glyphs of 12 pt
    assert top < 72 < bottom  # the baseline sits 72 pt below the top edge
    # a range over the line break gives one rectangle per line
    start = extraction.text.index("食")
    end = extraction.text.index("テ")
    pieces = rectangles_for_range(extraction.pages, start, end)[0].rectangles
    assert len(pieces) == 2
    # and a drag over the second 𠮷 maps back to exactly that code point
    second = extraction.text.rindex("𠮷")
    box = boxes[second]
    assert range_for_rectangle(page, box) == (second, second + 1)


def test_range_for_rectangle_covers_a_drag_over_words(tmp_path: Path) -> None:
    extraction = extract(
        documents.japanese_pdf(tmp_path / "h.pdf").read_bytes(), "h.pdf", ImportOptions()
    )
    page = extraction.pages[0]
    boxes = unpack_boxes(page.boxes)
    start = extraction.text.index("外国人市民")
    first, last = boxes[start], boxes[start + 4]
    rect = (first[0], first[1], last[2], last[3])
    assert range_for_rectangle(page, rect) == (start, start + 5)


def test_sideways_margin_line_reads_upwards_after_the_page(tmp_path: Path) -> None:
    """A stamp turned a quarter left in the margin (read bottom to top) is one line, placed
    after the page's text rather than broken into a line per letter among it."""
    path = tmp_path / "stamp.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 11)
    body = ["The city council adopted the integration plan in March.", "It takes effect in April."]
    for number, line in enumerate(body):
        pdf.drawString(90, 700 - 16 * number, line)
    pdf.saveState()
    pdf.translate(40, 400)
    pdf.rotate(90)
    pdf.setFont("Helvetica", 7)
    pdf.drawString(0, 0, "VerDate Mar 2020 with PROPOSALS")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    extraction = extract(path.read_bytes(), path.name, ImportOptions())
    assert extraction.text == "\n".join([*body, "VerDate Mar 2020 with PROPOSALS"])


def test_a_page_of_one_glyph_is_read(tmp_path: Path) -> None:
    """A page that holds a single character (a page number alone, a one-letter stamp) is
    one line of one glyph; the line builder once failed on it for want of a glyph pair."""
    path = tmp_path / "one.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawString(72, 700, "Text on the first page.")
    pdf.showPage()
    pdf.drawString(290, 400, "A")
    pdf.showPage()
    pdf.save()
    extraction = extract(path.read_bytes(), path.name, ImportOptions(ocr=False))
    assert extraction.text == "Text on the first page.\nA"
    boxes = unpack_boxes(extraction.pages[1].boxes)
    assert len(boxes) == 1 and 289 < boxes[0][0] < boxes[0][2] < 300


def test_password_protected_pdf(tmp_path: Path) -> None:
    path = documents.encrypted_pdf(
        tmp_path / "p.pdf", "Consultation service", user_password="user", owner_password="owner"
    )
    with pytest.raises(PasswordRequiredError, match="needs a password") as missing:
        _read(path)
    assert not isinstance(missing.value, WrongPasswordError)
    with pytest.raises(WrongPasswordError, match="password is wrong"):
        _read(path, password="guess")
    assert _read(path, password="user") == "Consultation service"


def test_owner_password_only_opens_silently(tmp_path: Path) -> None:
    path = documents.encrypted_pdf(
        tmp_path / "o.pdf", "Open to all", user_password="", owner_password="owner"
    )
    assert _read(path) == "Open to all"


def test_compatibility_ideographs_become_unified_without_changing_length() -> None:
    source = "⼀つの箱﹁縦﹂︵注︶"
    assert normalise_text(source) == "一つの箱「縦」（注）"
    assert len(normalise_text(source)) == len(source)


def _table_pdf(
    path: Path, font: str, columns: tuple[float, ...], rows: list[tuple[tuple[str, ...], ...]]
) -> Path:
    """Before and after paragraphs around a table whose cells may wrap over several lines
    (one tuple of lines a cell), 14 pt between a cell's lines and 22 pt between rows."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont(font, 10.5)
    pdf.drawString(72, 760, "BEFORE")
    y = 720.0
    for row in rows:
        for x, cell in zip(columns, row, strict=True):
            for number, line in enumerate(cell):
                pdf.drawString(x, y - 14 * number, line)
        y -= 14 * (max(len(cell) for cell in row) - 1) + 22
    pdf.drawString(72, y - 20, "AFTER")
    pdf.showPage()
    pdf.save()
    return path


def test_table_cells_that_wrap_stay_in_their_cell(tmp_path: Path) -> None:
    """A description too long for its column wraps; its lines join (no space in Japanese)
    inside the cell, and the row stays one line, even though the row is mostly ink."""
    documents.japanese_pdf(tmp_path / "unused.pdf")  # registers the Japanese font
    rows = [
        (("施策",), ("内容",), ("担当課",)),
        (("日本語教室",), ("週二回開催し、初級から上級までの", "四つの課程を設ける"), ("国際課",)),
        (("医療通訳",), ("派遣を拡充",), ("健康増進課",)),
        (("就学支援",), ("支援員を配置",), ("教育委員会",)),
    ]
    path = _table_pdf(tmp_path / "wrapped.pdf", documents.MINCHO, (72, 180, 420), rows)
    assert _read(path) == (
        "BEFORE\n施策\t内容\t担当課\n"
        "日本語教室\t週二回開催し、初級から上級までの四つの課程を設ける\t国際課\n"
        "医療通訳\t派遣を拡充\t健康増進課\n就学支援\t支援員を配置\t教育委員会\nAFTER"
    )


def test_english_table_cells_wrap_with_spaces_and_rejoined_hyphens(tmp_path: Path) -> None:
    language = ("Weekly classes for adults, from beginners", "to advanced, with childcare")
    medical = ("Interpreters for hospitals and inter-", "cultural mediation at clinics")
    rows = [
        (("Measure",), ("Description",), ("Office",)),
        (("Language", "classes"), language, ("International",)),  # the first cell wraps too
        (("Medical",), medical, ("Health",)),
        (("Schools",), ("Support staff",), ("Education",)),
    ]
    path = _table_pdf(tmp_path / "wrapped-en.pdf", "Helvetica", (72, 180, 440), rows)
    assert _read(path) == (
        "BEFORE\nMeasure\tDescription\tOffice\n"
        "Language classes\tWeekly classes for adults, from beginners to advanced, with childcare"
        "\tInternational\n"
        "Medical\tInterpreters for hospitals and intercultural mediation at clinics\tHealth\n"
        "Schools\tSupport staff\tEducation\nAFTER"
    )


def test_table_is_read_row_by_row_with_tabs_between_cells(tmp_path: Path) -> None:
    """A table of measures between two paragraphs: each row a line, cells left to right."""
    documents.japanese_pdf(tmp_path / "unused.pdf")  # registers the Japanese font
    path = tmp_path / "table.pdf"
    rows = [
        ("施策", "内容", "担当課"),
        ("日本語教室", "週二回開催", "国際課"),
        ("医療通訳", "派遣を拡充", "健康増進課"),
        ("就学支援", "支援員を配置", "教育委員会"),
    ]
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont(documents.MINCHO, 10.5)
    pdf.drawString(72, 760, "主な施策は次のとおりである。")
    for number, row in enumerate(rows):
        for x, cell in zip((72, 220, 380), row, strict=True):
            pdf.drawString(x, 720 - 20 * number, cell)
    pdf.drawString(72, 620, "以上の施策を着実に推進する。")
    pdf.showPage()
    pdf.save()
    extraction = extract(path.read_bytes(), path.name, ImportOptions())
    table = "\n".join("\t".join(row) for row in rows)
    assert extraction.text == f"主な施策は次のとおりである。\n{table}\n以上の施策を着実に推進する。"
    # every cell character keeps its box; the tabs and breaks between cells have none
    boxes = unpack_boxes(extraction.pages[0].boxes)
    for char, box in zip(extraction.text, boxes, strict=True):
        assert (char in "\t\n") == (box[0] != box[0])  # NaN exactly for the inserted ones


ARTICLE = "第十七条の二　法第五十一条の三第一項の政令で定めるものは、次に掲げるとおりとする。"
ITEMS = (
    "一　法第五十一条第五項の規定による車両の移動の決定",
    "二　法第五十一条第六項（同条第二十二項において準用する場合を含む。）の規定により保管した"
    "車両（積載物を含む。以下この条において同じ。）の返還の決定",
    "三　法第五十一条第七項又は第八項の規定による告知",
)
SECOND_PARAGRAPH = "２　市長は、前項の事務を委託したときは、その旨を公示しなければならない。"


def _ordinance_lines(width: int, items: tuple[str, ...] = ITEMS) -> list[tuple[int, str]]:
    """(indent in characters, text) of an article as laws are set: a paragraph indented one
    character on its first line (一字下げ), items whose wrapped lines hang one character
    under their first (ぶら下げ)."""

    def wrapped(text: str, first: int, rest: int) -> list[tuple[int, str]]:
        lines = [(first, text[: width - first])]
        text = text[width - first :]
        while text:
            lines.append((rest, text[: width - rest]))
            text = text[width - rest :]
        return lines

    return [
        *wrapped(ARTICLE, 1, 0),
        *(line for item in items for line in wrapped(item, 1, 2)),
        *wrapped(SECOND_PARAGRAPH, 1, 0),
    ]


ORDINANCE_TEXT = "\n".join([ARTICLE, *ITEMS, SECOND_PARAGRAPH])


def test_items_whose_lines_hang_under_their_first_are_one_line_each(tmp_path: Path) -> None:
    documents.japanese_pdf(tmp_path / "unused.pdf")  # registers the Japanese font
    path = tmp_path / "ordinance.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont(documents.MINCHO, 10.5)
    for number, (indent, text) in enumerate(_ordinance_lines(30)):
        pdf.drawString(72 + 10.5 * indent, 760 - 18 * number, text)
    pdf.showPage()
    pdf.save()
    assert _read(path) == ORDINANCE_TEXT


@pytest.mark.parametrize("space", ["\u3000", ""])
def test_vertical_items_whose_lines_hang_under_their_first(tmp_path: Path, space: str) -> None:
    """With an ideographic space after each item's number (which PDFium boxes beside the
    column), and without one, as the Official Gazette sets them (corpus kampo.pdf)."""
    documents.vertical_japanese_pdf(tmp_path / "unused.pdf")  # registers the vertical font
    path = tmp_path / "ordinance-v.pdf"
    items = tuple(item.replace("\u3000", space, 1) for item in ITEMS)
    width, height = A4[1], A4[0]
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    pdf.setFont(documents.MINCHO_VERTICAL, 10.5)
    for number, (indent, text) in enumerate(_ordinance_lines(30, items)):
        pdf.drawString(width - 72 - 19 * number, height - 60 - 10.5 * indent, text)
    pdf.showPage()
    pdf.save()
    assert _read(path) == "\n".join([ARTICLE, *items, SECOND_PARAGRAPH])


def test_paragraphs_go_on_over_page_breaks_without_running_heads_and_numbers(
    tmp_path: Path,
) -> None:
    documents.japanese_pdf(tmp_path / "unused.pdf")  # registers the Japanese font
    first, second, third = PARAGRAPHS
    lines = [*documents.wrap(first, 40), *documents.wrap(second, 40), *documents.wrap(third, 40)]
    # page 1 ends inside the second paragraph, page 2 ends with it, page 3 starts the third
    pages = [lines[:3], lines[3:5], lines[5:]]
    head = "浜松市多文化共生推進計画"
    path = documents.paged_pdf(tmp_path / "plan.pdf", documents.MINCHO, pages, head)
    extraction = extract(path.read_bytes(), path.name, ImportOptions())
    assert extraction.text == documents.expected_text(PARAGRAPHS)
    assert notes.RUNNING_HEADS_AND_NUMBERS.format(shown=f"“{head}”") in extraction.warnings
    # the page ranges still cover each page's own characters, with their boxes
    assert [extraction.text[p.char_start : p.char_end][:3] for p in extraction.pages] == [
        lines[0][:3],
        lines[3][:3],
        lines[5][:3],
    ]
    for page in extraction.pages:
        assert len(unpack_boxes(page.boxes)) == page.char_end - page.char_start
    # a passage running over the page break is highlighted on both pages
    joined = extraction.pages[0].char_end
    pieces = rectangles_for_range(extraction.pages, joined - 5, joined + 5)
    assert [piece.page_number for piece in pieces] == [1, 2]
    kept = extract(path.read_bytes(), path.name, ImportOptions(keep_page_furniture=True)).text
    assert kept.count(head) == 3 and "- 2 -" in kept


ENGLISH_PAGES = [
    [
        "Municipal integration policies differ widely between cities: the",
        "measures each city takes depend on its history of migration, on",
        "the size and origin of its foreign population, on the advocacy",
        "of local associations, on the priorities of its elected mayor,",
        "on its own finances and, not least, on the accords agreed inter-",
    ],
    [
        "nationally with the countries its residents come from. Many of",
        "these agreements are old, and few were written with cities in",
        "mind, though cities carry most of the work of integration and",
        "answer most of the questions that newcomers bring to the office.",
    ],
    [
        "Osaka reviews its plan every five years, Kawasaki every three.",
        "Hamamatsu publishes its plan in six languages, Osaka in four.",
    ],
]  # fmt: skip  (Courier: lines of one length, as justified text has)


def test_english_words_hyphenated_over_a_page_break_are_rejoined(tmp_path: Path) -> None:
    path = documents.paged_pdf(tmp_path / "report.pdf", "Courier", ENGLISH_PAGES, "Policy review")
    lines = [line for page in ENGLISH_PAGES for line in page]
    first = " ".join(lines[:9]).replace("inter- nationally", "internationally")
    assert _read(path) == first + "\n" + "\n".join(lines[9:])


def _numbered_pages(path: Path, pages: list[list[str]], folio_from_bottom: float) -> Path:
    """English pages whose number stands alone, centred, ``folio_from_bottom`` of the page up
    (LaTeX's article class sets it ~14 % up: above the margin band running heads sit in)."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for number, lines in enumerate(pages, start=1):
        pdf.setFont("Helvetica", 10)
        for row, line in enumerate(lines):
            pdf.drawString(72, height - 80 - 14 * row, line)
        pdf.drawCentredString(width / 2, folio_from_bottom * height, str(number))
        pdf.showPage()
    pdf.save()
    return path


def test_a_page_number_above_the_margin_band_is_left_out_when_it_counts_the_pages(
    tmp_path: Path,
) -> None:
    """multicolumn.pdf (LaTeX) read "Nam feugiat / 1 / lacus vel est": its folio stood ~14 %
    up from the bottom, above the band page numbers were looked for in, so it was text, and
    cut the paragraph going on over the page break in two."""
    body = [
        ["The council meets four times a year and advises the mayor on all", "the needs"],
        ["of foreign residents in the city.", "Its members are chosen by lot."],
        ["A second paragraph on the third page."],
    ]
    body[0][1] = "the needs of foreign residents in the city, its members chosen by"
    body[1][0] = "lot for two years."
    path = _numbered_pages(tmp_path / "numbered.pdf", body, 0.14)
    extraction = extract(path.read_bytes(), path.name, ImportOptions())
    assert extraction.text == (
        "The council meets four times a year and advises the mayor on all the needs of "
        "foreign residents in the city, its members chosen by lot for two years.\n"
        "Its members are chosen by lot.\n"
        "A second paragraph on the third page."
    )
    assert any("page numbers" in warning for warning in extraction.warnings)


def test_a_lone_number_under_the_text_of_one_page_is_kept() -> None:
    """The same place on a one-page document: nothing says it counts pages, so it is text."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = _numbered_pages(Path(folder) / "one.pdf", [["Total of the table below:"]], 0.14)
        text = extract(path.read_bytes(), path.name, ImportOptions()).text
    assert text.splitlines() == ["Total of the table below:", "1"]
