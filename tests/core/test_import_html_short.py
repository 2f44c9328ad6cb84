"""Short web pages: trafilatura's own extraction, as for a long page, not its baseline's.

Under 250 characters of main text trafilatura took its baseline rescue: the page's <p>s (no
table, list or heading) or, when they hold 100 characters or less, every text node of the
body on a line of its own, so a link or <b> broke its sentence (相談窓口 / は市役所の…), a
search across it found nothing, a table came out a cell a line and the menus came in.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.importers import ImportOptions, extract, notes
from frameworkqda.core.importers.service import import_documents
from frameworkqda.core.search import search_project
from frameworkqda.core.store import create_project

NOTICE_JA = (
    '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>外国人の皆さんへ</title>'
    "</head><body><nav><ul><li><a href='/'>トップ</a></li><li><a href='/kurashi'>くらし</a></li>"
    "</ul></nav><h1>外国人の皆さんへ</h1>"
    "<p><a href='/soudan'>相談窓口</a>は市役所の1階にあります。相談は<b>無料</b>です。"
    "<span class='tel'>電話</span>でも相談できます。</p>"
    "<table><tr><th>曜日</th><th>時間</th></tr><tr><td>月曜日</td><td>9時から17時</td></tr>"
    "<tr><td>水曜日</td><td>13時から17時</td></tr></table>"
    "<footer><p>Copyright 浜松市役所</p></footer></body></html>"
)
NOTICE_JA_TEXT = [
    "外国人の皆さんへ",
    "相談窓口は市役所の1階にあります。相談は無料です。電話でも相談できます。",
    "曜日\t時間",  # a table a row a line, as on a long page
    "月曜日\t9時から17時",
    "水曜日\t13時から17時",
]
NOTICE_EN = (
    '<html lang="en"><head><meta charset="utf-8"><title>Advice desk</title></head><body>'
    "<div class='menu'><ul><li><a href='/'>Home</a></li><li><a href='/living'>Living</a>"
    "</li><li><a href='/business'>Business</a></li></ul></div>"
    "<h1>Advice desk</h1><p>The <a href='/desk'>advice desk</a> is on the <b>first floor</b>"
    " of city hall.</p><p>Advice is <span class='x'>free</span> of charge.</p>"
    "<table><tr><th>Day</th><th>Hours</th></tr><tr><td>Monday</td><td>9 to 5</td></tr></table>"
    "</body></html>"
)
NOTICE_EN_TEXT = [
    "Advice desk",
    "The advice desk is on the first floor of city hall.",
    "Advice is free of charge.",
    "Day\tHours",
    "Monday\t9 to 5",
]


def _imported(
    tmp_path: Path, name: str, page: str, phrase: str
) -> tuple[list[str], list[str], int]:
    """``page`` saved as ``name`` and imported into a new project: (the lines of its text,
    its import notes, the hits of ``phrase`` in the project)."""
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    project = create_project(tmp_path / f"{path.stem}.fqda", name="Web")
    (result,) = import_documents(project, [path], options=ImportOptions())
    assert result.document_id is not None
    with project.session() as s:
        document = s.scalars(select(model.Document)).one()
        lines, stored = document.text.split("\n"), notes.read(document.import_notes)
    hits = search_project(project, phrase)
    project.engine.dispose()
    return lines, stored, len(hits)


def _text(page: str) -> list[str]:
    return extract(page.encode("utf-8"), "page.html", ImportOptions()).text.split("\n")


def test_a_short_japanese_notice_keeps_its_sentences_and_table_rows(tmp_path: Path) -> None:
    """Its link, <b> and <span> broke the sentence over five lines and each cell was a line:
    a search for 窓口は市役所 (over the link's end) found nothing. The menu stays out; the
    note names the footer."""
    lines, stored, hits = _imported(tmp_path, "お知らせ.html", NOTICE_JA, "窓口は市役所")
    assert lines == NOTICE_JA_TEXT
    assert stored == [notes.PAGE_FOOTER_LEFT_OUT.format(footer="“Copyright 浜松市役所”")]
    assert hits == 1


def test_a_short_english_notice_keeps_its_sentences_and_leaves_its_menu_out(
    tmp_path: Path,
) -> None:
    """The dump held the menu (Home, Living, Business) in a <div class="menu"> too: the
    import note names it."""
    lines, stored, hits = _imported(tmp_path, "notice.html", NOTICE_EN, "advice desk is on")
    assert lines == NOTICE_EN_TEXT
    assert stored == [notes.PAGE_TEXT_LEFT_OUT.format(shown="“Home”, “Living”, “Business”")]
    assert hits == 1


def test_a_short_page_of_paragraphs_keeps_its_table_and_its_order() -> None:
    """Over 100 characters of <p> (here in a block trafilatura's extraction leaves out), the
    baseline took those paragraphs alone: the table was left out, named in the import note.
    Now trafilatura's own extraction, the paragraphs it lacks put in whole where the page
    has them: they went to the start, above the heading and the table, nothing of the
    baseline's (paragraphs only) coming before them in the own extraction."""
    page = (
        "<html><body><h1>What to bring</h1><table><tr><th>Desk</th><th>Hours</th></tr>"
        "<tr><td>City hall</td><td>9 to 5</td></tr></table><div class='related-info'>"
        "<p>Bring your residence card, your passport and a certificate of residence.</p>"
        "<p>See the Immigration Services Agency for the rest of the forms.</p></div>"
        "</body></html>"
    )
    extraction = extract(page.encode("utf-8"), "page.html", ImportOptions())
    assert extraction.text.split("\n") == [
        "What to bring",
        "Desk\tHours",
        "City hall\t9 to 5",
        "Bring your residence card, your passport and a certificate of residence.",
        "See the Immigration Services Agency for the rest of the forms.",
    ]
    assert extraction.warnings == []


def test_a_paragraph_put_back_after_a_quote_comes_after_it(tmp_path: Path) -> None:
    """The baseline writes a <blockquote> of two <p>s as one line, trafilatura as two: the
    paragraph after it that trafilatura left out went in above the quote, after the line
    before the quote."""
    page = (
        "<html><body><h1>Notice</h1><p>The advice desk is on the first floor.</p>"
        "<blockquote><p>Advice is free.</p><p>No booking needed.</p></blockquote>"
        "<div class='related-info'><p>See the Immigration Services Agency for the rest of the"
        " forms you need.</p></div></body></html>"
    )
    lines, stored, hits = _imported(tmp_path, "notice.html", page, "rest of the forms")
    assert lines == [
        "Notice",
        "The advice desk is on the first floor.",
        "Advice is free.",
        "No booking needed.",
        "See the Immigration Services Agency for the rest of the forms you need.",
    ]
    assert stored == []
    assert hits == 1


def test_a_short_page_in_divs_keeps_its_sentences() -> None:
    """Text straight in <div>s, no <p>: the dump's lines again (相談窓口 / は市役所の…)."""
    page = (
        "<html><body><div class='main'><h2>相談窓口</h2><div><a href='/x'>相談窓口</a>は"
        "市役所の1階にあります。</div><div>予約は<b>いりません</b>。</div></div></body></html>"
    )
    assert _text(page) == ["相談窓口", "相談窓口は市役所の1階にあります。", "予約はいりません。"]


def test_a_heading_above_a_div_goes_back_above_its_text(tmp_path: Path) -> None:
    """trafilatura's own extraction drops the <h2> above text written straight in a <div>
    (a notice's sentence, the date under it), the <h2> alone in a <div> or not: put back
    before the next paragraph, item or cell, it went below that text, and stayed out when
    nothing followed (named in the note). A <div> trafilatura leaves out (a breadcrumb)
    still does not hold it."""
    notice = "相談窓口は市役所の1階にあります。月曜日から金曜日まで開いています。"
    page = "<html><body><p>はじめに。</p><h2>外国人相談窓口</h2>{}</body></html>"
    lines, stored, _hits = _imported(
        tmp_path, "窓口.html", page.format(f"<div>{notice}</div><p>おわりに。</p>"), "窓口"
    )
    assert lines == ["はじめに。", "外国人相談窓口", notice, "おわりに。"]
    assert stored == []
    assert _text(page.format(f"<div>{notice}</div>")) == ["はじめに。", "外国人相談窓口", notice]
    heading = "<h2>外国人相談窓口</h2>"
    wrapped = page.replace(heading, f"<div class='ttl'>{heading}</div>")
    assert _text(wrapped.format(f"<div>{notice}</div>")) == ["はじめに。", "外国人相談窓口", notice]
    dated = f"<div class='date'>2024年4月1日</div><p>{notice}</p>"
    assert _text(page.format(dated)) == ["はじめに。", "外国人相談窓口", "2024年4月1日", notice]
    crumbs = f"<div class='breadcrumb'>トップ &gt; くらし</div><p>{notice}</p>"
    assert _text(page.format(crumbs)) == ["はじめに。", "外国人相談窓口", notice]
