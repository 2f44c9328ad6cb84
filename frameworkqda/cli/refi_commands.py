"""``import-qdpx`` and ``export-qdpx``: REFI-QDA project exchange from the command line.

Both take the project first, as every verb does: ``import-qdpx PROJECT FILE``. The older
``import-qdpx FILE PROJECT`` still works, with a note after success (an error stays one line):
a .qdpx/.qde file is told apart from a project by its suffix.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time

from frameworkqda.cli.output_format import add_output, output_of, said_to
from frameworkqda.core.words import plural


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importer = subparsers.add_parser(
        "import-qdpx",
        help="create a project from a REFI-QDA .qdpx (or .qde) file",
        description="Create PROJECT from a REFI-QDA file made by NVivo, ATLAS.ti, MAXQDA, "
        "QualCoder... and print what could not be carried over. A project there already that "
        "holds all the file does (merging it would add nothing) is 'already present'; one that "
        "lacks some of it is refused, naming merge. (The older order FILE PROJECT is still "
        "accepted but deprecated.)",
    )
    importer.add_argument("project", help="the new project file or an empty postgresql:// URL")
    importer.add_argument("file", help="the .qdpx archive or bare .qde file")
    importer.set_defaults(handler=_import)

    exporter = subparsers.add_parser(
        "export-qdpx",
        help="export a project as a REFI-QDA .qdpx archive",
        description="Write PROJECT as a REFI-QDA 1.0 .qdpx archive (the same project always "
        "gives the same bytes) to FILE (-o; the older 'export-qdpx PROJECT FILE' still works, "
        "deprecated).",
    )
    exporter.add_argument("project", help="project file or postgresql:// URL")
    add_output(exporter, "the .qdpx file to write", positional=True)
    exporter.add_argument(
        "--crlf", action="store_true", help="write text sources with CRLF line endings (for MAXQDA)"
    )
    exporter.set_defaults(handler=_export)


LISTED = 20  # items shown per list of the report: a big file's runs to millions of lines


def _import(args: argparse.Namespace) -> int:
    from frameworkqda.core.errors import ProjectExistsError
    from frameworkqda.core.exchange.refi import import_qdpx

    project, file = args.project, args.file
    older_order = _is_refi_file(project) and not _is_refi_file(file)
    if older_order:
        project, file = file, project
    if older_order:  # said by main after success only: an error stays one line
        args.deprecation = (
            "frameworkqda: 'import-qdpx FILE PROJECT' is deprecated; write "
            "'import-qdpx PROJECT FILE'"
        )
    try:
        report = import_qdpx(file, project, progress=_Progress())
    except ProjectExistsError as exists:
        _holds_already(project, file, exists)
        return 0
    print("\n".join(summarised(report.lines())))
    return 0


PROGRESS_SECONDS = 0.5  # between two lines of an import's progress


class _Progress:
    """An import's progress on standard error, a line at most every half second (and the
    last), from half a second in: "checking source 12 of 150: report.pdf (3,400 of 18,733
    coded passages)". A big file sat silent for minutes."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.last: float | None = None

    def __call__(self, done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if now - self.started < PROGRESS_SECONDS:  # a quick import (or refusal) says nothing:
            return  # its error stays the one line a script reads
        if done == total or self.last is None or now - self.last >= PROGRESS_SECONDS:
            self.last = now
            print(f"[{100 * done // max(total, 1):3d}%] {label}", file=sys.stderr, flush=True)


def _holds_already(project: str, file: str, exists: Exception) -> None:
    """``import-qdpx`` onto a project there already: 'already present' when it holds all that
    FILE does (merging FILE into it would add nothing), else refused, naming ``merge``; a file
    that is no project: the error the import gave."""
    from frameworkqda.core.errors import FrameworkQDAError, ValidationError
    from frameworkqda.core.merge import merge_project
    from frameworkqda.core.store import open_project

    try:
        opened = open_project(project)
    except FrameworkQDAError:
        raise exists from None
    with opened:
        summary = merge_project(opened, file, trial=True)
    if not summary.nothing_added:
        merge = shlex.join(["frameworkqda", "merge", project, file])
        added = ", ".join(plural(n, what) for what, n in summary.added.items() if n)
        would = [f"add {added}"] if added else []
        if summary.passages_joined:  # a passage of the file wider than one here, say
            would.append(f"join {plural(summary.passages_joined, 'overlapping passage')}")
        raise ValidationError(
            f"{project}: a project is there already, without all that {file} holds (it would "
            f"{' and '.join(would)}); to bring that in: {merge}"
        )
    print(f"already present: {project} holds all that {file} does")


def summarised(lines: list[str], listed: int = LISTED) -> list[str]:
    """The report with each list of items (``  - …``) cut to its first ``listed`` and a count
    of the rest; the headings say how many there are in all."""
    out: list[str] = []
    items: list[str] = []
    for line in [*lines, None]:
        if line is not None and line.startswith("  - "):
            items.append(line)
            continue
        out.extend(items[:listed])
        if len(items) > listed:
            out.append(f"  … and {len(items) - listed:,} more")
        items = []
        if line is not None:
            out.append(line)
    return out


def _export(args: argparse.Namespace) -> int:
    from frameworkqda.core.exchange.refi import export_qdpx
    from frameworkqda.core.store import open_project

    file = output_of(args, "export-qdpx")
    with open_project(args.project, read_only=True) as project:
        summary = export_qdpx(project, file, line_endings="crlf" if args.crlf else "lf")
    said = said_to(file)  # standard error when the archive went to standard output
    print(
        f"wrote {summary.path}: {plural(summary.documents, 'document')}, "
        f"{plural(summary.codes, 'code')}, {plural(summary.segments, 'segment')}, "
        f"{plural(summary.notes, 'note')}",
        file=said,
    )
    if summary.scores_left_out:
        listing = shlex.join(["frameworkqda", "scores", "list", args.project])  # pasteable
        print(
            f"  note: {plural(summary.scores_left_out, 'score')} in "
            f"{plural(summary.series_left_out, 'series', 'series')} not written (REFI-QDA has no "
            f"place for them); carry them over with: {listing} > scores.csv, then "
            "frameworkqda scores import NEW scores.csv",
            file=said,
        )
    if shared := summary.shared_names_note():
        print(f"  note: {shared}", file=said)
    return 0


def _is_refi_file(name: str) -> bool:
    return name.lower().endswith((".qdpx", ".qde"))
