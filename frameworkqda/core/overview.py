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
    def count(entity: type[model.Base]) -> int:
        return session.scalar(select(func.count()).select_from(entity.__table__)) or 0

    project_table = model.ProjectInfo.__table__
    with project.session() as session:
        info = session.execute(select(project_table.c.name, project_table.c.framework)).one()
        return ProjectOverview(
            name=info.name,
            location=str(project.location),
            framework=info.framework,
            schema_revision=project.schema_revision,
            documents=count(model.Document),
            cases=count(model.Case),
            codes=count(model.Code),
            segments=count(model.Segment),
            chart_cells=count(model.ChartCell),
            memos=count(model.Memo),
        )
