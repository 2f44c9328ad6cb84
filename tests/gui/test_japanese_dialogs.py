"""In Japanese, the dialogs and views (import, export, REFI-QDA, merge, codebook, scores,
document, matrix, review, search) show Japanese.

The catalogue ``resources/translations/frameworkqda_ja.ts`` is compiled with pyside6-lrelease
and installed before the window is built, as the app does for a Japanese locale. Each screen is
opened the way a person opens it (menu action, shortcut, button, right-click) and every
visible text of it — labels, buttons, placeholders, tooltips, tab and header labels, combo
entries, window titles — must read Japanese once the project's data (case, code, document,
value, series and file names) and a few product names are taken out. Widgets of other files
(the codebook tree, the coder filter) are left to the whole-window walk.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QWidget,
)

from frameworkqda.core import cases, charting, scores, workspace
from frameworkqda.core.messages import utc_minute
from frameworkqda.core.words import is_japanese
from frameworkqda.gui import i18n
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.coders import CoderFilterBox
from frameworkqda.gui.export_dialog import ExportDialog
from frameworkqda.gui.import_dialog import ImportDialog
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.mapping.view import MappingView
from frameworkqda.gui.matrix.view import MatrixView
from frameworkqda.gui.merge_dialog import MergeDialog
from frameworkqda.gui.panels import CodebookTree
from frameworkqda.gui.refi_dialogs import RefiExportDialog
from frameworkqda.gui.review.view import ReviewView
from frameworkqda.gui.sample import build_sample
from frameworkqda.gui.search.panel import SearchPanel
from tests.gui import modal
from tests.gui.clicks import open_document
from tests.gui.conftest import _sample_window
from tests.gui.matrix_cells import click_cell, first_cell
from tests.gui.searched import searched
from tests.gui.ui_strings import SHORTCUT

CATALOGUES = Path(__file__).parents[2] / "resources" / "translations"
# names of products, formats and keys that stay as they are in a Japanese interface
KEPT = (
    "FrameworkQDA",
    "REFI-QDA",
    "MAXQDA",
    "Windows",
    "NVivo",
    "ATLAS.ti",
    "QualCoder",
    "MIPEX",
    "Japan",
    "multilingual",
    "Excel",
    "Word",
    "CSV",
    "UTF-8",
    "CRLF",
    "Ctrl",
    "Enter",
    "xlsx",
    "docx",
    "html",
    "csv",
    "UTC",  # times are in UTC, said so in Japanese as in English ("更新日時（UTC）")
)


def _compiled(name: str, folder: Path) -> QTranslator:
    """``resources/translations/NAME.ts`` compiled with pyside6-lrelease and loaded, as the
    app loads it (its counts grouped: ``i18n.GroupedCounts``)."""
    source = CATALOGUES / f"{name}.ts"
    compiled = folder / f"{name}.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(source), "-qm", str(compiled)], check=True)
    translator = i18n.GroupedCounts()
    assert translator.load(str(compiled))
    return translator


@pytest.fixture
def japanese(qapp, tmp_path_factory) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app's Japanese catalogue installed, the default locale Japanese, for this test only."""
    ours, qt = _compiled("frameworkqda_ja", tmp_path_factory.mktemp("qm")), QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert qt.load("qtbase_ja", qt_folder), qt_folder  # Qt's own: Cancel, OK
    previous = QLocale()
    for translator in (qt, ours):
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    yield
    for translator in (qt, ours):
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def study(japanese, qtbot, settings, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    return _sample_window(qtbot, settings, tmp_path)  # type: ignore[no-any-return]


def _data(window: MainWindow) -> list[str]:
    """The project's own words, longest first: they are shown as they are."""
    assert window.session is not None
    project = window.session.project
    words = [c.name for c in cases.list_cases(project)]
    words += [d.name for d in workspace.documents(project)]
    words += [window.session.code_path(c.id) for c in window.session.codes()]
    words += [c.name for c in window.session.codes()]
    words += [v.label for v in charting.scale(project)]
    words += [s.series for s in scores.list_scores(project)]
    words += [project.name, str(project.location)]
    return sorted({w for w in words if w}, key=len, reverse=True)


def _texts(widget: QWidget) -> list[str]:
    """What a person reads on ``widget`` itself."""
    texts = [widget.toolTip()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QSpinBox):
        texts += [widget.prefix(), widget.suffix()]
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QTableView) and not isinstance(widget.parent(), MatrixView):
        model = widget.model()
        texts += [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(model.columnCount())
        ]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    return texts


