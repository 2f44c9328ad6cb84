"""The mapping view's bar chart: whole-number ticks with headroom, wrapped names, print export."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from lxml import etree
from PIL import Image
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.mapping.chart import axis_ticks
from frameworkqda.gui.mapping.view import MappingView
from tests.gui import modal


def test_chart_ticks_whole_numbers_with_headroom_and_exports_for_print(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counts above 10: integer ticks that cover the tallest bar with room; PNG/SVG at a size."""
    window.show_stage(5)
    view = window.views["mapping"]
    assert isinstance(view, MappingView)
    themes = ["Anti-discrimination", "Education", "Labour market mobility", "政治参加"]
    counts = pd.DataFrame({"Hamamatsu": [9, 11, 4, 2], "Kawasaki": [3, 7, 10, 1]}, index=themes)
    view.chart.show_counts(counts)
    axis = view.chart.value_axis
    assert axis.min() == 0 and axis.max() == 12 and axis.tickInterval() == 2  # 0, 2 … 12
    assert axis.max() > 11 and float(axis.tickInterval()).is_integer()
    for top in (1, 5, 9, 10, 11, 16, 99, 250):
        step, end = axis_ticks(top)
        assert end > top and end % step == 0 and end // step <= 8
    chart = view.chart.chart()
    tallest = chart.mapToPosition(QPointF(1, 11), view.chart.series)
    assert tallest.y() - chart.plotArea().top() > 0.05 * chart.plotArea().height()  # headroom
    labels = view.chart.chart().axes(Qt.Orientation.Horizontal)[0].categories()
    assert all("…" not in label for label in labels)  # wrapped, never cut
    assert any("<br>" in label for label in labels)

    # set the size and DPI with the keyboard, then click the export buttons
    for box, value in ((view.export_width, "1200"), (view.export_height, "800"),
                       (view.export_dpi, "200")):  # fmt: skip
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, value)
        qtbot.keyClick(box, Qt.Key.Key_Tab)
    chosen = {".png": tmp_path / "chart.png", ".svg": tmp_path / "chart.svg"}
    for button in (view.png_button, view.svg_button):  # each asks where, suggesting its kind
        modal.file_dialog(lambda seen: chosen[Path(seen.proposed).suffix])
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with Image.open(chosen[".png"]) as image:  # an independent reader: Pillow
        assert image.size == (1200, 800)
        assert [round(d) for d in image.info["dpi"]] == [200, 200]
    svg = etree.parse(str(chosen[".svg"]))  # well-formed XML, or this raises
    root = svg.getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 1200 800"
    assert root.get("width") == "152.4mm"  # 1200 px at 200 dpi: 6 inches


def test_a_chart_of_many_cases_names_each_in_its_own_colour_and_shows_every_bar(
    window: MainWindow, tmp_path: Path
) -> None:
    """From about 12 cases the legend along the bottom showed squares without names, the
    colours repeated after seven (City 01 and City 08 both blue), and at 40 cases the white
    outlines covered the thin bars."""
    window.show_stage(5)
    view = window.views["mapping"]
    assert isinstance(view, MappingView)
    cities = [f"City {n:02}" for n in range(1, 41)]
    counts = pd.DataFrame({city: [n % 7, (n * 3) % 5] for n, city in enumerate(cities)},
                          index=["Education", "Health"])  # fmt: skip
    view.chart.show_counts(counts)
    chart = view.chart.chart()
    assert chart.legend().alignment() == Qt.AlignmentFlag.AlignRight  # a line per case
    sets = view.chart.series.barSets()
    assert [bars.label() for bars in sets] == cities
    assert len({bars.color().name() for bars in sets}) == 40
    assert all(bars.borderColor() == bars.color() for bars in sets)
    path = view.chart.export(tmp_path / "many.png")
    with Image.open(path) as image:  # a bar of every case is drawn in its colour
        drawn = {colour for _count, colour in image.convert("RGB").getcolors(1 << 20)}
    wanted = {tuple(bars.color().getRgb()[:3]) for bars in sets}
    assert len(wanted & drawn) >= 38  # anti-aliasing may blend the narrowest one or two
