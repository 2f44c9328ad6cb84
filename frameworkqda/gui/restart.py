"""Restarting the window in another language, onto the same project, view and document.

Every window builds its strings when it is made (a live switch would have to rebuild them
all, in forty modules), so View → Language offers "Restart now": the window closes as
quitting closes it (a question while an import runs, what is being typed saved, the project
closed: every change is in the project already), the new language is installed, and a new
window opens the same project at the same view and document. The process stays the same:
nothing to find again on disk, the same in a bundle, and the PDF workers keep running.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from frameworkqda.gui import i18n
from frameworkqda.gui.main_window import MainWindow

_windows: list[MainWindow] = []  # the window a restart made, kept alive as run() keeps its own


def restart(window: MainWindow) -> MainWindow | None:
    """``window`` again in the language the settings now hold; None when the person chose
    to stay (work still running)."""
    location = str(window.session.project.location) if window.session is not None else None
    view: str | None = getattr(window, "current_view", None)  # set by the first show_view
    document = window.document_area.document_id if window.session is not None else None
    if not window.close_project(show_start=False):  # asks while an import or export runs
        return None
    window.settings.set_window_state(window.saveGeometry(), window.saveState())
    app = QApplication.instance()
    assert app is not None
    i18n.install(app, window.settings.language())
    again = MainWindow(window.settings)
    again.show()  # before the old one closes: the last window closed would quit the app
    window.close()
    window.deleteLater()
    _windows[:] = [again]
    if location is not None:
        again.open_project(location)
        if again.session is not None and view:
            again.show_view(view)
            if document is not None and view == "documents":
                again.open_document(document)
    return again
