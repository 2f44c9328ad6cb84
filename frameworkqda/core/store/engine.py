"""Engines configured for durability and for sharing a project between programs.

Every acknowledged commit survives a crash or kill (WAL, full sync). A transaction that will
write takes SQLite's write lock at BEGIN (``BEGIN IMMEDIATE``): a deferred one that upgrades
later fails at once, without waiting, when another program wrote meanwhile; one that waits at
BEGIN waits its turn for up to ``write_wait()`` seconds. Reading sessions begin deferred and never
wait for a writer (WAL readers see the last commit).
"""

from __future__ import annotations

import getpass
import os
import socket
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from frameworkqda.core.errors import ProjectError, ProjectFileLostError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.core.store.identity import MOVED, ProjectFile
from frameworkqda.core.store.integrity import disk_full
from frameworkqda.core.store.location import ProjectLocation

# How long a write waits for another program's write to finish before giving up (seconds):
# a script or the command line waits a long import or merge out; the desktop app, whose window
# waits on its own thread, says who holds the project after a few seconds instead of freezing
# for a minute (``use_write_wait``; its typing is kept and tried again, its undo can be again).
DEFAULT_WRITE_WAIT = 60.0
WINDOW_WRITE_WAIT = 5.0
WRITE_WAIT_ENV = "FRAMEWORKQDA_WRITE_WAIT"
_write_wait = DEFAULT_WRITE_WAIT

# Seconds to wait for a PostgreSQL server to answer a connection (libpq's connect_timeout;
# the URL's ?connect_timeout= or PGCONNECT_TIMEOUT wins).
CONNECT_TIMEOUT = 10

# The execution option a reading session sets: its transaction begins deferred.
READING = "frameworkqda_reading"


def write_wait() -> float:
    """Seconds a writer waits for the project; FRAMEWORKQDA_WRITE_WAIT overrides the
    process's default (``use_write_wait``)."""
    try:
        return max(0.0, float(os.environ.get(WRITE_WAIT_ENV, _write_wait)))
    except ValueError:
        return _write_wait


def use_write_wait(seconds: float) -> None:
    """Make ``seconds`` this process's default wait, for projects opened from now on."""
    global _write_wait
    _write_wait = seconds


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own transaction handling is disabled; SQLAlchemy emits BEGIN below.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {int(write_wait() * 1000)}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL in WAL mode syncs the log on every commit: durable even across power loss.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _begin_sqlite(conn: Any) -> None:
    reading = conn.get_execution_options().get(READING, False)
    conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")


def _begin_deferred(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def read_only_mode(path: Path) -> str | None:
    """The URI mode that reads ``path`` without writing a byte, or None when it can be written.

    A project anyone may write is opened as usual (SQLite then removes its ``-wal``/``-shm``
    on closing, and sees what another program commits meanwhile); the session refuses writes.
    One that cannot be written (mode bits, a read-only mount or folder) is opened ``mode=ro``,
    and with ``immutable=1`` when no WAL file exists: then SQLite creates no file beside it.
    """
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK) and _mode_writable(path):
        return None
    return reading_without_files(path)


def reading_mode(path: Path) -> str | None:
    """How a reading verb opens ``path``: as :func:`read_only_mode` says, and read-only too
    when the disk is full. SQLite's usual open makes its shared-memory file beside the
    project, which a full disk refuses: ``info`` or ``export-qdpx`` to another disk (the way
    out) failed with "the disk is full"."""
    mode = read_only_mode(path)
    if mode is None and disk_full(path):
        return reading_without_files(path)
    return mode


def reading_without_files(path: Path) -> str:
    """The URI mode that reads ``path`` creating no file beside it. With no WAL, or an empty
    one (what a write refused on a full disk leaves, beside a stub of shared memory no reader
    can use), the file holds every commit and ``immutable=1`` reads it alone; with a WAL of
    commits, the program that wrote them made the shared memory, and ``ro`` reads both."""
    wal = path.with_name(path.name + "-wal")
    try:
        committed = wal.stat().st_size > 0
    except OSError:  # none
        committed = False
    return "ro" if committed else "ro&immutable=1"


def _mode_writable(path: Path) -> bool:
    try:
        return bool(path.stat().st_mode & 0o222)
    except OSError:
        return False


def application_name() -> str:
    """How this program shows in PostgreSQL's pg_stat_activity: who holds a lock."""
    try:
        user = getpass.getuser()
    except Exception:  # no login name on some sandboxes
        user = "?"
    return f"frameworkqda {user}@{socket.gethostname()} pid {os.getpid()}"[:63]


def make_engine(
    location: ProjectLocation, *, read_only: bool = False, create: bool = False
) -> Engine:
    """Create the engine for a project; SQLite gets WAL, foreign keys and full sync.

    A SQLite project's connections all go to the file at its path now (``ProjectFile``): never
    one created there, never another put in its place. ``create``: the file is being made.
    """
    path = location.path
    if path is not None:
        # NullPool: a closed project releases the file at once (it can be moved or mailed).
        if create:
            engine = create_engine(location.url, poolclass=NullPool)
            event.listen(engine, "connect", _configure_sqlite)
            event.listen(engine, "begin", _begin_sqlite)
            return engine
        try:
            file = ProjectFile.at(path)
        except OSError as error:  # gone between the checks of opening and now
            raise ProjectFileLostError(MOVED.format(path=path)) from error
        mode = reading_mode(path) if read_only else None
        engine = create_engine(
            "sqlite://", creator=lambda: file.connect(mode or "rw"), poolclass=NullPool
        )
        if mode is not None:
            event.listen(engine, "connect", _configure_read_only)
            event.listen(engine, "begin", _begin_deferred)
            return engine
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    try:
        import psycopg  # noqa: F401  (the driver SQLAlchemy loads; its absence said plainly)
    except ImportError as error:
        raise ProjectError(
            QT_TRANSLATE_NOOP(
                "Project",
                "{location}: PostgreSQL support is not installed; run: {command}",
            ).format(location=location, command="pip install 'frameworkqda[postgres]'")
        ) from error
    # Settings go in by SET on each new connection, not libpq's "options": that parameter
    # would replace the person's PGOPTIONS (docs/server-setup.md step 3 sets a role with it).
    settings = [("lock_timeout", f"{int(write_wait() * 1000)}")]
    if read_only:
        settings.append(("default_transaction_read_only", "on"))
    connect: dict[str, Any] = {"application_name": application_name()}
    if "connect_timeout" not in location.url.query and not os.environ.get("PGCONNECT_TIMEOUT"):
        # libpq waits forever for a server that never answers (a URL naming another service)
        connect["connect_timeout"] = CONNECT_TIMEOUT
    engine = create_engine(location.url, pool_pre_ping=True, connect_args=connect)
    event.listen(engine, "connect", _server_settings(settings))
    return engine


def _server_settings(settings: list[tuple[str, str]]) -> Any:
    """A connect hook that sets ``settings`` for the session (committed: they outlast it)."""

    def configure(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            for name, value in settings:
                cursor.execute("SELECT set_config(%s, %s, false)", (name, value))
        dbapi_connection.commit()

    return configure


def _configure_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout = {int(write_wait() * 1000)}")
