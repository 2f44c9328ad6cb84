"""Reads after one change share a connection (``Project.reading_together``)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event, func, select

from frameworkqda.core import model
from frameworkqda.core.store import Project, create_project, open_project


def _connections(project: Project) -> list[object]:
    opened: list[object] = []
    event.listen(project.engine, "connect", lambda connection, _record: opened.append(connection))
    return opened


def _cases(project: Project) -> int:
    with project.session() as session:
        return int(session.scalar(select(func.count(model.Case.id))) or 0)


def test_sessions_in_the_block_share_one_connection_and_each_sees_the_last_commit(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.fqda"
    create_project(path).close()
    with open_project(path) as project, open_project(path) as other:
        opened = _connections(project)
        with project.reading_together():
            assert _cases(project) == 0
            with other.transaction() as session:  # another program commits meanwhile
                session.add(model.Case(name="Kawasaki"))
            assert _cases(project) == 1  # a session of its own: a fresh snapshot
            with project.session() as outer, project.session() as inner:  # nested
                assert outer.scalar(select(func.count(model.Case.id))) == 1
                assert inner.scalar(select(func.count(model.Case.id))) == 1
        assert len(opened) == 1
        assert _cases(project) == 1
        assert len(opened) == 2  # outside the block, a connection a session as before


def test_the_connection_closes_with_the_block_so_the_file_is_whole(tmp_path: Path) -> None:
    """SQLite folds its log into the file when the last connection closes: a project no one
    is reading can be copied or mailed as one file."""
    path = tmp_path / "p.fqda"
    create_project(path).close()
    with open_project(path) as project:
        with project.reading_together():
            _cases(project)
            with project.transaction() as session:
                session.add(model.Case(name="Osaka"))
            assert _cases(project) == 1
        assert not path.with_name(path.name + "-wal").exists()


def test_another_thread_keeps_its_own_connections(tmp_path: Path) -> None:
    import threading

    path = tmp_path / "p.fqda"
    create_project(path).close()
    with open_project(path) as project:
        opened = _connections(project)
        with project.reading_together():
            _cases(project)
            thread = threading.Thread(target=lambda: [_cases(project) for _ in range(2)])
            thread.start()
            thread.join()
        assert len(opened) == 3
