"""Import a ``.qdpx`` archive or a bare ``.qde`` into a NEW project, all or nothing.

The whole file is read, checked and planned before the project exists. The project is then
built under a temporary name (SQLite) and renamed into place only when complete; on a server
database the tables are dropped again if anything fails. Either way a failed or cancelled
import leaves nothing behind.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    LargeBinary,
    Text,
    bindparam,
    cast,
    delete,
    func,
    insert,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import Session

from frameworkqda.core import memos, model
from frameworkqda.core.atomic import atomic_path, temporary_name
from frameworkqda.core.coding import insert_segments
from frameworkqda.core.errors import ProjectError, ProjectExistsError
from frameworkqda.core.exchange.refi import report_lines as say
from frameworkqda.core.exchange.refi.common import (
    Cancel,
    ExchangeCancelled,
    Progress,
    check_cancel,
)
from frameworkqda.core.exchange.refi.container import Container
from frameworkqda.core.exchange.refi.guids import is_guid
from frameworkqda.core.exchange.refi.import_progress import ImportProgress
from frameworkqda.core.exchange.refi.joins import join_passages
from frameworkqda.core.exchange.refi.plan import Planner
from frameworkqda.core.exchange.refi.plan_parts import Plan
from frameworkqda.core.exchange.refi.report import CarryOverReport
from frameworkqda.core.exchange.refi.safety import DEFAULT_LIMITS, Limits
from frameworkqda.core.importers.base import Extraction
from frameworkqda.core.importers.spill import Parked
from frameworkqda.core.messages import (
    QT_TRANSLATE_NOOP,
    Translate,
    english,
    render,
    replaced,
    said,
)
from frameworkqda.core.store import ProjectLocation, create_project

PdfGeometry = Callable[[bytes], Extraction]
PAGE_BATCH = 256  # pages whose boxes are read back and inserted together
SEGMENT_BATCH = 2_000  # coded passages inserted together, the bar moved after each


def default_pdf_geometry(data: bytes) -> Extraction:
    """Text and per-character boxes of a PDF, by the project's PDF importer (its boxes wait
    on disk, ``importers/spill.py``, and are read when asked for, until it is closed)."""
    from frameworkqda.core.importers import ImportOptions, extract

    return extract(data, "source.pdf", ImportOptions())


def import_qdpx(
    source: str | Path,
    location: str | Path,
    *,
    limits: Limits = DEFAULT_LIMITS,
    pdf_geometry: PdfGeometry | None = default_pdf_geometry,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    translate: Translate = english,
) -> CarryOverReport:
    """Create the project at ``location`` from a REFI-QDA file; return what carried over.
    ``translate``: the language of what the import names itself (an untitled free memo's
    title, ``Note 1``), the interface's in the GUI."""
    try:
        return _import(Path(source), location, limits, pdf_geometry, progress, cancel, translate)
    except ExchangeCancelled:
        raise ExchangeCancelled(
            QT_TRANSLATE_NOOP("REFI-QDA", "{path}: import cancelled; nothing was created").format(
                path=source
            )
        ) from None


def _import(
    path: Path,
    location: str | Path,
    limits: Limits,
    pdf_geometry: PdfGeometry | None,
    progress: Progress | None,
    cancel: Cancel | None,
    translate: Translate = english,
) -> CarryOverReport:
    target = ProjectLocation.parse(location)
    if target.path is not None and target.path.exists():
        raise ProjectExistsError(
            QT_TRANSLATE_NOOP("REFI-QDA", "{path}: a file with this name already exists").format(
                path=target.path
            )
        )
    report = CarryOverReport(str(path), str(target))
    ticker = ImportProgress(progress)  # each source and its coded passages, as they go
    _step(progress, 0, ticker.total, "reading the file")
    with Container(path, limits) as container:
        check_cancel(cancel)
        plan = Planner(container, report, pdf_geometry, cancel, ticker).read()
        plan.translate = translate
    with plan.held:  # the parked texts and boxes are deleted once written, or not
        check_cancel(cancel)
        _create(location, target, plan, report, cancel, ticker)
    _step(progress, ticker.total, ticker.total, "done")
    return report


