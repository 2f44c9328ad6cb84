"""``new`` and ``info``: creating a project and saying what it holds.

``new`` on a project that is there already, with what the command line gives (framework,
language, name), says so and succeeds, as ``mkdir -p`` does, so a script can run again; a
project that differs in what was given, or a file that is no project, is refused.
"""

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
        help="language of the value scale and of the template's themes and measures (ja: "
        "あり/なし…, MIPEX's Japanese area names; default en)",
    )
    new.add_argument("--name", help="project title (default: the file name)")
    new.epilog = (
        "A project already there that matches what is given (framework, language, name) is "
        "left as it is: 'already present', exit status 0; one that differs is refused."
    )
    new.set_defaults(handler=_new)

    info = subparsers.add_parser(
        "info",
        help="show what a project holds",
        description="Print counts of documents, cases, codes and segments, and the schema version.",
    )
    info.add_argument("project", help="project file or postgresql:// URL")
    info.set_defaults(handler=_info)


def _new(args: argparse.Namespace) -> int:
    from frameworkqda.cli.loading import MODEL, load
    from frameworkqda.core.errors import ProjectExistsError
    from frameworkqda.core.store import create_project

    if args.framework is not None:  # its template is applied through the model (cli.CORE_VERBS)
        load(MODEL)
    try:
        project = create_project(
            args.project, name=args.name, framework=args.framework, language=args.language or "en"
        )
    except ProjectExistsError as exists:
        _same_as_given(args, exists)
        return 0
    with project:
        print(f"created {project.location}")
    return 0


def _same_as_given(args: argparse.Namespace, exists: Exception) -> None:
    """Say 'already present' when the project there has what ``new`` was given; else refuse
    (a file that is no project: the error ``new`` gave)."""
    from sqlalchemy import select

    from frameworkqda.core import tables
    from frameworkqda.core.default_scale import VALUE_LABELS, default_value_scale
    from frameworkqda.core.errors import FrameworkQDAError, ValidationError
    from frameworkqda.core.store import open_project

    try:
        project = open_project(args.project, read_only=True)
    except FrameworkQDAError:
        raise exists from None
    with project, project.connect() as connection:
        info = connection.execute(select(tables.project.c.name, tables.project.c.framework)).one()
        values = tables.chart_values.c
        labels = tuple(connection.scalars(select(values.label).order_by(values.position)))
        location = project.location
    differs = []
    if args.framework is not None and info.framework != args.framework:
        differs.append(f"framework {info.framework or 'none'}, not {args.framework}")
    if args.name is not None and info.name != args.name:
        differs.append(f"name {info.name!r}, not {args.name!r}")
    scales = {"en": tuple(label for label, _, _ in default_value_scale("en"))}
    scales.update(VALUE_LABELS)
    told = [language for language, scale in scales.items() if scale == labels]
    if args.language is not None and told and args.language not in told:
        differs.append(f"language {told[0]}, not {args.language}")
    if differs:
        raise ValidationError(f"{location}: a project is there already, with {'; '.join(differs)}")
    print(f"already present: {location}")


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
