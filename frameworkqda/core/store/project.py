"""Creating and opening projects, with every check done before a byte is written.

A SQLite project is created in a temporary file beside its final name and renamed into place
only when complete, so a crash during creation never leaves half a project. Opening checks, on
a read-only connection, that the file is a FrameworkQDA project this version understands; an
older project is backed up beside itself and then migrated.
"""

from __future__ import annotations

import contextlib
import functools
import getpass
import os
import re
import sqlite3
import stat
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, Executable, insert, inspect, select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from frameworkqda import __version__
from frameworkqda.core import tables
from frameworkqda.core.atomic import atomic_path
from frameworkqda.core.errors import (
    NotAProjectError,
    ProjectDamagedError,
    ProjectError,
    ProjectExistsError,
    ProjectFileLostError,
    ProjectGoneError,
    ProjectLockedError,
    ProjectReadOnlyError,
    ProjectTooNewError,
    ServerPasswordError,
    ServerUnreachableError,
)
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.core.store import changes, migrate
from frameworkqda.core.store.engine import (
    READING,
    make_engine,
    read_only_mode,
    reading_without_files,
    write_wait,
)
from frameworkqda.core.store.faults import (
    busy_message,
    damage_message,
    first_problem,
    refused_message,
    sqlite_lock_holders,
    translate,
)
from frameworkqda.core.store.integrity import (
    NOT_OURS,
    NOT_SQLITE,
    PROJECT_TABLES,
    SQLITE_MAGIC,
    disk_full,
    no_project_file,
)
from frameworkqda.core.store.location import ProjectLocation

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from frameworkqda.core import model

DISK_FULL = QT_TRANSLATE_NOOP("Project", "{path}: the disk is full; free some space first")


