"""Saved web pages: charset from BOM or <meta>, main text by trafilatura, a plain fallback.

Furigana (<ruby>) is made its base text first (the readings in brackets with
``keep_furigana``), so trafilatura and the visible text the import note compares with read it
alike; then a line break between two CJK characters goes, as a browser takes it out
(``html_spacing``).

City websites are often Shift_JIS or EUC-JP and wrap the content in navigation menus.
trafilatura (well kept, used widely for web corpora) finds the main content and keeps headings,
lists and tables (a table a row a line, its cells apart by tabs; a heading it drops before
text it keeps is put back, and U+3000 stays U+3000); a short page too, not its baseline's dump
of a line a text node. Its word-counting fallback (jusText) takes a Japanese paragraph for
boilerplate, so what trafilatura's own extractor keeps and that fallback dropped is put back;
and a headed section of running text it drops for a class or id like "menus" alone is kept;
text written straight into a <section> or <div> beside its blocks (after a heading) is kept
where it stands. When it finds next to nothing (a page that is all "boilerplate" to it) we
fall back to the visible text of the body without scripts, styles and
<nav>/<header>/<footer>; otherwise the import note names the visible text left out, and the
footer's.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from configparser import ConfigParser
from contextlib import suppress
from itertools import accumulate
from typing import NamedTuple

import trafilatura
from lxml import html as lxml_html
from lxml.html import defs as lxml_defs
from trafilatura.settings import DEFAULT_CONFIG, use_config

from frameworkqda.core.importers import notes
from frameworkqda.core.importers.base import Extraction, ImportOptions
from frameworkqda.core.importers.encoding import bom_encoding, decode
from frameworkqda.core.importers.html_spacing import without_cjk_line_breaks
from frameworkqda.core.importers.language import detect_language
from frameworkqda.core.kinds import DocumentKind
from frameworkqda.core.text.cjk import cjk_mask, code_points, normalise_text

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:]+)""", re.I)
BLOCK_TAGS = {
    "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br", "section",
    "article", "table", "ul", "ol", "dd", "dt", "blockquote", "pre", "td", "th",
}  # fmt: skip
BOILERPLATE_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form")
_NOT_TEXT = ("script", "style", "noscript", "template")  # what shows no text of the page


def _without_boilerplate(root: lxml_html.HtmlElement) -> None:
    """``root`` without the elements of ``BOILERPLATE_TAGS``, but for a <form> holding most
    of the body's text: ASP.NET pages (many city sites) wrap the whole page in one, and
    dropping it left nothing to compare trafilatura's text with (a Japanese <h1> it dropped
    went silently)."""
    whole = 0
    for tag in BOILERPLATE_TAGS:
        if tag == "form":  # the last: what the body holds without the rest
            body = root.find("body")
            whole = len(_key((body if body is not None else root).text_content()))
        for element in list(root.iter(tag)):
            if tag == "form" and 2 * len(_key(element.text_content())) > whole:
                continue
            element.drop_tree()


def decode_html(data: bytes, name: str) -> tuple[str, str]:
    declared = None
    if bom_encoding(data) is None:
        match = META_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii") if match else None
    return decode(data, name, declared)


# Furigana: <ruby>base<rp>(</rp><rt>reading</rt><rp>)</rp></ruby>. trafilatura set the base and
# the reading on lines of their own (二段落目に / 多文化 / たぶんか / 共生…), and the visible text
# the import note compares with had the reading inside the line (多文化たぶんか共生).
_RUBY = re.compile(r"<ruby[\s>]", re.I)
# what ends an <rb>, <rt>, <rp> or <rtc> whose end tag is left out, as HTML allows and
# libxml2 does not know (it nests the next one inside)
_RUBY_ENDS = {
    "rb": {"rb", "rt", "rtc", "rp"},
    "rt": {"rb", "rt", "rtc", "rp"},
    "rp": {"rb", "rt", "rtc", "rp"},
    "rtc": {"rb", "rtc", "rp"},
}


def _ruby_as_text(markup: str, keep_furigana: bool) -> str:
    """``markup`` with each <ruby> made its base text, the readings after it in brackets
    with ``keep_furigana`` (as Word files' ruby: 多文化（たぶんか）); the page's <rp>
    parentheses go either way. Both trafilatura and the visible text read this markup."""
    if not _RUBY.search(markup):
        return markup
    root = lxml_html.document_fromstring(markup)
    rubies = list(root.iter("ruby"))
    if not rubies:  # "<ruby>" in a script or a comment: the page as it came
        return markup
    for ruby in reversed(rubies):  # a ruby inside another's base first
        _close_implied_ends(ruby)
        tail, text = ruby.tail, _ruby_text(ruby, keep_furigana)
        ruby.clear()
        ruby.text, ruby.tail = text, tail
        ruby.drop_tag()
    return str(lxml_html.tostring(root, encoding="unicode"))


