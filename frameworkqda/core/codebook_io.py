"""Codebook files: CSV and XLSX tables of ``path, description, colour, heading only``, and a
registry for more.

The header speaks the vocabularies other programs use: the code is in ``path`` (ours), ``tag``
(Taguette's export) or ``name``/``code``; its text in ``description`` (what Taguette reads) or
``definition`` (what we wrote before). We write ``path,description,colour,heading only``, whose
first two columns Taguette's codebook import reads as well (docs/formats.md).

Every codebook format is one entry of :data:`FORMATS` (suffix → label, reader, writer): import,
export, the CLI and the GUI's file dialogs go through it and name no format themselves. A
reader turns a file into :class:`CodebookRow` items (and what the file held that a codebook
cannot keep); a writer writes the project's codebook. Tables plug in with
:func:`register_table`; REFI-QDA ``.qdc`` is an entry whose reader and writer load
``core.exchange.qdc`` when used: it reads untrusted XML safely and keeps GUIDs consistent with
.qdpx. Importing checks every row first and writes nothing when one is wrong; the error names
each bad row by number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from frameworkqda.core import codebook, model
from frameworkqda.core.atomic import atomic_path, cannot_write
from frameworkqda.core.csv_files import csv_writer, open_csv, read_csv_records
from frameworkqda.core.errors import (
    FrameworkQDAError,
    NotFoundError,
    ValidationError,
    WriteFailedError,
)
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, ROW, bad_rows, listed, quoted, said
from frameworkqda.core.store import Project

HEADER = ("path", "description", "colour", "heading only")
# header -> column it fills, by preference where a file has several (Taguette's import
# refuses a file with more than one of tag/name/path; we take the first in this order)
_COLUMNS = {
    "path": ("path", "tag", "name", "code"),
    "definition": ("description", "definition"),
    "colour": ("colour", "color"),
    "heading": ("heading only", "heading_only"),
}
_YES = {"yes", "y", "true", "1", "x", "はい"}  # "heading only" set
_NO = {"", "no", "n", "false", "0", "いいえ"}  # anything else is refused with its row


@dataclass(frozen=True)
class CodebookRow:
    row: int  # 1-based row number in the file, header included, for error messages
    path: list[str]
    definition: str
    colour: str | None
    raw: str = ""  # the path as written, to find an existing code named with a bare '/'
    guid: str | None = None  # a REFI-QDA codebook's GUID: kept, and matched before the path
    codable: bool | None = None  # False: a heading only; None: the file does not say


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    lost: tuple[str, ...] = ()  # what the file held that a codebook cannot keep (REFI sets)
    notes: tuple[str, ...] = ()  # rows that named an existing code in other letter case
    unchanged: int = 0  # existing codes the file names with what they hold already


@dataclass(frozen=True)
class CodebookFormat:
    label: str  # for a person: "CSV", "REFI-QDA codebook"
    read: Callable[[Path], tuple[list[CodebookRow], tuple[str, ...]]]  # rows, what is lost
    write: Callable[[Project, Path], int]  # returns the number of codes written
    # what an export in this format should tell (REFI-QDA: codes that share a name)
    notes: Callable[[Project], list[str]] | None = None


FORMATS: dict[str, CodebookFormat] = {}

TableReader = Callable[[Path], list[CodebookRow]]
TableWriter = Callable[[list[codebook.CodeNode], Path], None]


def register_format(suffix: str, codebook_format: CodebookFormat) -> None:
    """Make ``codebook import/export`` (CLI and GUI) handle files ending in ``suffix``."""
    FORMATS[suffix.lower()] = codebook_format


def register_table(suffix: str, label: str, reader: TableReader, writer: TableWriter) -> None:
    """A format of rows ``path, description, colour, heading only``: nothing in it is lost."""

    def write(project: Project, path: Path) -> int:
        nodes = codebook.codebook(project)
        try:
            with atomic_path(path) as temporary:  # whole or not at all (core/atomic.py)
                writer(nodes, temporary)
        except OSError as error:
            raise WriteFailedError(cannot_write(path, error)) from error
        return len(nodes)

    register_format(suffix, CodebookFormat(label, lambda path: (reader(path), ()), write))


def codebook_format(path: Path, fmt: str | None = None) -> CodebookFormat:
    """The format ``fmt`` names (``csv``), else the one ``path``'s suffix names."""
    try:
        return FORMATS[f".{fmt}" if fmt else path.suffix.lower()]
    except KeyError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Codebook", "{path}: unknown codebook format {suffix}; use one of {formats}"
            ).format(path=path, suffix=quoted(path.suffix), formats=listed(FORMATS))
        ) from None


