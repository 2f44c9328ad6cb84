"""Document language from script ratios: ja, en, mixed (or und when there are no letters).

A policy document in Japanese still carries Latin (URLs, English names, numbers), and one
kanji says as much as several Latin letters, so Japanese characters weigh three letters each.
"""

from __future__ import annotations

from frameworkqda.core.text.cjk import code_points, kana_or_ideograph_mask

JAPANESE_WEIGHT = 3
SHARE_FOR_ONE_LANGUAGE = 0.85


BLOCK = 1_000_000  # characters counted at a time: the arrays take ~10 bytes a character


def detect_language(text: str) -> str:
    japanese = latin = 0
    for start in range(0, len(text), BLOCK):
        codes = code_points(text[start : start + BLOCK])
        japanese += int(kana_or_ideograph_mask(codes).sum())
        folded = codes | 0x20
        latin += int(((folded >= ord("a")) & (folded <= ord("z"))).sum())
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
