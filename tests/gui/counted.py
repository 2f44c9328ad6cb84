"""Counted nouns in English UI text, with or without the English plural catalogue.

The GUI counts with Qt's ``%n`` plurals (``self.tr("%n code(s)", "", n)``): with the English
catalogue loaded a person reads "2 codes"; without one, Qt shows the source text, "2 code(s)".
Tests read either.
"""

from __future__ import annotations

import re


def counted(n: int, noun: str) -> str:
    """A regular expression for ``n`` ``noun``: "1 code", "2 codes" or "2 code(s)"."""
    return rf"\b{n} {re.escape(noun)}(s|\(s\))?\b" if n != 1 else rf"\b1 {re.escape(noun)}(\(s\))?"


def says(text: str, n: int, noun: str) -> bool:
    return re.search(counted(n, noun), text) is not None
