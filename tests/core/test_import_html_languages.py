"""Web pages in Japanese, English or both, imported into a project: no body text is dropped
silently, whatever its language; menus, footers and cookie notices still go, and the import
note names what went."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.importers import notes
from frameworkqda.core.importers.service import import_documents
from frameworkqda.core.store import create_project

JA_HEADING = "浜松市多文化共生都市ビジョン"
JA_PARAGRAPH = (
    "浜松市は、外国人市民と日本人市民が共に暮らす多文化共生のまちづくりを進めています。"
    "国の方針に基づき、外国人住民への日本語教育を充実させます。"
)
JA_SECOND = "市は区役所でポルトガル語、スペイン語、ベトナム語の通訳を提供しています。"
EN_HEADING = "Intercultural City Vision (English summary)"
EN_PARAGRAPHS = [
    "Hamamatsu promotes the integration of foreign residents through language education, "
    "housing support and political participation in the Foreign Residents' Assembly.",
    "The city provides interpretation in Portuguese, Spanish and Vietnamese at the ward offices.",
]
EN_TRANSLATION = [
    "Hamamatsu Intercultural City Vision",
    "Hamamatsu City is building an intercultural community where foreign and Japanese "
    "residents live together. Following national policy, it will expand Japanese-language "
    "education for foreign residents.",
]


def _page(*blocks: str, lang: str = "ja", before: str = "", after: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>浜松市 | '
        "Hamamatsu City</title><style>nav{display:block}</style><script>var x=1;</script>"
        f"</head><body><nav>ホーム | サイトマップ | English</nav>{before}\n"
        + "\n".join(blocks)
        + f"\n{after}<footer>© Hamamatsu City</footer></body></html>"
    )


# the footer every page here ends in (``_page``): named in the note, not in the text
FOOTER_NOTE = notes.PAGE_FOOTER_LEFT_OUT.format(footer="“© Hamamatsu City”")


def _imported(tmp_path: Path, name: str, page: str) -> tuple[list[str], list[str]]:
    """The page imported into a new project: (the lines of its text, its import notes)."""
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    project = create_project(tmp_path / f"{path.stem}.fqda", name="Web")
    (result,) = import_documents(project, [path])
    assert result.document_id is not None
    with project.session() as s:
        document = s.scalars(select(model.Document)).one()
        return document.text.split("\n"), notes.read(document.import_notes)


def test_a_page_of_a_japanese_and_an_english_section_keeps_both(tmp_path: Path) -> None:
    """trafilatura's jusText fallback counts a Japanese paragraph as one word without stop
    words, so boilerplate: the Japanese <h1> and paragraph went, silently, and the English
    section stayed (the 20 % check counted characters and never fired)."""
    page = _page(
        f"<h1>{JA_HEADING}</h1>",
        f"<p>{JA_PARAGRAPH}</p>",
        f"<h2>{EN_HEADING}</h2>",
        *(f"<p>{text}</p>" for text in EN_PARAGRAPHS),
    )
    lines, import_notes = _imported(tmp_path, "hamamatsu-plan.html", page)
    assert lines == [JA_HEADING, JA_PARAGRAPH, EN_HEADING, *EN_PARAGRAPHS]
    assert import_notes == [FOOTER_NOTE]


def test_the_english_only_and_japanese_only_pages_keep_everything(tmp_path: Path) -> None:
    english = _page(
        f"<h1>{EN_TRANSLATION[0]}</h1>",
        f"<p>{EN_TRANSLATION[1]}</p>",
        f"<h2>{EN_HEADING}</h2>",
        *(f"<p>{text}</p>" for text in EN_PARAGRAPHS),
        lang="en",
    )
    lines, import_notes = _imported(tmp_path, "en-variant.html", english)
    assert lines == [*EN_TRANSLATION, EN_HEADING, *EN_PARAGRAPHS]
    assert import_notes == [FOOTER_NOTE]
    japanese = _page(f"<h1>{JA_HEADING}</h1>", f"<p>{JA_PARAGRAPH}</p>", f"<p>{JA_SECOND}</p>")
    lines, import_notes = _imported(tmp_path, "ja-only.html", japanese)
    assert lines == [JA_HEADING, JA_PARAGRAPH, JA_SECOND]
    assert import_notes == [FOOTER_NOTE]


COOKIE = (
    "This site uses cookies to improve your experience. By continuing you accept our cookie policy."
)
BOILERPLATE_BEFORE = (
    f'<div id="cookie-banner" class="cookie-notice"><p>{COOKIE}</p></div>'
    '<div id="menu" class="global-menu"><ul><li><a href="/">トップページ</a></li>'
    '<li><a href="/kurashi">くらし・手続き</a></li><li><a href="/sitemap">Site map</a></li>'
    '</ul></div><div class="content">'
)
BOILERPLATE_AFTER = '</div><div class="footer"><p>お問い合わせ：国際課 電話 053-457-2359</p></div>'


def test_menus_footers_and_cookie_notices_still_go_and_the_note_names_them(
    tmp_path: Path,
) -> None:
    """The note quotes the three largest pieces left out, in the page's order (the first
    three of the IDLE manual were "Navigation", "index", "previous |" and hid 446 more,
    among them its whole section on the menus), and the <footer> after them as the footer:
    _fallback_text leaves footers out with the navigation, so the note named none."""
    page = _page(
        f"<h1>{JA_HEADING}</h1>",
        f"<p>{JA_PARAGRAPH}</p>",
        f"<h2>{EN_HEADING}</h2>",
        *(f"<p>{text}</p>" for text in EN_PARAGRAPHS),
        f"<p>{JA_SECOND}</p>",
        before=BOILERPLATE_BEFORE,
        after=BOILERPLATE_AFTER,
    )
    lines, import_notes = _imported(tmp_path, "city.html", page)
    assert lines == [JA_HEADING, JA_PARAGRAPH, EN_HEADING, *EN_PARAGRAPHS, JA_SECOND]
    assert import_notes == [
        notes.PAGE_TEXT_AND_MORE_AND_FOOTER_LEFT_OUT.format(
            shown="“This site uses cookies to improve your e…”, “くらし・手続き”, "
            "“お問い合わせ：国際課 電話 053-457-2359”",
            n=2,
            footer="“© Hamamatsu City”",
        )
    ]


def test_a_page_trafilatura_finds_little_in_falls_back_fairly_to_japanese(
    tmp_path: Path,
) -> None:
    """A Japanese article between long English menus: the article is under a fifth of the
    page's characters but not of its text (a Japanese character holds about as much as
    three English ones), so the extraction stands: the menus do not come back."""
    menu = "".join(
        f'<li><a href="/{number}">Information for residents, section {number}</a></li>'
        for number in range(30)
    )
    page = _page(
        f"<h1>{JA_HEADING}</h1>",
        f"<p>{JA_PARAGRAPH}</p>",
        f"<p>{JA_SECOND * 3}</p>",
        before=f'<div id="menu" class="menu"><ul>{menu}</ul></div><div class="content">',
        after="</div>",
    )
    lines, import_notes = _imported(tmp_path, "ja-with-menus.html", page)
    assert lines == [JA_HEADING, JA_PARAGRAPH, JA_SECOND * 3]
    assert notes.NO_MAIN_CONTENT.format() not in import_notes
    assert import_notes[0].startswith("left out of the text as menus or boilerplate of the page")


def test_a_dropped_heading_goes_back_before_a_paragraph_written_over_lines() -> None:
    """trafilatura keeps the line breaks of a <p> written over lines, so the paragraph after
    a dropped heading was no line of the text and the heading stayed out (libffi's manual:
    「2.3.4.1 Arrays」); and a dropped heading goes before a kept heading that follows it
    (the site title before the page's <h1>), not between that and the paragraph."""
    from frameworkqda.core.importers import html

    page = (
        "<html><body><div><h1>多文化共生白書</h1><h2>はじめに</h2>"
        "<p>本市は外国人市民と共に暮らすまちづくりを進めている。\n"
        "この白書はその歩みをまとめる。</p></div></body></html>"
    )
    text = (
        "はじめに\n本市は外国人市民と共に暮らすまちづくりを進めている。\n"
        "この白書はその歩みをまとめる。"
    )
    assert html._with_headings(text, page).split("\n") == [
        "多文化共生白書",
        "はじめに",
        "本市は外国人市民と共に暮らすまちづくりを進めている。",
        "この白書はその歩みをまとめる。",
    ]


def test_a_page_wrapped_in_one_form_keeps_its_headings_and_a_small_form_still_goes(
    tmp_path: Path,
) -> None:
    """ASP.NET pages (many city sites) wrap the whole body in one <form>: it was dropped as
    boilerplate, leaving nothing to compare trafilatura's text with, so the Japanese <h1>
    and the English <h2> it dropped went silently. A feedback form beside it still goes."""
    blocks = (
        f"<h1>{JA_HEADING}</h1>",
        f"<p>{JA_PARAGRAPH}</p>",
        f"<h2>{EN_HEADING}</h2>",
        *(f"<p>{text}</p>" for text in EN_PARAGRAPHS),
    )
    feedback = (
        '<form action="/survey"><p>このページの情報は役に立ちましたか？</p>'
        '<input type="radio" name="a" value="1">はい<input type="radio" name="a" value="0">'
        "いいえ</form>"
    )
    page = _page(
        *blocks,
        before='<form id="aspnetForm" method="post" action="./plan.aspx">',
        after=f"</form>{feedback}",
    )
    lines, import_notes = _imported(tmp_path, "plan.aspx.html", page)
    assert lines == [JA_HEADING, JA_PARAGRAPH, EN_HEADING, *EN_PARAGRAPHS]
    assert import_notes == [FOOTER_NOTE]


def test_lines_put_back_are_not_a_table_row_or_item_the_text_holds_written_otherwise() -> None:
    """The two extractions can write a row or an item differently (``| a | b |``, ``- a``);
    text already in the other is not put in twice."""
    from frameworkqda.core.importers import html

    page = (
        "<html><body><h2>主な施策</h2><table><tr><td>分野</td><td>施策数</td></tr></table>"
        "<ul><li>外国人の子どもの就学支援</li></ul><p>相談窓口</p></body></html>"
    )
    kept = "主な施策\n分野\t施策数\n外国人の子どもの就学支援"
    own = "主な施策\n| 分野 | 施策数 |\n- 外国人の子どもの就学支援\n相談窓口"
    assert html._merged(kept, own, page).split("\n") == [*kept.split("\n"), "相談窓口"]