class Project:
    """An open project: hands out sessions and transactions over one engine.

    A verb that needs no mapped object reads and writes through SQLAlchemy Core instead
    (:meth:`connect`, :meth:`begin`: ``import``, ``info``, ``text``), with the same fault
    handling, write lock and change log: the ORM and the model load only when a session is
    first asked for (~390 M instructions, ~90 ms of CPU, of every such verb; issue 15).

    A project opened ``read_only`` (a file marked read-only, a read-only mount, or a reading
    verb) refuses transactions with one line; reading works as usual.
    """

    def __init__(
        self,
        location: ProjectLocation,
        engine: Engine,
        *,
        backup: Path | None = None,
        read_only: bool = False,
    ):
        self.location = location
        self.engine = engine
        self.backup_path = backup  # set when opening migrated the project
        self.read_only = read_only
        self._reading_engine = engine.execution_options(**{READING: True})
        self._together = threading.local()  # the connection reads share, by thread
        self._coder_name = self.default_coder_name()
        # told (from whichever thread found it) when the project's file was found moved,
        # deleted or replaced: the GUI offers to open it again (identity.py)
        self.file_lost: list[Callable[[ProjectFileLostError], None]] = []
        # told (from whichever thread found it) when the server could not be reached: the GUI
        # knows then, not at its next look (a restart between two looks went unseen), to save
        # what was refused when the server is back (gui/live.py)
        self.server_lost: list[Callable[[ServerUnreachableError], None]] = []
        # names this object's writes in the change log, so it can skip its own (changes.py)
        self.origin = uuid.uuid4().hex

    @property
    def name(self) -> str:
        with self.connect() as connection:
            name = connection.scalars(select(tables.project.c.name)).first()
            return name if name is not None else str(self.location)

    @property
    def schema_revision(self) -> str | None:
        with self.faults(writing=False), self._reading_engine.connect() as connection:
            return migrate.current_revision(connection)

    @functools.cached_property
    def _sessions(self) -> sessionmaker[Session]:
        """Reading sessions' factory, made (and the ORM loaded) when one is first asked for."""
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self._reading_engine, expire_on_commit=False)

    @functools.cached_property
    def _writes(self) -> sessionmaker[Session]:
        """Writing sessions' factory, made (and the ORM loaded) when one is first asked for."""
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading; anything it changes is discarded when it closes.

        Objects loaded in it stay readable afterwards (closing detaches without expiring).
        """
        from sqlalchemy.orm import Session

        shared: Connection | None = getattr(self._together, "connection", None)
        opened = self._sessions() if shared is None else Session(shared, expire_on_commit=False)
        with self.faults(writing=False), opened as session:
            yield session

    @contextlib.contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for reading through SQLAlchemy Core (``tables``), as :meth:`session`
        reads: it shares the thread's connection in :meth:`reading_together`, begins its own
        transaction (it sees the last commit) and discards anything it changes."""
        shared: Connection | None = getattr(self._together, "connection", None)
        with self.faults(writing=False):
            if shared is None:
                with self._reading_engine.connect() as connection:
                    yield connection
            elif shared.in_transaction():  # inside a session that reads on it: its transaction
                yield shared
            else:
                try:
                    yield shared
                finally:
                    shared.rollback()

    @contextlib.contextmanager
    def reading_together(self) -> Iterator[None]:
        """Reading sessions on this thread, until the block ends, share one connection.

        Opening and configuring a SQLite connection costs ~1.5 ms, and a window's views each
        read after every change (ten connections for one import's document). Each session
        still has its own transaction, so it sees the last commit, as before; the connection
        closes at the end, so a project no one is reading is whole in its file (SQLite folds
        its log into the file when the last connection closes). Writes keep their own.
        """
        if getattr(self._together, "connection", None) is not None:
            yield
            return
        with self.faults(writing=False), self._reading_engine.connect() as connection:
            self._together.connection = connection
            try:
                yield
            finally:
                self._together.connection = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work: committed (durably) when the block ends, rolled back on error.

        On SQLite it holds the write lock from its first statement to its end; another writer
        waits its turn (``engine.write_wait()``), then gets one line saying who holds it.
        """
        from frameworkqda.core.deletions import CODER

        self._refuse_writes()
        with self.faults(), self._writes() as session, session.begin():
            session.info[CODER] = self._coder_name  # who deletes, for the deletions log
            yield session
            changes.record_session_change(session, self.origin)

    @contextlib.contextmanager
    def begin(self) -> Iterator[Connection]:
        """A unit of work through SQLAlchemy Core (``tables``), as :meth:`transaction`: the
        same write lock, committed durably when the block ends (its change logged as
        everything), rolled back on error."""
        self._refuse_writes()
        with self.faults(), self.engine.begin() as connection:
            yield connection
            changes.record_change(connection, self.origin)

    def _refuse_writes(self) -> None:
        if self.read_only:
            raise ProjectReadOnlyError(
                QT_TRANSLATE_NOOP(
                    "Project", "{location}: opened read-only; changes cannot be saved"
                ).format(location=self.location)
            )

    def change_count(self) -> int:
        """The count of write transactions so far: where :meth:`changes_since` starts."""
        with self.connect() as connection:
            return changes.change_count(connection)

    def changes_since(self, seen: int) -> changes.RemoteChanges:
        """What other programs (and other Project objects) committed after count ``seen``."""
        with self.connect() as connection:
            return changes.changes_since(connection, seen, self.origin)

    @contextlib.contextmanager
    def faults(self, writing: bool = True) -> Iterator[None]:
        """Database failures inside the block become one line naming the project; a file
        moved, deleted or replaced is told to ``file_lost`` as well, a server that cannot be
        reached to ``server_lost``."""
        try:
            yield
        except ProjectFileLostError as error:
            for tell in list(self.file_lost):
                tell(error)
            raise
        except DBAPIError as error:
            translated = translate(
                error, self.location, self._lock_holder, writing, self._owner_of_refused
            )
            if translated is None:
                raise
            if isinstance(translated, ServerUnreachableError):
                for told in list(self.server_lost):
                    told(translated)
            raise translated from error

    def _owner_of_refused(self, reason: str) -> str | None:
        return None if self.location.path is not None else owner_role_of(self.engine, reason)

    def _lock_holder(self) -> str | None:
        if self.location.path is not None:
            return sqlite_lock_holders(self.location.path)
        # Found through pg_locks, which every role may read: another session of this
        # database that blocks someone, else one with a write under way (its transaction id
        # locked). pg_stat_activity's xact_start, used before, is NULL to a role that is no
        # superuser for every other role's session, so the holder was never named; its
        # application_name and usename every role may see.
        try:
            with self.engine.connect() as connection:
                row = connection.execute(
                    text(
                        "SELECT a.application_name, a.usename FROM pg_locks l "
                        "JOIN pg_stat_activity a ON a.pid = l.pid "
                        "WHERE a.datname = current_database() AND l.pid <> pg_backend_pid() "
                        "AND l.granted AND (l.locktype = 'transactionid' OR l.mode NOT IN "
                        "('AccessShareLock', 'ExclusiveLock')) "
                        "ORDER BY EXISTS (SELECT 1 FROM pg_stat_activity w "
                        "WHERE l.pid = ANY (pg_blocking_pids(w.pid))) DESC, "
                        "l.locktype = 'transactionid' DESC, l.pid LIMIT 1"
                    )
                ).first()
        except DBAPIError:
            return None
        if row is None:
            return None
        return str(row[0] or f"user {row[1]}")

    @property
    def coder_name(self) -> str:
        return self._coder_name

    @coder_name.setter
    def coder_name(self, name: str) -> None:
        self._coder_name = name.strip() or self.default_coder_name()

    def default_coder_name(self) -> str:
        """Who codes unless told: on PostgreSQL the role this program connects as (each
        coder has their own, docs/server-setup.md), as libpq picks it (the URL's user, else
        PGUSER, else the login name); on SQLite the login name."""
        if self.location.path is None:
            role = self.location.url.username or os.environ.get("PGUSER", "")
            if role.strip():
                return role.strip()
        return default_coder_name()

    def coder(self, session: Session) -> model.Coder:
        """The coder working in this session, created on first use.

        INSERT … ON CONFLICT DO NOTHING and then SELECT: two programs creating the same coder
        at once both end with the one row, neither fails on the unique name.
        """
        from frameworkqda.core import model

        query = select(model.Coder).where(model.Coder.name == self._coder_name)
        coder = session.scalars(query).first()
        if coder is None:
            session.execute(_insert_new_coder(session.get_bind().dialect.name, self._coder_name))
            coder = session.scalars(query).one()
        return coder

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _insert_new_coder(dialect: str, name: str) -> Executable:
    """INSERT the coder unless a row has the name. The dialect's INSERT is imported here:
    loading PostgreSQL's dialect would cost every start-up 30-70 ms."""
    row = {"name": name, "created_at": tables.utcnow()}
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as on_server

        return on_server(tables.coders).values(row).on_conflict_do_nothing(index_elements=["name"])
    from sqlalchemy.dialects.sqlite import insert as in_file

    return in_file(tables.coders).values(row).on_conflict_do_nothing(index_elements=["name"])


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
    language: str = "en",
) -> Project:
    """Create a new, empty project (optionally from a framework template) whose template and
    value scale are in ``language``."""
    from frameworkqda.core.framework.templates import load_template

    location = ProjectLocation.parse(where)
    template = load_template(framework, language) if framework else None
    project_name = name or (location.path.stem if location.path else location.url.database or "")

    if location.path is None:
        engine = make_engine(location)
        _require_empty_server_database(engine, location)
        try:
            _initialise(engine, project_name, framework, template, language)
        except DBAPIError as error:
            engine.dispose()
            raise translate(error, location) or error from error
        return Project(location, engine)

    final = location.path
    if final.exists():
        raise ProjectExistsError(
            QT_TRANSLATE_NOOP("Project", "{path}: a file with this name already exists").format(
                path=final
            )
        )
    if not final.parent.is_dir():
        raise ProjectError(
            QT_TRANSLATE_NOOP("Project", "{path}: the folder {folder} does not exist").format(
                path=final, folder=final.parent
            )
        )
    if not os.access(final.parent, os.W_OK):
        raise ProjectReadOnlyError(
            QT_TRANSLATE_NOOP("Project", "{path}: the folder {folder} is not writable").format(
                path=final, folder=final.parent
            )
        )
    try:
        with atomic_path(final, "creating", touch=False) as temporary:
            engine = make_engine(ProjectLocation.parse(temporary), create=True)
            try:
                _initialise(engine, project_name, framework, template, language)
            finally:
                engine.dispose()  # checkpoints the WAL into the file before the rename
    except DBAPIError as error:
        raise translate(error, final) or error from error
    except OSError as error:
        raise ProjectError(
            QT_TRANSLATE_NOOP("Project", "{path}: cannot be created ({reason})").format(
                path=final, reason=error.strerror or str(error)
            )
        ) from error
    return Project(location, make_engine(location))