def _close_implied_ends(ruby: lxml_html.HtmlElement) -> None:
    """Each <rb>, <rt>, <rp>, <rtc> in ``ruby`` ended where HTML ends it when its end tag is
    left out (``<rb>在<rb>留<rt>ざい<rt>りゅう``): what libxml2 nested in it made its
    following siblings."""
    while True:
        for element in ruby.iter(*_RUBY_ENDS):
            ends = next((c for c in element if c.tag in _RUBY_ENDS[element.tag]), None)
            if ends is not None:
                break
        else:
            return
        moved = [ends, *ends.itersiblings()]
        tail, element.tail = element.tail, None
        for node in reversed(moved):
            element.addnext(node)
        moved[-1].tail = (moved[-1].tail or "") + (tail or "")


def _ruby_text(ruby: lxml_html.HtmlElement, keep_furigana: bool) -> str:
    """The base text of ``ruby`` (its text outside <rt>, <rp>, <rtc>; white space between
    its parts is the markup's layout), then with ``keep_furigana`` its readings (<rt>) in
    brackets and each <rtc> in brackets of its own."""
    base = [ruby.text or ""]
    readings: list[str] = []
    annotations: list[str] = []
    for child in ruby:
        if child.tag == "rt":
            readings.append(_annotation(child))
        elif child.tag == "rtc":
            annotations.append(_annotation(child))
        elif isinstance(child.tag, str) and child.tag != "rp":  # <rb>, <span>, <a> …
            base.append(child.text_content())
        base.append(child.tail or "")
    text = "".join(part.strip() for part in base)
    if keep_furigana:
        for reading in ("".join(readings), *annotations):
            text += f"（{reading}）" if reading else ""
    return text


def _annotation(element: lxml_html.HtmlElement) -> str:
    """The text of an <rt> or <rtc> without <rp> parentheses and white space at its ends."""
    return "".join(element.xpath(".//text()[not(ancestor::rp)]")).strip()


def _fallback_text(markup: str) -> str:
    root = lxml_html.document_fromstring(markup)
    _without_boilerplate(root)
    body = root.find("body")
    return _visible_text(body if body is not None else root)


def _visible_text(element: lxml_html.HtmlElement) -> str:
    """The text of ``element`` a block a line, a row's cells apart by a tab, runs of spaces
    one space, no empty line."""
    for node in element.iter():
        if isinstance(node.tag, str) and node.tag in BLOCK_TAGS:
            node.tail = "\n" + (node.tail or "")
            if node.tag in ("td", "th"):
                node.tail = "\t" + (node.tail or "").lstrip("\n")
    text = element.text_content()
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


_FOOTER = re.compile(r"<footer[\s>]", re.I)


def _footers(markup: str) -> list[str]:
    """The visible text of each <footer> of the page (one inside another is part of it):
    ``_fallback_text`` leaves them out with the navigation, so the note named none."""
    if not _FOOTER.search(markup):  # most pages: no second parse
        return []
    root = lxml_html.document_fromstring(markup)
    for element in list(root.iter(*_NOT_TEXT)):
        element.drop_tree()
    return [_visible_text(footer) for footer in root.xpath("//footer[not(ancestor::footer)]")]


# trafilatura folds every run of white space into one ASCII space, U+3000 among it (「第1章　基本
# 的な考え方」 came out as 「第1章 基本的な考え方」), and drops private-use characters. The markup
# carries U+303F IDEOGRAPHIC HALF FILL SPACE, which no text uses, in its place through it.
IDEOGRAPHIC_SPACE_STAND_IN = "\u303f"
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_CELLS = ("caption", "td", "th")  # trafilatura writes a caption as a row of its own
_TEXT_BLOCKS = (*HEADINGS, "p", "li", *_CELLS, "dd", "dt", "blockquote", "pre")


# trafilatura rescues a main text under MIN_EXTRACTED_SIZE (250 characters) with its baseline,
# which takes the page's paragraphs (<p>, no headings, lists or tables) or, when they hold 100
# characters or less, every text node of the body on a line of its own: menus in, and each
# link or <b> breaking its sentence (「相談窓口」 / 「は市役所の1階にあります。」), each table cell
# a line. With MIN_EXTRACTED_SIZE 0 there is no rescue: trafilatura's own extraction, as for a
# long page (its readability and jusText comparison is then skipped, as for 2,500 characters
# with ``favor_recall``).
_WITHOUT_BASELINE = use_config()
_WITHOUT_BASELINE.set("DEFAULT", "MIN_EXTRACTED_SIZE", "0")


def _trafilatura(markup: str, fast: bool) -> str:
    """trafilatura's main text of ``markup``: its own extraction, not its baseline's.

    When the text is what ``trafilatura.baseline`` gives for the page, its rescue took it:
    the extraction again with ``_WITHOUT_BASELINE``. A long page never reaches the rescue."""
    markup, stand_in = _stood_in(markup)
    text = _extracted(markup, fast, DEFAULT_CONFIG)
    if text and _key(text) == _nfc_key(trafilatura.baseline(markup)[1]):
        own = _extracted(markup, fast, _WITHOUT_BASELINE)
        # the body's text nodes, a line each: nothing of it to keep; the page's paragraphs:
        # whole, those trafilatura's own extraction lacks are kept
        text = (
            own
            if _key(text) == _nfc_key(trafilatura.html2txt(markup))
            else _merged(own, text, markup)
        )
    return text.replace(IDEOGRAPHIC_SPACE_STAND_IN, "\u3000") if stand_in else text


