"""Registers the work-area views of stages 4–5 and the review, search and compare views.

``register_chart_views()`` runs before the placeholders of ``register_default_views``; each
view's "go to source" signal is wired to ``window.show_source``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frameworkqda.gui import stages

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from frameworkqda.gui.main_window import MainWindow


def _review(window: MainWindow) -> QWidget:
    from frameworkqda.gui.review.view import ReviewView

    assert window.session is not None
    view = ReviewView(window.session)
    view.source_requested.connect(window.show_source)
    return view


def _search(window: MainWindow) -> QWidget:
    from frameworkqda.gui.search.panel import SearchPanel

    assert window.session is not None
    panel = SearchPanel(window.session)
    panel.source_requested.connect(window.show_source)
    return panel


def _matrix(window: MainWindow) -> QWidget:
    from frameworkqda.gui.matrix.view import MatrixView

    assert window.session is not None
    view = MatrixView(window.session)
    view.source_requested.connect(window.show_source)
    return view


def _mapping(window: MainWindow) -> QWidget:
    from frameworkqda.gui.mapping.view import MappingView

    assert window.session is not None
    return MappingView(window.session, window.settings)


def _compare(window: MainWindow) -> QWidget:
    from frameworkqda.gui.compare.view import CompareView

    assert window.session is not None
    return CompareView(window.session)


def register_chart_views() -> None:
    stages.register_view("mapping", "Mapping & interpretation", _mapping)
    stages.register_view("matrix", "Framework matrix", _matrix)
    stages.register_view("review", "Review coded segments", _review)
    stages.register_view("search", "Search all documents", _search)
    stages.register_view("compare", "Compare coders", _compare)
