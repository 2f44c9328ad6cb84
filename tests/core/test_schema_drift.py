"""The migrations build exactly the schema model.py describes, on SQLite and PostgreSQL.

A column added to the model without a revision (or a revision that forgets an index) would
pass every other test on a fresh project made from the model and fail on a migrated one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from frameworkqda.core import model
from frameworkqda.core.store import ProjectLocation, migrate
from frameworkqda.core.store.engine import make_engine


def _drift(url: str) -> list[object]:
    engine = make_engine(ProjectLocation.parse(url), create=True)
    try:
        with engine.begin() as connection:
            migrate.upgrade(connection)
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": False}
            )
            return list(compare_metadata(context, model.Base.metadata))
    finally:
        engine.dispose()


def test_migrated_sqlite_schema_matches_the_model(tmp_path: Path) -> None:
    assert _drift(str(tmp_path / "drift.fqda")) == []


@pytest.mark.postgres
def test_migrated_postgresql_schema_matches_the_model(postgres_url: str) -> None:
    assert _drift(postgres_url) == []
