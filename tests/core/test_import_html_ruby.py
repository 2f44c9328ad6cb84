"""Web pages with furigana (<ruby>): the base text stays in its line, so a word read over the
ruby is found; the readings stay out of the text, and out of the import note, unless asked
for (as for Word files: ``keep_furigana``, ``--keep-furigana``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from frameworkqda.cli import main
from frameworkqda.core import model
from frameworkqda.core.importers import ImportOptions, extract, notes
from frameworkqda.core.importers.service import import_documents
from frameworkqda.core.search import search_project
from frameworkqda.core.store import create_project

HEADING = "見出し"
FIRST = "一段落目は普通の文章です。十分に長い文章にしておきます。"
SECOND = "二段落目に多文化共生という語があります。これも長めの文章にします。"
RUBY_PAGE = (
    '<html><head><meta charset="utf-8"><title>t</title></head><body>'
    f"<h1>{HEADING}</h1><p>{FIRST}</p>"
    "<p>二段落目に<ruby>多文化<rt>たぶんか</rt></ruby>共生という語があります。"
    "これも長めの文章にします。</p></body></html>"
)
# a city page in Shift_JIS: a breadcrumb left out, a ruby in a paragraph kept
OSAKA_PAGE = (
    '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" '
    'content="text/html; charset=Shift_JIS"><title>大阪市 多文化共生指針</title>'
    '<style>.nav{color:red}</style><script>var x="ナビ";</script></head><body>'
    '<div class="nav"><a href="/">ホーム</a> &gt; 市政</div>'
    "<h1>大阪市多文化共生指針</h1>"
    "<p>大阪市では、外国籍住民が約15万人暮らしています。市は日本語教室を区役所で開催し、"
    "多言語による相談窓口を設置しています。</p>"
    "<p>外国人市民代表者会議は設置されていませんが、<ruby>多文化<rt>たぶんか</rt></ruby>"
    "共生に関する審議会に外国籍委員が参加しています。</p>"
    "<table><tr><th>施策</th><th>状況</th></tr><tr><td>日本語教育</td><td>実施</td></tr>"
    "<tr><td>通訳派遣</td><td>一部実施</td></tr></table>"
    "<p>Interpreters are available in English, Chinese, Korean and Vietnamese.</p>"
    "</body></html>"
)
OSAKA_TEXT = [  # a table a row a line, its cells apart by tabs
    "大阪市多文化共生指針",
    "大阪市では、外国籍住民が約15万人暮らしています。市は日本語教室を区役所で開催し、"
    "多言語による相談窓口を設置しています。",
    "外国人市民代表者会議は設置されていませんが、多文化共生に関する審議会に"
    "外国籍委員が参加しています。",
    "施策\t状況",
    "日本語教育\t実施",
    "通訳派遣\t一部実施",
    "Interpreters are available in English, Chinese, Korean and Vietnamese.",
]


def _imported(
    tmp_path: Path, path: Path, keep_furigana: bool = False
) -> tuple[list[str], list[str], int]:
    """``path`` imported into a new project: (the lines of its text, its import notes, the
    hits of 多文化共生 in the project)."""
    project = create_project(tmp_path / f"{path.stem}.fqda", name="Web")
    options = ImportOptions(keep_furigana=keep_furigana)
    (result,) = import_documents(project, [path], options=options)
    assert result.document_id is not None
    with project.session() as s:
        document = s.scalars(select(model.Document)).one()
        lines, stored = document.text.split("\n"), notes.read(document.import_notes)
    hits = search_project(project, "多文化共生")
    project.engine.dispose()
    return lines, stored, len(hits)


def _text(page: str, keep_furigana: bool = False) -> str:
    data = page.encode("utf-8")
    return extract(data, "page.html", ImportOptions(keep_furigana=keep_furigana)).text


def test_furigana_stays_out_of_the_line_and_the_word_is_found(tmp_path: Path) -> None:
    """trafilatura set the base text and the reading of a <ruby> on lines of their own
    (二段落目に / 多文化 / たぶんか / 共生という…): a search for 多文化共生 found nothing."""
    path = tmp_path / "ruby.html"
    path.write_text(RUBY_PAGE, encoding="utf-8")
    lines, stored, hits = _imported(tmp_path, path)
    assert lines == [HEADING, FIRST, SECOND]
    assert stored == []
    assert hits == 1


def test_a_shift_jis_page_names_only_what_it_left_out(tmp_path: Path) -> None:
    """The note compared the text with the page's visible text, readings and all
    (多文化たぶんか共生), and named a sentence that is in the text as left out."""
    path = tmp_path / "大阪市指針.html"
    path.write_bytes(OSAKA_PAGE.encode("shift_jis"))
    lines, stored, hits = _imported(tmp_path, path)
    assert lines == OSAKA_TEXT
    assert stored == [notes.PAGE_TEXT_LEFT_OUT.format(shown="“ホーム > 市政”")]
    assert hits == 2  # the heading and the paragraph


def test_keep_furigana_puts_the_reading_in_brackets_after_the_base_text(
    tmp_path: Path,
) -> None:
    """As for a Word file; a page's own <rp> parentheses are not doubled."""
    path = tmp_path / "ruby.html"
    path.write_text(
        RUBY_PAGE.replace("<rt>", "<rp>（</rp><rt>").replace("</rt>", "</rt><rp>）</rp>")
    )
    lines, stored, hits = _imported(tmp_path, path, keep_furigana=True)
    assert lines == [HEADING, FIRST, SECOND.replace("多文化", "多文化（たぶんか）")]
    assert stored == []
    assert hits == 0  # the reading stands between the words, as asked
    plain = RUBY_PAGE.replace("<rt>", "<rp>(</rp><rt>").replace("</rt>", "</rt><rp>)</rp>")
    assert _text(plain).split("\n")[-1] == SECOND
    assert _text(plain, keep_furigana=True).split("\n")[-1] == lines[-1]


