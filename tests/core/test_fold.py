"""Folding for search: compatibility forms, widths and case compare equal; offsets survive."""

from __future__ import annotations

import pytest

from frameworkqda.core.text.fold import find_all, fold


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("第⼀条 多文化共生", "一条", [(1, 3)]),  # Kangxi radical ⼀ (U+2F00) in a real PDF
        ("市民と市民", "市民", [(0, 2), (3, 5)]),  # a two-character term
        ("市と市", "市", [(0, 1), (2, 3)]),  # a one-character term
        ("ＭＩＰＥＸ指標", "mipex", [(0, 5)]),  # full-width Latin, case-folded
        ("ｶﾞｲﾄﾞ", "ガイド", [(0, 5)]),  # half-width kana with separate voicing marks
        ("𠮷野家の𠮷", "𠮷", [(0, 1), (4, 5)]),  # a character outside the BMP
        ("㈱浜松", "(株)", [(0, 1)]),  # one character folding to three
    ],
)
def test_find_all_reports_original_offsets(
    text: str, term: str, expected: list[tuple[int, int]]
) -> None:
    assert list(find_all(text, term)) == expected
    for start, end in expected:
        assert fold(text[start:end]).text == fold(term).text


def test_regex_matches_on_folded_text() -> None:
    assert list(find_all("外国人市民会議と外国籍住民", "外国(人|籍)", regex=True)) == [
        (0, 3),
        (8, 11),
    ]


def test_text_without_irregular_characters_keeps_offsets_as_they_are() -> None:
    folded = fold("ＡＢＣ市の⼀条")
    assert folded.text == "abc市の一条"
    assert folded.starts is None


@pytest.mark.parametrize(
    "text",
    ["ｶﾞｲﾄﾞﾌﾞｯｸ", "e\u0301te\u0301", "㈱浜松と㈲川崎", "ﾞ先頭の濁点", "ｶﾞ", "Straße ﬁle", "ｶ\u3099"],
)
def test_fast_and_slow_paths_agree_with_one_character_at_a_time(text: str) -> None:
    import unicodedata

    folded = fold(text)
    # reference: NFKC of the whole text, case-folded, gives the same string
    assert folded.text == unicodedata.normalize("NFKC", text).casefold()
    assert folded.starts is not None and len(folded.starts) == len(folded.text)
    assert list(folded.starts) == sorted(folded.starts)
