"""Where a project lives: a SQLite file path or a PostgreSQL URL, behind one type.

A file path is read without SQLAlchemy, and its URL made only when asked for: ``check`` and
``recover`` read a project file with ``sqlite3`` alone and load no database library.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from frameworkqda.core.errors import ProjectError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

PROJECT_SUFFIX = ".fqda"


def not_an_address(text: str) -> str:
    """One line for a URL that names no database we can hold a project in (its password
    left out)."""
    scheme, _, rest = text.partition("://")
    user, _, host = rest.rpartition("@")
    shown = f"{scheme}://{user.partition(':')[0]}@{host}" if user else text
    return QT_TRANSLATE_NOOP(
        "Project",
        "{url}: not a project address; give a .fqda file or postgresql://role@host/database",
    ).format(url=shown)


@dataclass(frozen=True)
class ProjectLocation:
    """A project's address; ``path`` is set for SQLite files, ``given`` for a URL given
    (``postgresql://...``, ``sqlite:///...``), ``url`` always."""

    path: Path | None
    given: URL | None = None

    @classmethod
    def parse(cls, where: str | Path) -> ProjectLocation:
        """Accept a file path (``city.fqda``) or a database URL (``postgresql://...``)."""
        text = str(where)
        if "://" not in text:
            return cls(Path(text).expanduser().resolve())
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(text)
        except (ValueError, ArgumentError) as error:  # e.g. a port that is no number
            raise ProjectError(not_an_address(text)) from error
        if url.get_backend_name() == "sqlite":
            if not url.database:
                raise ValueError("an in-memory SQLite database cannot hold a project")
            return cls(Path(url.database).resolve(), url)
        # postgres:// is libpq's and Heroku's spelling too
        if url.drivername in {"postgresql", "postgres"}:
            url = url.set(drivername="postgresql+psycopg")
        if url.get_backend_name() != "postgresql":
            raise ProjectError(not_an_address(text))
        return cls(None, url)

    @property
    def url(self) -> URL:
        """The address as SQLAlchemy takes it: the URL given, or the file path's."""
        if self.given is not None:
            return self.given
        from sqlalchemy.engine import URL

        return URL.create("sqlite", database=str(self.path))

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def role(self) -> str | None:
        """The PostgreSQL role named in the URL (None: libpq's default, PGUSER or the login)."""
        return None if self.path is not None else self.url.username

    def with_password(self, password: str) -> str:
        """The URL with a typed password, to open with; kept in memory, never shown or saved."""
        return self.url.set(password=password).render_as_string(hide_password=False)

    def __str__(self) -> str:
        """The address to show and to remember: a PostgreSQL URL without any password (libpq
        finds it in ~/.pgpass or PGPASSFILE, or the app asks; docs/server-setup.md)."""
        if self.path is not None:
            return str(self.path)
        # As the person wrote it: postgresql://…, not the driver's postgresql+psycopg://…
        from sqlalchemy.engine import URL

        url = self.url
        shown = URL.create(
            url.get_backend_name(), url.username, None, url.host, url.port, url.database, url.query
        )
        return shown.render_as_string(hide_password=False)
