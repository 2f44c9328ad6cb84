"""Charting (stage 4): the framework matrix of cases × measures, built in three queries.

The matrix is built from three aggregated queries (segment counts per case and code with
``GROUP BY``, the chart cells, the value scale), never by loading segment objects, so it stays
fast at 200,000 segments. A cell's evidence (the segments themselves) is loaded on demand.

A cell is *present* when its value counts as present; with no value set, exactly when it has
evidence. "No" and "no evidence" stay different things: the first is a researcher's finding.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
from sqlalchemy import CTE, func, select
from sqlalchemy.orm import Session

from frameworkqda.core import model
from frameworkqda.core.codebook import matrix_columns, tree
from frameworkqda.core.store import Project

if TYPE_CHECKING:  # pandas is loaded when a matrix is built: setting a cell, undo, the GUI's
    import pandas as pd  # start and the command line's cell verb do without its 0.5 s import


class MatrixCell(NamedTuple):
    """What one cell of the matrix shows."""

    summary: str
    value: str  # the value label, "" when none is set
    present: bool
    evidence: int  # number of coded segments behind the cell
    case_id: int
    code_id: int
    draft: bool = False  # the summary is an auto-draft, not yet the researcher's


@dataclass(frozen=True)
class FrameworkMatrix:
    """Cases × measures; every frame shares ``index`` (cases) and ``columns`` (theme, measure).

    ``transposed()`` gives measures × cases (the layout of a journal table).
    """

    summary: pd.DataFrame
    value: pd.DataFrame
    present: pd.DataFrame
    evidence: pd.DataFrame
    draft: pd.DataFrame  # True: the summary is an auto-draft, still to do (drafts.py)
    case_ids: tuple[int, ...]
    code_ids: tuple[int, ...]  # one per column
    themes: tuple[str, ...]  # top-level themes in codebook order
    theme_ids: tuple[int, ...]
    value_labels: tuple[str, ...]  # the scale, in order
    present_labels: tuple[str, ...]  # the labels that count as present
    is_transposed: bool = False

    @property
    def case_names(self) -> list[str]:
        axis = self.summary.columns if self.is_transposed else self.summary.index
        return [str(name) for name in axis]

    def transposed(self) -> FrameworkMatrix:
        return FrameworkMatrix(
            self.summary.T,
            self.value.T,
            self.present.T,
            self.evidence.T,
            self.draft.T,
            self.case_ids,
            self.code_ids,
            self.themes,
            self.theme_ids,
            self.value_labels,
            self.present_labels,
            not self.is_transposed,
        )

    def coded_without_value(self) -> int:
        """The cells present by their coded evidence alone, with no value set: counted in the
        counts, the ranks and ρ before the researcher charted them (docs/formats.md)."""
        return int((self.present.to_numpy() & (self.value.to_numpy() == "")).sum())

    def cells(self) -> pd.DataFrame:
        """The matrix as one DataFrame of :class:`MatrixCell` objects."""
        import pandas as pd

        summary, value = self.summary.to_numpy(), self.value.to_numpy()
        present, evidence = self.present.to_numpy(), self.evidence.to_numpy()
        draft = self.draft.to_numpy()
        rows, columns = summary.shape
        data = np.empty((rows, columns), dtype=object)
        for r in range(rows):
            for c in range(columns):
                case_id = self.case_ids[c if self.is_transposed else r]
                code_id = self.code_ids[r if self.is_transposed else c]
                data[r, c] = MatrixCell(
                    str(summary[r, c]),
                    str(value[r, c]),
                    bool(present[r, c]),
                    int(evidence[r, c]),
                    case_id,
                    code_id,
                    bool(draft[r, c]),
                )
        return pd.DataFrame(data, index=self.summary.index, columns=self.summary.columns)

    def of_cases(self, case_ids: Collection[int]) -> FrameworkMatrix:
        """Only the cases ``case_ids`` (in the matrix's order; ids it lacks are ignored): the
        matrix a case filter shows, as the exports write it."""
        wanted = set(case_ids)
        mask = np.asarray([case_id in wanted for case_id in self.case_ids], dtype=bool)

        def kept(frame: pd.DataFrame) -> pd.DataFrame:
            return frame.loc[:, mask] if self.is_transposed else frame.loc[mask, :]

        return FrameworkMatrix(
            kept(self.summary),
            kept(self.value),
            kept(self.present),
            kept(self.evidence),
            kept(self.draft),
            tuple(case_id for case_id, keep in zip(self.case_ids, mask, strict=True) if keep),
            self.code_ids,
            self.themes,
            self.theme_ids,
            self.value_labels,
            self.present_labels,
            self.is_transposed,
        )

    def theme_block(self, theme: str) -> FrameworkMatrix:
        """Only the measures of one theme (columns, or rows when transposed)."""
        untransposed = self.transposed() if self.is_transposed else self
        columns = untransposed.summary.columns
        mask = np.asarray(columns.get_level_values(0) == theme)
        block = FrameworkMatrix(
            untransposed.summary.loc[:, mask],
            untransposed.value.loc[:, mask],
            untransposed.present.loc[:, mask],
            untransposed.evidence.loc[:, mask],
            untransposed.draft.loc[:, mask],
            self.case_ids,
            tuple(code for code, keep in zip(self.code_ids, mask, strict=True) if keep),
            (theme,),
            tuple(t for t, name in zip(self.theme_ids, self.themes, strict=True) if name == theme),
            self.value_labels,
            self.present_labels,
        )
        return block.transposed() if self.is_transposed else block


def value_scale(session: Session) -> list[model.ChartValue]:
    return list(
        session.scalars(
            select(model.ChartValue).order_by(model.ChartValue.position, model.ChartValue.id)
        )
    )


@dataclass(frozen=True)
class ScaleValue:
    """One entry of the value scale as a front shows it (a chip in its colour, keys 1–9)."""

    id: int
    label: str
    present: bool  # counts as present
    colour: str


def scale(project: Project) -> list[ScaleValue]:
    """The project's value scale, in order."""
    with project.session() as session:
        return [
            ScaleValue(v.id, v.label, v.counts_as_present, v.colour) for v in value_scale(session)
        ]


def case_of_document() -> CTE:
    """(document id, case id) of every document in a case, materialised.

    Joining segments to ``documents`` itself makes SQLite walk each document's long text to
    reach ``case_id``: counting 200,000 segments took 1.8 s that way and 0.27 s through this
    (PostgreSQL 12+ reads the same syntax).
    """
    return (
        select(model.Document.id, model.Document.case_id)
        .where(model.Document.case_id.is_not(None))
        .cte("case_of_document")
        .prefix_with("MATERIALIZED")
    )


def evidence_counts(session: Session) -> list[tuple[int, int, int]]:
    """(case id, code id, number of segments) for every pair with coded evidence."""
    docs = case_of_document()
    rows = session.execute(
        select(docs.c.case_id, model.Segment.code_id, func.count())
        .join(docs, model.Segment.document_id == docs.c.id)
        .group_by(docs.c.case_id, model.Segment.code_id)
    )
    return [(int(case_id), int(code_id), int(count)) for case_id, code_id, count in rows]


def build_matrix_in(session: Session) -> FrameworkMatrix:
    import pandas as pd

    nodes = tree(session)
    columns = matrix_columns(nodes)
    cases = session.execute(
        select(model.Case.id, model.Case.name).order_by(model.Case.position, model.Case.id)
    ).all()
    scale = value_scale(session)
    labels = {value.id: value.label for value in scale}
    counts_present = {value.id: value.counts_as_present for value in scale}

    case_index = {case_id: row for row, (case_id, _) in enumerate(cases)}
    column_index = {node.id: col for col, (node, _, _) in enumerate(columns)}
    shape = (len(cases), len(columns))
    evidence = np.zeros(shape, dtype=np.int64)
    summary = np.full(shape, "", dtype=object)
    value = np.full(shape, "", dtype=object)
    present_by_value = np.zeros(shape, dtype=bool)
    value_set = np.zeros(shape, dtype=bool)
    draft = np.zeros(shape, dtype=bool)

    for case_id, code_id, count in evidence_counts(session):
        col = column_index.get(code_id)
        if col is not None:
            evidence[case_index[case_id], col] = count
    for case_id, code_id, text, value_id, drafted in session.execute(
        select(
            model.ChartCell.case_id,
            model.ChartCell.code_id,
            model.ChartCell.summary,
            model.ChartCell.value_id,
            model.ChartCell.draft,
        )
    ):
        col = column_index.get(code_id)
        if col is None:
            continue
        row = case_index[case_id]
        summary[row, col] = text
        draft[row, col] = bool(drafted)
        if value_id is not None:
            value[row, col] = labels[value_id]
            value_set[row, col] = True
            present_by_value[row, col] = counts_present[value_id]
    present = np.where(value_set, present_by_value, evidence > 0)

    index = pd.Index([name for _, name in cases], name="case")
    header = pd.MultiIndex.from_tuples(
        [(theme, measure) for _, theme, measure in columns], names=["theme", "measure"]
    )

    def frame(data: np.ndarray[Any, Any]) -> pd.DataFrame:
        return pd.DataFrame(data, index=index, columns=header)

    themes = [node for node in nodes if node.depth == 0]
    return FrameworkMatrix(
        summary=frame(summary),
        value=frame(value),
        present=frame(present),
        evidence=frame(evidence),
        draft=frame(draft),
        case_ids=tuple(case_id for case_id, _ in cases),
        code_ids=tuple(node.id for node, _, _ in columns),
        themes=tuple(theme.name for theme in themes),
        theme_ids=tuple(theme.id for theme in themes),
        value_labels=tuple(value.label for value in scale),
        present_labels=tuple(value.label for value in scale if value.counts_as_present),
    )


def build_matrix(project: Project) -> FrameworkMatrix:
    """The whole framework matrix: rows are cases, columns (theme, measure)."""
    with project.session() as session:
        return build_matrix_in(session)
