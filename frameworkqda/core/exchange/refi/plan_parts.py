"""The rows a REFI-QDA import plans, and the small readers the planner shares.

``plan.Planner`` fills a :class:`Plan` from the XML; ``importer`` writes it. Helpers here know
nothing of the planner: element navigation, line endings, value parsing.

A source's text and original bytes are the bulk of a project (each up to the import limit of
one file), so a planned document does not hold them: they wait in an unlinked temporary file
(``importers.spill.Parking``, as a PDF's boxes do) and come back one document at a time when
it is written. Peak memory then follows the largest source, not the sum of them.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from frameworkqda.core import model

# element navigation lives in common.py (the .qdc reader uses it too); kid and local are named
# here as well (explicit re-exports): the planner's modules import them from beside them
from frameworkqda.core.exchange.refi.common import kid as kid
from frameworkqda.core.exchange.refi.common import kids as kids
from frameworkqda.core.exchange.refi.common import local as local
from frameworkqda.core.exchange.refi.common import normalise_colour
from frameworkqda.core.importers.base import PageGeometry
from frameworkqda.core.importers.spill import Parked, Parking
from frameworkqda.core.messages import Translate, english

REFERENCE_ATTRIBUTES = (
    "targetGUID",
    "originGUID",
    "representedGUID",
    "sourceVertex",
    "targetVertex",
    "fromSyncPoint",
    "toSyncPoint",
)
KINDS = {
    "Text": model.AttributeKind.TEXT,
    "Integer": model.AttributeKind.INTEGER,
    "Float": model.AttributeKind.NUMBER,
    "Boolean": model.AttributeKind.BOOLEAN,
    "Date": model.AttributeKind.DATE,
    "DateTime": model.AttributeKind.TEXT,
}


@dataclass
class PCode:
    guid: str
    name: str
    definition: str
    colour: str | None
    parent: str | None
    codable: bool = True


@dataclass
class PCase:
    guid: str
    name: str
    description: str
    values: list[tuple[str, str | None, float | None]] = field(default_factory=list)


@dataclass
class PDocument:
    guid: str
    name: str
    kind: model.DocumentKind
    length: int  # characters of its text
    content: Parked  # the text, UTF-8
    original: Parked | None  # the file's bytes; None for a text document (its content)
    sha256: str  # of the original
    created: datetime | None
    pages: list[PageGeometry] = field(default_factory=list)  # boxes parked till written
    case: str | None = None


@dataclass
class PSegment:
    document: str
    code: str
    start: int
    end: int
    coder: str | None
    created: datetime | None
    updated: datetime | None
    selection: str
    note: str = ""
    translation: str = ""
    selection_guid: str | None = None  # None for a coding of a whole source
    coding_guid: str | None = None


@dataclass
class PNote:
    guid: str
    name: str
    text: str
    description: str
    coder: str | None
    created: datetime | None
    updated: datetime | None
    element: Any


@dataclass
class PMemo:
    note: PNote
    target: str  # project, document, case, code, cell, segment
    ref: str | None  # GUID of the target (a selection's GUID for a segment)


@dataclass
class PCell:
    guid: str
    case: str
    code: str
    summary: str
    value: str | None
    coder: str | None
    updated: datetime | None
    draft: bool = False  # the summary is an auto-draft (markers.DRAFT_CHART_CELL)


@dataclass
class PCharting:
    """One coder's own charting of the cell whose Note is ``cell``."""

    cell: str
    coder: str
    summary: str
    value: str | None
    updated: datetime | None
    draft: bool = False  # the summary is an auto-draft (markers.DRAFT_CODER_CHARTING)


@dataclass
class Plan:
    name: str
    origin: str
    created: datetime | None
    description: str = ""
    users: dict[str, str] = field(default_factory=dict)
    codes: list[PCode] = field(default_factory=list)
    variables: dict[str, tuple[str, model.AttributeKind]] = field(default_factory=dict)
    cases: list[PCase] = field(default_factory=list)
    # the GUID of a case taken as an earlier one (names one case by the project's rule) ->
    # that case's GUID: its memos and chart cells are that case's
    case_alias: dict[str, str] = field(default_factory=dict)
    documents: list[PDocument] = field(default_factory=list)
    segments: list[PSegment] = field(default_factory=list)
    cells: list[PCell] = field(default_factory=list)
    chartings: list[PCharting] = field(default_factory=list)
    memos: list[PMemo] = field(default_factory=list)
    value_scale: list[tuple[str, bool, str]] | None = None
    framework: str | None = None  # the template's key (markers.FRAMEWORK)
    # the language an untitled free memo's title is made in ("Note 1"): the interface's
    translate: Translate = field(default=english, repr=False, compare=False)
    # what the sources' parked texts, files and PDF boxes are held in: closed (the temporary
    # files deleted) once the plan is written, or given up
    held: ExitStack = field(default_factory=ExitStack, repr=False, compare=False)


