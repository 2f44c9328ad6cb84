"""Word's automatic list numbering appears in the imported text as Word displays it."""

from __future__ import annotations

import io
from pathlib import Path

import docx as python_docx
import pytest

from frameworkqda.core.importers import ImportOptions, extract
from frameworkqda.core.importers.docx_numbering import format_number
from tests import documents

W = documents.W_NS


def lvl(ilvl: int, fmt: str, text: str, *, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'{extra}<w:lvlText w:val="{text}"/></w:lvl>'
    )


def abstract(abstract_id: int, *levels: str) -> str:
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{"".join(levels)}</w:abstractNum>'


def num(num_id: int, abstract_id: int, overrides: str = "") -> str:
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def part(root: str, *children: str) -> bytes:
    inner = "".join(children)
    return f'<?xml version="1.0"?><w:{root} xmlns:w="{W}">{inner}</w:{root}>'.encode()


def para(text: str, num_id: int | None = None, ilvl: int | None = None, ppr: str = "") -> str:
    numpr = ""
    if num_id is not None or ilvl is not None:
        numpr = "<w:numPr>"
        numpr += "" if ilvl is None else f'<w:ilvl w:val="{ilvl}"/>'
        numpr += "" if num_id is None else f'<w:numId w:val="{num_id}"/>'
        numpr += "</w:numPr>"
    return (
        f'<w:p><w:pPr>{ppr}{numpr}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    )


def styled(text: str, style: str, num_id: int | None = None) -> str:
    return para(text, num_id, ppr=f'<w:pStyle w:val="{style}"/>')


def imported(
    tmp_path: Path, body: str, numbering: bytes | None = None, styles: bytes | None = None
) -> str:
    extra = {"word/numbering.xml": numbering} if numbering is not None else {}
    if styles is not None:
        extra["word/styles.xml"] = styles
    path = documents.docx(tmp_path / "numbered.docx", body, extra=extra)
    return extract(path.read_bytes(), path.name, ImportOptions()).text


SPACE, NOTHING = '<w:suff w:val="space"/>', '<w:suff w:val="nothing"/>'


def test_japanese_ordinance_articles_items_and_katakana(tmp_path: Path) -> None:
    numbering = part(
        "numbering",
        abstract(
            0,
            lvl(0, "decimal", "第%1条", extra=SPACE),
            lvl(1, "decimalFullWidth", "（%2）", extra=NOTHING),
            lvl(2, "aiueoFullWidth", "%3", extra=SPACE),
        ),
        num(1, 0),
    )
    body = (
        documents.paragraph("多文化共生推進条例")
        + para("目的", 1, 0)
        + para("この条例は、多文化共生の推進について定める。", 1, 1)
        + para("市は、次に掲げる施策を行う。", 1, 1)
        + para("外国人市民への情報提供", 1, 2)
        + para("日本語学習の支援", 1, 2)
        + para("定義", 1, 0)
        + "<w:tbl><w:tr><w:tc>"
        + para("外国人市民とは、日本国籍を有しない市民をいう。", 1, 1)
        + "</w:tc></w:tr></w:tbl>"
        + para("施行期日", 1, 0)
    )
    assert imported(tmp_path, body, numbering) == (
        "多文化共生推進条例\n"
        "第1条 目的\n"
        "（１）この条例は、多文化共生の推進について定める。\n"
        "（２）市は、次に掲げる施策を行う。\n"
        "ア 外国人市民への情報提供\n"
        "イ 日本語学習の支援\n"
        "第2条 定義\n"
        "（１）外国人市民とは、日本国籍を有しない市民をいう。\n"  # in a table, restarted
        "第3条 施行期日"
    )


def test_english_nested_levels_restart_after_a_higher_level(tmp_path: Path) -> None:
    numbering = part(
        "numbering",
        abstract(
            3,
            lvl(0, "decimal", "%1."),
            lvl(1, "lowerLetter", "(%2)"),
            lvl(2, "lowerRoman", "%3."),
        ),
        num(7, 3),
    )
    body = "".join(
        para(text, 7, level)
        for text, level in [
            ("Definitions", 0),
            ("Accessory dwelling unit", 1),
            ("Junior unit", 1),
            ("wholly within a dwelling", 2),
            ("with its own entrance", 2),
            ("Guest house", 1),
            ("Review and approval", 0),
            ("Applications", 1),
            ("filed with the director", 2),
        ]
    )
    assert imported(tmp_path, body, numbering) == (
        "1.\tDefinitions\n(a)\tAccessory dwelling unit\n(b)\tJunior unit\n"
        "i.\twholly within a dwelling\nii.\twith its own entrance\n(c)\tGuest house\n"
        "2.\tReview and approval\n(a)\tApplications\ni.\tfiled with the director"
    )


def test_lvl_restart_keeps_counting_across_a_middle_level(tmp_path: Path) -> None:
    never = '<w:lvlRestart w:val="0"/>'
    after_first = '<w:lvlRestart w:val="1"/>'
    numbering = part(
        "numbering",
        abstract(
            0,
            lvl(0, "upperLetter", "%1.", extra=SPACE),
            lvl(1, "decimal", "%2.", extra=SPACE + never),
            lvl(2, "decimal", "[%3]", extra=SPACE + after_first),
        ),
        num(1, 0),
    )
    body = "".join(
        para(t, 1, level) for t, level in [("a", 0), ("b", 1), ("c", 2), ("d", 1), ("e", 2)]
    ) + "".join(para(t, 1, level) for t, level in [("f", 0), ("g", 1), ("h", 2)])
    assert imported(tmp_path, body, numbering) == (
        "A. a\n1. b\n[1] c\n2. d\n[2] e\nB. f\n3. g\n[1] h"
    )


def test_num_instances_continue_one_list_unless_a_start_override_restarts(
    tmp_path: Path,
) -> None:
    restart_at_1 = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    start_at_5 = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>'
    roman = f'<w:lvlOverride w:ilvl="0">{lvl(0, "upperRoman", "%1)", extra=SPACE)}</w:lvlOverride>'
    numbering = part(
        "numbering",
        abstract(0, lvl(0, "decimal", "%1.", extra=SPACE)),
        num(1, 0),
        num(2, 0),
        num(3, 0, restart_at_1),
        num(4, 0, start_at_5),
        num(5, 0, roman),
    )
    body = (
        para("one", 1, 0)
        + para("two", 1, 0)
        + documents.paragraph("between")
        + para("continued by another num", 2, 0)
        + para("restarted", 3, 0)
        + para("continues", 3, 0)
        + para("starts at five", 4, 0)
        + para("override level", 5, 0)
        + para("again", 5, 0)
    )
    assert imported(tmp_path, body, numbering) == (
        "1. one\n2. two\nbetween\n3. continued by another num\n1. restarted\n2. continues\n"
        "5. starts at five\nI) override level\nII) again"
    )


def test_heading_styles_carry_multilevel_numbering(tmp_path: Path) -> None:
    numbering = part(
        "numbering",
        abstract(
            0,
            lvl(0, "decimal", "Chapter %1", extra='<w:pStyle w:val="Heading1"/>' + SPACE),
            lvl(1, "decimal", "%1.%2.", extra='<w:pStyle w:val="Heading2"/>'),
            lvl(2, "decimal", "%1.%2.%3", extra='<w:pStyle w:val="Heading3"/>' + SPACE),
        ),
        num(1, 0),
    )
    styles = part(
        "styles",
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>',
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/>'
        '<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>',
        # no numPr of its own: numId from Heading1, level from the lvl linked to the style
        '<w:style w:type="paragraph" w:styleId="Heading3"><w:basedOn w:val="Heading1"/></w:style>',
    )
    body = (
        styled("Introduction", "Heading1")
        + documents.paragraph("Body text.")
        + styled("Scope", "Heading2")
        + styled("Terms", "Heading3")
        + styled("Method", "Heading2")
        + styled("Not numbered here", "Heading2", num_id=0)  # numId 0: numbering removed
        + styled("Findings", "Heading1")
        + styled("Housing", "Heading2")
    )
    assert imported(tmp_path, body, numbering, styles) == (
        "Chapter 1 Introduction\nBody text.\n1.1.\tScope\n1.1.1 Terms\n1.2.\tMethod\n"
        "Not numbered here\nChapter 2 Findings\n2.1.\tHousing"
    )


def test_legal_numbering_and_unused_higher_levels(tmp_path: Path) -> None:
    legal = '<w:isLgl/><w:suff w:val="space"/>'
    numbering = part(
        "numbering",
        abstract(
            0,
            lvl(0, "upperRoman", "Article %1", extra=SPACE),
            lvl(1, "decimal", "%1.%2", extra=legal),
            lvl(2, "lowerLetter", "%1.%2.%3", extra=SPACE),
        ),
        num(1, 0),
    )
    body = (
        para("before any article", 1, 1)  # level 1 not used yet: shows its start value
        + para("General", 1, 0)
        + para("Scope", 1, 1)
        + para("Objectives", 1, 0)
        + para("Aims", 1, 1)
        + para("detail", 1, 2)
    )
    assert imported(tmp_path, body, numbering) == (
        "1.1 before any article\nArticle I General\n1.1 Scope\nArticle II Objectives\n"
        "2.1 Aims\nII.1.a detail"
    )


def test_bullets_symbol_font_characters_become_a_bullet(tmp_path: Path) -> None:
    numbering = part(
        "numbering",
        abstract(
            0,
            lvl(0, "bullet", "\uf0b7"),  # Symbol font bullet in the private-use area
            lvl(1, "bullet", "o"),
            lvl(2, "bullet", "\uf0a7"),  # Wingdings square
        ),
        abstract(1, lvl(0, "bullet", "・", extra=NOTHING)),
        abstract(2, lvl(0, "bullet", "•", extra=SPACE)),
        num(1, 0),
        num(2, 1),
        num(3, 2),
    )
    body = (
        para("Appointment reminders", 1, 0)
        + para("by telephone", 1, 1)
        + para("by mail", 1, 2)
        + para("多言語による情報提供", 2, 0)
        + para("plain bullet", 3, 0)
    )
    assert imported(tmp_path, body, numbering) == (
        "•\tAppointment reminders\no\tby telephone\n•\tby mail\n・多言語による情報提供\n"
        "• plain bullet"
    )


def test_deleted_paragraph_does_not_count_and_hidden_numbers_are_not_shown(
    tmp_path: Path,
) -> None:
    numbering = part(
        "numbering",
        abstract(0, lvl(0, "decimal", "(%1)", extra=SPACE)),
        abstract(1, lvl(0, "decimal", "%1.", extra=SPACE + "<w:rPr><w:vanish/></w:rPr>")),
        num(1, 0),
        num(2, 1),
    )
    deleted = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        '<w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText>removed item</w:delText></w:r></w:del></w:p>'
    )
    body = para("first", 1, 0) + deleted + para("second", 1, 0) + para("hidden", 2, 0)
    assert imported(tmp_path, body, numbering) == "(1) first\n(2) second\nhidden"


