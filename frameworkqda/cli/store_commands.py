"""``check``, ``recover`` and ``upgrade``: the full check of a project file, rescuing a damaged
one, and upgrading one made by an older version.

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

    upgrade = subparsers.add_parser(
        "upgrade",
        help="upgrade a project made by an older version",
        description="Upgrade a project made by an older version of FrameworkQDA to this "
        "version's schema, as opening it in the app does. A project file is first copied "
        "beside itself (NAME.fqda.bak-REVISION-TIME), which is named. A server project has no "
        "such copy: take a backup with pg_dump first, and upgrade it as the role that owns its "
        'tables, PGOPTIONS="-c role=OWNER" (docs/server-setup.md). Reading verbs such as info '
        "never upgrade a server project; they say to run this.",
    )
    upgrade.add_argument("project", help="project file or postgresql:// URL")
    upgrade.set_defaults(handler=_upgrade)


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


def _upgrade(args: argparse.Namespace) -> int:
    from frameworkqda.core.store import ProjectLocation
    from frameworkqda.core.store.project import upgrade_project

    where = ProjectLocation.parse(args.project)
    done = upgrade_project(args.project)
    if done.before == done.after:
        print(f"{where}: already at this version's schema ({done.after})")
        return 0
    print(f"{where}: upgraded from schema {done.before} to {done.after}")
    if done.backup is not None:
        print(f"backup of the project as it was: {done.backup}")
    return 0
