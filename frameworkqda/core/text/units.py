"""Widening a search hit to the unit a researcher codes: the hit, its sentence or its paragraph.

A one- or two-character hit (日本, 歩行) is no evidence on its own; the sentence around it is.
A sentence ends after 。！？ or . ! ?, taking closing brackets and quotes with it (…した。」),
and always at a line end.
A paragraph is a line of the stored text: the importers join wrapped lines and end each
paragraph with ``\\n``. Offsets are code points (𠮷 is one), as everywhere in the core.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Literal

Unit = Literal["hit", "sentence", "paragraph"]
UNITS: tuple[Unit, ...] = ("hit", "sentence", "paragraph")

_OPENERS = "「『（(［[｛{〔〈《【“‘"
_CLOSERS = "」』）)］]｝}〕〉》】”’\"'"
_STOPS = "。！？｡!?"
_SPACE = " \t\u3000"
# a stop with the stops and closing brackets right after it (…か？！」), a period, a bracket
_MARKS = re.compile(
    f"[{re.escape(_STOPS)}][{re.escape(_STOPS + _CLOSERS)}]*"
    f"|\\.[{re.escape(_STOPS + _CLOSERS)}]*|[{re.escape(_OPENERS + _CLOSERS)}]"
)


def paragraph_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The lines holding ``[start, end)``, without their line breaks."""
    first = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", max(end - 1, start))
    return first, len(text) if stop < 0 else stop


def sentence_ends(line: str) -> list[int]:
    """Where the sentences of one line end (offsets after the stop and its closing brackets).

    A stop inside brackets (「ですか。」と問う) does not end the sentence around them; a Latin
    period ends one only before a space and a word that is not lower case (not "U.S. law").
    Only brackets and stops are visited (one regular expression), so a long line costs little.
    """
    ends: list[int] = []
    depth = 0
    length = len(line)
    for match in _MARKS.finditer(line):
        marks = match.group()
        if marks in _OPENERS:
            depth += 1
        elif marks in _CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0 and (marks[0] != "." or _latin_end(line, match.start())):
            ends.append(match.end())
        else:  # a stop inside brackets: the brackets it closes still count
            depth = max(0, depth - sum(mark in _CLOSERS for mark in marks))
    if not ends or ends[-1] < length:
        ends.append(length)
    return ends


def _latin_end(line: str, index: int) -> bool:
    """A period before (closing quotes and) a space and a word not in lower case, or the end."""
    length = len(line)
    after = index + 1
    while after < length and line[after] in _CLOSERS:
        after += 1
    if after < length and line[after] not in _SPACE:
        return False
    while after < length and line[after] in _SPACE:
        after += 1
    return after == length or not (line[after].islower() and line[after].isascii())


class _Sentences:
    """Sentence ends per line, worked out once for all the hits on that line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends: dict[int, list[int]] = {}

    def span(self, start: int, end: int) -> tuple[int, int]:
        first_line = paragraph_span(self.text, start, start + 1)
        last_line = paragraph_span(self.text, max(end - 1, start), end)
        ends = self._line_ends(*first_line)
        before = bisect_right(ends, start)
        first = ends[before - 1] if before else first_line[0]
        ends = self._line_ends(*last_line)
        last = ends[bisect_left(ends, end)]  # the line's end is always one
        while first < start and self.text[first] in _SPACE:
            first += 1
        return first, last

    def _line_ends(self, line_start: int, line_end: int) -> list[int]:
        if line_start not in self._ends:
            ends = sentence_ends(self.text[line_start:line_end])
            self._ends[line_start] = [line_start + end for end in ends]
        return self._ends[line_start]


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentences holding ``[start, end)``."""
    return _Sentences(text).span(start, end)


def touching(text: str, end: int, start: int) -> bool:
    """Whether what ends at ``end`` and what starts at ``start`` overlap or touch: nothing but
    spaces between them, never a line break (two sentences of a paragraph touch)."""
    return start <= end or not text[end:start].strip(_SPACE)


def widen(text: str, ranges: Iterable[tuple[int, int]], unit: Unit) -> list[tuple[int, int]]:
    """Widen each range to ``unit``; overlapping or touching results merge into one, sorted."""
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}: choose one of {', '.join(UNITS)}")
    sentences = _Sentences(text)
    spans = sorted(
        (start, end)
        if unit == "hit"
        else sentences.span(start, end)
        if unit == "sentence"
        else paragraph_span(text, start, end)
        for start, end in ranges
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        # Units that overlap or touch (across spaces only, never a line break) become one.
        if merged and touching(text, merged[-1][1], start):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
