"""``codebook``: import, export and list the codebook (format chosen by the file's extension),
and edit it one code at a time (add, rename, move, define, delete) through the same core
commands the GUI's codebook editor runs, each one transaction committed before it replies."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from frameworkqda.cli.output_format import add_output, output_of
from frameworkqda.core.words import plural

if TYPE_CHECKING:
    from frameworkqda.core.codebook import CodeNode, DeletePreview
    from frameworkqda.core.store import Project

CODEBOOK_FORMATS = ("csv", "xlsx", "qdc")  # codebook_io.FORMATS, named here for --help


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "codebook",
        help="import, export or list the codebook; add, rename, move, define or delete a code",
        description="Import or export the codebook (format by extension: .csv, .xlsx or "
        "REFI-QDA .qdc), list it, or edit it a code at a time: add, rename, move, define, "
        "delete. A CSV or XLSX codebook is a table whose header reads path, description (the "
        "code's definition), colour, heading only (yes: a heading, never applied to text nor "
        "charted). A PATH is a code's path as 'codebook list' prints it (Theme/Measure; a slash "
        "inside a name written \\/). Each edit is one step, saved before it replies; a refusal "
        "names the code and the reason and writes nothing.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")  # bare: help (cli.lacking)
    imported = actions.add_parser(
        "import",
        help="add codes from a file",
        description="Add the file's codes (parents created as needed); codes that exist get the "
        "file's description, colour and heading only (a code with coded passages or "
        "charted cells stays a code). A code's name is one whatever its letter case: a row "
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
    _register_edits(actions)


PATH_HELP = "the code's path, as 'codebook list' prints it (Theme/Measure)"


def _register_edits(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The verbs that edit the codebook a code at a time, as its editor in the GUI does."""
    added = actions.add_parser(
        "add",
        help="add a theme or a code below one",
        description="Add the code at PATH: 'Education' adds a theme, 'Education/Language "
        "support' a measure under the theme Education, last among its codes. The codes above "
        "it must exist (as in the codebook editor, a code is added under an existing one): add "
        "the theme first, or import a codebook file, which creates them. A code below another "
        "takes its colour unless --colour is given. Run again, a code already there as asked "
        "is 'already present' (nothing written); one there with another definition, colour or "
        "heading is refused ('codebook define' changes a definition).",
    )
    added.add_argument("project", help="project file or postgresql:// URL")
    added.add_argument("path", metavar="PATH", help="the new code's path (Theme/Measure)")
    added.add_argument("--definition", metavar="TEXT", help="what the code means (its definition)")
    added.add_argument("--colour", metavar="#RRGGBB", help="its colour (default: its parent's)")
    added.add_argument(
        "--heading-only",
        action="store_true",
        help="a heading only: not offered for coding, no column of the framework matrix",
    )
    added.set_defaults(handler=_add)
    renamed = actions.add_parser(
        "rename",
        help="rename a code",
        description="Give the code at PATH the name NEW_NAME (a name, not a path: a slash in it "
        "is part of the name). No two codes under one parent share a name, whatever the "
        "letter case.",
    )
    renamed.add_argument("project", help="project file or postgresql:// URL")
    renamed.add_argument("path", metavar="PATH", help=PATH_HELP)
    renamed.add_argument("new_name", metavar="NEW_NAME", help="its new name")
    renamed.set_defaults(handler=_rename)
    moved = actions.add_parser(
        "move",
        help="move a code under another, or to the top level",
        description="Move the code at PATH, with the codes below it and all that hangs on "
        "them, last under the code at --to (or, with --top, to the top level, a theme). A code "
        "cannot move under itself or a code below it, nor beside one of its name.",
    )
    moved.add_argument("project", help="project file or postgresql:// URL")
    moved.add_argument("path", metavar="PATH", help=PATH_HELP)
    where = moved.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", metavar="PARENT_PATH", help="the code to move it under")
    where.add_argument("--top", action="store_true", help="make it a theme (the top level)")
    moved.set_defaults(handler=_move)
    defined = actions.add_parser(
        "define",
        help="set a code's definition",
        description="Set the definition of the code at PATH to TEXT, replacing the one it had; "
        "an empty TEXT ('') clears it.",
    )
    defined.add_argument("project", help="project file or postgresql:// URL")
    defined.add_argument("path", metavar="PATH", help=PATH_HELP)
    defined.add_argument("text", metavar="TEXT", help="the definition ('': none)")
    defined.set_defaults(handler=_define)
    deleted = actions.add_parser(
        "delete",
        help="delete a code and the codes below it",
        description="Delete the code at PATH and every code below it. A code that has coded "
        "passages, chart cells or memos (its own or those of a code below it) is refused, "
        "saying how many, as the codebook editor asks first; --force deletes them with it.",
    )
    deleted.add_argument("project", help="project file or postgresql:// URL")
    deleted.add_argument("path", metavar="PATH", help=PATH_HELP)
    deleted.add_argument(
        "--force",
        action="store_true",
        help="delete its coded passages, chart cells and memos with it",
    )
    deleted.set_defaults(handler=_delete)


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


