"""``document``: list the documents of a project, rename one, delete some (with their coded
passages and memos). Named and spelled like ``case``: ``document ACTION PROJECT …``."""

from __future__ import annotations

import argparse

from frameworkqda.cli.coder_option import add_coder_option, open_for
from frameworkqda.core.words import plural

PROJECT_HELP = "project file or postgresql:// URL"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "document",
        help="list, rename or delete documents",
        description="Manage the imported documents: document ACTION PROJECT … "
        "(import adds them: frameworkqda import).",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")  # bare: help (cli.lacking)
    rename = actions.add_parser(
        "rename",
        help="rename a document",
        description="Give a document a new name (unique in the project); the name of its "
        "original file is kept.",
    )
    rename.add_argument("project", help=PROJECT_HELP)
    rename.add_argument("name", help="document name or id")
    rename.add_argument("new_name", metavar="NEW_NAME", help="its new name")
    rename.set_defaults(handler=_rename)
    delete = actions.add_parser(
        "delete",
        help="delete documents",
        description="Delete documents with their text, pages, original file, coded passages "
        "(notes, translations) and memos. Chart cells and their summaries stay.",
    )
    delete.add_argument("project", help=PROJECT_HELP)
    delete.add_argument("names", nargs="+", metavar="NAME", help="document names or ids")
    add_coder_option(delete)  # the deletions log names who deleted them
    delete.set_defaults(handler=_delete)
    listed = actions.add_parser(
        "list",
        help="list documents",
        description="Print each document: name, case, kind, pages, coded passages, read, id "
        "(a verb takes a document by its name or its id).",
    )
    listed.add_argument("project", help=PROJECT_HELP)
    listed.set_defaults(handler=_list)


def _rename(args: argparse.Namespace) -> int:
    from frameworkqda.core import documents
    from frameworkqda.core.commands import RenameDocument
    from frameworkqda.core.documents import resolve_document
    from frameworkqda.core.store import open_project

    with open_project(args.project) as project:
        with project.session() as session:
            document_id = resolve_document(session, args.name)
        command = RenameDocument(document_id, args.new_name)
        command.apply(project)
    print(f"renamed document {command.before} to {documents.one_line_name(args.new_name).strip()}")
    return 0


def _delete(args: argparse.Namespace) -> int:
    from frameworkqda.core import coding
    from frameworkqda.core.commands import DeleteDocuments
    from frameworkqda.core.documents import resolve_document

    with open_for(args) as project:
        with project.session() as session:
            ids = list(dict.fromkeys(resolve_document(session, n) for n in args.names))
        others = coding.others_passages(project, ids)  # other coders' work goes too
        command = DeleteDocuments(ids)
        command.apply(project)
    names = ", ".join(row["name"] for row in command.saved["documents"])
    whose = ", ".join(f"{n} by {coder}" for coder, n in others.items())
    print(
        f"deleted {plural(len(ids), 'document')} ({names}) "
        f"with {plural(command.passages, 'coded passage')}"
        + (f", including {whose}" if whose else "")
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    from frameworkqda.core import cases, workspace
    from frameworkqda.core.store import open_project

    with open_project(args.project, read_only=True) as project:
        case_names = {case.id: case.name for case in cases.list_cases(project)}
        rows = workspace.documents(project)
    for row in rows:
        case = case_names.get(row.case_id, "-") if row.case_id is not None else "-"
        pages = plural(row.page_count, "page") if row.page_count else "-"
        read = "read" if row.read else "unread"
        coded = plural(row.segments, "coded passage")
        # the id last: the columns scripts read before stay where they were
        print(f"{row.name}\t{case}\t{row.kind}\t{pages}\t{coded}\t{read}\t{row.id}")
    return 0
