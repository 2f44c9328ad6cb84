"""Export a project to a REFI-QDA ``.qdpx`` archive, byte for byte the same every time.

The XML is written with lxml's incremental writer (one source at a time, so 100,000 segments
stay cheap), entries carry a fixed timestamp, and every GUID and every ordering derives from
the project's content. The archive is written beside its final name and renamed into place
only when complete; a failure or cancellation leaves nothing behind.
"""

from __future__ import annotations

import math
import zipfile
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session

from frameworkqda import __version__
from frameworkqda.core import model
from frameworkqda.core.atomic import atomic_path
from frameworkqda.core.exchange.refi import markers
from frameworkqda.core.exchange.refi.common import (
    PROJECT_NS,
    Cancel,
    ExchangeCancelled,
    ExchangeError,
    Progress,
    check_cancel,
    format_datetime,
    range_to_rect,
)
from frameworkqda.core.exchange.refi.guids import Guids
from frameworkqda.core.store import Project

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
VARIABLE_TYPES = {
    model.AttributeKind.TEXT: "Text",
    model.AttributeKind.INTEGER: "Integer",
    model.AttributeKind.NUMBER: "Float",
    model.AttributeKind.BOOLEAN: "Boolean",
    model.AttributeKind.DATE: "Date",
}


def q(tag: str) -> str:
    return f"{{{PROJECT_NS}}}{tag}"


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    documents: int
    codes: int
    segments: int
    notes: int


@dataclass
class _Ctx:
    """What the writer needs at hand: GUIDs, keys and the notes collected on the way."""

    guids: Guids
    session: Session
    crlf: bool
    code_key: dict[int, str] = field(default_factory=dict)
    coder_guid: dict[int, str] = field(default_factory=dict)
    case_key: dict[int, str] = field(default_factory=dict)
    notes: list[Any] = field(default_factory=list)
    links: list[Any] = field(default_factory=list)
    memos: dict[tuple[str, int], list[model.Memo]] = field(default_factory=dict)


