"""Sections of a web page's text that trafilatura drops for their class or id alone
(``<section id="menus">`` about a school's lunch menus, ``<div class="sidebar-guide">``)
are kept; navigation menus, cookie banners, notice bars and footers still go.

The pages are long enough (over 2,500 characters of text) for trafilatura to trust its own
extraction: a shorter page is weighed against readability's and jusText's, which kept the
sections on their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.test_import_html_languages import _imported

TEXTS = {
    "ja": {
        "notice": (
            "お知らせ",
            "このサイトでは、閲覧の状況を知るためにクッキーを使っています。"
            "閲覧を続けると同意したものとみなします。",
        ),
        "cookie": (
            "クッキーの使用について",
            "当サイトでは利便性向上のためクッキーを使用しています。"
            "閲覧を続けることでクッキーの使用に同意したものとみなします。",
        ),
        "menu": ["くらし・手続き", "子育て・教育", "健康・福祉", "市政情報"],
        "title": "学校給食",
        "intro": "市立小中学校では、成長期の児童生徒に必要な栄養をとることができるよう、"
        "栄養バランスのとれた給食を提供しています。",
        "part": (
            "第{n}章\u3000給食の取り組み",
            "第{n}章では、市内{schools}校で進めている給食の取り組みについて、地域の農家と"
            "連携した地産地消の献立づくり、調理場の衛生管理、食育の授業との結び付きを報告します。",
            "{n}年目の評価では、保護者アンケートの回答をもとに、量や味付け、提供時間について"
            "改善点を整理し、次年度の計画に反映しました。",
        ),
        "menus": (
            "献立",
            "給食の献立は、学校栄養職員が季節の食材や行事を取り入れて作成し、"
            "毎月末に翌月分を各家庭へ配布しています。",
            "食物アレルギーのある児童生徒には、学校と保護者が相談のうえ、"
            "除去食などの対応をしています。",
        ),
        "guide": (
            "給食費の援助",
            "経済的な理由で給食費の支払いが困難な家庭には、就学援助制度により給食費を"
            "援助しています。申請は学校または教育委員会学務課で受け付けています。",
        ),
        "related": "関連ページ",
        "footer": "○○市役所\u3000〒000-0000\u3000○○市中央1丁目1番1号",
    },
    "en": {
        "notice": (
            "Notice",
            "This site uses cookies to see how it is used. "
            "By browsing on you agree to the use of cookies.",
        ),
        "cookie": (
            "Cookies on this site",
            "We use some essential cookies to make this website work. We would like to set "
            "additional cookies to understand how you use the site.",
        ),
        "menu": ["Bins and recycling", "Schools and education", "Council tax", "Housing"],
        "title": "School meals",
        "intro": "Every child in reception, year 1 and year 2 at a state school can get free "
        "school meals. Older children can get them if their family receives certain benefits.",
        "part": (
            "Part {n}: our school meals service",
            "Part {n} reports on the work in {schools} schools across the city: menus planned "
            "with local farmers, food hygiene in the school kitchens, and the link between "
            "lunchtime and food lessons in class.",
            "In year {n} of the review, the answers of parents to our survey on portion size, "
            "taste and serving times were collected, and the changes they asked for were "
            "written into the plan for the next year.",
        ),
        "menus": (
            "Menus",
            "Our school meal menus run on a three-week cycle and are planned by a nutritionist "
            "so that they meet the national school food standards.",
            "Each day there is a hot main meal, a vegetarian option and a jacket potato or "
            "sandwich, with fresh fruit or a pudding.",
        ),
        "guide": (
            "Help with the cost",
            "Families on a low income can get help with the cost of school meals. You can "
            "apply at your child's school or to the education office.",
        ),
        "related": "Related pages",
        "footer": "City Council, Civic Centre, High Street",
    },
}


def _parts(lang: str) -> list[str]:
    """The page's long text: eight parts of a heading and two paragraphs."""
    return [line.format(n=n, schools=3 * n) for n in range(1, 9) for line in TEXTS[lang]["part"]]