def _rows(records: list[list[str]], source: Path) -> list[CodebookRow]:
    """Turn a header row and data rows into checked codebook rows."""
    if not records:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Codebook", "{source}: the file is empty; expected a header {header}"
            ).format(source=source, header=", ".join(HEADER))  # column names, as typed
        )
    header = [cell.strip().lower() for cell in records[0]]
    where = {
        column: header.index(found[0])
        for column, names in _COLUMNS.items()
        if (found := [name for name in names if name in header])
    }
    if "path" not in where:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Codebook",
                "{source}: row 1 must be a header with a 'path', 'tag' or 'name' column "
                "(found {found})",
            ).format(source=source, found=listed(quoted(cell) for cell in records[0]))
        )
    rows: list[CodebookRow] = []
    problems: list[str] = []
    first_row: dict[tuple[str, ...], CodebookRow] = {}  # a code's row, by its path in any case
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue

        def cell(name: str, record: list[str] = record) -> str:
            index = where.get(name)
            return record[index].strip() if index is not None and index < len(record) else ""

        try:
            path = codebook.split_path(cell("path"))
            colour = codebook.check_colour(cell("colour")) if cell("colour") else None
            codable = _codable(cell("heading")) if "heading" in where else None
            key = tuple(name.casefold() for name in path)
            if key in first_row:  # one code named twice: which row's text it keeps is a guess
                raise ValidationError(_same_code(first_row[key], cell("path")))
        except ValidationError as error:
            problems.append(ROW.format(row=number, reason=said(error)))
            continue
        rows.append(
            CodebookRow(number, path, cell("definition"), colour, cell("path"), codable=codable)
        )
        first_row[key] = rows[-1]
    if problems:
        raise ValidationError(bad_rows(source, problems))
    return rows


def _same_code(first: CodebookRow, given: str) -> str:
    """Why a row naming the code ``first`` named (maybe in other letter case) is refused."""
    if given == first.raw:
        return QT_TRANSLATE_NOOP("Codebook", "the same code as row {row}").format(row=first.row)
    return QT_TRANSLATE_NOOP(
        "Codebook",
        "{given} is the code {path} of row {row}: codes whose names differ only in letter "
        "case are one code",
    ).format(given=quoted(given), path=quoted(first.raw), row=first.row)


def _codable(heading: str) -> bool:
    """A "heading only" cell: yes (not codable) or no. A value that is neither was taken for
    no without a word, so a heading meant as one took codes."""
    if heading.lower() in _YES:
        return False
    if heading.lower() in _NO:
        return True
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Codebook", "heading only {value} is neither yes nor no (leave it empty for no)"
        ).format(value=quoted(heading))
    )


def read_csv(path: Path) -> list[CodebookRow]:
    return _rows(read_csv_records(path), path)  # a malformed file is refused whole


def write_csv(nodes: list[codebook.CodeNode], path: Path) -> None:
    with open_csv(path, for_excel=False) as handle:  # for other programs (csv_files)
        writer = csv_writer(handle, neutralise=False)  # exactly: Taguette reads it
        writer.writerow(HEADER)
        for node in nodes:
            writer.writerow(_cells(node))


def read_xlsx(path: Path) -> list[CodebookRow]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Codebook", "{path}: cannot be read as an XLSX workbook ({reason})"
            ).format(path=path, reason=str(error))
        ) from error
    try:
        sheet = workbook.worksheets[0]
        records = [
            ["" if value is None else str(value) for value in row]
            for row in sheet.iter_rows(values_only=True)
        ]
    finally:
        workbook.close()
    return _rows(records, path)


def _cells(node: codebook.CodeNode) -> list[str]:
    """A code's row: a heading only (REFI-QDA ``isCodable="false"``) says "yes" in the last
    column; the round trip through CSV or XLSX lost it before."""
    return [node.path, node.definition, node.colour, "" if node.codable else "yes"]


