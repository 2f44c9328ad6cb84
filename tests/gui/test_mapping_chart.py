"""The mapping view's bar chart: whole-number ticks with headroom, wrapped names, print export."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from lxml import etree
from PIL import Image
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsTextItem
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
    assert any("<br>" in label for label in labels) or labels == themes  # or upright, whole

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


def _names_in_sight(view: QChartView) -> set[str]:
    """The texts the chart view shows whole: visible, not cut by a clipping parent (QtCharts'
    legend clips what does not fit), and inside the view's viewport."""
    seen: set[str] = set()
    sight = QRectF(view.viewport().rect())
    for item in view.scene().items():
        if isinstance(item, QGraphicsSimpleTextItem):
            text = item.text()
        elif isinstance(item, QGraphicsTextItem):
            text = item.toPlainText()
        else:
            continue
        box = item.boundingRect()
        if not item.isVisible() or not text or box.isEmpty():
            continue
        if item.isClipped() and not item.clipPath().boundingRect().contains(box):
            continue
        if sight.contains(view.mapFromScene(item.mapToScene(box)).boundingRect().toRectF()):
            seen.add(text)
    return seen


def _svg_texts_in_view(path: Path) -> set[str]:
    """The texts an SVG draws inside its view box, each group's runs joined (a Japanese name
    comes in runs, one a font), placed by their group's matrix."""
    svg = "{http://www.w3.org/2000/svg}"
    root = etree.parse(str(path)).getroot()
    _x0, _y0, width, height = (float(v) for v in root.get("viewBox").split())
    found: set[str] = set()
    for group in root.iter(f"{svg}g"):
        texts = group.findall(f"{svg}text")
        if not texts:
            continue
        a, b, c, d, e, f = 1.0, 0.0, 0.0, 1.0, 0.0, 0.0
        matrix = group.get("transform", "")
        if matrix.startswith("matrix("):
            a, b, c, d, e, f = (float(v) for v in matrix[7:-1].split(","))
        x, y = float(texts[0].get("x", 0)), float(texts[0].get("y", 0))
        px, py = a * x + c * y + e, b * x + d * y + f
        if 0 <= px <= width and 0 <= py <= height:
            found.add("".join(t.text or "" for t in texts).strip())
    return found


def _svg_lines(path: Path) -> set[str]:
    """Each line of text an SVG draws: its runs (one per font) joined along one baseline."""
    svg = "{http://www.w3.org/2000/svg}"
    lines: set[str] = set()
    for group in etree.parse(str(path)).getroot().iter(f"{svg}g"):
        runs: dict[str, list[tuple[float, str]]] = {}
        for text in group.findall(f"{svg}text"):
            run = (float(text.get("x", 0)), text.text or "")
            runs.setdefault(text.get("y", ""), []).append(run)
        lines |= {"".join(t for _, t in sorted(line)).strip() for line in runs.values()}
    return lines


@pytest.mark.parametrize("prefix", ["City", "市"])
def test_every_one_of_40_cases_is_named_in_the_legend_on_screen_and_in_exports(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, prefix: str
) -> None:
    """With 40 cases the side legend named 18 to 28 of them, and cut the rest without a word
    (on screen at 1500×900 and in a print export): which bar was which case could not be
    told. Every case's name is now drawn, in as many columns as the height needs."""
    window.resize(1500, 900)
    window.show_stage(5)
    view = window.views["mapping"]
    assert isinstance(view, MappingView)
    cases = [f"{prefix} {n:02}" for n in range(1, 41)]
    counts = pd.DataFrame({case: [n % 7, (n * 3) % 5] for n, case in enumerate(cases)},
                          index=["Education", "Health"])  # fmt: skip
    view.chart.show_counts(counts)
    qtbot.waitUntil(lambda: view.chart.isVisible())
    qtbot.wait(50)
    assert set(cases) <= _names_in_sight(view.chart)
    for size, dpi in ((QSize(1800, 1200), 300), (QSize(1200, 800), 200)):
        path = view.chart.export(tmp_path / f"legend-{size.width()}.svg", size, dpi)
        assert set(cases) <= _svg_texts_in_view(path), size