def _own_extraction(markup: str) -> str:
    """trafilatura's own extraction of ``markup`` alone: no baseline rescue, no readability
    or jusText to weigh it against (``fast`` with ``_WITHOUT_BASELINE``)."""
    markup, stand_in = _stood_in(markup)
    text = _extracted(markup, True, _WITHOUT_BASELINE)
    return text.replace(IDEOGRAPHIC_SPACE_STAND_IN, "\u3000") if stand_in else text


def _stood_in(markup: str) -> tuple[str, bool]:
    """``markup`` with ``IDEOGRAPHIC_SPACE_STAND_IN`` for U+3000, and whether it was put in
    (not when the page has that character itself)."""
    stand_in = "\u3000" in markup and IDEOGRAPHIC_SPACE_STAND_IN not in markup
    return (markup.replace("\u3000", IDEOGRAPHIC_SPACE_STAND_IN) if stand_in else markup), stand_in


def _nfc_key(text: str) -> str:
    """``_key`` of ``text`` in NFC, as trafilatura's output is."""
    return _key(unicodedata.normalize("NFC", text))


def _extracted(markup: str, fast: bool, config: ConfigParser) -> str:
    """trafilatura's text of ``markup`` with headings, lists and tables, without links,
    comments or formatting, nothing left out as a repeat."""
    extracted = trafilatura.extract(
        markup,
        fast=fast,
        include_tables=True,
        include_comments=False,
        include_links=False,
        include_formatting=False,
        favor_recall=True,
        deduplicate=False,
        config=config,
    )
    text = extracted or ""
    return text + " " if _ends_in_row(text, markup) else text  # a row as the others


def _ends_in_row(text: str, markup: str) -> bool:
    """Whether trafilatura's ``text`` ends in a row of a table of ``markup`` (a <tr> holding
    its first and last cells' text; a layout table's row holds more than trafilatura keeps):
    there the row lost the space after its closing rule (``_rows_ended``), and a line of the
    page's own text written as a row (``| a | b |``) would look the same."""
    last = text.rpartition("\n")[2]
    if not (last.startswith("| ") and last.endswith(" |")):
        return False
    # a "|" in a cell is written "\\|": its two sides are two cells here
    cells = [key for cell in _cells(last) if (key := _key(cell).replace("\\", ""))]
    rows = (
        _nfc_key(row.text_content()) for row in lxml_html.document_fromstring(markup).iter("tr")
    )
    return bool(cells) and any(cells[0] in row and cells[-1] in row for row in rows)


def _main_text(markup: str) -> str:
    """trafilatura's main text, with what its own extractor keeps and its fallbacks dropped.

    When its own extraction is short (under 2,500 characters with ``favor_recall``) it
    compares it with readability's and then jusText's. jusText tells a paragraph from
    boilerplate by the share of stop words among its words, counted between spaces: a
    Japanese paragraph is one "word" and no stop word, so "bad". On a page of a Japanese
    and an English section jusText kept only the English, and trafilatura took that (the
    Japanese <h1> and paragraph of hamamatsu-plan.html went; a page all in Japanese kept
    them, jusText finding nothing there). No option of trafilatura stops this but ``fast``,
    which skips readability too: the lines of the ``fast`` extraction (its own, which judges
    boilerplate by markup, not by words) missing from the full one are put in, each after
    the line it follows there. Then sections dropped by their class alone
    (``_content_sections``) and text written straight into a container
    (``_loose_text_wrapped``) are put back."""
    text = _both_ways(markup, markup)
    page = markup
    if text and (sections := _content_sections(markup, text)) is not None:
        text = _merged(_both_ways(sections, markup), text, markup)  # nothing kept is lost
        page = sections
    if (loose := _loose_text_wrapped(page, text)) is not None:
        text = _put_in(text, _own_extraction(loose.markup), loose, markup)
    return _with_headings(text, markup) if text else text


def _put_in(text: str, own: str, loose: _Wrapped, markup: str) -> str:
    """``text`` with the lines of ``own`` (the extraction of ``loose.markup``) it lacks put
    in (``_merged``) that are text of a run made a <p>, or a heading of the page right
    before such a line; and without a line of ``text`` that ends the line put in right
    before it: trafilatura cut the run's text at an inline <code> and kept what follows it
    (expat's manual: 「len to read a piece of the document」 under 「Obtain a buffer of size
    len to read a piece of the document」).

    Only those lines are put in: the text around them stays as it was (the full extraction
    of the new markup weighs readability's and jusText's text and can write it otherwise;
    the own extraction writes lines the text has in other words: rustdoc's 「iter_advance_by
    #77404)n elements. Read more」)."""
    whole = "".join(_bare(line) for line in text.split("\n"))
    own_lines = own.split("\n")

    def of_run(line: str) -> bool:
        return bool(key := _bare(line)) and key in loose.runs

    own = "\n".join(
        line
        for n, line in enumerate(own_lines)
        if _bare(line) in whole
        or of_run(line)
        or (_bare(line) in loose.headings and n + 1 < len(own_lines) and of_run(own_lines[n + 1]))
    )
    before = set(text.split("\n"))
    lines = _merged(text, own, markup).split("\n")
    return "\n".join(
        line
        for n, line in enumerate(lines)
        if not (
            n
            and line in before
            and lines[n - 1] not in before
            and (key := _bare(line))
            and _bare(lines[n - 1]).endswith(key)
        )
    )


