"""The framework matrix as the desktop app reads and writes it (stages 4–5).

INTERIM: the charting engine (issue 4: ``core/charting.py``, ``core/mapping.py``) had not
landed when the matrix view was built, so this module is the small, documented contract the
Qt models are written against. When the engine lands, these functions become thin adapters
over it (or the views call it directly); the shapes below are what the views rely on.

Contract (all ids are database ids, all positions code points):

- ``load_matrix(project) -> MatrixData``
  - ``cases``: list of ``(case_id, name)`` in case order;
  - ``measures``: list of :class:`Measure` (leaf codes, codebook order, each with its theme);
  - ``cells``: DataFrame indexed by ``(case_id, code_id)``, columns ``value_id`` (Int64, NA for
    none), ``summary`` (str), ``evidence`` (int: segments of that code in that case's
    documents). Only pairs with a cell or evidence have a row.
  - ``values``: the value scale (:class:`ValueOption`, in order).
- ``set_cell(project, case_id, code_id, summary=…, value_id=…) -> CellState`` (previous state,
  for undo; ``restore_cell`` puts it back).
- ``evidence(project, case_id, code_id) -> list[ReviewRow]`` (quotes with page, translation).
- ``auto_draft(project, case_id, code_id) -> str``.
- ``counts(project, group) -> DataFrame`` and ``ranks(project, series, case_id)``: see below.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sqlalchemy import func, select

from frameworkqda.core import model, review
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.store import Project

_UNSET = object()


@dataclass(frozen=True)
class Measure:
    id: int
    name: str
    theme_id: int
    theme: str
    colour: str


@dataclass(frozen=True)
class ValueOption:
    id: int
    label: str
    present: bool
    colour: str


@dataclass(frozen=True)
class CellState:
    case_id: int
    code_id: int
    exists: bool
    summary: str
    value_id: int | None


@dataclass(frozen=True)
class MatrixData:
    cases: list[tuple[int, str]]
    measures: list[Measure]
    cells: pd.DataFrame
    values: list[ValueOption]


def value_scale(project: Project) -> list[ValueOption]:
    with project.session() as session:
        rows = session.scalars(select(model.ChartValue).order_by(model.ChartValue.position))
        return [ValueOption(v.id, v.label, v.counts_as_present, v.colour) for v in rows]


def measures(project: Project) -> list[Measure]:
    """Leaf codes under their themes, in codebook order (a theme without children is its own)."""
    with project.session() as session:
        codes = session.execute(
            select(
                model.Code.id, model.Code.parent_id, model.Code.name, model.Code.colour
            ).order_by(model.Code.position, model.Code.id)
        ).all()
    children: dict[int | None, list[tuple[int, int | None, str, str]]] = {}
    for row in codes:
        children.setdefault(row[1], []).append(tuple(row))  # type: ignore[arg-type]
    result: list[Measure] = []

    def walk(code_id: int, theme_id: int, theme: str) -> None:
        for child in children.get(code_id, []):
            if child[0] in children:
                walk(child[0], theme_id, theme)
            else:
                result.append(Measure(child[0], child[2], theme_id, theme, child[3]))

    for theme_id, _, name, colour in children.get(None, []):
        if theme_id in children:
            walk(theme_id, theme_id, name)
        else:
            result.append(Measure(theme_id, name, theme_id, name, colour))
    return result


def load_matrix(project: Project) -> MatrixData:
    """Cases, measures, cells with evidence counts and the value scale, in four queries."""
    with project.session() as session:
        cases = [
            (c.id, c.name)
            for c in session.execute(
                select(model.Case.id, model.Case.name).order_by(
                    model.Case.position, model.Case.name
                )
            )
        ]
        # documents' case ids first, materialised: joining segments to the documents table
        # itself makes SQLite walk each document's long text to reach case_id (1.8 s vs 0.27 s
        # over 200,000 segments); PostgreSQL 12+ reads the same syntax.
        docs = (
            select(model.Document.id, model.Document.case_id)
            .cte("case_of_document")
            .prefix_with("MATERIALIZED")
        )
        evidence = session.execute(
            select(docs.c.case_id, model.Segment.code_id, func.count(model.Segment.id))
            .join(docs, model.Segment.document_id == docs.c.id)
            .where(docs.c.case_id.is_not(None))
            .group_by(docs.c.case_id, model.Segment.code_id)
        ).all()
        cells = session.execute(
            select(
                model.ChartCell.case_id,
                model.ChartCell.code_id,
                model.ChartCell.value_id,
                model.ChartCell.summary,
            )
        ).all()
    frame = pd.DataFrame(
        [(c, k, v, s) for c, k, v, s in cells],
        columns=["case_id", "code_id", "value_id", "summary"],
    )
    counts = pd.DataFrame([tuple(r) for r in evidence], columns=["case_id", "code_id", "evidence"])
    frame = frame.merge(counts, on=["case_id", "code_id"], how="outer")
    frame["value_id"] = frame["value_id"].astype("Int64")
    frame["summary"] = frame["summary"].fillna("").astype(str)
    frame["evidence"] = frame["evidence"].fillna(0).astype(int)
    frame = frame.set_index(["case_id", "code_id"]).sort_index()
    return MatrixData(cases, measures(project), frame, value_scale(project))


def cell_state(project: Project, case_id: int, code_id: int) -> CellState:
    with project.session() as session:
        cell = session.scalars(
            select(model.ChartCell).where(
                model.ChartCell.case_id == case_id, model.ChartCell.code_id == code_id
            )
        ).first()
        if cell is None:
            return CellState(case_id, code_id, False, "", None)
        return CellState(case_id, code_id, True, cell.summary, cell.value_id)


def set_cell(
    project: Project,
    case_id: int,
    code_id: int,
    *,
    summary: str | None = None,
    value_id: int | object | None = _UNSET,
) -> CellState:
    """Write a cell's summary and/or value (None clears the value); returns the previous state."""
    before = cell_state(project, case_id, code_id)
    with project.transaction() as session:
        if session.get(model.Case, case_id) is None:
            raise NotFoundError(f"no case with id {case_id}")
        if session.get(model.Code, code_id) is None:
            raise NotFoundError(f"no code with id {code_id}")
        if (
            value_id is not _UNSET
            and value_id is not None
            and session.get(model.ChartValue, value_id) is None
        ):
            raise ValidationError(f"no value with id {value_id} in the value scale")
        cell = session.scalars(
            select(model.ChartCell).where(
                model.ChartCell.case_id == case_id, model.ChartCell.code_id == code_id
            )
        ).first()
        if cell is None:
            cell = model.ChartCell(case_id=case_id, code_id=code_id, summary="")
            session.add(cell)
        if summary is not None:
            cell.summary = summary
        if value_id is not _UNSET:
            cell.value_id = value_id  # type: ignore[assignment]
        cell.coder_id = project.coder(session).id
    return before


