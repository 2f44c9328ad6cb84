"""Creating and opening projects, with every check done before a byte is written.

A SQLite project is created in a temporary file beside its final name and renamed into place
only when complete, so a crash during creation never leaves half a project. Opening checks, on
a read-only connection, that the file is a FrameworkQDA project this version understands; an
older project is backed up beside itself and then migrated.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from frameworkqda import __version__
from frameworkqda.core import model
from frameworkqda.core.atomic import atomic_path
from frameworkqda.core.errors import (
    NotAProjectError,
    ProjectError,
    ProjectExistsError,
    ProjectLockedError,
    ProjectReadOnlyError,
    ProjectTooNewError,
)
from frameworkqda.core.store import migrate
from frameworkqda.core.store.engine import make_engine
from frameworkqda.core.store.location import ProjectLocation

SQLITE_MAGIC = b"SQLite format 3\x00"


class Project:
    """An open project: hands out sessions and transactions over one engine."""

    def __init__(self, location: ProjectLocation, engine: Engine, *, backup: Path | None = None):
        self.location = location
        self.engine = engine
        self.backup_path = backup  # set when opening migrated the project
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._coder_name = default_coder_name()

    @property
    def name(self) -> str:
        with self.session() as session:
            info = session.scalars(select(model.ProjectInfo)).first()
            return info.name if info else str(self.location)

    @property
    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return migrate.current_revision(connection)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading; anything it changes is discarded when it closes.

        Objects loaded in it stay readable afterwards (closing detaches without expiring).
        """
        with self._sessions() as session:
            yield session

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work: committed (durably) when the block ends, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    @property
    def coder_name(self) -> str:
        return self._coder_name

    @coder_name.setter
    def coder_name(self, name: str) -> None:
        self._coder_name = name.strip() or default_coder_name()

    def coder(self, session: Session) -> model.Coder:
        """The coder working in this session, created on first use."""
        coder = session.scalars(
            select(model.Coder).where(model.Coder.name == self._coder_name)
        ).first()
        if coder is None:
            coder = model.Coder(name=self._coder_name)
            session.add(coder)
            session.flush()
        return coder

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def default_coder_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some sandboxes
        return "coder"


def create_project(
    where: str | Path,
    *,
    name: str | None = None,
    framework: str | None = None,
) -> Project:
    """Create a new, empty project (optionally from a framework template) and open it."""
    from frameworkqda.core.framework.templates import load_template

    location = ProjectLocation.parse(where)
    template = load_template(framework) if framework else None
    project_name = name or (location.path.stem if location.path else location.url.database or "")

    if location.path is None:
        engine = make_engine(location)
        _require_empty_server_database(engine, location)
        _initialise(engine, project_name, framework, template)
        return Project(location, engine)

    final = location.path
    if final.exists():
        raise ProjectExistsError(f"{final}: a file with this name already exists")
    if not final.parent.is_dir():
        raise ProjectError(f"{final}: the folder {final.parent} does not exist")
    if not os.access(final.parent, os.W_OK):
        raise ProjectReadOnlyError(f"{final}: the folder {final.parent} is not writable")
    with atomic_path(final, "creating", touch=False) as temporary:
        engine = make_engine(ProjectLocation.parse(temporary))
        _initialise(engine, project_name, framework, template)
        engine.dispose()  # checkpoints the WAL into the file before the rename
    return Project(location, make_engine(location))


def open_project(where: str | Path, *, migrate_old: bool = True) -> Project:
    """Open an existing project, migrating (after a backup) one made by an older version."""
    location = ProjectLocation.parse(where)
    if location.path is not None:
        return _open_sqlite(location, migrate_old=migrate_old)
    engine = make_engine(location)
    try:
        with engine.connect() as connection:
            revision = _checked_revision(location, connection)
        if revision != migrate.head_revision():
            if not migrate_old:
                raise ProjectError(f"{location}: needs upgrading to this version's schema")
            with engine.begin() as connection:
                migrate.upgrade(connection)
    except OperationalError as error:
        engine.dispose()
        raise ProjectError(f"{location}: cannot connect to the server ({error.orig})") from error
    except ProjectError:
        engine.dispose()
        raise
    return Project(location, engine)