def _both_ways(markup: str, page: str) -> str:
    """trafilatura's text of ``markup`` with the lines of its ``fast`` extraction the full
    one lacks (``_main_text``); ``page``, the page as it came, places a line neither
    text places."""
    return _merged(_trafilatura(markup, fast=False), _trafilatura(markup, fast=True), page)


# Text written straight into a container beside its blocks, not in a <p>: trafilatura takes
# a <div>'s own text only on a page of little paragraph text, and keeps the text right after
# a heading as the heading's tail, which goes with the heading when that ends its text (its
# trailing headings are dropped): 「計画の期間」 and 「令和6年度から…」 under it, at the end of
# a <main>, both went. Inline elements stay in the run they stand in.
_CONTAINERS = ("main", "article", "section", "div")


class _Wrapped(NamedTuple):
    """A page with the text written straight into its containers made paragraphs."""

    markup: str
    runs: str  # the text of those runs (``_bare``), one a line
    headings: frozenset[str]  # the page's headings (``_bare``)


def _loose_text_wrapped(markup: str, text: str) -> _Wrapped | None:
    """``markup`` with each run of text written straight into a <main>, <article>,
    <section> or <div> beside its blocks (after a heading, between paragraphs) made a <p>
    where it stands, or None when there is none or ``text`` holds each already (then no
    more extraction: of 1,472 saved pages 715 have such runs, 398 lack one).

    A <div> holding no block is left to trafilatura (a caption, a link bar) but right under
    a heading (``<h2>計画の期間</h2><div>令和6年度から…</div>``). A run counts when it has a
    letter (not a version number alone) and at most ``LINK_SHARE`` of it is links (a
    breadcrumb, a link bar); its container is outside navigation, header, footer, aside,
    forms (but one wrapping the page) and dialogs, not hidden, no consent notice, and holds
    no input field (a radio button's label). trafilatura still judges each <p> as any other,
    so a container it drops by its class (a menu) stays out."""
    root = lxml_html.document_fromstring(markup)
    wrapping = _wrapping_forms(root)
    runs = [
        (container, after, nodes)
        for container in root.iter(*_CONTAINERS)
        if _takes_loose_text(container, wrapping)
        for after, nodes in _loose_runs(container)
    ]
    if not runs:
        return None
    texts = []
    for container, after, nodes in runs:
        paragraph = lxml_html.Element("p")
        if after is None:
            paragraph.text, container.text = container.text, None
        else:
            paragraph.text, after.tail = after.tail, None
        paragraph.extend(nodes)  # moved with their tails
        if after is None:
            container.insert(0, paragraph)
        else:
            after.addnext(paragraph)
        texts.append(_bare(paragraph.text_content()))
    whole = "".join(_bare(line) for line in text.split("\n"))
    if all(run in whole for run in texts):
        return None
    return _Wrapped(
        str(lxml_html.tostring(root, encoding="unicode")),
        "\n".join(texts),
        frozenset(_bare(heading.text_content()) for heading in root.iter(*HEADINGS)),
    )


def _takes_loose_text(
    container: lxml_html.HtmlElement, wrapping: set[lxml_html.HtmlElement]
) -> bool:
    """Whether text written straight into ``container`` is the page's content to
    ``_loose_text_wrapped``."""
    if not _shown_in_content(container, wrapping) or container.xpath(_FIELDS):
        return False
    chain = (container, *container.iterancestors())
    return not any(_CONSENT.search(f"{n.get('id', '')} {n.get('class', '')}") for n in chain)


def _loose_runs(
    container: lxml_html.HtmlElement,
) -> list[tuple[lxml_html.HtmlElement | None, list[lxml_html.HtmlElement]]]:
    """The runs of text ``container`` holds outside its blocks, each as (the block it
    follows, None at the start; the inline elements and comments in it), those of
    running text (``_loose_text_wrapped``)."""
    runs: list[tuple[lxml_html.HtmlElement | None, list[lxml_html.HtmlElement]]] = [(None, [])]
    for child in container:
        if isinstance(child.tag, str) and child.tag not in _PHRASING:
            runs.append((child, []))
        else:
            runs[-1][1].append(child)
    if container.tag == "div" and len(runs) == 1 and not _follows_heading(container):
        return []
    return [
        (after, nodes)
        for after, nodes in runs
        if _running_text(container.text if after is None else after.tail, nodes)
    ]


def _follows_heading(element: lxml_html.HtmlElement) -> bool:
    """Whether the element before ``element`` in its parent is a heading."""
    before = next((n for n in element.itersiblings(preceding=True) if isinstance(n.tag, str)), None)
    return before is not None and before.tag in HEADINGS


