"""Folding text for matching: ⼀ (Kangxi radical) and 一, ＡＢＣ and abc, ｶﾞ and ガ compare equal.

Search and auto-coding match on folded text but must report positions in the stored text, so
``fold`` returns, beside the folded string, the original code-point offset of every folded
character. NFKC is applied one character at a time: a character may fold to several (㈱ → (株))
or, with a following combining mark, to fewer (ｶ + ﾞ → ガ); both keep exact offsets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

_HALFWIDTH_VOICING = {"\uff9e": "\u3099", "\uff9f": "\u309a"}  # ﾞ ﾟ as combining marks


@lru_cache(maxsize=65536)
def fold_char(char: str) -> str:
    """One character's folded form (NFKC, then case folding); may be empty or longer."""
    return unicodedata.normalize("NFKC", char).casefold()


@dataclass(frozen=True)
class FoldedText:
    """Folded text with, for each folded character, where it came from in the original."""

    text: str
    starts: tuple[int, ...]  # original offset of the character that produced folded[i]
    original_length: int

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded half-open range back to the original text."""
        if start >= end:
            raise ValueError("empty range")
        original_start = self.starts[start]
        original_end = self.starts[end] if end < len(self.starts) else self.original_length
        # a range ending inside one original character's expansion covers that character
        if end < len(self.starts) and self.starts[end] == self.starts[end - 1]:
            original_end = self.starts[end - 1] + 1
        return original_start, max(original_end, original_start + 1)


def fold(text: str) -> FoldedText:
    """Fold ``text`` for matching and keep the way back to original offsets."""
    parts: list[str] = []
    starts: list[int] = []
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        following = text[index + 1] if index + 1 < length else ""
        mark = _HALFWIDTH_VOICING.get(following) or (
            following if following and unicodedata.combining(following) else ""
        )
        if mark:
            composed = unicodedata.normalize("NFKC", char + mark).casefold()
            if len(composed) == 1:  # ｶ + ﾞ → ガ: one folded character for two originals
                parts.append(composed)
                starts.append(index)
                index += 2
                continue
        folded = fold_char(char)
        parts.append(folded)
        starts.extend([index] * len(folded))
        index += 1
    return FoldedText("".join(parts), tuple(starts), length)


def fold_query(query: str) -> str:
    """Fold a search term the same way as the text it is matched against."""
    return fold(query).text


def find_all(
    text: str | FoldedText, term: str, *, regex: bool = False
) -> Iterator[tuple[int, int]]:
    """Every non-overlapping match of ``term`` in ``text``, as original (start, end) offsets.

    A literal term of any length matches, including one- and two-character Japanese terms.
    """
    folded = text if isinstance(text, FoldedText) else fold(text)
    if regex:
        pattern = re.compile(fold_query(term) if _is_plain(term) else term, re.IGNORECASE)
    else:
        needle = fold_query(term)
        if not needle:
            return
        pattern = re.compile(re.escape(needle))
    for match in pattern.finditer(folded.text):
        if match.end() > match.start():
            yield folded.original_span(match.start(), match.end())


def _is_plain(term: str) -> bool:
    return re.escape(term) == term
