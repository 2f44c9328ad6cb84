"""Counted nouns for messages: "1 document", "2 documents" — never "1 documents"."""

from __future__ import annotations


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``count`` and ``noun``, in the plural (``many``, else noun + s) unless the count is one."""
    return f"{count} {noun if count == 1 else many or noun + 's'}"
