"""How far a project has come through the five framework stages, for the stage navigator.

Each figure is ``done`` out of ``total`` with a short label: documents read, codes defined,
documents coded, cells charted, themes fully charted (every measure valued for every case).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, distinct, func, or_, select

from frameworkqda.core import codebook, model
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
    drafts: int = 0  # stage 4: cells whose summary is an auto-draft to review (not charted)

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


def stage_progress(project: Project) -> list[StageProgress]:
    """The progress figure of every stage, in stage order.

    Charting counts the framework matrix's own cells (``codebook.matrix_columns`` × cases):
    not a heading-only code's, nor a theme's that has measures. Three statements, not one a
    figure and one a theme: the window asks after every change, on its own thread.
    """
    figures = select(
        *(
            query.scalar_subquery()
            for query in (
                select(func.count(model.Document.id)),
                select(func.count(model.Document.id)).where(model.Document.read_at.is_not(None)),
                select(func.count(distinct(model.Segment.document_id))),
                select(func.count(model.Case.id)),
            )
        )
    )
    # an auto-drafted summary is still to do (drafts.py), with a value set or not
    charted_cell = and_(
        or_(model.ChartCell.value_id.is_not(None), model.ChartCell.summary != ""),
        model.ChartCell.draft.is_(False),
    )
    by_code = select(
        model.ChartCell.code_id,
        func.count(model.ChartCell.id).filter(charted_cell),
        func.count(model.ChartCell.value_id),
        func.count(model.ChartCell.id).filter(model.ChartCell.draft.is_(True)),
    ).group_by(model.ChartCell.code_id)
    with project.session() as session:
        documents, read, coded, cases = (int(n or 0) for n in session.execute(figures).one())
        nodes = codebook.tree(session)
        cells = {
            int(code): (int(charted), int(valued), int(drafted))
            for code, charted, valued, drafted in session.execute(by_code)
        }
    columns = [node for node, _, _ in codebook.matrix_columns(nodes)]
    codes, themes = len(nodes), sum(1 for node in nodes if node.depth == 0)
    charted = sum(cells.get(node.id, (0, 0, 0))[0] for node in columns)
    drafts = sum(cells.get(node.id, (0, 0, 0))[2] for node in columns)
    by_theme: dict[int, list[int]] = {}
    for node in columns:
        by_theme.setdefault(node.theme_id, []).append(cells.get(node.id, (0, 0, 0))[1])
    complete_themes = sum(
        1 for valued in by_theme.values() if cases and all(n >= cases for n in valued)
    )
    charted_themes = len(by_theme)  # themes with a column in the matrix
    cells_total = len(columns) * cases
    return [
        StageProgress(1, read, documents, f"{read} of {plural(documents, 'document')} read"),
        StageProgress(
            2, codes, codes, f"{plural(themes, 'theme')}, {plural(codes, 'code')}", themes=themes
        ),
        StageProgress(3, coded, documents, f"{coded} of {plural(documents, 'document')} coded"),
        StageProgress(
            4,
            charted,
            cells_total,
            f"{charted} of {plural(cells_total, 'cell')} charted"
            + (f", {plural(drafts, 'draft')} to review" if drafts else ""),
            "A cell is charted when it has a value or a summary of the researcher's own: an "
            "auto-drafted summary (quotes of the evidence) counts once it is edited or accepted.",
            drafts=drafts,
        ),
        StageProgress(
            5,
            complete_themes,
            charted_themes,
            f"{complete_themes} of {plural(charted_themes, 'theme')} fully charted",
            "A theme is fully charted when every one of its measures has a value for every "
            "case: its counts then rest on the researcher's values alone, not on evidence "
            "still waiting to be judged.",
        ),
    ]