def open_project(
    where: str | Path, *, migrate_old: bool = True, read_only: bool = False
) -> Project:
    """Open an existing project, migrating (after a backup) one made by an older version.

    ``read_only`` is for verbs that only read: a file marked read-only or on a read-only mount
    opens too, nothing is written to it, and the project refuses transactions.
    """
    location = ProjectLocation.parse(where)
    if location.path is not None:
        return _open_sqlite(location, migrate_old=migrate_old, read_only=read_only)
    engine = make_engine(location, read_only=read_only)
    try:
        with engine.connect() as connection:
            revision = _checked_revision(location, connection)
        if revision != migrate.head_revision():
            with engine.connect() as connection:
                _check_upgrader(location, connection)
            if not migrate_old or read_only:
                raise ProjectError(
                    QT_TRANSLATE_NOOP(
                        "Project",
                        "{location}: made by an older version; its schema must be upgraded "
                        "before it can be read. Take a backup with pg_dump, then run "
                        "frameworkqda upgrade {location} or open it once in the app "
                        "(docs/server-setup.md)",
                    ).format(location=location)
                )
            with engine.begin() as connection:
                migrate.upgrade(connection)
    except OperationalError as error:
        engine.dispose()
        raise connection_error(location, error) from error
    except DBAPIError as error:  # e.g. a role without rights on the tables
        engine.dispose()
        found = translate(
            error, location, writing=False, owner=lambda reason: owner_role_of(engine, reason)
        )
        raise found or error from error
    except ProjectError:
        engine.dispose()
        raise
    return Project(location, engine, read_only=read_only)


