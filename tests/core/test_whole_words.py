"""Whole words (NVivo's and MAXQDA's option): "the" no longer finds "other" and "there",
while Japanese, written without spaces, is never cut by it."""

from __future__ import annotations

import pytest

from frameworkqda.core.text.fold import find_all

TEXT = "The other theme: there, the NPO法人 and thé. ＴＨＥ end; 共生のthe 2024the"


def _found(text: str, term: str, **options: bool) -> list[str]:
    return [text[start:end] for start, end in find_all(text, term, **options)]


def test_a_term_inside_a_longer_word_is_no_hit() -> None:
    assert _found(TEXT, "the") == ["The", "the", "the", "the", "the", "ＴＨＥ", "the", "the"]
    # other, theme, there and thé are longer words, as is 2024the (a digit is of the word);
    # ＴＨＥ is THE in full-width; の before "the" is no letter of a spaced script
    assert _found(TEXT, "the", whole_words=True) == ["The", "the", "ＴＨＥ", "the"]


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("NPO法人と外国人NPO", "NPO", ["NPO", "NPO"]),  # Japanese beside it is a boundary
        ("浜松市の市民", "市", ["市", "市"]),  # Japanese terms are found as without
        ("多文化共生、共生社会", "共生", ["共生", "共生"]),
        ("policy-making, policymakers, policy.", "policy", ["policy", "policy"]),
        ("a 'policy' (policy)", "policy", ["policy", "policy"]),
        ("re-entry permit; reentry", "re-entry", ["re-entry"]),
    ],
)
def test_whole_words_across_scripts(text: str, term: str, expected: list[str]) -> None:
    assert _found(text, term, whole_words=True) == expected


def test_a_regular_expression_is_held_to_whole_words_too() -> None:
    text = "theme the them, They"
    assert _found(text, "the[a-z]*", regex=True) == ["theme", "the", "them", "They"]
    assert _found(text, "the", regex=True, whole_words=True) == ["the"]
    assert _found(text, "the|them", regex=True, whole_words=True) == ["the", "them"]
