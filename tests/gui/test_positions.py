"""UTF-16 ↔ code point conversion, tested with 𠮷 (U+20BB7) and emoji."""

from __future__ import annotations

import pytest

from frameworkqda.gui.positions import OffsetMap


def _utf16_index(text: str, cp: int) -> int:
    return len(text[:cp].encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    "text",
    ["", "abc", "𠮷野家で多文化共生", "a𠮷b𠮷𠮷c", "😀", "共生𠮷", "x" * 10 + "🇯🇵" + "y"],
)
def test_round_trip_every_position(text: str) -> None:
    offsets = OffsetMap(text)
    assert offsets.utf16_length == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        u = offsets.to_utf16(cp)
        assert u == _utf16_index(text, cp)
        assert offsets.to_code_point(u) == cp


def test_inside_a_surrogate_pair_rounds_down_and_ranges_cover_the_pair() -> None:
    text = "a𠮷b"
    offsets = OffsetMap(text)
    assert offsets.to_code_point(2) == 1  # between the surrogates of 𠮷
    assert offsets.range_to_code_points(2, 2) == (1, 2)
    assert offsets.range_to_code_points(1, 3) == (1, 2)
    assert offsets.range_to_utf16(2, 3) == (3, 4)  # "b" after 𠮷
