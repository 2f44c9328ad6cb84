"""Windows sized to the screen they open on.

Dialogs opened at a fixed size (the export dialog's 860 × 560) ran past a 1280 × 720 screen at
150 % (853 × 480 logical pixels): Export, Cancel, Close and the progress bar were below its
edge, out of reach. ``fit_to_screen`` gives a window the size it asks for, at most the screen's
available room less its frame; what no longer fits inside scrolls or wraps there.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

FRAME = 40  # a title bar and the window frame's edges, left for the window manager


def available(widget: QWidget) -> tuple[int, int]:
    """The width and height a window of ``widget``'s can have on its screen (that of the
    window over which it opens, before it is shown), its frame left out."""
    screen: QScreen | None = None
    for candidate in (widget, widget.parentWidget()):
        if candidate is not None and candidate.isVisible():
            screen = candidate.screen()
            break
    screen = screen or widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    return room.width() - FRAME, room.height() - FRAME


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize the window ``widget`` to ``width`` × ``height``, or smaller to fit its screen;
    never below its own minimum size."""
    most_width, most_height = available(widget)
    least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    widget.resize(
        max(min(width, most_width), least.width()), max(min(height, most_height), least.height())
    )