@contextlib.contextmanager
def _refused(doing: str) -> Iterator[None]:
    """A refusal of the core's in one line that names the code and what was asked ("cannot
    move “A/B” under “C”: a code named “B” already exists at this level"); nothing written."""
    from frameworkqda.core.errors import NotFoundError, ValidationError

    try:
        yield
    except (NotFoundError, ValidationError) as error:
        raise type(error)(f"cannot {doing}: {error}") from error


def _quoted(path: str) -> str:
    from frameworkqda.core.messages import quoted

    return quoted(path)


def _node(project: Project, path: str) -> CodeNode:
    """The code at ``path``, read with the path parser every verb uses (codebook.resolve)."""
    from frameworkqda.core.codebook import resolve_node

    with project.session() as session:
        return resolve_node(session, path)


def _path_of(project: Project, code_id: int) -> str:
    """The path the codebook shows for a code now (after the change just committed)."""
    from frameworkqda.core import codebook

    return next(node.path for node in codebook.codebook(project) if node.id == code_id)


def _add(args: argparse.Namespace) -> int:
    from frameworkqda.core import codebook
    from frameworkqda.core.commands import AddCode
    from frameworkqda.core.store import open_project

    *above, name = codebook.split_path(args.path)
    with open_project(args.project) as project:
        parent = _parent(project, codebook.join_path(above), args.path) if above else None
        there = _already(project, parent, name, args)
        if there is not None:
            print(f"already present: {there}")
            return 0
        command = AddCode(
            name,
            parent_id=parent.id if parent else None,
            definition=args.definition or "",
            colour=args.colour,
            codable=not args.heading_only,
        )
        asked = f"{parent.path}/{codebook.escape_name(name)}" if parent else args.path
        with _refused(f"add {_quoted(asked)}"):
            command.apply(project)
        assert command.code_id is not None
        added = _path_of(project, command.code_id)
    print(f"added {added}{' (heading only)' if args.heading_only else ''}")
    return 0


def _parent(project: Project, path: str, asked: str) -> CodeNode:
    """The code a new one goes under: as in the codebook editor it must exist (the core adds
    one code at a time; a codebook import creates the codes above as needed)."""
    from frameworkqda.core.errors import NotFoundError

    try:
        return _node(project, path)
    except NotFoundError as error:
        raise NotFoundError(
            f"cannot add {_quoted(asked)}: {error}; add {_quoted(path)} first"
        ) from error


def _already(
    project: Project, parent: CodeNode | None, name: str, args: argparse.Namespace
) -> str | None:
    """The path of the code ``add`` asks for when one is there already as asked (a script run
    again: nothing is written); None when there is none. One there that differs from what was
    asked is refused, saying how."""
    from frameworkqda.core import codebook
    from frameworkqda.core.errors import ValidationError

    below = parent.id if parent else None
    code = next(
        (
            node
            for node in codebook.codebook(project)
            if node.parent_id == below and node.name.casefold() == name.casefold()
        ),
        None,
    )
    if code is None:
        return None
    asked = (
        ("definition", args.definition, code.definition),
        ("colour", args.colour and args.colour.lower(), code.colour.lower()),
        ("heading only", True if args.heading_only else None, not code.codable),
    )
    differs = [what for what, wanted, has in asked if wanted is not None and wanted != has]
    if differs:
        raise ValidationError(
            f"cannot add {_quoted(code.path)}: it exists already with another "
            f"{' and '.join(differs)}"
        )
    return code.path


