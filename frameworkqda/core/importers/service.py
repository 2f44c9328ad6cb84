"""Importing files into a project: one transaction per file, a report per file, go on.

The GUI and the CLI both call ``import_documents`` and show progress from the same callback.
A file is read and extracted completely before its transaction begins, so a failure (or a
cancellation) at any point leaves the project exactly as it was for that file; the next
file is still tried. The original bytes and their sha256 are stored, so re-importing the
same file is recognised and reported as a duplicate instead of stored twice.
"""

from __future__ import annotations

import enum
import hashlib
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import Connection, func, insert, select

from frameworkqda.core import tables
from frameworkqda.core.case_names import case_key, case_name, find_case
from frameworkqda.core.documents import one_line_name, unique_name
from frameworkqda.core.errors import (
    FileTooLargeError,
    FrameworkQDAError,
    ImportCancelledError,
    ImportFailedError,
    PasswordRequiredError,
    ProjectError,
    ValidationError,
)
from frameworkqda.core.importers import early_read
from frameworkqda.core.importers.base import (
    Cancellation,
    Extraction,
    ImportOptions,
    PageGeometry,
    check_text_size,
)
from frameworkqda.core.importers.offload import extract_file
from frameworkqda.core.importers.registry import refuse_by_name
from frameworkqda.core.jobs import Cancel
from frameworkqda.core.messages import CASE_NEEDS_A_NAME, QT_TRANSLATE_NOOP, Message, said
from frameworkqda.core.sizes import describe_size
from frameworkqda.core.store.changes import hold_writes
from frameworkqda.core.store.project import Project

PAGE_BATCH = 256  # pages inserted at a time: a long PDF's boxes never all in memory at once

# Asked for a PDF's password: (path, previous attempt was wrong) -> password, or None to skip.
PasswordPrompt = Callable[[Path, bool], str | None]