@dataclass(frozen=True)
class Upgrade:
    """What ``upgrade_project`` did: the schema revisions before and after, and the copy taken
    of a project file first (a server project's backup is the team's pg_dump)."""

    before: str
    after: str
    backup: Path | None


def upgrade_project(where: str | Path) -> Upgrade:
    """Upgrade a project made by an older version to this version's schema, as opening it in
    the app does: a project file is copied beside itself first; a server project is upgraded
    only by its owner role (``_check_upgrader`` says how otherwise)."""
    location = ProjectLocation.parse(where)
    if location.path is not None:
        before = _read_only_revision(Path(location.path), location, check=False)
    else:
        engine = make_engine(location, read_only=True)
        try:
            with engine.connect() as connection:
                before = _checked_revision(location, connection)
        except OperationalError as error:
            raise connection_error(location, error) from error
        finally:
            engine.dispose()
    with open_project(where) as project:
        after = project.schema_revision or before
        return Upgrade(before, after, project.backup_path)


def _check_upgrader(location: ProjectLocation, connection: Connection) -> None:
    """An older project on a server is upgraded only by the role that owns its tables: what
    the upgrade adds (a table, a column's default) then belongs to it, and every coder may use
    it. Upgraded by a coder's own role, a new table was that coder's alone. Nothing is copied
    before a server project is upgraded (``pg_dump`` is the server's backup), so the message
    says to take one."""
    row = connection.execute(
        text(
            "SELECT tableowner, current_user, pg_has_role(current_user, tableowner, 'MEMBER') "
            "FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'project'"
        )
    ).first()
    if row is None or row[0] == row[1]:
        return
    owner, role, member = row
    if member:
        raise ProjectError(
            QT_TRANSLATE_NOOP(
                "Project",
                "{location}: made by an older version; its schema must be upgraded as the "
                "project's owner role {owner}, so what the upgrade adds belongs to it and not "
                "to role {role}. Take a backup with pg_dump, then run frameworkqda upgrade "
                '{location} (or open it once in the app) with PGOPTIONS="-c role={owner}" '
                "(docs/server-setup.md)",
            ).format(location=location, owner=owner, role=role)
        )
    raise ProjectError(
        QT_TRANSLATE_NOOP(
            "Project",
            "{location}: made by an older version; its schema must be upgraded as the "
            "project's owner role {owner}, of which role {role} is not a member. Ask a member "
            "of {owner} to take a backup with pg_dump and run frameworkqda upgrade {location} "
            '(or open it once in the app) with PGOPTIONS="-c role={owner}" '
            "(docs/server-setup.md)",
        ).format(location=location, owner=owner, role=role)
    )