def _create(
    location: str | Path,
    target: ProjectLocation,
    plan: Plan,
    report: CarryOverReport,
    cancel: Cancel | None,
    ticker: ImportProgress,
) -> None:
    """The project made from the plan in one transaction; nothing left where it fails."""
    if target.path is None:
        project = create_project(str(location), name=plan.name)
        try:
            with project.transaction() as session:
                _write(session, plan, report, cancel, ticker)
        except BaseException:
            model.Base.metadata.drop_all(project.engine)
            with project.engine.begin() as connection:
                connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
            project.close()
            raise
        project.close()
    else:
        final = target.path
        try:
            with atomic_path(final, "importing", touch=False) as temporary:
                project = create_project(temporary, name=plan.name)
                try:
                    with project.transaction() as session:
                        _write(session, plan, report, cancel, ticker)
                finally:
                    project.close()
                if final.exists():
                    raise ProjectExistsError(
                        QT_TRANSLATE_NOOP(
                            "REFI-QDA", "{path}: a file with this name appeared meanwhile"
                        ).format(path=final)
                    )
        except ProjectError as error:  # said of the file the person named, not our temporary
            hidden = str(temporary_name(final, "importing"))
            raise type(error)(replaced(said(error), hidden, str(final))) from error


def _step(progress: Progress | None, done: int, total: int, label: str) -> None:
    if progress is not None:
        progress(done, total, label)


def _unique(name: str, taken: set[str], what: str, report: CarryOverReport) -> str:
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} ({number})", number + 1
    if candidate != name:
        report.note(say.RENAMED[what].format(name=name, new=candidate))
    taken.add(candidate)
    return candidate


def _keep(guid: str | None) -> str:
    """The file's GUID to store (normalised as the plan reads it), or a new one where the file
    has none or something that is no GUID (the file's references were resolved by then)."""
    return guid if guid is not None and is_guid(guid) else model.new_guid()


