"""What a researcher must read fits the window, in English and in Japanese.

Found on screenshots at 1500 × 900: a refused undo's status line ("元に戻せませんでした：…:
/a/long/path.fqda: 使用中です。…") ran under the project's figures at the status bar's right,
its reason cut off; and the Mapping view with 13 cases or more was wider than the window (ρ per
case on one line), the chart and the memo off the screen.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea, QSizeGrip, QWidget

from frameworkqda.core import charting, commands, scores, workspace
from frameworkqda.core.exchange.refi.report import CarryOverReport
from frameworkqda.core.merge import MergeSummary
from frameworkqda.core.store import open_project
from frameworkqda.core.store.engine import WRITE_WAIT_ENV
from frameworkqda.gui import i18n
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.mapping.view import MappingView
from frameworkqda.gui.merge_dialog import MergeSummaryDialog
from frameworkqda.gui.refi_dialogs import CarryOverDialog
from frameworkqda.gui.review.model import TEXT
from frameworkqda.gui.review.view import CASE, DOCUMENT, ReviewView
from frameworkqda.gui.sample import build_sample
from frameworkqda.gui.start_page import TemplateDialog
from tests import writes

CITIES = [f"City {n:02d}" for n in range(1, 41)]
CITIES_JA = [f"第{n}市" for n in range(1, 41)]


@pytest.fixture(params=["en", "ja"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    assert i18n.install(qapp, request.param) == request.param
    yield request.param
    i18n.install(qapp, "en")


def _window(qtbot, settings, location: Path, width: int, height: int) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.open_project(str(location))
    assert window.session is not None
    QApplication.processEvents()
    return window


def _inside(widget: QWidget, room: QWidget) -> bool:
    """``widget`` wholly within ``room`` (both on screen), nothing of it cut off."""
    rect = QRect(widget.mapTo(room, QPoint(0, 0)), widget.size())
    return widget.isVisible() and not rect.isEmpty() and room.rect().contains(rect)


def _message_room(window: MainWindow) -> int:
    """The width Qt paints the status message in: from its left margin (6) to the first
    widget shown at the bar's right (the project's figures, a job, the coder), less 2."""
    bar = window.statusBar()
    right = bar.width() - 12
    grip = bar.findChild(QSizeGrip)
    if grip is not None and grip.isVisible():
        right = grip.x()
    for widget in (window.job_status, window.status, window.coder_switch.label):
        if widget.isVisible():
            right = min(right, widget.mapTo(bar, QPoint(0, 0)).x() - 2)
    return right - 6


@pytest.fixture
def short_write_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(WRITE_WAIT_ENV, "0.2")


def test_a_refused_undo_shows_its_whole_reason_in_the_status_bar(  # type: ignore[no-untyped-def]
    qtbot, settings, tmp_path: Path, language: str, short_write_wait: None
) -> None:
    folder = tmp_path / "研究プロジェクト" / "2026年度" / "多文化共生の推進に関する自治体比較調査"
    folder = folder / "共有フォルダ" / "最終版"
    folder.mkdir(parents=True)
    location = folder / "浜松・川崎・新宿の多文化共生施策.fqda"
    build_sample(location, language=language)
    window = _window(qtbot, settings, location, 1500, 900)
    session = window.session
    assert session is not None
    document = workspace.documents(session.project)[0]
    window.open_document(document.id)
    code = next(c for c in session.codes() if c.parent_id is not None)
    window.code_range(document.id, 0, 5, code.id)
    bar = window.statusBar()
    assert _inside(window.status, bar)  # the project's figures, beside a short message

    other = sqlite3.connect(str(location), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the project
        window.undo_action.trigger()
        QApplication.processEvents()
        shown = bar.currentMessage()
        whole = bar.toolTip()  # the whole message while it is shown shortened
        reason = "使用中です" if language == "ja" else "busy: held by another program"
        assert shown.startswith("元に戻せませんでした" if language == "ja" else "Not undone")
        assert bar.fontMetrics().horizontalAdvance(shown) <= _message_room(window), shown
        assert str(location) in whole and reason in whole
        if language == "ja":  # a full-width colon after the path: it read "….fqda: 使用中です"
            assert f"{location}：使用中です" in whole and f"{location}: " not in whole, whole
        tail = whole[whole.index(reason) :]
        assert shown.endswith(tail)  # the reason whole, to its last word
        assert location.name[-8:] in shown  # the file's name still ends the shortened path
    finally:
        if other.in_transaction:
            other.execute("COMMIT")
        other.close()

    window.undo_action.trigger()  # let go: it undoes, says so, and the figures are back
    QApplication.processEvents()
    assert bar.currentMessage().startswith("元に戻しました" if language == "ja" else "Undone")
    assert _inside(window.status, bar) and bar.toolTip() == ""
    assert bar.fontMetrics().horizontalAdvance(bar.currentMessage()) <= _message_room(window)


@pytest.fixture(scope="module")
def many_cases(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, int], Path]:
    """The sample in a language with so many cases in all, charted at random, and a score
    series; built once a module, each test given its own copy."""
    folder = tmp_path_factory.mktemp("many-cases")
    built: dict[tuple[str, int], Path] = {}

    def build(language: str, cases: int) -> Path:
        if (language, cases) not in built:
            path = folder / f"{language}-{cases}.fqda"
            build_sample(path, language=language)
            _add_cases(path, cases, language)
            built[(language, cases)] = path
        return built[(language, cases)]

    return build


def _add_cases(target: Path, cases: int, language: str) -> None:
    rng = random.Random(cases)
    with open_project(target) as project:
        for name in (CITIES_JA if language == "ja" else CITIES)[: cases - 4]:
            writes.add_case(project, name)
        labels = [value.label for value in charting.scale(project)]
        matrix = charting.build_matrix(project)
        for case_id in matrix.case_ids:
            for code_id in matrix.code_ids:
                if rng.random() < 0.2:
                    writes.set_cell(project, case_id, code_id, value=rng.choice(labels))
        themes = [c.id for c in workspace.codebook(project) if c.parent_id is None]
        series = {("MIPEX", theme): float(rng.randint(20, 90)) for theme in themes}
        scores.SetScores(series).apply(project)  # type: ignore[arg-type]


@pytest.mark.parametrize("size", [(1500, 900), (1280, 800)])
@pytest.mark.parametrize("cases", [13, 20, 40])
def test_mapping_shows_chart_memo_and_tables_whole_with_many_cases(  # type: ignore[no-untyped-def]
    qtbot,
    settings,
    tmp_path: Path,
    many_cases: Callable[[str, int], Path],
    language: str,
    cases: int,
    size: tuple[int, int],
) -> None:
    location = tmp_path / "many.fqda"
    shutil.copy(many_cases(language, cases), location)
    window = _window(qtbot, settings, location, *size)
    window.show_stage(5)
    view = window.work_stack.current()
    assert isinstance(view, MappingView)
    QApplication.processEvents()
    holder = window.work_stack.currentWidget()
    assert isinstance(holder, QScrollArea)
    room = holder.viewport()
    assert len(view.report.matrix.case_ids) == cases
    assert "ρ" in view.rho.text() and view.rho.text().count("·") >= cases - 1

    # nothing of the view is off the screen: the chart, the memo, the tables, the buttons
    assert not holder.horizontalScrollBar().isVisible()
    assert not holder.verticalScrollBar().isVisible()
    shown = (view.chart, view.memo_title, view.memo, view.png_button, view.svg_button)
    for widget in (*shown, view.counts_table, view.ranks_table, view.rho_area, view.series_box):
        assert _inside(widget, room), type(widget).__name__
    assert view.chart.width() >= 360 and view.chart.height() >= 260
    assert view.memo.height() >= 3 * view.memo.fontMetrics().lineSpacing()
    # every theme's ranks on screen, and ρ per case all there to scroll to
    table = view.ranks_table
    last = table.model().rowCount() - 1
    assert table.rowViewportPosition(last) + table.rowHeight(last) <= table.viewport().height()
    label = view.rho_area.widget()
    assert isinstance(label, QLabel)
    assert label.height() >= label.heightForWidth(view.rho_area.viewport().width())


@pytest.mark.parametrize("size", [(1280, 800), (1500, 900)])
def test_the_matrix_case_filter_by_attribute_fits_the_window(  # type: ignore[no-untyped-def]
    qtbot, settings, tmp_path: Path, language: str, size: tuple[int, int]
) -> None:
    """The matrix's toolbar was full: the Case filter's "By attribute…" and its "Cases where"
    bar fit the window in both languages, the matrix not pushed off it (a scroll bar under
    the whole view), the Case and Theme boxes not cut to "By attribu"."""
    from frameworkqda.gui.matrix.view import BY_ATTRIBUTE, MatrixView

    location = tmp_path / "sample.fqda"
    build_sample(location, language=language)
    window = _window(qtbot, settings, location, *size)
    window.show_stage(4)
    view = window.work_stack.current()
    assert isinstance(view, MatrixView)
    view.case_box.setCurrentIndex(view.case_box.findData(BY_ATTRIBUTE))
    QApplication.processEvents()
    holder = window.work_stack.currentWidget()
    assert isinstance(holder, QScrollArea)
    assert not holder.horizontalScrollBar().isVisible()
    room = holder.viewport()
    # the sample's cases have no attributes: the bar says so and where to add them
    hint = (view.where.none_hint, view.where_count, view.where_clear)
    for widget in (view.case_box, view.draft_all_button, view.fold_button, view.table, *hint):
        assert _inside(widget, room), type(widget).__name__
    session = window.session
    assert session is not None
    case_id = view.model.cases[0][0]
    session.run(commands.SetAttribute(case_id, "Region", "Kansai"))  # one added: the boxes
    QApplication.processEvents()
    assert not holder.horizontalScrollBar().isVisible()
    bar = (view.where.attribute_box, view.where.value_box, view.where_count, view.where_clear)
    for widget in (view.case_box, view.draft_all_button, view.fold_button, view.table, *bar):
        assert _inside(widget, room), type(widget).__name__
    for box in (view.case_box, view.theme_box):
        text = box.fontMetrics().horizontalAdvance(box.currentText())
        assert box.width() - text >= 20, (box.currentText(), box.width(), text)  # + the arrow


# 1280 × 720 at 150 %: 853 × 480 logical pixels, less a title bar
SMALL_SCREEN = (853, 450)


def test_the_window_fits_a_1280_by_720_screen_at_150_percent(  # type: ignore[no-untyped-def]
    qtbot, settings, tmp_path: Path, language: str
) -> None:
    """The window's minimum was 569 × 547 logical pixels, taller than the screen: the left
    column's navigator, fixed at its tallest, was its minimum too. The status bar, Review's
    buttons and the segment panel's Delete segment were below the screen's edge."""
    location = tmp_path / "sample.fqda"
    build_sample(location, language=language)
    window = _window(qtbot, settings, location, 1400, 900)  # as a first start opens it
    window.resize(*SMALL_SCREEN)  # then maximised on the small screen
    QApplication.processEvents()
    session = window.session
    assert session is not None
    document = workspace.documents(session.project)[0]
    window.open_document(document.id)
    area = window.document_area
    mark = area.text_view.marks()[0]  # a passage chosen: the segment panel
    area.select_segment(mark.segment_id)
    window.inspector.show_segment(mark.segment_id, area.text_view.text())
    for key in ("documents", "codebook", "matrix", "mapping", "review", "search", "memos"):
        view = window.show_view(key)
        for _ in range(3):  # the layouts settled, a group's new width taken up by its row
            QApplication.processEvents()
        assert window.minimumSizeHint().height() <= SMALL_SCREEN[1], key
        assert window.size().toTuple() == SMALL_SCREEN, key
        assert _inside(window.statusBar(), window), key
        assert _inside(window.codebook_tree, window), key
        holder = window.work_stack.currentWidget()
        assert isinstance(holder, QScrollArea)
        if key == "documents":  # beside the segment panel: the tools wrap, nothing cut
            assert _inside(window.inspector.delete_button, window)
            assert not holder.horizontalScrollBar().isVisible()
            for widget in (area.read_button, area.find_field, area.page_box, area.fit_button):
                assert _inside(widget, holder.viewport()), widget.objectName()
                assert widget.width() >= widget.sizeHint().width(), widget.objectName()
            # the document's name cut in its middle, "…" and its suffix kept, never mid-letter
            title = area.title
            shown = title.shown_text()
            assert title.fontMetrics().horizontalAdvance(shown) <= title.contentsRect().width()
            assert shown == document.name or ("…" in shown and shown.endswith(".pdf")), shown
        if key == "review":
            assert isinstance(view, ReviewView)
            for name in ("goToSource", "recodeSelected", "deleteSelected", "exportShown"):
                button = view.findChild(QWidget, name)
                assert button is not None and _inside(button, holder.viewport()), name
            # the passage itself wider than the case and the document, and on screen
            header = view.table.horizontalHeader()
            text = header.sectionSize(TEXT)
            assert text >= header.sectionSize(CASE) and text >= header.sectionSize(DOCUMENT)
            assert text >= view.table.viewport().width() * 0.3
            assert header.sectionViewportPosition(TEXT) + text <= view.table.viewport().width()


def test_dialogs_fit_a_1280_by_720_screen_at_150_percent(  # type: ignore[no-untyped-def]
    qtbot, settings, tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The main window on a first start (1400 × 900), the export dialog (860 × 560), the merge
    summary and the carry-over report (the same) and the scores editor (560 × 480, the whole
    screen) opened at a fixed size: on a screen of 853 × 480 logical pixels Export, Cancel,
    Close and the progress bar were below its edge."""
    room = QRect(0, 0, 853, 480)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: room)
    location = tmp_path / "sample.fqda"
    build_sample(location, language=language)
    first = MainWindow(settings)  # a first start: no size saved yet (it was 1400 × 900)
    qtbot.addWidget(first)
    assert first.width() <= room.width() and first.height() <= room.height()
    window = _window(qtbot, settings, location, 853, 450)

    def fits(dialog: QWidget, *parts: QWidget) -> None:
        dialog.show()
        QApplication.processEvents()
        frame = dialog.frameGeometry()
        # frame and all inside the screen's room
        assert frame.width() <= room.width(), type(dialog).__name__
        assert frame.height() <= room.height(), type(dialog).__name__
        for part in parts:
            assert _inside(part, dialog), (type(dialog).__name__, type(part).__name__)
        dialog.close()

    mapping = window.show_view("mapping")
    assert isinstance(mapping, MappingView)
    export = mapping.open_export_dialog(over=window)
    buttons = [b for b in export.findChildren(QPushButton) if b.isVisible()]
    fits(export, export.export_button, export.cancel_button, export.progress, *buttons)
    codebook = window.show_view("codebook")
    assert isinstance(codebook, CodebookEditor)
    codebook.open_scores()
    editor = codebook.scores_editor
    assert editor is not None
    fits(editor, editor.save_button, editor.table)
    summary = MergeSummary(target=str(location), source=str(tmp_path / "other.fqda"))
    summary.conflicts.extend(f"Conflict {n}" for n in range(40))
    merged = MergeSummaryDialog(summary, window)
    fits(merged, *merged.findChildren(QPushButton))
    report = CarryOverReport(source=str(tmp_path / "study.qdpx"), project=str(location))
    report.lost.extend(f"Lost {n}" for n in range(40))
    carried = CarryOverDialog(report, window)
    fits(carried, *carried.findChildren(QPushButton))
    # File → New project…: a long project name wraps (the question did not, 850 px wide)
    name = "多文化共生の推進に関する自治体比較調査 浜松・川崎・新宿・大阪 2026年度 最終版" * 2
    template = TemplateDialog(name, window)
    fits(template, *template.findChildren(QPushButton))
