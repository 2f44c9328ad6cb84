"""Widening hits to sentences and paragraphs: Japanese and English, offsets in code points."""

from __future__ import annotations

import re

import pytest

from frameworkqda.core import coding
from frameworkqda.core.store import create_project
from frameworkqda.core.text.units import sentence_ends, widen
from tests import writes
from tests.core.engine_helpers import add_document

JAPANESE = (
    "前文です。𠮷田町の日本語教室は、日本の外国人市民に開かれている！次の文。\n"
    "「日本ですか。」と問われた。\n"
    "最後の行に日本"
)
ENGLISH = "Dr Smith met the U.S. team. Japan is here. Walking helps!\nJapan again?\n\nNo."


def _hits(text: str, pattern: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


def test_japanese_sentences_merge_hits_and_count_code_points() -> None:
    spans = widen(JAPANESE, _hits(JAPANESE, "日本"), "sentence")
    assert _texts(JAPANESE, spans) == [
        "𠮷田町の日本語教室は、日本の外国人市民に開かれている！",  # two hits, one segment
        "「日本ですか。」と問われた。",  # a stop inside brackets ends no sentence
        "最後の行に日本",  # the text's end ends a sentence
    ]
    assert spans[0][0] == 5  # 𠮷 is one code point: 前文です。 is 5
    assert widen(JAPANESE, _hits(JAPANESE, "日本"), "hit") == _hits(JAPANESE, "日本")
    paragraphs = _texts(JAPANESE, widen(JAPANESE, _hits(JAPANESE, "日本"), "paragraph"))
    assert paragraphs == JAPANESE.split("\n")


def test_english_sentences_end_at_stops_before_a_capital_and_at_line_ends() -> None:
    spans = widen(ENGLISH, _hits(ENGLISH, "Japan|team"), "sentence")
    # "U.S. team" goes on; the sentences of team and Japan touch, so they merge.
    assert _texts(ENGLISH, spans) == [
        "Dr Smith met the U.S. team. Japan is here.",
        "Japan again?",
    ]
    assert sentence_ends("One. Two? Three") == [4, 9, 15]
    paragraphs = _texts(ENGLISH, widen(ENGLISH, _hits(ENGLISH, "Japan"), "paragraph"))
    assert paragraphs == [ENGLISH.split("\n")[0], "Japan again?"]
    with pytest.raises(ValueError):
        widen(ENGLISH, [], "page")  # type: ignore[arg-type]


def test_autocode_codes_sentences_once(project_location: str) -> None:
    with create_project(project_location) as project:
        code = writes.add_code(project, "Japanese education")
        doc = add_document(project, "d", JAPANESE)
        created = writes.autocode(project, "日本", code, unit="sentence")
        texts = [JAPANESE[r.start : r.end] for r in created]
        assert texts[0] == "𠮷田町の日本語教室は、日本の外国人市民に開かれている！"
        assert len(created) == 3
        assert writes.autocode(project, "日本", code, unit="sentence") == []  # already coded
        assert len(coding.segments_of_document(project, doc)) == 3