# the page's main column: <main>, Sphinx's role="main", an old city site's <div>, and that
# in the <form> an ASP.NET page wraps its body in
COLUMNS = {
    "main": ("<main>", "</main>"),
    "role": ('<div class="body" role="main">', "</div>"),
    "contents": ('<div id="contents">', "</div>"),
    "aspnet": ('<form id="aspnetForm" method="post"><div id="contents">', "</div></form>"),
}


def _government_page(lang: str, column: str) -> str:
    """A city's page on school meals: a notice bar and a cookie banner at the top, a <nav>
    menu and a <div class="menu"> of links, the main column (``COLUMNS``) with the text, a
    section ``id="menus"``, a ``class="sidebar-guide"`` and a headed list of related links,
    and a footer."""
    t = TEXTS[lang]
    links = "".join(f'<li><a href="/{n}">{item}</a></li>' for n, item in enumerate(t["menu"]))
    lines = _parts(lang)
    parts = "".join(
        f"<h2>{lines[n]}</h2><p>{lines[n + 1]}</p><p>{lines[n + 2]}</p>"
        for n in range(0, len(lines), 3)
    )
    start, end = COLUMNS[column]
    menus_heading, *menus = t["menus"]
    guide_heading, *guide = t["guide"]
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{t['title']}</title></head><body>"
        f'<div class="notice-bar"><h2>{t["notice"][0]}</h2><p>{t["notice"][1]}</p></div>'
        f'<div id="cookie-banner" class="cookie-banner"><h2>{t["cookie"][0]}</h2>'
        f"<p>{t['cookie'][1]}</p><button>OK</button></div>"
        f'<nav class="global-nav"><ul>{links}</ul></nav><div class="menu"><ul>{links}</ul></div>'
        f"{start}<h1>{t['title']}</h1><p>{t['intro']}</p>{parts}"
        f'<section id="menus"><h2>{menus_heading}</h2>'
        + "".join(f"<p>{text}</p>" for text in menus)
        + f'</section><div class="sidebar-guide"><h2>{guide_heading}</h2>'
        + "".join(f"<p>{text}</p>" for text in guide)
        + f'</div><div class="menu-related"><h2>{t["related"]}</h2><ul>{links}</ul></div>'
        f"{end}<footer><p>{t['footer']}</p></footer></body></html>"
    )


@pytest.mark.parametrize("column", list(COLUMNS))
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_sections_named_like_menus_or_a_sidebar_are_kept_and_the_menus_still_go(
    tmp_path: Path, lang: str, column: str
) -> None:
    """trafilatura drops a <div>/<section> whose id or class holds "menu", "nav", "sidebar",
    "bar" …: the section on the lunch menus and the guide to help with the cost went, and
    the note listed them as "menus or boilerplate" (the IDLE manual lost 446 lines so). A
    headed section of running text in the page's main text is content; the link lists
    (even a headed one inside <main>), the notice bar and cookie banner above the page and
    the footer are not."""
    t = TEXTS[lang]
    page = _government_page(lang, column)
    lines, import_notes = _imported(tmp_path, f"{lang}-{column}.html", page)
    assert lines == [
        t["title"],
        t["intro"],
        *_parts(lang),
        *t["menus"],
        *t["guide"],
    ]
    for left_out in (*t["notice"], *t["cookie"], *t["menu"], t["related"], t["footer"]):
        assert left_out not in lines
    assert len(import_notes) == 1
    assert import_notes[0].startswith("left out of the text as menus or boilerplate of the page")


@pytest.mark.parametrize(
    "hidden", ['class="panel hidden"', 'style="display: none"', "hidden", 'aria-hidden="true"']
)
def test_a_hidden_section_named_like_a_menu_stays_out(tmp_path: Path, hidden: str) -> None:
    """Taking the class off a section trafilatura drops by name must not show one hidden by
    its class ("panel hidden": trafilatura's own test of hidden things reads the class too),
    its style or an attribute."""
    t = TEXTS["en"]
    page = _government_page("en", "main").replace(
        '<section id="menus">', f'<section id="menus" {hidden}>'
    )
    lines, _notes = _imported(tmp_path, "hidden.html", page)
    assert lines == [t["title"], t["intro"], *_parts("en"), *t["guide"]]
