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
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFileSystemModel,
    QInputDialog,
    QMenu,
    QPushButton,
    QWidget,
)

from frameworkqda.core import codebook, workspace
from frameworkqda.core.charting import build_matrix
from frameworkqda.core.charting.matrix import scale
from frameworkqda.core.coders import coder_names
from frameworkqda.core.exports.preview import preview
from frameworkqda.core.languages import export_language
from frameworkqda.core.mapping import build_report, score_series
from frameworkqda.core.store import Project, open_project
from frameworkqda.gui import i18n
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.export_dialog import ExportDialog
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.mapping.view import MappingView
from frameworkqda.gui.refi_dialogs import RefiExportDialog
from frameworkqda.gui.sample import add_second_coder, build_sample
from frameworkqda.gui.views import VIEWS
from tests import writes
from tests.core.test_damaged_project import damaged  # noqa: F401  (fixture)
from tests.gui import lossy_qdpx, modal
from tests.gui.clicks import click_current
from tests.gui.drops import dropped, files
from tests.gui.matrix_cells import click_cell, first_cell
from tests.gui.ui_strings import english, menu_strings, report
from tests.gui.walk import Answer, Walk, choose_file, opens_a_window, pick_first, press_once

VIEWS_WRITTEN = ("counts", "ranks", "cells")  # the export dialog's tables

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


def _menu_actions(menu: QMenu) -> list[QAction]:
    actions = []
    for action in menu.actions():
        if action.menu() is not None:
            actions.extend(_menu_actions(action.menu()))  # type: ignore[arg-type]
        elif not action.isSeparator():
            actions.append(action)
    return actions


def _action(menu: QMenu, source: str) -> QAction:
    """The action of ``menu`` whose English text is ``source``, in the language shown."""
    text = QCoreApplication.translate("WindowMenus", source)
    (action,) = [a for a in menu.actions() if a.text() == text]
    return action


def _over(existing: Path) -> Answer:
    """In the export of tables: the name of a file that is there, then Export."""
    asked: list[bool] = []

    def answer(widget: QWidget) -> bool:
        if not isinstance(widget, ExportDialog) or asked:
            return False
        asked.append(True)
        widget.path.setText(str(existing))
        widget.export_button.click()
        return True

    return answer


def _drop(window: MainWindow, folder: Path, name: str) -> None:
    """A new text file dragged from a file manager and dropped on the document list, below
    its cases (the window takes a drop too, but offscreen Qt delivers no drag moves to it)."""
    path = folder / f"{name}.txt"
    path.write_text(f"{name}：多文化共生の推進について\n", encoding="utf-8")
    target = window.document_tree.viewport()
    assert dropped(target, files(path), QPoint(20, target.height() - 5)).isAccepted()


def _right_click(widget: QAbstractItemView | QWidget, point: QPoint) -> None:
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, target.mapToGlobal(point))
    QApplication.sendEvent(target, event)


def _exported_words(project: Project) -> set[str]:
    """The captions and headers Export tables… previews: in the project's language (the
    sample's is English), as ``matrix`` writes them without ``--language``, not the
    interface's."""
    language = export_language(project)
    report = build_report(project)
    tables = [t for view in VIEWS_WRITTEN for t in preview(report, "xlsx", view, language=language)]
    return {t.caption for t in tables} | {str(h) for t in tables for h in t.header}


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
    with project.session() as session:  # paths as the core writes them: "A/B\\/C"
        data |= {node.path for node in codebook.tree(session)}
    data |= {str(s) for s in build_matrix(project).summary.to_numpy().ravel()}  # summaries
    data |= _exported_words(project)
    data |= {name.upper() for name in data}  # the matrix heads its themes in capitals
    texts = [workspace.document_content(project, d.id).text for d in documents]
    return data, texts


