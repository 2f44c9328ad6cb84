"""The Notes and Links of a REFI-QDA file, read into the plan: memos on their one target,
chart cells and coders' own chartings of them, segment notes and translations, the value scale
and the framework template's name (``markers``).

Run by :class:`plan.Planner` once codes, cases and sources are read, so every target exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frameworkqda.core.exchange.refi import markers
from frameworkqda.core.exchange.refi import report_lines as say
from frameworkqda.core.exchange.refi.common import UnsafeFileError, parse_datetime
from frameworkqda.core.exchange.refi.plan_parts import (
    LineEndings,
    PCell,
    PCharting,
    PMemo,
    PNote,
    decode_text,
    kid,
    kids,
    local,
    parse_value_scale,
)
from frameworkqda.core.memos import FREE
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.core.sizes import describe_size

if TYPE_CHECKING:
    from frameworkqda.core.exchange.refi.plan import Planner


def read_notes(p: Planner) -> None:
    """The Notes and Links: memos, chart cells, segment notes and the value scale."""
    notes: dict[str, PNote] = {}
    for holder in kids(p.root, "Notes"):
        p.take(holder)
        for element in kids(holder, "Note"):
            p.take(element)
            guid = element.get("guid").strip("{}").upper()
            text, problem = _note_text(p, element, say.NOTE.format(name=element.get("name")))
            if text is None:
                text = ""
                if element.get("plainTextPath"):
                    p.report.lose(problem)
            description = p.text_of(kid(element, "Description"))
            untitled = description == markers.UNTITLED_MEMO  # named for other programs only
            notes[guid] = PNote(
                guid,
                "" if untitled else element.get("name") or "",
                LineEndings(text).text,
                description,
                p.user(element),
                parse_datetime(element.get("creationDateTime")),
                parse_datetime(element.get("modifiedDateTime")),
                element,
            )
            for inner in element:
                if inner not in p.seen:
                    name = element.get("name")
                    p.drop(inner, say.NOTE_PART.format(name=name, element=local(inner)))
    links: dict[str, list[tuple[str, Any]]] = {}
    for holder in kids(p.root, "Links"):
        p.seen.add(holder)
        for link in kids(holder, "Link"):
            origin = str(link.get("originGUID") or "").strip("{}").upper()
            target = str(link.get("targetGUID") or "").strip("{}").upper()
            if origin in notes and target in p.by_guid:
                links.setdefault(origin, []).append((target, link))
            else:
                p.drop(link, say.LINK_NOT_NOTE.format(name=link.get("name"), line=p.line(link)))
    cells: dict[str, PCell] = {}
    placed: set[tuple[str, str]] = set()  # (case, code) of the cells planned
    dropped: set[str] = set()  # cells on a case and code another cell is on
    settings = (markers.VALUE_SCALE, markers.FRAMEWORK)  # the project's own, no memos
    for guid, note in notes.items():
        if note.description == markers.VALUE_SCALE:
            p.plan.value_scale = parse_value_scale(note.text)
            p.note_refs.pop(guid, None)
        elif note.description == markers.FRAMEWORK:
            # a template's key, one short line (ProjectInfo.framework holds 100 characters)
            p.plan.framework = note.text.strip().split("\n")[0][:100] or None
            p.note_refs.pop(guid, None)
        elif note.description.startswith((markers.CHART_CELL, markers.DRAFT_CHART_CELL)):
            cell = _cell(p, note, links)
            if cell is not None and (cell.case, cell.code) in placed:
                case = next(c.name for c in p.plan.cases if c.guid == cell.case)
                p.report.lose(say.CELL_CASE_TAKEN.format(name=note.name, case=case))
                dropped.add(guid)  # and its coders' chartings are memos (CHARTING_INCOMPLETE)
            elif cell is not None:
                cells[guid] = cell
                placed.add((cell.case, cell.code))
    chartings = {
        guid
        for guid, note in notes.items()
        if note.description.startswith((markers.CODER_CHARTING, markers.DRAFT_CODER_CHARTING))
        and _charting(p, note, links, cells)
    }
    for guid, note in notes.items():
        if guid in cells or guid in chartings or guid in dropped or note.description in settings:
            continue
        refs = p.note_refs.get(guid, [])
        if note.description in (markers.SEGMENT_NOTE, markers.TRANSLATION) and refs:
            for _kind, ref_target in refs:
                for segment in p.selection_segments.get(ref_target or "", []):
                    if note.description == markers.SEGMENT_NOTE:
                        segment.note = note.text
                    else:
                        segment.translation = note.text
            for _, link in links.get(guid, []):
                p.drop(link, say.LINK_FROM_SEGMENT_NOTE.format(name=link.get("name")))
            continue
        targets: list[tuple[str, str | None]] = [(k, t) for k, t in refs if k != "project"]
        for target, link in links.get(guid, []):
            kind: str | None = {
                "Case": "case",
                "Code": "code",
                "TextSource": "document",
                "PDFSource": "document",
                "PlainTextSelection": "segment",
                "PDFSelection": "segment",
            }.get(local(p.by_guid[target]))
            if target in cells:
                kind = "cell"
            if kind is None:
                p.drop(
                    link,
                    say.LINK_TO_OTHER.format(
                        name=link.get("name"), element=local(p.by_guid[target])
                    ),
                )
                continue
            p.take(link)
            targets.append((kind, target))
        targets = [(k, t) for k, t in targets if _target_exists(p, k, t, cells)]
        if not targets:
            # the project memo is untitled (ours is marked so); a free-standing Note, or a named
            # one on the project, is a free memo (NVivo's and MAXQDA's free memos, QualCoder's
            # journals): each its own, under its name
            on_project = any(kind == "project" for kind, _ in refs) and not note.name.strip()
            p.plan.memos.append(PMemo(note, "project" if on_project else FREE, None))
            continue
        p.plan.memos.append(PMemo(note, *targets[0]))
        for other_kind, other in targets[1:]:
            p.report.lose(
                say.NOTE_SECOND_TARGET.format(
                    name=note.name, kind=say.target(other_kind), guid=other
                )
            )
    p.plan.cells = list(cells.values())


def _note_text(p: Planner, element: Any, label: str) -> tuple[str | None, str]:
    """A note's text, in the XML or in a file: whole, as notes are short and the plan holds
    them all, so their files together are held to ``Limits.max_note_bytes``."""
    content = kid(element, "PlainTextContent")
    if content is not None:
        return p.text_of(content), ""
    resolved, problem = p.c.plain_text(element, label)
    if resolved is None:
        return None, problem
    data = resolved.data()
    p.note_bytes += len(data)
    limit = p.c.limits.max_note_bytes
    if p.note_bytes > limit:
        raise UnsafeFileError(
            QT_TRANSLATE_NOOP(
                "REFI-QDA",
                "{where}: the notes' text files come to more than {limit}, the import limit "
                "for them together; refused",
            ).format(where=p.where, limit=describe_size(limit))
        )
    text = decode_text(data)
    return (None, problem) if text is None else (text, "")


def _target_exists(p: Planner, kind: str, target: str | None, cells: dict[str, PCell]) -> bool:
    if kind == "segment":
        ok = bool(p.selection_segments.get(target or ""))
    elif kind == "document":
        ok = any(d.guid == target for d in p.plan.documents)
    elif kind == "cell":
        ok = target in cells
    else:
        ok = True
    if not ok:
        p.report.lose(say.NOTE_TARGET_LOST.format(kind=say.target(kind), guid=target))
    return ok


def _cell(p: Planner, note: PNote, links: dict[str, list[tuple[str, Any]]]) -> PCell | None:
    codes = [t for k, t in p.note_refs.get(note.guid, []) if k == "code"]
    cases = [(t, link) for t, link in links.get(note.guid, []) if local(p.by_guid[t]) == "Case"]
    if len(codes) != 1 or len(cases) != 1:
        p.report.note(say.CELL_INCOMPLETE.format(name=note.name))
        return None
    p.take(cases[0][1])
    p.note_refs.pop(note.guid, None)
    draft = note.description.startswith(markers.DRAFT_CHART_CELL)
    kind = markers.DRAFT_CHART_CELL if draft else markers.CHART_CELL
    label = note.description[len(kind) :].lstrip(": ").strip() or None
    case = p.plan.case_alias.get(cases[0][0], cases[0][0])  # a case taken as another: that one
    return PCell(note.guid, case, str(codes[0]), note.text, label, note.coder, note.updated, draft)


def _charting(
    p: Planner, note: PNote, links: dict[str, list[tuple[str, Any]]], cells: dict[str, PCell]
) -> bool:
    """A coder's own charting of a cell (``markers.CODER_CHARTING``), linked to the cell's Note;
    one that lacks its cell or its coder is kept as a memo."""
    to_cells = [(target, link) for target, link in links.get(note.guid, []) if target in cells]
    if len(to_cells) != 1 or not note.coder:
        p.report.note(say.CHARTING_INCOMPLETE.format(name=note.name))
        return False
    target, link = to_cells[0]
    p.take(link)
    p.note_refs.pop(note.guid, None)
    draft = note.description.startswith(markers.DRAFT_CODER_CHARTING)
    kind = markers.DRAFT_CODER_CHARTING if draft else markers.CODER_CHARTING
    label = note.description[len(kind) :].lstrip(": ").strip() or None
    p.plan.chartings.append(PCharting(target, note.coder, note.text, label, note.updated, draft))
    return True