def write_xlsx(nodes: list[codebook.CodeNode], path: Path) -> None:
    from frameworkqda.core.exports.xlsx_export import close
    from frameworkqda.core.exports.xlsx_export import workbook as open_workbook

    workbook = open_workbook(path)
    sheet = workbook.add_worksheet("Codebook")
    bold = workbook.add_format({"bold": True, "bottom": 1})
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    sheet.write_row(0, 0, HEADER, bold)
    for row, node in enumerate(nodes, start=1):
        sheet.write_row(row, 0, _cells(node), wrap)
    sheet.set_column(0, 0, 50)
    sheet.set_column(1, 1, 70)
    sheet.set_column(2, 3, 13)
    sheet.freeze_panes(1, 0)
    close(workbook)


def _read_qdc(path: Path) -> tuple[list[CodebookRow], tuple[str, ...]]:
    # REFI-QDA codebooks are untrusted XML: the exchange module reads them safely
    from frameworkqda.core.exchange.qdc import read_qdc

    rows, lost = read_qdc(path)
    return rows, tuple(lost)


def _write_qdc(project: Project, path: Path) -> int:
    from frameworkqda.core.exchange.qdc import export_qdc  # GUIDs match a .qdpx export

    return export_qdc(project, path)


register_table(".csv", "CSV", read_csv, write_csv)
register_table(".xlsx", "Excel workbook", read_xlsx, write_xlsx)


def _qdc_notes(project: Project) -> list[str]:
    from frameworkqda.core.exchange.qdc import export_notes

    return export_notes(project)


register_format(".qdc", CodebookFormat("REFI-QDA codebook", _read_qdc, _write_qdc, _qdc_notes))


def read_codebook_file(source: Path) -> tuple[list[CodebookRow], tuple[str, ...]]:
    """Read and check a codebook file in its format (nothing is written): rows and what is lost."""
    if not source.is_file():
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Codebook", "{source}: no such file").format(source=source)
        )
    return codebook_format(source).read(source)


def read_codebook(source: Path) -> list[CodebookRow]:
    """The rows of a codebook file (:func:`read_codebook_file` without what is lost)."""
    return read_codebook_file(source)[0]


def import_rows_in(session: Session, rows: list[CodebookRow], source: Path) -> ImportSummary:
    """Merge the rows into the codebook: a code with the row's GUID (a ``.qdc``), else at its
    path, takes its text, colour and heading-only flag, and a GUID's code the file's name and
    place too (renamed or moved there, as in the program it comes back from); the others are
    created. What cannot be applied is named in ``lost``, with why."""
    done = _Merge(session)
    for row in rows:
        try:
            done.row(row)
        except FrameworkQDAError as error:
            reason = ROW.format(row=row.row, reason=said(error))
            raise ValidationError(bad_rows(source, [reason])) from error
    return ImportSummary(
        done.created,
        done.updated,
        lost=tuple(done.lost),
        notes=tuple(done.notes),
        unchanged=done.unchanged,
    )


