"""Schema revisions through alembic: what a project is at, what this version knows, upgrading.

Opening a project only asks which revision it is at and whether this version knows it; that is
read from the ``revision``/``down_revision`` lines of the files in ``migrations/versions`` and
from the ``alembic_version`` table, so alembic itself (a quarter of every command's start-up)
is loaded only to upgrade. A test checks the chain against alembic's own reading.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache  # read once per process: opening a project asks for it every time
def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@functools.cache
def _chain() -> tuple[str, ...]:
    """The revisions of ``migrations/versions``, oldest first (they form one line)."""
    parent_of: dict[str, str | None] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        values = dict(_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
        revision = values["revision"].strip("\"'")
        down = values.get("down_revision", "None")
        parent_of[revision] = None if down == "None" else down.strip("\"'")
    child_of: dict[str | None, str] = {parent: child for child, parent in parent_of.items()}
    chain: list[str] = []
    current = child_of.get(None)
    while current is not None:
        chain.append(current)
        current = child_of.get(current)
    assert len(chain) == len(parent_of), "the migrations do not form one line"
    return tuple(chain)


def head_revision() -> str:
    chain = _chain()
    assert chain, "the package ships no migrations"
    return chain[-1]


def known_revisions() -> list[str]:
    """Every revision this version of FrameworkQDA knows, oldest first."""
    return list(_chain())


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    revision: str | None = connection.execute(
        text("SELECT version_num FROM alembic_version")
    ).scalar()
    return revision


# pg_advisory_xact_lock's key for upgrading a project's schema ("FQDA")
UPGRADE_LOCK = 0x46514441


def upgrade(connection: Connection, target: str = "head") -> bool:
    """Bring the schema on ``connection`` up to ``target`` inside the caller's transaction.

    Two programs opening one older project at once used to upgrade it both: the second
    crashed (``column "version" … already exists``). The upgrade now takes a lock first —
    on PostgreSQL an advisory lock held to the transaction's end, on SQLite the write lock its
    ``BEGIN IMMEDIATE`` already holds — and reads the revision again under it: the second
    waits for the first, then finds the project upgraded. False: nothing was left to do.
    """
    from alembic import command

    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
    current = current_revision(connection)
    wanted = head_revision() if target == "head" else target
    if current is not None and current == wanted:
        return False
    command.upgrade(alembic_config(connection), target)
    return True
