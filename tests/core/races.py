"""Two coders saving at the same moment, each in a program of their own (two engines on one
SQLite file, two sessions on PostgreSQL): what the race tests share (test_memo_races.py,
test_cell_races.py). One coder's transaction stays open until the other's save is seen
waiting on its lock, so each race is run the same way every time."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from frameworkqda.core.store import Project, open_project

MEASURE = "Education/Consultation service"
LOCK_WAIT_SECONDS = 30.0  # for the racing save to reach the lock, on a loaded machine too


class Edit(Protocol):
    def apply(self, project: Project) -> object: ...


def as_coder(where: str, coder: str) -> Project:
    """The project at ``where``, opened by a program of its own, writing as ``coder``."""
    project = open_project(where)
    project.coder_name = coder
    return project


def waits_or_ends(where: str, thread: threading.Thread) -> None:
    """Until the racing save waits on a lock (PostgreSQL: seen in pg_stat_activity; SQLite:
    its BEGIN IMMEDIATE waits on the write lock, given a moment) or has ended without waiting."""
    if not where.startswith("postgresql"):
        thread.join(0.5)
        return
    engine = create_engine(where.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while time.monotonic() < deadline:
            with engine.connect() as connection:
                waiting = connection.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                        "current_database() AND wait_event_type = 'Lock'"
                    )
                ).scalar_one()
            if waiting or not thread.is_alive():
                return
            time.sleep(0.05)
    finally:
        engine.dispose()
    raise AssertionError("the racing save neither waited nor ended")


def race(
    where: str,
    other: Project,
    meanwhile: Callable[[Session], None],
    edit: Edit | Callable[[], object],
    me: Project,
) -> BaseException | None:
    """``edit`` as ``me`` (a command applied to ``me``, or a call) while ``other``'s
    transaction doing ``meanwhile`` is open; that transaction commits once the edit waits on
    it, or has ended. What the edit raised, or None."""
    raised: list[BaseException] = []

    def apply() -> None:
        try:
            edit() if callable(edit) else edit.apply(me)
        except BaseException as error:  # handed to the test thread
            raised.append(error)

    with other.transaction() as session:
        meanwhile(session)
        session.flush()
        thread = threading.Thread(target=apply)
        thread.start()
        waits_or_ends(where, thread)
    thread.join(60)
    assert not thread.is_alive()
    return raised[0] if raised else None
