"""Saved web pages: charset from BOM or <meta>, main text by trafilatura, a plain fallback.

City websites are often Shift_JIS or EUC-JP and wrap the content in navigation menus.
trafilatura (well kept, used widely for web corpora) finds the main content and keeps
headings, lists and tables; when it finds nothing (a page that is all "boilerplate" to it)
we fall back to the visible text of the body without scripts, styles and <nav>/<header>/
<footer>.
"""

from __future__ import annotations

import re

import trafilatura
from lxml import html as lxml_html

from frameworkqda.core.importers import notes
from frameworkqda.core.importers.base import Extraction, ImportOptions
from frameworkqda.core.importers.encoding import bom_encoding, decode
from frameworkqda.core.importers.language import detect_language
from frameworkqda.core.kinds import DocumentKind
from frameworkqda.core.text.cjk import normalise_text

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:]+)""", re.I)
BLOCK_TAGS = {
    "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br", "section",
    "article", "table", "ul", "ol", "dd", "dt", "blockquote", "pre", "td", "th",
}  # fmt: skip
BOILERPLATE_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form")


def decode_html(data: bytes, name: str) -> tuple[str, str]:
    declared = None
    if bom_encoding(data) is None:
        match = META_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii") if match else None
    return decode(data, name, declared)


def _fallback_text(markup: str) -> str:
    root = lxml_html.document_fromstring(markup)
    for tag in BOILERPLATE_TAGS:
        for element in root.iter(tag):
            element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            if element.tag in ("td", "th"):
                element.tail = "\t" + (element.tail or "").lstrip("\n")
    body = root.find("body")
    text = (body if body is not None else root).text_content()
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def extract_html(data: bytes, name: str, options: ImportOptions) -> Extraction:
    markup, _encoding = decode_html(data, name)
    markup = re.sub(r"^<\?xml[^>]*\?>", "", markup.lstrip("\ufeff"))
    extracted = trafilatura.extract(
        markup,
        include_tables=True,
        include_comments=False,
        include_links=False,
        include_formatting=False,
        favor_recall=True,
        deduplicate=False,
    )
    warnings: list[str] = []
    text = extracted or ""
    fallback = _fallback_text(markup) if markup.strip() else ""
    if len(text.strip()) < 0.2 * len(fallback.strip()):
        text = fallback
        warnings.append(notes.NO_MAIN_CONTENT.format())
    text = normalise_text(text.replace("\r\n", "\n"))
    if not text.strip():
        warnings.append(notes.NO_TEXT_HTML.format())
    return Extraction(
        kind=DocumentKind.HTML, text=text, language=detect_language(text), warnings=warnings
    )
