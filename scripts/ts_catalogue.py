"""Two jobs on Qt .ts catalogues that lupdate does not do, for scripts/translations.

``count TS``: how many strings are unfinished, per context.
``english TS``: fill the English plural forms of strings written ``"%n document(s)"`` (one:
"(s)" dropped, many: "s"); others are left unfinished for a person.
``merge TS OTHER.ts …``: take the finished translations of the other catalogues (another
branch's copy) for the strings still unfinished here — how two people's translations of one
language come together. lupdate rewrites the file in its own format afterwards.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    return [
        (context.findtext("name") or "", message)
        for context in root.findall("context")
        for message in context.findall("message")
    ]


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")


def count(path: str) -> None:
    messages = _messages(ET.parse(path).getroot())
    left = Counter(name for name, message in messages if _unfinished(message))
    print(f"{path}: {len(messages)} strings, {sum(left.values())} unfinished")
    for name, number in sorted(left.items()):
        print(f"  {name}: {number} unfinished")


def merge(path: str, others: list[str]) -> None:
    tree = ET.parse(path)
    done: dict[tuple[str, str], ET.Element] = {}
    for other in others:
        for name, message in _messages(ET.parse(other).getroot()):
            if not _unfinished(message):
                done.setdefault((name, message.findtext("source") or ""), message)
    taken = 0
    for name, message in _messages(tree.getroot()):
        found = done.get((name, message.findtext("source") or ""))
        if found is not None and _unfinished(message):
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            message.append(found.find("translation"))  # type: ignore[arg-type]
            taken += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: took {taken} translations from {', '.join(others)}")


def _plural(source: str) -> str:
    """``source`` with each "noun(s)" in the plural: "summary(s)" → "summaries" (a consonant
    and y), else the noun and s."""
    return re.sub(r"(?<=[^aeiou])y\(s\)", "ies", source).replace("(s)", "s")


def english(path: str) -> None:
    tree = ET.parse(path)
    filled = 0
    for _name, message in _messages(tree.getroot()):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or not _unfinished(message) or "(s)" not in source:
            continue
        forms = translation.findall("numerusform")
        if len(forms) == 2:
            forms[0].text, forms[1].text = source.replace("(s)", ""), _plural(source)
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    if filled:
        print(f"{path}: filled {filled} English plural forms")


if __name__ == "__main__":
    if sys.argv[1] == "count":
        count(sys.argv[2])
    elif sys.argv[1] == "english":
        english(sys.argv[2])
    else:
        merge(sys.argv[2], sys.argv[3:])
