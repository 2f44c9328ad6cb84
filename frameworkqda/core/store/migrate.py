"""Schema revisions through alembic: what a project is at, what this version knows, upgrading."""

from __future__ import annotations

import functools
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache  # read once per process: opening a project asks for it every time
def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


@functools.cache
def _known() -> tuple[str, ...]:
    return tuple(rev.revision for rev in reversed(list(script_directory().walk_revisions())))


def known_revisions() -> list[str]:
    """Every revision this version of FrameworkQDA knows, oldest first."""
    return list(_known())


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Bring the schema on ``connection`` up to ``target`` inside the caller's transaction."""
    command.upgrade(alembic_config(connection), target)
