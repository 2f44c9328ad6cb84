"""Search's concordance keeps the words next to the hit: a narrow Before column is cut at its
start and a narrow After column at its end. The whole table was cut on the left, and the
After column of 共生 read "…趣旨　浜松市は、…", the words right after the hit gone."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.search.panel import SearchPanel
from tests.gui.searched import open_search, searched

BEFORE, AFTER = 2, 4


def _shown(panel: SearchPanel, row: int, column: int) -> str:
    """The cell's text as the view paints it: the delegate's option, elided into its room."""
    table = panel.table
    index = panel.model.index(row, column)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    style = table.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table).width()
    room -= 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, table) + 1)
    return option.fontMetrics.elidedText(option.text, option.textElideMode, room)


def test_a_cut_context_keeps_the_words_next_to_the_hit(window: MainWindow, qtbot: QtBot) -> None:
    panel = open_search(window, qtbot)
    panel.term.setText("市")
    hits = searched(qtbot, panel)
    header = panel.table.horizontalHeader()
    header.resizeSection(BEFORE, 120)  # narrow: the sample's context no longer fits
    header.setSectionResizeMode(AFTER, header.ResizeMode.Interactive)
    header.resizeSection(AFTER, 120)
    row = next(
        i for i, hit in enumerate(hits) if len(hit.before.strip()) > 12 and len(hit.after) > 12
    )
    hit = hits[row]
    before, after = _shown(panel, row, BEFORE), _shown(panel, row, AFTER)
    assert before.startswith("…") and after.endswith("…"), (before, after)  # both are cut
    kept_after = after.removesuffix("…")
    assert hit.after.replace("\n", " ").startswith(kept_after), (after, hit.after)
    kept_before = before.removeprefix("…")
    assert hit.before.replace("\n", " ").endswith(kept_before), (before, hit.before)
