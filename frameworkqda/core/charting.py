"""Charting (stage 4): the framework matrix of cases × measures, its cells and their evidence.

The matrix is built from three aggregated queries (segment counts per case and code with
``GROUP BY``, the chart cells, the value scale), never by loading segment objects, so it stays
fast at 200,000 segments. A cell's evidence (the segments themselves) is loaded on demand.

A cell is *present* when its value counts as present; with no value set, exactly when it has
evidence. "No" and "no evidence" stay different things: the first is a researcher's finding.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frameworkqda.core import model
from frameworkqda.core.codebook import CodeNode, tree
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.store import Project

QUOTE_LIMIT = 300  # characters of a quote kept in an auto-drafted summary


class MatrixCell(NamedTuple):
    """What one cell of the matrix shows."""

    summary: str
    value: str  # the value label, "" when none is set
    present: bool
    evidence: int  # number of coded segments behind the cell
    case_id: int
    code_id: int


@dataclass(frozen=True)
class FrameworkMatrix:
    """Cases × measures; every frame shares ``index`` (cases) and ``columns`` (theme, measure).

    ``transposed()`` gives measures × cases (the layout of a journal table).
    """

    summary: pd.DataFrame
    value: pd.DataFrame
    present: pd.DataFrame
    evidence: pd.DataFrame
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
            self.case_ids,
            self.code_ids,
            self.themes,
            self.theme_ids,
            self.value_labels,
            self.present_labels,
            not self.is_transposed,
        )

    def cells(self) -> pd.DataFrame:
        """The matrix as one DataFrame of :class:`MatrixCell` objects."""
        summary, value = self.summary.to_numpy(), self.value.to_numpy()
        present, evidence = self.present.to_numpy(), self.evidence.to_numpy()
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
                )
        return pd.DataFrame(data, index=self.summary.index, columns=self.summary.columns)

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
            self.case_ids,
            tuple(code for code, keep in zip(self.code_ids, mask, strict=True) if keep),
            (theme,),
            tuple(t for t, name in zip(self.theme_ids, self.themes, strict=True) if name == theme),
            self.value_labels,
            self.present_labels,
        )
        return block.transposed() if self.is_transposed else block


@dataclass(frozen=True)
class Evidence:
    """One coded segment behind a cell, with its quote and where it is found."""

    segment_id: int
    document_id: int
    document: str
    start: int
    end: int
    quote: str
    page: int | None
    note: str
    translation: str


@dataclass(frozen=True)
class CellState:
    """A cell as it was, so a change can be undone (``exists=False``: there was no row)."""

    case_id: int
    code_id: int
    exists: bool
    summary: str = ""
    value_id: int | None = None
    coder_id: int | None = None


def matrix_columns(nodes: list[CodeNode]) -> list[tuple[CodeNode, str, str]]:
    """(code, theme name, measure label) for every column: each code below a theme, in tree order.

    A theme without sub-codes is its own single column.
    """
    by_id = {node.id: node for node in nodes}
    columns: list[tuple[CodeNode, str, str]] = []
    for theme in (node for node in nodes if node.depth == 0):
        below = [node for node in nodes if node.theme_id == theme.id and node.depth > 0]
        if not below:
            columns.append((theme, theme.name, theme.name))
        for node in below:
            names = [node.name]
            parent = node.parent_id
            while parent is not None and by_id[parent].depth > 0:
                names.insert(0, by_id[parent].name)
                parent = by_id[parent].parent_id
            columns.append((node, theme.name, " / ".join(names)))
    return columns


def value_scale(session: Session) -> list[model.ChartValue]:
    return list(
        session.scalars(
            select(model.ChartValue).order_by(model.ChartValue.position, model.ChartValue.id)
        )
    )


def build_matrix_in(session: Session) -> FrameworkMatrix:
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

    # Count per document first, then join the (few) documents: joining every segment to its
    # document row makes SQLite walk past the document text to reach case_id (5x slower).
    per_document = (
        select(
            model.Segment.document_id,
            model.Segment.code_id,
            func.count().label("n"),
        )
        .group_by(model.Segment.document_id, model.Segment.code_id)
        .subquery()
    )
    counted = session.execute(
        select(model.Document.case_id, per_document.c.code_id, func.sum(per_document.c.n))
        .join(per_document, per_document.c.document_id == model.Document.id)
        .where(model.Document.case_id.is_not(None))
        .group_by(model.Document.case_id, per_document.c.code_id)
    )
    for case_id, code_id, count in counted:
        col = column_index.get(code_id)
        if col is not None and case_id is not None:
            evidence[case_index[case_id], col] = count
    for case_id, code_id, text, value_id in session.execute(
        select(
            model.ChartCell.case_id,
            model.ChartCell.code_id,
            model.ChartCell.summary,
            model.ChartCell.value_id,
        )
    ):
        col = column_index.get(code_id)
        if col is None:
            continue
        row = case_index[case_id]
        summary[row, col] = text
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


def evidence_in(session: Session, case_id: int, code_id: int) -> list[Evidence]:
    """The segments of ``code_id`` in the documents of ``case_id``, in document order."""
    quote = func.substr(
        model.Document.text, model.Segment.start + 1, model.Segment.end - model.Segment.start
    )
    rows = session.execute(
        select(
            model.Segment.id,
            model.Document.id,
            model.Document.name,
            model.Segment.start,
            model.Segment.end,
            quote,
            model.Segment.note,
            model.Segment.translation,
        )
        .join(model.Document, model.Document.id == model.Segment.document_id)
        .where(model.Document.case_id == case_id, model.Segment.code_id == code_id)
        .order_by(model.Document.position, model.Document.id, model.Segment.start)
    ).all()
    found: list[Evidence] = []
    pages = _page_finder(session, {row[1] for row in rows})
    for segment_id, document_id, name, start, end, text, note, translation in rows:
        found.append(
            Evidence(
                segment_id,
                document_id,
                name,
                start,
                end,
                text,
                pages(document_id, start),
                note,
                translation,
            )
        )
    return found


def evidence(project: Project, case_id: int, code_id: int) -> list[Evidence]:
    with project.session() as session:
        return evidence_in(session, case_id, code_id)


def _page_finder(session: Session, document_ids: set[int]) -> Any:
    ranges: dict[int, list[tuple[int, int, int]]] = {}
    if document_ids:
        for document_id, number, start, end in session.execute(
            select(
                model.DocumentPage.document_id,
                model.DocumentPage.page_number,
                model.DocumentPage.char_start,
                model.DocumentPage.char_end,
            ).where(model.DocumentPage.document_id.in_(document_ids))
        ):
            ranges.setdefault(document_id, []).append((start, end, number))

    def page(document_id: int, offset: int) -> int | None:
        for start, end, number in ranges.get(document_id, []):
            if start <= offset < end:
                return number
        return None

    return page


def draft_summary(items: list[Evidence]) -> str:
    """A first draft of a cell summary: each quote with its document, page and translation."""
    lines = []
    for item in items:
        quote = " ".join(item.quote.split())
        if len(quote) > QUOTE_LIMIT:
            quote = quote[: QUOTE_LIMIT - 1] + "…"
        where = item.document if item.page is None else f"{item.document}, p. {item.page}"
        line = f"「{quote}」({where})" if _is_japanese(quote) else f"“{quote}” ({where})"
        if item.translation.strip():
            line += f" [EN: {' '.join(item.translation.split())}]"
        lines.append(line)
    return "\n".join(lines)


def _is_japanese(text: str) -> bool:
    """Quotes in Japanese get 「」 brackets, as Japanese texts cite."""
    return any(
        "\u3040" <= char <= "\u30ff" or "\u4e00" <= char <= "\u9fff" or "\uff66" <= char <= "\uff9f"
        for char in text
    )


def cell_state_in(session: Session, case_id: int, code_id: int) -> CellState:
    cell = _cell(session, case_id, code_id)
    if cell is None:
        return CellState(case_id, code_id, False)
    return CellState(case_id, code_id, True, cell.summary, cell.value_id, cell.coder_id)


def cell_id_in(session: Session, case_id: int, code_id: int) -> int | None:
    cell = _cell(session, case_id, code_id)
    return None if cell is None else cell.id


def _cell(session: Session, case_id: int, code_id: int) -> model.ChartCell | None:
    return session.scalars(
        select(model.ChartCell).where(
            model.ChartCell.case_id == case_id, model.ChartCell.code_id == code_id
        )
    ).first()


def resolve_value(session: Session, label: str) -> int:
    """The id of a value of the scale, by label (case and spacing ignored)."""
    wanted = " ".join(label.split()).casefold()
    scale = value_scale(session)
    for value in scale:
        if " ".join(value.label.split()).casefold() == wanted:
            return value.id
    choices = ", ".join(value.label for value in scale)
    raise ValidationError(f"{label!r} is not on the value scale; choose one of: {choices}")


def set_cell_in(
    session: Session,
    case_id: int,
    code_id: int,
    *,
    summary: str | None = None,
    value: str | None = None,
    clear_value: bool = False,
    coder_id: int | None = None,
    cell_id: int | None = None,
) -> CellState:
    """Set a cell's summary and/or value (by label); returns the state before.

    ``cell_id`` gives a cell created here that id (a redo keeps the id memos refer to).
    """
    if session.get(model.Case, case_id) is None:
        raise NotFoundError(f"no case with id {case_id}")
    if session.get(model.Code, code_id) is None:
        raise NotFoundError(f"no code with id {code_id}")
    before = cell_state_in(session, case_id, code_id)
    cell = _cell(session, case_id, code_id)
    if cell is None:
        cell = model.ChartCell(case_id=case_id, code_id=code_id, summary="")
        if cell_id is not None:
            cell.id = cell_id
        session.add(cell)
    if summary is not None:
        cell.summary = summary
    if value is not None:
        cell.value_id = resolve_value(session, value)
    if clear_value:
        cell.value_id = None
    cell.coder_id = coder_id
    session.flush()
    return before


def set_cell(
    project: Project,
    case_id: int,
    code_id: int,
    *,
    summary: str | None = None,
    value: str | None = None,
    clear_value: bool = False,
) -> CellState:
    with project.transaction() as session:
        return set_cell_in(
            session,
            case_id,
            code_id,
            summary=summary,
            value=value,
            clear_value=clear_value,
            coder_id=project.coder(session).id,
        )


def restore_cell_in(session: Session, state: CellState) -> None:
    """Put a cell back to a recorded state (removing it if it did not exist)."""
    cell = _cell(session, state.case_id, state.code_id)
    if not state.exists:
        if cell is not None:
            session.delete(cell)
        session.flush()
        return
    if cell is None:
        cell = model.ChartCell(case_id=state.case_id, code_id=state.code_id)
        session.add(cell)
    cell.summary, cell.value_id, cell.coder_id = state.summary, state.value_id, state.coder_id
    session.flush()


def draft_cell_in(
    session: Session, case_id: int, code_id: int, coder_id: int | None, cell_id: int | None = None
) -> bool:
    """Write an auto-drafted summary into a cell whose summary is empty; never overwrites."""
    state = cell_state_in(session, case_id, code_id)
    if state.summary.strip():
        return False
    draft = draft_summary(evidence_in(session, case_id, code_id))
    if not draft:
        return False
    set_cell_in(session, case_id, code_id, summary=draft, coder_id=coder_id, cell_id=cell_id)
    return True


def draft_empty_summaries(project: Project) -> int:
    """Draft every empty summary that has evidence; returns how many cells were drafted."""
    with project.transaction() as session:
        coder_id = project.coder(session).id
        pairs = session.execute(
            select(model.Document.case_id, model.Segment.code_id)
            .join(model.Document, model.Document.id == model.Segment.document_id)
            .where(model.Document.case_id.is_not(None))
            .distinct()
        ).all()
        return sum(
            draft_cell_in(session, case_id, code_id, coder_id)
            for case_id, code_id in pairs
            if case_id is not None
        )
