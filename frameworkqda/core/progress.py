"""How far a project has come through the five framework stages, for the stage navigator.

Each figure is ``done`` out of ``total`` with a short label: documents read, codes defined,
documents coded, cells charted, themes fully charted (every measure valued for every case).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import distinct, func, or_, select

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
    """The progress figure of every stage, in stage order.

    Three statements, not one a figure and one a theme: the window asks after every change
    (each import, each code), and on its own thread.
    """
    figures = select(
        *(
            query.scalar_subquery()
            for query in (
                select(func.count(model.Document.id)),
                select(func.count(model.Document.id)).where(model.Document.read_at.is_not(None)),
                select(func.count(distinct(model.Segment.document_id))),
                select(func.count(model.Case.id)),
                select(func.count(model.ChartCell.id)).where(
                    or_(model.ChartCell.value_id.is_not(None), model.ChartCell.summary != "")
                ),
            )
        )
    )
    with project.session() as session:
        documents, read, coded, cases, charted = (
            int(n or 0) for n in session.execute(figures).one()
        )
        tree = [(int(id_), parent) for id_, parent in session.execute(
            select(model.Code.id, model.Code.parent_id)
        )]  # fmt: skip
        valued = {
            int(code): int(n)
            for code, n in session.execute(
                select(model.ChartCell.code_id, func.count(model.ChartCell.id))
                .where(model.ChartCell.value_id.is_not(None))
                .group_by(model.ChartCell.code_id)
            )
        }
    parents = {parent for _, parent in tree if parent is not None}
    codes, themes = len(tree), sum(1 for _, parent in tree if parent is None)
    cells = sum(1 for id_, _ in tree if id_ not in parents) * cases  # leaves × cases
    complete_themes = _complete_themes(tree, valued, cases)
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


def _complete_themes(tree: list[tuple[int, int | None]], valued: dict[int, int], cases: int) -> int:
    """Themes whose every measure (a theme without measures: itself) has a value for every
    case (their table can be made). ``tree``: every code's id and parent; ``valued``: the
    cells with a value, counted by code."""
    if cases == 0:
        return 0
    measures: dict[int, list[int]] = {id_: [] for id_, parent in tree if parent is None}
    for id_, parent in tree:
        if parent in measures:
            measures[parent].append(id_)
    return sum(
        1
        for theme, children in measures.items()
        if sum(valued.get(code, 0) for code in children or [theme])
        >= len(children or [theme]) * cases
    )
