"""``frameworkqda gui PROJECT`` paints its window before it loads anything heavy.

A fresh process starts the app as a person does (the CLI's ``gui`` verb) and notes which heavy
modules were loaded at the window's first paint and once the project's documents were on
screen: numpy, PDFium, pandas, the charts, the exporters and the worker pool load with the
view, document or import that needs them, never with the first screen.
"""

from __future__ import annotations

from pathlib import Path

from tests.gui_start import start_gui

HEAVY = (
    "numpy",
    "pandas",
    "pypdfium2",
    "matplotlib",
    "alembic",
    "sqlalchemy.dialects.postgresql",  # a SQLite project never needs the server's dialect
    "openpyxl",
    "xlsxwriter",
    "docx",
    "lxml",
    "concurrent.futures.process",
    "PySide6.QtCharts",
    "frameworkqda.core.charting",
    "frameworkqda.core.exports.xlsx_export",
    "frameworkqda.core.exports.docx_export",
    "frameworkqda.core.exchange.refi",
    "frameworkqda.core.importers.geometry",
    "frameworkqda.core.render",
    "frameworkqda.gui.matrix.view",
    "frameworkqda.gui.mapping.view",
    "frameworkqda.gui.review.view",
)


def test_window_paints_first_then_shows_the_project_without_heavy_modules(
    small_project: Path, tmp_path: Path
) -> None:
    marks = start_gui(small_project, HEAVY, config=tmp_path / "config")
    assert marks["paint"]["loaded"] == []
    assert marks["project"]["loaded"] == []
    # painted first, then filled: the project's queries never delay the first frame
    assert marks["paint"]["at"] <= marks["project"]["at"]


def test_what_the_start_loaded_is_frozen_and_no_module_source_is_kept(
    small_project: Path, tmp_path: Path
) -> None:
    """A full garbage collection walked every object the start made (70-190 ms of the GUI
    thread about once a minute), and PySide6's look at each imported module kept its source
    (~600,000 lines, ~50 MB, once stage 5's modules are loaded)."""
    marks = start_gui(small_project, config=tmp_path / "config")
    assert marks["project"]["frozen"] > 50_000
    # SQLAlchemy and the project's views were imported after Qt: their sources are not kept
    assert marks["project"]["source_lines"] < 10_000, marks["project"]["source_lines"]