def owner_role_of(engine: Engine, reason: str) -> str | None:
    """The role owning the table the server refused (``permission denied for table X``; else
    the project table) when the role connected is a member of it but does not act as it."""
    named = re.search(r"permission denied for (?:table|relation) (\S+)", reason)
    table = named[1].strip('"') if named else "project"
    try:
        with engine.connect() as connection:
            row = connection.execute(
                text(
                    "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
                    "AND tablename = :table AND tableowner <> current_user "
                    "AND pg_has_role(current_user, tableowner, 'MEMBER')"
                ),
                {"table": table},
            ).first()
    except DBAPIError:
        return None
    return str(row[0]) if row is not None else None


def connection_error(location: ProjectLocation, error: OperationalError) -> ProjectError:
    """One line for a server that cannot be reached, or that wants a password."""
    reason = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else "no reason"
    role = location.role or os.environ.get("PGUSER") or default_coder_name()
    if "password authentication failed" in reason:  # one was given, and refused
        return ServerPasswordError(
            QT_TRANSLATE_NOOP(
                "Project",
                "{location}: the server refused the password for role {role} ({reason}); "
                "check the password in ~/.pgpass, the file PGPASSFILE names, or the one typed",
            ).format(location=location, role=role, reason=reason)
        )
    if "no password supplied" in reason:
        return ServerPasswordError(
            QT_TRANSLATE_NOOP(
                "Project",
                "{location}: the server wants a password for role {role} ({reason}); put it "
                "in ~/.pgpass or the file PGPASSFILE names (docs/server-setup.md)",
            ).format(location=location, role=role, reason=reason)
        )
    if "database" in reason and "does not exist" in reason:
        return ProjectGoneError(
            QT_TRANSLATE_NOOP(
                "Project", "{location}: the server has no database {database} ({reason})"
            ).format(location=location, database=location.url.database, reason=reason)
        )
    if "permission denied" in reason:  # no CONNECT on the database
        return ProjectError(refused_message(location, reason, writing=False))
    return ProjectError(
        QT_TRANSLATE_NOOP("Project", "{location}: cannot connect to the server ({reason})").format(
            location=location, reason=reason
        )
    )


