"""``check`` and ``recover``: the full check of a project file, and rescuing a damaged one.

The core modules are imported inside the commands, so ``frameworkqda --help`` stays quick.
"""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = subparsers.add_parser(
        "check",
        help="check a project file for damage",
        description="Run SQLite's full integrity check and foreign key check on a project file, "
        "writing nothing. Exit status 1 when the file is damaged.",
    )
    check.add_argument("project", help="project file")
    check.set_defaults(handler=_check)

    recover = subparsers.add_parser(
        "recover",
        help="copy what a damaged project still holds into a new file",
        description="Copy every row that can still be read from a damaged project into a NEW "
        "project file (the damaged one is not touched), and name the newest backup. A file "
        "there already holding just what a recovery would write (recovered before) is 'already "
        "present'; any other file of that name is refused.",
    )
    recover.add_argument("project", help="the damaged project file")
    recover.add_argument(
        "-o", "--output", metavar="NEW", help="the new file (default: NAME-recovered.fqda)"
    )
    recover.set_defaults(handler=_recover)


def _check(args: argparse.Namespace) -> int:
    from frameworkqda.core.store.integrity import check_project

    report = check_project(args.project)
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


def _recover(args: argparse.Namespace) -> int:
    from frameworkqda.core.store.integrity import recover_project

    report = recover_project(args.project, args.output)
    print("\n".join(report.lines()))
    return 0
