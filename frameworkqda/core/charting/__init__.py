"""Charting (stage 4): the framework matrix of cases × measures, its cells and their evidence.

The matrix is built from three aggregated queries (segment counts per case and code with
``GROUP BY``, the chart cells, the value scale), never by loading segment objects, so it stays
fast at 200,000 segments. A cell's evidence (the segments themselves) is loaded on demand.

A cell is *present* when its value counts as present; with no value set, exactly when it has
evidence. "No" and "no evidence" stay different things: the first is a researcher's finding.

Three modules: :mod:`.matrix` (the matrix and the value scale), :mod:`.cells` (a cell's
evidence, state and changes) and :mod:`.drafts` (auto-drafted summaries). Callers use the names
below, as ``charting.X``.
"""

from frameworkqda.core.charting.cells import (
    CellState,
    Evidence,
    cell_id_in,
    cell_state,
    cell_state_in,
    evidence,
    evidence_in,
    resolve_value,
    restore_cell_in,
    restore_cells_in,
    set_cell_in,
)
from frameworkqda.core.charting.conflicts import CellEdit, cell_edit, cell_edit_in, cell_versions
from frameworkqda.core.charting.drafts import (
    QUOTE_LIMIT,
    Draft,
    draft_cell_in,
    draft_summary,
    plan_drafts,
    plan_drafts_in,
    quote_line,
    write_drafts_in,
)
from frameworkqda.core.charting.matrix import (
    FrameworkMatrix,
    MatrixCell,
    ScaleValue,
    build_matrix,
    build_matrix_in,
    case_of_document,
    scale,
    value_scale,
)
from frameworkqda.core.codebook import matrix_columns  # the matrix's columns: the codebook's

__all__ = [
    "QUOTE_LIMIT",
    "CellEdit",
    "CellState",
    "Draft",
    "Evidence",
    "FrameworkMatrix",
    "MatrixCell",
    "ScaleValue",
    "build_matrix",
    "build_matrix_in",
    "case_of_document",
    "cell_edit",
    "cell_edit_in",
    "cell_id_in",
    "cell_state",
    "cell_state_in",
    "cell_versions",
    "draft_cell_in",
    "draft_summary",
    "evidence",
    "evidence_in",
    "matrix_columns",
    "plan_drafts",
    "plan_drafts_in",
    "quote_line",
    "resolve_value",
    "restore_cell_in",
    "restore_cells_in",
    "scale",
    "set_cell_in",
    "value_scale",
    "write_drafts_in",
]
