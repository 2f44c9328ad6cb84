"""``memo``: list the memos of a project, print one, write one, rename or delete a free memo
(``memo ACTION PROJECT …``).

What a memo is on is named by the options ``code`` and ``segments`` use: none (the project
memo), ``--document``, ``--case``, ``--code``, ``--case`` with ``--code`` (a chart cell), or
``--document --start --end --code`` (a coded passage; several coders coded it so: ``--coder``
says whose); a free memo (on nothing, titled: NVivo's and MAXQDA's free memos) by
``--free TITLE`` (or its id; several so titled are refused, each named by its id). ``set``
runs the command the GUI's memo dialog runs (``SetMemo``), recorded under ``--coder``; on a
free memo not there yet it makes it (``AddFreeMemo``), as it writes a first memo on a case.
``rename`` and ``delete`` take a free memo only (the others are emptied by ``set``): the
Memos list's commands, ``delete`` logged under ``--coder`` in the deletions log.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from frameworkqda.cli.coder_option import add_coder_option, open_for
from frameworkqda.core.messages import utc_minute

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PROJECT_HELP = "project file or postgresql:// URL"
TARGET_HELP = (
    "What the memo is on: no option, the project; --document, --case or --code alone, that "
    "document, case or code; --case and --code, their chart cell; --document, --start, --end "
    "and --code, that coded passage; --free alone, the free memo with that title (on nothing)."
)
FREE_HELP = (
    "a free memo (on nothing) by its title, or by its id when none has that title "
    "(several with one title: refused, each named by its id)"
)

OPTIONS = ("document", "case", "code", "start", "end", "free")  # what a memo is on
PASSAGE = ("document", "start", "end", "code")  # a coded passage's
METAVARS = {"document": "NAME", "case": "NAME", "code": "PATH", "start": "N", "end": "N"}


def _target_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help=PROJECT_HELP)
    parser.add_argument("--document", metavar="NAME", help="document name or id")
    parser.add_argument("--case", metavar="NAME", help="case name")
    parser.add_argument("--code", metavar="PATH", help='e.g. "Health/Consultation"')
    parser.add_argument(
        "--start", type=int, metavar="N", help="a coded passage's first character (from 0)"
    )
    parser.add_argument(
        "--end", type=int, metavar="N", help="offset just after the passage's last character"
    )
    parser.add_argument("--free", metavar="TITLE", help=FREE_HELP)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "memo",
        help="list, show or set memos (set --free TITLE makes a free memo); rename or delete "
        "free memos",
        description="Memos on the project, a document, a case, a code, a chart cell or a "
        "coded passage, and free memos (on nothing, each with its title): "
        "memo ACTION PROJECT …",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")  # bare: help (cli.lacking)
    listed = actions.add_parser(
        "list",
        help="list every memo",
        description="Print each memo of the project, tab-separated: what it is on (project, free, "
        "document, case, code, cell, segment), its name, title, author, last change (UTC) "
        'and its first line. A free memo (on nothing, titled) is on "free", its name empty.',
    )
    listed.add_argument("project", help=PROJECT_HELP)
    listed.add_argument(
        "--term",
        metavar="TEXT",
        default="",
        help="only memos holding TEXT in their text, title, author or name (Japanese-aware "
        "as search: full-width/half-width and compatibility forms match)",
    )
    listed.set_defaults(handler=_list)
    show = actions.add_parser(
        "show", help="print a memo", description="Print the text of one memo. " + TARGET_HELP
    )
    _target_options(show)
    show.add_argument(
        "--coder", metavar="NAME", help="whose coded passage, when several coders coded it so"
    )
    show.set_defaults(handler=_show)
    write = actions.add_parser(
        "set",
        help="write a memo",
        description="Write one memo (replacing its text; an empty text empties it), through "
        "the same command as the app's memo dialog. " + TARGET_HELP + " A free memo not there "
        "yet is made with that title (as a first memo on a case is).",
    )
    _target_options(write)
    given = write.add_mutually_exclusive_group(required=True)
    given.add_argument("--text", metavar="TEXT", help="the memo's new text")
    given.add_argument(
        "--file", metavar="FILE", help="read the memo's text from FILE (UTF-8; - for stdin)"
    )
    add_coder_option(write)
    write.set_defaults(handler=_set)
    rename = actions.add_parser(
        "rename",
        help="give a free memo another title",
        description="Give a free memo another title, as the app's Memos list renames one "
        "(its text stays).",
    )
    rename.add_argument("project", help=PROJECT_HELP)
    rename.add_argument("--free", metavar="TITLE", required=True, help=FREE_HELP)
    rename.add_argument("new_title", metavar="NEW_TITLE", help="its new title")
    rename.set_defaults(handler=_rename)
    delete = actions.add_parser(
        "delete",
        help="delete a free memo",
        description="Delete a free memo, as the app's Memos list does; the deletions log "
        "names who deleted it (--coder) and when. The project memo and the memos on a "
        "document, case, code, cell or passage are emptied instead: memo set … --text ''.",
    )
    delete.add_argument("project", help=PROJECT_HELP)
    delete.add_argument("--free", metavar="TITLE", required=True, help=FREE_HELP)
    add_coder_option(delete)  # the deletions log names who deleted it
    delete.set_defaults(handler=_delete)


def _free(session: Session, title: str) -> int | None:
    """The free memo ``--free`` names (None: none is there); several so titled: an error
    naming each by its id."""
    from frameworkqda.core.memos import free_memo_named

    return free_memo_named(session, title)


def _free_found(session: Session, title: str) -> int:
    """The free memo ``--free`` names; none: an error, saying who deleted one so titled (and
    when) when the deletions log knows."""
    from frameworkqda.core.errors import NotFoundError
    from frameworkqda.core.memos import free_memo_deleted

    memo_id = _free(session, title)
    if memo_id is None:
        missing = f"no free memo titled “{' '.join(title.split())}”"
        deleted = free_memo_deleted(session, title)
        raise NotFoundError(f"{missing}: {deleted}" if deleted is not None else missing)
    return memo_id


def _target(
    session: Session, args: argparse.Namespace, free_missing: bool = False
) -> tuple[str, int | None]:
    """(target, id) the options name; an unknown name or a set that names nothing is an error.
    ``free_missing``: a free memo not there is (``free``, None), for ``set`` to make it."""
    from sqlalchemy import select

    from frameworkqda.core import model
    from frameworkqda.core.cases import case_name_in, resolve_case
    from frameworkqda.core.codebook import resolve, resolve_node
    from frameworkqda.core.coding import segment_at
    from frameworkqda.core.documents import resolve_document
    from frameworkqda.core.errors import NotFoundError, ValidationError
    from frameworkqda.core.memos import FREE

    given = {name for name in OPTIONS if getattr(args, name) is not None}
    if not given:
        return "project", None
    if given == {"free"}:
        if free_missing:
            return FREE, _free(session, args.free)
        return FREE, _free_found(session, args.free)
    if given == {"document"}:
        return "document", resolve_document(session, args.document)
    if given == {"case"}:
        return "case", resolve_case(session, args.case)
    if given == {"code"}:
        return "code", resolve(session, args.code)
    if given == {"case", "code"}:
        case_id, code = resolve_case(session, args.case), resolve_node(session, args.code)
        cell = session.scalar(
            select(model.ChartCell.id).where(
                model.ChartCell.case_id == case_id, model.ChartCell.code_id == code.id
            )
        )
        if cell is None:
            raise NotFoundError(
                f"no chart cell for case {case_name_in(session, case_id)} and code {code.path} yet"
            )
        return "cell", cell
    if given == {"document", "start", "end", "code"}:
        document_id = resolve_document(session, args.document)
        code_id = resolve(session, args.code)
        try:
            segment = segment_at(session, document_id, code_id, args.start, args.end)
        except ValidationError:  # several coders coded it so: --coder says whose
            if args.coder is None:
                raise
            segment = segment_at(session, document_id, code_id, args.start, args.end, args.coder)
        return "segment", segment
    raise ValidationError(_no_memo(given))


def _listed(options: list[str], last: str, metavars: bool = False) -> str:
    """``--a, --b and --c`` (``last``: and / or), with each one's value when ``metavars``."""
    said = [f"--{name} {METAVARS[name]}" if metavars else f"--{name}" for name in options]
    return said[0] if len(said) == 1 else f"{', '.join(said[:-1])} {last} {said[-1]}"