def restore_cell(project: Project, state: CellState) -> None:
    """Put a cell back as ``set_cell`` found it (deleting it if it did not exist)."""
    if state.exists:
        set_cell(
            project, state.case_id, state.code_id, summary=state.summary, value_id=state.value_id
        )
        return
    with project.transaction() as session:
        cell = session.scalars(
            select(model.ChartCell).where(
                model.ChartCell.case_id == state.case_id, model.ChartCell.code_id == state.code_id
            )
        ).first()
        if cell is not None:
            session.delete(cell)


def evidence(project: Project, case_id: int, code_id: int) -> list[review.ReviewRow]:
    """The coded segments behind a cell: that code in the documents of that case."""
    with project.session() as session:
        documents = list(
            session.scalars(select(model.Document.id).where(model.Document.case_id == case_id))
        )
    return [r for r in review.segment_rows(project, documents) if r.code_id == code_id]


def quote(row: review.ReviewRow) -> str:
    """A quote as it goes into a summary: 「text」 (document, p. N) [translation]."""
    where = row.document + (f", p. {row.page}" if row.page is not None else "")
    text = f"「{row.text.strip()}」 ({where})"
    return f"{text} [{row.translation}]" if row.translation else text


def auto_draft(project: Project, case_id: int, code_id: int) -> str:
    """A first draft of a cell summary from its evidence: how much, where, and the quotes."""
    rows = evidence(project, case_id, code_id)
    if not rows:
        return "No coded evidence."
    documents = sorted({r.document for r in rows})
    head = f"{len(rows)} passage{'s' if len(rows) != 1 else ''} in {', '.join(documents)}."
    return "\n".join([head, *(f"- {quote(r)}" for r in rows[:5])])