def export_qdpx(
    project: Project,
    path: str | Path,
    *,
    line_endings: str = "lf",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportSummary:
    """Write ``project`` as a REFI-QDA archive at ``path`` (replaced if it exists)."""
    final = Path(path)
    if line_endings not in ("lf", "crlf"):
        raise ExchangeError(f"line_endings must be 'lf' or 'crlf', not {line_endings!r}")
    if not final.parent.is_dir():
        raise ExchangeError(f"{final}: the folder {final.parent} does not exist")
    try:
        with (
            atomic_path(final) as temporary,
            project.session() as session,
            zipfile.ZipFile(temporary, "w") as archive,
        ):
            summary = _write(session, archive, final, line_endings == "crlf", progress, cancel)
    except ExchangeCancelled:
        raise ExchangeCancelled(f"{final}: export cancelled; no file was written") from None
    except OSError as error:
        raise ExchangeError(f"{final}: cannot be written ({error})") from error
    return summary


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = 0o644 << 16
    return info


def _write(
    session: Session,
    archive: zipfile.ZipFile,
    final: Path,
    crlf: bool,
    progress: Progress | None,
    cancel: Cancel | None,
) -> ExportSummary:
    info = session.scalars(select(model.ProjectInfo)).first()
    name = info.name if info else final.stem
    created = info.created_at if info else None
    ctx = _Ctx(Guids(name, created), session, crlf)
    for memo in session.scalars(select(model.Memo).order_by(model.Memo.created_at, model.Memo.id)):
        ctx.memos.setdefault(_memo_target(memo), []).append(memo)
    documents = list(
        session.scalars(select(model.Document).order_by(model.Document.position, model.Document.id))
    )
    total = len(documents) + 2
    files: list[tuple[str, int, str]] = []  # (entry name, document id, what)
    with archive.open(_entry("project.qde"), "w", force_zip64=True) as handle:
        counts = _write_xml(handle, ctx, info, name, documents, files, progress, cancel, total)
    for number, (entry, document_id, what) in enumerate(files):
        check_cancel(cancel)
        if progress is not None:
            progress(len(documents) + 1, total, f"sources ({number + 1} of {len(files)})")
        document = session.get(model.Document, document_id)
        assert document is not None
        if what == "text":
            archive.writestr(_entry(entry), _export_text(document.text, crlf).encode("utf-8"))
        else:
            data = session.scalars(
                select(model.DocumentFile.data).where(model.DocumentFile.document_id == document_id)
            ).first()
            archive.writestr(_entry(entry), data or b"")
    if progress is not None:
        progress(total, total, "done")
    return ExportSummary(final, len(documents), counts[0], counts[1], len(ctx.notes))


def _memo_target(memo: model.Memo) -> tuple[str, int]:
    for kind, value in (
        ("document", memo.document_id),
        ("case", memo.case_id),
        ("code", memo.code_id),
        ("cell", memo.cell_id),
        ("segment", memo.segment_id),
    ):
        if value is not None:
            return kind, value
    return "project", 0


def _export_text(text: str, crlf: bool) -> str:
    return text.replace("\n", "\r\n") if crlf else text


class _Positions:
    """Code-point positions in the stored text -> positions in the exported text."""

    def __init__(self, text: str, crlf: bool) -> None:
        self.breaks = [i for i, c in enumerate(text) if c == "\n"] if crlf else []

    def __call__(self, position: int) -> int:
        return position + bisect_left(self.breaks, position) if self.breaks else position


def _el(tag: str, attrib: dict[str, str | None] | None = None, text: str | None = None) -> Any:
    element = etree.Element(
        q(tag), {k: v for k, v in (attrib or {}).items() if v is not None}, nsmap={None: PROJECT_NS}
    )
    if text is not None:
        element.text = text
    return element


def _sub(
    parent: Any, tag: str, attrib: dict[str, str | None] | None = None, text: str | None = None
) -> Any:
    element = etree.SubElement(
        parent, q(tag), {k: v for k, v in (attrib or {}).items() if v is not None}
    )
    if text is not None:
        element.text = text
    return element


def _clean(text: str) -> str:
    """XML 1.0 cannot carry most control characters; they are dropped from names and notes."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20) if text else text


def _write_xml(
    handle: IO[bytes],
    ctx: _Ctx,
    info: model.ProjectInfo | None,
    name: str,
    documents: list[model.Document],
    files: list[tuple[str, int, str]],
    progress: Progress | None,
    cancel: Cancel | None,
    total: int,
) -> tuple[int, int]:
    session, guids = ctx.session, ctx.guids
    coders = list(session.scalars(select(model.Coder).order_by(model.Coder.name)))
    for coder in coders:
        ctx.coder_guid[coder.id] = guids("user", coder.name)
    codes = list(session.scalars(select(model.Code).order_by(model.Code.position, model.Code.id)))
    children: dict[int | None, list[model.Code]] = defaultdict(list)
    for code in codes:
        children[code.parent_id].append(code)
    _code_keys(children, None, "", ctx.code_key)
    cases = list(session.scalars(select(model.Case).order_by(model.Case.position, model.Case.id)))
    for case in cases:
        ctx.case_key[case.id] = case.name
    cells = list(session.scalars(select(model.ChartCell)))
    cell_by_code: dict[int, list[model.ChartCell]] = defaultdict(list)
    case_order = {case.id: i for i, case in enumerate(cases)}
    for cell in sorted(cells, key=lambda c: (case_order.get(c.case_id, 0), c.case_id)):
        cell_by_code[cell.code_id].append(cell)

    attributes = {
        "name": _clean(name),
        "origin": f"FrameworkQDA {__version__}",
        "creationDateTime": format_datetime(info.created_at if info else None),
    }
    with etree.xmlfile(handle, encoding="utf-8") as xf:
        xf.write_declaration(standalone=True)
        root_attrib = {k: v for k, v in attributes.items() if v is not None}
        with xf.element(q("Project"), root_attrib, nsmap={None: PROJECT_NS}):
            xf.write("\n")
            if coders:
                users = _el("Users")
                for coder in coders:
                    _sub(
                        users,
                        "User",
                        {"guid": ctx.coder_guid[coder.id], "name": _clean(coder.name)},
                    )
                _emit(xf, users)
            if codes:
                codebook = _el("CodeBook")
                holder = _sub(codebook, "Codes")
                for code in children[None]:
                    _code_element(holder, code, children, cell_by_code, ctx)
                _emit(xf, codebook)
            check_cancel(cancel)
            if progress is not None:
                progress(0, total, "codebook, cases and variables")
            definitions = list(
                session.scalars(
                    select(model.AttributeDefinition).order_by(
                        model.AttributeDefinition.position, model.AttributeDefinition.id
                    )
                )
            )
            if definitions:
                variables = _el("Variables")
                for definition in definitions:
                    _sub(
                        variables,
                        "Variable",
                        {
                            "guid": guids("variable", definition.name),
                            "name": _clean(definition.name),
                            "typeOfVariable": VARIABLE_TYPES[definition.kind],
                        },
                    )
                _emit(xf, variables)
            if cases:
                _emit(xf, _cases_element(cases, definitions, documents, ctx))
            segments_written = 0
            if documents:
                xf.write("  ")
                with xf.element(q("Sources")):
                    xf.write("\n")
                    for number, document in enumerate(documents):
                        check_cancel(cancel)
                        if progress is not None:
                            progress(number + 1, total, document.name)
                        element, count = _source_element(document, ctx, files)
                        segments_written += count
                        _emit(xf, element, indent=2)
                    xf.write("  ")
                xf.write("\n")
            _cell_notes(cells, case_order, ctx)
            scale = _value_scale_note(ctx)
            for memo in ctx.memos.get(("project", 0), []):
                ctx.notes.append(_memo_note(memo, _memo_guid(memo, ("project", 0), ctx), ctx))
            if ctx.notes:
                notes = _el("Notes")
                for note in ctx.notes:
                    notes.append(note)
                _emit(xf, notes)
            if ctx.links:
                links = _el("Links")
                for link in ctx.links:
                    links.append(link)
                _emit(xf, links)
            if info is not None and info.description:
                _emit(xf, _el("Description", text=_clean(info.description)))
            _emit(xf, _el("NoteRef", {"targetGUID": scale}))
            for memo in ctx.memos.get(("project", 0), []):
                _emit(xf, _el("NoteRef", {"targetGUID": _memo_guid(memo, ("project", 0), ctx)}))
    return len(codes), segments_written


def _emit(xf: Any, element: Any, indent: int = 1) -> None:
    etree.indent(element, space="  ", level=indent)
    xf.write("  " * indent)
    xf.write(element)
    xf.write("\n")


def _code_keys(
    children: dict[int | None, list[model.Code]],
    parent: int | None,
    prefix: str,
    keys: dict[int, str],
) -> None:
    seen: dict[str, int] = {}
    for code in children.get(parent, []):
        count = seen.get(code.name, 0)
        seen[code.name] = count + 1
        key = f"{prefix}\x1e{code.name}" + (f"#{count}" if count else "")
        keys[code.id] = key
        _code_keys(children, code.id, key, keys)


def _code_element(
    parent: Any,
    code: model.Code,
    children: dict[int | None, list[model.Code]],
    cell_by_code: dict[int, list[model.ChartCell]],
    ctx: _Ctx,
) -> None:
    key = ctx.code_key[code.id]
    element = _sub(
        parent,
        "Code",
        {
            "guid": ctx.guids("code", key),
            "name": _clean(code.name),
            "isCodable": "true",
            "color": code.colour if _is_rgb(code.colour) else None,
        },
    )
    if code.definition:
        _sub(element, "Description", text=_clean(code.definition))
    for memo in ctx.memos.get(("code", code.id), []):
        ctx.notes.append(_memo_note(memo, _memo_guid(memo, ("code", code.id), ctx), ctx))
        _sub(element, "NoteRef", {"targetGUID": _memo_guid(memo, ("code", code.id), ctx)})
    for cell in cell_by_code.get(code.id, []):
        _sub(element, "NoteRef", {"targetGUID": _cell_guid(cell, ctx)})
    for child in children.get(code.id, []):
        _code_element(element, child, children, cell_by_code, ctx)


def _is_rgb(colour: str) -> bool:
    raw = colour[1:] if colour.startswith("#") else ""
    return len(raw) in (3, 6) and all(c in "0123456789abcdefABCDEF" for c in raw)


def _cell_guid(cell: model.ChartCell, ctx: _Ctx) -> str:
    return ctx.guids("cell", ctx.case_key[cell.case_id], ctx.code_key[cell.code_id])


def _memo_guid(memo: model.Memo, target: tuple[str, int], ctx: _Ctx) -> str:
    siblings = ctx.memos.get(target, [])
    return ctx.guids("memo", target[0], _target_key(target, ctx), siblings.index(memo))


def _target_key(target: tuple[str, int], ctx: _Ctx) -> str:
    kind, ident = target
    if kind == "code":
        return ctx.code_key[ident]
    if kind == "case":
        return ctx.case_key[ident]
    return ""


def _memo_note(memo: model.Memo, guid: str, ctx: _Ctx) -> Any:
    note = _el(
        "Note",
        {
            "guid": guid,
            "name": _clean(memo.title) or None,
            "creatingUser": ctx.coder_guid.get(memo.coder_id) if memo.coder_id else None,
            "creationDateTime": format_datetime(memo.created_at),
            "modifiedDateTime": format_datetime(memo.updated_at),
        },
    )
    _sub(note, "PlainTextContent", text=_clean(memo.text))
    return note


def _marker_note(
    guid: str, name: str, marker: str, text: str, coder: int | None, modified: Any, ctx: _Ctx
) -> Any:
    note = _el(
        "Note",
        {
            "guid": guid,
            "name": _clean(name),
            "creatingUser": ctx.coder_guid.get(coder) if coder else None,
            "modifiedDateTime": format_datetime(modified),
        },
    )
    _sub(note, "Description", text=marker)
    _sub(note, "PlainTextContent", text=_clean(text))
    return note


def _cases_element(
    cases: list[model.Case],
    definitions: list[model.AttributeDefinition],
    documents: list[model.Document],
    ctx: _Ctx,
) -> Any:
    values: dict[tuple[int, int], model.CaseAttributeValue] = {
        (v.case_id, v.attribute_id): v
        for v in ctx.session.scalars(select(model.CaseAttributeValue))
    }
    by_case: dict[int, list[model.Document]] = defaultdict(list)
    for document in documents:
        if document.case_id is not None:
            by_case[document.case_id].append(document)
    element = _el("Cases")
    for case in cases:
        case_el = _sub(
            element, "Case", {"guid": ctx.guids("case", case.name), "name": _clean(case.name)}
        )
        if case.description:
            _sub(case_el, "Description", text=_clean(case.description))
        for definition in definitions:
            value = values.get((case.id, definition.id))
            rendered = _variable_value(definition.kind, value) if value else None
            if rendered is None:
                continue
            holder = _sub(case_el, "VariableValue")
            _sub(holder, "VariableRef", {"targetGUID": ctx.guids("variable", definition.name)})
            _sub(holder, rendered[0], text=rendered[1])
        for document in by_case.get(case.id, []):
            _sub(case_el, "SourceRef", {"targetGUID": ctx.guids("source", document.name)})
        for memo in ctx.memos.get(("case", case.id), []):
            guid = _memo_guid(memo, ("case", case.id), ctx)
            ctx.notes.append(_memo_note(memo, guid, ctx))
            ctx.links.append(
                _el(
                    "Link",
                    {
                        "guid": ctx.guids("link", guid),
                        "name": markers.LINK_MEMO_CASE,
                        "direction": "OneWay",
                        "originGUID": guid,
                        "targetGUID": ctx.guids("case", case.name),
                    },
                )
            )
    return element


def _variable_value(
    kind: model.AttributeKind, value: model.CaseAttributeValue
) -> tuple[str, str] | None:
    if kind is model.AttributeKind.TEXT:
        return ("TextValue", _clean(value.value_text)) if value.value_text is not None else None
    if kind is model.AttributeKind.DATE:
        return ("DateValue", value.value_text) if value.value_text else None
    number = value.value_number
    if number is None or math.isnan(number) or math.isinf(number):
        return None
    if kind is model.AttributeKind.BOOLEAN:
        return "BooleanValue", "true" if number != 0 else "false"
    if kind is model.AttributeKind.INTEGER:
        return "IntegerValue", str(int(number))
    return "FloatValue", format(Decimal(repr(number)), "f")


def _source_element(
    document: model.Document, ctx: _Ctx, files: list[tuple[str, int, str]]
) -> tuple[Any, int]:
    guids = ctx.guids
    guid = guids("source", document.name)
    segments = list(
        ctx.session.scalars(
            select(model.Segment)
            .where(model.Segment.document_id == document.id)
            .order_by(model.Segment.start, model.Segment.end, model.Segment.id)
        )
    )
    code_order = {cid: i for i, cid in enumerate(ctx.code_key)}
    segments.sort(key=lambda s: (s.start, s.end, code_order.get(s.code_id, 0)))
    position = _Positions(document.text, ctx.crlf)
    common = {
        "name": _clean(document.name),
        "creationDateTime": format_datetime(document.imported_at),
    }
    pdf = document.kind is model.DocumentKind.PDF
    if pdf:
        element = _el("PDFSource", {"guid": guid, "path": f"internal://{guid}.pdf", **common})
        files.append((f"sources/{guid}.pdf", document.id, "original"))
        representation_guid = guids("representation", document.name)
        text_holder = None
    else:
        rich = None
        if document.kind is model.DocumentKind.DOCX:
            rich = f"internal://{guid}.docx"
            files.append((f"sources/{guid}.docx", document.id, "original"))
        element = _el(
            "TextSource",
            {
                "guid": guid,
                "richTextPath": rich,
                "plainTextPath": f"internal://{guid}.txt",
                **common,
            },
        )
        files.append((f"sources/{guid}.txt", document.id, "text"))
        text_holder = element
    pages = list(document.pages) if pdf else []
    seen: dict[tuple[str, int, int, str], int] = {}
    deferred: list[Any] = []  # PDF segments without geometry go into the representation
    for segment in segments:
        code_key = ctx.code_key[segment.code_id]
        coder = ctx.coder_guid.get(segment.coder_id) if segment.coder_id else None
        base = (code_key, segment.start, segment.end, coder or "")
        dup = seen.get(base, 0)
        seen[base] = dup + 1
        key = (document.name, *base, dup)
        selection_guid = guids("selection", *key)
        excerpt = document.text[segment.start : segment.end]
        attrib = {
            "guid": selection_guid,
            "name": _clean(excerpt[:60].replace("\n", " ")) or None,
            "creatingUser": coder,
            "creationDateTime": format_datetime(segment.created_at),
            "modifiedDateTime": format_datetime(segment.updated_at),
        }
        rect = range_to_rect(pages, segment.start, segment.end) if pdf else None
        if rect is not None:
            selection = _sub(
                element,
                "PDFSelection",
                {
                    "guid": selection_guid,
                    "name": attrib["name"],
                    "page": str(rect.page),
                    "firstX": str(rect.first_x),
                    "firstY": str(rect.first_y),
                    "secondX": str(rect.second_x),
                    "secondY": str(rect.second_y),
                    "creatingUser": coder,
                    "creationDateTime": attrib["creationDateTime"],
                    "modifiedDateTime": attrib["modifiedDateTime"],
                },
            )
            rep = _sub(selection, "Representation", {"guid": guids("selection-text", *key)})
            _sub(rep, "PlainTextContent", text=_clean(excerpt))
        else:
            selection = _el(
                "PlainTextSelection",
                {
                    **attrib,
                    "startPosition": str(position(segment.start)),
                    "endPosition": str(position(segment.end)),
                },
            )
            if text_holder is not None:
                element.append(selection)
            else:
                deferred.append(selection)
        coding = _sub(
            selection,
            "Coding",
            {
                "guid": guids("coding", *key),
                "creatingUser": coder,
                "creationDateTime": attrib["creationDateTime"],
            },
        )
        _sub(coding, "CodeRef", {"targetGUID": guids("code", code_key)})
        for marker, text, label in (
            (markers.SEGMENT_NOTE, segment.note, "Note"),
            (markers.TRANSLATION, segment.translation, "Translation"),
        ):
            if text:
                note_guid = guids(marker, *key)
                ctx.notes.append(
                    _marker_note(
                        note_guid, label, marker, text, segment.coder_id, segment.updated_at, ctx
                    )
                )
                _sub(selection, "NoteRef", {"targetGUID": note_guid})
        target = ("segment", segment.id)
        for index, memo in enumerate(ctx.memos.get(target, [])):
            memo_guid = guids("memo", "segment", selection_guid, index)
            note = _memo_note(memo, memo_guid, ctx)
            ctx.notes.append(note)
            _sub(selection, "NoteRef", {"targetGUID": memo_guid})
    if pdf:
        rep = _sub(
            element,
            "Representation",
            {"guid": representation_guid, "plainTextPath": f"internal://{representation_guid}.txt"},
        )
        files.append((f"sources/{representation_guid}.txt", document.id, "text"))
        for selection in deferred:
            rep.append(selection)
    for index, memo in enumerate(ctx.memos.get(("document", document.id), [])):
        memo_guid = guids("memo", "document", document.name, index)
        note = _memo_note(memo, memo_guid, ctx)
        ctx.notes.append(note)
        _sub(element, "NoteRef", {"targetGUID": memo_guid})
    return element, len(segments)


def _cell_notes(cells: Iterable[model.ChartCell], case_order: dict[int, int], ctx: _Ctx) -> None:
    code_order = {cid: i for i, cid in enumerate(ctx.code_key)}
    values = {v.id: v.label for v in ctx.session.scalars(select(model.ChartValue))}
    ordered = sorted(
        cells, key=lambda c: (case_order.get(c.case_id, 0), code_order.get(c.code_id, 0))
    )
    for cell in ordered:
        guid = _cell_guid(cell, ctx)
        label = values.get(cell.value_id) if cell.value_id else None
        marker = f"{markers.CHART_CELL}: {label}" if label else markers.CHART_CELL
        case_name = ctx.case_key[cell.case_id]
        code_path = "/".join(p.split("#")[0] for p in ctx.code_key[cell.code_id].split("\x1e")[1:])
        ctx.notes.append(
            _marker_note(
                guid,
                f"{case_name} × {code_path}",
                marker,
                cell.summary,
                cell.coder_id,
                cell.updated_at,
                ctx,
            )
        )
        ctx.links.append(
            _el(
                "Link",
                {
                    "guid": ctx.guids("link", guid),
                    "name": markers.LINK_CELL_CASE,
                    "direction": "OneWay",
                    "originGUID": guid,
                    "targetGUID": ctx.guids("case", case_name),
                },
            )
        )
        for index, memo in enumerate(ctx.memos.get(("cell", cell.id), [])):
            memo_guid = ctx.guids("memo", "cell", guid, index)
            note = _memo_note(memo, memo_guid, ctx)
            ctx.notes.append(note)
            ctx.links.append(
                _el(
                    "Link",
                    {
                        "guid": ctx.guids("link", memo_guid),
                        "name": markers.LINK_MEMO_CELL,
                        "direction": "OneWay",
                        "originGUID": memo_guid,
                        "targetGUID": guid,
                    },
                )
            )


def _value_scale_note(ctx: _Ctx) -> str:
    guid = ctx.guids("value-scale")
    lines = [
        f"{v.label}\t{'present' if v.counts_as_present else 'absent'}\t{v.colour}"
        for v in ctx.session.scalars(
            select(model.ChartValue).order_by(model.ChartValue.position, model.ChartValue.id)
        )
    ]
    ctx.notes.append(
        _marker_note(guid, "Value scale", markers.VALUE_SCALE, "\n".join(lines), None, None, ctx)
    )
    return guid
