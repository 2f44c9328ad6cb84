"""The one table of work-area views: key → title and factory ``(window) -> QWidget``.

Stages (gui/stages.py) name the view they open; the View menu, the navigator and
``frameworkqda gui --view KEY`` all read this table. A new view is one line here. Each factory
imports its widget when first shown, so the window starts without the matrix, mapping, review,
search and memos modules; each view's "go to source" signal is wired to ``window.show_source``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from frameworkqda.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from frameworkqda.gui.main_window import MainWindow
    from frameworkqda.gui.session import ProjectSession

ViewFactory = Callable[["MainWindow"], "QWidget"]


@dataclass(frozen=True)
class ViewSpec:
    key: str
    source_title: str  # English, marked for lupdate
    factory: ViewFactory

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Views", self.source_title)


def _session(window: MainWindow) -> ProjectSession:
    assert window.session is not None  # views are shown only while a project is open
    return window.session


def _document_area(window: MainWindow) -> QWidget:
    return window.document_area


def _codebook(window: MainWindow) -> QWidget:
    from frameworkqda.gui.codebook_editor import CodebookEditor

    return CodebookEditor(_session(window))


def _review(window: MainWindow) -> QWidget:
    from frameworkqda.gui.review.view import ReviewView

    view = ReviewView(_session(window))
    view.source_requested.connect(window.show_source)
    return view


def _search(window: MainWindow) -> QWidget:
    from frameworkqda.gui.search.panel import SearchPanel

    panel = SearchPanel(_session(window))
    panel.source_requested.connect(window.show_source)
    return panel


def _memos(window: MainWindow) -> QWidget:
    from frameworkqda.gui.memos_view import MemosView

    view = MemosView(_session(window))
    view.memo_requested.connect(window.open_memo_row)
    view.target_requested.connect(window.go_to_memo_target)
    view.new_free_memo_requested.connect(window.new_free_memo)
    return view


def _matrix(window: MainWindow) -> QWidget:
    from frameworkqda.gui.matrix.view import MatrixView

    view = MatrixView(_session(window))
    view.source_requested.connect(window.show_source)
    return view


def _mapping(window: MainWindow) -> QWidget:
    from frameworkqda.gui.mapping.view import MappingView

    view = MappingView(_session(window), window.settings)
    view.scores_requested.connect(window.open_scores)
    return view


def _compare(window: MainWindow) -> QWidget:
    from frameworkqda.gui.compare.view import CompareView

    view = CompareView(_session(window))
    view.cell_requested.connect(lambda case_id, code_id: _open_cell(window, case_id, code_id))
    return view


def _open_cell(window: MainWindow, case_id: int, code_id: int) -> None:
    """A cell clicked in Compare coders opens in the framework matrix."""
    from frameworkqda.gui.matrix.view import MatrixView

    matrix = window.show_view("matrix")
    if isinstance(matrix, MatrixView):
        matrix.open_cell(case_id, code_id)


VIEWS: dict[str, ViewSpec] = {
    spec.key: spec
    for spec in (
        ViewSpec("documents", QT_TRANSLATE_NOOP("Views", "Documents"), _document_area),
        ViewSpec("coding", QT_TRANSLATE_NOOP("Views", "Coding"), _document_area),
        ViewSpec("codebook", QT_TRANSLATE_NOOP("Views", "Codebook"), _codebook),
        ViewSpec("matrix", QT_TRANSLATE_NOOP("Views", "Framework matrix"), _matrix),
        ViewSpec("mapping", QT_TRANSLATE_NOOP("Views", "Mapping & interpretation"), _mapping),
        ViewSpec("review", QT_TRANSLATE_NOOP("Views", "Review coded segments"), _review),
        ViewSpec("search", QT_TRANSLATE_NOOP("Views", "Search all documents"), _search),
        ViewSpec("compare", QT_TRANSLATE_NOOP("Views", "Compare coders"), _compare),
        ViewSpec("memos", QT_TRANSLATE_NOOP("Views", "Memos"), _memos),
    )
}


def view_spec(key: str) -> ViewSpec | None:
    return VIEWS.get(key)


def view_keys() -> list[str]:
    return list(VIEWS)
