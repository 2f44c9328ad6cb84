"""``merge``: bring another coder's copy of the study (``.fqda`` or REFI-QDA ``.qdpx``) in."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    merge = subparsers.add_parser(
        "merge",
        help="merge another copy of the study (.fqda or .qdpx) into a project",
        description="Bring OTHER's documents, codes, theme scores, cases, segments, chart cells "
        "and memos into TARGET under their own coders, in one transaction: nothing TARGET "
        "holds is changed, what it lacks is added, what is ambiguous (or a score that "
        "differs) is reported and skipped; two codebooks that share no code are warned of "
        "first. Where "
        "both chart the same cell differently, TARGET's cell is kept and OTHER's is kept "
        "as its coder's charting, for agreement --cells and Compare coders (in the cell's "
        "memo only where no charting can hold it). Merging the same file again adds "
        "nothing. See docs/teamwork.md.",
    )
    merge.add_argument("target", help="the project to merge into (file or postgresql:// URL)")
    merge.add_argument("other", help="the other project (.fqda, postgresql:// URL, .qdpx, .qde)")
    merge.set_defaults(handler=_merge)


def _merge(args: argparse.Namespace) -> int:
    from frameworkqda.core.merge import merge_project
    from frameworkqda.core.store import open_project

    with open_project(args.target) as project:
        summary = merge_project(project, args.other)
    print("\n".join(summary.lines()))
    return 0
