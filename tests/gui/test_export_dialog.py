"""Mapping → Export tables…: the file name follows the table chosen, the suffix the format,
and an existing file is replaced only when the researcher says so."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QPushButton

from frameworkqda.core.exports.wording import PHRASES
from frameworkqda.gui.export_dialog import ExportDialog
from frameworkqda.gui.main_window import MainWindow
from tests.gui import menu_bar, modal
from tests.gui.test_japanese_ui import japanese  # noqa: F401 - fixture
from tests.gui.windows import window_on


def _pick(qtbot, box: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open the combo's list and click the entry."""
    box.showPopup()
    view = box.view()
    index = view.model().index(box.findText(text), 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert box.currentText() == text


def _button(widget, text: str) -> QPushButton:  # type: ignore[no-untyped-def]
    (button,) = [b for b in widget.findChildren(QPushButton) if b.text() == text]
    return button  # type: ignore[no-any-return]


def _ctrl_e(qtbot, window: MainWindow) -> ExportDialog:  # type: ignore[no-untyped-def]
    """File → Export tables… by its shortcut, the window in front: the dialog, once shown."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu_bar.press(qtbot, window, "Ctrl+E")
    dialog = window.views["mapping"].export_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _export(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.done_event.clear()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=10000)


def test_file_name_follows_the_table_and_overwriting_asks(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu_bar.press(qtbot, window, "Ctrl+5")  # Mapping
    mapping = window.views["mapping"]
    qtbot.mouseClick(_button(mapping, "Export tables…"), Qt.MouseButton.LeftButton)
    dialog = mapping.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert Path(dialog.path.text()).name == "counts.xlsx"

    _pick(qtbot, dialog.format_box, "Word document (journal tables) (*.docx)")
    assert Path(dialog.path.text()).name == "counts.docx"
    _pick(qtbot, dialog.table_box, "Framework matrix")  # not counts.docx any more
    assert Path(dialog.path.text()).name == "framework-matrix.docx"
    _pick(qtbot, dialog.table_box, "Ranks")
    assert Path(dialog.path.text()).name == "ranks.docx"

    # a folder of our own, then write; the same name again asks before replacing
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(tmp_path / "ranks.docx"))
    _export(qtbot, dialog)
    target = tmp_path / "ranks.docx"
    assert dialog.written == [str(target)]
    first = target.read_bytes()
    target.write_bytes(b"the researcher's own edits")

    _pick(qtbot, dialog.table_box, "Counts")
    assert dialog.path.text() == str(tmp_path / "counts.docx")
    _pick(qtbot, dialog.table_box, "Ranks")
    modal.click("No")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == b"the researcher's own edits"
    assert dialog.summary.text() == "Not written: ranks.docx was kept as it was."

    modal.click("Yes")
    _export(qtbot, dialog)
    assert target.read_bytes()[:2] == first[:2] == b"PK"  # a Word file again
    assert dialog.written == [str(target), str(target)]


def test_file_export_tables_opens_from_the_matrix_with_its_shortcut(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A researcher in the matrix looks for the export in the File menu, as NVivo and MAXQDA
    have it (it was only a button in stage 5): File → Export tables… and Ctrl+E open it where
    they are, and it writes the matrix."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu_bar.press(qtbot, window, "Ctrl+4")  # the matrix
    assert window.current_view == "matrix"
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    (action,) = [a for a in file_menu.actions() if a.text().startswith("Export &tables")]
    assert action.shortcut().toString() == "Ctrl+E"
    menu_bar.press(qtbot, window, "Ctrl+E")
    dialog = window.views["mapping"].export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert window.current_view == "matrix"  # the dialog opens over the matrix, on it
    assert dialog.table_box.currentText() == "Framework matrix"
    assert Path(dialog.path.text()).name == "framework-matrix.xlsx"
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(tmp_path / "framework-matrix.xlsx"))
    _export(qtbot, dialog)
    assert (tmp_path / "framework-matrix.xlsx").is_file(), dialog.summary.text()


def test_cancel_or_close_while_a_table_is_written_leaves_no_file(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Export tables had no Cancel, and Close left the writing going on unseen: the file
    appeared seconds later, said nowhere. Cancel (or Close) now leaves no file and says so.
    The writer is held at its start until the test has clicked (the real writer then runs)."""
    import threading

    from frameworkqda.gui import export_dialog

    started, go = threading.Event(), threading.Event()
    real = export_dialog.export_report

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        go.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(export_dialog, "export_report", held)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu_bar.press(qtbot, window, "Ctrl+E")  # Export tables
    dialog = window.views["mapping"].export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    folder = tmp_path / "tables"
    folder.mkdir()
    for attempt, stop in (("cancelled.xlsx", "Cancel"), ("closed.xlsx", "Close")):
        target = folder / attempt
        dialog.path.setText(str(target))
        started.clear(), go.clear(), dialog.done_event.clear()
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(started.is_set)
        assert dialog.cancel_button.isEnabled()
        qtbot.mouseClick(_button(dialog, stop), Qt.MouseButton.LeftButton)
        go.set()
        qtbot.waitUntil(dialog.done_event.is_set, timeout=10000)
        assert not target.exists()
        assert dialog.summary.text() == f"Not written: cancelled; {attempt} is as it was."
        if stop == "Close":
            assert not dialog.isVisible()
            dialog.show()
    assert list(folder.iterdir()) == []  # no file, and no temporary one left behind


def _dark_pixels(widget) -> int:  # type: ignore[no-untyped-def]
    image = widget.grab().toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 110
    )


