"""How far a project has come through the five framework stages, for the stage navigator.

Each figure is ``done`` out of ``total`` with a short label: documents read, codes defined,
documents coded, cells charted, themes fully charted (every measure valued for every case).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import distinct, func, or_, select
from sqlalchemy.orm import Session, aliased

from frameworkqda.core import model
from frameworkqda.core.store import Project
from frameworkqda.core.words import plural


@dataclass(frozen=True)
class StageProgress:
    stage: int  # 1..5
    done: int
    total: int
    label: str  # e.g. "3 of 5 documents read"
    detail: str = ""  # what the figure counts, for a tooltip
    themes: int = 0  # stage 2: themes among the codes (the GUI words its own label)

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


def stage_progress(project: Project) -> list[StageProgress]:
    """The progress figure of every stage, in stage order."""
    with project.session() as session:
        documents = _count(session, select(func.count(model.Document.id)))
        read = _count(
            session,
            select(func.count(model.Document.id)).where(model.Document.read_at.is_not(None)),
        )
        themes = _count(
            session, select(func.count(model.Code.id)).where(model.Code.parent_id.is_(None))
        )
        codes = _count(session, select(func.count(model.Code.id)))
        coded = _count(session, select(func.count(distinct(model.Segment.document_id))))
        child = aliased(model.Code)
        leaves = _count(
            session,
            select(func.count(model.Code.id)).where(
                ~select(child.id).where(child.parent_id == model.Code.id).exists()
            ),
        )
        cases = _count(session, select(func.count(model.Case.id)))
        charted = _count(
            session,
            select(func.count(model.ChartCell.id)).where(
                or_(model.ChartCell.value_id.is_not(None), model.ChartCell.summary != "")
            ),
        )
        cells = leaves * cases
        complete_themes = _complete_themes(session, cases)
    return [
        StageProgress(1, read, documents, f"{read} of {plural(documents, 'document')} read"),
        StageProgress(
            2, codes, codes, f"{plural(themes, 'theme')}, {plural(codes, 'code')}", themes=themes
        ),
        StageProgress(3, coded, documents, f"{coded} of {plural(documents, 'document')} coded"),
        StageProgress(4, charted, cells, f"{charted} of {plural(cells, 'cell')} charted"),
        StageProgress(
            5,
            complete_themes,
            themes,
            f"{complete_themes} of {plural(themes, 'theme')} fully charted",
            "A theme is fully charted when every one of its measures has a value for every "
            "case: its counts then rest on the researcher's values alone, not on evidence "
            "still waiting to be judged.",
        ),
    ]


def _count(session: Session, statement: object) -> int:
    return int(session.scalar(statement) or 0)  # type: ignore[call-overload]


def _complete_themes(session: Session, cases: int) -> int:
    """Themes whose every measure has a value for every case (their table can be made)."""
    if cases == 0:
        return 0
    complete = 0
    for theme in session.scalars(select(model.Code).where(model.Code.parent_id.is_(None))):
        measure_ids = [c.id for c in theme.children] or [theme.id]
        valued = _count(
            session,
            select(func.count(model.ChartCell.id)).where(
                model.ChartCell.code_id.in_(measure_ids), model.ChartCell.value_id.is_not(None)
            ),
        )
        if valued >= len(measure_ids) * cases:
            complete += 1
    return complete
