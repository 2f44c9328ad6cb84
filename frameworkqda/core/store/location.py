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

    def __str__(self) -> str:
        if self.path is not None:
            return str(self.path)
        # As the person wrote it: postgresql://…, not the driver's postgresql+psycopg://…
        shown = self.url.set(drivername=self.url.get_backend_name())
        return shown.render_as_string(hide_password=True)
