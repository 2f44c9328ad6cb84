"""``codebook``: import, export and list the codebook (format chosen by the file's extension)."""

from __future__ import annotations

import argparse
from pathlib import Path

from frameworkqda.cli.output_format import add_output, output_of
from frameworkqda.core.words import plural

CODEBOOK_FORMATS = ("csv", "xlsx", "qdc")  # codebook_io.FORMATS, named here for --help


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "codebook",
        help="import, export or list the codebook",
        description="Import or export the codebook as a table of path, definition and colour "
        "(format by extension: .csv, .xlsx or REFI-QDA .qdc), or list it.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")  # bare: help (cli.lacking)
    imported = actions.add_parser(
        "import",
        help="add codes from a file",
        description="Add the file's codes (parents created as needed); codes that exist get the "
        "file's definition and colour. A code's name is one whatever its letter case: a row "
        "naming an existing code in other case updates that code (and says so); two rows naming "
        "one code are refused. Nothing is written if any row is bad; each bad row is named.",
    )
    imported.add_argument("project", help="project file or postgresql:// URL")
    imported.add_argument("file", help="codebook file (.csv, .xlsx or REFI-QDA .qdc)")
    imported.set_defaults(handler=_import)
    exported = actions.add_parser(
        "export",
        help="write the codebook to a file",
        description="Write the codebook to FILE (-o; the older 'codebook export PROJECT FILE' "
        "still works, deprecated).",
    )
    exported.add_argument("project", help="project file or postgresql:// URL")
    add_output(
        exported,
        "the file to write (.csv, .xlsx or REFI-QDA .qdc; '-': standard output)",
        positional=True,
    )
    exported.add_argument(
        "--format",
        choices=CODEBOOK_FORMATS,
        default=None,
        help="csv, xlsx or qdc; default: from the file's name, csv on standard output",
    )
    exported.set_defaults(handler=_export)
    listed = actions.add_parser(
        "list",
        help="print the codebook's paths",
        description="Print every code's path, one a line: a theme, then its measures as "
        "Theme/Measure. A slash inside a code's own name is written \\/ "
        "(Anti-discrimination/Anti-hate-speech ordinance\\/law), so the path says where each "
        "name ends: that is how --code takes a code and how every verb's reply names it (written "
        "without the backslash, --code still finds a code when only one reads so).",
    )
    listed.add_argument("project", help="project file or postgresql:// URL")
    listed.set_defaults(handler=_list)


def _import(args: argparse.Namespace) -> int:
    from frameworkqda.core.commands import ImportCodebook
    from frameworkqda.core.store import open_project

    with open_project(args.project) as project:
        command = ImportCodebook(args.file)
        command.apply(project)
    summary = command.summary
    assert summary is not None
    added = plural(summary.created, "code")
    already = f", {summary.unchanged} already present" if summary.unchanged else ""
    print(f"imported {args.file}: {added} added, {summary.updated} updated{already}")
    for note in summary.notes:
        print(note)
    for item in summary.lost:
        print(f"not carried over: {item}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from frameworkqda.cli.output_format import output_format, said_to
    from frameworkqda.core.codebook_io import export_codebook, export_notes
    from frameworkqda.core.store import open_project

    file = output_of(args, "codebook export")
    fmt = output_format(args.format, Path(file), CODEBOOK_FORMATS)
    with open_project(args.project, read_only=True) as project:
        count = export_codebook(project, file, fmt)
        notes = export_notes(project, file, fmt)
    said = said_to(file)  # not into the codebook on standard output
    print(f"wrote {plural(count, 'code')} to {file}", file=said)
    for note in notes:
        print(f"  note: {note}", file=said)
    return 0


def _list(args: argparse.Namespace) -> int:
    from frameworkqda.core import codebook
    from frameworkqda.core.store import open_project

    with open_project(args.project, read_only=True) as project:
        for node in codebook.codebook(project):
            print(node.path)
    return 0
