"""The Mapping view's ranks table says what its count is: the group's mean, or the total over
all cases, in the words the exported files and the CLI use. It said "count" over the three
cities' mean while ``matrix --view ranks`` said "count" over a total of all four cases, the
national level included; and a ρ that cannot be computed said "undefined" in English where
Japanese said 算出不能."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from frameworkqda.core import charting, commands
from frameworkqda.core.exports.tables import report_tables
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.mapping.view import MappingView
from tests.gui import menu_bar


def _mapping(window: MainWindow, qtbot: QtBot) -> MappingView:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu_bar.press(qtbot, window, "Ctrl+5")
    mapping = window.views["mapping"]
    assert isinstance(mapping, MappingView)
    return mapping


def _heads(mapping: MappingView) -> list[str]:
    ranks = mapping.ranks_model
    return [ranks.headerData(c, Qt.Orientation.Horizontal) for c in range(ranks.columnCount())]


def _tick(qtbot: QtBot, mapping: MappingView, row: int) -> None:
    rect = mapping.group.visualItemRect(mapping.group.item(row))
    qtbot.mouseClick(
        mapping.group.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + QPoint(8, 8)
    )


def test_the_count_column_says_whether_it_is_a_total_or_the_groups_mean(
    window: MainWindow, qtbot: QtBot
) -> None:
    mapping = _mapping(window, qtbot)
    heads = _heads(mapping)
    assert heads[:2] == ["Count (Total over all cases)", "Rank by Total over all cases"]
    # the exported ranks table's headers, word for word
    assert ["Theme", *heads] == report_tables(mapping.build_report(), "ranks").ranks.header

    for row in range(3):  # the three cities, not the national level
        _tick(qtbot, mapping, row)
    heads = _heads(mapping)
    assert heads[:4] == [
        "Count (Group average)",
        "Rank by Group average",
        "Score (MIPEX 2015 Japan)",
        "Rank by score",
    ]
    assert heads[4].startswith("Rank: ")


def test_a_rho_that_cannot_be_computed_says_so(window: MainWindow, qtbot: QtBot) -> None:
    assert window.session is not None
    window.session.add_case("Nagoya")  # nothing charted: every theme ranks alike
    mapping = _mapping(window, qtbot)
    assert mapping.report.ranks is not None
    assert mapping.report.ranks.rho_by_case["Nagoya"] is None
    assert "Nagoya cannot be computed" in mapping.rho.text()
    assert "undefined" not in mapping.rho.text()


def test_mapping_says_when_its_counts_take_in_cells_only_coded(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Counts, ranks and ρ were shown before anything was charted, every cell with coded
    evidence counted present, and nothing on screen said so."""
    assert window.session is not None
    project = window.session.project
    matrix = charting.build_matrix(project)
    coded_only = (matrix.evidence.to_numpy() > 0) & (matrix.value.to_numpy() == "")
    assert coded_only.sum() > 1
    mapping = _mapping(window, qtbot)
    assert mapping.coded_note.isVisible()
    assert mapping.coded_note.text().startswith(
        f"Counts include {coded_only.sum()} cells with coded evidence but no value yet"
    )
    rows, columns = np.nonzero(coded_only)
    window.session.run(
        commands.SetCell(matrix.case_ids[rows[0]], matrix.code_ids[columns[0]], None, "No")
    )
    qtbot.waitUntil(
        lambda: mapping.coded_note.text().startswith(f"Counts include {coded_only.sum() - 1} ")
    )
    for row, column in zip(rows[1:], columns[1:], strict=True):
        commands.SetCell(matrix.case_ids[row], matrix.code_ids[column], None, "Yes").apply(project)
    window.session.run(
        commands.SetCell(matrix.case_ids[rows[0]], matrix.code_ids[columns[0]], None, "Yes")
    )
    qtbot.waitUntil(lambda: not mapping.coded_note.isVisible())  # every cell charted: no word
