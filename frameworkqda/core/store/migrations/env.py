"""Alembic environment: runs on the connection the store hands over, never on its own URL."""

from __future__ import annotations

from alembic import context

from frameworkqda.core.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite needs table rebuilds for most ALTERs
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
