"""Review → Export shown… writes the table ``frameworkqda segments`` writes: the case beside
the document, every passage's text whole, the columns ``code --from`` reads back. It wrote
the screen's columns (no start or end, the code as "Theme / Measure", a text cut at 400
characters), a file no verb could read back."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from frameworkqda.cli import main
from frameworkqda.core import review, segment_table, workspace
from frameworkqda.core.importers import import_documents
from frameworkqda.core.store import open_project
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.review.view import ReviewView
from frameworkqda.gui.sample import build_sample
from frameworkqda.gui.settings import Settings
from tests import writes
from tests.gui import menu_bar, modal
from tests.gui.windows import window_on

LONG = "外国人市民の相談窓口を設ける。" * 40  # a passage longer than Review's table keeps


def _sample_with_a_long_passage(location: Path, *, coded: bool = True) -> None:
    """The sample project with long.txt in the case Osaka, its first 500 characters coded
    (unless not ``coded``)."""
    build_sample(location)
    source = location.parent / "long.txt"
    source.write_text(LONG, encoding="utf-8")
    with open_project(location) as project:
        (imported,) = import_documents(project, [source], case="Osaka")
        assert imported.document_id is not None
        if not coded:
            return
        code = next(c.id for c in workspace.codebook(project) if c.name == "Consultation service")
        writes.add_segment(project, imported.document_id, code, 0, 500)


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, tmp_path: Path) -> MainWindow:
    """The main window on the sample project with a long passage."""
    location = tmp_path / "sample.fqda"
    _sample_with_a_long_passage(location)
    return window_on(qtbot, settings, location)


def _export(qtbot: QtBot, view: ReviewView, target: Path) -> None:
    """Click Export shown… and choose ``target`` in its dialog; wait until written."""
    modal.choose(target)
    button = view.findChild(QPushButton, "exportShown")
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.export_running())
    assert view.last_export == str(target)


def test_export_shown_writes_the_segments_table_code_from_reads_back(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    view = menu_bar.view_by_keys(qtbot, window, "Ctrl+R", ReviewView)
    shown = view.proxy.visible_rows()
    assert len(shown) > 5 and review.TEXT_LIMIT in {len(row.text) for row in shown}

    _export(qtbot, view, tmp_path / "segments.csv")
    with (tmp_path / "segments.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(segment_table.COLUMNS)
    assert [(row["document"], row["case"]) for row in rows] == [
        (row.document, row.case) for row in shown
    ]
    assert {row["case"] for row in rows} >= {"Hamamatsu", "Kawasaki"}
    assert LONG[:500] in [row["text"] for row in rows]  # whole, where the table shows 400
    _export(qtbot, view, tmp_path / "segments.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "segments.xlsx").active
    header, *cells = sheet.iter_rows(values_only=True)
    assert header == segment_table.COLUMNS
    assert [tuple("" if cell is None else str(cell) for cell in row) for row in cells] == [
        tuple(row.values()) for row in rows
    ]

    # the same documents without the long passage: the sample's passages there already, the
    # long one coded from the file, its text checked whole
    again = tmp_path / "again" / "sample.fqda"
    again.parent.mkdir()
    _sample_with_a_long_passage(again, coded=False)
    assert main(["code", str(again), "--from", str(tmp_path / "segments.csv")]) == 0
    assert capsys.readouterr().out == (
        f"coded 1 segment from {tmp_path / 'segments.csv'} ({len(rows) - 1} already present)\n"
    )
    # a row whose case is not its document's: named, nothing written
    (long_row,) = [number for number, row in enumerate(rows, 2) if row["document"] == "long.txt"]
    rows[long_row - 2]["case"] = "Kawasaki"
    edited = tmp_path / "edited.csv"
    with edited.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=segment_table.COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    assert main(["code", str(again), "--from", str(edited)]) == 1
    assert capsys.readouterr().err == (
        f"frameworkqda: {edited}: 1 bad row, nothing written\n"
        f"row {long_row}: case “Kawasaki” is not the document's case (“Osaka”)\n"
    )