def english_left(root: QWidget, data: list[str]) -> list[str]:
    """The visible texts under ``root`` that still read English (data and KEPT aside)."""
    left: list[str] = []
    others = (CodebookTree, CoderFilterBox)  # translated with the files they live in
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or any(isinstance(w, others) for w in _ancestry(widget, root)):
            continue
        for text in _texts(widget):
            rest = re.sub(r"<[^>]+>", " ", text)  # rich text: its words only
            for word in (*data, *KEPT):
                rest = rest.replace(word, " ")
            rest = re.sub(r"\S+\.(pdf|txt|fqda|qdpx|xlsx|docx|csv|html)\b", " ", rest)
            rest = SHORTCUT.sub(" ", rest)  # key names (Del, Ctrl+Shift+↓) as keyboards print them
            if re.search(r"[A-Za-z]{3,}", rest):
                left.append(f"{type(widget).__name__}: {text!r}")
    return left


def _ancestry(widget: QWidget, root: QWidget) -> Iterator[QWidget]:
    current: QWidget | None = widget
    while current is not None and current is not root:
        yield current
        current = current.parentWidget()


def _button(root: QWidget, english: str, context: str) -> QPushButton:
    """The button labelled with ``english`` as ``context`` translates it."""
    wanted = QCoreApplication.translate(context, english)
    (button,) = [b for b in root.findChildren(QPushButton) if b.text() == wanted]
    return button


