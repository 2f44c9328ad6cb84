"""The Japanese interface, walked as a person would: every window, view, menu, dialog and
context menu of the sample project opened through its menu action, button or right click,
read, and closed. The test fails listing every string still in English, with where it was
seen and the code that holds it (tests/gui/ui_strings.py)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from traceback import extract_tb

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QContextMenuEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from frameworkqda.core import workspace
from frameworkqda.core.charting.matrix import scale
from frameworkqda.core.coders import coder_names
from frameworkqda.core.mapping import score_series
from frameworkqda.gui import i18n
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.export_dialog import ExportDialog
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.mapping.view import MappingView
from frameworkqda.gui.sample import add_second_coder, build_sample
from frameworkqda.gui.views import VIEWS
from tests.gui import modal
from tests.gui.matrix_cells import click_cell, first_cell
from tests.gui.ui_strings import Shown, english, menu_strings, report, shown_strings

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    assert i18n.install(qapp, "ja") == "ja"
    yield
    i18n.install(qapp, "en")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.fqda"
    build_sample(path, coder="Hanako")
    add_second_coder(path, "Taro")
    return path


class Walk:
    """Opens things as a person does and keeps what each showed."""

    def __init__(self, window: MainWindow, qtbot: object) -> None:
        self.window = window
        self.qtbot = qtbot
        self.shown: list[Shown] = []
        self.opened: list[str] = []  # what the walk opened, for the failure message

    def read(self, widget: QWidget, where: str) -> None:
        self.shown.extend(shown_strings(widget, where))
        message = self.window.statusBar().currentMessage()
        if message:
            self.shown.append(Shown(f"{where}: status bar", message))

    def opening(self, where: str, act: Callable[[], object]) -> None:
        """Do ``act``; read and close every window it opens (modal ones included, as they
        come), and the windows those open in turn."""
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        idle = [0]

        def catch() -> None:
            new = [
                w
                for w in QApplication.topLevelWidgets()
                if w.isVisible() and id(w) not in before and w is not self.window
            ]
            for widget in new:
                name = f"{where} → {widget.windowTitle() or type(widget).__name__}"
                self.opened.append(name)
                self.read(widget, name)
                _close(widget)
            idle[0] = 0 if new else idle[0] + 1
            if idle[0] < 6:
                QTimer.singleShot(40, catch)

        QTimer.singleShot(0, catch)
        act()
        self.qtbot.waitUntil(lambda: idle[0] >= 6, timeout=10000)  # type: ignore[attr-defined]
        self.read(self.window, where)


def _close(widget: QWidget) -> None:
    if isinstance(widget, QMessageBox):
        button = widget.escapeButton() or widget.defaultButton()
        if button is not None:
            button.click()
            return
    if isinstance(widget, QDialog):
        widget.reject()
    widget.close()


def _menu_actions(menu: QMenu) -> list[QAction]:
    actions = []
    for action in menu.actions():
        if action.menu() is not None:
            actions.extend(_menu_actions(action.menu()))  # type: ignore[arg-type]
        elif not action.isSeparator():
            actions.append(action)
    return actions


def _opens_a_window(text: str) -> bool:
    """By the convention the menus and buttons follow, a label ending in … opens a dialog."""
    return text.rstrip().endswith(("…", "..."))


def _right_click(widget: QAbstractItemView | QWidget, point: QPoint) -> None:
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, target.mapToGlobal(point))
    QApplication.sendEvent(target, event)


def _data(window: MainWindow) -> tuple[set[str], list[str]]:
    """What the project holds and shows as it is: names, paths, coders and document text."""
    assert window.session is not None
    project = window.session.project
    data = {project.name, str(project.location), project.coder_name}
    documents = workspace.documents(project)
    data |= {d.name for d in documents} | {Path(d.name).stem for d in documents}
    for code in window.session.codes():
        data |= {code.name, window.session.code_path(code.id), code.definition or ""}
    from frameworkqda.core.cases import list_cases

    data |= {c.name for c in list_cases(project)}
    data |= set(coder_names(project)) | set(score_series(project))
    data |= {value.label for value in scale(project)}  # the value scale is the project's
    data |= {name.upper() for name in data}  # the matrix heads its themes in capitals
    texts = [workspace.document_content(project, d.id).text for d in documents]
    return data, texts


def test_every_window_of_the_japanese_interface_is_japanese(
    qtbot: object, japanese: None, sample: Path, settings: object, tmp_path: Path
) -> None:
    with qtbot.capture_exceptions() as errors:  # type: ignore[attr-defined]
        window = MainWindow(settings)  # type: ignore[arg-type]
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.resize(1400, 900)
        window.show()
        walk = Walk(window, qtbot)

        # the start page, and what its buttons open
        walk.read(window, "start page")
        for button in window.start_page.findChildren(QAbstractButton):
            if _opens_a_window(button.text()):
                walk.opening(f"start page: {button.text()}", button.click)

        window.open_project(str(sample))
        assert window.session is not None

        # every menu, opened and closed, and every action in it that opens a window
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            assert isinstance(menu, QMenu)
            menu.popup(window.mapToGlobal(QPoint(20, 20)))
            walk.shown.extend(menu_strings(menu, "menu bar"))
            menu.close()
            last = menu is window.menuBar().actions()[-1].menu()  # Help: every item opens one
            for action in _menu_actions(menu):
                language = action.isCheckable() and not action.isChecked()  # says "on restart"
                if action.isEnabled() and (_opens_a_window(action.text()) or last or language):
                    walk.opening(f"{menu.title()} → {action.text()}", action.trigger)

        # every view, through the View menu, and the buttons in it that open a window
        view_actions = [
            a
            for a in _menu_actions(window.menuBar().actions()[3].menu())
            if a.shortcut().toString()
        ]
        assert len(view_actions) >= 8
        seen_views = set()
        for action in view_actions:
            walk.opening(f"View → {action.text()}", action.trigger)
            view = window.work_stack.current()
            seen_views.add(window.current_view)
            for button in view.findChildren(QAbstractButton):
                if button.isVisible() and button.isEnabled() and _opens_a_window(button.text()):
                    walk.opening(f"{action.text()} → {button.text()}", button.click)
        assert {VIEWS[key].factory for key in seen_views} == {s.factory for s in VIEWS.values()}

        # context menus: the document text with a selection, the matrix with a cell chosen
        window.show_view("documents")
        documents = workspace.documents(window.session.project)
        window.open_document(next(d.id for d in documents if d.kind == "pdf"))
        window.document_area.show_pages(False)
        text_view = window.document_area.text_view
        text_view.select_range(10, 20)
        walk.opening("document text: right click", lambda: _right_click(text_view, QPoint(40, 40)))
        walk.opening(
            "Ctrl+K",
            lambda: qtbot.keyClick(text_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier),
        )  # type: ignore[attr-defined]
        matrix = window.show_view("matrix")
        table = matrix.table  # type: ignore[union-attr]
        table.setCurrentIndex(table.model().index(0, 2))
        point = table.visualRect(table.currentIndex()).center()
        walk.opening("matrix: right click", lambda: _right_click(table, point))

        # the import dialog, as files dropped on the window open it
        dropped = tmp_path / "note.txt"
        dropped.write_text("多文化共生の推進について\n", encoding="utf-8")
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(dropped))])
        drop = QDropEvent(
            QPointF(200, 200),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        walk.opening("files dropped on the window", lambda: QApplication.sendEvent(window, drop))

    data, texts = _data(window)
    left = english(walk.shown, data, texts)
    assert len(walk.shown) > 300, "the walk read too little to mean anything"
    failures = [report(left, i18n.source("ja"))] if left else []
    failures += [
        f"raised while walking: {error[1]!r} at "
        + " ← ".join(
            f"{f.filename.split('frameworkqda/', 1)[-1]}:{f.lineno}"
            for f in extract_tb(error[2])[::-1]
            if "/frameworkqda/" in f.filename
        )
        for error in errors
    ]
    assert not failures, "\n".join(failures)


def test_an_auto_draft_in_japanese_begins_in_japanese(
    qtbot: object, japanese: None, sample: Path, settings: object, tmp_path: Path
) -> None:
    """Ctrl+4, a click on a cell with evidence and no summary, a click on 自動下書きを挿入: the
    draft's first line (how many passages where) is Japanese; the quotes stay as coded."""
    import shutil

    from frameworkqda.gui.matrix.view import MatrixView

    path = tmp_path / "sample.fqda"
    shutil.copy(sample, path)
    window = MainWindow(settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    window.open_project(str(path))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    matrix = window.views["matrix"]
    assert isinstance(matrix, MatrixView)
    click_cell(qtbot, matrix, *first_cell(matrix, matrix.model.needs_summary))
    qtbot.mouseClick(matrix.evidence.draft_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    head, *quotes = matrix.evidence.editor.toPlainText().split("\n")
    assert head.endswith("）。") and " 箇所（" in head and "passage" not in head
    assert quotes and all(quote.startswith(("「", "“")) for quote in quotes)


def _open_copy(qtbot: object, settings: object, sample: Path, folder: Path) -> MainWindow:
    """The sample project (a copy: these tests change it) in a window in front."""
    copy = folder / "sample.fqda"
    shutil.copy(sample, copy)
    window = MainWindow(settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1400, 900)
    window.show()
    window.open_project(str(copy))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
    return window


def test_a_template_applied_in_japanese_adds_its_japanese_themes(
    qtbot: object, japanese: None, sample: Path, settings: object, tmp_path: Path
) -> None:
    """Codebook → Apply template…: the chooser lists the templates' Japanese names and MIPEX
    adds its Japanese area names (家族呼び寄せ …), one undo step."""
    window = _open_copy(qtbot, settings, sample, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    editor = window.views["codebook"]
    assert isinstance(editor, CodebookEditor)
    listed: list[str] = []

    def pick_mipex(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        listed.extend(box.comboBoxItems())
        box.setTextValue("MIPEX（8つの政策分野）")
        box.accept()

    modal.answer(QInputDialog, pick_mipex)
    qtbot.mouseClick(editor.buttons["Apply template…"], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert "MIPEX（8つの政策分野）" in listed and "MIPEX (8 policy areas)" not in listed
    assert editor.status.text().startswith("テンプレート「MIPEX（8つの政策分野）」から ")
    assert window.session is not None
    names = {code.name for code in window.session.codes()}
    assert {"家族呼び寄せ", "国籍取得", "政治参加"} <= names
    assert window.session.undo_stack.undoText() == "テンプレート「mipex」を適用"


def test_the_export_dialog_previews_and_writes_japanese_tables(
    qtbot: object, japanese: None, sample: Path, settings: object, tmp_path: Path
) -> None:
    """Mapping → Export tables…: 表1 テーマ別・ケース別の施策数 in the preview and the file."""
    window = _open_copy(qtbot, settings, sample, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    mapping = window.views["mapping"]
    assert isinstance(mapping, MappingView)
    wanted = QCoreApplication.translate("MappingView", "Export tables…")
    (button,) = [b for b in mapping.findChildren(QPushButton) if b.text() == wanted]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    export = mapping.export_dialog
    assert isinstance(export, ExportDialog)
    assert [t.caption for t in export.tables][-1].startswith("表")
    counts = next(t for t in export.tables if t.caption.endswith(" テーマ別・ケース別の施策数"))
    assert counts.header[0] == "テーマ" and [row[0] for row in counts.rows][-2:] == ["合計", "平均"]
    target = tmp_path / "表.xlsx"
    export.path.setText(str(target))
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(export.done_event.is_set, timeout=20000)  # type: ignore[attr-defined]
    sheet = openpyxl.load_workbook(target)["件数"]
    assert str(sheet["A1"].value).endswith(" テーマ別・ケース別の施策数")
    export.close()
