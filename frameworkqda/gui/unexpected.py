"""The last resort for an exception nothing caught: the desktop app's ``sys.excepthook``.

An exception that escapes a slot would otherwise reach stderr only, and the researcher would
see nothing happen. :func:`install` (called by ``frameworkqda gui``, never by the tests, where
pytest-qt's own hook makes such an exception fail the test) shows it in a box instead: a
:class:`~frameworkqda.core.errors.FrameworkQDAError` as the one line it is (the file and the
reason), anything else as an unexpected error with its traceback under "Show Details…", where
it can be selected and copied for a bug report. The traceback still goes to stderr as well.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from frameworkqda.core.errors import FrameworkQDAError, ProjectFileLostError
from frameworkqda.gui.i18n import shown

_showing = [False]  # a box is on screen: a further error goes to stderr only


def install() -> None:
    """From now on, an uncaught exception on the GUI thread is shown in a box."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, ProjectFileLostError):  # the window's box says it, once
            _say_not_done()  # (main_window); after it, a click that reads says why it did nothing
            return
        previous(kind, error, trace)  # stderr, as before
        if not issubclass(kind, Exception):  # KeyboardInterrupt, SystemExit
            return
        show(error)

    sys.excepthook = hook


def _say_not_done() -> None:
    """On the status line of the window: what was asked was not done, the file being gone."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            widget.statusBar().showMessage(
                QCoreApplication.translate(
                    "Unexpected", "Not done: the project file is no longer there"
                ),
                8000,
            )


def show(error: BaseException) -> QMessageBox | None:
    """The box that says what went wrong (None while another is on screen, or with no
    application to show it in)."""
    if _showing[0] or QApplication.instance() is None:
        return None
    box = QMessageBox(QApplication.activeWindow())
    box.setObjectName("unexpectedError")
    box.setWindowTitle("FrameworkQDA")
    if isinstance(error, FrameworkQDAError):  # meant for the person: the file and the reason
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(shown(error))
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(
            QCoreApplication.translate(
                "Unexpected",
                "Something went wrong that FrameworkQDA did not expect, so what you asked for "
                "may not have been done: {error}",
            ).format(error=f"{type(error).__name__}: {error}")
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Unexpected",
                "Work already saved is kept. The details below can be copied into a bug report.",
            )
        )
        box.setDetailedText("".join(traceback.format_exception(error)))
    _showing[0] = True
    try:
        box.exec()
    finally:
        _showing[0] = False
    return box
