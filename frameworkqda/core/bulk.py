"""Coding and charting from CSV files: every row checked first, then all written in one transaction.

A script that codes thousands of passages pays one start-up and one commit instead of one per
row. A file with any bad row writes nothing and names every bad row — its number as a
spreadsheet shows it (the header is row 1) and the reason — so it can be mended in one go.
These are the building blocks of the commands ``CodeFromCsv`` and ``ChartFromCsv`` (the one
way to change a project is a command): they return what undo and redo need.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frameworkqda.core import model
from frameworkqda.core.case_names import case_key
from frameworkqda.core.cases import resolve_case
from frameworkqda.core.charting import CellState, chartings, resolve_value
from frameworkqda.core.charting.cells import check_column, state_of
from frameworkqda.core.charting.conflicts import check_version
from frameworkqda.core.codebook import resolve
from frameworkqda.core.coding import SegmentRecord, check_range, insert_records
from frameworkqda.core.csv_files import read_csv_records
from frameworkqda.core.documents import pick_document
from frameworkqda.core.errors import CellConflictError, FrameworkQDAError, ValidationError
from frameworkqda.core.messages import (
    CLAUSES,
    LINES,
    QT_TRANSLATE_NOOP,
    ROW,
    bad_rows,
    listed,
    quoted,
    said,
)
from frameworkqda.core.numbers import NumberError, read_whole_number
from frameworkqda.core.review import Pages, page_at, pages_of

SEGMENT_COLUMNS = ("document", "start", "end", "code")
# the rest of what ``segments`` and Review's export write (``segment_table.COLUMNS``), so their
# CSV reads back: ``text``, ``case`` and ``page`` say where the passage is, checked when given;
# ``updated`` is when it last changed in the project it came from: this project keeps its own
SEGMENT_OPTIONAL = ("case", "page", "coder", "text", "note", "translation", "updated")
CELL_COLUMNS = ("case", "code")
CELL_OPTIONAL = ("value", "summary", "version", "draft")
# a ``draft`` column's words (the cells CSV writes true/false), case ignored; blank: not a draft
DRAFT_WORDS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}
# what a row names, or what must be unique in a file: nouns inside a sentence
WHAT = {
    "document": QT_TRANSLATE_NOOP("Bulk", "document").format(),
    "range and code": QT_TRANSLATE_NOOP("Bulk", "range and code").format(),
    "range, code and coder": QT_TRANSLATE_NOOP("Bulk", "range, code and coder").format(),
    "case and code": QT_TRANSLATE_NOOP("Bulk", "case and code").format(),
}
K = TypeVar("K")
V = TypeVar("V")


@dataclass(frozen=True)
class Row:
    number: int  # as a spreadsheet numbers it: the header is row 1
    values: dict[str, str]


def check_rows(
    path: str | Path, rows: list[Row], check: Callable[[Row], tuple[K, V]], what: str
) -> list[tuple[K, V, Row]]:
    """``check`` applied to every row: its key (unique in the file: ``what`` it names) and value.

    Every bad row is collected, then all are raised together as one error naming the file.
    """
    first_row: dict[K, int] = {}
    checked: list[tuple[K, V, Row]] = []
    bad: list[str] = []
    for row in rows:
        try:
            key, value = check(row)
            if key in first_row:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Bulk", "the same {what} as row {row}").format(
                        what=WHAT.get(what, what), row=first_row[key]
                    )
                )
        except FrameworkQDAError as error:
            bad.append(ROW.format(row=row.number, reason=said(error)))
            continue
        first_row[key] = row.number
        checked.append((key, value, row))
    if bad:
        raise ValidationError(bad_rows(path, bad))
    return checked


def read_rows(
    path: str | Path, required: tuple[str, ...], optional: tuple[str, ...]
) -> tuple[list[str], list[Row]]:
    """The header and data rows of a UTF-8 CSV file (a BOM is fine) with ``required`` columns."""
    path = Path(path)
    records = read_csv_records(path)  # a malformed file is refused whole
    if not records:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Bulk", "{path}: empty; the first row names the columns").format(
                path=path
            )
        )
    header = [name.strip().lower() for name in records[0]]
    missing = [name for name in required if name not in header]
    unknown = [name for name in header if name not in required + optional]
    # a column named twice: which one holds the data is a guess (the last one won)
    twice = sorted({name for name in header if header.count(name) > 1})
    if missing or unknown or twice:
        missed = QT_TRANSLATE_NOOP("Bulk", "missing column(s) {columns}")
        extra = QT_TRANSLATE_NOOP("Bulk", "unknown column(s) {columns}")
        repeated = QT_TRANSLATE_NOOP("Bulk", "column(s) named twice: {columns}")
        problems = [
            template.format(n=len(names), columns=listed(names))
            for template, names in ((missed, missing), (extra, unknown), (repeated, twice))
            if names
        ]
        expected = (
            QT_TRANSLATE_NOOP("Bulk", "{required} (optional: {optional})").format(
                required=listed(required), optional=listed(optional)
            )
            if optional
            else listed(required)
        )
        raise ValidationError(
            QT_TRANSLATE_NOOP("Bulk", "{path}: {problems}; expected {expected}").format(
                path=path, problems=listed(problems, CLAUSES), expected=expected
            )
        )
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if not any(value.strip() for value in record):
            continue  # a blank row
        values = dict(zip(header, record, strict=False))
        if len(record) != len(header):
            values["__width__"] = QT_TRANSLATE_NOOP(
                "Bulk", "%n field(s) where the header has {width}"
            ).format(n=len(record), width=len(header))
        rows.append(Row(number, values))
    return header, rows


def _cached(lookup: Callable[[str], int]) -> Callable[[str], int]:
    """``lookup`` remembered per key, its error too (so a bad path is resolved once)."""
    found: dict[str, int | FrameworkQDAError] = {}

    def cached(key: str) -> int:
        if key not in found:
            try:
                found[key] = lookup(key)
            except FrameworkQDAError as error:
                found[key] = error
        result = found[key]
        if isinstance(result, FrameworkQDAError):
            raise result
        return result

    return cached


def _whole_number(row: Row, column: str) -> int:
    text = row.values[column].strip()
    try:
        return read_whole_number(text)
    except NumberError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Bulk", "{column} {text} is not a whole number").format(
                column=column, text=quoted(text)
            )
        ) from None


def _given(row: Row, column: str) -> str:
    """The row's ``column`` as a name is looked up (a Mac's が is か + ゛); a short row is
    refused first."""
    if "__width__" in row.values:
        raise ValidationError(row.values["__width__"])
    return unicodedata.normalize("NFC", row.values[column].strip())


def code_rows_in(
    session: Session, path: str | Path, current_coder: int
) -> tuple[list[SegmentRecord], int]:
    """Add a segment for each row (document, start, end, code; note, translation, coder, and
    the text, case and page ``segments`` writes beside them, checked; its updated not read).

    Returns the segments added and how many rows were there already: that coder has coded
    that range with that code, with the row's note and translation (where the file has those
    columns), so a script run again adds nothing and fails on nothing; such a passage with
    another note or translation is a bad row. ``coder`` names the author (created on first
    use); empty or absent, ``current_coder``. A row's ``text``, when given, must be the
    document's text at [start, end) (:func:`_check_text`), its ``case`` the document's
    (:func:`_check_case`), its ``page`` the one the range begins on (:func:`_check_page`).
    Nothing is written if any row is bad.
    """
    header, rows = read_rows(path, SEGMENT_COLUMNS, SEGMENT_OPTIONAL)
    compared = [column for column in ("note", "translation") if column in header]
    documents = {
        unicodedata.normalize("NFC", name): (document_id, length)
        for name, document_id, length in session.execute(
            select(model.Document.name, model.Document.id, func.length(model.Document.text))
        )
    }
    cases: dict[int, str] = {  # each document's case, by the documents' ids
        document_id: name
        for document_id, name in session.execute(
            select(model.Document.id, model.Case.name).join(
                model.Case, model.Document.case_id == model.Case.id
            )
        )
    }
    pages: dict[int, Pages | None] = {}  # the documents a ``page`` column is checked against
    code_of = _cached(lambda key: resolve(session, key))
    texts: dict[int, str] = {}  # the documents a ``text`` column is checked against
    coders = {name: id_ for name, id_ in session.execute(select(model.Coder.name, model.Coder.id))}
    me = next(name for name, id_ in coders.items() if id_ == current_coder)
    # per coder, as one coding at a time: a second coder coding the same range is agreement
    existing: dict[tuple[int, int, int | None], list[tuple[int, int, dict[str, str]]]] = {}
    for row in session.execute(
        select(
            model.Segment.document_id,
            model.Segment.code_id,
            model.Segment.start,
            model.Segment.end,
            model.Segment.coder_id,
            model.Segment.note,
            model.Segment.translation,
        )
    ):
        existing.setdefault((row.document_id, row.code_id, row.coder_id), []).append(
            (row.start, row.end, {"note": row.note, "translation": row.translation})
        )

    def inside(key: tuple[int, int, int | None], start: int, end: int) -> dict[str, str] | None:
        """The note and translation of the passage that holds [start, end) (the range itself
        first): text inside a passage of the code and coder is coded already (auto-coding or
        code selection may have widened the passage the file made)."""
        holding = [
            (b - a, there) for a, b, there in existing.get(key, []) if a <= start <= end <= b
        ]
        return min(holding, key=lambda found: found[0])[1] if holding else None

    # by name or id, as every verb finds one (documents.pick_document)
    lengths = dict(documents.values())
    names = {document_id: name for name, (document_id, _) in documents.items()}

    def named(name: str) -> int | None:
        found = documents.get(name)
        return None if found is None else found[0]

    def segment(row: Row) -> tuple[tuple[int, int, int, int, str], bool]:
        """The row's passage, and whether it is there already."""
        document_id = pick_document(_given(row, "document"), named, names.get, names.values)
        length = lengths[document_id]
        code_id = code_of(row.values["code"])
        start, end = _whole_number(row, "start"), _whole_number(row, "end")
        check_range(length, start, end)
        given = row.values.get("text", "")
        if given.strip():
            if document_id not in texts:
                texts[document_id] = session.get_one(model.Document, document_id).text
            _check_text(given, texts[document_id][start:end])
        _check_case(_given(row, "case") if "case" in row.values else "", cases.get(document_id))
        if row.values.get("page", "").strip():
            if document_id not in pages:
                pages[document_id] = pages_of(session, [document_id]).get(document_id)
            _check_page(_whole_number(row, "page"), page_at(pages[document_id], start))
        coder = row.values.get("coder", "").strip() or me
        there = inside((document_id, code_id, coders.get(coder, -1)), start, end)
        if there is not None and any(row.values[c] != there[c] for c in compared):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Bulk",
                    "{coder} has already coded this range with this code, with another "
                    "note or translation",
                ).format(coder=coder)
            )
        return (document_id, code_id, start, end, coder), there is not None

    checked = check_rows(path, rows, segment, "range, code and coder")
    present = sum(1 for _, there, _ in checked if there)
    coder_of = _coders(session, current_coder)
    records = [
        SegmentRecord.new(
            document_id,
            code_id,
            start,
            end,
            coder_of(row.values.get("coder", "").strip()),
            note=row.values.get("note", ""),
            translation=row.values.get("translation", ""),
        )
        for (document_id, code_id, start, end, _), there, row in checked
        if not there
    ]
    if not records:
        return [], present
    return insert_records(session, records), present


