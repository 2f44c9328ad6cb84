"""Charting (stage 4): the framework matrix of cases × measures, its cells and their evidence.

The matrix is built from three aggregated queries (segment counts per case and code with
``GROUP BY``, the chart cells, the value scale), never by loading segment objects, so it stays
fast at 200,000 segments. A cell's evidence (the segments themselves) is loaded on demand.

A cell is *present* when its value counts as present; with no value set, exactly when it has
evidence. "No" and "no evidence" stay different things: the first is a researcher's finding.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
from sqlalchemy import CTE, func, select
from sqlalchemy.orm import Session

from frameworkqda.core import model
from frameworkqda.core.codebook import CodeNode, tree
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.store import Project
from frameworkqda.core.words import cite, is_japanese, plural

if TYPE_CHECKING:  # pandas is loaded when a matrix is built: setting a cell, undo, the GUI's
    import pandas as pd  # start and the command line's cell verb do without its 0.5 s import

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
        import pandas as pd

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

    A theme without sub-codes is its own single column. A heading-only code (REFI
    ``isCodable="false"``) is never a column; the codes below it still are.
    """
    by_id = {node.id: node for node in nodes}
    columns: list[tuple[CodeNode, str, str]] = []
    for theme in (node for node in nodes if node.depth == 0):
        below = [node for node in nodes if node.theme_id == theme.id and node.depth > 0]
        if not below and theme.codable:
            columns.append((theme, theme.name, theme.name))
        below = [node for node in below if node.codable]
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


def _evidence_counts(session: Session) -> list[tuple[int, int, int]]:
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

    for case_id, code_id, count in _evidence_counts(session):
        col = column_index.get(code_id)
        if col is not None:
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
    return [item for _, item in _evidence_rows(session, case_id, code_id)]


