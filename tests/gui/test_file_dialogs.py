"""Every file dialog starts in the folder last chosen, remembers the one chosen, and (Qt's own,
where the desktop has none) opens large enough to show its sidebar and columns."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QListView, QPushButton, QTreeView

from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.review.view import ReviewView
from tests.gui import menu_bar, modal
from tests.gui.test_japanese_ui import japanese  # noqa: F401 - fixture

QT_DEFAULT = QSize(644, 412)  # Qt's own file dialog as it opened before


def _front(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_a_save_dialog_proposes_its_name_in_the_last_folder_and_keeps_the_folder_chosen(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Review → Export shown… proposed segments.xlsx in the process's working folder; now in
    the folder last used. The folder the file went to is where Ctrl+I then opens."""
    last = tmp_path / "papers"
    last.mkdir()
    window.settings.set_last_folder(str(last))
    _front(qtbot, window)
    menu_bar.press(qtbot, window, "Ctrl+R")
    review = window.work_stack.current()
    assert isinstance(review, ReviewView)

    chosen = tmp_path / "tables" / "segments-浜松.xlsx"
    chosen.parent.mkdir()
    asked: list[modal.FileAsked] = []
    modal.choose(chosen, asked=asked)
    button = review.findChild(QPushButton, "exportShown")
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not review.export_running())  # a job
    (seen,) = asked
    assert seen.saving and seen.proposed == str(last / "segments.xlsx")
    rows = list(openpyxl.load_workbook(chosen).active.iter_rows(values_only=True))
    assert len(rows) > 1  # the header and the sample's segments

    modal.choose(asked=asked)  # then Cancel
    _front(qtbot, window)
    menu_bar.press(qtbot, window, "Ctrl+I")
    assert not asked[1].saving and asked[1].proposed == str(chosen.parent)
    # each dialog goes once answered (it stayed, with its file model, as a window's child)
    qtbot.waitUntil(lambda: not window.findChildren(QFileDialog))


