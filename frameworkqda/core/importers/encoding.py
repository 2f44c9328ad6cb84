"""Decoding bytes of unknown encoding: BOMs, then strict UTF-8, then the Japanese legacy
encodings city websites and old text files still use, with charset-normalizer deciding when
more than one could fit. charset-normalizer (~15 ms to load, with logging) is loaded only
then: the registry, and with it every PDF worker and the command line's import, starts
without it."""

from __future__ import annotations

import codecs

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
JAPANESE_LEGACY = ("cp932", "euc_jp", "iso2022_jp")
ALIASES = {
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "euc-jp": "euc_jp",
    "x-euc-jp": "euc_jp",
}


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None


def python_codec(label: str) -> str | None:
    """A Python codec for a declared charset label (Shift_JIS read as its superset cp932)."""
    label = label.strip().strip("\"'").lower()
    label = ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Text and the encoding used; undecodable bytes become U+FFFD only as a last resort."""
    encoding = bom_encoding(data)
    if encoding:
        return data.decode(encoding), encoding
    candidates: list[str] = []
    if declared and (codec := python_codec(declared)):
        candidates.append(codec)
    candidates.append("utf-8")
    for candidate in candidates:
        try:
            return data.decode(candidate), candidate
        except (UnicodeDecodeError, LookupError):
            continue
    fitting = []
    for candidate in JAPANESE_LEGACY:
        try:
            fitting.append((candidate, data.decode(candidate)))
        except UnicodeDecodeError:
            continue
    if len(fitting) == 1:
        return fitting[0][1], fitting[0][0]
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        guess = python_codec(best.encoding) or best.encoding
        for candidate, text in fitting:
            if candidate == guess:
                return text, candidate
        if not fitting:
            return str(best), guess
    if fitting:
        return fitting[0][1], fitting[0][0]
    return data.decode("utf-8", errors="replace"), "utf-8"
