"""Words for people: counted nouns ("1 document", "2 documents") and quotations (「…」, “…”).

Japanese quotations take 「」 and a quotation inside one takes 『』, so a passage that itself
starts with 「 is never cited as 「「…」.
"""

from __future__ import annotations

from collections.abc import Iterable

# kana, CJK ideographs, half-width katakana, CJK extension A
_CJK_RANGES = (
    ("\u3040", "\u30ff"),
    ("\u4e00", "\u9fff"),
    ("\uff66", "\uff9f"),
    ("\u3400", "\u4dbf"),
)


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``count`` and ``noun``, in the plural (``many``, else noun + s) unless the count is one."""
    return f"{count} {noun if count == 1 else many or noun + 's'}"


def numbered(noun: str, numbers: list[str]) -> str:
    """``page 2`` or ``pages 1, 3``: a noun naming one or several numbered things."""
    return f"{noun if len(numbers) == 1 else noun + 's'} {', '.join(numbers)}"


def is_japanese(text: str) -> bool:
    return any(low <= char <= high for char in text for low, high in _CJK_RANGES)


def cite(text: str) -> str:
    """``text`` in quotation marks: 「…」 for Japanese (inner 「」 become 『』), else “…”."""
    if not is_japanese(text):
        return f"“{text}”"
    if _wrapped(text):
        return text
    return "「" + text.replace("「", "『").replace("」", "』") + "」"


def _wrapped(text: str) -> bool:
    """True when the whole text is one 「…」 quotation already."""
    if not (text.startswith("「") and text.endswith("」")):
        return False
    depth = 0
    for index, char in enumerate(text):
        depth += (char == "「") - (char == "」")
        if depth == 0:
            return index == len(text) - 1
    return False


def nearest(wanted: str, names: Iterable[str], limit: int = 3) -> list[str]:
    """The names a mistyped ``wanted`` most likely meant, best first: those whose last part
    (after ``/``: a measure's name without its theme) is ``wanted`` whatever its letter case,
    else those close to it as strings (a space for a hyphen, a letter missed), case aside."""
    candidates = list(dict.fromkeys(names))
    folded = wanted.strip().casefold()
    tail = [name for name in candidates if name.rsplit("/", 1)[-1].casefold() == folded]
    if tail:
        return tail[:limit]
    import difflib  # here: every command's start loads this module, only a miss needs it

    by_fold: dict[str, str] = {}
    for name in candidates:
        by_fold.setdefault(name.casefold(), name)
    close = difflib.get_close_matches(folded, list(by_fold), n=limit, cutoff=0.8)
    return [by_fold[match] for match in close]
