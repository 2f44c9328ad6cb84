"""Starting the desktop app (``frameworkqda gui``); ``--screenshot`` goes on in screenshots.py.

The window is painted first and filled after: ``run`` shows it with "Opening NAME…" and opens
the project on the event loop's first turn after that paint (:func:`after_first_paint`), so the
person sees the app at once and its queries never delay the first frame. The PDF workers start
a little later still, once the project is shown (``WARM_UP_MS``), and stage 5's modules load on
a background thread after that (``preload``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from frameworkqda.core import workers
from frameworkqda.core.store.engine import WINDOW_WRITE_WAIT, use_write_wait
from frameworkqda.gui import collector, i18n, jobs, unexpected
from frameworkqda.gui.fonts import register_bundled_fonts
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.preload import preload_later
from frameworkqda.gui.settings import Settings


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
        app.setOrganizationName("FrameworkQDA")
        app.setApplicationName("FrameworkQDA")
        # however the app ends, no job's thread is destroyed while it runs
        app.aboutToQuit.connect(lambda: jobs.finish_all(cancel=True))
        i18n.install(app, Settings().language())  # before the first window builds its strings
        workers.yield_to_caller()  # PDF workers leave the cores to the window first
    register_bundled_fonts()  # Japanese text never depends on the machine's fonts
    return app


def build_window(
    project: str | None = None, *, sample: bool = False, settings: Settings | None = None
) -> MainWindow:
    window = MainWindow(settings)
    if sample:
        window.open_sample()
    elif project:
        window.open_project(project)
    return window


WARM_UP_MS = 1000  # after the project is shown: the workers' start competes for the cores


class _FirstPaint(QObject):
    """Calls ``callback`` once, on the event loop's turn after ``window`` first painted."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)  # children paint, not always the window itself

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._callback is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            callback, self._callback = self._callback, None
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, callback)  # once this frame is on screen
        return False


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` once ``window`` has been painted for the first time."""
    _FirstPaint(window, callback)


def _fill(window: MainWindow, project: str | None, sample: bool) -> None:
    """Open what the command line named, then start the PDF workers a little later."""
    collector.freeze_start()  # the window is up, no project is open yet
    if sample:
        window.open_sample()
    elif project:
        window.open_project(project)

    QTimer.singleShot(WARM_UP_MS, workers.warm_up)
    preload_later()  # stage 5's modules, off the GUI thread


def run(
    project: str | None = None,
    *,
    sample: bool = False,
    shot: Path | None = None,
    view: str = "documents",
    size: tuple[int, int] = (1400, 860),
) -> int:
    app = application()
    use_write_wait(WINDOW_WRITE_WAIT)  # a project another program holds is said, not waited out
    if shot is not None:
        window = build_window(project, sample=sample)
        window.resize(*size)
        window.show()
        from frameworkqda.gui.screenshots import prepare_view, screenshot

        prepare_view(window, view)

        def shoot() -> None:
            screenshot(window, shot)
            window.close()
            app.quit()

        QTimer.singleShot(300, shoot)
        return int(app.exec())
    unexpected.install()  # an exception no slot caught is shown, not lost on stderr
    window = MainWindow()
    if sample or project:
        window.show_opening(None if sample else project)
        window.status.clear()  # not "No project open": one is opening
    window.show()
    after_first_paint(window, lambda: _fill(window, project, sample))
    return int(app.exec())