class _Merge:
    """One import's merge, row by row (parents before children, as every reader gives them)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.created = self.updated = self.unchanged = 0
        self.notes: list[str] = []
        self.lost: list[str] = []
        # the file's path of each row done -> its code: a child goes under the code its
        # parent's row went to, even one that kept another name (its rename refused)
        self.placed: dict[tuple[str, ...], int] = {}
        self.last_child: dict[tuple[str, ...], int] = {}  # parent's path -> its latest child

    def row(self, row: CodebookRow) -> None:
        by_guid = _by_guid(self.session, row.guid)
        known = by_guid or _existing(self.session, row.raw)
        if known is None:
            known = self._create(row)
        else:
            refused = len(self.lost)
            changed = by_guid is not None and self._place(known, row)
            changed = self._set_codable(known, row) or changed
            changed = _set_text(self.session, known, row) or changed
            self.updated += changed
            # a code left other than the file says is not "already present": lost names it
            self.unchanged += not changed and len(self.lost) == refused
            if by_guid is None:
                self.notes.extend(_other_case(self.session, known, row))
        self.placed[tuple(row.path)] = known
        self.last_child[tuple(row.path[:-1])] = known

    def _create(self, row: CodebookRow) -> int:
        """The row's code and any parents it lacks, from the nearest ancestor a row placed."""
        known = len(row.path) - 1
        while known and tuple(row.path[:known]) not in self.placed:
            known -= 1
        parent = self.placed.get(tuple(row.path[:known])) if known else None
        for depth in range(known, len(row.path)):
            name = row.path[depth]
            last = depth == len(row.path) - 1
            existing = {
                node.name.casefold(): node.id
                for node in codebook.tree(self.session)
                if node.parent_id == parent
            }
            found = existing.get(name.casefold())
            if found is None:
                found = codebook.add_code_in(
                    self.session,
                    name,
                    parent_id=parent,
                    definition=row.definition if last else "",
                    colour=row.colour if last else None,
                )
                if last:
                    _identify(self.session, found, row)
                self.created += 1
            elif last:
                changed = _set_text(self.session, found, row)
                self.updated += changed
                self.unchanged += not changed
            parent = found
        assert parent is not None
        self.notes.extend(_other_case(self.session, parent, row))
        return parent

    def _place(self, code_id: int, row: CodebookRow) -> bool:
        """Give the code the row's name and parent (its GUID matched): True when it moved or
        was renamed; what cannot be done (a code of that name there, under itself, too deep)
        is left as it is and named in ``lost``."""
        code = self.session.get(model.Code, code_id)
        assert code is not None
        name = row.path[-1]
        parent = self.placed.get(tuple(row.path[:-1])) if len(row.path) > 1 else None
        if len(row.path) > 1 and parent is None:
            parent = code.parent_id  # its parent's row is not in the file: left where it is
        if (code.name, code.parent_id) == (name, parent):
            return False
        paths = {node.id: node.path for node in codebook.tree(self.session)}
        old = paths[code_id]
        new = _joined(paths[parent] if parent is not None else None, name)
        problem = self._cannot_place(code, name, parent)
        if problem is not None:
            self.lost.append(
                QT_TRANSLATE_NOOP(
                    "Codebook",
                    "row {row}: {old} left as it is, not made {new} as in the file: {why}",
                ).format(row=row.row, old=quoted(old), new=quoted(new), why=problem)
            )
            return False
        moved = code.parent_id != parent
        renamed = code.name != name
        code.name = name
        if moved:
            codebook.move_code_in(
                self.session, code_id, parent, self._position(code_id, row, parent)
            )
        self.session.flush()
        if renamed and moved:
            text = QT_TRANSLATE_NOOP(
                "Codebook", "row {row}: {old} renamed and moved to {new}, as in the file"
            )
        elif moved:
            text = QT_TRANSLATE_NOOP("Codebook", "row {row}: {old} moved to {new}, as in the file")
        else:
            text = QT_TRANSLATE_NOOP("Codebook", "row {row}: {old} renamed {new}, as in the file")
        self.notes.append(text.format(row=row.row, old=quoted(old), new=quoted(new)))
        return True

    def _cannot_place(self, code: model.Code, name: str, parent: int | None) -> str | None:
        """Why the code cannot be ``name`` under ``parent`` (the editor's rules), or None."""
        if parent is not None and parent in codebook.descendants(self.session, code.id):
            return QT_TRANSLATE_NOOP("Codebook", "that is under the code itself").format()
        for node in codebook.tree(self.session):
            if (
                node.parent_id == parent
                and node.id != code.id
                and node.name.casefold() == name.casefold()
            ):
                return QT_TRANSLATE_NOOP(
                    "Codebook", "another code there is named {name} already"
                ).format(name=quoted(node.name))
        try:
            codebook.check_depth(self.session, code.id, name, parent)
        except ValidationError as error:
            return said(error)
        return None

    def _position(self, code_id: int, row: CodebookRow, parent: int | None) -> int:
        """Where a moved code goes among its new siblings: after the one the file puts
        before it (the file's order), else first."""
        before = self.last_child.get(tuple(row.path[:-1]))
        siblings = codebook.sibling_ids(self.session, parent, exclude=code_id)
        return siblings.index(before) + 1 if before in siblings else 0

    def _set_codable(self, code_id: int, row: CodebookRow) -> bool:
        """The row's heading-only flag; a code that would hide coded passages or charted
        cells as a heading stays a code (the editor asks first; an import cannot)."""
        code = self.session.get(model.Code, code_id)
        if code is None or row.codable is None or code.codable == row.codable:
            return False
        if not row.codable and (hidden := _hidden(self.session, code_id)):
            path = next(node.path for node in codebook.tree(self.session) if node.id == code_id)
            self.lost.append(
                QT_TRANSLATE_NOOP(
                    "Codebook",
                    "row {row}: {path} kept as a code, not made a heading only as in the file: "
                    "a heading only is no matrix column, so its {hidden} would no longer show "
                    "(the codebook editor's Heading only does it, asking first)",
                ).format(row=row.row, path=quoted(path), hidden=hidden)
            )
            return False
        code.codable = row.codable
        return True


