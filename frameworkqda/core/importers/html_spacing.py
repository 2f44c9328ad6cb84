"""A saved web page's line breaks between Chinese or Japanese characters, taken out as a
browser does before anything reads the page.

A page's source breaks a sentence over lines (``外国人`` / ``市民の支援…``). Browsers follow CSS
Text 3's segment break transformation: a line break between two East Asian wide characters
is removed with the white space around it, anywhere else it is one space. trafilatura made
every one a space (``外国人 市民の支援``), so a search for 外国人市民 found nothing. A break
between two CJK characters (``cjk.is_cjk``: kana, ideographs, Japanese punctuation 。、「」,
full-width forms, U+3000) goes with the white space around it, also across inline tags
(``外国人<span>\\n市民</span>``); a space typed between them and U+3000 stay; a break beside
a Latin letter, at a block's edge, beside a ``<br>`` or an image stays for the later steps
(one space, or nothing at a line's end); text in ``<pre>`` stays as written.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from frameworkqda.core.text.cjk import cjk_mask, code_points, is_cjk

# what text flows through as one line (CSS's inline formatting context): an element of any
# other tag (a block, <br>, <img>, <q> with its quotation marks …) ends the run of text
_INLINE = {
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn",
    "em", "font", "i", "ins", "kbd", "label", "mark", "nobr", "s", "samp", "small", "span",
    "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
}  # fmt: skip
# what is not laid out as running text: its content stays as written
_AS_WRITTEN = {"pre", "listing", "xmp", "plaintext", "textarea", "script", "style"}
# HTML's white space (U+3000 and no-break spaces are no white space to it) with a line break
_SEGMENT_BREAK = re.compile(r"[ \t\f\r\n]*[\r\n][ \t\f\r\n]*")

Slot = tuple[etree._Element, str]  # an element's "text" or "tail"


def without_cjk_line_breaks(markup: str) -> str:
    """``markup`` with each line break between two CJK characters of its running text
    taken out with the white space around it; ``markup`` itself when there is none."""
    if ("\n" not in markup and "\r" not in markup) or not cjk_mask(code_points(markup)).any():
        return markup
    try:
        root = lxml_html.document_fromstring(markup)
    except etree.ParserError:  # no element at all: nothing laid out
        return markup
    changed = False
    for run in _runs(root):
        changed |= _joined(run)
    return str(lxml_html.tostring(root, encoding="unicode")) if changed else markup


def _runs(root: lxml_html.HtmlElement) -> list[list[Slot]]:
    """The text of ``root`` as runs of the slots (an element's text, or its tail) that flow
    as one line: inline elements and comments carry a run on, any other element ends it;
    the text inside ``_AS_WRITTEN`` elements is in none."""
    runs: list[list[Slot]] = [[]]
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        if event in ("comment", "pi"):  # nothing shown: the text goes on after it
            runs[-1].append((element, "tail"))
            continue
        inline = element.tag in _INLINE
        if not inline:
            runs.append([])
        if event == "start":
            if element.tag in _AS_WRITTEN:
                walker.skip_subtree()
            else:
                runs[-1].append((element, "text"))
        else:
            runs[-1].append((element, "tail"))
    return [run for run in runs if run]


def _joined(run: list[Slot]) -> bool:
    """The line breaks between two CJK characters of ``run`` taken out of its slots with
    the white space around them (that white space can end one slot and open the next);
    whether there was one."""
    texts = [getattr(element, name) or "" for element, name in run]
    whole = "".join(texts)
    if "\n" not in whole and "\r" not in whole:
        return False
    cuts = [
        (match.start(), match.end())
        for match in _SEGMENT_BREAK.finditer(whole)
        if match.start() > 0
        and match.end() < len(whole)
        and is_cjk(whole[match.start() - 1])
        and is_cjk(whole[match.end()])
    ]
    if not cuts:
        return False
    keep = [True] * len(whole)
    for start, end in cuts:
        keep[start:end] = [False] * (end - start)
    at = 0
    for (element, name), text in zip(run, texts, strict=True):
        kept = "".join(
            char for char, shown in zip(text, keep[at : at + len(text)], strict=True) if shown
        )
        if kept != text:
            setattr(element, name, kept or None)
        at += len(text)
    return True
