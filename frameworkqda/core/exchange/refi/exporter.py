"""Export a project to a REFI-QDA ``.qdpx`` archive, byte for byte the same every time.

The XML is written with lxml's incremental writer (one source at a time, so 100,000 segments
stay cheap), entries carry a fixed timestamp, and every GUID and every ordering derives from
the project's content. The archive is written beside its final name and renamed into place
only when complete; a failure or cancellation leaves nothing behind.
"""

from __future__ import annotations

import math
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import IO, Any

from lxml import etree
from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from frameworkqda import __version__
from frameworkqda.core import model
from frameworkqda.core.atomic import atomic_path, cannot_write
from frameworkqda.core.exchange.refi import markers
from frameworkqda.core.exchange.refi.common import (
    PROJECT_NS,
    Cancel,
    ExchangeCancelled,
    ExchangeError,
    Progress,
    check_cancel,
    code_keys,
    format_datetime,
    refi_colour,
    shared_names,
    shared_names_note,
)
from frameworkqda.core.exchange.refi.export_parts import (
    Ctx,
    cell_guid,
    clean,
    el,
    marker_note,
    memo_guid,
    memo_note,
    notes_in_files,
    q,
    sub,
)
from frameworkqda.core.exchange.refi.export_sources import export_text, source_element
from frameworkqda.core.exchange.refi.guids import Guids
from frameworkqda.core.memos import FREE
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, Message
from frameworkqda.core.store import Project

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
VARIABLE_TYPES = {
    model.AttributeKind.TEXT: "Text",
    model.AttributeKind.INTEGER: "Integer",
    model.AttributeKind.NUMBER: "Float",
    model.AttributeKind.BOOLEAN: "Boolean",
    model.AttributeKind.DATE: "Date",
}


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    documents: int
    codes: int
    segments: int
    notes: int
    # REFI-QDA has no place for external scores per theme (code_scores): say they stay behind
    scores_left_out: int = 0
    series_left_out: int = 0
    # names more than one code has: kept (the standard allows it), but QualCoder merges them
    shared_names: tuple[str, ...] = ()

    def shared_names_note(self) -> Message | None:
        return shared_names_note(self.shared_names)


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
        raise ExchangeError(
            QT_TRANSLATE_NOOP("REFI-QDA", "{path}: the folder {folder} does not exist").format(
                path=final, folder=final.parent
            )
        )
    try:
        with (
            atomic_path(final, format="qdpx") as temporary,
            project.session() as session,
            zipfile.ZipFile(temporary, "w") as archive,
        ):
            summary = _write(session, archive, final, line_endings == "crlf", progress, cancel)
    except ExchangeCancelled:
        raise ExchangeCancelled(
            QT_TRANSLATE_NOOP("REFI-QDA", "{path}: export cancelled; no file was written").format(
                path=path
            )
        ) from None
    except OSError as error:
        raise ExchangeError(cannot_write(final, error)) from error
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
    ctx = Ctx(Guids(name, created), session, crlf)
    for memo in session.scalars(select(model.Memo)):
        ctx.memos[_memo_target(memo)] = memo
    documents = list(
        session.scalars(select(model.Document).order_by(model.Document.position, model.Document.id))
    )
    # progress counts a document and each of its segments: a long PDF moves the bar too
    coded = dict(
        session.execute(
            select(model.Segment.document_id, func.count()).group_by(model.Segment.document_id)
        ).all()
    )
    total = len(documents) + sum(coded.values()) + 2
    files: list[tuple[str, int, str]] = []  # (entry name, document id, what)
    with archive.open(_entry("project.qde"), "w", force_zip64=True) as handle:
        counts = _write_xml(
            handle, ctx, info, name, documents, coded, files, progress, cancel, total
        )
    for number, (entry, document_id, what) in enumerate(files):
        check_cancel(cancel)
        if progress is not None:
            step = QT_TRANSLATE_NOOP("ExchangeProgress", "sources ({number} of {count})")
            progress(total - 1, total, step.format(number=number + 1, count=len(files)))
        document = session.get(model.Document, document_id)
        assert document is not None
        if what == "text":
            archive.writestr(_entry(entry), export_text(document.text, crlf).encode("utf-8"))
            continue
        data = session.scalars(
            select(model.DocumentFile.data).where(model.DocumentFile.document_id == document_id)
        ).first()
        if what == "text original" and (not data or data == document.text.encode("utf-8")):
            continue  # the plain text is the original file (UTF-8, LF)
        archive.writestr(_entry(entry), data or b"")
    for entry, text in ctx.note_files:  # QualCoder reads a Note's file as a journal
        archive.writestr(_entry(entry), text.encode("utf-8"))
    if progress is not None:
        progress(total, total, "done")
    scores, series = session.execute(
        select(func.count(), func.count(distinct(model.CodeScore.series))).select_from(
            model.CodeScore
        )
    ).one()
    codes = session.scalars(select(model.Code).order_by(model.Code.position, model.Code.id))
    return ExportSummary(
        final,
        len(documents),
        counts[0],
        counts[1],
        len(ctx.notes),
        scores,
        series,
        tuple(shared_names(codes)),
    )


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
    if memo.title:  # a free memo (titled, on nothing; titles are stored stripped)
        return FREE, memo.id
    return "project", 0


