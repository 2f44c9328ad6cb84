"""Bar chart of counts per theme and case (QtCharts), exportable to PNG and SVG for print.

Counts are whole numbers, so the value axis ticks on whole numbers only (every 1, 2, 5, 10…)
and its top is the next tick above the tallest bar: a bar of 9 sits on the 9 line, never
between labels, and never touches the frame. Theme names wrap onto several lines instead of
being cut. Many cases are named down the side (:class:`CaseLegend`): every one, in as many
columns and as small a font as the chart's height needs (QtCharts' own legend has one column
and cut the names that did not fit: 18 of 40 in a print export). Exports lay the chart out
afresh at the chosen size: a PNG of exactly the pixels asked for, at the chosen DPI (fonts
scale with it, as in print), or an SVG of that view box and printed size.

On screen the chart follows the system's palette (:func:`follow_palette`: the palette's base
behind it, its text for titles and labels, bars lightened where they would not stand out from
a dark base); an export is always the light chart a paper prints, whatever the screen shows.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QEvent, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

from frameworkqda.core.atomic import atomic_path
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.gui import colours as tones
from frameworkqda.gui.line_breaks import INSIDE_WORD, break_cost

PALETTE = ("#1565c0", "#ef6c00", "#2e7d32", "#6a1b9a", "#c62828", "#00838f", "#5d4037")
SIDE_LEGEND = 8  # cases beyond which the legend lists them down the side (CaseLegend)
LEGEND_SHARE = 0.4  # of the chart's width the side legend may take
SMALLEST_POINTS = 5.0  # the side legend's font shrinks no further (more columns instead)
SCREEN_DPI = 96
MAX_TICKS = 8  # intervals on the value axis at most
_LINE_COST = 3  # an extra line costs less than a break inside a word (INSIDE_WORD)
SLANTED = -90  # degrees: theme names too long for their columns, read upwards
UPRIGHT_SHARE = 0.2  # of the chart's height an upright name's line takes, where words allow
LABEL_WIDTH = 14  # characters of a theme name per line before the chart is laid out


def axis_ticks(top_count: float) -> tuple[int, int]:
    """(step, top) of a whole-number axis: step 1, 2, 5, 10, 20…; top the next step above."""
    highest = max(0, math.ceil(top_count))
    step = 1
    for magnitude in (1, 10, 100, 1000, 10000, 100000):
        for factor in (1, 2, 5):
            step = factor * magnitude
            if (highest // step + 1) <= MAX_TICKS:
                return step, (highest // step + 1) * step
    return step, (highest // step + 1) * step


def wrap_label(text: str, fits: Callable[[str], bool]) -> str:
    """A theme name on as many lines as it needs to fit (HTML line breaks, as QtCharts takes).

    Lines break where a reader expects them: at spaces and after hyphens, and in Japanese
    (which has no spaces) after a particle or punctuation (労働市場の｜流動性, 保険・｜加入),
    where katakana meets kanji (ヘイトスピーチ｜対策) and between the parts of a kanji
    compound (労働｜市場); inside a word (市｜場, Lab｜our) only when nothing else fits, and
    never before a closing bracket, 、。, ー or a small kana. Of the ways that fit, the one
    with the fewest lines and least awkward breaks wins, its lines as even as they can be.
    """
    lines, _worst = wrap_lines(text, fits)
    return "<br>".join(_escape(line) for line in lines)


def wrap_lines(text: str, fits: Callable[[str], bool]) -> tuple[list[str], int]:
    """The lines of :func:`wrap_label` and the cost of its most awkward break (a break inside
    a word costs INSIDE_WORD or more)."""
    atoms: list[tuple[str, bool, int]] = []  # (character, a space before it, cost to break before)
    for w, word in enumerate(text.split()):
        for i, char in enumerate(word):
            cost = 0 if i == 0 else break_cost(word, i)
            atoms.append((char, w > 0 and i == 0, cost))
    if not atoms:
        return [], 0

    def line(start: int, end: int) -> str:
        return "".join(
            (" " if space and k > start else "") + char
            for k, (char, space, _) in enumerate(atoms[start:end], start)
        )

    count = len(atoms)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(math.inf, 0)] * count  # (cost, line start)
    for end in range(1, count + 1):
        for start in range(end - 1, -1, -1):
            if end - start > 1 and not fits(line(start, end)):
                break  # longer lines fit no better
            if best[start][0] == math.inf or (
                any(space for _, space, _ in atoms[start + 1 : end])
                and max(atoms[start][2] if start else 0, atoms[end][2] if end < count else 0)
                >= INSIDE_WORD
            ):
                continue  # "ur ma": a broken word's end and the next word's start
            total = best[start][0] + _LINE_COST + (atoms[start][2] if start else 0)
            total += ((end - start) / count) ** 2 / count  # ties: the evener lines
            if total < best[end][0]:
                best[end] = (total, start)
    lines: list[str] = []
    worst, end = 0, count
    while end:
        start = best[end][1]
        lines.append(line(start, end))
        worst = max(worst, atoms[start][2] if start else 0)
        end = start
    return lines[::-1], worst


def _short_enough(line: str) -> bool:
    """Before the chart is laid out, a line of LABEL_WIDTH characters is a fair guess."""
    return len(line) <= LABEL_WIDTH


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fit_labels(chart: QChart, themes: list[str]) -> None:
    """Wrap the theme names to the width each category has in the laid-out chart."""
    axes = chart.axes(Qt.Orientation.Horizontal)
    if not themes or not axes or not isinstance(axes[0], QBarCategoryAxis):
        return
    axis = axes[0]
    width = 0.95 * chart.plotArea().width() / len(themes)
    metrics = QFontMetricsF(axis.labelsFont())
    wrapped = [wrap_lines(t, lambda line: metrics.horizontalAdvance(line) <= width) for t in themes]
    if any(worst >= INSIDE_WORD for _, worst in wrapped):
        # a word wider than its column (流動性 in two characters' room, or mobility): cut up it
        # could not be read (労働｜市場｜の流｜動性), so the names stand upright, each on as
        # many lines (side by side) as its column holds, no longer than UPRIGHT_SHARE of the
        # chart's height where a word allows: "Labour market" / "mobility"
        tall = UPRIGHT_SHARE * chart.size().height()
        most = max(1, int(width // metrics.lineSpacing()))
        labels, angle = [], SLANTED
        for theme in themes:
            lines, worst = wrap_lines(theme, lambda line: metrics.horizontalAdvance(line) <= tall)
            whole = worst >= INSIDE_WORD or len(lines) > most
            labels.append(_escape(theme) if whole else "<br>".join(_escape(x) for x in lines))
    else:
        labels, angle = ["<br>".join(_escape(x) for x in lines) for lines, _ in wrapped], 0
    changed = axis.labelsAngle() != angle or axis.categories() != labels
    if axis.labelsAngle() != angle:
        axis.setLabelsAngle(angle)
    if axis.categories() != labels:
        axis.setCategories(labels)
    layout = chart.layout()
    if changed and layout is not None:
        layout.invalidate()
        layout.activate()  # the axis takes the labels' new height now (an export draws at once)


def build_chart(counts: pd.DataFrame, title: str) -> tuple[QChart, QBarSeries, QValueAxis]:
    """The chart for ``counts`` (themes × cases): bars per case, whole-number axis."""
    chart = CountsChartItem()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    series = QBarSeries()
    colours = case_colours(len(counts.columns))
    for case, colour in zip(counts.columns, colours, strict=True):
        bars = QBarSet(str(case))
        bars.setColor(colour)
        bars.setBorderColor(colour)  # a white outline hid the bars once there were many
        bars.append([float(v) for v in counts[case].tolist()])
        series.append(bars)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.setTruncateLabels(False)
    categories.append([wrap_label(str(t), _short_enough) for t in counts.index])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    axis = QValueAxis()
    step, top = axis_ticks(float(counts.to_numpy().max()) if counts.size else 0.0)
    axis.setRange(0, top)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setMinorTickCount(0)
    axis.setLabelFormat("%d")
    axis.setTitleText(QCoreApplication.translate("CountsChart", "Measures present"))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    _regular_title(axis)
    series.attachAxis(axis)
    legend = chart.legend()
    if len(counts.columns) > SIDE_LEGEND:  # along the bottom their names were squeezed out
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)
        legend.setVisible(False)  # one column, cut at the chart's height: drawn here instead
        chart.case_legend = CaseLegend(
            chart, [str(c) for c in counts.columns], colours, legend.font(), legend.labelColor()
        )
    else:
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart, series, axis


def _regular_title(axis: QValueAxis) -> None:
    """The axis title in the weight of the chart's other text. QtCharts' theme sets it bold
    when the axis joins the chart, and the bundled Japanese face (IPAex) has no bold: Qt
    thickened its strokes by a fraction of DejaVu Sans Bold's, so the English title was
    bold and the Japanese one barely."""
    font = axis.titleFont()
    font.setBold(False)
    axis.setTitleFont(font)


class CountsChartItem(QChart):
    """The chart, with its side legend when there are many cases."""

    case_legend: CaseLegend | None = None


class CaseLegend:
    """Every case's colour and name down the chart's right side, fitted to its height: the
    chart's font while one column fits, then two, three or four columns (within
    LEGEND_SHARE of the width), then a smaller font (down to SMALLEST_POINTS). The chart's
    right margin makes room; :meth:`fit` again after each change of the chart's size."""

    def __init__(
        self,
        chart: QChart,
        names: list[str],
        colours: list[QColor],
        font: QFont,
        text_colour: QColor,
    ) -> None:
        self.chart, self.font = chart, QFont(font)
        self.margins = chart.margins()
        self.entries: list[tuple[QGraphicsRectItem, QGraphicsSimpleTextItem]] = []
        for name, colour in zip(names, colours, strict=True):
            swatch = QGraphicsRectItem(chart)
            swatch.setBrush(QBrush(colour))
            swatch.setPen(QPen(Qt.PenStyle.NoPen))
            label = QGraphicsSimpleTextItem(name, chart)
            label.setBrush(QBrush(text_colour))
            self.entries.append((swatch, label))
        self.columns = 1

    def _layout(self, width: float, height: float) -> tuple[QFont, int, float, float]:
        """(font, columns, line height, column width) for a chart of this size."""
        count = len(self.entries)
        font = QFont(self.font)
        points = self.font.pointSizeF() if self.font.pointSizeF() > 0 else 9.0  # set in pixels
        while True:
            font.setPointSizeF(points)
            metrics = QFontMetricsF(font)
            line = metrics.height() * 1.2
            name = max(metrics.horizontalAdvance(label.text()) for _, label in self.entries)
            column = metrics.height() * 1.6 + name  # swatch, gap, name, gap
            for columns in (1, 2, 3, 4):
                rows = -(-count // columns)
                fits = rows * line <= height - 16 and columns * column <= LEGEND_SHARE * width
                if fits or (points <= SMALLEST_POINTS and columns == 4):
                    return font, columns, line, column
            points = max(SMALLEST_POINTS, points - 0.5)

    def fit(self) -> None:
        size = self.chart.size()
        font, self.columns, line, column = self._layout(size.width(), size.height())
        rows = -(-len(self.entries) // self.columns)
        box = QFontMetricsF(font).height() * 0.6
        left = size.width() - self.columns * column - 8
        top = max(8.0, (size.height() - rows * line) / 2)
        for index, (swatch, label) in enumerate(self.entries):
            x = left + (index // rows) * column
            y = top + (index % rows) * line
            label.setFont(font)
            label.setPos(x + box * 1.6, y)
            swatch.setRect(QRectF(x, y + (line / 1.2 - box) / 2, box, box))
        margins = QMarginsF(self.margins)
        margins.setRight(self.margins.right() + self.columns * column + 8)
        if self.chart.margins() != margins.toMargins():
            self.chart.setMargins(margins.toMargins())
            layout = self.chart.layout()
            if layout is not None:
                layout.activate()  # the plot area narrows now: the theme names wrap to it


def fit_chart(chart: QChart, themes: list[str]) -> None:
    """Fit the side legend (if any) to the chart's size, then the theme names."""
    legend = getattr(chart, "case_legend", None)
    if legend is not None:
        legend.fit()
    fit_labels(chart, themes)


def case_colours(count: int) -> list[QColor]:
    """A colour per case: the palette while it lasts, then hues spread round the wheel
    (the palette repeated after seven: two cases in one blue)."""
    if count <= len(PALETTE):
        return [QColor(PALETTE[i]) for i in range(count)]
    return [
        QColor.fromHsvF((i / count + 0.6) % 1.0, 0.75, 0.85 if i % 2 else 0.6) for i in range(count)
    ]


def follow_palette(chart: QChart, palette: QPalette) -> None:
    """Colour ``chart`` for the screen from ``palette``: its base behind the chart, its text
    for the title, axis labels and legend, grid lines that show on the base, and each case's
    bars (and legend swatch), in a dark palette, lightened only where they would not stand out
    from the base (WCAG's 3:1 for graphics). Exports do not call this: they stay light."""
    base = palette.color(QPalette.ColorRole.Base)
    text = tones.readable_text(base, palette.color(QPalette.ColorRole.Text))
    chart.setBackgroundBrush(QBrush(base))
    chart.setBackgroundPen(QPen(tones.rule(palette, base, 0.3)))
    chart.setPlotAreaBackgroundVisible(False)
    chart.setTitleBrush(QBrush(text))
    for axis in chart.axes():
        axis.setLabelsBrush(QBrush(text))
        axis.setTitleBrush(QBrush(text))
        axis.setLinePen(QPen(tones.rule(palette, base, 0.45)))
        axis.setGridLinePen(QPen(tones.rule(palette, base, 0.15)))
    chart.legend().setLabelBrush(QBrush(text))
    series = [s for s in chart.series() if isinstance(s, QBarSeries)]
    for bars in series[0].barSets() if series and tones.is_dark(palette) else []:
        # on a light base the bars keep the export's colours (the ones a paper shows)
        colour = tones.readable_accent(bars.color(), base, tones.LARGE_TEXT)
        bars.setColor(colour)
        bars.setBorderColor(colour)
    legend = getattr(chart, "case_legend", None)
    if legend is not None:
        for (swatch, label), bars in zip(
            legend.entries, series[0].barSets() if series else [], strict=False
        ):
            swatch.setBrush(QBrush(bars.color()))
            label.setBrush(QBrush(text))


class CountsChart(QChartView):
    def __init__(self) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(QSize(360, 260))
        self.show_counts(pd.DataFrame())

    def show_counts(self, counts: pd.DataFrame, title: str | None = None) -> None:
        """``counts``: themes × cases (no Total row or summary columns)."""
        self.counts = counts
        self.title = self.tr("Measures present per theme") if title is None else title
        chart, self.series, self.value_axis = build_chart(counts, self.title)
        old = self.chart()
        follow_palette(chart, self.palette())
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        fit_chart(self.chart(), [str(t) for t in counts.index])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the system's dark mode switched
            follow_palette(self.chart(), self.palette())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_chart(self.chart(), [str(t) for t in self.counts.index])

    def export(
        self,
        path: str | Path,
        size: QSize = QSize(1800, 1200),  # noqa: B008
        dpi: int = 300,
    ) -> Path:
        """Write the chart to ``.png`` or ``.svg``: ``size`` pixels (the SVG's view box) at ``dpi``.

        The SVG says its printed size (pixels / dpi); both formats look alike at one setting.
        """
        target = Path(path)
        suffix = target.suffix.lower()
        if suffix not in (".png", ".svg"):
            raise ValueError(
                QT_TRANSLATE_NOOP("CountsChart", "{name}: choose .png or .svg").format(
                    name=target.name
                )
            )
        scale = dpi / SCREEN_DPI
        layout = QSizeF(size.width() / scale, size.height() / scale)
        chart, _, _ = build_chart(self.counts, self.title)
        scene = QGraphicsScene()
        scene.addItem(chart)
        chart.setGeometry(QRectF(0, 0, layout.width(), layout.height()))
        fit_chart(chart, [str(t) for t in self.counts.index])
        source = QRectF(0, 0, layout.width(), layout.height())
        full = QRectF(0, 0, size.width(), size.height())
        try:
            with atomic_path(target) as temporary:
                if suffix == ".svg":
                    # at the screen's resolution, as the chart was laid out: the generator
                    # writes a font's size as points × its resolution / 72, and the painting
                    # is scaled up to the view box after, so at dpi every text was scaled twice
                    # (3.1 times too big at 300 dpi); the printed size is set right below
                    generator = QSvgGenerator()
                    generator.setFileName(str(temporary))
                    generator.setSize(QSize(round(layout.width()), round(layout.height())))
                    generator.setViewBox(full)
                    generator.setTitle(self.title)
                    generator.setResolution(SCREEN_DPI)
                    painter = QPainter(generator)
                    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                    scene.render(painter, full, source)
                    painter.end()
                    _print_size(temporary, size, dpi)
                else:
                    image = QImage(size, QImage.Format.Format_ARGB32)
                    image.fill(QColor("white"))
                    per_metre = round(dpi / 0.0254)
                    image.setDotsPerMeterX(per_metre)
                    image.setDotsPerMeterY(per_metre)
                    painter = QPainter(image)
                    painter.setRenderHints(
                        QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                    )
                    scene.render(painter, full, source)
                    painter.end()
                    # the stub wants bytes for the format; the binding takes only str
                    if not image.save(str(temporary), "PNG"):  # type: ignore[call-overload]
                        raise OSError(f"could not write {target}")
        finally:
            scene.removeItem(chart)
            chart.deleteLater()
        return target


def _print_size(svg: Path, size: QSize, dpi: int) -> None:
    """The SVG's width and height in millimetres, exactly ``size`` pixels at ``dpi`` (the
    generator's own are whole pixels at the screen's resolution: a little off at some DPI)."""
    text = svg.read_bytes().decode("utf-8")

    def mm(pixels: int) -> str:
        return f"{pixels * 25.4 / dpi:.4f}".rstrip("0").rstrip(".")

    sized = re.sub(
        r'<svg width="[^"]*" height="[^"]*"',
        f'<svg width="{mm(size.width())}mm" height="{mm(size.height())}mm"',
        text,
        count=1,
    )
    svg.write_bytes(sized.encode("utf-8"))