def _running_text(lead: str | None, nodes: list[lxml_html.HtmlElement]) -> bool:
    """Whether the run of the text ``lead`` and ``nodes`` has a letter (rustdoc's
    「§1.29.0」 beside a heading has none), at most ``LINK_SHARE`` of it in links."""
    parts, links = [lead or ""], 0
    for node in nodes:
        if isinstance(node.tag, str) and node.tag not in _NOT_TEXT:
            parts.append(node.text_content())
            links += sum(_size(link.text_content()) for link in node.iter("a"))
        parts.append(node.tail or "")
    text = "".join(parts)
    return any(c.isalpha() for c in text) and links <= LINK_SHARE * _size(text)


# trafilatura drops a <div>, <section>, <p> or <span> whose class or id holds a word of
# boilerplate ("menu", "nav", "sidebar", "bar", "footer", "related", "meta" …), whatever it
# holds: the IDLE manual's <section id="menus"> and <section id="editing-and-navigation">
# (their ids come from their headings), a city page's <div class="sidebar-guide">.
try:
    from trafilatura.xpaths import OVERALL_DISCARD_XPATH

    # its second expression: hidden by class, id or style ("panel hidden", "hide-print")
    _DISCARDED_BY_NAME, _DISCARDED_AS_HIDDEN = OVERALL_DISCARD_XPATH[:2]
except (ImportError, ValueError):  # another version of trafilatura: nothing to put back
    _DISCARDED_BY_NAME = _DISCARDED_AS_HIDDEN = None
_CONSENT = re.compile(r"cookie|consent|gdpr", re.I)
_OUTSIDE_CONTENT = ("nav", "header", "footer", "aside", "form", "dialog", "template")
_OUTSIDE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog"}
_MAIN = "//main | //article | //*[@role='main']"
_FIELDS = ".//input[not(@type='hidden')] | .//select | .//textarea"
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# a section of content says something of its own: this much running text (outside its
# headings and links; a CJK character counting as CJK_WEIGHT), at most this share in links
RUNNING_TEXT = 60
LINK_SHARE = 0.5
_SIBLING_BLOCKS = (*_TEXT_BLOCKS, "ul", "ol", "dl", "table")


def _content_sections(markup: str, text: str) -> str | None:
    """``markup`` with the class and id taken off the sections of content trafilatura
    drops for them alone, or None when it drops none.

    Such a section is dropped by trafilatura by name (``_DISCARDED_BY_NAME``), not consent
    (cookie), not hidden (by its class, style or an attribute), outside navigation, header,
    footer, aside, forms (but one wrapping the page) and dialogs; it opens with its own
    heading and says something in running text (``RUNNING_TEXT``, at most ``LINK_SHARE`` of
    it in links: a menu is its links) and has no input field (a newsletter's sign-up); and it
    stands in the page's main text: inside its <main>, <article> or role="main", or, on a
    page without, beside text kept (a sibling block of ``text``, or a section put back) and,
    right under <body>, between such text, not before or after all of it (a notice bar at
    the top of the page)."""
    if _DISCARDED_BY_NAME is None or _DISCARDED_AS_HIDDEN is None:
        return None
    root = lxml_html.document_fromstring(markup)
    wrapping = _wrapping_forms(root)
    hidden = set(_DISCARDED_AS_HIDDEN(root))  # its class taken off, it would show
    candidates = [
        element
        for element in _DISCARDED_BY_NAME(root)
        if element not in hidden and _is_content(element, wrapping)
    ]
    if not candidates:
        return None
    mains = root.xpath(_MAIN)
    whole = "".join(_bare(line) for line in text.split("\n"))
    rescued: list[lxml_html.HtmlElement] = []
    for element in candidates:
        inside = any(main in element.iterancestors() for main in mains)
        if inside or (not mains and _beside_kept(element, whole, rescued)):
            rescued.append(element)
    if not rescued:
        return None
    for element in rescued:
        element.attrib.pop("class", None)
        element.attrib.pop("id", None)
    return str(lxml_html.tostring(root, encoding="unicode"))


def _wrapping_forms(root: lxml_html.HtmlElement) -> set[lxml_html.HtmlElement]:
    """The <form>s holding most of the page's text: the page itself (ASP.NET), as in
    ``_without_boilerplate``."""
    body = root.find("body")
    page = len(_key((body if body is not None else root).text_content()))
    return {form for form in root.iter("form") if 2 * len(_key(form.text_content())) > page}


def _is_content(element: lxml_html.HtmlElement, wrapping: set[lxml_html.HtmlElement]) -> bool:
    """Whether ``element`` is a headed section of running text outside the page's
    navigation, header, footer, aside, forms (but those ``wrapping`` the page) and dialogs,
    not a consent notice, not hidden."""
    if not _shown_in_content(element, wrapping):
        return False
    if _CONSENT.search(f"{element.get('id', '')} {element.get('class', '')}"):
        return False
    if element.xpath(_FIELDS):
        return False
    blocks = [block for block in element.iter(*_TEXT_BLOCKS) if _key(block.text_content())]
    if not blocks or blocks[0].tag not in HEADINGS:  # its own heading first
        return False
    if not _key(element.text_content()).startswith(_key(blocks[0].text_content())):
        return False
    links = sum(_size(link.text_content()) for link in element.iter("a"))
    headings = sum(_size(heading.text_content()) for heading in element.iter(*HEADINGS))
    total = _size(element.text_content())
    return links <= LINK_SHARE * total and total - links - headings >= RUNNING_TEXT


