"""Numbers as researchers type them: one reading for case attributes, scores and CSV columns.

Full-width digits, points and signs (３．５, －２) read as their ASCII forms. A comma is read
only where it cannot mean anything else: between groups of three digits before the point
(1,538 or 12,345,678.5). Anywhere else (2,8 or 3,25) it may be a decimal comma or a slip, and
either guess would change the value silently (by ten, or by a thousand), so such a number is
refused, saying why. So is a number with a percent sign (3.6%): whether it means 3.6 or 0.036
depends on what the column holds, so the reason asks for it without the sign.

Written, a number has one form too (``format_number``): the exported tables' and ``scores
list``'s, which loads no exporter for it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal

from frameworkqda.core.messages import QT_TRANSLATE_NOOP, Message

_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?(?:[eE][+-]?\d+)?")
_MINUS = str.maketrans({"\u2212": "-", "\u2010": "-", "\u2013": "-"})

AMBIGUOUS_COMMA = QT_TRANSLATE_NOOP(
    "Numbers",
    "a comma stands only between groups of three digits (1,538); decimals take a point (2.8)",
)


PERCENT_SIGN = QT_TRANSLATE_NOOP(
    "Numbers",
    "type it without the % sign: {number}",
)


class NumberError(ValueError):
    """What was typed is no number; ``reason`` says why when more than "not a number" helps."""

    def __init__(self, text: str, reason: Message | None = None) -> None:
        super().__init__(text)
        self.text = text
        self.reason = reason


def _plain(text: str) -> str:
    """The text with full-width forms, typographic minus signs and thousands commas made
    plain; a comma that separates no thousands is refused."""
    plain = unicodedata.normalize("NFKC", text).strip().translate(_MINUS)
    if plain.endswith("%") and len(plain) > 1:
        raise NumberError(text, PERCENT_SIGN.format(number=plain[:-1].strip()))
    if "," in plain:
        if not _GROUPED.fullmatch(plain):
            raise NumberError(text, AMBIGUOUS_COMMA.format())
        plain = plain.replace(",", "")
    return plain


def read_number(text: str) -> float:
    """A finite number as typed (``65``, ``65.5``, ``６５．５``, ``1,538``, ``-2.5e3``)."""
    plain = _plain(text)
    try:
        value = float(plain)
    except ValueError:
        raise NumberError(text) from None
    if not math.isfinite(value):
        raise NumberError(text)
    return value


def read_whole_number(text: str) -> int:
    """A whole number as typed (``42``, ``４２``, ``1,234,567``); ``1.5`` or ``1e3`` is not."""
    plain = _plain(text)
    if not re.fullmatch(r"[+-]?\d+", plain):
        raise NumberError(text)
    return int(plain)


def format_number(value: int | float | Decimal | None) -> str:
    """A number as the exported tables and the score list write it: a mean to one decimal
    (``Decimal``), a fraction below one to at most three places, others as Python gives them."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:.1f}"
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if abs(value) < 1 else f"{value:g}"
    return str(value)
