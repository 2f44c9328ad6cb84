"""Document language from script ratios: ja, en, mixed (or und when there are no letters).

A policy document in Japanese still carries Latin (URLs, English names, numbers), and one
kanji says as much as several Latin letters, so Japanese characters weigh three letters each.
"""

from __future__ import annotations

from frameworkqda.core.text.cjk import is_kana_or_ideograph

JAPANESE_WEIGHT = 3
SHARE_FOR_ONE_LANGUAGE = 0.85


def detect_language(text: str) -> str:
    japanese = 0
    latin = 0
    for char in text:
        if is_kana_or_ideograph(char):
            japanese += 1
        elif char.isascii() and char.isalpha():
            latin += 1
    weighted = japanese * JAPANESE_WEIGHT
    total = weighted + latin
    if total == 0:
        return "und"
    share = weighted / total
    if share >= SHARE_FOR_ONE_LANGUAGE:
        return "ja"
    if share <= 1 - SHARE_FOR_ONE_LANGUAGE:
        return "en"
    return "mixed"