def _open_sqlite(location: ProjectLocation, *, migrate_old: bool, read_only: bool) -> Project:
    path = location.path
    assert path is not None
    if not path.is_file():
        raise ProjectGoneError(no_project_file(path))
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise NotAProjectError(NOT_SQLITE.format(path=path))
    if read_only:
        revision = _read_only_revision(path, location, check=False)
        if revision == migrate.head_revision():
            return Project(location, make_engine(location, read_only=True), read_only=True)
        # An older project is upgraded (after a backup) before anything reads it.
        if read_only_mode(path) is not None:
            raise ProjectReadOnlyError(
                QT_TRANSLATE_NOOP(
                    "Project",
                    "{path}: made by an older version and must be upgraded before it can be "
                    "read, which a read-only file cannot be; copy it to a writable folder",
                ).format(path=path)
            )
    if _on_read_only_disk(path):
        raise ProjectReadOnlyError(
            QT_TRANSLATE_NOOP(
                "Project",
                "{path}: it is on a read-only disk; copy it to a writable folder to change it",
            ).format(path=path)
        )
    if not os.access(path, os.W_OK) or not stat.S_IMODE(path.stat().st_mode) & 0o222:
        # The mode bits count even for an administrator: a file marked read-only stays so.
        raise ProjectReadOnlyError(
            QT_TRANSLATE_NOOP(
                "Project", "{path}: the file is read-only; copy it or change permissions"
            ).format(path=path)
        )
    if not os.access(path.parent, os.W_OK):
        raise ProjectReadOnlyError(
            QT_TRANSLATE_NOOP(
                "Project", "{path}: its folder is read-only, so the journal cannot be kept"
            ).format(path=path)
        )

    revision = _read_only_revision(path, location, check=True)
    _probe_writable(path)
    backup: Path | None = None
    if revision != migrate.head_revision():
        if not migrate_old:
            raise ProjectError(
                QT_TRANSLATE_NOOP(
                    "Project", "{path}: made by an older version and needs upgrading"
                ).format(path=path)
            )
        backup = _backup_sqlite(path, revision)

    engine = make_engine(location)
    try:
        if backup is not None:
            with engine.begin() as connection:
                upgraded = migrate.upgrade(connection)
            if not upgraded:  # another program upgraded it meanwhile (after its own backup)
                backup.unlink(missing_ok=True)
                backup = None
    except DBAPIError as error:
        engine.dispose()
        raise translate(error, path) or error from error
    except BaseException:
        engine.dispose()
        raise
    return Project(location, engine, backup=backup)


