"""``scores``: external scores per theme (e.g. MIPEX national scores) for the rank comparison.

Imports stay inside the verbs, so that ``frameworkqda --help`` does not load the core.
"""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "scores",
        help="import, list or delete external scores per theme",
        description='External scores per theme (e.g. "MIPEX 2015 Japan"), which '
        "`matrix --view ranks` ranks beside the counts. See docs/formats.md.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")  # bare: help (cli.lacking)
    load = actions.add_parser(
        "import",
        help="set scores from a CSV file",
        description="Read a UTF-8 CSV file with the header series,theme,score (one row per "
        "series and theme; themes matched by their name). Existing scores of the same series "
        "and theme are replaced. If any row is bad, every bad row is named and nothing is "
        "written.",
    )
    load.add_argument("project", help="project file or postgresql:// URL")
    load.add_argument("file", help="the CSV file")
    load.set_defaults(handler=_import)
    show = actions.add_parser(
        "list", help="print every score as CSV", description="Print series,theme,score rows."
    )
    show.add_argument("project", help="project file or postgresql:// URL")
    show.set_defaults(handler=_list)
    drop = actions.add_parser(
        "delete", help="delete a score series", description="Remove every score of a series."
    )
    drop.add_argument("project", help="project file or postgresql:// URL")
    drop.add_argument("series", help='e.g. "MIPEX 2015 Japan"')
    drop.set_defaults(handler=_delete)


def _import(args: argparse.Namespace) -> int:
    from frameworkqda.core.scores import SetScores, read_scores_csv
    from frameworkqda.core.store import open_project
    from frameworkqda.core.words import plural

    with open_project(args.project) as project:
        values = read_scores_csv(project, args.file)
        SetScores(values, f"Import scores from {args.file}").apply(project)
    series = {key[0] for key in values}
    print(f"imported {plural(len(values), 'score')} in {plural(len(series), 'series', 'series')}")
    return 0


def _list(args: argparse.Namespace) -> int:
    import sys

    from frameworkqda.core.csv_files import csv_writer
    from frameworkqda.core.numbers import format_number
    from frameworkqda.core.scores import HEADER, list_scores
    from frameworkqda.core.store import open_project

    with open_project(args.project, read_only=True) as project:
        scores = list_scores(project)
    writer = csv_writer(sys.stdout)
    writer.writerow(HEADER)
    for score in scores:
        writer.writerow([score.series, score.theme, format_number(score.value)])
    return 0


def _delete(args: argparse.Namespace) -> int:
    from frameworkqda.core.errors import NotFoundError
    from frameworkqda.core.scores import SetScores, series_values
    from frameworkqda.core.store import open_project
    from frameworkqda.core.words import plural

    with open_project(args.project) as project:
        values = series_values(project, args.series)
        if not values:
            raise NotFoundError(f"no score series named {args.series!r}")
        SetScores(values, f"Delete scores “{args.series}”").apply(project)
    print(f"deleted {plural(len(values), 'score')} of {args.series}")
    return 0
