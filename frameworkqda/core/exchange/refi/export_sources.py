"""The ``<Sources>`` part of a REFI-QDA export: each document with its coded selections.

A text document is a ``TextSource`` with ``PlainTextSelection``s. A PDF is a ``PDFSource``
whose textual ``Representation`` holds one ``PlainTextSelection`` per selection (REFI-QDA 1.5
§10.3: textual selections in a PDF are selections in its text), carrying the codings; the same
selection is also written as one ``PDFSelection`` page area per page it spans, as the
standard's own example does, for programs that only read areas. Codings of one selection that
came from another program as one element (same GUID, same range) are written back as one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from pathlib import PurePath
from typing import Any

from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.exchange.refi import markers
from frameworkqda.core.exchange.refi.common import PageAreas, format_datetime
from frameworkqda.core.exchange.refi.export_parts import (
    Ctx,
    Selection,
    clean,
    el,
    marker_note,
    memo_guid,
    memo_note,
    sub,
)
from frameworkqda.core.exchange.refi.guids import Guids, text_original
from frameworkqda.core.importers.registry import EXTENSIONS


def export_text(text: str, crlf: bool) -> str:
    return text.replace("\n", "\r\n") if crlf else text


class Positions:
    """Code-point positions in the stored text -> positions in the exported text."""

    def __init__(self, text: str, crlf: bool) -> None:
        self.breaks = [i for i, c in enumerate(text) if c == "\n"] if crlf else []

    def __call__(self, position: int) -> int:
        return position + bisect_left(self.breaks, position) if self.breaks else position


def _suffix(filename: str, kind: model.DocumentKind) -> str:
    """The extension of a text or HTML document's original file: its own when it is a plain
    one that names the document's kind (a page saved as ``.aspx`` is written ``.html``), else
    the kind's. The import reads the kind back from it (``plan.Planner._text_original``)."""
    suffix = PurePath(filename).suffix.lower()
    known = EXTENSIONS.get(suffix, model.DocumentKind.TEXT)  # .log, .csv: a text's own
    if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) and known is kind:
        return suffix
    return ".html" if kind is model.DocumentKind.HTML else ".txt"


# a long document reports progress (and is cancelled) every this many segments
SEGMENTS_PER_STEP = 100


def source_element(
    document: model.Document,
    ctx: Ctx,
    files: list[tuple[str, int, str]],
    step: Callable[[int], None] | None = None,
) -> tuple[Any, int]:
    """The source element of ``document``; the files it names are added to ``files``.
    ``step(done)`` is called after every :data:`SEGMENTS_PER_STEP` segments written."""
    guid = ctx.guids.of(document.guid, "source", document.name)
    segments = list(
        ctx.session.scalars(
            select(model.Segment)
            .where(model.Segment.document_id == document.id)
            .order_by(model.Segment.start, model.Segment.end, model.Segment.id)
        )
    )
    code_order = {cid: i for i, cid in enumerate(ctx.code_key)}
    segments.sort(key=lambda s: (s.start, s.end, code_order.get(s.code_id, 0), s.id))
    common = {
        "name": clean(document.name),
        "creationDateTime": format_datetime(document.imported_at),
    }
    pages = PageAreas([])
    if document.kind is model.DocumentKind.PDF:
        element = el("PDFSource", {"guid": guid, "path": f"internal://{guid}.pdf", **common})
        files.append((f"sources/{guid}.pdf", document.id, "original"))
        text_guid = Guids.child("representation", guid)
        holder = el(
            "Representation",
            {"guid": text_guid, "plainTextPath": f"internal://{text_guid}.txt"},
        )
        files.append((f"sources/{text_guid}.txt", document.id, "text"))
        if segments:  # a PDF nobody coded needs no page areas
            pages = PageAreas(document.pages)
    else:
        rich = None
        if document.kind is model.DocumentKind.DOCX:
            rich = f"internal://{guid}.docx"
            files.append((f"sources/{guid}.docx", document.id, "original"))
        element = el(
            "TextSource",
            {
                "guid": guid,
                "richTextPath": rich,
                "plainTextPath": f"internal://{guid}.txt",
                **common,
            },
        )
        files.append((f"sources/{guid}.txt", document.id, "text"))
        if document.kind in (model.DocumentKind.TEXT, model.DocumentKind.HTML):
            # written if it is not the text itself: a web page's HTML, a Shift-JIS text
            original = f"sources/{text_original(guid)}{_suffix(document.filename, document.kind)}"
            files.append((original, document.id, "text original"))
        holder = element
    position = Positions(document.text, ctx.crlf)
    for number, segment in enumerate(segments, start=1):
        _segment(segment, document, holder, element, pages, position, ctx)
        if step is not None and number % SEGMENTS_PER_STEP == 0:
            step(number)
    if holder is not element:
        element.append(holder)
    target = ("document", document.id)
    if (memo := ctx.memos.get(target)) is not None:
        guid_of_memo = memo_guid(memo, target, ctx)
        about = f"Memo on document “{document.name}”"
        ctx.notes.append(memo_note(memo, guid_of_memo, ctx, about))
        sub(element, "NoteRef", {"targetGUID": guid_of_memo})
    return element, len(segments)


