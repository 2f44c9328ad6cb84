"""Decoding bytes of unknown encoding: BOMs, then strict UTF-8, then the Japanese legacy
encodings city websites and old text files still use, with charset-normalizer deciding when
more than one could fit. charset-normalizer (~15 ms to load, with logging) is loaded only
then: the registry, and with it every PDF worker and the command line's import, starts
without it."""

from __future__ import annotations

import codecs

from frameworkqda.core.errors import ImportFailedError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, Message

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# what a byte-order mark says, for a person
BOM_NAMES = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}
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


def decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """Text and the encoding used; undecodable bytes become U+FFFD only as a last resort.

    A file whose byte-order mark names its encoding is read in it or refused: an
    ImportFailedError saying why in one line (``name``: the file's, for the message).
    """
    encoding = bom_encoding(data)
    if encoding:
        # UTF-8's mark is cut off first, so a bad byte's offset counts from the file's start
        # (the UTF-16 and UTF-32 codecs count the mark themselves)
        skip = len(codecs.BOM_UTF8) if encoding == "utf-8-sig" else 0
        try:
            return data[skip:].decode("utf-8" if skip else encoding), encoding
        except UnicodeDecodeError as error:
            raise ImportFailedError(_undecodable(name, encoding, error, skip, len(data))) from None
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


def _undecodable(
    name: str, encoding: str, error: UnicodeDecodeError, skip: int, size: int
) -> Message:
    """Why ``name`` is not text in ``encoding``, as a person reads it (Python's words were
    shown before: "UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x0a in position
    30: truncated data")."""
    label = BOM_NAMES.get(encoding, encoding)
    if skip + error.end >= size and error.reason in ("truncated data", "unexpected end of data"):
        return QT_TRANSLATE_NOOP(
            "Import",
            "{name}: not readable as {encoding} text: it ends in the middle of a character",
        ).format(name=name, encoding=label)
    return QT_TRANSLATE_NOOP(
        "Import",
        "{name}: not readable as {encoding} text: the bytes at offset {offset} make no character",
    ).format(name=name, encoding=label, offset=skip + error.start)