def _no_memo(given: set[str]) -> str:
    """One line saying why the options ``given`` name no memo, from the rule ``_target``
    follows: what a coded passage's memo still lacks, or which options go with none of the
    others (the whole rule is in ``--help``; a paragraph of it hid what was wrong)."""
    if "free" in given:
        others = _listed([name for name in OPTIONS if name in given - {"free"}], "or")
        return f"--free names a free memo, on nothing: it takes no {others}"
    if given & {"start", "end"} or given == {"document", "code"}:
        missing = [name for name in PASSAGE if name not in given]
        extra = [name for name in OPTIONS if name in given and name not in PASSAGE]
        parts = [f"also needs {_listed(missing, 'and', metavars=True)}"] if missing else []
        parts += [f"takes no {_listed(extra, 'or')}"] if extra else []
        return f"a memo on a coded passage {', and '.join(parts)}"
    together = _listed([name for name in OPTIONS if name in given], "and")
    return (
        f"{together} name no memo together: a memo is on a document (--document), a case "
        "(--case), a chart cell (--case with --code) or a coded passage (--document, --start, "
        "--end and --code)"
    )


def _list(args: argparse.Namespace) -> int:
    from frameworkqda.core.memos import list_memos
    from frameworkqda.core.store import open_project

    with open_project(args.project, read_only=True) as project:
        rows = list_memos(project, args.term)
    for row in rows:
        cells = (
            row.target,
            row.name,
            row.title,
            row.author,
            utc_minute(row.updated),
            row.first_line(),
        )
        print("\t".join(" ".join(cell.split("\t")) for cell in cells))
    return 0