def _insert(session: Session, table: Any, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert rows in order and return their new ids in the same order."""
    if not rows:
        return []
    result = session.execute(
        insert(table).returning(table.id, sort_by_parameter_order=True), list(rows)
    )
    return [row[0] for row in result]


def _write(
    session: Session,
    plan: Plan,
    report: CarryOverReport,
    cancel: Cancel | None,
    ticker: ImportProgress,
) -> None:
    info = session.scalars(select(model.ProjectInfo)).one()
    info.name, info.description = plan.name, plan.description
    info.framework = plan.framework
    if plan.created is not None:
        info.created_at = plan.created
    taken: set[str] = set()
    users = list(plan.users.items())
    coder_ids = dict(
        zip(
            (g for g, _ in users),
            _insert(
                session,
                model.Coder,
                [
                    {"name": _unique(n or f"User {g[:8]}", taken, "user", report), "guid": _keep(g)}
                    for g, n in users
                ],
            ),
            strict=True,
        )
    )
    report.imported["users"] = len(users)

    code_ids: dict[str, int] = {}
    positions: dict[str | None, int] = {}
    for code in plan.codes:  # parents always come before their children
        position = positions.get(code.parent, 0)
        positions[code.parent] = position + 1
        row = {
            "name": code.name,
            "definition": code.definition,
            "position": position,
            "parent_id": code_ids[code.parent] if code.parent else None,
            "guid": _keep(code.guid),
            "codable": code.codable,
        }
        if code.colour:
            row["colour"] = code.colour
        code_ids[code.guid] = _insert(session, model.Code, [row])[0]
    report.imported["codes"] = len(plan.codes)

    taken = set()
    variables = list(plan.variables.items())
    variable_ids = dict(
        zip(
            (g for g, _ in variables),
            _insert(
                session,
                model.AttributeDefinition,
                [
                    {
                        "name": _unique(n, taken, "variable", report),
                        "kind": k,
                        "position": i,
                        "guid": _keep(g),
                    }
                    for i, (g, (n, k)) in enumerate(variables)
                ],
            ),
            strict=True,
        )
    )
    report.imported["variables"] = len(variables)

    case_ids = dict(
        zip(
            (c.guid for c in plan.cases),
            _insert(
                session,
                model.Case,
                [
                    {
                        "name": c.name,  # one case of each name (``Planner._one_case``)
                        "description": c.description,
                        "position": i,
                        "guid": _keep(c.guid),
                    }
                    for i, c in enumerate(plan.cases)
                ],
            ),
            strict=True,
        )
    )
    for alias, taken_as in plan.case_alias.items():  # a case taken as the first of its name
        case_ids[alias] = case_ids[taken_as]
    values = [
        {
            "case_id": case_ids[c.guid],
            "attribute_id": variable_ids[v],
            "value_text": t,
            "value_number": n,
        }
        for c in plan.cases
        for v, t, n in c.values
    ]
    if values:
        session.execute(insert(model.CaseAttributeValue), values)
    report.imported["cases"] = len(plan.cases)
    report.imported["variable values"] = len(values)

    taken = set()
    document_ids: dict[str, int] = {}
    # the text as a parameter, never in the statement (a compiled statement is cached)
    text_insert = (
        insert(model.Document)
        .values(text=_utf8_text(session, bindparam("utf8", type_=LargeBinary)))
        .returning(model.Document.id)
    )
    for position, document in enumerate(plan.documents):
        check_cancel(cancel)
        ticker.document(position + 1, len(plan.documents))
        row = {
            "name": _unique(document.name, taken, "document", report),
            "kind": document.kind,
            "filename": document.name,
            "sha256": document.sha256,
            "page_count": len(document.pages),
            "position": position,
            "case_id": case_ids.get(document.case) if document.case else None,
            "guid": _keep(document.guid),
        }
        if document.created is not None:
            row["imported_at"] = document.created
        # one source in memory at a time, as its UTF-8 bytes (a str takes up to four times
        # the room, and the driver would make a UTF-8 copy of it besides)
        ident = session.execute(text_insert, {**row, "utf8": document.content.load()}).scalar_one()
        document_ids[document.guid] = ident
        _store_original(session, ident, document.original or document.content)
        for first in range(0, len(document.pages), PAGE_BATCH):
            session.execute(
                insert(model.DocumentPage),
                [
                    {
                        "document_id": ident,
                        "page_number": p.page_number,
                        "width": p.width,
                        "height": p.height,
                        "char_start": p.char_start,
                        "char_end": p.char_end,
                        "boxes": p.boxes,
                        "ocr": bool(p.ocr),
                    }
                    for p in document.pages[first : first + PAGE_BATCH]
                ],
            )
    report.imported["documents"] = len(plan.documents)

    joined = join_passages(plan, report)
    segment_rows = []
    for segment in joined.kept:
        row = {
            "document_id": document_ids[segment.document],
            "code_id": code_ids[segment.code],
            "coder_id": coder_ids.get(segment.coder) if segment.coder else None,
            "start": segment.start,
            "end": segment.end,
            "note": segment.note,
            "translation": segment.translation,
            "guid": _keep(segment.selection_guid),
            "coding_guid": _keep(segment.coding_guid),
        }
        if segment.created is not None:
            row["created_at"] = segment.created
        if segment.updated is not None:
            row["updated_at"] = segment.updated
        segment_rows.append(row)
    first_segment: dict[str, int] = {}
    written: dict[int, int] = {}  # id() of a planned passage: its row's id
    for chunk in range(0, len(segment_rows), SEGMENT_BATCH):
        check_cancel(cancel)
        ticker.passages(chunk, len(segment_rows))
        part = joined.kept[chunk : chunk + SEGMENT_BATCH]
        ids = insert_segments(session, segment_rows[chunk : chunk + SEGMENT_BATCH])
        for segment, ident in zip(part, ids, strict=True):
            first_segment.setdefault(segment.selection, ident)
            if joined.moved:
                written[id(segment)] = ident
    for selection, segment in joined.moved.items():  # its memos go to the passage it joined
        first_segment[selection] = written[id(segment)]
    report.imported["segments"] = len(segment_rows)

    value_ids = _value_scale(session, plan, report)

    def value_of(label: str | None) -> int | None:
        """The scale's value of a label; one the scale lacks is added (as not present)."""
        if not label:
            return None
        if label not in value_ids:
            value_ids[label] = _insert(
                session,
                model.ChartValue,
                [{"label": label, "counts_as_present": False, "position": len(value_ids)}],
            )[0]
            report.note(say.VALUE_ADDED.format(label=label))
        return value_ids[label]

    cell_ids: dict[str, int] = {}
    # each coder's own charting, by (cell, coder): the cell's author's from the cell itself,
    # then the coders' charting notes (docs/teamwork.md)
    chartings: dict[tuple[int, int], dict[str, Any]] = {}
    for cell in plan.cells:
        author = coder_ids.get(cell.coder) if cell.coder else None
        row = {
            "case_id": case_ids[cell.case],
            "code_id": code_ids[cell.code],
            "summary": cell.summary,
            "draft": cell.draft and bool(cell.summary.strip()),
            "value_id": value_of(cell.value),
            "coder_id": author,
            "guid": _keep(cell.guid),
        }
        if cell.updated is not None:
            row["updated_at"] = cell.updated
        cell_ids[cell.guid] = _insert(session, model.ChartCell, [row])[0]
        if author is not None:
            charting = {key: row[key] for key in ("coder_id", "summary", "value_id", "draft")}
            charting["updated_at"] = row.get("updated_at")
            chartings[(cell_ids[cell.guid], author)] = charting
    for own in plan.chartings:
        coder_id = coder_ids.get(own.coder)
        if coder_id is None:
            report.lose(say.CHARTING_UNKNOWN_USER.format(guid=own.coder))
            continue
        chartings[(cell_ids[own.cell], coder_id)] = {
            "coder_id": coder_id,
            "summary": own.summary,
            "value_id": value_of(own.value),
            "updated_at": own.updated,
            "draft": own.draft and bool(own.summary.strip()),
        }
    _insert(
        session,
        model.CellCharting,
        [
            {**charting, "cell_id": cell_id, "updated_at": charting["updated_at"] or model.utcnow()}
            for (cell_id, _), charting in chartings.items()
        ],
    )
    report.imported["chart cells"] = len(plan.cells)

    # one memo per item: several notes on one (ATLAS.ti links several memos to a code; several
    # untitled ones on the project) are joined into the earliest written, each further one
    # under a heading naming it, its author and date. Free-standing notes (NVivo's and
    # MAXQDA's free memos, QualCoder's journals) are free memos, each its own, titled.
    on_item: dict[tuple[str, int | None], list[dict[str, Any]]] = {}
    free_rows: list[dict[str, Any]] = []
    untitled = 0  # free-standing notes with no name: "Note 1", "Note 2"
    for memo in plan.memos:
        note = memo.note
        memo_row: dict[str, Any] = {
            # stripped, '' when blank: untitled, as the store's index and the app read it
            "title": memos.stored_title(note.name),
            "text": note.text,
            "coder_id": coder_ids.get(note.coder) if note.coder else None,
            "guid": _keep(note.guid),
        }
        if note.created is not None:
            memo_row["created_at"] = note.created
        if note.updated is not None:
            memo_row["updated_at"] = note.updated
        ref = memo.ref or ""
        targets: dict[str, tuple[str, dict[str, int]]] = {
            "document": ("document_id", document_ids),
            "case": ("case_id", case_ids),
            "code": ("code_id", code_ids),
            "cell": ("cell_id", cell_ids),
            "segment": ("segment_id", first_segment),
        }
        if memo.target == memos.FREE:
            if not memo_row["title"]:  # a title is what makes it a free memo
                untitled += 1
                memo_row["title"] = render(
                    say.UNTITLED_NOTE.format(number=untitled), plan.translate
                )
            memo_row["title"] = memo_row["title"][: memos.TITLE_LENGTH]
            free_rows.append(memo_row)
            continue
        column, lookup = targets.get(memo.target, ("", {}))
        target, target_id = "project", None
        if column:
            target, target_id = memo.target, lookup[ref]
            memo_row[column] = target_id
        on_item.setdefault((target, target_id), []).append(memo_row)
    coders = {
        ident: name for ident, name in session.execute(select(model.Coder.id, model.Coder.name))
    }
    memo_rows = []
    for (target, target_id), rows in on_item.items():
        # in the order they were written; undated notes after, in the file's order
        rows.sort(key=lambda row: (row.get("created_at") is None, row.get("created_at") or 0))
        kept, *others = rows
        for other in others:
            by = coders.get(other["coder_id"]) if other["coder_id"] is not None else None
            kept["text"] = memos.joined_memo(  # the heading in the interface's language
                kept["text"],
                other["title"],
                other["text"],
                by,
                other.get("created_at"),
                plan.translate,
            )
            if not kept["title"].strip() and other["title"].strip():
                kept["title"] = other["title"]
        memo_rows.append(kept)
        if others:
            report.note(_notes_joined(session, target, target_id, len(rows)))
    _insert(session, model.Memo, [*memo_rows, *free_rows])
    report.imported["memos"] = len(memo_rows)
    report.imported["free memos"] = len(free_rows)


def _notes_joined(session: Session, target: str, target_id: int | None, count: int) -> str:
    """``2 notes on code 'Interpreters' joined into one memo``."""
    if target == "project":
        return say.NOTES_JOINED_ON_PROJECT.format(count=count)
    return say.NOTES_JOINED.format(
        count=count, target=say.target(target), name=memos.target_name(session, target, target_id)
    )


def _utf8_text(session: Session, blob: ColumnElement[bytes]) -> ColumnElement[str]:
    """UTF-8 bytes as a text value, turned into text by the database rather than by Python."""
    if session.get_bind().dialect.name == "postgresql":
        return func.convert_from(blob, literal_column("'UTF8'"))
    return cast(blob, Text)  # SQLite keeps a blob's bytes as they are when cast to text


def _store_original(session: Session, ident: int, original: Parked) -> None:
    """A document's file: on SQLite written into a blob of its size a piece at a time, so it
    is never whole in memory (a bound value would be copied by the driver, by SQLite and
    again into the row); elsewhere inserted whole."""
    if session.get_bind().dialect.name != "sqlite":
        session.execute(
            insert(model.DocumentFile), [{"document_id": ident, "data": original.load()}]
        )
        return
    session.execute(
        insert(model.DocumentFile).values(document_id=ident, data=func.zeroblob(original.size))
    )
    connection = session.connection().connection.dbapi_connection
    assert isinstance(connection, sqlite3.Connection)
    with connection.blobopen("document_files", "data", ident) as blob:  # the rowid
        for piece in original.pieces():
            blob.write(piece)


def _value_scale(session: Session, plan: Plan, report: CarryOverReport) -> dict[str, int]:
    if plan.value_scale:
        session.execute(delete(model.ChartValue))
        _insert(
            session,
            model.ChartValue,
            [
                {"label": label, "counts_as_present": present, "colour": colour, "position": i}
                for i, (label, present, colour) in enumerate(plan.value_scale)
            ],
        )
    return {v.label: v.id for v in session.scalars(select(model.ChartValue))}
