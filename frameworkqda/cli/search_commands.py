"""``search``: every hit of a term across the project's documents, as the app's Search view
finds them (Japanese-aware folding; 1- and 2-character terms), one line a hit — stage 1 from a
terminal or a script, and a look at what ``autocode`` would code before it codes it."""

from __future__ import annotations

import argparse
import sys

from frameworkqda.core.words import plural

PROJECT_HELP = "project file or postgresql:// URL"
WHOLE_WORDS_HELP = (
    "a hit may not be part of a longer word of a script written with spaces "
    "('the' finds no 'other'; Japanese text is never cut by it)"
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search = subparsers.add_parser(
        "search",
        help="find every hit of a term",
        description="Print each hit of a term in the project's documents, tab-separated, by "
        "document and position: document, case, start, end (as `code` takes them), the text "
        "before, the hit, the text after (tabs and line breaks as spaces). Japanese-aware: "
        "full-width/half-width and compatibility forms match; 1- and 2-character terms work. "
        "The count goes to standard error.",
    )
    search.add_argument("project", help=PROJECT_HELP)
    search.add_argument("term", metavar="TEXT", help="the term to find")
    search.add_argument("--regex", action="store_true", help="TEXT is a regular expression")
    search.add_argument("--whole-words", action="store_true", help=WHOLE_WORDS_HELP)
    search.add_argument(
        "--document",
        action="append",
        metavar="NAME",
        help="only in this document, named or by id (repeatable)",
    )
    search.add_argument(
        "--case", action="append", metavar="NAME", help="only in this case's documents (repeatable)"
    )
    search.set_defaults(handler=_search)


def _search(args: argparse.Namespace) -> int:
    from frameworkqda.core.cases import resolve_case
    from frameworkqda.core.documents import resolve_document
    from frameworkqda.core.search import search_project
    from frameworkqda.core.store import open_project
    from frameworkqda.core.text.fold import check_term

    check_term(args.term, regex=args.regex)
    with open_project(args.project, read_only=True) as project:
        with project.session() as session:
            documents = [resolve_document(session, name) for name in args.document or []]
            cases = [resolve_case(session, name) for name in args.case or []]
        hits = search_project(
            project,
            args.term,
            regex=args.regex,
            whole_words=args.whole_words,
            document_ids=documents or None,
            case_ids=cases or None,
        )
    for hit in hits:
        cells = (
            hit.document_name,
            hit.case_name or "",
            str(hit.start),
            str(hit.end),
            hit.before,
            hit.match,
            hit.after,
        )
        print("\t".join(" ".join(cell.replace("\t", " ").splitlines()) for cell in cells))
    print(f"{plural(len(hits), 'hit')} in {plural(hits.documents, 'document')}", file=sys.stderr)
    return 0
