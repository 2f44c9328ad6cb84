"""Coding and charting from CSV files: every row checked first, then all written in one transaction.

A script that codes thousands of passages pays one start-up and one commit instead of one per
row. A file with any bad row writes nothing and names every bad row — its number as a
spreadsheet shows it (the header is row 1) and the reason — so it can be mended in one go.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from frameworkqda.core import model
from frameworkqda.core.charting import chartings, resolve_value
from frameworkqda.core.codebook import resolve
from frameworkqda.core.coding import check_range
from frameworkqda.core.errors import FrameworkQDAError, ValidationError
from frameworkqda.core.store import Project
from frameworkqda.core.words import numbered, plural

SEGMENT_COLUMNS = ("document", "start", "end", "code")
SEGMENT_OPTIONAL = ("note", "translation", "coder")
CELL_COLUMNS = ("case", "code")
CELL_OPTIONAL = ("value", "summary")
T = TypeVar("T")
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
                raise ValidationError(f"the same {what} as row {first_row[key]}")
        except FrameworkQDAError as error:
            bad.append(f"row {row.number}: {error}")
            continue
        first_row[key] = row.number
        checked.append((key, value, row))
    if bad:
        count = len(bad)
        raise ValidationError(
            f"{path}: {count} bad row{'s' if count > 1 else ''}, nothing written\n" + "\n".join(bad)
        )
    return checked


def read_rows(
    path: str | Path, required: tuple[str, ...], optional: tuple[str, ...]
) -> tuple[list[str], list[Row]]:
    """The header and data rows of a UTF-8 CSV file (a BOM is fine) with ``required`` columns."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as file:
            records = list(csv.reader(file))
    except UnicodeDecodeError as error:
        raise ValidationError(f"{path}: not UTF-8 text ({error.reason})") from error
    except (OSError, csv.Error) as error:
        raise ValidationError(f"{path}: cannot be read ({error})") from error
    if not records:
        raise ValidationError(f"{path}: empty; the first row names the columns")
    header = [name.strip().lower() for name in records[0]]
    missing = [name for name in required if name not in header]
    unknown = [name for name in header if name not in required + optional]
    if missing or unknown:
        problems = [f"missing {numbered('column', missing)}"] if missing else []
        problems += [f"unknown {numbered('column', unknown)}"] if unknown else []
        expected = ", ".join(required) + (f" (optional: {', '.join(optional)})" if optional else "")
        raise ValidationError(f"{path}: {'; '.join(problems)}; expected {expected}")
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if not any(value.strip() for value in record):
            continue  # a blank row
        values = dict(zip(header, record, strict=False))
        if len(record) != len(header):
            values["__width__"] = (
                f"{plural(len(record), 'field')} where the header has {len(header)}"
            )
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
        return int(text)
    except ValueError:
        raise ValidationError(f"{column} {text!r} is not a whole number") from None


def _named(row: Row, column: str, ids: dict[str, T], what: str) -> T:
    """What the row's ``column`` names among ``ids``; a short row is refused first."""
    if "__width__" in row.values:
        raise ValidationError(row.values["__width__"])
    name = row.values[column].strip()
    if name not in ids:
        raise ValidationError(f"no {what} named {name!r}")
    return ids[name]


def code_from_csv(project: Project, path: str | Path) -> int:
    """Add a segment for each row (document, start, end, code; note, translation, coder).

    Returns the number of segments added. ``coder`` names the author (created on first use);
    empty or absent, the project's current coder. Nothing is written if any row is bad.
    """
    _, rows = read_rows(path, SEGMENT_COLUMNS, SEGMENT_OPTIONAL)
    with project.transaction() as session:
        documents = {
            name: (document_id, length)
            for name, document_id, length in session.execute(
                select(model.Document.name, model.Document.id, func.length(model.Document.text))
            )
        }
        code_of = _cached(lambda key: resolve(session, key))
        existing = {
            (document_id, code_id, start, end)
            for document_id, code_id, start, end in session.execute(
                select(
                    model.Segment.document_id,
                    model.Segment.code_id,
                    model.Segment.start,
                    model.Segment.end,
                )
            )
        }

        def segment(row: Row) -> tuple[tuple[int, int, int, int], None]:
            document_id, length = _named(row, "document", documents, "document")
            code_id = code_of(row.values["code"])
            start, end = _whole_number(row, "start"), _whole_number(row, "end")
            check_range(length, start, end)
            if (document_id, code_id, start, end) in existing:
                raise ValidationError("this range is already coded with this code")
            return (document_id, code_id, start, end), None

        checked = check_rows(path, rows, segment, "range and code")
        coder_of = _coders(session, project.coder(session).id)
        segments = [
            {
                "document_id": document_id,
                "code_id": code_id,
                "start": start,
                "end": end,
                "note": row.values.get("note", ""),
                "translation": row.values.get("translation", ""),
                "coder_id": coder_of(row.values.get("coder", "").strip()),
            }
            for (document_id, code_id, start, end), _, row in checked
        ]
        if segments:
            session.execute(insert(model.Segment), segments)
    return len(segments)


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


def chart_from_csv(project: Project, path: str | Path) -> int:
    """Set a chart cell for each row (case, code; value and/or summary).

    A column the file lacks leaves that part of every cell as it was; an empty value clears the
    cell's value, an empty summary clears its summary. Returns the number of cells set.
    """
    header, rows = read_rows(path, CELL_COLUMNS, CELL_OPTIONAL)
    if not set(CELL_OPTIONAL) & set(header):
        raise ValidationError(f"{path}: nothing to set; add a value or a summary column")
    with project.transaction() as session:
        cases = {name: id_ for name, id_ in session.execute(select(model.Case.name, model.Case.id))}
        code_of = _cached(lambda key: resolve(session, key))
        value_of = _cached(lambda label: resolve_value(session, label))

        def cell_change(row: Row) -> tuple[tuple[int, int], int | None]:
            label = row.values.get("value", "").strip()
            key = (_named(row, "case", cases, "case"), code_of(row.values["code"]))
            return key, value_of(label) if label else None

        changes = check_rows(path, rows, cell_change, "case and code")
        coder_id = project.coder(session).id
        cells = {
            (cell.case_id, cell.code_id): cell for cell in session.scalars(select(model.ChartCell))
        }
        changed: dict[tuple[int, int], model.ChartCell] = {}
        for (case_id, code_id), value_id, row in changes:
            cell = cells.get((case_id, code_id))
            if cell is None:
                cell = model.ChartCell(case_id=case_id, code_id=code_id, summary="")
                session.add(cell)
                cells[(case_id, code_id)] = cell
            if "value" in header:
                cell.value_id = value_id
            if "summary" in header:
                cell.summary = row.values["summary"]
            cell.coder_id = coder_id
            changed[(case_id, code_id)] = cell
        session.flush()
        fields = [name for name in ("summary", "value") if name in header]
        chartings.record_in(session, changed.values(), coder_id, fields)
    return len(changes)
