"""A project's SQLite file moved, deleted or replaced while the project is open: nothing is
made at its path, nothing is written into another file, and the error names the file."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.errors import ProjectFileLostError
from frameworkqda.core.store import Project, create_project, open_project

MOVED = "was moved or deleted while it was open"
REPLACED = "was replaced by another file while it was open"


def _add_case(project: Project, name: str) -> None:
    with project.transaction() as session:
        session.add(model.Case(name=name))


def _cases(project: Project) -> list[str]:
    with project.session() as session:
        return list(session.scalars(select(model.Case.name)))


def _move(path: Path) -> None:
    path.rename(path.with_name("moved.fqda"))


def _delete(path: Path) -> None:
    path.unlink()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("fault", [_move, _delete], ids=["moved", "deleted"])
def test_a_file_gone_while_open_is_said_and_nothing_is_made_at_its_path(
    tmp_path: Path, fault: Callable[[Path], None]
) -> None:
    path = tmp_path / "study.fqda"
    create_project(path).close()
    with open_project(path) as project:
        told: list[ProjectFileLostError] = []
        project.file_lost.append(told.append)
        _add_case(project, "Osaka")
        fault(path)
        with pytest.raises(ProjectFileLostError) as reading:
            _cases(project)
        with pytest.raises(ProjectFileLostError) as writing:
            _add_case(project, "Kawasaki")
        for error in (reading.value, writing.value):
            assert str(error).startswith(f"The project file {path} {MOVED}; ")
            assert not error.replaced
        assert len(told) == 2
        assert sorted(os.listdir(tmp_path)) == (["moved.fqda"] if fault is _move else [])


def test_a_file_moved_back_is_worked_on_again(tmp_path: Path) -> None:
    path = tmp_path / "study.fqda"
    create_project(path).close()
    with open_project(path) as project:
        _add_case(project, "Osaka")
        _move(path)
        with pytest.raises(ProjectFileLostError):
            _add_case(project, "Kawasaki")
        (tmp_path / "moved.fqda").rename(path)  # the same file back: nothing else is at stake
        _add_case(project, "Hamamatsu")
        assert sorted(_cases(project)) == ["Hamamatsu", "Osaka"]


def test_a_file_replaced_while_open_gets_nothing_written(tmp_path: Path) -> None:
    """A backup restored over the open project (a sync program does the same): the project
    refuses, before writing, to touch the file now at its path, even one of the same project
    whose rows have the same ids."""
    path = tmp_path / "study.fqda"
    create_project(path).close()
    backup = tmp_path / "backup.fqda"
    shutil.copy(path, backup)
    with open_project(path) as project:
        _add_case(project, "Osaka")
        copy = tmp_path / "copy.tmp"
        shutil.copy(backup, copy)
        os.replace(copy, path)
        before = _sha(path)
        with pytest.raises(ProjectFileLostError) as writing:
            _add_case(project, "Kawasaki")
        with pytest.raises(ProjectFileLostError):
            _cases(project)
    assert writing.value.replaced
    assert str(writing.value).startswith(f"The project file {path} {REPLACED} (")
    assert _sha(path) == before
    assert sorted(os.listdir(tmp_path)) == ["backup.fqda", "study.fqda"]
    with open_project(path) as again:
        assert _cases(again) == []


def test_a_project_opened_for_reading_makes_nothing_at_the_path_of_a_gone_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "study.fqda"
    create_project(path).close()
    with open_project(path, read_only=True) as project:
        assert _cases(project) == []
        _delete(path)
        with pytest.raises(ProjectFileLostError):
            _cases(project)
    assert os.listdir(tmp_path) == []


def test_a_read_only_file_replaced_while_open_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "study.fqda"
    create_project(path).close()
    other = tmp_path / "other.fqda"
    with create_project(other) as project:
        _add_case(project, "Osaka")
    path.chmod(0o444)
    with open_project(path, read_only=True) as project:
        os.replace(other, path)
        with pytest.raises(ProjectFileLostError) as reading:
            _cases(project)
    assert reading.value.replaced