def _show(args: argparse.Namespace) -> int:
    from frameworkqda.core.memos import memo_text
    from frameworkqda.core.store import open_project

    with open_project(args.project, read_only=True) as project:
        with project.session() as session:
            target, target_id = _target(session, args)
        text = memo_text(project, target, target_id)
    sys.stdout.write(text if not text or text.endswith("\n") else text + "\n")
    return 0


def _set(args: argparse.Namespace) -> int:
    from pathlib import Path

    from frameworkqda.core.commands import AddFreeMemo, SetMemo
    from frameworkqda.core.memos import FREE, memo_name

    if args.text is not None:
        text = args.text
    elif args.file == "-":
        text = sys.stdin.read()
    else:
        text = Path(args.file).read_text(encoding="utf-8")
    with open_for(args) as project:
        with project.session() as session:
            target, target_id = _target(session, args, free_missing=True)
        if target == FREE and target_id is None:  # not there yet: made, titled so
            made = AddFreeMemo(args.free, text)
            made.apply(project)
            target_id, said = made.memo_id, "made {}"
        else:
            SetMemo(target, target_id, text).apply(project)
            said = "wrote {}" if text.strip() else "emptied {}"
        with project.session() as session:
            what = memo_name(session, target, target_id)
    print(said.format(what))
    return 0


def _rename(args: argparse.Namespace) -> int:
    from frameworkqda.core import model
    from frameworkqda.core.commands import RenameFreeMemo
    from frameworkqda.core.memos import FREE, memo_name

    with open_for(args) as project:
        with project.session() as session:
            memo_id = _free_found(session, args.free)
            before = memo_name(session, FREE, memo_id)
        renaming = RenameFreeMemo(memo_id, args.new_title)
        renaming.apply(project)
        with project.session() as session:
            after = session.get(model.Memo, memo_id)
            title = after.title if after is not None else args.new_title
    print(f"renamed {before} to “{title}”")
    return 0


def _delete(args: argparse.Namespace) -> int:
    from frameworkqda.core.commands import DeleteFreeMemo
    from frameworkqda.core.memos import FREE, memo_name

    with open_for(args) as project:
        with project.session() as session:
            memo_id = _free_found(session, args.free)
            what = memo_name(session, FREE, memo_id)
        DeleteFreeMemo(memo_id).apply(project)
    print(f"deleted {what}")
    return 0