def _shown_in_content(element: lxml_html.HtmlElement, wrapping: set[lxml_html.HtmlElement]) -> bool:
    """Whether ``element`` is outside the page's navigation, header, footer, aside, forms
    (but those ``wrapping`` the page) and dialogs, and not hidden (by an attribute or its
    style)."""
    for node in (element, *element.iterancestors()):
        if node in wrapping:
            continue
        if node.tag in _OUTSIDE_CONTENT or node.get("role") in _OUTSIDE_ROLES:
            return False
        if node.get("hidden") is not None or node.get("aria-hidden") == "true":
            return False
        if _HIDDEN.search(node.get("style") or ""):
            return False
    return True


def _beside_kept(
    element: lxml_html.HtmlElement, whole: str, rescued: list[lxml_html.HtmlElement]
) -> bool:
    """Whether a sibling of ``element`` is a block of the kept text ``whole`` (a paragraph,
    heading, list, table …) or a section put back; right under <body>, one before it and
    one after it."""

    def kept(sibling: lxml_html.HtmlElement) -> bool:
        if sibling in rescued:
            return True
        key = _bare(sibling.text_content())
        return bool(key) and sibling.tag in _SIBLING_BLOCKS and key in whole

    siblings = [node for node in element.itersiblings(preceding=True) if isinstance(node.tag, str)]
    following = [node for node in element.itersiblings() if isinstance(node.tag, str)]
    parent = element.getparent()
    if parent is not None and parent.tag == "body":
        return any(map(kept, siblings)) and any(map(kept, following))
    return any(map(kept, siblings + following))


def _merged(text: str, own: str, markup: str) -> str:
    """``text`` with the lines of ``own`` it lacks, each after the text before it in ``own``
    (the line it is, or the line where it ends in ``text``: one line of ``own`` can be part
    of one there, or two there joined). A line with nothing of ``own`` before it in
    ``text`` goes after the lines of ``text`` before it in the page ``markup``.

    On a short page ``own`` is the baseline's paragraphs, no heading or table: a paragraph
    after a table went to the start, above the heading and the table; a paragraph after a
    quote written as one line in ``own`` and as two in ``text`` went above the quote.

    The text of ``text`` alone is joined once (a line put in adds none of it, only an end
    equal to the one before), and the page's text read once, when a line first needs it:
    both were done again for each line."""
    lines = text.split("\n") if text else []
    keys = [_bare(line) for line in lines]
    whole = "".join(keys)
    ends = list(accumulate(map(len, keys)))  # where each line ends in ``whole``
    page: str | None = None
    at = 0
    for line in own.split("\n"):
        key = _bare(line)
        if not key:
            continue
        if (after := _after(keys, whole, ends, key, at)) is not None:
            at = after
            continue
        if at == 0:
            page = _page_text(markup) if page is None else page
            at = _page_place(keys, key, page)
        lines.insert(at, line)
        keys.insert(at, key)
        ends.insert(at, ends[at - 1] if at else 0)
        at += 1
    return "\n".join(lines)


def _after(keys: list[str], whole: str, ends: list[int], key: str, at: int) -> int | None:
    """Where the text after ``key`` goes among the lines ``keys``, the text before it ending
    at line ``at``: after the line it is (from ``at`` on first); after the line where it ends
    in ``whole`` (``keys`` but those put in, joined; ``ends``: where each line of ``keys``
    ends in it) when it starts in line ``at`` (that line holds it, or begins a run of lines
    that are it joined); ``at`` when it is elsewhere in ``whole`` (a short line found inside
    another tells nothing of where it is); None when it is not there."""
    # the next line of the same text from here on, or the first: looked for from ``at`` first
    # (where it mostly is; a search from the start for each line was quadratic)
    for start, stop in ((at, len(keys)), (0, at)):
        with suppress(ValueError):
            return keys.index(key, start, stop) + 1
    start = whole.find(key, ends[at - 1] if at else 0)
    if 0 <= start < (ends[at] if at < len(ends) else 0):
        return bisect_left(ends, start + len(key)) + 1
    return at if key in whole else None


def _page_text(markup: str) -> str:
    """The text of the page ``markup`` as ``_page_place`` compares lines with it."""
    return _nfc_key(trafilatura.html2txt(markup)).replace("|", "")


def _page_place(keys: list[str], key: str, page: str) -> int:
    """Where the line ``key`` goes among ``keys`` by the page's order (``page``, its text
    by ``_page_text``): after the last of them that the page's text holds before it, at the
    start when none or when the page's text lacks it."""
    found = page.find(key)
    if found < 0:
        return 0
    before = [n for n, line in enumerate(keys) if line and 0 <= page.find(line) < found]
    return before[-1] + 1 if before else 0


def _bare(text: str) -> str:
    """Text compared without white space, table rules or a list item's dash (trafilatura
    writes a row ``| a | b |``, a "|" in a cell ``\\|``, and an item ``- item``)."""
    return re.sub(r"^-", "", _key(text)).replace("\\|", "").replace("|", "")


