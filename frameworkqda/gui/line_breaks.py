"""Where a line of Japanese or English text may break, and how well it reads broken there.

Japanese has no spaces; Qt breaks it between any two characters, so a chart's theme name came
out as 労働市 / 場の流 / 動性 and a message under the case sheet ended in a line of 「さい。」.
:func:`break_cost` weighs each place (after a particle or punctuation, where katakana meets
kanji, between the parts of a compound, inside a word); :func:`prose_lines` breaks a message
into as few lines as fit, choosing among those the breaks after 。 and 、 (or an English
sentence's full stop, colon or semicolon) and lines of even length, never leaving a fragment
alone on the last line. The chart's labels (``gui/mapping/chart.py``) weigh the same costs.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

_NO_START = set("-、。，．・：；？！）」』】〉》］｝)]}ー々")  # never start a line
_NO_START |= set("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")  # small kana
_OPENING = set("（「『【〈《［｛([{")
_AFTER = set("、。，・：；）」』】〉》］｝/")  # a break after these reads well
_CLOSING = set("）」』】〉》］｝")
INSIDE_WORD = 8  # Lab｜our, 市｜場: only when nothing else fits
_SUFFIXES = set("人性的化者等率策県都府町村法権語員型系制費金数上内外間中用")


def _script(char: str) -> str:
    code = ord(char)
    if 0x3041 <= code <= 0x309F:
        return "hiragana"
    if 0x30A0 <= code <= 0x30FF or 0xFF66 <= code <= 0xFF9F or 0x31F0 <= code <= 0x31FF:
        return "katakana"
    if (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3FFFF
        or char in "々〆〇"
    ):
        return "kanji"
    return "other"


def break_cost(word: str, i: int) -> int:
    """How awkward a line break is between ``word[i - 1]`` and ``word[i]``."""
    before, char = word[i - 1], word[i]
    if char in _NO_START or before in _OPENING:
        return 50
    if before in _CLOSING and _script(char) == "hiragana":
        return INSIDE_WORD  # the particle after a quotation: 「3.6」｜は
    if before == "-" or before in _AFTER or char in _OPENING:
        return 0
    left, right = _script(before), _script(char)
    if left == "hiragana" and right != "hiragana":
        return 0  # after a particle or an inflection: 市場の｜流動性
    if {left, right} == {"katakana", "kanji"}:
        return 0  # ヘイトスピーチ｜対策, 外国人｜コミュニティ
    if left == right == "kanji":
        return 2 if i in _compound_breaks(word, i) else INSIDE_WORD
    if "other" in (left, right) and left != right:
        return 1  # Latin or digits beside Japanese
    return INSIDE_WORD


def _compound_breaks(word: str, i: int) -> set[int]:
    """Where the kanji run around ``word[i]`` divides into compounds, guessed: two characters
    each (労働｜市場, 児童｜生徒), a suffix such as 人 or 化 kept with the pair before it
    (外国人｜児童, 多文化), a lone last character kept with it too, unless kana follow (the stem
    of a verb: 家族｜呼び寄せ)."""
    start = i
    while start > 0 and _script(word[start - 1]) == "kanji":
        start -= 1
    end = i
    while end < len(word) and _script(word[end]) == "kanji":
        end += 1
    breaks: set[int] = set()
    at = start
    while at < end:
        at += 2
        if at < end and word[at] in _SUFFIXES:
            at += 1
        if end - at == 1 and end == len(word):
            at = end
        if at < end:
            breaks.add(at)
    return breaks


PROSE_LINE = 100  # a message takes as few lines as fit; among those, the best breaks
_SENTENCE_END = set("。！？.!?")
_CLAUSE_END = set("、，；：,;:")


def prose_cost(text: str, i: int) -> float:
    """How awkward a message's new line is, starting at ``text[i]`` (the line before ends at
    ``text[i - 1]``, or before it at a space, which goes)."""
    if text[i - 1] == " ":
        before = text[i - 2] if i >= 2 else ""
        if before.isdigit() and _script(text[i]) != "other":
            return 30  # a count and its counter word: 「セグメント 3｜件」
        if before.isdigit() or text[i].isdigit():
            return 3 if _script(before) != "other" or _script(text[i]) != "other" else 2
        return 0 if before in _SENTENCE_END else 1 if before in _CLAUSE_END else 2
    if text[i] == " ":
        return math.inf  # at the space itself, the line after starts past it
    before = text[i - 1]
    if before in _SENTENCE_END and _script(before) != "other":
        return 0  # after 。
    if before in _CLAUSE_END and _script(before) != "other":
        return 1  # after 、
    cost = break_cost(text, i)
    if _script(before) == _script(text[i]) == "other":
        return 1000  # inside an English word or number ("Hamam|atsu", "3.|6"): a line more
    return {0: 3, 1: 4, 2: 5}.get(cost, cost)


def prose_lines(text: str, advance: Callable[[str], float], room: float) -> list[str]:
    """``text`` in lines no wider than ``room`` (``advance`` measures), as few as fit; of those
    the ones breaking after a sentence or clause, with even lines and no fragment alone on
    the last (「さい。」)."""
    count = len(text)
    if count == 0 or advance(text) <= room:
        return [text] if text else []
    sizes: dict[str, float] = {}  # each character measured once: a line's width is their sum
    widths = [0.0]
    for char in text:
        if char not in sizes:
            sizes[char] = advance(char)
        widths.append(widths[-1] + sizes[char])
    costs = [0.0] + [prose_cost(text, i) for i in range(1, count)]
    starts = [i for i in range(count) if costs[i] < math.inf]

    # a line ending where the next starts ends before the space there, if any
    ends = [i - 1 if 0 < i < count and text[i - 1] == " " else i for i in range(count + 1)]
    best: dict[int, tuple[float, int]] = {0: (0.0, 0)}
    for start in starts:
        if start not in best:
            continue
        base, left = best[start][0] + PROSE_LINE, widths[start]
        following = [*starts[bisect_right(starts, start) :], count]
        for nxt in following:
            width = widths[ends[nxt]] - left
            if width > room and nxt != following[0]:
                break  # longer lines fit no better (the first may overflow: nothing shorter)
            if nxt < count:
                cost = base + costs[nxt] + 10 * ((room - width) / room) ** 2
            else:  # the last line: a fragment alone reads badly
                cost = base + (30 * max(0.0, 1 / 3 - width / room) if start else 0.0)
            if nxt not in best or cost < best[nxt][0]:
                best[nxt] = (cost, start)
    lines: list[str] = []
    at = count
    while at:
        start = best[at][1]
        lines.append(text[start : ends[at]])
        at = start
    return lines[::-1]


class MessageLabel(QLabel):
    """A word-wrapped message (a refusal, a result) broken by :func:`prose_lines` at the
    width it has, again on each resize. :meth:`text` is the message as set; Qt's label shows
    it with the chosen line breaks."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._message = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)  # as tall as its lines, and never wider than it is given
        self.setText(text)

    def text(self) -> str:
        return self._message

    def setText(self, text: str) -> None:
        self._message = text
        self._arrange()

    def clear(self) -> None:
        self.setText("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin() - max(0, self.indent())
        shown = self._message
        if room > 0:
            advance = QFontMetricsF(self.font()).horizontalAdvance
            # a hair narrower than the label: Qt's own wrapping never splits a line again
            shown = "\n".join(
                "\n".join(prose_lines(paragraph, advance, 0.98 * room))
                for paragraph in self._message.split("\n")
            )
        if QLabel.text(self) != shown:
            super().setText(shown)
