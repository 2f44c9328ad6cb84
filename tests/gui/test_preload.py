"""The app started as a researcher starts it loads stage 5's modules off the GUI thread."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from frameworkqda.core.store import create_project

# A child process: this test process has long imported pandas. The app is started by its own
# ``run``; an import hook notes which thread first looks for each module; once the preload
# is over, Mapping & interpretation is opened through its menu action (View → 5, Ctrl+5).
STARTED = """
import sys, threading, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

threads = {}

class Spy:
    def find_spec(self, name, path=None, target=None):
        threads.setdefault(name, threading.current_thread().name)
        return None

sys.meta_path.insert(0, Spy())
from frameworkqda.gui import app, preload
from frameworkqda.gui.main_window import MainWindow

started = time.monotonic()

def look():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    loading = [t for t in threading.enumerate() if t.name == "frameworkqda-preload"]
    if ("pandas" not in sys.modules or loading) and time.monotonic() - started < 60:
        QTimer.singleShot(100, look)
        return
    actions = window.findChildren(QAction)
    next(a for a in actions if a.shortcut().toString() == "Ctrl+5").trigger()
    QApplication.processEvents()
    view = window.work_stack.current()
    print(threads.get("pandas"), threads.get("frameworkqda.core.mapping"), type(view).__name__)
    QApplication.instance().quit()

if __name__ == "__main__":  # not again in the PDF workers, which import the main module
    app.application()  # the app's own, as ``run`` makes it: the timer needs it
    QTimer.singleShot(preload.PRELOAD_MS, look)
    sys.exit(app.run(sys.argv[1]))
"""


def test_stage_five_modules_load_off_the_gui_thread(tmp_path: Path) -> None:
    project = tmp_path / "study.fqda"
    create_project(project, framework="mipex-local").engine.dispose()
    home = tmp_path / "home"
    home.mkdir()
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        LANG="en_US.UTF-8",
    )
    done = subprocess.run(
        [sys.executable, "-c", STARTED, str(project)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    pandas_thread, mapping_thread, view = done.stdout.split()
    assert pandas_thread == "frameworkqda-preload"
    assert mapping_thread == "frameworkqda-preload"
    assert view == "MappingView"
