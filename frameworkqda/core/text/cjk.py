"""Character classes and length-preserving normalisation for Japanese text extracted from files.

Extraction must keep one code point per glyph so page geometry stays aligned with the text;
every mapping here therefore turns one code point into exactly one code point.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Vertical presentation forms (U+FE10.., U+FE30..) that PDF text layers of vertical pages carry:
# stored as the ordinary full-width punctuation a reader would type and search for.
_VERTICAL_FORMS = {
    "\ufe10": "，",
    "\ufe11": "、",
    "\ufe12": "。",
    "\ufe13": "：",
    "\ufe14": "；",
    "\ufe15": "！",
    "\ufe16": "？",
    "\ufe17": "〖",
    "\ufe18": "〗",
    "\ufe19": "…",
    "\ufe30": "‥",
    "\ufe31": "—",
    "\ufe32": "–",
    "\ufe33": "＿",
    "\ufe34": "＿",
    "\ufe35": "（",
    "\ufe36": "）",
    "\ufe37": "｛",
    "\ufe38": "｝",
    "\ufe39": "〔",
    "\ufe3a": "〕",
    "\ufe3b": "【",
    "\ufe3c": "】",
    "\ufe3d": "《",
    "\ufe3e": "》",
    "\ufe3f": "〈",
    "\ufe40": "〉",
    "\ufe41": "「",
    "\ufe42": "」",
    "\ufe43": "『",
    "\ufe44": "』",
    "\ufe47": "［",
    "\ufe48": "］",
}


def is_cjk(char: str) -> bool:
    """Ideographs, kana, CJK punctuation and full-width forms: text written without spaces."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF  # radicals, CJK punctuation, kana, ideographs
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0xFE10 <= code <= 0xFE1F  # vertical forms
        or 0xFE30 <= code <= 0xFE4F  # CJK compatibility forms
        or 0xFF00 <= code <= 0xFFEF  # full-width and half-width forms
        or 0x20000 <= code <= 0x3FFFF  # ideographs outside the BMP (𠮷)
    )


def is_kana_or_ideograph(char: str) -> bool:
    """Characters that mark text as Japanese (for language detection)."""
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF
        or 0x3400 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF66 <= code <= 0xFF9F
        or 0x20000 <= code <= 0x3FFFF
    )


@lru_cache(maxsize=8192)
def normalise_char(char: str) -> str:
    """One code point in, one out: vertical forms to ordinary brackets, ⼀ (Kangxi) to 一.

    Kangxi radicals (U+2F00..), CJK radicals and compatibility ideographs become the unified
    ideograph NFKC names, so ⼀ and 一 compare equal everywhere, not only in folded search.
    """
    mapped = _VERTICAL_FORMS.get(char)
    if mapped is not None:
        return mapped
    code = ord(char)
    if 0x2E80 <= code <= 0x2FDF or 0xF900 <= code <= 0xFAFF or 0x2F800 <= code <= 0x2FA1F:
        normal = unicodedata.normalize("NFKC", char)
        if len(normal) == 1:
            return normal
    return char


def normalise_text(text: str) -> str:
    """``normalise_char`` over a string (same length as the input)."""
    return "".join(normalise_char(c) for c in text)
