"""What a project holds, in figures: for ``frameworkqda info`` and the GUI's status line.

The figures are read from the model's tables (SQLAlchemy Core), not through its mapped classes:
the first ORM query of a process configures every mapper (20-30 ms), which ``info`` would pay
for nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from frameworkqda.core import model
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
    counted = (model.Document, model.Case, model.Code, model.Segment, model.ChartCell, model.Memo)
    project_table = model.ProjectInfo.__table__
    statement = select(
        project_table.c.name,
        project_table.c.framework,
        *(
            select(func.count()).select_from(entity.__table__).scalar_subquery()
            for entity in counted
        ),
    )
    with project.session() as session:
        name, framework, *counts = session.execute(statement).one()
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
