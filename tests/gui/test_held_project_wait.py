"""The desktop app waits seconds, not a minute, for a project another program holds: its window
waits on its own thread, frozen and unpainted (an undo took 40 s while a script held the
project). The command line keeps the long wait, which sees a long import or merge out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from frameworkqda.core.store.engine import (
    DEFAULT_WRITE_WAIT,
    WINDOW_WRITE_WAIT,
    WRITE_WAIT_ENV,
    write_wait,
)

_PROBE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from frameworkqda.gui import app\n"
    "from frameworkqda.core.store.engine import write_wait\n"
    "qt = app.application()\n"
    "QTimer.singleShot(0, lambda: (print(write_wait(), flush=True), qt.quit()))\n"
    "sys.exit(app.run())\n"
)


def _window_wait(tmp_path: Path, env: dict[str, str]) -> float:
    """The wait ``frameworkqda gui`` (``app.run``) writes with, in a fresh process."""
    base = {k: v for k, v in os.environ.items() if k != WRITE_WAIT_ENV}
    result = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={**base, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), **env},
    )
    assert result.returncode == 0, result.stderr
    return float(result.stdout.split()[-1])


def test_the_window_waits_seconds_for_a_held_project_and_the_setting_still_rules(
    tmp_path: Path,
) -> None:
    assert WINDOW_WRITE_WAIT <= 5 < DEFAULT_WRITE_WAIT
    assert _window_wait(tmp_path, {}) == WINDOW_WRITE_WAIT
    assert _window_wait(tmp_path, {WRITE_WAIT_ENV: "0.7"}) == 0.7


def test_the_command_line_keeps_the_long_wait(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(WRITE_WAIT_ENV, raising=False)
    assert write_wait() == DEFAULT_WRITE_WAIT