class ImportStatus(enum.StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass
class ImportResult:
    """What happened to one file."""

    path: Path
    status: ImportStatus
    message: str = ""
    document_id: int | None = None
    document_name: str | None = None
    warnings: list[str] = field(default_factory=list)
    needs_password: bool = False


@dataclass(frozen=True)
class ImportProgress:
    """Where a batch import is: file ``file_index`` (from 0) of ``file_count``; within it,
    ``done`` of ``total`` units (pages for a PDF, 0 of 0 when unknown)."""

    file_index: int
    file_count: int
    path: Path
    done: int
    total: int
    result: ImportResult | None = None  # set once the file is finished


ProgressCallback = Callable[[ImportProgress], None]


def import_documents(
    project: Project,
    paths: Sequence[str | Path],
    *,
    case: str | None = None,
    password: str | PasswordPrompt | None = None,
    progress: ProgressCallback | None = None,
    cancel: Cancel | None = None,
    options: ImportOptions | None = None,
) -> list[ImportResult]:
    """Import each file in its own transaction and report on every one, in order. A case
    name of spaces only is refused before any file is read (``case add`` refuses it too; it
    made a case without a name); none or an empty one imports into no case. One naming two
    cases that differ only in letter case or spacing is refused before too (``find_case``)."""
    if case and not case.strip():
        raise ValidationError(CASE_NEEDS_A_NAME.format())
    if case:
        with project.connect() as connection:
            find_case(connection, case)
    options = options or ImportOptions()
    cancellation = Cancellation(cancel)
    results: list[ImportResult] = []
    count = len(paths)
    for index, raw_path in enumerate(paths):
        path = Path(raw_path)
        if cancel is not None and cancel.is_set():
            result = ImportResult(
                path, ImportStatus.CANCELLED, f"{readable_name(path)}: not imported (cancelled)"
            )
        else:

            def report(done: int, total: int, index: int = index, path: Path = path) -> None:
                if progress is not None:
                    progress(ImportProgress(index, count, path, done, total))

            report(0, 0)
            result = _import_one(project, path, case, password, options, report, cancellation)
        results.append(result)
        if progress is not None:
            progress(ImportProgress(index, count, path, 1, 1, result))
    return results


def _import_one(
    project: Project,
    path: Path,
    case: str | None,
    password: str | PasswordPrompt | None,
    options: ImportOptions,
    report: Callable[[int, int], None],
    cancellation: Cancellation,
) -> ImportResult:
    name = readable_name(path)
    try:
        refuse_by_name(name, path)  # another program's file: said before a duplicate could be
        data = _read(path, name, options)
        digest = hashlib.sha256(data).hexdigest()
        with project.connect() as connection:  # before reading it: the common case, cheaply
            duplicate = _duplicate(connection, path, name, digest, case)
        if duplicate is not None:
            return duplicate
        extraction = _extract_with_password(
            data, path, name, password, options, report, cancellation
        )
        with extraction:  # its parked boxes are deleted once stored, or refused
            check_text_size(len(extraction.text), options.limits, name)  # a PDF's, while read
            cancellation.check()
            with project.begin() as connection:
                # asked again where it is stored: another program importing the same file
                # meanwhile has committed (or waits for this one), never both store it
                hold_writes(connection)
                duplicate = _duplicate(connection, path, name, digest, case)
                if duplicate is not None:
                    raise _AlreadyThere(duplicate)  # rolled back: not even counted as a change
                stored = _store(connection, name, data, digest, extraction, case)
                document_id, document_name = stored
        return ImportResult(
            path,
            ImportStatus.IMPORTED,
            QT_TRANSLATE_NOOP("Import", "{name}: imported as “{document}”").format(
                name=name, document=document_name
            ),
            document_id=document_id,
            document_name=document_name,
            warnings=list(extraction.warnings),
        )
    except _AlreadyThere as already:
        return already.result
    except ImportCancelledError:
        return ImportResult(
            path,
            ImportStatus.CANCELLED,
            QT_TRANSLATE_NOOP("Import", "{name}: not imported (cancelled)").format(name=name),
        )
    except PasswordRequiredError as error:
        return ImportResult(path, ImportStatus.FAILED, said(error), needs_password=True)
    except ProjectError as error:  # the project's side (a full disk, read-only, busy): which file
        return ImportResult(
            path,
            ImportStatus.FAILED,
            QT_TRANSLATE_NOOP("Import", "{name}: not stored: {reason}").format(
                name=name, reason=said(error)
            ),
        )
    except FrameworkQDAError as error:
        return ImportResult(path, ImportStatus.FAILED, said(error))
    except OSError as error:
        return ImportResult(
            path,
            ImportStatus.FAILED,
            QT_TRANSLATE_NOOP("Import", "{name}: cannot be read ({reason})").format(
                name=name, reason=error.strerror or str(error)
            ),
        )
    except Exception as error:  # a parser bug must not stop the batch; say what happened
        return ImportResult(
            path,
            ImportStatus.FAILED,
            QT_TRANSLATE_NOOP("Import", "{name}: could not be imported ({reason})").format(
                name=name, reason=f"{type(error).__name__}: {error}"
            ),
        )


class _AlreadyThere(Exception):
    """The file was stored by another program while this one read it: its transaction ends."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__(result.message)
        self.result = result


def _duplicate(
    connection: Connection, path: Path, name: str, digest: str, case: str | None
) -> ImportResult | None:
    """The report for a file whose content the project already holds, else None."""
    documents, cases = tables.documents, tables.cases
    existing = connection.execute(
        select(documents.c.id, documents.c.name, cases.c.name)
        .outerjoin(cases, documents.c.case_id == cases.c.id)
        .where(documents.c.sha256 == digest)
    ).first()
    if existing is None:
        return None
    document_id, document_name, there = existing
    return ImportResult(
        path,
        ImportStatus.DUPLICATE,
        _already_there(name, document_name, there, case),
        document_id=document_id,
        document_name=document_name,
    )


def _already_there(name: str, document: str, there: str | None, case: str | None) -> Message:
    """A duplicate's report on ``document`` (in case ``there``); it names the document's case
    when the import asked for another one, which was not applied (a document is not moved
    between cases by importing it; "osaka" asks for the case "Osaka")."""
    if case is None or (there is not None and case_key(case) == case_key(there)):
        return QT_TRANSLATE_NOOP(
            "Import", "{name}: already in the project as “{document}” (same content)"
        ).format(name=name, document=document)
    if there is None:
        return QT_TRANSLATE_NOOP(
            "Import",
            "{name}: already in the project as “{document}” (same content), in no case; "
            "not assigned to “{case}”",
        ).format(name=name, document=document, case=case_name(case))
    return QT_TRANSLATE_NOOP(
        "Import",
        "{name}: already in the project as “{document}” (same content), in case “{there}”; "
        "not moved to “{case}”",
    ).format(name=name, document=document, there=there, case=case_name(case))


def readable_name(path: Path) -> str:
    """The file's name as text, on one line. A name that is not UTF-8 on a POSIX disk
    (Shift_JIS from a Windows zip) comes with its bytes escaped, which no database stores: it
    is read as Shift_JIS (CP932) when it is that, else with U+FFFD for the bytes that are not
    text. A line break or other control character in it (POSIX allows them) is a space: it
    made a document name of two lines in the tree, the tables and every message. Accents are
    composed (NFC): a Mac's decomposed が did not match the name typed to find it."""
    return one_line_name(_decoded_name(path))


def _decoded_name(path: Path) -> str:
    name = path.name
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raw = os.fsencode(name)
        try:
            read = raw.decode("cp932")
        except UnicodeDecodeError:
            read = ""
        if read and not any("\ue000" <= char <= "\uf8ff" for char in read):  # no user area
            return read
        return raw.decode("utf-8", "replace")
    return name


def _read(path: Path, name: str, options: ImportOptions) -> bytes:
    """The file's bytes: a regular file only (a device like /dev/zero never ends, a FIFO may
    never send), read no further than the limit (a file may grow while it is read)."""
    limit = options.limits.max_file_bytes
    with open(path, "rb", opener=_open_nonblocking) as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise ImportFailedError(
                QT_TRANSLATE_NOOP("Import", "{name}: not a regular file ({kind})").format(
                    name=name, kind=_kind(mode)
                )
            )
        data = handle.read(limit + 1)
    size = max(len(data), path.stat().st_size)
    if size > limit:
        raise FileTooLargeError(
            QT_TRANSLATE_NOOP(
                "Import", "{name}: the file is {size}, over the import limit of {limit}"
            ).format(name=name, size=describe_size(size), limit=describe_size(limit))
        )
    return data


def _open_nonblocking(path: str, flags: int) -> int:
    """Open without waiting for a FIFO's writer (the check above then refuses it)."""
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def _extract_with_password(
    data: bytes,
    path: Path,
    name: str,
    password: str | PasswordPrompt | None,
    options: ImportOptions,
    report: Callable[[int, int], None],
    cancellation: Cancellation,
) -> Extraction:
    attempt = options
    if isinstance(password, str):
        attempt = replace(options, password=password)
    early = early_read.take(path, data, attempt, report, cancellation)
    if early is not None:  # read while the project opened (the command line's first PDF)
        return early
    wrong = False
    while True:
        try:
            return extract_file(data, name, attempt, progress=report, cancellation=cancellation)
        except PasswordRequiredError:
            if not callable(password):
                raise
            answer = password(path, wrong)
            if answer is None:
                raise
            attempt = replace(options, password=answer)
            wrong = True


def _store(
    connection: Connection,
    name: str,  # the file's name, as text (readable_name)
    data: bytes,
    digest: str,
    extraction: Extraction,
    case_name: str | None,
) -> tuple[int, str]:
    """Insert the document, its file and its pages; their id and name. Written through
    SQLAlchemy Core (the columns' defaults are the tables'): the import loads no ORM."""
    case_id = get_or_create_case(connection, case_name) if case_name else None
    documents = tables.documents
    position = connection.scalar(select(func.coalesce(func.max(documents.c.position), -1))) or 0
    document_name = unique_name(connection, name)
    document_id: int = connection.execute(
        insert(documents)
        .values(
            name=document_name,
            kind=extraction.kind,
            filename=name,
            sha256=digest,
            language=extraction.language,
            text=extraction.text,
            page_count=extraction.page_count,
            case_id=case_id,
            position=position + 1,
            import_notes="\n".join(extraction.warnings),
        )
        .returning(documents.c.id)
    ).scalar_one()
    connection.execute(insert(tables.document_files).values(document_id=document_id, data=data))
    for first in range(0, len(extraction.pages), PAGE_BATCH):
        batch = extraction.pages[first : first + PAGE_BATCH]
        connection.execute(
            insert(tables.document_pages),
            [{"document_id": document_id, **_page_row(page)} for page in batch],
        )
    return document_id, document_name


def _page_row(page: PageGeometry) -> dict[str, object]:
    return {
        "page_number": page.page_number,
        "width": page.width,
        "height": page.height,
        "char_start": page.char_start,
        "char_end": page.char_end,
        "boxes": page.boxes,  # read back from disk for a PDF's page (importers/spill.py)
        "ocr": page.ocr,
    }


def get_or_create_case(connection: Connection, name: str) -> int:
    """The id of the case ``name`` names, whatever its letter case or spacing (``find_case``:
    "osaka" is the case "Osaka", not a second row of the matrix), created (at the end of the
    list) when there is none."""
    found = find_case(connection, name)
    if found is not None:
        return found[0]
    cases = tables.cases
    last = connection.scalar(select(func.max(cases.c.position)))
    case_id = connection.execute(
        insert(cases).values(name=case_name(name), position=(last or 0) + 1).returning(cases.c.id)
    ).scalar_one()
    return int(case_id)