def _check_text(given: str, passage: str) -> None:
    """Refuse a row whose ``text`` is not the passage at its range: its offsets point elsewhere
    (a document imported again, or another document of that name). Spaces and line breaks
    are compared loosely and the letters in one Unicode form, since a spreadsheet or the TSV
    of ``segments`` may have changed those."""

    def plain(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).split())

    if plain(given) != plain(passage):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Bulk", "text {given} is not the document's text at that range ({passage})"
            ).format(given=quoted(_short(plain(given))), passage=quoted(_short(plain(passage))))
        )


def _check_case(given: str, case: str | None) -> None:
    """Refuse a row whose ``case`` is not its document's (``case_names``: the same case
    whatever its letter case or spacing): the file meant another document, or the document
    was put in another case since. An empty cell says nothing."""
    if not given or (case is not None and case_key(given) == case_key(case)):
        return
    raise ValidationError(
        QT_TRANSLATE_NOOP("Bulk", "case {given} is not the document's case ({case})").format(
            given=quoted(given), case=quoted(case)
        )
        if case is not None
        else QT_TRANSLATE_NOOP("Bulk", "case {given}: the document is in no case").format(
            given=quoted(given)
        )
    )


def _check_page(given: int, page: int | None) -> None:
    """Refuse a row whose ``page`` is not the page its range begins on: its offsets point
    elsewhere (a PDF imported again, changed)."""
    if page == given:
        return
    raise ValidationError(
        QT_TRANSLATE_NOOP("Bulk", "page {given}: the range begins on page {page}").format(
            given=given, page=page
        )
        if page is not None
        else QT_TRANSLATE_NOOP("Bulk", "page {given}: the document has no pages").format(
            given=given
        )
    )