def _key(text: str) -> str:
    """Text compared without any white space (trafilatura and the page space it apart
    differently)."""
    return "".join(text.split())


def _with_headings(text: str, markup: str) -> str:
    """``text`` with the headings trafilatura left out put back before the text they head.

    Its main-content scoring drops a lone ``<h1>`` standing before the paragraphs of a page
    without ``<main>`` or ``<article>`` (「浜松市の外国人市民施策」 went, its paragraphs stayed).
    A heading of the page (outside navigation, header, footer) that is not a line of
    ``text`` goes before the line holding the next block after it (a paragraph, an item, a
    cell: the table row it opens; its first line when trafilatura kept the block's line
    breaks), and before the headings kept between them, when that block is in ``text``: a
    heading of content left out stays out. A heading standing above a <div> that holds text
    of its own goes before that text (``_under``)."""
    root = lxml_html.document_fromstring(markup)
    _without_boilerplate(root)
    elements = [element for element in root.iter(*_TEXT_BLOCKS) if _key(element.text_content())]
    blocks = [(element.tag, element.text_content()) for element in elements]
    lines = text.split("\n")
    keys = [_key(line) for line in lines]
    present = set(keys)
    if all(_key(block) in present for tag, block in blocks if tag in HEADINGS):
        return text
    # a table comes as rows, ``| 窓口 | 場所 |``: a row is found by its first cell with text
    first_cells = [next(filter(None, map(_key, _cells(line))), None) for line in lines]
    inserted: list[tuple[int, str]] = []  # (line number, heading) in the order found
    for number, (tag, block) in enumerate(blocks):
        if tag not in HEADINGS or _key(block) in present:
            continue
        at = _under(elements[number], keys)
        if at is None and (at := _before_next(blocks, number, keys, first_cells)) is None:
            continue
        # the heading as the page has it, its runs of spaces and line breaks made one space
        inserted.append((at, re.sub(r"[ \t\r\n\u00a0]+", " ", block).strip()))
        present.add(_key(block))
    # from the last place back, a place's later heading first: each goes in before the last
    for at, title in reversed(sorted(inserted, key=lambda entry: entry[0])):
        lines.insert(at, title)
    return "\n".join(lines)


def _before_next(
    blocks: list[tuple[str, str]], heading: int, keys: list[str], first_cells: list[str | None]
) -> int | None:
    """The line of the text (``keys``; ``first_cells``: each row's first cell with text) that
    holds the next block after the heading ``blocks[heading]``, or the first of the headings
    kept right before it that stand between them on the page; None when that block is not
    in the text."""
    after = next((n for n in range(heading + 1, len(blocks)) if blocks[n][0] not in HEADINGS), None)
    if after is None:
        return None
    following = _key(blocks[after][1])
    if blocks[after][0] in _CELLS:
        at = next((k for k, cell in enumerate(first_cells) if cell == following), None)
    else:
        at = next((k for k, key in enumerate(keys) if _starts(key, following)), None)
    if at is None:
        return None
    # before the headings of the page between it and that block kept there
    between = {_key(b) for _t, b in blocks[heading + 1 : after]}
    while at > 0 and keys[at - 1] in between:
        at -= 1
    return at


# what stays inside a line of text: an element of any other tag (a <div>, <section> …) begins
# a line of its own
_INLINE = lxml_defs.special_inline_tags | lxml_defs.phrase_tags | lxml_defs.font_style_tags
# and HTML5's, to text written straight into a container (``_loose_runs``)
_PHRASING = _INLINE | {"time", "mark", "wbr", "data", "bdi", "nobr", "label"}


def _under(heading: lxml_html.HtmlElement, keys: list[str]) -> int | None:
    """The line of the text (``keys``, white space taken out) that opens the text of its own
    (``_own_text``) of the <div>, <section> … right under ``heading`` (the element after it,
    or after the wrapper holding it alone, or that element's first inside …), when one
    line does; else None.

    A city page writes a notice's sentence, or the date under its <h2>, straight in a <div>:
    the heading, dropped, went before the paragraph after the <div>, below the text it
    heads, or stayed out when none came after. Only what stands right under the heading,
    and only a line of its own: rustdoc's headings at a page's end stand above a <section>
    holding 「Source§」 like many others, and went before the first line of it far up."""
    element = heading
    while (after := _next_element(element)) is None:
        parent = element.getparent()
        if (
            parent is None
            or parent.tag == "body"
            or _key(parent.text_content()) != _key(heading.text_content())
        ):
            return None
        element = parent
    while after is not None and after.tag not in _TEXT_BLOCKS and after.tag not in _INLINE:
        if own := _key(_own_text(after)):
            found = [k for k, key in enumerate(keys) if _opens(key, own)]
            return found[0] if len(found) == 1 else None
        after = next((child for child in after if isinstance(child.tag, str)), None)
    return None


def _next_element(element: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The element after ``element`` in its parent (comments aside), or None."""
    return next((node for node in element.itersiblings() if isinstance(node.tag, str)), None)


def _own_text(element: lxml_html.HtmlElement) -> str:
    """The text ``element`` holds before its first element that is no inline one."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            if child.tag not in _INLINE:
                break
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)