def _on_read_only_disk(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _read_only_revision(path: Path, location: ProjectLocation, *, check: bool) -> str:
    """Read the schema revision without changing a byte or creating a file beside it.

    With ``check`` (opening for writing) SQLite's quick_check runs first: new work must not go
    into a damaged file, where it could be lost with the rest.
    """
    mode = reading_without_files(path)  # creating no -wal/-shm beside it
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode={mode}", uri=True, timeout=write_wait())
    except sqlite3.Error as error:
        raise NotAProjectError(
            QT_TRANSLATE_NOOP("Project", "{path}: cannot be read as a project ({reason})").format(
                path=path, reason=str(error)
            )
        ) from error
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables >= PROJECT_TABLES:
            raise NotAProjectError(NOT_OURS.format(path=path))
        if check:
            problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
            if problems != ["ok"]:
                raise ProjectDamagedError(damage_message(path, first_problem(problems)))
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            raise ProjectLockedError(busy_message(path, sqlite_lock_holders(path))) from error
        if disk_full(path):
            raise ProjectError(DISK_FULL.format(path=path)) from error
        raise NotAProjectError(
            QT_TRANSLATE_NOOP("Project", "{path}: cannot be read as a project ({reason})").format(
                path=path, reason=str(error)
            )
        ) from error
    except sqlite3.DatabaseError as error:
        if "malformed" in str(error):
            raise ProjectDamagedError(damage_message(path, str(error))) from error
        raise NotAProjectError(
            QT_TRANSLATE_NOOP("Project", "{path}: damaged or not a project ({reason})").format(
                path=path, reason=str(error)
            )
        ) from error
    finally:
        connection.close()
    return _known_revision(location, row[0] if row else None)


def _checked_revision(location: ProjectLocation, connection: object) -> str:
    from sqlalchemy import Connection

    assert isinstance(connection, Connection)
    tables = set(inspect(connection).get_table_names())
    if not tables:  # a database made for a project and not yet given one: say how
        raise NotAProjectError(
            QT_TRANSLATE_NOOP(
                "Project",
                "{location}: this database is empty: make a project in it first with "
                "'frameworkqda new {location}' (to copy a project into it, with the options "
                "'frameworkqda info' shows for that project)",
            ).format(location=location)
        )
    if not {"alembic_version", "project"} <= tables:
        raise NotAProjectError(
            QT_TRANSLATE_NOOP(
                "Project", "{location}: this database does not hold a FrameworkQDA project"
            ).format(location=location)
        )
    return _known_revision(location, migrate.current_revision(connection))


def _known_revision(location: ProjectLocation, revision: str | None) -> str:
    if revision is None:
        raise NotAProjectError(
            QT_TRANSLATE_NOOP(
                "Project", "{location}: has no schema version; not a FrameworkQDA project"
            ).format(location=location)
        )
    if revision not in migrate.known_revisions():
        raise ProjectTooNewError(
            QT_TRANSLATE_NOOP(
                "Project",
                "{location}: made by a newer version of FrameworkQDA (schema {revision}); this "
                "is version {version}, please upgrade the application",
            ).format(location=location, revision=revision, version=__version__)
        )
    return revision


def _probe_writable(path: Path) -> None:
    """Fail now, with a clear message, if the file cannot be written or stays locked.

    Another program's write is waited out (``write_wait()``), as every write is.
    """
    connection = sqlite3.connect(
        f"{path.as_uri()}?mode=rw", uri=True, timeout=write_wait(), isolation_level=None
    )
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        message = str(error)
        if "locked" in message or "busy" in message:
            raise ProjectLockedError(busy_message(path, sqlite_lock_holders(path))) from error
        if "readonly" in message or "read-only" in message:
            raise ProjectReadOnlyError(
                QT_TRANSLATE_NOOP("Project", "{path}: the file cannot be written").format(path=path)
            ) from error
        if disk_full(path):  # it can be read (engine.reading_mode): the app opens it so
            raise ProjectReadOnlyError(DISK_FULL.format(path=path)) from error
        raise ProjectError(
            QT_TRANSLATE_NOOP("Project", "{path}: cannot be opened ({message})").format(
                path=path, message=message
            )
        ) from error
    finally:
        connection.close()


def _backup_sqlite(path: Path, revision: str) -> Path:
    """Copy the project beside itself before a migration touches it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    backup = path.with_name(f"{path.name}.bak-{revision}-{stamp}")
    number = 1
    while True:  # two programs opening it in the same second each write their own copy
        try:
            backup.open("xb").close()
            break
        except FileExistsError:
            number += 1
            backup = path.with_name(f"{path.name}.bak-{revision}-{stamp}-{number}")
    source = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(backup)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return backup


def _require_empty_server_database(engine: Engine, location: ProjectLocation) -> None:
    try:
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
    except OperationalError as error:
        engine.dispose()
        raise connection_error(location, error) from error
    if tables:
        engine.dispose()
        raise ProjectExistsError(
            QT_TRANSLATE_NOOP("Project", "{location}: the database is not empty").format(
                location=location
            )
        )


def _initialise(
    engine: Engine,
    name: str,
    framework: str | None,
    template: object | None,
    language: str,
) -> None:
    """Build the schema and the starting rows (the value scale in ``language``) in one
    transaction: through the tables, so ``new`` loads the ORM and the model only to apply a
    template (``apply_template``, which the codebook editor shares, works on mapped codes)."""
    from frameworkqda.core.default_scale import default_value_scale
    from frameworkqda.core.framework.templates import Template

    scale = default_value_scale(language)
    with engine.begin() as connection:
        migrate.upgrade(connection)
        connection.execute(
            insert(tables.project).values(name=name, framework=framework, created_with=__version__)
        )
        connection.execute(
            insert(tables.chart_values),
            [
                {"label": label, "counts_as_present": present, "colour": colour, "position": place}
                for place, (label, present, colour) in enumerate(scale)
            ],
        )
        if isinstance(template, Template):
            from sqlalchemy.orm import Session

            from frameworkqda.core.framework.templates import apply_template

            with Session(bind=connection) as session:
                apply_template(session, template)