def _short(text: str) -> str:
    """At most 30 characters of ``text``, for a message (a passage may be pages long)."""
    return text if len(text) <= 30 else text[:30] + "…"


def _coders(session: Session, current: int) -> Callable[[str], int]:
    """Coder ids by name, creating coders named for the first time; '' is ``current``."""
    ids = {name: id_ for name, id_ in session.execute(select(model.Coder.name, model.Coder.id))}

    def coder_id(name: str) -> int:
        if not name:
            return current
        if name not in ids:
            coder = model.Coder(name=name)
            session.add(coder)
            session.flush()
            ids[name] = coder.id
        return ids[name]

    return coder_id


@dataclass(frozen=True)
class Charted:
    """The cells a CSV file set: each as it was and as it is now, and the ids they have now."""

    before: list[CellState]
    after: list[CellState]
    ids: dict[tuple[int, int], int]


def chart_rows_in(session: Session, path: str | Path, coder_id: int) -> Charted:
    """Set a chart cell for each row (case, code; value and/or summary; optional version and
    draft).

    A column the file lacks leaves that part of every cell as it was; an empty value clears the
    cell's value, an empty summary clears its summary. A summary written is the researcher's
    unless the row's ``draft`` says it is an auto-draft (the cells CSV's column, so an export
    edited into this file keeps its drafts still to do). A row's ``version`` (as ``cell --show``
    printed it, 0: no cell yet) makes the row refused if the cell has changed since, as
    ``cell --if-version`` does, so a script that read a shared project never writes over
    someone's newer cell. Nothing is written if any row is bad.
    """
    header, rows = read_rows(path, CELL_COLUMNS, CELL_OPTIONAL)
    if not {"value", "summary"} & set(header):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Bulk", "{path}: nothing to set; add a value or a summary column"
            ).format(path=path)
        )
    if "draft" in header and "summary" not in header:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Bulk",
                "{path}: a draft column says whether the summary is a draft; add the "
                "summary column",
            ).format(path=path)
        )
    case_of = _cached(lambda name: resolve_case(session, name))  # "osaka": the case "Osaka"
    code_of = _cached(lambda key: resolve(session, key))
    value_of = _cached(lambda label: resolve_value(session, label))

    def cell_change(
        row: Row,
    ) -> tuple[tuple[int, int], tuple[int | None, int | None, bool]]:
        label = row.values.get("value", "").strip()
        key = (case_of(_given(row, "case")), code_of(row.values["code"]))
        check_column(session, key[1])  # a theme with measures, a heading only: no column
        return key, (value_of(label) if label else None, _version(row), _draft(row))

    changes = check_rows(path, rows, cell_change, "case and code")
    cells = {
        (cell.case_id, cell.code_id): cell for cell in session.scalars(select(model.ChartCell))
    }
    _refuse_changed(
        session,
        path,
        [(cells.get(key), version, row) for key, (_, version, _), row in changes],
        coder_id,
    )
    before = []
    for (case_id, code_id), (value_id, _, draft), row in changes:
        cell = cells.get((case_id, code_id))
        before.append(state_of(case_id, code_id, cell))
        if cell is None:
            cell = model.ChartCell(case_id=case_id, code_id=code_id, summary="")
            session.add(cell)
            cells[(case_id, code_id)] = cell
        if "value" in header:
            cell.value_id = value_id
        if "summary" in header:
            cell.summary = row.values["summary"]
            cell.draft = draft and bool(cell.summary.strip())  # as ``set_cell_in``
        cell.coder_id = coder_id
    session.flush()
    keys = [(state.case_id, state.code_id) for state in before]
    fields = [name for name in ("summary", "value") if name in header]
    touched = [cells[key] for key in keys]
    mine_before = chartings.record_in(session, touched, coder_id, fields)
    mine_after = chartings.states_in(session, [cell.id for cell in touched], coder_id)
    return Charted(
        [
            replace(state, charting=mine_before.get(cells[key].id))
            for state, key in zip(before, keys, strict=True)
        ],
        [
            replace(state_of(*key, cells[key]), charting=mine_after.get(cells[key].id))
            for key in keys
        ],
        {key: cells[key].id for key in keys},
    )


