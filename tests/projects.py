"""Generated projects for tests and benchmarks that need scale: many cases, charted cells.

Written with SQLAlchemy Core bulk inserts (seconds, not minutes, for thousands of cases).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from frameworkqda.core import model
from frameworkqda.core.store import Project, create_project


def add_framework(
    session: Session, cases: int, themes: int, measures: int
) -> tuple[list[int], list[int], list[int]]:
    """Cases ``City 0000``…, themes ``Theme t`` of measures ``Measure t.m``; their ids."""
    session.execute(
        insert(model.Case), [{"name": f"City {i:04d}", "position": i} for i in range(cases)]
    )
    session.execute(
        insert(model.Code),
        [{"name": f"Theme {t}", "position": t, "colour": "#336699"} for t in range(themes)],
    )
    theme_ids = list(session.scalars(select(model.Code.id).order_by(model.Code.id)))
    session.execute(
        insert(model.Code),
        [
            {"name": f"Measure {t}.{m}", "parent_id": theme, "position": m}
            for t, theme in enumerate(theme_ids)
            for m in range(measures)
        ],
    )
    measure_ids = list(
        session.scalars(select(model.Code.id).where(model.Code.parent_id.is_not(None)))
    )
    case_ids = list(session.scalars(select(model.Case.id).order_by(model.Case.id)))
    return case_ids, theme_ids, measure_ids


def charted_project(
    path: Path, cases: int, *, themes: int = 3, measures: int = 4, summary: str = ""
) -> Project:
    """``cases`` cases × ``themes`` themes of ``measures`` measures, every cell charted with
    a value and ``summary``; theme scores for the rank table."""
    project = create_project(path, name=f"{cases} cases")
    with project.transaction() as session:
        case_ids, theme_ids, measure_ids = add_framework(session, cases, themes, measures)
        session.execute(
            insert(model.CodeScore),
            [{"code_id": t, "series": "Score", "value": 10 * i} for i, t in enumerate(theme_ids)],
        )
        value_ids = list(session.scalars(select(model.ChartValue.id)))
        session.execute(
            insert(model.ChartCell),
            [
                {
                    "case_id": case,
                    "code_id": code,
                    "summary": summary,
                    "value_id": value_ids[(c + m) % len(value_ids)],
                }
                for c, case in enumerate(case_ids)
                for m, code in enumerate(measure_ids)
            ],
        )
    return project