def test_malformed_numbering_never_stops_the_import(tmp_path: Path) -> None:
    numbering = part(
        "numbering",
        abstract(0, lvl(0, "decimal", "%1.", start=1, extra=SPACE)),
        '<w:abstractNum w:abstractNumId="x"><w:lvl w:ilvl="0"/></w:abstractNum>',
        '<w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="zero"><w:start w:val="NaN"/>'
        '</w:lvl><w:lvl w:ilvl="0"><w:start w:val="-7"/><w:numFmt w:val="klingon"/>'
        '<w:lvlText w:val="%1%9)"/><w:suff w:val="sideways"/></w:lvl></w:abstractNum>',
        '<w:abstractNum w:abstractNumId="5"><w:numStyleLink w:val="Loop"/></w:abstractNum>',
        num(1, 0),
        '<w:num w:numId="2"/>',  # no abstractNumId
        num(3, 99),  # no such abstractNum
        num(4, 4),
        num(5, 5),
        '<w:num w:numId="abc"><w:abstractNumId w:val="0"/></w:num>',
    )
    styles = part(
        "styles",
        '<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style>',
        '<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style>',
        '<w:style w:type="numbering" w:styleId="Loop"><w:pPr><w:numPr><w:numId w:val="5"/>'
        "</w:numPr></w:pPr></w:style>",
    )
    body = (
        para("good", 1, 0)
        + para("no abstract", 2, 0)
        + para("missing abstract", 3, 0)
        + para("odd level", 4, 0)
        + para("style link loop", 5, 0)
        + para("missing num", 42, 0)
        + para("bad ilvl", 1, 77)
        + styled("style cycle", "A")
        + '<w:p><w:pPr><w:numPr><w:numId w:val="x"/></w:numPr></w:pPr>'
        "<w:r><w:t>bad numId</w:t></w:r></w:p>" + para("good again", 1, 0)
    )
    assert imported(tmp_path, body, numbering, styles) == (
        "1. good\nno abstract\nmissing abstract\n1)\todd level\nstyle link loop\nmissing num\n"
        "bad ilvl\nstyle cycle\nbad numId\n2. good again"
    )