def _rename(args: argparse.Namespace) -> int:
    from frameworkqda.core.commands import UpdateCode
    from frameworkqda.core.store import open_project

    with open_project(args.project) as project:
        code = _node(project, args.path)
        with _refused(f"rename {_quoted(code.path)}"):
            UpdateCode(code.id, name=args.new_name).apply(project)
        now = _path_of(project, code.id)
    print(f"renamed {code.path} to {now}")
    return 0


def _move(args: argparse.Namespace) -> int:
    from frameworkqda.core import codebook
    from frameworkqda.core.commands import MoveCode
    from frameworkqda.core.store import open_project

    with open_project(args.project) as project:
        code = _node(project, args.path)
        with _refused(f"move {_quoted(code.path)} under {_quoted(args.to)}"):
            parent = None if args.top else _node(project, args.to)
        parent_id = parent.id if parent else None
        where = f"under {parent.path}" if parent else "at the top level"
        if code.parent_id == parent_id:
            print(f"already present: {code.path} {where}")
            return 0
        with project.session() as session:  # last under its new parent, as the editor's Move
            position = len(codebook.sibling_ids(session, parent_id, code.id))
        target = f"under {_quoted(parent.path)}" if parent else "to the top level"
        with _refused(f"move {_quoted(code.path)} {target}"):
            MoveCode(code.id, parent_id, position).apply(project)
        now = _path_of(project, code.id)
    print(f"moved {code.path} to {now}")
    return 0


def _define(args: argparse.Namespace) -> int:
    from frameworkqda.core.commands import UpdateCode
    from frameworkqda.core.store import open_project

    with open_project(args.project) as project:
        code = _node(project, args.path)
        if code.definition == args.text:  # a script run again: nothing written
            print(f"already present: the definition of {code.path}")
            return 0
        with _refused(f"define {_quoted(code.path)}"):
            UpdateCode(code.id, definition=args.text).apply(project)
    print(f"{'defined' if args.text else 'cleared the definition of'} {code.path}")
    return 0


def _delete(args: argparse.Namespace) -> int:
    from frameworkqda.core import codebook
    from frameworkqda.core.commands import DeleteCode
    from frameworkqda.core.errors import ValidationError
    from frameworkqda.core.store import open_project

    with open_project(args.project) as project:
        code = _node(project, args.path)
        preview = codebook.delete_preview(project, code.id)  # what the editor's confirmation shows
        work = _work(preview)
        if work and not args.force:
            raise ValidationError(
                f"cannot delete {_quoted(code.path)}: it has {work}; nothing deleted "
                "(--force deletes them with it)"
            )
        command = DeleteCode(code.id)
        with _refused(f"delete {_quoted(code.path)}"):
            command.apply(project)
    gone = command.preview or preview
    codes = f"{plural(len(gone.code_ids), 'code')} ({', '.join(gone.paths)})"
    print(f"deleted {codes}{' with ' + _work(gone) if _work(gone) else ''}")
    return 0


def _work(preview: DeletePreview) -> str:
    """The coded passages, chart cells and memos a deletion would take (``3 coded passages and
    1 chart cell``), counted with the codes below; empty when there are none."""
    counts = (
        (preview.segments, "coded passage"),
        (preview.chart_cells, "chart cell"),
        (preview.memos, "memo"),
    )
    parts = [plural(count, noun) for count, noun in counts if count]
    below = " (with the codes below it)" if len(preview.code_ids) > 1 and parts else ""
    if len(parts) > 1:
        parts = [", ".join(parts[:-1]) + " and " + parts[-1]]
    return "".join(parts) + below