def test_qt_own_file_dialog_opens_large_enough_to_read(japanese, qtbot, window, tmp_path):  # type: ignore[no-untyped-def]  # noqa: F811
    """Ctrl+I in Japanese: Qt's own dialog (the offscreen platform has no native one) opened
    at 644×412, its sidebar cut off and every column elided ("フ…ー", "2026/1… 20:31"); now
    at 920×580, or nine tenths of a smaller screen, with the places, types and dates whole."""
    (tmp_path / "Hamamatsu").mkdir()
    window.settings.set_last_folder(str(tmp_path))
    _front(qtbot, window)
    fits: dict[str, bool] = {}

    def read(seen: modal.FileAsked) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QFileDialog)
        tree, sidebar = box.findChild(QTreeView, "treeView"), box.findChild(QListView, "sidebar")
        assert isinstance(tree, QTreeView) and isinstance(sidebar, QListView)
        model = tree.model()
        qtbot.waitUntil(lambda: model.rowCount(tree.rootIndex()) == 1)
        folder = model.index(0, 0, tree.rootIndex())
        metrics, header = tree.fontMetrics(), tree.header()
        for column in (2, 3):  # the type ("Folder") and the date modified
            shown = str(model.index(0, column, tree.rootIndex()).data())
            fits[shown] = metrics.horizontalAdvance(shown) < header.sectionSize(column)
        fits["places"] = sidebar.width() >= sidebar.sizeHintForColumn(0)
        assert folder.data() == "Hamamatsu"

    asked: list[modal.FileAsked] = []
    modal.file_dialog(read, asked)  # read, then Cancel
    menu_bar.press(qtbot, window, "Ctrl+I")
    space = window.screen().availableGeometry().size()
    wanted = QSize(920, 580).boundedTo(QSize(space.width() * 9 // 10, space.height() * 9 // 10))
    assert asked[0].size == wanted
    assert wanted.width() > QT_DEFAULT.width() and wanted.height() > QT_DEFAULT.height()
    assert "フォルダー" in fits and all(fits.values()), fits


def test_a_name_typed_without_a_suffix_gets_the_chosen_filters(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """図1 typed in Mapping → Chart → PNG…'s save dialog: a warning in English (図1: choose
    .png or .svg) and nothing written. Every save dialog now adds its filter's suffix, as the
    desktop's own dialogs do: the chart, the export dialog's Browse…, Review's export."""
    window.show_stage(5)
    mapping = window.views["mapping"]
    said = modal.read_next_box()  # a box, if one came, would be read here
    for button, name, suffix in ((mapping.png_button, "図1", ".png"),
                                 (mapping.svg_button, "図2", ".svg")):  # fmt: skip
        modal.choose(tmp_path / name)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert (tmp_path / f"{name}{suffix}").stat().st_size > 1000
    assert said == [] and not (tmp_path / "図1").exists()

    qtbot.mouseClick(
        next(b for b in mapping.findChildren(QPushButton) if b.text() == "Export tables…"),
        Qt.MouseButton.LeftButton,
    )
    dialog = mapping.export_dialog
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".docx"))
    asked: list[modal.FileAsked] = []
    modal.choose(tmp_path / "表", asked=asked)
    browse = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Browse…")
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert asked[0].filters[1] == "Word document (journal tables) (*.docx)"
    assert dialog.path.text() == str(tmp_path / "表.docx") and dialog.fmt() == "docx"
    dialog.close()

    review = menu_bar.view_by_keys(qtbot, window, "Ctrl+R", ReviewView)
    modal.choose(tmp_path / "segments")
    qtbot.mouseClick(review.findChild(QPushButton, "exportShown"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not review.export_running())  # a job
    rows = list(openpyxl.load_workbook(tmp_path / "segments.xlsx").active.values)
    assert len(rows) > 1


def test_a_name_with_a_dot_that_begins_no_file_type_gets_the_chosen_filters_suffix(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """“Fig. 3” typed in Chart → PNG…'s save dialog was refused ("a chart is written as .png
    or .svg; nothing was written"): its " 3" was read as a suffix. So were “counts v1.2” and
    Review's “Segments Jan. 5” ("write .csv or .xlsx, not . 5"). Each now gets the chosen
    filter's suffix, as a desktop's own dialog adds it; one of the filters' is kept."""
    window.show_stage(5)
    mapping = window.views["mapping"]
    said = modal.read_next_box()  # a box, if one came, would be read here
    for button, name, written in (
        (mapping.png_button, "Fig. 3", "Fig. 3.png"),
        (mapping.svg_button, "counts v1.2", "counts v1.2.svg"),
        (mapping.png_button, "Osaka vs. Kobe", "Osaka vs. Kobe.png"),
        (mapping.png_button, "Fig. 4.SVG", "Fig. 4.SVG"),  # the other filter's: kept
    ):
        modal.choose(tmp_path / name)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert (tmp_path / written).stat().st_size > 1000
    assert said == [] and not (tmp_path / "Fig. 3").exists()
    assert (tmp_path / "Fig. 4.SVG").read_bytes().lstrip().startswith(b"<?xml")

    review = menu_bar.view_by_keys(qtbot, window, "Ctrl+R", ReviewView)
    modal.choose(tmp_path / "Segments Jan. 5")
    qtbot.mouseClick(review.findChild(QPushButton, "exportShown"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not review.export_running())  # a job
    rows = list(openpyxl.load_workbook(tmp_path / "Segments Jan. 5.xlsx").active.values)
    assert len(rows) > 1 and said == []


@pytest.mark.usefixtures("japanese")
def test_a_chart_name_of_another_kind_is_refused_in_the_interfaces_language(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.show_stage(5)
    mapping = window.views["mapping"]
    said = modal.read_next_box()
    modal.choose(tmp_path / "図1.jpg")
    qtbot.mouseClick(mapping.png_button, Qt.MouseButton.LeftButton)
    assert said == ["図1.jpg：グラフは .png か .svg で書き出します。何も書き込んでいません"]
    assert not list(tmp_path.glob("図1*"))
