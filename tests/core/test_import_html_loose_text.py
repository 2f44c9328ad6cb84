"""Text written straight into a <section> or <div> of a web page, not in a <p> (after its
heading, between its paragraphs), comes through where it stands; navigation, header, cookie
banner, a link bar and the footer still go, and the note names the footer.

trafilatura takes a <div>'s own text only on a page of little paragraph text, and keeps the
text right after a heading as the heading's tail, dropped with the heading when that ends
the text (its trailing headings are cut): a city's 多文化共生 plan page lost its plan period
and the results of its consultation."""

from __future__ import annotations

from pathlib import Path

import pytest

from frameworkqda.core.importers import notes
from tests.core.test_import_html_languages import _imported

TITLE = "多文化共生推進プラン"
INTRO = (
    "本市では、国籍や文化の違いを認め合い、誰もが安心して暮らせる地域づくりを進めるため、"
    "多文化共生推進プランを策定しました。"
)
PURPOSE = (
    "このプランは、外国人市民と日本人市民が共に築く地域社会の姿と、"
    "その実現に向けた施策を示すものです。"
)
GOALS = (
    "基本目標",
    "コミュニケーション支援、生活支援、多文化共生の地域づくりの三つを基本目標とします。",
    "各目標に沿って、関係機関と連携しながら具体的な施策を進めます。",
)
CONSULTATION = (
    "意見募集の結果",
    "パブリックコメントでは、12人から34件の意見をいただきました。",
    "いただいた意見と市の考え方を公表します。",
)
PERIOD = (
    "計画の期間",
    "令和6年度から令和10年度までの5年間とします。社会情勢の変化に応じて見直しを行います。",
)
CONTACT = ("お問い合わせ", "国際課\u3000多文化共生係\u3000電話 000-000-0000")
BREADCRUMB = ("ホーム", "市政情報", "計画")
FOOTER = "○○市役所\u3000〒000-0000\u3000○○市中央1丁目1番1号"
COOKIE = (
    "当サイトでは利便性向上のためクッキーを使用しています。"
    "閲覧を続けることで同意したものとみなします。"
)
HEADER = "○○市公式ホームページ"


def _chapters(long: bool) -> list[str]:
    """The plan's chapters, a heading and a paragraph each: eight on a long page (over 2,500
    characters, where trafilatura trusts its own extraction), none on a short one."""
    return [
        line
        for n in range(1, 9 if long else 1)
        for line in (
            f"第{n}章\u3000施策の方向",
            f"第{n}章では、外国人市民が地域社会の一員として安心して暮らせるよう、日本語学習の支援、"
            "多言語による情報提供、相談体制の充実について、これまでの取り組みと今後の方向を示します。",
        )
    ]


def _plan_page(long: bool) -> str:
    """A city's plan page: a header, a cookie banner, a <nav>; in <main> a breadcrumb of
    links, the title and a paragraph, a <section> of text alone, sections and a <div> with
    text right after their heading, the chapters, and at the end a section of a heading and
    its text; a footer."""
    crumbs = " &gt; ".join(f'<a href="/{n}">{item}</a>' for n, item in enumerate(BREADCRUMB))
    chapters = _chapters(long)
    return (
        '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">'
        f"<title>{TITLE}</title></head><body>"
        f'<header><p>{HEADER}</p></header><div class="cookie-banner"><p>{COOKIE}</p></div>'
        '<nav><ul><li><a href="/">ホーム</a></li><li><a href="/kurashi">くらし・手続き</a></li>'
        f'</ul></nav><main><div class="breadcrumb-list">{crumbs}</div>'
        f"<h1>{TITLE}</h1><p>{INTRO}</p>"
        f"<section>{PURPOSE}</section>"
        f"<section><h2>{GOALS[0]}</h2>{GOALS[1]}<p>{GOALS[2]}</p></section>"
        f'<div class="box"><h2>{CONSULTATION[0]}</h2>{CONSULTATION[1]}<br>{CONSULTATION[2]}</div>'
        + "".join(
            f"<h2>{chapters[n]}</h2><p>{chapters[n + 1]}</p>" for n in range(0, len(chapters), 2)
        )
        + f"<section><h2>{PERIOD[0]}</h2>{PERIOD[1]}</section>"
        f"<section><h2>{CONTACT[0]}</h2><div>{CONTACT[1]}</div></section>"
        f"</main><footer><p>{FOOTER}</p></footer></body></html>"
    )