class LineEndings:
    """CRLF / CR -> LF, with the positions of the original text mapped to the new one.

    Given a whole text, ``text`` is it with LF endings; a text read in pieces is fed to
    :meth:`feed` instead, which returns each piece so (``text`` then stays empty).
    """

    def __init__(self, text: str = "") -> None:
        self.original_length = 0
        # positions as machine integers: a long text has millions of line ends
        self.dropped = array("q")
        self._carry = ""
        self.text = self.feed(text, final=True)

    def feed(self, piece: str, final: bool = False) -> str:
        """The next ``piece`` of the original text with LF endings. A CR that ends a piece
        waits for the next one, which may begin with its LF."""
        piece, self._carry = self._carry + piece, ""
        if piece.endswith("\r") and not final:
            piece, self._carry = piece[:-1], "\r"
        for found in re.finditer("\r\n", piece):
            self.dropped.append(self.original_length + found.start())
        self.original_length += len(piece)
        return piece.replace("\r\n", "\n").replace("\r", "\n") if "\r" in piece else piece

    def __call__(self, position: int) -> int:
        return position - bisect_left(self.dropped, position) if self.dropped else position


@dataclass
class ParkedText:
    """A source's text with LF endings, parked as UTF-8 while the import is planned."""

    content: Parked
    length: int  # characters
    endings: LineEndings  # from the file's positions to the text's
    sha256: str  # of the content

    def text(self) -> str:
        return self.content.load().decode("utf-8")


def park_text(chunks: Iterable[bytes], parking: Parking) -> ParkedText | None:
    """Decode a plain-text file as it is read (UTF-8, or UTF-16 with a byte-order mark), make
    its line endings LF and park it as UTF-8, never holding it whole; None when it is not
    such text."""
    endings = LineEndings()
    digest = hashlib.sha256()
    length = 0

    def normalised() -> Iterator[bytes]:
        nonlocal length
        for piece, final in _decoded(chunks):
            text = endings.feed(piece, final)
            length += len(text)
            data = text.encode("utf-8")
            digest.update(data)
            yield data

    try:
        content = parking.park_all(normalised())
    except UnicodeDecodeError:
        return None
    return ParkedText(content, length, endings, digest.hexdigest())


def _decoded(chunks: Iterable[bytes]) -> Iterator[tuple[str, bool]]:
    """The text of the chunks, piece by piece, the last marked final."""
    decoder: codecs.IncrementalDecoder | None = None
    for chunk in chunks:
        if decoder is None:
            utf16 = chunk.startswith((b"\xff\xfe", b"\xfe\xff"))
            decoder = codecs.getincrementaldecoder("utf-16" if utf16 else "utf-8-sig")()
        yield decoder.decode(chunk), False
    yield (decoder.decode(b"", final=True) if decoder else ""), True


def decode_text(data: bytes) -> str | None:
    for encoding in ("utf-8-sig", "utf-16"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


class Textual(list[PSegment]):
    """A source's text selections, as :func:`repeats` asks of each of its page areas: by
    code (walking all of them for each area took 5 of a 150-source import's 12 seconds of
    page areas) and by selection GUID."""

    def __init__(self, segments: list[PSegment]) -> None:
        super().__init__(segments)
        self.by_code: dict[str, list[PSegment]] = {}
        for segment in segments:
            self.by_code.setdefault(segment.code, []).append(segment)
        self.selections = {segment.selection for segment in segments}


def repeats(element: Any, found: tuple[int, int], textual: list[PSegment], target: Any) -> bool:
    """Whether a PDF page area only repeats text selections: its every code is already on
    text overlapping the area (by the same GUID, as in the standard's example, or by range)."""
    guid = str(element.get("guid") or "").strip("{}").upper()
    codes = [
        target(ref, "Code") for coding in kids(element, "Coding") for ref in kids(coding, "CodeRef")
    ]
    indexed = textual if isinstance(textual, Textual) else Textual(textual)
    if not codes:
        return guid in indexed.selections
    return all(
        any(
            s.selection == guid or (s.start < found[1] and found[0] < s.end)
            for s in indexed.by_code.get(code, ())
        )
        for code in codes
    )


def to_int(value: str | None) -> int | None:
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def nearest(text: str, needle: str, hint: int) -> tuple[int, int] | None:
    best: int | None = None
    at = text.find(needle)
    while at >= 0:
        if best is None or abs(at - hint) < abs(best - hint):
            best = at
        if at > hint:
            break
        at = text.find(needle, at + 1)
    return None if best is None else (best, best + len(needle))


def parse_value(kind: model.AttributeKind, raw: str) -> tuple[str | None, float | None] | None:
    try:
        if kind is model.AttributeKind.TEXT:
            return raw, None
        if kind is model.AttributeKind.DATE:
            return date.fromisoformat(raw[:10]).isoformat(), None
        if kind is model.AttributeKind.BOOLEAN:
            if raw.lower() in ("true", "1"):
                return None, 1.0
            if raw.lower() in ("false", "0"):
                return None, 0.0
            return None
        if kind is model.AttributeKind.INTEGER:
            return None, float(int(raw))
        return None, float(raw)
    except ValueError:
        return None


def parse_value_scale(text: str) -> list[tuple[str, bool, str]]:
    scale = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[0]:
            scale.append((parts[0], parts[1] == "present", normalise_colour(parts[2]) or "#9e9e9e"))
    return scale


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