def _write_xml(
    handle: IO[bytes],
    ctx: Ctx,
    info: model.ProjectInfo | None,
    name: str,
    documents: list[model.Document],
    coded: dict[int, int],
    files: list[tuple[str, int, str]],
    progress: Progress | None,
    cancel: Cancel | None,
    total: int,
) -> tuple[int, int]:
    session, guids = ctx.session, ctx.guids
    coders = list(session.scalars(select(model.Coder).order_by(model.Coder.name)))
    for coder in coders:
        ctx.coder_guid[coder.id] = guids.of(coder.guid, "user", coder.name)
    codes = list(session.scalars(select(model.Code).order_by(model.Code.position, model.Code.id)))
    children: dict[int | None, list[model.Code]] = defaultdict(list)
    for code in codes:
        children[code.parent_id].append(code)
    ctx.code_key.update(code_keys(children))
    for code in codes:
        ctx.code_guid[code.id] = guids.of(code.guid, "code", ctx.code_key[code.id])
    cases = list(session.scalars(select(model.Case).order_by(model.Case.position, model.Case.id)))
    for case in cases:
        ctx.case_key[case.id] = case.name
        ctx.case_guid[case.id] = guids.of(case.guid, "case", case.name)
    cells = list(session.scalars(select(model.ChartCell)))
    cell_by_code: dict[int, list[model.ChartCell]] = defaultdict(list)
    case_order = {case.id: i for i, case in enumerate(cases)}
    for cell in sorted(cells, key=lambda c: (case_order.get(c.case_id, 0), c.case_id)):
        cell_by_code[cell.code_id].append(cell)

    attributes = {
        "name": clean(name),
        "origin": f"FrameworkQDA {__version__}",
        "creationDateTime": format_datetime(info.created_at if info else None),
    }
    with etree.xmlfile(handle, encoding="utf-8") as xf:
        xf.write_declaration(standalone=True)
        root_attrib = {k: v for k, v in attributes.items() if v is not None}
        with xf.element(q("Project"), root_attrib, nsmap={None: PROJECT_NS}):
            xf.write("\n")
            if coders:
                users = el("Users")
                for coder in coders:
                    sub(
                        users,
                        "User",
                        {"guid": ctx.coder_guid[coder.id], "name": clean(coder.name)},
                    )
                _emit(xf, users)
            if codes:
                codebook = el("CodeBook")
                holder = sub(codebook, "Codes")
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
                variables = el("Variables")
                for definition in definitions:
                    ctx.variable_guid[definition.id] = guids.of(
                        definition.guid, "variable", definition.name
                    )
                    sub(
                        variables,
                        "Variable",
                        {
                            "guid": ctx.variable_guid[definition.id],
                            "name": clean(definition.name),
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
                    done = 0  # documents and segments written
                    for document in documents:
                        check_cancel(cancel)
                        done += 1
                        if progress is not None:
                            progress(done, total, document.name)
                        step = partial(_within, progress, cancel, done, total, document.name)
                        element, count = source_element(document, ctx, files, step)
                        segments_written += count
                        done += coded.get(document.id, 0)
                        _emit(xf, element, indent=2)
                    xf.write("  ")
                xf.write("\n")
            _cell_notes(cells, case_order, ctx)
            scale = _value_scale_note(ctx, info.created_at if info else None)
            framework = _framework_note(ctx, info)
            if (memo := ctx.memos.get(("project", 0))) is not None:
                ctx.notes.append(memo_note(memo, memo_guid(memo, ("project", 0), ctx), ctx))
            # free memos: Notes of their own, titled, that nothing points to (a free-standing
            # Note is NVivo's and MAXQDA's free memo, QualCoder's journal)
            for (kind, _), memo in sorted(ctx.memos.items(), key=lambda item: item[0]):
                if kind == FREE:
                    ctx.notes.append(memo_note(memo, memo_guid(memo, (kind, memo.id), ctx), ctx))
            notes_in_files(ctx)
            if ctx.notes:
                notes = el("Notes")
                for note in ctx.notes:
                    notes.append(note)
                _emit(xf, notes)
            if ctx.links:
                links = el("Links")
                for link in ctx.links:
                    links.append(link)
                _emit(xf, links)
            if info is not None and info.description:
                _emit(xf, el("Description", text=clean(info.description)))
            _emit(xf, el("NoteRef", {"targetGUID": scale}))
            if framework is not None:
                _emit(xf, el("NoteRef", {"targetGUID": framework}))
            if (memo := ctx.memos.get(("project", 0))) is not None:
                _emit(xf, el("NoteRef", {"targetGUID": memo_guid(memo, ("project", 0), ctx)}))
    return len(codes), segments_written


def _within(
    progress: Progress | None, cancel: Cancel | None, done: int, total: int, label: str, more: int
) -> None:
    """Within a long document: ``more`` of its segments are written after ``done`` units."""
    check_cancel(cancel)
    if progress is not None:
        progress(done + more, total, label)


def _emit(xf: Any, element: Any, indent: int = 1) -> None:
    etree.indent(element, space="  ", level=indent)
    xf.write("  " * indent)
    xf.write(element)
    xf.write("\n")


def _code_element(
    parent: Any,
    code: model.Code,
    children: dict[int | None, list[model.Code]],
    cell_by_code: dict[int, list[model.ChartCell]],
    ctx: Ctx,
) -> None:
    element = sub(
        parent,
        "Code",
        {
            "guid": ctx.code_guid[code.id],
            "name": clean(code.name),
            "isCodable": "true" if code.codable else "false",
            "color": refi_colour(code.colour),
        },
    )
    if code.definition:
        sub(element, "Description", text=clean(code.definition))
    if (memo := ctx.memos.get(("code", code.id))) is not None:
        guid = memo_guid(memo, ("code", code.id), ctx)
        ctx.notes.append(memo_note(memo, guid, ctx, f"Memo on code “{code.name}”"))
        sub(element, "NoteRef", {"targetGUID": guid})
    for cell in cell_by_code.get(code.id, []):
        sub(element, "NoteRef", {"targetGUID": cell_guid(cell, ctx)})
    for child in children.get(code.id, []):
        _code_element(element, child, children, cell_by_code, ctx)


def _cases_element(
    cases: list[model.Case],
    definitions: list[model.AttributeDefinition],
    documents: list[model.Document],
    ctx: Ctx,
) -> Any:
    values: dict[tuple[int, int], model.CaseAttributeValue] = {
        (v.case_id, v.attribute_id): v
        for v in ctx.session.scalars(select(model.CaseAttributeValue))
    }
    by_case: dict[int, list[model.Document]] = defaultdict(list)
    for document in documents:
        if document.case_id is not None:
            by_case[document.case_id].append(document)
    element = el("Cases")
    for case in cases:
        case_el = sub(element, "Case", {"guid": ctx.case_guid[case.id], "name": clean(case.name)})
        if case.description:
            sub(case_el, "Description", text=clean(case.description))
        for definition in definitions:
            value = values.get((case.id, definition.id))
            rendered = _variable_value(definition.kind, value) if value else None
            if rendered is None:
                continue
            holder = sub(case_el, "VariableValue")
            sub(holder, "VariableRef", {"targetGUID": ctx.variable_guid[definition.id]})
            sub(holder, rendered[0], text=rendered[1])
        for document in by_case.get(case.id, []):
            source = ctx.guids.of(document.guid, "source", document.name)
            sub(case_el, "SourceRef", {"targetGUID": source})
        if (memo := ctx.memos.get(("case", case.id))) is not None:
            guid = memo_guid(memo, ("case", case.id), ctx)
            ctx.notes.append(memo_note(memo, guid, ctx, f"Memo on case “{case.name}”"))
            ctx.links.append(
                el(
                    "Link",
                    {
                        "guid": Guids.child("link", guid),
                        "name": markers.LINK_MEMO_CASE,
                        "direction": "OneWay",
                        "originGUID": guid,
                        "targetGUID": ctx.case_guid[case.id],
                    },
                )
            )
    return element


def _variable_value(
    kind: model.AttributeKind, value: model.CaseAttributeValue
) -> tuple[str, str] | None:
    if kind is model.AttributeKind.TEXT:
        return ("TextValue", clean(value.value_text)) if value.value_text is not None else None
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


def _cell_notes(cells: Iterable[model.ChartCell], case_order: dict[int, int], ctx: Ctx) -> None:
    code_order = {cid: i for i, cid in enumerate(ctx.code_key)}
    values = {v.id: v.label for v in ctx.session.scalars(select(model.ChartValue))}
    chartings: dict[int, list[model.CellCharting]] = defaultdict(list)
    for charting in ctx.session.scalars(
        select(model.CellCharting).order_by(model.CellCharting.cell_id, model.CellCharting.id)
    ):
        chartings[charting.cell_id].append(charting)
    ordered = sorted(
        cells, key=lambda c: (case_order.get(c.case_id, 0), code_order.get(c.code_id, 0))
    )
    for cell in ordered:
        guid = cell_guid(cell, ctx)
        label = values.get(cell.value_id) if cell.value_id else None
        kind = markers.DRAFT_CHART_CELL if cell.draft else markers.CHART_CELL
        marker = f"{kind}: {label}" if label else kind
        case_name = ctx.case_key[cell.case_id]
        code_path = "/".join(p.split("#")[0] for p in ctx.code_key[cell.code_id].split("\x1e")[1:])
        ctx.notes.append(
            marker_note(
                guid,
                f"{case_name} × {code_path}",
                marker,
                cell.summary,
                cell.coder_id,
                (cell.updated_at, cell.updated_at),
                ctx,
            )
        )
        ctx.links.append(
            el(
                "Link",
                {
                    "guid": Guids.child("link", guid),
                    "name": markers.LINK_CELL_CASE,
                    "direction": "OneWay",
                    "originGUID": guid,
                    "targetGUID": ctx.case_guid[cell.case_id],
                },
            )
        )
        for charting in chartings.get(cell.id, []):
            if charting.coder_id == cell.coder_id and (
                charting.value_id,
                charting.summary,
                charting.draft,
            ) == (cell.value_id, cell.summary, cell.draft):
                continue  # the cell's own Note carries its author's charting
            _charting_note(charting, guid, f"{case_name} × {code_path}", values, ctx)
        if (memo := ctx.memos.get(("cell", cell.id))) is not None:
            note_guid = memo_guid(memo, ("cell", cell.id), ctx)
            about = f"Memo on chart cell {case_name} × {code_path}"
            ctx.notes.append(memo_note(memo, note_guid, ctx, about))
            ctx.links.append(
                el(
                    "Link",
                    {
                        "guid": Guids.child("link", note_guid),
                        "name": markers.LINK_MEMO_CELL,
                        "direction": "OneWay",
                        "originGUID": note_guid,
                        "targetGUID": guid,
                    },
                )
            )


def _charting_note(
    charting: model.CellCharting, cell: str, name: str, values: dict[int, str], ctx: Ctx
) -> None:
    """One coder's own charting of a cell: a Note by that coder, linked to the cell's Note."""
    user = ctx.coder_guid[charting.coder_id]
    guid = Guids.child("charting", cell, user)
    label = values.get(charting.value_id) if charting.value_id else None
    kind = markers.DRAFT_CODER_CHARTING if charting.draft else markers.CODER_CHARTING
    marker = f"{kind}: {label}" if label else kind
    dates = (charting.updated_at, charting.updated_at)
    ctx.notes.append(
        marker_note(guid, name, marker, charting.summary, charting.coder_id, dates, ctx)
    )
    ctx.links.append(
        el(
            "Link",
            {
                "guid": Guids.child("link", guid),
                "name": markers.LINK_CHARTING_CELL,
                "direction": "OneWay",
                "originGUID": guid,
                "targetGUID": cell,
            },
        )
    )


def _value_scale_note(ctx: Ctx, created: datetime | None) -> str:
    """The value scale as a Note, dated with the project (the scale has no date of its own)."""
    guid = ctx.guids("value-scale")
    lines = [
        f"{v.label}\t{'present' if v.counts_as_present else 'absent'}\t{v.colour}"
        for v in ctx.session.scalars(
            select(model.ChartValue).order_by(model.ChartValue.position, model.ChartValue.id)
        )
    ]
    ctx.notes.append(
        marker_note(
            guid,
            "Value scale",
            markers.VALUE_SCALE,
            "\n".join(lines),
            None,
            (created, created),
            ctx,
        )
    )
    return guid


def _framework_note(ctx: Ctx, info: model.ProjectInfo | None) -> str | None:
    """The framework template the project was made from, as a Note dated with the project
    (REFI's Project has no attribute for it); None when the project names none."""
    if info is None or not info.framework:
        return None
    guid = ctx.guids("framework")
    dates = (info.created_at, info.created_at)
    ctx.notes.append(
        marker_note(guid, "Framework", markers.FRAMEWORK, info.framework, None, dates, ctx)
    )
    return guid