def _evidence_rows(
    session: Session, case_id: int, code_id: int | None = None
) -> list[tuple[int, Evidence]]:
    """(code id, evidence) in a case's documents, of one code or of every code."""
    quote = func.substr(
        model.Document.text, model.Segment.start + 1, model.Segment.end - model.Segment.start
    )
    query = (
        select(
            model.Segment.code_id,
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
        .where(model.Document.case_id == case_id)
        .order_by(model.Document.position, model.Document.id, model.Segment.start)
    )
    if code_id is not None:
        query = query.where(model.Segment.code_id == code_id)
    rows = session.execute(query).all()
    pages = _page_finder(session, {row[2] for row in rows})
    found: list[tuple[int, Evidence]] = []
    for code, segment_id, document_id, name, start, end, text, note, translation in rows:
        page = pages(document_id, start)
        found.append(
            (
                code,
                Evidence(segment_id, document_id, name, start, end, text, page, note, translation),
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


def quote_line(item: Evidence) -> str:
    """One quote as a summary prints it: “text” (document, p. N) [EN: translation]."""
    quote = " ".join(item.quote.split())
    if len(quote) > QUOTE_LIMIT:
        quote = quote[: QUOTE_LIMIT - 1] + "…"
    where = item.document if item.page is None else f"{item.document}, p. {item.page}"
    line = f"{cite(quote)}({where})" if is_japanese(quote) else f"{cite(quote)} ({where})"
    if item.translation.strip():
        line += f" [EN: {' '.join(item.translation.split())}]"
    return line


def draft_summary(items: list[Evidence]) -> str:
    """A first draft of a cell summary: how many passages where, then each quote ("" if none)."""
    if not items:
        return ""
    documents = ", ".join(dict.fromkeys(item.document for item in items))
    head = f"{plural(len(items), 'passage')} in {documents}."
    return "\n".join([head, *(quote_line(item) for item in items)])


def cell_state_in(session: Session, case_id: int, code_id: int) -> CellState:
    cell = _cell(session, case_id, code_id)
    if cell is None:
        return CellState(case_id, code_id, False)
    return CellState(case_id, code_id, True, cell.summary, cell.value_id, cell.coder_id)


def cell_id_in(session: Session, case_id: int, code_id: int) -> int | None:
    cell = _cell(session, case_id, code_id)
    return None if cell is None else cell.id


def cell_state(project: Project, case_id: int, code_id: int) -> CellState:
    with project.session() as session:
        return cell_state_in(session, case_id, code_id)


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


class Draft(NamedTuple):
    """An auto-drafted summary for one empty cell."""

    case_id: int
    code_id: int
    summary: str


class Cancelled(Exception):
    """Drafting was cancelled; nothing was written."""


def plan_drafts_in(
    session: Session,
    *,
    progress: Callable[[int, int], object] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[Draft]:
    """Drafts for every cell that has evidence and an empty summary; reads, never writes.

    Works case by case (one evidence query per case); ``progress(done, total)`` is called
    after each case and ``cancel()`` before each, raising :class:`Cancelled` when it says so.
    """
    written = {
        (case_id, code_id)
        for case_id, code_id, summary in session.execute(
            select(model.ChartCell.case_id, model.ChartCell.code_id, model.ChartCell.summary)
        )
        if summary.strip()
    }
    wanted: dict[int, set[int]] = {}
    for case_id, code_id, _ in _evidence_counts(session):
        if (case_id, code_id) not in written:
            wanted.setdefault(case_id, set()).add(code_id)
    cases = [
        case_id
        for case_id in session.scalars(
            select(model.Case.id).order_by(model.Case.position, model.Case.id)
        )
        if case_id in wanted
    ]
    drafts: list[Draft] = []
    for done, case_id in enumerate(cases):
        if cancel is not None and cancel():
            raise Cancelled("drafting cancelled")
        by_code: dict[int, list[Evidence]] = {}
        for code_id, item in _evidence_rows(session, case_id):
            if code_id in wanted[case_id]:
                by_code.setdefault(code_id, []).append(item)
        drafts.extend(
            Draft(case_id, code_id, draft_summary(items)) for code_id, items in by_code.items()
        )
        if progress is not None:
            progress(done + 1, len(cases))
    return drafts


def plan_drafts(
    project: Project,
    *,
    progress: Callable[[int, int], object] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[Draft]:
    with project.session() as session:
        return plan_drafts_in(session, progress=progress, cancel=cancel)


def write_drafts_in(session: Session, drafts: list[Draft], coder_id: int | None) -> list[CellState]:
    """Write drafts into cells whose summary is (still) empty; returns their states before."""
    cells = {(c.case_id, c.code_id): c for c in session.scalars(select(model.ChartCell))}
    cases = set(session.scalars(select(model.Case.id)))
    codes = set(session.scalars(select(model.Code.id)))
    before: list[CellState] = []
    for case_id, code_id, summary in drafts:
        cell = cells.get((case_id, code_id))
        if not summary or case_id not in cases or code_id not in codes:
            continue
        if cell is None:
            before.append(CellState(case_id, code_id, False))
            cell = model.ChartCell(case_id=case_id, code_id=code_id, summary="")
            session.add(cell)
            cells[(case_id, code_id)] = cell
        elif cell.summary.strip():
            continue
        else:
            before.append(
                CellState(case_id, code_id, True, cell.summary, cell.value_id, cell.coder_id)
            )
        cell.summary = summary
        cell.coder_id = coder_id
    session.flush()
    return before


def restore_cells_in(session: Session, states: list[CellState]) -> None:
    """Put many cells back to recorded states (one query to find them all)."""
    cells = {(c.case_id, c.code_id): c for c in session.scalars(select(model.ChartCell))}
    for state in states:
        cell = cells.get((state.case_id, state.code_id))
        if not state.exists:
            if cell is not None:
                session.delete(cell)
            continue
        if cell is None:
            cell = model.ChartCell(case_id=state.case_id, code_id=state.code_id)
            session.add(cell)
        cell.summary, cell.value_id, cell.coder_id = state.summary, state.value_id, state.coder_id
    session.flush()


def draft_empty_summaries(project: Project) -> int:
    """Draft every empty summary that has evidence; returns how many cells were drafted."""
    with project.transaction() as session:
        coder_id = project.coder(session).id
        return len(write_drafts_in(session, plan_drafts_in(session), coder_id))