@pytest.mark.parametrize("long", [True, False], ids=["long", "short"])
def test_text_written_straight_into_sections_comes_through_in_reading_order(
    tmp_path: Path, long: bool
) -> None:
    """The section of text alone, the texts right after a heading (in a <section>, a <div>,
    and in a <div> of their own under it) come through where the page has them; the header,
    cookie banner, <nav>, breadcrumb and footer do not, and the note names the banner, the
    breadcrumb and the footer (the header and <nav> go unnamed, as before)."""
    lines, import_notes = _imported(tmp_path, "plan.html", _plan_page(long))
    assert lines == [
        TITLE,
        INTRO,
        PURPOSE,
        *GOALS,
        *CONSULTATION,
        *_chapters(long),
        *PERIOD,
        *CONTACT,
    ]
    for left_out in (HEADER, COOKIE, FOOTER, "ホーム > 市政情報 > 計画", "くらし・手続き"):
        assert left_out not in lines
    assert import_notes == [
        notes.PAGE_TEXT_AND_FOOTER_LEFT_OUT.format(
            shown=f"“{COOKIE[:40]}…”, “ホーム > 市政情報 > 計画”",
            footer=f"“{FOOTER.replace(chr(0x3000), ' ')}”",
        )
    ]


def test_loose_text_of_a_link_bar_a_form_or_a_menu_stays_out(tmp_path: Path) -> None:
    """Text beside links (a link bar under a heading), a radio button's label in a feedback
    form and a menu's text trafilatura drops by its class stay out of the text."""
    bar = (
        '<div class="links"><h2>関連リンク</h2><a href="/a">多言語生活ガイド</a> | '
        '<a href="/b">外国人相談窓口</a></div>'
    )
    form = (
        '<div class="survey"><h2>このページは役に立ちましたか</h2>'
        '<input type="radio" name="a" value="1">はい'
        '<input type="radio" name="a" value="0">いいえ</div>'
    )
    menu_text = "ごみの出し方や税金の手続きはこちらから"
    menu = f'<div class="side-menu"><h2>くらしのメニュー</h2>{menu_text}</div>'
    page = _plan_page(True).replace("</main>", f"{bar}{form}{menu}</main>")
    lines, _notes = _imported(tmp_path, "plan.html", page)
    assert lines[-len(CONTACT) :] == list(CONTACT)
    for left_out in ("多言語生活ガイド", "はい", "いいえ", menu_text):
        assert left_out not in lines


def test_a_sentence_cut_at_its_code_comes_through_whole(tmp_path: Path) -> None:
    """expat's manual writes a function's description straight into a <div> above its
    example: trafilatura kept the sentence from its <code> on (「len to read a piece …」),
    its start went. The sentence comes through whole, once."""
    functions = "".join(
        f"<h2>Function {n}</h2><pre>void f{n}(void);</pre><p>This function number {n} does a "
        "useful thing for the parser and returns a value that the caller checks.</p>"
        for n in range(12)
    )
    sentence = (
        "Obtain a buffer of size <code>len</code> to read a piece of the document into. "
        "A NULL value is returned if Expat can't allocate enough memory."
    )
    page = (
        f"<html><body><main><h1>Reference</h1>{functions}<h2>XML_GetBuffer</h2>"
        "<pre>void * XML_GetBuffer(XML_Parser p, int len);</pre>"
        f"<div class='fcndef'>{sentence}<pre>buf = XML_GetBuffer(p, 1024);</pre></div>"
        "</main></body></html>"
    )
    lines, import_notes = _imported(tmp_path, "reference.html", page)
    assert lines[-4:] == [
        "XML_GetBuffer",
        "void * XML_GetBuffer(XML_Parser p, int len);",
        sentence.replace("<code>", "").replace("</code>", ""),
        "buf = XML_GetBuffer(p, 1024);",
    ]
    assert import_notes == []
