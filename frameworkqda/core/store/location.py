"""Where a project lives: a SQLite file path or a PostgreSQL URL, behind one type."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

PROJECT_SUFFIX = ".fqda"


@dataclass(frozen=True)
class ProjectLocation:
    """A project's address; ``path`` is set for SQLite files, ``url`` always."""

    url: URL
    path: Path | None

    @classmethod
    def parse(cls, where: str | Path) -> ProjectLocation:
        """Accept a file path (``city.fqda``) or a database URL (``postgresql://...``)."""
        text = str(where)
        if "://" in text:
            url = make_url(text)
            if url.get_backend_name() == "sqlite":
                if not url.database:
                    raise ValueError("an in-memory SQLite database cannot hold a project")
                return cls(url, Path(url.database).resolve())
            if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
                url = url.set(drivername="postgresql+psycopg")
            return cls(url, None)
        path = Path(text).expanduser().resolve()
        return cls(URL.create("sqlite", database=str(path)), path)

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
        url = self.url
        shown = URL.create(
            url.get_backend_name(), url.username, None, url.host, url.port, url.database, url.query
        )
        return shown.render_as_string(hide_password=False)