def test_numbering_part_that_is_not_xml_costs_only_the_numbers(tmp_path: Path) -> None:
    path = documents.docx(
        tmp_path / "broken.docx",
        para("first", 1, 0) + para("second", 1, 0),
        extra={"word/numbering.xml": b"<w:numbering><unclosed"},
    )
    extraction = extract(path.read_bytes(), path.name, ImportOptions())
    assert extraction.text == "first\nsecond"
    assert any("list numbers left out" in warning for warning in extraction.warnings)


def test_python_docx_list_styles() -> None:
    """A document made by python-docx's own template: List Number / List Bullet styles."""
    document = python_docx.Document()
    document.add_paragraph("Purpose", style="List Number")
    document.add_paragraph("Scope", style="List Number")
    document.add_paragraph("Housing", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    text = extract(buffer.getvalue(), "plan.docx", ImportOptions()).text
    assert text == "1.\tPurpose\n2.\tScope\n•\tHousing"


@pytest.mark.parametrize(
    ("fmt", "values", "expected"),
    [
        ("decimal", [1, 10], ["1", "10"]),
        ("decimalZero", [3, 12], ["03", "12"]),
        ("upperRoman", [4, 14, 1999], ["IV", "XIV", "MCMXCIX"]),
        ("lowerRoman", [9], ["ix"]),
        ("upperLetter", [1, 26, 27, 28], ["A", "Z", "AA", "BB"]),
        ("lowerLetter", [3], ["c"]),
        ("decimalFullWidth", [1, 12], ["１", "１２"]),
        ("decimalEnclosedCircle", [1, 20, 21], ["①", "⑳", "21"]),
        ("decimalEnclosedParen", [1, 21], ["⑴", "(21)"]),
        ("ideographDigital", [1, 10, 23], ["一", "一〇", "二三"]),
        ("japaneseCounting", [1, 10, 11, 23, 100], ["一", "十", "十一", "二十三", "百"]),
        ("japaneseCounting", [105, 2024, 12000], ["百五", "二千二十四", "一万二千"]),
        ("aiueoFullWidth", [1, 2, 46, 47], ["ア", "イ", "ン", "ア"]),
        ("aiueo", [1, 3], ["ｱ", "ｳ"]),
        ("irohaFullWidth", [1, 2, 3], ["イ", "ロ", "ハ"]),
        ("iroha", [1, 2, 3], ["ｲ", "ﾛ", "ﾊ"]),
        ("ideographTraditional", [1, 2], ["甲", "乙"]),
        ("ordinal", [1, 2, 3, 11, 22], ["1st", "2nd", "3rd", "11th", "22nd"]),
        ("none", [4], [""]),
        ("cardinalText", [4], ["4"]),  # not rendered as words: decimal
    ],
)  # fmt: skip
def test_number_formats(fmt: str, values: list[int], expected: list[str]) -> None:
    assert [format_number(value, fmt) for value in values] == expected
