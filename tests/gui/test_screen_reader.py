"""What a screen reader hears: the framework matrix's cells, and a name for every control.

Found by a screen-reader walkthrough: a matrix cell was named by its summary alone (Hamamatsu ×
Information in multiple languages read "Multilingual info and consultation", never its value
"Yes"), a cell with a value but no summary read empty, and its evidence and "needs a summary"
state were never said; the left column's navigator and trees, the views' tables and lists,
fields with only a placeholder and the spin boxes were announced with no name at all.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication

from frameworkqda.core import commands
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.matrix.view import MatrixView


def _heard(view: MatrixView, case_id: int, code_id: int, kind: str = "measure") -> tuple[str, str]:
    """The cell's accessible name and description, from the table's interface at the cell's
    place on the screen (as a screen reader's review cursor finds it)."""
    model = view.model
    index = model.index(model.case_position(case_id), model.slot_position(code_id, kind))
    view.table.scrollTo(index)
    QApplication.processEvents()
    centre = view.table.viewport().mapToGlobal(view.table.visualRect(index).center())
    table = QAccessible.queryAccessibleInterface(view.table)
    assert table is not None
    cell = table.childAt(centre.x(), centre.y())
    assert isinstance(cell, QAccessibleInterface) and cell.role() == QAccessible.Role.Cell
    return cell.text(QAccessible.Text.Name), cell.text(QAccessible.Text.Description)


def test_a_matrix_cell_says_its_case_measure_value_summary_and_state(
    window: MainWindow,
) -> None:
    session = window.session
    assert session is not None
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    cases = {name: case_id for case_id, name in view.model.cases}
    education = next(s for s in view.model.slots if s.kind == "theme" and s.title == "Education")
    (languages,) = [
        s
        for s in view.model.slots
        if s.title == "Information in multiple languages" and s.theme_id == education.theme_id
    ]
    hamamatsu, kawasaki = cases["Hamamatsu"], cases["Kawasaki"]
    summary = "Multilingual info and consultation"
    session.run(commands.SetCell(hamamatsu, languages.code_id, summary, "Yes", False))
    session.run(commands.SetCell(kawasaki, languages.code_id, None, "Partially", False))
    QApplication.processEvents()

    name, description = _heard(view, hamamatsu, languages.code_id)
    assert name == (
        "Hamamatsu, Information in multiple languages (Education): Yes. "
        "Summary: Multilingual info and consultation"
    )
    assert description == "Evidence: 2 passages"
    # a value, no summary, no evidence: it read empty
    name, description = _heard(view, kawasaki, languages.code_id)
    assert name == "Kawasaki, Information in multiple languages (Education): Partially"
    assert description == "Evidence: 0 passages"
    # evidence, no summary: the cell's tint said "needs a summary", nothing else did
    staff = next(s for s in view.model.slots if s.title == "Placement of support staff")
    name, description = _heard(view, hamamatsu, staff.code_id)
    assert name == "Hamamatsu, Placement of support staff (Education): no value"
    assert description == "Evidence: 2 passages\nNeeds a summary"
    # the theme column: how many of its measures count as present
    name, _ = _heard(view, hamamatsu, education.code_id, "theme")
    assert name == "Hamamatsu, Education: 4 of 12 measures present"
