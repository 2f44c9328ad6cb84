"""Engines configured for durability: every acknowledged commit survives a crash or kill."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from frameworkqda.core.store.location import ProjectLocation

# How long a write waits for another program's write to finish before giving up.
BUSY_TIMEOUT_MS = 5000


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own transaction handling is disabled; SQLAlchemy emits BEGIN below.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL in WAL mode syncs the log on every commit: durable even across power loss.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _begin_sqlite(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(location: ProjectLocation) -> Engine:
    """Create the engine for a project; SQLite gets WAL, foreign keys and full sync."""
    if location.is_sqlite:
        # NullPool: a closed project releases the file at once (it can be moved or mailed).
        engine = create_engine(location.url, poolclass=NullPool)
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    return create_engine(location.url, pool_pre_ping=True)