def _opens(line: str, own: str) -> bool:
    """Whether a line of text is the text ``own`` a <div> holds, or starts it or with it,
    both of 10 characters or more (white space taken out)."""
    return line == own or (_starts(line, own) and min(len(line), len(own)) >= 10)


# The same sentence takes about a third as many characters in Japanese as in English (the
# paragraph of hamamatsu-plan.html: 70 characters; en-variant.html's translation: 205).
CJK_WEIGHT = 3


def _size(text: str) -> int:
    """How much text ``text`` is, fair to both scripts: its characters (white space aside),
    a Chinese, Japanese or Korean one counting as ``CJK_WEIGHT``."""
    key = _key(text)
    return len(key) + (CJK_WEIGHT - 1) * int(cjk_mask(code_points(key)).sum())


def _left_out(text: str, visible: str) -> list[str]:
    """The lines of the page's visible text (``_fallback_text``) not in ``text``, compared
    as ``_bare`` text."""
    whole = "".join(_bare(line) for line in text.split("\n"))
    return [
        re.sub(r"\s+", " ", line).strip()
        for line in visible.split("\n")
        if (key := _bare(line)) and key not in whole
    ]


def _cells(line: str) -> list[str]:
    """The cells of a table row as trafilatura writes one (``| a | b |``), else none."""
    row = line.strip()
    return row[1:-1].split("|") if len(row) > 1 and row[0] == row[-1] == "|" else []


# trafilatura writes a table row as Markdown, ``| a | b | `` (a "|" in a cell as "\\|"), a
# space after its closing rule but on the text's last line (put back: ``_ends_in_row``), and
# under a row of <th> a rule ``|---|---|``. A line of the page's own text ends in no space.
_RULE = re.compile(r"\|(?:-+\|)+")
_BETWEEN_CELLS = re.compile(r"(?<!\\)\|")  # a "|" of the cell's own text comes as "\|"


def _rows_ended(text: str) -> str:
    """``text`` with each of trafilatura's table rows a line of its cells apart by tabs, as
    a PDF's table is stored (``窓口\\t場所``), and no rule under a head row: Markdown, read as
    text it was a line ``---|---`` and cells apart by `` | `` that no other document has. An
    empty cell keeps its tab (``税務課\\t2階\\t``: three columns); a "|" in a cell is a "|". A
    line of the page's own text written so (``| a | b |`` in a wiki's markup) ends in no
    space and stays as it is."""
    lines: list[str] = []
    after_row = False
    for line in text.split("\n"):
        if line.startswith("| ") and line.endswith(" | "):
            lines.append(_tabbed(line[2:-3]))
            after_row = True
        elif after_row and _RULE.fullmatch(line):
            after_row = False
        else:
            lines.append(line)
            after_row = False
    return "\n".join(lines)


def _tabbed(row: str) -> str:
    """A row trafilatura wrote, its outer rules off (``a | b\\|c | ``), its cells apart by
    tabs (``a\\tb|c\\t``)."""
    cells = _BETWEEN_CELLS.split(row)
    return "\t".join(cell.strip(" ").replace("\\|", "|") for cell in cells)


def _starts(line: str, block: str) -> bool:
    """Whether a line of text (white space taken out) starts ``block``: holds it and more,
    or is its first line (trafilatura keeps a paragraph's line breaks in the markup, so a
    <p> written over lines is as many lines), of 10 characters or more, or all of it."""
    if not line:
        return False
    return line.startswith(block) or (block.startswith(line) and len(line) >= min(10, len(block)))


def extract_html(data: bytes, name: str, options: ImportOptions) -> Extraction:
    markup, _encoding = decode_html(data, name)
    markup = re.sub(r"^<\?xml[^>]*\?>", "", markup.lstrip("\ufeff"))
    markup = _ruby_as_text(markup, options.keep_furigana)
    markup = without_cjk_line_breaks(markup)
    warnings: list[str] = []
    text = _main_text(markup)
    fallback = _fallback_text(markup) if markup.strip() else ""
    if _size(text) < 0.2 * _size(fallback):
        text = fallback
        warnings.append(notes.NO_MAIN_CONTENT.format())
    else:
        left_out = _left_out(text, fallback)
        # the three largest pieces, in the page's order: a menu's items say less than a
        # paragraph of the article trafilatura took for boilerplate
        largest = sorted(range(len(left_out)), key=lambda n: -_size(left_out[n]))[:3]
        shown = [left_out[n] for n in sorted(largest)]
        footers = [" ".join(_left_out(text, footer)) for footer in _footers(markup)]
        if note := notes.left_out_of_page(shown, len(left_out), [f for f in footers if f]):
            warnings.append(note)
        text = _rows_ended(text)  # after the measures above, which count the rules
    text = normalise_text(text.replace("\r\n", "\n"))
    if not text.strip():
        warnings.append(notes.NO_TEXT_HTML.format())
    return Extraction(
        kind=DocumentKind.HTML, text=text, language=detect_language(text), warnings=warnings
    )
