"""Auto-drafted summaries: each empty cell gets its evidence quoted, never overwriting a word.

A drafted cell is marked a draft (``chart_cells.draft``): quotes are not the researcher's
synthesis, so the cell stays "to do" (the stage's figure, the matrix's amber filter) and the
exports mark it, until the researcher edits the summary or accepts it (``set_cell_in``).

Planning reads (case by case, cancellable, off the GUI thread); writing takes the plan in one
transaction and skips any cell someone wrote meanwhile.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from frameworkqda.core import model
from frameworkqda.core.charting import chartings
from frameworkqda.core.charting.cells import (
    CellState,
    Evidence,
    cell_state_in,
    check_column,
    evidence_in,
    evidence_rows,
    set_cell_in,
    state_of,
)
from frameworkqda.core.charting.matrix import evidence_counts
from frameworkqda.core.jobs import Cancel, Progress, check_cancel
from frameworkqda.core.store import Project
from frameworkqda.core.words import cite, is_japanese, plural

QUOTE_LIMIT = 300  # characters of a quote kept in an auto-drafted summary


def quote_line(item: Evidence) -> str:
    """One quote as a summary prints it: “text” (document, p. N) [EN: translation]; a
    Japanese quote is cited with full-width brackets, 「…」（document, p. N）, as the Japanese
    draft's first line names its documents (one bracket style in a Japanese summary)."""
    quote = " ".join(item.quote.split())
    if len(quote) > QUOTE_LIMIT:
        quote = quote[: QUOTE_LIMIT - 1] + "…"
    where = item.document if item.page is None else f"{item.document}, p. {item.page}"
    line = f"{cite(quote)}（{where}）" if is_japanese(quote) else f"{cite(quote)} ({where})"
    if item.translation.strip():
        line += f" [EN: {' '.join(item.translation.split())}]"
    return line


def draft_summary(items: list[Evidence], language: str = "en") -> str:
    """A first draft of a cell summary: how many passages where, then each quote ("" if none);
    its first line in ``language`` (the researcher writes the summary in that language)."""
    if not items:
        return ""
    documents = list(dict.fromkeys(item.document for item in items))
    if language == "ja":
        head = f"{len(items)} 箇所（{'、'.join(documents)}）。"
    else:
        head = f"{plural(len(items), 'passage')} in {', '.join(documents)}."
    return "\n".join([head, *(quote_line(item) for item in items)])


def draft_cell_in(
    session: Session,
    case_id: int,
    code_id: int,
    coder_id: int | None,
    cell_id: int | None = None,
    language: str = "en",
) -> CellState | None:
    """Write an auto-drafted summary into a cell whose summary is empty; never overwrites.

    Returns the cell's state before when it drafted, else None."""
    check_column(session, code_id)  # a theme with measures said "no passage is coded"
    state = cell_state_in(session, case_id, code_id)
    if state.summary.strip():
        return None
    draft = draft_summary(evidence_in(session, case_id, code_id), language)
    if not draft:
        return None
    return set_cell_in(
        session, case_id, code_id, summary=draft, coder_id=coder_id, cell_id=cell_id, draft=True
    )


class Draft(NamedTuple):
    """An auto-drafted summary for one empty cell."""

    case_id: int
    code_id: int
    summary: str


def plan_drafts_in(
    session: Session,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    language: str = "en",
) -> list[Draft]:
    """Drafts (first line in ``language``) for every cell that has evidence and an empty
    summary; reads, never writes.

    Works case by case (one evidence query per case); ``progress(done, total, "cases")`` is
    called after each case and ``cancel`` checked before each (:mod:`frameworkqda.core.jobs`).
    """
    written = {
        (case_id, code_id)
        for case_id, code_id, summary in session.execute(
            select(model.ChartCell.case_id, model.ChartCell.code_id, model.ChartCell.summary)
        )
        if summary.strip()
    }
    wanted: dict[int, set[int]] = {}
    for case_id, code_id, _ in evidence_counts(session):
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
        check_cancel(cancel, "drafting cancelled")
        by_code: dict[int, list[Evidence]] = {}
        for code_id, item in evidence_rows(session, case_id):
            if code_id in wanted[case_id]:
                by_code.setdefault(code_id, []).append(item)
        drafts.extend(
            Draft(case_id, code_id, draft_summary(items, language))
            for code_id, items in by_code.items()
        )
        if progress is not None:
            progress(done + 1, len(cases), "cases")
    return drafts


def plan_drafts(
    project: Project,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    language: str = "en",
) -> list[Draft]:
    with project.session() as session:
        return plan_drafts_in(session, progress=progress, cancel=cancel, language=language)


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
        if cell is not None and cell.summary.strip():
            continue
        before.append(state_of(case_id, code_id, cell))
        if cell is None:
            cell = model.ChartCell(case_id=case_id, code_id=code_id, summary="")
            session.add(cell)
            cells[(case_id, code_id)] = cell
        cell.summary = summary
        cell.draft = True
        cell.coder_id = coder_id
    session.flush()
    drafted = [cells[(state.case_id, state.code_id)] for state in before]
    mine = chartings.record_in(session, drafted, coder_id, ("summary",))
    return [
        replace(state, charting=mine.get(cell.id))
        for state, cell in zip(before, drafted, strict=True)
    ]