@pytest.mark.usefixtures("japanese")
def test_the_preview_says_what_each_column_is_and_shows_every_header_whole(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """In Japanese with a group average: the preview's corner over the row labels was blank
    (no テーマ / ケース); the ranks headers were cut at both ends (「数（グループ平」); a CSV
    preview was captioned cells.csv whatever the file was called; and the mapping view
    headed its columns 件数, 件数の順位 where the files say 施策数, 施策数による順位."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu_bar.press(qtbot, window, "Ctrl+5")  # Mapping
    mapping = window.views["mapping"]
    for row in range(2):  # a group average of the first two cases
        item = mapping.group.item(row)
        rect = mapping.group.visualItemRect(item)
        qtbot.mouseClick(
            mapping.group.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + QPoint(8, 8)
        )
        assert item.checkState() == Qt.CheckState.Checked
    # the mapping view's ranks table in the files' words
    ranks = mapping.ranks_model
    words = PHRASES["ja"]
    heads = [ranks.headerData(c, Qt.Orientation.Horizontal) for c in range(ranks.columnCount())]
    group = mapping.tr("Group average")
    assert heads[:4] == [words["Count of"].format(basis=group),
                         words["Rank by"].format(basis=group),
                         words["Score"].format(series="MIPEX 2015 Japan"),
                         words["Rank by score"]]  # fmt: skip
    assert heads[4].startswith("順位：")
    assert mapping.ranks_table.findChild(QAbstractButton).text() == "テーマ"

    qtbot.mouseClick(_button(mapping, "表を書き出す…"), Qt.MouseButton.LeftButton)
    dialog = mapping.export_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(dialog.isVisible)
    _pick(qtbot, dialog.language_box, "日本語")  # the sample project is English
    _pick(qtbot, dialog.table_box, "順位")
    corner = dialog.preview.findChild(QAbstractButton)
    assert corner.text() == "テーマ"
    assert _dark_pixels(corner) > 20  # drawn, not only set
    header = dialog.preview.horizontalHeader()
    metrics = header.fontMetrics()
    model = dialog.preview_model
    texts = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert texts[0].startswith("施策数（") and texts[-1].startswith("順位：")
    for column, text in enumerate(texts):
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text) + 4, text

    _pick(qtbot, dialog.format_box, "CSV（UTF-8） (*.csv)")
    assert dialog.preview_box.currentText() == "ranks.csv"
    _pick(qtbot, dialog.table_box, "フレームワーク・マトリックス")
    assert dialog.preview_box.currentText() == "framework-matrix.csv"  # not cells.csv
    assert corner.text() == "ケース"
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(tmp_path / "chapter4-tables.csv"))
    assert dialog.preview_box.currentText() == "chapter4-tables.csv"
    assert dialog.summary.text().startswith("chapter4-tables.csv：")
    dialog.close()


@pytest.mark.usefixtures("japanese")
def test_export_tables_writes_html_and_xlsx_as_a_japanese_paper_prints_them(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """File → Export tables… (Ctrl+E) in Japanese, to HTML and XLSX: a summary of two lines
    kept its line break in the HTML (a <br>), no Japanese text in italics, the notes marked
    注：, a case's rank column headed 順位：CASE."""
    from lxml import html

    from tests import writes
    from tests.gui.test_matrix import open_matrix

    session, _view, data = open_matrix(window)
    case_id, case = data.cases[0]
    measure = data.measures[0]
    writes.set_cell(session.project, case_id, measure.id, summary="審議会を設置。\n委員20名")
    dialog = _ctrl_e(qtbot, window)
    assert dialog.table_box.currentData() == "cells"
    # the sample project is English: its tables start English, Japanese is one pick away
    assert dialog.language_box.currentText() == "英語"
    _pick(qtbot, dialog.language_box, "日本語")
    for suffix in (".html", ".xlsx"):
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(suffix))
        dialog.path.selectAll()
        qtbot.keyClicks(dialog.path, str(tmp_path / f"matrix{suffix}"))
        _export(qtbot, dialog)
    page = html.parse(str(tmp_path / "matrix.html")).getroot()
    cell = next(td for td in page.iter("td") if "委員20名" in td.text_content())
    assert [cell.text, *(br.tail for br in cell.iter("br"))] == ["審議会を設置。", "委員20名"]
    assert list(page.iter("i")) == []  # the captions upright
    assert any(p.text_content().startswith("注：") for p in page.iter("p"))
    book = openpyxl.load_workbook(tmp_path / "matrix.xlsx")
    strings = [c for s in book for row in s.iter_rows() for c in row if isinstance(c.value, str)]
    assert not [c.coordinate for c in strings if c.font.i]
    assert any(c.value.startswith("注：") for c in strings)
    assert f"順位：{case}" in [c.value for c in book["順位"][2]]


