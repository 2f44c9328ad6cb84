"""Python's cyclic garbage collector, run on the GUI thread only.

A collection starts in whichever thread happens to allocate. When that is an import or
REFI-QDA worker thread and the garbage holds PySide objects of the GUI thread, Qt deletes them
from the wrong thread and the process crashes (seen here: a segmentation fault while a
REFI-QDA import ran beside an open project). So automatic collection is switched off and a
GUI-thread timer collects instead (what Anki and other PyQt applications do): the young
generation on every tick, older ones when the interpreter's counters say they are due. (The
young generation's counter alone would not do: it counts allocations less deallocations, so
garbage made while other objects are freed would wait for ever.)

What the program made to start lives as long as it does. ``cli/loading.py`` freezes the
modules it loads before the window; :func:`freeze_start` also freezes what came after them
(PySide6's, the window's: ~10,000 objects), so a full collection, about once a minute, walks
less: 12-22 ms → 9-11 ms on the GUI thread with the sample project's views open
(``frameworkqda gui``, 2026-12-05, load 7). A window built without the CLI (tests, scripts)
freezes nothing before it, and a full collection there walked ~170,000 objects (70-190 ms).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QTimer

INTERVAL_MS = 500

_timer: QTimer | None = None


def collect_on_gui_thread() -> None:
    """Hand collection to the GUI thread (once per process; call it on the GUI thread)."""
    global _timer
    app = QCoreApplication.instance()
    if _timer is not None or app is None:
        return
    gc.disable()
    _timer = QTimer(app)
    _timer.timeout.connect(collect_due)
    _timer.start(INTERVAL_MS)


def collect_due() -> None:
    """Collect the young generation, or an older one whose counter is past its threshold."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = [generation for generation in (2, 1) if counts[generation] > thresholds[generation]]
    gc.collect(due[0] if due else 0)


def freeze_start() -> None:
    """Leave every object alive now out of later collections: call it once the window is up
    and before a project is opened, so that only what lives as long as the program is kept
    (a closed project's objects must stay collectable)."""
    gc.freeze()