def shortcut(qtbot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    """Press a window shortcut as a person does, the window in front (a dialog or a menu
    closed just before may have left it inactive)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, modifiers)


def test_dialogs_and_views_read_japanese(  # type: ignore[no-untyped-def]
    qtbot, study: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    data = _data(study)

    # Ctrl+I: the import dialog, then what happened to the file
    text = tmp_path / "浜松市メモ.txt"
    text.write_text("多文化共生の推進について。", encoding="utf-8")
    modal.choose(text)
    shortcut(qtbot, study, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = study.last_import
    assert isinstance(dialog, ImportDialog)
    assert dialog.windowTitle() == "文書の取り込み" and dialog.import_button.text() == "取り込む"
    assert english_left(dialog, data) == []
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=20000)
    assert dialog.label.text() == "ファイル 1 件中 1 件を取り込みました。"  # the noun first
    assert dialog.list.item(0).text() == "✓ 浜松市メモ.txt：取り込みました"  # its name once
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    data = _data(study)

    # Ctrl+1, the document: its tools
    shortcut(qtbot, study, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    pdf = next(d for d in workspace.documents(study.session.project) if d.kind == "pdf")  # type: ignore[union-attr]
    open_document(qtbot, study, pdf.id)
    area = study.document_area
    assert area.tabs.tabText(1) == "ページ" and area.read_button.text() == "既読にする"
    assert english_left(area, data) == []

    # Ctrl+4: the matrix, its evidence panel and a cell's context menu
    shortcut(qtbot, study, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    matrix = study.views["matrix"]
    assert isinstance(matrix, MatrixView)
    case_id, code_id = first_cell(matrix, matrix.model.evidence_count)
    click_cell(qtbot, matrix, case_id, code_id)
    index, viewport = matrix.index_for(case_id, code_id), matrix.table.viewport()
    assert english_left(matrix, [*data, matrix.evidence.editor.toPlainText()]) == []
    assert matrix.draft_all_button.text() == "空のセルを自動下書き"
    menu_texts: list[str] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, read_menu)
            return
        menu_texts.extend(a.text() for a in menu.actions() if not a.isSeparator())
        menu.close()

    QTimer.singleShot(0, read_menu)
    point = matrix.table.visualRect(index).center()
    QApplication.sendEvent(
        viewport,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse,
            point,
            viewport.mapToGlobal(point),
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    qtbot.waitUntil(lambda: bool(menu_texts))
    assert "0  値を消去" in menu_texts and "要約に自動下書きを挿入" in menu_texts

    # Ctrl+R review and Ctrl+Shift+F search (a search for 共生)
    shortcut(qtbot, study, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    review = study.views["review"]
    assert isinstance(review, ReviewView)
    assert review.model.headerData(0, Qt.Orientation.Horizontal) == "コード"
    assert english_left(review, data) == []
    shortcut(
        qtbot,
        study,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    search = study.views["search"]
    assert isinstance(search, SearchPanel)
    search.term.setText("共生")  # typed through an input method: keyClicks is ASCII only
    qtbot.keyClick(search.term, Qt.Key.Key_Return)
    searched(qtbot, search)
    assert search.count.text().startswith(f"ヒット {search.model.rowCount()} 件")
    assert english_left(search, data) == []

    # Ctrl+2: the codebook editor, then its Scores… dialog
    shortcut(qtbot, study, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    editor = study.views["codebook"]
    assert isinstance(editor, CodebookEditor)
    assert editor.buttons["Add theme…"].text() == "テーマを追加(&A)…"
    assert english_left(editor, data) == []
    # its file and template buttons ask first (a click never passes "checked" as a path)
    modal.choose()  # Cancel
    qtbot.mouseClick(editor.buttons["Import…"], Qt.MouseButton.LeftButton)
    asked: list[str] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        asked.append(box.labelText())
        box.reject()

    modal.answer(QInputDialog, cancel)
    qtbot.mouseClick(editor.buttons["Apply template…"], Qt.MouseButton.LeftButton)
    assert asked == ["追加するテーマのテンプレート："]
    qtbot.mouseClick(editor.buttons["Scores…"], Qt.MouseButton.LeftButton)
    assert editor.scores_editor.windowTitle() == "テーマごとの外部スコア"
    assert english_left(editor.scores_editor, data) == []
    editor.scores_editor.close()

    # Ctrl+5 → Export tables…: the export dialog (its preview is the file's own English)
    shortcut(qtbot, study, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    mapping = study.views["mapping"]
    assert isinstance(mapping, MappingView)
    qtbot.mouseClick(_button(mapping, "Export tables…", "MappingView"), Qt.MouseButton.LeftButton)
    export = mapping.export_dialog
    assert isinstance(export, ExportDialog) and export.windowTitle() == "表の書き出し"
    captions = [table.caption for table in export.tables]
    corners = [table.header[0] for table in export.tables]  # the preview's corner: the file's
    assert english_left(export, [*data, *captions, *corners]) == []
    export.close()

    # File → Export REFI-QDA project…
    target = tmp_path / "exchange.qdpx"
    modal.choose(target)
    study.export_refi_action.trigger()
    refi = study.findChild(RefiExportDialog, "refiExportDialog")
    assert (
        isinstance(refi, RefiExportDialog)
        and refi.windowTitle() == "REFI-QDA プロジェクトの書き出し"
    )
    assert english_left(refi, [*data, str(target)]) == []
    qtbot.mouseClick(refi.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(refi.done_event.is_set, timeout=30000)
    assert refi.label.text().startswith("「") and "に書き出しました。" in refi.label.text()
    assert "QualCoder" in refi.message.text() and "merges" not in refi.message.text()
    refi.close()

    # File → Merge project…: the other copy merged, the summary in Japanese
    other = tmp_path / "other" / "sample.fqda"
    other.parent.mkdir()
    build_sample(other)
    modal.choose(other)
    study.merge_action.trigger()
    merge = study.findChild(MergeDialog, "mergeDialog")
    assert isinstance(merge, MergeDialog)
    qtbot.waitUntil(lambda: merge.summary_dialog is not None, timeout=30000)
    summary = merge.summary_dialog
    assert summary is not None and summary.windowTitle() == "プロジェクトの統合：概要"
    assert "をこのプロジェクトに統合しました" in summary.headline.text()
    assert english_left(summary, [*data, str(other)]) == []
    assert "競合：両方を保持" in summary.browser.toPlainText()
    summary.close()


def test_counts_in_japanese_times_in_utc(japanese, qtbot, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The review's Updated column gives the time as every message does, in UTC (its title
    says so), and the count is grouped in Japanese."""
    window = _sample_window(qtbot, settings, tmp_path)
    shortcut(qtbot, window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    review = window.views["review"]
    assert isinstance(review, ReviewView)
    row = review.model.rows[0]
    assert row.updated is not None
    shown = review.model.data(review.model.index(0, 8))
    assert shown == utc_minute(row.updated)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", str(shown))
    assert review.model.headerData(8, Qt.Orientation.Horizontal) == "更新日時（UTC）"
    assert (
        review.count.text()
        == f"セグメント {review.model.rowCount()} 件中 {review.model.rowCount()} 件"
    )


def test_the_walk_finds_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The check itself: an English label is named, data and product names are not."""
    box = QWidget()
    qtbot.addWidget(box)
    QLabel("Kawasaki · REFI-QDA (.qdpx) · 取り込み", box)
    QPushButton("Import documents", box)
    box.show()
    assert english_left(box, ["Kawasaki"]) == ["QPushButton: 'Import documents'"]


def test_english_plurals_from_the_english_catalogue(qtbot, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """frameworkqda_en.ts gives English its plural forms: "17 of 17 segments", not "segment(s)"."""
    english = _compiled("frameworkqda_en", tmp_path)
    QCoreApplication.installTranslator(english)
    try:
        window = _sample_window(qtbot, settings, tmp_path)
        shortcut(qtbot, window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        review = window.views["review"]
        assert isinstance(review, ReviewView)
        count = review.model.rowCount()
        assert count > 1 and review.count.text() == f"{count} of {count} segments"
    finally:
        QCoreApplication.removeTranslator(english)


def test_exchange_steps_read_japanese(japanese) -> None:  # type: ignore[no-untyped-def]
    """The steps the core reports during a REFI-QDA exchange or a merge, as the dialogs show
    them; a step naming a file stays as the core says it."""
    from frameworkqda.core.merge import STEPS
    from frameworkqda.gui.refi_dialogs import step_label

    assert [step_label(f"merging {step}") for step in STEPS][:2] == [
        "コーダーを統合中",
        "ケースを統合中",
    ]
    assert all(is_japanese(step_label(f"merging {step}")) for step in STEPS)
    assert step_label("reading the file") == "ファイルを読み込み中"
    assert step_label("reading plan.fqda") == "reading plan.fqda"


def test_the_case_sheet_names_kinds_and_groups_numbers_in_japanese(study: MainWindow) -> None:
    """The Kind box listed the keywords text, integer, number, boolean, date (and in English
    too); a population showed as 790718, with no grouping."""
    from frameworkqda.core import model
    from frameworkqda.gui.cases_dialog import AttributeDialog, CasesDialog
    from tests import writes

    assert study.session is not None
    project = study.session.project
    hamamatsu = next(c.id for c in cases.list_cases(project) if c.name == "Hamamatsu")
    writes.set_attribute(project, hamamatsu, "人口", 790718, model.AttributeKind.NUMBER)
    study.open_cases()
    dialog = study.cases_dialog
    assert isinstance(dialog, CasesDialog)
    table = dialog.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Hamamatsu")
    assert table.item(row, 2).text() == "790,718"
    assert table.horizontalHeaderItem(2).toolTip().startswith("数値。右クリック")
    kinds = [AttributeDialog(dialog).kind_box.itemText(i) for i in range(len(model.AttributeKind))]
    assert kinds == ["テキスト", "整数", "数値", "はい／いいえ", "日付"]


def _phrase_end(line: str, after: str) -> bool:
    """A Japanese line ends where a reader pauses: after 。 or 、, or where a particle or an
    inflection (hiragana) meets the next word's kanji or katakana."""
    if line[-1] in "。、":
        return True
    return "\u3041" <= line[-1] <= "\u309f" and not ("\u3041" <= after[0] <= "\u309f")


@pytest.mark.parametrize("width", [820, 640, 460])
def test_a_refusal_under_the_case_sheet_breaks_after_a_phrase_never_leaving_a_fragment(
    study: MainWindow, qtbot, width: int
) -> None:  # type: ignore[no-untyped-def]
    """Changing an attribute's kind when a value cannot be converted: the refusal under the
    sheet wrapped anywhere, its last line 「さい。」 or 「空にしてください。」 alone. It now
    breaks after 。 or 、 or between phrases, and the last line is no fragment."""
    from frameworkqda.core import model
    from frameworkqda.gui.cases_dialog import CasesDialog
    from tests import writes
    from tests.gui import modal
    from tests.gui.shown_lines import last_line_share, shown_lines

    assert study.session is not None
    project = study.session.project
    ids = {c.name: c.id for c in cases.list_cases(project)}
    writes.set_attribute(project, ids["Hamamatsu"], "外国人住民の割合（％）", 3.6)
    writes.set_attribute(project, ids["Osaka"], "人口", "約275万人", model.AttributeKind.TEXT)
    study.resize(1500, 900)
    study.open_cases()
    dialog = study.cases_dialog
    assert isinstance(dialog, CasesDialog)
    dialog.resize(width, 460)
    qtbot.waitUntil(dialog.isVisible)

    for column in (2, 3):  # 整数 for 3.6, then 数値 for 約275万人: both refused
        attribute = dialog.attribute_at(column)
        assert attribute is not None
        want = "整数" if attribute.name.startswith("外国人") else "数値"

        def choose(box: QWidget, want: str = want) -> None:
            assert isinstance(box, QInputDialog)
            box.setTextValue(want)
            modal.ok(box)

        modal.answer(QInputDialog, choose)
        dialog.change_kind(attribute)
        qtbot.wait(20)
        said = dialog.status.text()
        assert said.startswith(f"「{attribute.name}」の種類を「{want}」に変更できません。")
        lines = shown_lines(dialog.status)
        assert "".join(lines) == said  # the whole message, nothing cut
        assert len(lines) >= 2 or width == 820  # (at 820 the second one fits one line)
        assert last_line_share(dialog.status) >= 0.25, lines
        for line, after in itertools.pairwise(lines):
            assert _phrase_end(line, after), lines
        bottom = dialog.status.mapTo(dialog, dialog.status.rect().bottomLeft()).y()
        assert bottom <= dialog.height()  # every line on screen


@pytest.mark.parametrize("width", [1500, 1200])
def test_the_codebook_editors_message_after_a_deletion_leaves_no_fragment(
    study: MainWindow, monkeypatch, width: int
) -> None:  # type: ignore[no-untyped-def]
    """Deleting a theme says what went with it, a long line in the editor's narrow left
    column; Qt's own wrapping left its last characters alone on the last line."""
    from PySide6.QtWidgets import QMessageBox

    from frameworkqda.gui.codebook_editor import CodebookEditor
    from tests.gui.shown_lines import last_line_share, shown_lines
    from tests.gui.test_codebook_editor import _answer

    study.resize(width, 900)
    editor = study.show_view("codebook")
    assert isinstance(editor, CodebookEditor)
    assert study.session is not None
    themes = [c for c in study.session.codes() if c.parent_id is None and c.children]
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    for theme in themes[:3]:
        editor.select(theme.id)
        editor.delete()
        said = editor.status.text()
        assert said.startswith(f"「{theme.name}」を削除しました：")
        lines = shown_lines(editor.status)
        assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", said)  # nothing cut
        assert last_line_share(editor.status) >= 0.25, lines
        for line, after in itertools.pairwise(lines):  # a count stays with its word: 3 件
            assert not (line.rstrip()[-1:].isdigit() and after.lstrip()[:1] in "件個"), lines


def test_the_import_summary_is_whole_sentences_in_japanese(  # type: ignore[no-untyped-def]
    qtbot, study: MainWindow, tmp_path: Path
) -> None:
    """Each part of the summary its own sentence: the tester read "…取り込みました、2 件は失敗。",
    a finished sentence run on with a comma into a fragment."""
    text = "浜松市の多文化共生について。"
    (tmp_path / "浜松.txt").write_text(text, encoding="utf-8")
    (tmp_path / "浜松の写し.txt").write_text(text, encoding="utf-8")  # the same text again
    (tmp_path / "壊れた.pdf").write_bytes(b"%PDF-1.4 not a PDF after all")
    modal.choose(*(tmp_path / name for name in ("浜松.txt", "浜松の写し.txt", "壊れた.pdf")))
    shortcut(qtbot, study, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = study.last_import
    assert isinstance(dialog, ImportDialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=20000)
    assert dialog.label.text() == (
        "ファイル 3 件中 1 件を取り込みました。1 件は既にプロジェクトにあります。"
        "1 件は失敗しました。"
    )
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
