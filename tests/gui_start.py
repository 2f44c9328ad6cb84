"""``frameworkqda gui PROJECT`` started as a person starts it, watched from inside.

A fresh interpreter runs the CLI's ``main(["gui", PROJECT])``; an application-wide event
filter notes, as seconds since the parent launched it, the main window's first paint, the
event loop's next turn after it (the window answers input) and the first paint of the document
tree (the project is on screen), each with the process's CPU time and the time its GUI thread
waited for a core (``/proc/thread-self/schedstat``, where Linux has it), which of the
modules named ``watched`` were loaded at the first paint and once the project was shown, the
objects frozen out of garbage collection and the source lines ``linecache`` holds.
``tests/e2e/test_gui_startup.py`` asserts on the modules, ``benchmarks/bench_app.py`` reports
the times.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

CHILD = """
import gc, json, linecache, os, resource, sys, time
launched, project, watched = float(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
from frameworkqda.cli.gui_commands import load_first_screen
load_first_screen()  # as the gui verb does; the filter below needs Qt before the verb runs
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from frameworkqda.gui import app as app_module

marks = {}

def waited():
    try:
        with open("/proc/thread-self/schedstat") as stat:
            return int(stat.read().split()[1]) / 1e9
    except OSError:
        return None

def mark(name):
    used = resource.getrusage(resource.RUSAGE_SELF)
    marks[name] = {"at": time.time() - launched, "cpu": used.ru_utime + used.ru_stime,
                   "waited": waited(), "loaded": sorted(n for n in watched if n in sys.modules),
                   "frozen": gc.get_freeze_count(),
                   "source_lines": sum(len(entry[2]) for entry in linecache.cache.values()
                                       if len(entry) > 2)}
    if "usable" in marks and "project" in marks:
        sys.stdout.write(json.dumps(marks))
        sys.stdout.flush()
        os._exit(0)  # measured; PySide6 can abort while finalising after a window was shown

class Watch(QObject):
    def eventFilter(self, target, event):
        if event.type() == QEvent.Type.Paint and isinstance(target, QWidget) \\
                and type(target.window()).__name__ == "MainWindow":
            if "paint" not in marks:
                mark("paint")
                QTimer.singleShot(0, lambda: mark("usable"))
            if target.objectName() == "documentTree" and "project" not in marks:
                mark("project")
        return False

watch = Watch()
make_application = app_module.application

def application():
    qt_app = make_application()
    qt_app.installEventFilter(watch)
    return qt_app

app_module.application = application
from frameworkqda.cli import main
main(["gui", project])
"""


def start_gui(
    project: Path, watched: tuple[str, ...] = (), config: Path | None = None
) -> dict[str, Any]:
    """The marks (``paint``, ``usable``, ``project``) of one fresh start on ``project``."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM") or "offscreen"
    if config is not None:  # recent projects and window geometry of a person who never ran it
        env["XDG_CONFIG_HOME"] = str(config)
    launched = time.time()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, repr(launched), str(project), json.dumps(watched)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if child.returncode != 0:
        raise RuntimeError(child.stderr)
    marks: dict[str, Any] = json.loads(child.stdout)
    return marks