def _segment(
    segment: model.Segment,
    document: model.Document,
    holder: Any,
    source: Any,
    pages: PageAreas,
    position: Positions,
    ctx: Ctx,
) -> None:
    """Write one segment: a new selection, or one more coding of a selection already out."""
    coder = ctx.coder_guid.get(segment.coder_id) if segment.coder_id else None
    coding_guid = ctx.guids.of(segment.coding_guid, "coding", document.name, segment.id)
    guid = ctx.guids.of(segment.guid, "selection", document.name, segment.id)
    place = (document.id, segment.start, segment.end)
    known = ctx.selections.get(guid)
    if known is not None and (known.place, known.note) != (place, segment.note):
        # the selection was edited apart (a range or a note of one of its codings changed):
        # its Description is the note of all its codings
        guid, known = Guids.child("selection", coding_guid), None
    created = format_datetime(segment.created_at)
    if known is None:
        excerpt = document.text[segment.start : segment.end]
        name = clean(excerpt[:60].replace("\n", " ")) or None
        attrib = {
            "guid": guid,
            "name": name,
            "startPosition": str(position(segment.start)),
            "endPosition": str(position(segment.end)),
            "creatingUser": coder,
            "creationDateTime": created,
            "modifiedDateTime": format_datetime(segment.updated_at),
        }
        selection = sub(holder, "PlainTextSelection", attrib)
        if segment.note:  # a coding's comment, as MAXQDA writes it and QualCoder reads it
            sub(selection, "Description", text=clean(segment.note))
        known = ctx.selections[guid] = Selection(place, selection, [], segment.note)
        for rect, lo, hi in pages.rects(segment.start, segment.end):
            area = el(
                "PDFSelection",
                {
                    "guid": Guids.child("pdf-area", guid, rect.page),
                    "name": name,
                    "page": str(rect.page),
                    "firstX": str(rect.first_x),
                    "firstY": str(rect.first_y),
                    "secondX": str(rect.second_x),
                    "secondY": str(rect.second_y),
                    "creatingUser": coder,
                    "creationDateTime": created,
                    "modifiedDateTime": attrib["modifiedDateTime"],
                },
            )
            if segment.note:
                sub(area, "Description", text=clean(segment.note))
            text = sub(area, "Representation", {"guid": Guids.child("pdf-text", guid, rect.page)})
            sub(text, "PlainTextContent", text=clean(document.text[lo:hi]))
            source.append(area)  # the Representation and NoteRefs follow all areas
            known.areas.append(area)
    coding = el("Coding", {"guid": coding_guid, "creatingUser": coder, "creationDateTime": created})
    sub(coding, "CodeRef", {"targetGUID": ctx.code_guid[segment.code_id]})
    _before_tail(known.element, coding, ("NoteRef",))
    for index, area in enumerate(known.areas):
        copy = el(
            "Coding",
            {
                "guid": Guids.child("pdf-coding", coding_guid, index),
                "creatingUser": coder,
                "creationDateTime": created,
            },
        )
        sub(copy, "CodeRef", {"targetGUID": ctx.code_guid[segment.code_id]})
        area.append(copy)
    _segment_notes(segment, known, coding_guid, ctx)


def _before_tail(parent: Any, child: Any, tail: tuple[str, ...]) -> None:
    """Append ``child`` before the first child named in ``tail`` (the schema's order)."""
    for index, existing in enumerate(parent):
        if any(existing.tag.endswith("}" + name) for name in tail):
            parent.insert(index, child)
            return
    parent.append(child)


def _segment_notes(segment: model.Segment, known: Selection, coding_guid: str, ctx: Ctx) -> None:
    # the note is the selection's Description (above); the translation has no place of its own
    for marker, text, label in ((markers.TRANSLATION, segment.translation, "Translation"),):
        if text and (marker, text) not in known.notes:
            known.notes.add((marker, text))
            note_guid = Guids.child(marker, coding_guid)
            dates = (segment.created_at, segment.updated_at)
            ctx.notes.append(
                marker_note(note_guid, label, marker, text, segment.coder_id, dates, ctx)
            )
            sub(known.element, "NoteRef", {"targetGUID": note_guid})
    target = ("segment", segment.id)
    if (memo := ctx.memos.get(target)) is not None:
        guid = memo_guid(memo, target, ctx)
        about = f"Memo on “{known.element.get('name') or ''}”"
        ctx.notes.append(memo_note(memo, guid, ctx, about))
        sub(known.element, "NoteRef", {"targetGUID": guid})