def _open_sqlite(location: ProjectLocation, *, migrate_old: bool) -> Project:
    path = location.path
    assert path is not None
    if not path.is_file():
        raise ProjectError(f"{path}: no such project file")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise NotAProjectError(f"{path}: not a FrameworkQDA project (not an SQLite database)")
    if not os.access(path, os.W_OK) or not stat.S_IMODE(path.stat().st_mode) & 0o222:
        # The mode bits count even for an administrator: a file marked read-only stays so.
        raise ProjectReadOnlyError(f"{path}: the file is read-only; copy it or change permissions")
    if not os.access(path.parent, os.W_OK):
        raise ProjectReadOnlyError(
            f"{path}: its folder is read-only, so the journal cannot be kept"
        )

    revision = _read_only_revision(path, location)
    _probe_writable(path)
    backup: Path | None = None
    if revision != migrate.head_revision():
        if not migrate_old:
            raise ProjectError(f"{path}: made by an older version and needs upgrading")
        backup = _backup_sqlite(path, revision)

    engine = make_engine(location)
    try:
        if backup is not None:
            with engine.begin() as connection:
                migrate.upgrade(connection)
    except BaseException:
        engine.dispose()
        raise
    return Project(location, engine, backup=backup)


def _read_only_revision(path: Path, location: ProjectLocation) -> str:
    """Read the schema revision without changing a byte or creating a file beside it."""
    # Without a WAL file the database file is complete, and immutable=1 reads it creating no
    # -wal/-shm files; with one, a plain read-only connection sees the committed log too.
    mode = "ro" if _wal_files(path)[0].exists() else "ro&immutable=1"
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode={mode}", uri=True, timeout=1.0)
    except sqlite3.Error as error:
        raise NotAProjectError(f"{path}: cannot be read as a project ({error})") from error
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not {"alembic_version", "project"} <= tables:
            raise NotAProjectError(f"{path}: an SQLite database, but not a FrameworkQDA project")
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            raise ProjectLockedError(
                f"{path}: locked by another program; close it there and try again"
            ) from error
        raise NotAProjectError(f"{path}: cannot be read as a project ({error})") from error
    except sqlite3.DatabaseError as error:
        raise NotAProjectError(f"{path}: damaged or not a project ({error})") from error
    finally:
        connection.close()
    return _known_revision(location, row[0] if row else None)


def _checked_revision(location: ProjectLocation, connection: object) -> str:
    from sqlalchemy import Connection

    assert isinstance(connection, Connection)
    tables = set(inspect(connection).get_table_names())
    if not {"alembic_version", "project"} <= tables:
        raise NotAProjectError(f"{location}: this database does not hold a FrameworkQDA project")
    return _known_revision(location, migrate.current_revision(connection))


def _known_revision(location: ProjectLocation, revision: str | None) -> str:
    if revision is None:
        raise NotAProjectError(f"{location}: has no schema version; not a FrameworkQDA project")
    if revision not in migrate.known_revisions():
        raise ProjectTooNewError(
            f"{location}: made by a newer version of FrameworkQDA (schema {revision}); "
            f"this is version {__version__}, please upgrade the application"
        )
    return revision


def _probe_writable(path: Path) -> None:
    """Fail now, with a clear message, if another program holds the write lock."""
    connection = sqlite3.connect(path, timeout=1.0, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        message = str(error)
        if "locked" in message or "busy" in message:
            raise ProjectLockedError(
                f"{path}: locked by another program; close it there and try again"
            ) from error
        if "readonly" in message or "read-only" in message:
            raise ProjectReadOnlyError(f"{path}: the file cannot be written") from error
        raise ProjectError(f"{path}: cannot be opened ({message})") from error
    finally:
        connection.close()


def _backup_sqlite(path: Path, revision: str) -> Path:
    """Copy the project beside itself before a migration touches it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    backup = path.with_name(f"{path.name}.bak-{revision}-{stamp}")
    source = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(backup)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return backup


def _wal_files(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _require_empty_server_database(engine: Engine, location: ProjectLocation) -> None:
    try:
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
    except OperationalError as error:
        engine.dispose()
        raise ProjectError(f"{location}: cannot connect to the server ({error.orig})") from error
    if tables:
        engine.dispose()
        raise ProjectExistsError(f"{location}: the database is not empty")


def _initialise(
    engine: Engine,
    name: str,
    framework: str | None,
    template: object | None,
) -> None:
    """Build the schema and the starting rows in one transaction."""
    from frameworkqda.core.framework.templates import Template, apply_template

    with engine.begin() as connection:
        migrate.upgrade(connection)
        with Session(bind=connection) as session:
            session.add(model.ProjectInfo(name=name, framework=framework, created_with=__version__))
            for position, (label, present, colour) in enumerate(model.DEFAULT_VALUE_SCALE):
                session.add(
                    model.ChartValue(
                        label=label, counts_as_present=present, colour=colour, position=position
                    )
                )
            if isinstance(template, Template):
                apply_template(session, template)
            session.flush()
