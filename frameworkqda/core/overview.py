"""What a project holds, in figures: for ``frameworkqda info`` and the GUI's status line.

The figures are read from the tables (SQLAlchemy Core), not through the model's mapped classes:
``info`` loads neither the ORM nor the model (~390 M instructions, ~90 ms of CPU).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from frameworkqda.core import tables
from frameworkqda.core.store import Project


@dataclass(frozen=True)
class ProjectOverview:
    name: str
    location: str
    framework: str | None
    schema_revision: str | None
    documents: int
    cases: int
    codes: int
    segments: int
    chart_cells: int
    memos: int


def overview(project: Project) -> ProjectOverview:
    """The figures in one statement: the window's status line asks after every change."""
    counted = (
        tables.documents,
        tables.cases,
        tables.codes,
        tables.segments,
        tables.chart_cells,
        tables.memos,
    )
    statement = select(
        tables.project.c.name,
        tables.project.c.framework,
        *(select(func.count()).select_from(table).scalar_subquery() for table in counted),
    )
    with project.connect() as connection:
        name, framework, *counts = connection.execute(statement).one()
    documents, cases, codes, segments, chart_cells, memos = (int(n or 0) for n in counts)
    return ProjectOverview(
        name=name,
        location=str(project.location),
        framework=framework,
        schema_revision=project.schema_revision,
        documents=documents,
        cases=cases,
        codes=codes,
        segments=segments,
        chart_cells=chart_cells,
        memos=memos,
    )


@dataclass(frozen=True)
class CopyFacts:
    """What ``info`` names beside the figures so that a copy (``new`` then ``merge``) can be
    made the same: the language, the coders and the score series (name: themes scored)."""

    language: str | None
    coders: tuple[str, ...]
    series: dict[str, int]


def copy_facts(project: Project) -> CopyFacts:
    """The language, coders and score series; ``info`` only (the status line needs none)."""
    from frameworkqda.core.languages import project_language

    scores = tables.code_scores
    with project.connect() as connection:
        language = project_language(connection)
        coders = tuple(sorted(connection.scalars(select(tables.coders.c.name))))
        series = connection.execute(
            select(scores.c.series, func.count()).group_by(scores.c.series)
        ).all()
    # sorted here: one order on SQLite and PostgreSQL, whatever the server's collation
    return CopyFacts(language, coders, {name: int(n) for name, n in sorted(series)})