# -- stage 5: counts and ranks -------------------------------------------------------------


def counts(project: Project, group: list[int] | None = None) -> pd.DataFrame:
    """Measures counted as present per theme (rows) and case (columns).

    Columns: one per case (by name), then ``Total`` and ``Average`` over all cases and, when
    ``group`` names some case ids, ``Group average``. The last row is ``Total``.
    """
    data = load_matrix(project)
    present = {v.id for v in data.values if v.present}
    themes: dict[int, str] = {}
    for m in data.measures:
        themes.setdefault(m.theme_id, m.theme)
    theme_of = {m.id: m.theme_id for m in data.measures}
    tally: dict[tuple[str, str], int] = {}
    names = dict(data.cases)
    cells = data.cells.reset_index()
    cells = cells[cells["value_id"].isin(list(present)) & cells["code_id"].isin(list(theme_of))]
    for case_id, code_id in zip(cells["case_id"], cells["code_id"], strict=True):
        key = (themes[theme_of[int(code_id)]], names[int(case_id)])
        tally[key] = tally.get(key, 0) + 1
    table = pd.DataFrame(
        [[tally.get((theme, name), 0) for _, name in data.cases] for theme in themes.values()],
        index=list(themes.values()),
        columns=[name for _, name in data.cases],
    )
    case_columns = list(table.columns)
    table["Total"] = table[case_columns].sum(axis=1)
    table["Average"] = table[case_columns].mean(axis=1).round(2) if case_columns else 0.0
    if group:
        chosen = [names[c] for c in group if c in names]
        table["Group average"] = table[chosen].mean(axis=1).round(2)
    table.loc["Total"] = table.sum(axis=0)
    table.index.name = "Theme"
    return table


def score_series(project: Project) -> list[str]:
    with project.session() as session:
        return list(session.scalars(select(model.CodeScore.series).distinct()))


def ranks(project: Project, series: str, column: str = "Average") -> tuple[pd.DataFrame, float]:
    """Themes ranked by a counts column beside their rank by an external score series.

    Returns the table (columns: count, rank by count, score, rank by score; average ranks for
    ties) and Spearman's rho between the two rankings (NaN when fewer than two themes).
    """
    table = counts(project).drop(index="Total")
    with project.session() as session:
        scores = dict(
            session.execute(
                select(model.Code.name, model.CodeScore.value)
                .join(model.CodeScore, model.CodeScore.code_id == model.Code.id)
                .where(model.CodeScore.series == series)
            ).all()
        )
    result = pd.DataFrame(index=table.index)
    result["Count"] = table[column] if column in table.columns else 0
    result["Score"] = [scores.get(theme) for theme in result.index]
    result = result.dropna(subset=["Score"])
    result["Rank by count"] = result["Count"].rank(ascending=False, method="average")
    result["Rank by score"] = result["Score"].rank(ascending=False, method="average")
    rho = float("nan")
    if len(result) >= 2:
        rho = float(result["Rank by count"].corr(result["Rank by score"]))
    return result[["Count", "Rank by count", "Score", "Rank by score"]], rho


def matrix_table(project: Project) -> pd.DataFrame:
    """The framework matrix as a table for export: a row per case, a column per measure
    (``Theme / Measure``), each cell ``Value — summary``."""
    data = load_matrix(project)
    labels = {v.id: v.label for v in data.values}
    texts: dict[tuple[int, int], str] = {}
    for key, summary, value in zip(
        data.cells.index,
        data.cells["summary"].tolist(),
        data.cells["value_id"].tolist(),
        strict=True,
    ):
        label = labels.get(int(value), "") if pd.notna(value) else ""
        texts[(int(key[0]), int(key[1]))] = " — ".join(p for p in (label, str(summary)) if p)
    rows = [[texts.get((case_id, m.id), "") for m in data.measures] for case_id, _ in data.cases]
    table = pd.DataFrame(
        rows,
        index=[name for _, name in data.cases],
        columns=[f"{m.theme} / {m.name}" if m.theme != m.name else m.name for m in data.measures],
    )
    table.index.name = "Case"
    return table
