"""Loading the libraries a command works with, without the cyclic collector walking them.

Importing SQLAlchemy and the model makes some 50,000 objects that live as long as the process
(the GUI's first screen 124,000, of which a full collection would free 600). CPython's cyclic
garbage collector, set off by the allocations, walks them again and again while they load (and
once more at exit) and frees next to nothing: about a third of the CPU time of ``frameworkqda
info`` (issue 15). So they load with collection paused and are then frozen
(``gc.freeze``: later collections skip them). Only a command's loading is paused, never its
work; in a process that has them loaded already (a test session) nothing is paused or frozen.
"""

from __future__ import annotations

import gc
import importlib
import sys

# What a verb that opens a project uses: SQLAlchemy (Core) and the store; the ORM and the model
# load with it for the verbs that use them (cli.CORE_VERBS: those that do not). The store
# package alone loads neither (``check`` and ``recover`` read the file with sqlite3).
STORE = "frameworkqda.core.store.project"
MODEL = "frameworkqda.core.model"


def load(*names: str) -> None:
    """Import the modules ``names``, with the collector paused, unless all are loaded."""
    missing = [name for name in names if name not in sys.modules]
    if not missing:
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        for name in missing:
            importlib.import_module(name)
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
