"""``import`` and ``text``: bringing documents into a project and printing what was stored."""

from __future__ import annotations

import argparse
import gc
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frameworkqda.cli.interrupts import Interrupts
    from frameworkqda.core.importers import ImportProgress, ImportResult
    from frameworkqda.core.store import Project


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = subparsers.add_parser(
        "import",
        help="import documents (PDF, DOCX, HTML, text)",
        description="Import files into a project, each on its own: a failure is reported and "
        "the rest go on. Exit status 1 when any file failed; 130 when Ctrl-C or SIGTERM stopped "
        "it before the end (the files stored by then are listed).",
    )
    command.add_argument("project", help="project file or postgresql:// URL")
    command.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="files to import; a folder brings in the files inside it that can be read, as "
        "File → Import folder… in the app (or a folder dropped on it) does",
    )
    command.add_argument(
        "--case",
        help="assign the documents to this case (created if missing); an existing case is "
        'found whatever its letter case or spacing: "osaka" goes to the case "Osaka"',
    )
    command.add_argument("--password", help="user password for protected PDFs")
    command.add_argument(
        "--keep-furigana",
        action="store_true",
        help="keep ruby readings (furigana) of Word files and web pages in brackets after the "
        "base text",
    )
    command.add_argument(
        "--keep-page-furniture",
        action="store_true",
        help="keep PDF running heads, page numbers and margin stamps in the text",
    )
    command.set_defaults(handler=_import, at_once=True)  # committed and closed on return

    text = subparsers.add_parser(
        "text",
        help="print a document's stored text",
        description="Print the text stored for a document (by name or id).",
    )
    text.add_argument("project", help="project file or postgresql:// URL")
    text.add_argument("document", help="document name or id")
    text.set_defaults(handler=_text)


def _progress(event: ImportProgress) -> None:
    from frameworkqda.core.importers.service import readable_name

    prefix = f"[{event.file_index + 1}/{event.file_count}] {readable_name(event.path)}"
    if event.result is not None:
        return
    if event.total:
        print(f"{prefix}: page {event.done}/{event.total}", file=sys.stderr)
    else:
        print(f"{prefix}: reading", file=sys.stderr)


def _import(args: argparse.Namespace) -> int:
    from frameworkqda.cli import interrupts

    # a whole process ends after the report: a signal on the way out is only noted
    with interrupts.held(restore=not args.whole_process) as interrupted:
        return _report(_imported(args, interrupted), interrupted)


def _imported(args: argparse.Namespace, interrupted: Interrupts) -> list[ImportResult]:
    """Each file's outcome; a file is cancelled (not stored) once ``interrupted``."""
    from frameworkqda.core.importers import early_read
    from frameworkqda.core.importers.base import ImportOptions
    from frameworkqda.core.importers.registry import expand_folders

    files = expand_folders(args.files)  # it said "mixed: cannot be read (Is a directory)"
    options = ImportOptions(
        keep_furigana=args.keep_furigana, keep_page_furniture=args.keep_page_furniture
    )
    whole = args.whole_process  # this process is ours to tune (not a test calling main)
    if whole:  # loading makes objects that live as long as the process: see below
        gc.disable()
    try:
        if whole:  # the first PDF is read while the project opens, in a process of its own
            early_read.start(files, options)

        from frameworkqda.core.importers import import_documents
        from frameworkqda.core.store import open_project

        with open_project(args.project) as project:
            if whole:  # collecting while SQLAlchemy and the store loaded took CPU and found
                gc.freeze()  # nothing: what they made sits out collections
                gc.enable()
            results = import_documents(
                project,
                files,
                case=args.case,
                password=args.password,
                progress=_progress,
                cancel=interrupted,
                options=options,
            )
            interrupted.settled()  # closing and the report are not undone by a signal
            _note_case(project, args.case)
            return results
    finally:
        early_read.drop()


def _note_case(project: Project, typed: str | None) -> None:
    """Say which case the documents went to when it is spelt otherwise than typed: ``--case
    osaka`` puts them in the case "Osaka" (one case whatever the letter case or spacing)."""
    from frameworkqda.core.case_names import find_case

    if not typed:
        return
    with project.connect() as connection:
        found = find_case(connection, typed)
    if found is not None and found[1] != typed.strip():
        print(f"note: assigned to case “{found[1]}”")


def _report(results: list[ImportResult], interrupted: Interrupts) -> int:
    """Each stored (or failed) file's outcome on stdout, then the counts; 1 when any failed.
    The files an interrupt cancelled are counted, not listed: exit 130, as for Ctrl-C."""
    from frameworkqda.core.importers import ImportStatus
    from frameworkqda.core.importers.service import readable_name

    failed = 0
    for result in results:
        if result.status is ImportStatus.CANCELLED:  # only an interrupt cancels here
            continue
        renamed = result.document_name != readable_name(result.path)
        if result.status is ImportStatus.IMPORTED and not renamed:  # "imported as" itself
            print(f"imported: {result.document_name}")
        else:
            print(f"{result.status.value}: {result.message}")
        for warning in result.warnings:
            print(f"  note: {warning}")
        if result.status is ImportStatus.FAILED:
            failed += 1
    imported = sum(1 for r in results if r.status == ImportStatus.IMPORTED)
    duplicates = sum(1 for r in results if r.status == ImportStatus.DUPLICATE)
    cancelled = sum(1 for r in results if r.status == ImportStatus.CANCELLED)
    counts = f"{imported} imported, {duplicates} already present, {failed} failed"
    if cancelled:
        counts += f"; interrupted before the end: {cancelled} not imported"
    sys.stdout.flush()  # all of stdout before the counts, and while a signal is only noted
    print(counts, file=sys.stderr)
    if cancelled:
        print("frameworkqda: interrupted", file=sys.stderr)
        return 130
    if interrupted.is_set():  # it came once every file was stored: nothing was undone
        print("frameworkqda: interrupted after the import was complete", file=sys.stderr)
    return 1 if failed else 0


def _text(args: argparse.Namespace) -> int:
    from frameworkqda.core.documents import document_text
    from frameworkqda.core.store import open_project

    with open_project(args.project, read_only=True) as project:
        text = document_text(project, args.document)
    sys.stdout.write(text)
    if text and not text.endswith("\n"):
        sys.stdout.write("\n")
    return 0