def _hidden(session: Session, code_id: int) -> str:
    """What a heading only would hide of the code ("2 coded passages"), or "" for nothing."""
    preview = codebook.heading_preview_in(session, code_id)
    parts = [
        QT_TRANSLATE_NOOP("Codebook", "%n coded passage(s)").format(n=preview.segments)
        if preview.segments
        else "",
        QT_TRANSLATE_NOOP("Codebook", "%n chart cell(s) with a summary or value").format(
            n=preview.chart_cells
        )
        if preview.chart_cells
        else "",
    ]
    return listed(part for part in parts if part)


def _joined(parent_path: str | None, name: str) -> str:
    """A code's path from its parent's path and its own name."""
    own = codebook.join_path([name])
    return own if parent_path is None else f"{parent_path}/{own}"


def _other_case(session: Session, code_id: int, row: CodebookRow) -> list[str]:
    """A note when the row wrote a code that exists in other letter case: the file's spelling
    is not the code's (a code's name is one whatever its case; ``codebook.resolve``)."""
    path = next(node.path for node in codebook.tree(session) if node.id == code_id)
    given = codebook.join_path(row.path)
    if path == given or path.replace("\\/", "/") == row.raw:
        return []
    return [
        QT_TRANSLATE_NOOP(
            "Codebook", "row {row}: {given} taken as the code {path} (letter case aside)"
        ).format(row=row.row, given=quoted(row.raw or given), path=quoted(path))
    ]


def _by_guid(session: Session, guid: str | None) -> int | None:
    if not guid:
        return None
    return session.scalars(select(model.Code.id).where(model.Code.guid == guid)).first()


def _set_text(session: Session, code_id: int, row: CodebookRow) -> bool:
    """Give an existing code the row's definition and colour (those it gives); False when it
    holds them already (a file imported again changes nothing, and says so)."""
    code = session.get(model.Code, code_id)
    if code is None or not (row.definition or row.colour):
        return False
    definition = row.definition or None
    colour = codebook.check_colour(row.colour) if row.colour else None
    if (definition is None or definition == code.definition) and (
        colour is None or colour == code.colour.lower()
    ):
        return False
    codebook.update_code_in(session, code_id, definition=definition, colour=colour)
    return True


def _identify(session: Session, code_id: int, row: CodebookRow) -> None:
    """A new code from a REFI codebook keeps the file's GUID (unless another code has it)."""
    code = session.get(model.Code, code_id)
    assert code is not None
    if row.guid is not None:  # a .qdc's, read by the REFI-QDA package (its whole __init__, lxml
        # and the PDF reader: not for a CSV import nor any export), loaded by then
        from frameworkqda.core.exchange.refi.guids import is_guid

        if is_guid(row.guid) and _by_guid(session, row.guid) is None:
            code.guid = row.guid
    if row.codable is not None:
        code.codable = row.codable
    session.flush()


def _existing(session: Session, raw: str) -> int | None:
    try:
        return codebook.resolve(session, raw)
    except FrameworkQDAError:
        return None


def export_codebook(project: Project, path: str | Path, fmt: str | None = None) -> int:
    """Write the codebook in ``fmt`` (``csv``, ``xlsx``, ``qdc``), else the format the file
    name asks for (``-``: standard output, with ``fmt``); returns the number of codes."""
    target = Path(path)
    return codebook_format(target, fmt).write(project, target)


def export_notes(project: Project, path: str | Path, fmt: str | None = None) -> list[str]:
    """What an export of the codebook to ``path`` should tell besides its count (Messages):
    for a REFI-QDA codebook, the names more than one code has (QualCoder merges them)."""
    notes = codebook_format(Path(path), fmt).notes
    return notes(project) if notes is not None else []
