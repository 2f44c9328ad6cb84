"""Reaching a framework-matrix cell as a person does: find one, scroll to it, click it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from frameworkqda.gui.matrix.view import MatrixView


def first_cell(view: MatrixView, wanted: Callable[[int, int], bool]) -> tuple[int, int]:
    """The first measure cell, measure by measure then case by case, that ``wanted(case id,
    code id)`` accepts."""
    return next(
        (case_id, slot.code_id)
        for slot in view.model.slots
        for case_id, _ in view.model.cases
        if slot.kind == "measure" and wanted(case_id, slot.code_id)
    )


def click_cell(qtbot, view: MatrixView, case_id: int, code_id: int) -> None:  # type: ignore[no-untyped-def]
    """Scroll the cell into view and click it: the evidence panel then shows it."""
    index = view.index_for(case_id, code_id)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.evidence.key == (case_id, code_id)
