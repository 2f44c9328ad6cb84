"""The five framework stages and the work-area views they open: the main window's map.

Each stage names the view it shows in the work area. A view is registered with a key and a
factory ``(window) -> QWidget``; several stages may share one view. Later work (the matrix,
mapping, review and search views of stages 4–5) registers its views here and the navigator,
the View menu and ``frameworkqda gui --view KEY`` pick them up without other changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from frameworkqda.gui.main_window import MainWindow


@dataclass(frozen=True)
class Stage:
    number: int
    title: str
    view: str  # key of the work-area view this stage opens
    hint: str


STAGES: tuple[Stage, ...] = (
    Stage(1, "Familiarisation", "documents", "Import, read and assign documents to cases"),
    Stage(2, "Thematic framework", "codebook", "Build the codebook: themes and measures"),
    Stage(3, "Indexing", "coding", "Highlight passages and tag them with codes"),
    Stage(4, "Charting", "matrix", "Summarise evidence per case and measure"),
    Stage(5, "Mapping & interpretation", "mapping", "Counts, rankings, charts and memos"),
)

ViewFactory = Callable[["MainWindow"], "QWidget"]


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str
    factory: ViewFactory


_VIEWS: dict[str, ViewSpec] = {}


def register_view(key: str, title: str, factory: ViewFactory) -> None:
    """Make a work-area view available under ``key`` (replaces an earlier registration)."""
    _VIEWS[key] = ViewSpec(key, title, factory)


def view_spec(key: str) -> ViewSpec | None:
    return _VIEWS.get(key)


def view_keys() -> list[str]:
    return list(_VIEWS)


def stage_for_view(key: str) -> Stage | None:
    return next((stage for stage in STAGES if stage.view == key), None)