def test_ctrl_e_again_uses_the_report_built_until_the_project_changes(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Each Ctrl+E built the report and its ranks again (0.75-1.2 s on 40 cases) though
    nothing had changed: it is built once, and again after a change (a case added: the
    dialog's counts then have it)."""
    from frameworkqda.core import mapping

    built: list[object] = []
    real = mapping.build_report

    def counted(*args: object, **kwargs: object) -> mapping.Report:
        built.append(kwargs.get("cases"))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(mapping, "build_report", counted)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    def ctrl_e() -> ExportDialog:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        dialog = window.views["mapping"].export_dialog
        assert isinstance(dialog, ExportDialog)
        qtbot.waitUntil(dialog.isVisible)
        return dialog

    first = ctrl_e()
    assert len(built) == 1
    first.close()
    second = ctrl_e()
    assert second is not first and len(built) == 1  # the same report, not built again
    second.close()
    assert window.session is not None
    window.session.add_case("Sapporo")
    third = ctrl_e()
    assert len(built) == 2
    model = third.preview_model
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Sapporo" in heads
    third.close()


def test_a_japanese_project_is_exported_in_japanese_from_an_english_interface(
    qtbot, settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The dialog wrote in the interface's language: a Japanese project's workbook had sheets
    "Counts" and "Ranks" among its Japanese data. It starts at the project's language, says
    so, and English is one pick away."""
    from frameworkqda.gui.sample import build_sample

    location = tmp_path / "sample-ja.fqda"
    build_sample(location, language="ja")
    window = window_on(qtbot, settings, location)
    dialog = _ctrl_e(qtbot, window)
    assert dialog.language_box.currentText() == "Japanese"
    _pick(qtbot, dialog.table_box, "Framework matrix")  # every table: the counts and ranks too
    target = tmp_path / "matrix.xlsx"
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(target))
    _export(qtbot, dialog)
    book = openpyxl.load_workbook(target)
    assert "件数" in book.sheetnames and "順位" in book.sheetnames
    assert "Counts" not in book.sheetnames

    _pick(qtbot, dialog.language_box, "English")
    modal.click("Yes")  # replace the file just written
    _export(qtbot, dialog)
    assert "Counts" in openpyxl.load_workbook(target).sheetnames
