"""``--coder NAME``: who the verbs that record an author (code, autocode, cell) write as, and
who the deleting verbs (document delete, case delete, case delete-attribute) delete as (the
deletions log, schema 0006). ``uncode``, whose ``--coder`` said whose coding to remove before it
logged its removals, takes who removes it as ``--as NAME`` (:func:`add_coder_option` with
``flag``).

The option is added centrally to whole verbs (``cli.AUTHORED_VERBS``) and by their modules to
the deleting actions; each such verb opens its project with :func:`open_for`, which sets the
project's current coder. Without it the login name is used (on PostgreSQL the role).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frameworkqda.core.store import Project


def add_coder_option(
    parser: argparse.ArgumentParser,
    flag: str = "--coder",
    help: str = "record the work under this coder (created on first use; default: your login name)",
) -> None:
    """Who the verb works as, read by :func:`open_for` (``args.coder``) under ``flag``."""
    parser.add_argument(flag, dest="coder", metavar="NAME", help=help)
    parser.set_defaults(coder_flag=flag)


def open_for(args: argparse.Namespace) -> Project:
    """The verb's project (``args.project``), with ``--coder`` as its current coder."""
    from frameworkqda.core.store import open_project

    project = open_project(args.project)
    coder = getattr(args, "coder", None)
    if coder is not None:
        if not coder.strip():
            project.close()
            from frameworkqda.core.errors import ValidationError

            raise ValidationError(f"{getattr(args, 'coder_flag', '--coder')} needs a name")
        project.coder_name = coder
    return project