def test_every_window_of_the_japanese_interface_is_japanese(
    qtbot: object,
    japanese: None,
    sample: Path,
    settings: object,
    tmp_path: Path,
    damaged: Path,  # noqa: F811
) -> None:
    project = tmp_path / "sample.fqda"  # a copy: the walk merges another project into it
    shutil.copy(sample, project)
    with qtbot.capture_exceptions() as errors:  # type: ignore[attr-defined]
        window = MainWindow(settings)  # type: ignore[arg-type]
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.resize(1400, 900)
        window.show()
        walk = Walk(window, qtbot)

        # the start page, and what its buttons open
        walk.read(window, "start page")
        for button in window.start_page.findChildren(QAbstractButton):
            if opens_a_window(button.text()):
                walk.opening(f"start page: {button.text()}", button.click)

        window.open_project(str(project))
        assert window.session is not None

        # every menu, opened and closed, and every action in it that opens a window
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            assert isinstance(menu, QMenu)
            menu.popup(window.mapToGlobal(QPoint(20, 20)))
            walk.shown.extend(menu_strings(menu, "menu bar"))
            menu.close()
            last = menu is window.menuBar().actions()[-1].menu()  # Help: every item opens one
            # (View → Language asks in the language chosen: English for English. Choosing
            # 日本語 from English is walked in tests/gui/test_i18n.py.)
            for action in _menu_actions(menu):
                if action.isEnabled() and (opens_a_window(action.text()) or last):
                    walk.opening(f"{menu.title()} → {action.text()}", action.trigger)

        # every view, through the View menu, and the buttons in it that open a window (the
        # export of tables asked to write over a file that is there: it asks first)
        existing = tmp_path / "tables.xlsx"
        existing.write_bytes(b"")
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
                if button.isVisible() and button.isEnabled() and opens_a_window(button.text()):
                    walk.opening(
                        f"{action.text()} → {button.text()}", button.click, _over(existing)
                    )
        assert {VIEWS[key].factory for key in seen_views} == {s.factory for s in VIEWS.values()}

        # the codebook with a code chosen: what its buttons ask (Delete…, Merge into…)
        codebook = window.show_view("codebook")
        assert isinstance(codebook, CodebookEditor)
        tree = codebook.tree
        tree.setCurrentIndex(tree.model().index(0, 0))
        click_current(qtbot, tree)
        for button in codebook.findChildren(QAbstractButton):
            if button.isVisible() and button.isEnabled() and opens_a_window(button.text()):
                walk.opening(f"a code chosen → {button.text()}", button.click, pick_first)

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

        # a value set with key 1, the cell then changed by Taro in another program: Edit →
        # Undo asks before writing over his change
        case_id, code_id = first_cell(matrix, lambda case, code: True)  # type: ignore[arg-type]
        click_cell(qtbot, matrix, case_id, code_id)
        qtbot.keyClick(table, Qt.Key.Key_1)  # type: ignore[attr-defined]
        with open_project(str(project)) as other:
            other.coder_name = "Taro"
            writes.set_cell(other, case_id, code_id, summary="Taro's reading", value="No")
        walk.opening("Edit → Undo over Taro's change", window.undo_action.trigger)

        # the import dialog, as files dropped on the window open it
        walk.opening("files dropped on the document list", lambda: _drop(window, tmp_path, "note"))

        # closing while an import runs asks first: the import dialog, then the project (the
        # question comes before the job's end reaches the window: it is still running)
        for where, close in (
            ("the import closed while it runs", lambda dialog: dialog.close()),
            ("File → Close project while an import runs", lambda _: window.close_action.trigger()),
        ):
            _drop(window, tmp_path, where[:12])
            importing = window.last_import
            assert importing is not None

            def import_then_close(dialog: QWidget = importing, close: Callable = close) -> None:  # type: ignore[type-arg]
                qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
                close(dialog)

            walk.opening(where, import_then_close)
            qtbot.waitUntil(importing.done_event.is_set, timeout=30000)  # type: ignore[attr-defined]
            walk.read(importing, f"{where}: the import, ended")
            importing.close()
        assert window.session is not None  # "Don't close the project" (Esc) kept it open

        data, texts = _data(window)  # the project's own, before the merge changes it

        # the exchanges carried through: a merge and its report, a REFI-QDA export, its
        # import and the carry-over report (the window then shows the imported project)
        other = tmp_path / "other" / "sample.fqda"
        other.parent.mkdir()
        build_sample(other, coder="Taro")
        exchange, imported = tmp_path / "exchange.qdpx", tmp_path / "imported.fqda"
        file_menu = window.menuBar().actions()[0].menu()
        merge, export, import_ = (
            _action(file_menu, text)
            for text in (
                "&Merge project…",
                "&Export REFI-QDA project (.qdpx)…",
                "Import &REFI-QDA project (.qdpx, .qde)…",
            )
        )
        walk.opening("File → Merge project", merge.trigger, choose_file(other))
        press_export = press_once(RefiExportDialog, lambda d: d.export_button)  # type: ignore[attr-defined]
        walk.opening(
            "File → Export REFI-QDA", export.trigger, choose_file(saving=exchange), press_export
        )
        assert exchange.exists()
        walk.opening("File → Import REFI-QDA", import_.trigger, choose_file(exchange, imported))
        assert window.session is not None and window.session.project.location.path == imported
        # a file that loses and changes things: the carry-over report's lines, each read
        lossy = lossy_qdpx.write(tmp_path / "失われる研究.qdpx")
        where = "File → Import REFI-QDA (a file that loses things)"
        walk.opening(where, import_.trigger, choose_file(lossy, tmp_path / "失われる研究.fqda"))
        reported = "\n".join(s.text for s in walk.shown if s.where.startswith(where))
        for line in (  # not carried over, then changed on the way
            "セット「重点」（47 行目）：セットには対応していません",
            "画像「写真」：画像・音声・動画には対応していません（コーディング 1 件は引き継が"
            "れていません）",
            "ケース「浜松市」：変数「人口」の値「八十万」が変数の型に合いません",
            "文書「聞き取り」の名前を「聞き取り (2)」に変えました（名前は重複できません）",
            "変数「調査日」：日時の値はテキストとして保持しました",
        ):
            assert line in reported, reported

        # a damaged project, opened: what it offers
        opening = _action(file_menu, "&Open project…")
        walk.opening("File → Open project (damaged)", opening.trigger, choose_file(damaged))

    reached = {
        "ImportDialog",  # a drop
        "closeImportQuestion",  # its close while it runs
        "stopJobsQuestion",  # the project's close while it runs
        "confirmBox",  # Delete… and Merge into… in the codebook
        "undoOverwrites",  # Edit → Undo over another coder's change
        "scoresEditor",  # Scores…, and Delete series… in it (a QMessageBox)
        "MergeSummaryDialog",
        "refiExportDialog",
        "carryOverDialog",  # the REFI-QDA import's report
        "damagedProjectDialog",
        "QMessageBox",
        "QFileDialog",
        "QInputDialog",
        "QColorDialog",
    }
    assert reached <= walk.met, f"the walk did not reach {reached - walk.met}"
    after, more = _data(window)
    left = english(walk.shown, data | after | lossy_qdpx.names(lossy), texts + more)
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
        modal.ok(box)

    modal.answer(QInputDialog, pick_mipex)
    qtbot.mouseClick(editor.buttons["Apply template…"], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert "MIPEX（8つの政策分野）" in listed and "MIPEX (8 policy areas)" not in listed
    assert editor.status.text().startswith("テンプレート「MIPEX（8つの政策分野）」からコード ")
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
    # the sample project is English: its tables start in English, Japanese is chosen
    assert export.language_box.currentText() == "英語"
    assert [t.caption for t in export.tables][-1].startswith("Table")
    export.language_box.showPopup()
    view = export.language_box.view()
    index = view.model().index(export.language_box.findText("日本語"), 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )  # type: ignore[attr-defined]
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


def test_the_import_file_dialog_names_a_folder_in_japanese(
    qtbot: object, japanese: None, sample: Path, settings: object, tmp_path: Path
) -> None:
    """File → Import (Ctrl+I) in Japanese: the file list's type column said "Folder", a
    string of Qt's that its own Japanese catalogue lacks (QAbstractFileIconProvider)."""
    window = _open_copy(qtbot, settings, sample, tmp_path)
    documents = tmp_path / "文書"
    (documents / "浜松市").mkdir(parents=True)
    window.settings.set_last_folder(str(documents))
    seen: dict[str, str] = {}

    def read(box: QWidget) -> None:
        assert isinstance(box, QFileDialog)
        model = box.findChild(QFileSystemModel)
        assert isinstance(model, QFileSystemModel)
        folder = model.index(str(documents / "浜松市"))
        qtbot.waitUntil(lambda: model.data(folder.siblingAtColumn(2)) is not None)  # type: ignore[attr-defined]
        seen["type"] = model.data(folder.siblingAtColumn(2))
        seen["header"] = model.headerData(2, Qt.Orientation.Horizontal)
        box.reject()

    modal.answer(QFileDialog, read)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert seen == {"type": "フォルダー", "header": "タイプ"}
