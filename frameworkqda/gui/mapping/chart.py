"""Bar chart of counts per theme and case (QtCharts), exportable to PNG and SVG."""

from __future__ import annotations

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
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtSvg import QSvgGenerator

from frameworkqda.core.atomic import atomic_path

PALETTE = ("#1565c0", "#ef6c00", "#2e7d32", "#6a1b9a", "#c62828", "#00838f", "#5d4037")


class CountsChart(QChartView):
    def __init__(self) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(QSize(360, 260))
        self.show_counts(pd.DataFrame())

    def show_counts(self, counts: pd.DataFrame, title: str = "Measures present per theme") -> None:
        """``counts``: themes × cases (no Total row or summary columns)."""
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        series = QBarSeries()
        for number, case in enumerate(counts.columns):
            bars = QBarSet(str(case))
            bars.setColor(QColor(PALETTE[number % len(PALETTE)]))
            bars.append([float(v) for v in counts[case].tolist()])
            series.append(bars)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([_short(str(t)) for t in counts.index])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        axis = QValueAxis()
        top = float(counts.to_numpy().max()) if counts.size else 1.0
        axis.setRange(0, max(1.0, top))
        axis.setLabelFormat("%d")
        axis.setTickCount(int(min(max(top, 1), 10)) + 1)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.series = series

    def export(self, path: str | Path, size: QSize = QSize(900, 560)) -> Path:  # noqa: B008
        """Write the chart to ``.png`` or ``.svg``."""
        target = Path(path)
        suffix = target.suffix.lower()
        if suffix not in (".svg", ".png"):
            raise ValueError(f"{target.name}: choose .png or .svg")
        with atomic_path(target) as temporary:
            if suffix == ".svg":
                generator = QSvgGenerator()
                generator.setFileName(str(temporary))
                generator.setSize(size)
                generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
                generator.setTitle(self.chart().title())
                painter = QPainter(generator)
                self.render(painter, QRectF(0, 0, size.width(), size.height()))
                painter.end()
            elif not self.grab().save(str(temporary), "PNG"):
                raise OSError(f"could not write {target}")
        return target


def _short(theme: str) -> str:
    return theme if len(theme) <= 18 else theme[:16] + "…"