@pytest.mark.parametrize(
    ("ruby", "base", "kept"),
    [
        # one reading to each character (mono-ruby): the word whole, its reading after it
        ("<ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>", "漢字", "漢字（かんじ）"),
        (
            "<ruby><rb>在</rb><rb>留</rb><rt>ざい</rt><rt>りゅう</rt></ruby>",
            "在留",
            "在留（ざいりゅう）",
        ),
        # end tags left out, as HTML allows before the next <rb>, <rt> or <rp>
        ("<ruby><rb>在<rb>留<rt>ざい<rt>りゅう</ruby>", "在留", "在留（ざいりゅう）"),
        ("<ruby>在留<rp>(<rt>ざいりゅう<rp>)</ruby>", "在留", "在留（ざいりゅう）"),
        # a second annotation (<rtc>) in brackets of its own
        (
            "<ruby><rb>在留</rb><rt>ざいりゅう</rt><rtc>residence</rtc></ruby>",
            "在留",
            "在留（ざいりゅう）（residence）",
        ),
        # markup written over lines: its line breaks and indents are no text
        (
            "<ruby>\n  <rb>在留</rb>\n  <rp>(</rp><rt>ざいりゅう</rt><rp>)</rp>\n</ruby>",
            "在留",
            "在留（ざいりゅう）",
        ),
    ],
)
def test_ruby_of_several_pairs_and_annotations(ruby: str, base: str, kept: str) -> None:
    rest = "カードの申請は入国管理局で行います。"
    page = f"<html><body><h1>手続き</h1><p>{ruby}{rest}</p></body></html>"
    assert _text(page).split("\n") == ["手続き", f"{base}{rest}"]
    assert _text(page, keep_furigana=True).split("\n")[-1] == f"{kept}{rest}"


