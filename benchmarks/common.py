"""Helpers shared by the benchmarks: medians of repeated timings."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(action: Callable[[], object], repeat: int = 5) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def time_to_first_paint(app, widget, action, timeout: float = 20.0) -> float:  # type: ignore[no-untyped-def]
    """Seconds from calling ``action`` until ``widget`` receives its first paint event."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[float] = []

    class Watcher(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    watcher = Watcher()
    widget.installEventFilter(watcher)
    began = time.perf_counter()
    action()
    widget.repaint()
    while not painted and time.perf_counter() - began < timeout:
        app.processEvents()
    widget.removeEventFilter(watcher)
    return (painted[0] if painted else time.perf_counter()) - began


def compile_package() -> None:
    """Byte-compile FrameworkQDA as installing its wheel does, so that start-up figures do not
    include compiling our own modules (this machine sets PYTHONDONTWRITEBYTECODE, under which
    every fresh process would compile them again)."""
    import compileall
    from pathlib import Path

    compileall.compile_dir(Path(__file__).resolve().parents[1] / "frameworkqda", quiet=1)
