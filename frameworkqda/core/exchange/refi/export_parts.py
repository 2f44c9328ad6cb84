"""Pieces the REFI-QDA exporter's modules share: what the writer keeps at hand, element
builders, and the Notes every program must be able to read (dated, with their author)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lxml import etree
from sqlalchemy.orm import Session

from frameworkqda.core import model
from frameworkqda.core.exchange.refi import markers
from frameworkqda.core.exchange.refi.common import PROJECT_NS, format_datetime
from frameworkqda.core.exchange.refi.guids import Guids
from frameworkqda.core.text.xml_safe import xml_safe


def q(tag: str) -> str:
    return f"{{{PROJECT_NS}}}{tag}"


@dataclass
class Selection:
    """A selection already written in this export, so further codings of it join it."""

    place: tuple[int, int, int]  # document id, start, end
    element: Any
    areas: list[Any]  # its PDFSelection page areas
    note: str  # its Description: the note of every segment it carries
    notes: set[tuple[str, str]] = field(default_factory=set)


@dataclass
class Ctx:
    """What the writer needs at hand: GUIDs, keys and the notes collected on the way."""

    guids: Guids
    session: Session
    crlf: bool
    code_key: dict[int, str] = field(default_factory=dict)  # path key, for order and names
    code_guid: dict[int, str] = field(default_factory=dict)
    coder_guid: dict[int, str] = field(default_factory=dict)
    case_key: dict[int, str] = field(default_factory=dict)
    case_guid: dict[int, str] = field(default_factory=dict)
    variable_guid: dict[int, str] = field(default_factory=dict)
    notes: list[Any] = field(default_factory=list)
    links: list[Any] = field(default_factory=list)
    memos: dict[tuple[str, int], model.Memo] = field(default_factory=dict)  # one per item
    selections: dict[str, Selection] = field(default_factory=dict)
    note_files: list[tuple[str, str]] = field(default_factory=list)  # entry, text


def el(tag: str, attrib: dict[str, str | None] | None = None, text: str | None = None) -> Any:
    element = etree.Element(
        q(tag), {k: v for k, v in (attrib or {}).items() if v is not None}, nsmap={None: PROJECT_NS}
    )
    if text is not None:
        element.text = text
    return element


def sub(
    parent: Any, tag: str, attrib: dict[str, str | None] | None = None, text: str | None = None
) -> Any:
    element = etree.SubElement(
        parent, q(tag), {k: v for k, v in (attrib or {}).items() if v is not None}
    )
    if text is not None:
        element.text = text
    return element


def clean(text: str) -> str:
    """Names and notes as XML 1.0 carries them (``text.xml_safe``: Word's line breaks kept)."""
    return xml_safe(text)


def memo_guid(memo: model.Memo, target: tuple[str, int], ctx: Ctx) -> str:
    kind, ident = target
    key = ctx.code_key.get(ident, "") if kind == "code" else ""
    key = ctx.case_key.get(ident, "") if kind == "case" else key
    # 0: its place among the memos on the item, when an item could hold several
    return ctx.guids.of(memo.guid, "memo", kind, key, ident, 0)


def memo_note(memo: model.Memo, guid: str, ctx: Ctx, about: str = "Project memo") -> Any:
    """A memo's Note; an untitled one is named ``about`` (what it is on) and marked
    (``markers.UNTITLED_MEMO``) so our import leaves it untitled."""
    note = el(
        "Note",
        {
            "guid": guid,
            "name": clean(memo.title) or clean(about),
            "creatingUser": ctx.coder_guid.get(memo.coder_id) if memo.coder_id else None,
            "creationDateTime": format_datetime(memo.created_at),
            "modifiedDateTime": format_datetime(memo.updated_at),
        },
    )
    if not memo.title:
        sub(note, "Description", text=markers.UNTITLED_MEMO)
    sub(note, "PlainTextContent", text=clean(memo.text))
    return note


# the Notes that keep their text inline: the value scale and the framework (settings, no
# journals for them in QualCoder) and a coder's own charting (QualCoder would take its link
# for a note on the cell's Note)
_INLINE = (
    markers.VALUE_SCALE,
    markers.FRAMEWORK,
    markers.CODER_CHARTING,
    markers.DRAFT_CODER_CHARTING,
)
# Notes whose name our import does not read: made unique for QualCoder when they repeat
_RENAMABLE = (markers.TRANSLATION, markers.UNTITLED_MEMO)


def notes_in_files(ctx: Ctx) -> None:
    """Give each Note's text a file of its own (``plainTextPath``), where a Note's name allows:
    QualCoder reads a Note as a journal only so, needs a name, and stops its whole import at a
    second journal of one name. A Note named as another already in a file keeps its text inline
    (QualCoder then leaves it out); a translation's or untitled memo's name, which our import
    does not read, is numbered instead (" (2)")."""
    used: set[str] = set()
    for note in ctx.notes:
        description = note.findtext(q("Description")) or ""
        if description.startswith(_INLINE):
            continue
        name = note.get("name") or ""
        if description.startswith(_RENAMABLE):
            base, number = name, 1
            while name in used:
                number += 1
                name = f"{base} ({number})"
            note.set("name", name)
        if not name or name in used:
            continue
        used.add(name)
        content = note.find(q("PlainTextContent"))
        guid = note.get("guid")
        note.set("plainTextPath", f"internal://{guid}.txt")
        ctx.note_files.append((f"sources/{guid}.txt", content.text or ""))
        note.remove(content)


def marker_note(
    guid: str,
    name: str,
    marker: str,
    text: str,
    coder: int | None,
    dates: tuple[datetime | None, datetime | None],
    ctx: Ctx,
) -> Any:
    """A Note carrying FrameworkQDA-only meaning (``markers``); ``dates`` is (created,
    modified). Every Note is dated: QualCoder's importer stops at an undated one."""
    created, modified = dates
    note = el(
        "Note",
        {
            "guid": guid,
            "name": clean(name),
            "creatingUser": ctx.coder_guid.get(coder) if coder else None,
            "creationDateTime": format_datetime(created or modified),
            "modifiedDateTime": format_datetime(modified or created),
        },
    )
    sub(note, "Description", text=marker)
    sub(note, "PlainTextContent", text=clean(text))
    return note


def cell_guid(cell: model.ChartCell, ctx: Ctx) -> str:
    """The GUID of the Note that carries a chart cell."""
    return ctx.guids.of(cell.guid, "cell", ctx.case_key[cell.case_id], ctx.code_key[cell.code_id])
