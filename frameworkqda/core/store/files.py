"""What a project file's checks need to know around it, with the standard library alone: the
disk it is on, its newest backup, SQLite's check rows as lines.

``store.integrity`` (``check``, ``recover``) works through ``sqlite3`` and loads no database
library; ``engine`` and ``faults``, which load SQLAlchemy, use these too.
"""

from __future__ import annotations

import glob
import shutil
from pathlib import Path


def disk_full(path: Path) -> bool:
    """Whether the disk holding ``path`` is (nearly) full: SQLite then often says only
    "disk I/O error", when the lock file beside the project cannot grow."""
    try:
        return shutil.disk_usage(path.parent).free < 256 * 1024
    except OSError:
        return False


def newest_backup(path: Path) -> Path | None:
    """The newest ``<name>.bak-*`` copy beside a project (made before each migration)."""
    try:
        backups = list(path.parent.glob(f"{glob.escape(path.name)}.bak-*"))
    except OSError:
        return None
    return max(backups, key=lambda b: (b.stat().st_mtime, b.name), default=None)


def problem_lines(rows: list[str]) -> list[str]:
    """SQLite's check rows as single lines, without its "*** in database main ***" headers."""
    lines = [line.strip() for row in rows for line in row.splitlines()]
    return [line for line in lines if line and not line.startswith("***")]