def _svg_font_sizes(path: Path) -> list[float]:
    """The size each text of an SVG is drawn at, in view-box units: its group's font-size
    times its group's matrix (Qt writes a text's size and position on the group)."""
    svg = "{http://www.w3.org/2000/svg}"
    sizes = []
    for group in etree.parse(str(path)).getroot().iter(f"{svg}g"):
        if group.find(f"{svg}text") is None:
            continue
        a, b = 1.0, 0.0
        matrix = group.get("transform", "")
        if matrix.startswith("matrix("):
            a, b = (float(v) for v in matrix[7:-1].split(",")[:2])
        sizes.append(float(group.get("font-size", "0")) * (a * a + b * b) ** 0.5)
    return sizes


def _rendered(svg: Path, size: QSize) -> Image.Image:
    """The SVG drawn by an independent renderer (Qt's SVG module, not the chart's painter)."""
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    out = svg.with_suffix(".rendered.png")
    image.save(str(out))
    return Image.open(out).convert("L")


def _ink_box(image: Image.Image) -> tuple[int, int, int, int]:
    box = Image.eval(image, lambda v: 255 if v < 128 else 0).getbbox()
    assert box is not None
    return box


def test_an_svg_export_draws_its_text_as_big_as_the_png_at_any_dpi(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """At the default 1800×1200 px, 300 dpi the SVG's every text was 3.1 times too big
    (font-size 37.5 inside a group scaled 3.125: the resolution applied twice) and the
    labels ran over each other; at 96 dpi it was right. The SVG now lays out as the PNG."""
    window.show_stage(5)
    view = window.views["mapping"]
    assert isinstance(view, MappingView)
    themes = ["差別禁止", "教育", "労働市場の流動性", "政治参加"]
    view.chart.show_counts(
        pd.DataFrame({"浜松市": [9, 11, 4, 2], "川崎市": [3, 7, 10, 1]}, index=themes),
        "テーマ別の実施施策数",
    )
    size = QSize(1800, 1200)
    sizes: dict[int, list[float]] = {}
    for dpi in (96, 150, 300):
        view.export_dpi.setValue(dpi)
        png, svg = tmp_path / f"chart{dpi}.png", tmp_path / f"chart{dpi}.svg"
        for button, path in ((view.png_button, png), (view.svg_button, svg)):
            modal.choose(path)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        sizes[dpi] = _svg_font_sizes(svg)
        root = etree.parse(str(svg)).getroot()
        assert root.get("viewBox") == "0 0 1800 1200"
        assert float(root.get("width").removesuffix("mm")) == pytest.approx(1800 / dpi * 25.4)
        # drawn by another renderer, the SVG covers the page as the PNG does: the same
        # extent of ink (title, axis labels, legend), within a few pixels
        with Image.open(png) as picture:
            expected = _ink_box(picture.convert("L"))
        drawn = _ink_box(_rendered(svg, size))
        assert all(abs(a - b) <= 12 for a, b in zip(drawn, expected, strict=True)), (
            dpi,
            drawn,
            expected,
        )
    # text scales with the DPI, as the PNG's does (12 px at 96 dpi: 37.5 px at 300)
    for dpi in (150, 300):
        assert max(sizes[dpi]) == pytest.approx(max(sizes[96]) * dpi / 96, rel=0.02)
        assert min(sizes[dpi]) == pytest.approx(min(sizes[96]) * dpi / 96, rel=0.02)
    assert max(sizes[300]) < 60  # a 9-10 pt text at 300 dpi is about 40 px, not 117


JAPANESE_THEMES = ["差別禁止", "教育", "保健医療", "労働市場の流動性", "政治参加",
                   "外国人児童生徒の就学促進", "人権問題の研修・講座"]  # fmt: skip
READABLE = {  # each name's lines as a reader breaks it: at の, ・, katakana｜kanji, compounds
    "労働市場の流動性": ({"労働市場の", "流動性"}, {"労働", "市場の", "流動性"}),
    "外国人児童生徒の就学促進": (
        {"外国人児童生徒の", "就学促進"},
        {"外国人児童", "生徒の", "就学促進"},
        {"外国人", "児童", "生徒の", "就学促進"},
        {"外国人", "児童生徒の", "就学促進"},
    ),
    "人権問題の研修・講座": (
        {"人権問題の", "研修・講座"},
        {"人権", "問題の", "研修・講座"},
        {"人権", "問題の", "研修・", "講座"},
        {"人権問題の研修・", "講座"},
        {"人権問題の", "研修・", "講座"},
    ),
}


def _label_lines(view: MappingView) -> dict[str, list[str]]:
    axis = view.chart.chart().axes(Qt.Orientation.Horizontal)[0]
    return {"".join(lines): lines for lines in (c.split("<br>") for c in axis.categories())}


@pytest.mark.parametrize("width", [1500, 1100, 900])
def test_japanese_theme_names_break_between_words_not_mid_word(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, width: int
) -> None:
    """With 20 cases at 1500×900 (the side legend narrowing the plot) the theme names broke
    every few characters: 労働市 / 場の流 / 動性. They break after の, after ・, where katakana
    meets kanji and between the parts of a compound, on screen and in the exports; the
    English names still break at spaces only while each word fits."""
    window.resize(width, 900)
    window.show_stage(5)
    view = window.views["mapping"]
    assert isinstance(view, MappingView)
    cases = [f"市{n:02}" for n in range(1, 21)]
    counts = pd.DataFrame({c: [n % 4 + k for k in range(7)] for n, c in enumerate(cases)},
                          index=JAPANESE_THEMES)  # fmt: skip
    view.chart.show_counts(counts)
    qtbot.waitUntil(lambda: view.chart.isVisible())
    qtbot.wait(50)
    metrics = QFontMetricsF(view.chart.chart().axes(Qt.Orientation.Horizontal)[0].labelsFont())
    room = view.chart.chart().plotArea().width() / len(JAPANESE_THEMES)
    lines = _label_lines(view)
    assert set(lines) == set(JAPANESE_THEMES)  # every name whole, nothing cut
    axis = view.chart.chart().axes(Qt.Orientation.Horizontal)[0]
    if width == 1500:
        assert axis.labelsAngle() == 0
    if axis.labelsAngle() == -90:  # too narrow to break between words: the names upright,
        column = view.chart.chart().plotArea().width() / len(JAPANESE_THEMES)
        side_by_side = QFontMetricsF(axis.labelsFont()).lineSpacing()  # their lines in a column
        assert all(len(ls) * side_by_side <= column for ls in lines.values()), lines
    for name, ways in READABLE.items():
        assert len(lines[name]) == 1 or set(lines[name]) in [set(w) for w in ways], lines[name]
    if axis.labelsAngle() == 0:
        assert all(metrics.horizontalAdvance(x) <= room for ls in lines.values() for x in ls)
    for name in ("差別禁止", "保健医療", "政治参加"):  # four characters: 差別｜禁止 at most
        assert lines[name] in (["差別禁止"], ["差別", "禁止"], ["保健医療"], ["保健", "医療"],
                               ["政治参加"], ["政治", "参加"]), lines[name]  # fmt: skip
    for size in (QSize(width, 700), QSize(1800, 1200)):  # each line of a label in the SVG
        svg = view.chart.export(tmp_path / f"themes-{size.width()}.svg", size, 96)
        drawn = _svg_lines(svg)
        for name, ways in READABLE.items():
            assert any(ws <= drawn for ws in ways) or name in drawn, (name, size)
        assert not {"労働市", "場の流", "動性", "場の", "の流動性"} & drawn

    english = ["Labour market mobility", "Access to nationality", "Anti-discrimination"]
    view.chart.show_counts(pd.DataFrame({c: [1, 2, 3] for c in cases}, index=english))
    qtbot.wait(20)
    axis = view.chart.chart().axes(Qt.Orientation.Horizontal)[0]
    for name, label in zip(english, axis.categories(), strict=True):
        words = name.replace("-", "- ").split()  # whole words per line (Anti- ｜ discrimination)
        assert label == name or all(  # slanted: whole
            set(line.split()) <= set(words) for line in label.split("<br>")
        ), label


def _svg_runs_in_view(path: Path) -> set[str]:
    """Every text run an SVG draws with its starting point inside the view box (a rotated
    label starts at its foot: one pushed below the picture starts outside it)."""
    svg = "{http://www.w3.org/2000/svg}"
    root = etree.parse(str(path)).getroot()
    _x0, _y0, width, height = (float(v) for v in root.get("viewBox").split())
    found: set[str] = set()
    for group in root.iter(f"{svg}g"):
        a, b, c, d, e, f = 1.0, 0.0, 0.0, 1.0, 0.0, 0.0
        matrix = group.get("transform", "")
        if matrix.startswith("matrix("):
            a, b, c, d, e, f = (float(v) for v in matrix[7:-1].split(","))
        for text in group.findall(f"{svg}text"):
            x, y = float(text.get("x", 0)), float(text.get("y", 0))
            if 0 <= a * x + c * y + e <= width and 0 <= b * x + d * y + f <= height:
                found.add((text.text or "").strip())
    return found


def test_upright_theme_names_are_whole_inside_a_print_export(
    window: MainWindow, tmp_path: Path
) -> None:
    """English names too long for their columns stand upright; in a print export (1800×1200
    at 300 dpi) they ran off the bottom of the picture, cut after a few letters."""
    window.show_stage(5)
    view = window.views["mapping"]
    assert isinstance(view, MappingView)
    themes = ["Anti-discrimination", "Education", "Health", "Labour market mobility",
              "Political participation"]  # fmt: skip
    cases = [f"City {n:02}" for n in range(1, 21)]
    view.chart.show_counts(pd.DataFrame({c: [2, 6, 1, 1, 2] for c in cases}, index=themes))
    for size, dpi in ((QSize(1800, 1200), 300), (QSize(1200, 800), 200)):
        drawn = " ".join(_svg_runs_in_view(view.chart.export(tmp_path / "print.svg", size, dpi)))
        words = {w for theme in themes for w in theme.replace("-", "- ").split()}
        assert all(word in drawn for word in words), (size, drawn)


def _stroke(image: Image.Image) -> float:
    """The mean width of a text's strokes, in pixels: its ink over the runs of ink along each
    row (a bold face's strokes are about twice a regular one's)."""
    import numpy as np

    ink = np.asarray(image) < 128
    runs = int((ink[:, 1:] & ~ink[:, :-1]).sum() + ink[:, 0].sum())
    return float(ink.sum()) / max(1, runs)


def _axis_title_and_title(image: Image.Image) -> tuple[Image.Image, Image.Image]:
    """The value axis's title (the leftmost ink, read upwards: turned upright) and the
    chart's title (the ink above the plot) of a chart's picture (greyscale)."""
    middle = image.crop((0, image.height // 4, image.width, 3 * image.height // 4))
    columns = [any(middle.getpixel((x, y)) < 128 for y in range(middle.height))
               for x in range(image.width // 4)]  # fmt: skip
    left = columns.index(True)
    right = columns.index(False, left)
    title_box = _ink_box(image.crop((0, 0, image.width, image.height // 8)))
    return image.crop((left, 0, right, image.height)).rotate(-90, expand=True), image.crop(
        title_box
    )


def test_the_axis_title_has_the_same_weight_in_english_and_japanese(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, qapp: object
) -> None:
    """The English axis title was bold (DejaVu Sans Bold: strokes twice the chart title's)
    and the Japanese one barely (IPAex has no bold face: Qt thickened its strokes a little).
    Both are now in the weight of the chart's other text, on screen, in PNG and in SVG."""
    from frameworkqda.gui import i18n

    window.show_stage(5)
    view = window.views["mapping"]
    assert isinstance(view, MappingView)
    counts = pd.DataFrame(
        {"浜松市": [9, 11, 4], "川崎市": [3, 7, 10]}, index=["教育", "保健医療", "政治参加"]
    )
    strokes: dict[str, float] = {}
    try:
        for language in ("en", "ja"):
            assert i18n.install(qapp, language) == language  # type: ignore[arg-type]
            view.chart.show_counts(counts)  # its titles in the interface's language
            axis = view.chart.value_axis
            assert axis.titleText() in ("Measures present", "実施されている施策の数")
            png, svg = tmp_path / f"{language}.png", tmp_path / f"{language}.svg"
            for button, path in ((view.png_button, png), (view.svg_button, svg)):
                modal.choose(path)
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            with Image.open(png) as picture:
                axis_title, title = _axis_title_and_title(picture.convert("L"))
            strokes[language] = _stroke(axis_title)
            assert strokes[language] == pytest.approx(_stroke(title), rel=0.15), language
            # on screen too (a chart of a few hundred pixels: strokes of a pixel or two)
            screen = tmp_path / f"{language}-screen.png"
            assert view.chart.grab().save(str(screen))
            with Image.open(screen) as picture:
                axis_title, title = _axis_title_and_title(picture.convert("L"))
            assert _stroke(axis_title) == pytest.approx(_stroke(title), rel=0.25), language
            # the SVG says one weight for every text, the axis title's among them, and
            # names the bundled Japanese face after the Latin one (a viewer draws no tofu)
            texts = list(etree.parse(str(svg)).getroot().iter("{http://www.w3.org/2000/svg}text"))
            assert {text.get("font-weight") for text in texts} == {"400"}, language
            assert all("IPAexGothic" in text.get("font-family", "") for text in texts)
    finally:
        i18n.install(qapp, "en")  # type: ignore[arg-type]
    assert strokes["en"] == pytest.approx(strokes["ja"], rel=0.25)
