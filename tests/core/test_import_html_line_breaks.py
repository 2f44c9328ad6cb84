"""A saved web page's source line breaks between Japanese characters: taken out, as a browser
does (CSS Text 3's segment break transformation), not made a space (``外国人 市民``, which a
search for 外国人市民 did not find)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from frameworkqda.cli import main
from frameworkqda.core import model
from frameworkqda.core.store import open_project

INTRO = (
    "本市では、国籍や文化の違いを認め合い、誰もが安心して暮らせる地域づくりを進めるため、"
    "多文化共生推進プランを策定しました。計画の期間は令和6年度から令和10年度までの5年間です。"
)
# a city page's paragraph as its CMS writes it: a line break every so often, mid-word and
# after a sentence, with the markup's indentation
SUPPORT = (
    "<p>\n      本市の外国人\n      市民の支援は、日本語教室と相談窓口の二つを柱としています。\n"
    "      外国人市民の相談は、市役所1階の多文化共生センターで受け付けます。</p>"
)
SUPPORT_TEXT = (
    "本市の外国人市民の支援は、日本語教室と相談窓口の二つを柱としています。"
    "外国人市民の相談は、市役所1階の多文化共生センターで受け付けます。"
)


JOINED = "相談は外国人市民の方が対象です。"


def _page(body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>外国人市民の支援'
        "</title></head><body><header><a href='/'>○○市公式ホームページ</a></header>"
        "<nav><ul><li><a href='/'>ホーム</a></li><li><a href='/k'>くらし</a></li></ul></nav>"
        f"<main><h1>外国人市民の支援</h1><p>{INTRO}</p>\n{body}\n</main>"
        "<footer><p>○○市役所　〒000-0000　○○市中央1丁目1番1号</p></footer></body></html>"
    )


def _imported(tmp_path: Path, page: str) -> tuple[str, list[str]]:
    """``page`` imported with the CLI into a new project: the project's path and the lines
    of the document's stored text."""
    project, source = str(tmp_path / "web.fqda"), tmp_path / "支援.html"
    source.write_text(page, encoding="utf-8")
    assert main(["new", project]) == 0
    assert main(["import", project, str(source)]) == 0
    opened = open_project(project)
    with opened.session() as s:
        text = s.scalars(select(model.Document.text)).one()
    opened.engine.dispose()
    return project, text.split("\n")


def _hits(project: str, term: str, capsys: pytest.CaptureFixture[str]) -> int:
    """How many hits ``frameworkqda search`` prints for ``term``."""
    capsys.readouterr()
    assert main(["search", project, term]) == 0
    return len(capsys.readouterr().out.splitlines())


def test_a_line_break_between_japanese_characters_is_taken_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In the middle of a word and after 。, with the indentation around it: the stored text
    is the sentence as a browser shows it, and search finds the word."""
    project, lines = _imported(tmp_path, _page(SUPPORT))
    assert lines == ["外国人市民の支援", INTRO, SUPPORT_TEXT]
    assert _hits(project, "外国人市民", capsys) == 3  # the heading's and the paragraph's two


@pytest.mark.parametrize(
    ("markup", "line"),
    [
        ("<p>相談は外国人<span>\n市民</span>の方が対象です。</p>", JOINED),
        ("<p>相談は<strong>外国人</strong>\n  市民の方が対象です。</p>", JOINED),
        ("<p>相談は外国人 <a href='/s'>\n  市民</a>の方が対象です。</p>", JOINED),
        ("<p>相談は外国人<!-- 改行 -->\n市民の方が対象です。</p>", JOINED),
        ("<p>受付時間：\n「平日」の\n（9時から17時）</p>", "受付時間：「平日」の（9時から17時）"),
    ],
)
def test_the_break_goes_across_inline_tags_and_beside_japanese_punctuation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], markup: str, line: str
) -> None:
    """The white space of a break can end one text node and open the next (``外国人 <a>\\n
    市民</a>``); 、。「」（）： are as Japanese as the kana around them."""
    project, lines = _imported(tmp_path, _page(markup))
    assert lines == ["外国人市民の支援", INTRO, line]
    assert _hits(project, line[2:8], capsys) == 1


@pytest.mark.parametrize(
    ("markup", "line"),
    [
        # beside a Latin letter or a digit: one space, as a browser shows it
        (
            "<p>相談はNPO\n法人が受けます。日本語\nclass は毎週です。</p>",
            "相談はNPO 法人が受けます。日本語 class は毎週です。",
        ),
        ("<p>受付は2024年\n4月1日からです。</p>", "受付は2024年 4月1日からです。"),
        # a space typed between Japanese characters and U+3000 stay
        ("<p>外国人 市民と第1章　基本的な考え方</p>", "外国人 市民と第1章　基本的な考え方"),
        ("<p>第1章　\n基本的な考え方</p>", "第1章　基本的な考え方"),
    ],
)
def test_other_white_space_stays(tmp_path: Path, markup: str, line: str) -> None:
    _project, lines = _imported(tmp_path, _page(markup))
    assert lines == ["外国人市民の支援", INTRO, line]


def test_a_break_at_a_block_or_a_br_or_in_pre_stays_a_line_break(tmp_path: Path) -> None:
    """Only a break inside a run of text goes: a <br>, a block's edge and <pre>'s text are
    lines as the page shows them."""
    markup = "<p>相談窓口<br>\n市役所1階</p>\n<p>外国人</p>\n<p>市民</p>\n<pre>外国人\n市民</pre>"
    _project, lines = _imported(tmp_path, _page(markup))
    assert lines == ["外国人市民の支援", INTRO, "相談窓口", "市役所1階", "外国人", "市民",
                     "外国人", "市民"]  # fmt: skip


def test_a_short_page_is_joined_as_well(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A notice page under trafilatura's 250 characters takes another way through it."""
    page = (
        "<html><head><meta charset='utf-8'></head><body><h1>お知らせ</h1>"
        "<p>外国人\n市民向けの相談会を\n開きます。</p></body></html>"
    )
    project, lines = _imported(tmp_path, page)
    assert lines == ["お知らせ", "外国人市民向けの相談会を開きます。"]
    assert _hits(project, "外国人市民", capsys) == 1
