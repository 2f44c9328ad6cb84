"""Loading what stage 5 needs before the researcher asks for it.

The first opening of Mapping & interpretation, or of Export tables, imported pandas and the
report's modules on the GUI thread: the window froze ~0.8 s (a 19,000-passage project: 1.45 s
to a painted Mapping view, 0.5 s once these were loaded). A few seconds after the project is
shown, once the PDF workers have started, a background thread imports them instead.

Python's imports are thread-safe (a lock per module), so a view opened while they load waits
only for what is still loading. Only Qt-free core modules are imported there: Qt's objects
belong to the GUI thread. The workers start from a fork server, never by forking this process,
so no child inherits a lock this thread holds.
"""

from __future__ import annotations

import importlib
import threading

from PySide6.QtCore import QTimer

# pandas with the report (mapping) and its writers (exports): ~0.45-0.8 s here
MODULES = ("pandas", "frameworkqda.core.mapping", "frameworkqda.core.exports")
PRELOAD_MS = 3000  # after the project is shown: after the PDF workers' start (app.WARM_UP_MS)


def preload_later() -> None:
    """Start :func:`preload` once the window has been usable for a while."""
    QTimer.singleShot(PRELOAD_MS, preload)


def preload() -> threading.Thread:
    """Import :data:`MODULES` on a background thread (at most one such thread at a time)."""
    for thread in threading.enumerate():
        if thread.name == _NAME:
            return thread
    thread = threading.Thread(target=_import_all, name=_NAME, daemon=True)
    thread.start()
    return thread


_NAME = "frameworkqda-preload"


def _import_all() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # the view that needs it says so when it is opened
            return
