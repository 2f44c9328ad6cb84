"""``new`` and ``info``: creating a project and saying what it holds."""

from __future__ import annotations

import argparse

from frameworkqda.core.framework.templates import template_keys


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    new = subparsers.add_parser(
        "new",
        help="create a new project",
        description="Create a new project file (or initialise an empty PostgreSQL database).",
    )
    new.add_argument("project", help="project file (e.g. cities.fqda) or postgresql:// URL")
    new.add_argument(
        "--framework",
        choices=template_keys(),
        help="start the codebook from a framework template",
    )
    new.add_argument(
        "--language",
        choices=("en", "ja"),
        default="en",
        help="language of the value scale and of the template's themes and measures (ja: "
        "あり/なし…, MIPEX's Japanese area names)",
    )
    new.add_argument("--name", help="project title (default: the file name)")
    new.set_defaults(handler=_new)

    info = subparsers.add_parser(
        "info",
        help="show what a project holds",
        description="Print counts of documents, cases, codes and segments, and the schema version.",
    )
    info.add_argument("project", help="project file or postgresql:// URL")
    info.set_defaults(handler=_info)


def _new(args: argparse.Namespace) -> int:
    from frameworkqda.core.store import create_project

    with create_project(
        args.project, name=args.name, framework=args.framework, language=args.language
    ) as project:
        print(f"created {project.location}")
    return 0


def _info(args: argparse.Namespace) -> int:
    from frameworkqda.core.overview import overview
    from frameworkqda.core.store import open_project

    with open_project(args.project, read_only=True) as project:
        if project.backup_path is not None:
            print(f"upgraded the project; the previous version is kept at {project.backup_path}")
        figures = overview(project)
    rows = [
        ("project", figures.name),
        ("location", figures.location),
        ("framework", figures.framework or "-"),
        ("schema", figures.schema_revision or "-"),
        ("documents", str(figures.documents)),
        ("cases", str(figures.cases)),
        ("codes", str(figures.codes)),
        ("segments", str(figures.segments)),
        ("chart cells", str(figures.chart_cells)),
        ("memos", str(figures.memos)),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    return 0