def _version(row: Row) -> int | None:
    """The row's ``version``: None when the file has no such column or the cell is empty."""
    text = row.values.get("version", "").strip()
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Bulk", "version “{version}” is not a whole number (0: no cell yet)"
            ).format(version=text)
        )
    return int(text)


def _draft(row: Row) -> bool:
    """The row's ``draft``: False when the file has no such column or the cell is empty."""
    text = row.values.get("draft", "").strip()
    if not text:
        return False
    found = DRAFT_WORDS.get(text.casefold())
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Bulk", "draft “{draft}” is neither true nor false (true/false, 1/0, yes/no)"
            ).format(draft=text)
        )
    return found


def _refuse_changed(
    session: Session,
    path: str | Path,
    rows: list[tuple[model.ChartCell | None, int | None, Row]],
    coder_id: int,
) -> None:
    """Every row whose cell has moved past the version it names, raised together (a change
    that was the coder's own said as theirs, not as another coder's under their name)."""
    stale: list[str] = []
    for cell, version, row in rows:
        try:
            check_version(session, cell, version, coder_id)
        except CellConflictError as error:
            stale.append(ROW.format(row=row.number, reason=said(error)))
    if stale:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Bulk",
                "{path}: %n cell(s) changed since the version given, nothing written\n{rows}",
            ).format(path=path, n=len(stale), rows=listed(stale, LINES))
        )