def test_ruby_in_links_headings_and_table_cells() -> None:
    """やさしい日本語 pages put furigana on every kanji: in headings, links, cells too."""
    page = (
        "<html><body><h1><ruby>外国人<rt>がいこくじん</rt></ruby>の<ruby>皆<rt>みな</rt></ruby>さんへ</h1>"
        "<p><a href='/soudan'><ruby>相談<rt>そうだん</rt></ruby>窓口</a>は"
        "<ruby>市役所<rt>しやくしょ</rt></ruby>の1<ruby>階<rt>かい</rt></ruby>にあります。<ruby>日本語<rt>にほんご</rt></ruby>で"
        "<ruby>話<rt>はな</rt></ruby>すことができます。"
        "<ruby>予約<rt>よやく</rt></ruby>はいりません。<ruby>無料<rt>むりょう</rt></ruby>です。</p>"
        "<p><ruby>通訳<rt>つうやく</rt></ruby>は<ruby>英語<rt>えいご</rt></ruby>、<ruby>中国語<rt>ちゅうごくご</rt></ruby>、"
        "ベトナム<ruby>語<rt>ご</rt></ruby>でできます。<ruby>電話<rt>でんわ</rt></ruby>でも<ruby>相談<rt>そうだん</rt></ruby>"
        "できます。<ruby>困<rt>こま</rt></ruby>ったときは、<ruby>一人<rt>ひとり</rt></ruby>で<ruby>悩<rt>なや</rt></ruby>まないで"
        "ください。</p><p><ruby>受付<rt>うけつけ</rt></ruby>の<ruby>時間<rt>じかん</rt></ruby>は<ruby>下<rt>した</rt></ruby>の"
        "<ruby>表<rt>ひょう</rt></ruby>を<ruby>見<rt>み</rt></ruby>てください。</p>"
        "<table><tr><th><ruby>曜日<rt>ようび</rt></ruby></th><th><ruby>時間<rt>じかん</rt></ruby></th></tr>"
        "<tr><td><ruby>月曜日<rt>げつようび</rt></ruby></td><td>9<ruby>時<rt>じ</rt></ruby>から</td></tr>"
        "</table></body></html>"
    )
    assert _text(page).split("\n") == [
        "外国人の皆さんへ",
        "相談窓口は市役所の1階にあります。日本語で話すことができます。予約はいりません。無料です。",
        "通訳は英語、中国語、ベトナム語でできます。電話でも相談できます。困ったときは、一人で悩まないでください。",
        "受付の時間は下の表を見てください。",
        "曜日\t時間",
        "月曜日\t9時から",
    ]
    kept = _text(page, keep_furigana=True).split("\n")
    assert kept[0] == "外国人（がいこくじん）の皆（みな）さんへ"
    assert kept[1].startswith("相談（そうだん）窓口は市役所（しやくしょ）の1階（かい）に")


def test_the_cli_imports_a_ruby_page_and_finds_the_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The walkthrough: import, text, search; then --keep-furigana."""
    page = tmp_path / "ruby.html"
    page.write_text(RUBY_PAGE, encoding="utf-8")
    project = str(tmp_path / "ruby.fqda")
    assert main(["new", project, "--framework", "empty"]) == 0
    assert main(["import", project, str(page)]) == 0
    capsys.readouterr()
    assert main(["text", project, "ruby.html"]) == 0
    assert capsys.readouterr().out == f"{HEADING}\n{FIRST}\n{SECOND}\n"
    assert main(["search", project, "多文化共生"]) == 0
    assert capsys.readouterr().err.startswith("1 hit in 1 document")
    kept = tmp_path / "kept.fqda"
    assert main(["new", str(kept), "--framework", "empty"]) == 0
    assert main(["import", str(kept), str(page), "--keep-furigana"]) == 0
    capsys.readouterr()
    assert main(["text", str(kept), "ruby.html"]) == 0
    assert capsys.readouterr().out.split("\n")[2].startswith("二段落目に多文化（たぶんか）共生")
