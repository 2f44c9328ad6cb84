"""The one file an open SQLite project is: every connection goes to it or is refused.

SQLite opens a path, not a file. In its default mode a new connection to a path whose file was
moved or deleted creates an empty database there (every later statement then fails with "no
such table", and the empty file is left behind); one to a path whose file was replaced (a backup
restored, a sync program writing its copy) reads and writes that other file, by row id. The
project opens each connection (each session, each transaction: the pool keeps none) with
``mode=rw``, which never creates a file, and then requires the file at the path to be the one
the project was opened from — same device and inode. Otherwise the connection is refused, before
it reads or writes a byte, with one line naming the file (:class:`ProjectFileLostError`).

The check is one ``stat()`` per connection (a few microseconds beside the ~1.5 ms a connection
costs), never one per statement.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from frameworkqda.core.errors import ProjectFileLostError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP

MOVED = QT_TRANSLATE_NOOP(
    "Project",
    "The project file {path} was moved or deleted while it was open; nothing more is read from "
    "or saved to it. Open it again from where it is now",
)
REPLACED = QT_TRANSLATE_NOOP(
    "Project",
    "The project file {path} was replaced by another file while it was open (a backup restored, "
    "a sync program's copy); nothing was written to that file. Open the project again to work "
    "on the file now there",
)

# errno values that mean nothing is at the path (its folder gone, or a file where a folder was)
_ABSENT = {errno.ENOENT, errno.ENOTDIR}


@dataclass(frozen=True)
class ProjectFile:
    """A project's SQLite file as it was when opened: its path and (device, inode)."""

    path: Path
    identity: tuple[int, int]

    @classmethod
    def at(cls, path: Path) -> ProjectFile:
        """The file now at ``path`` (it must exist: a project is opened, not made, here)."""
        found = path.stat()
        return cls(path, (found.st_dev, found.st_ino))

    def connect(self, mode: str = "rw") -> sqlite3.Connection:
        """A connection to this very file (``mode``: SQLite's URI mode, ``rw`` or ``ro``, with
        any further URI parameters). SQLite opens the file in ``connect``; the file at the path
        is looked at after that, so the connection cannot have opened any other."""
        try:
            connection = sqlite3.connect(
                f"{self.path.as_uri()}?mode={mode}", uri=True, check_same_thread=False
            )
        except sqlite3.OperationalError:
            self.check()  # "unable to open database file": say so when the file is gone
            raise
        try:
            self.check()
        except ProjectFileLostError:
            connection.close()
            raise
        return connection

    def check(self) -> None:
        """Raise :class:`ProjectFileLostError` unless this file is still at its path."""
        try:
            found = os.stat(self.path)
        except OSError as error:
            if error.errno in _ABSENT:
                raise ProjectFileLostError(MOVED.format(path=self.path)) from error
            return  # unreadable meanwhile (permissions): SQLite says what it cannot do
        if (found.st_dev, found.st_ino) != self.identity:
            raise ProjectFileLostError(REPLACED.format(path=self.path), replaced=True)
