"""Starting the desktop app (``frameworkqda gui``); ``--screenshot`` goes on in screenshots.py."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from frameworkqda.gui import i18n, jobs
from frameworkqda.gui.fonts import register_bundled_fonts
from frameworkqda.gui.main_window import MainWindow
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


def run(
    project: str | None = None,
    *,
    sample: bool = False,
    shot: Path | None = None,
    view: str = "documents",
    size: tuple[int, int] = (1400, 860),
) -> int:
    app = application()
    window = build_window(project, sample=sample)
    if shot is not None:
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
    window.show()
    return int(app.exec())
