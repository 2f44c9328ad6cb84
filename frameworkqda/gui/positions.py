"""Code points (the core's positions) ↔ UTF-16 units (what QTextCursor counts).

The core stores every text position in Unicode code points. Qt counts UTF-16 code units, in
which a character outside the BMP (𠮷, emoji) takes two. Every conversion in the GUI goes
through :class:`OffsetMap`, built once per displayed text. This module imports no Qt.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts positions in one text between code points and UTF-16 units."""

    __slots__ = ("_after", "_astral", "length", "utf16_length")

    def __init__(self, text: str) -> None:
        # code-point index of every non-BMP character, ascending
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        # UTF-16 index just past the high surrogate of the k-th non-BMP character
        self._after = [cp + k + 1 for k, cp in enumerate(self._astral)]
        self.length = len(text)
        self.utf16_length = self.length + len(self._astral)

    def to_utf16(self, code_point: int) -> int:
        """The UTF-16 index of a code-point index (0 ≤ index ≤ length)."""
        return code_point + bisect_left(self._astral, code_point)

    def to_code_point(self, utf16: int) -> int:
        """The code-point index of a UTF-16 index; inside a surrogate pair rounds down."""
        return utf16 - bisect_right(self._after, utf16)

    def range_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        return self.to_utf16(start), self.to_utf16(end)

    def range_to_code_points(self, start: int, end: int) -> tuple[int, int]:
        """A UTF-16 range as code points; an end inside a surrogate pair takes the whole pair."""
        cp_start = self.to_code_point(start)
        cp_end = self.to_code_point(end)
        if self.to_utf16(cp_end) < end:
            cp_end += 1
        return cp_start, cp_end
