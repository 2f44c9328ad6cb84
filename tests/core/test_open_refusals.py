"""Opening refuses what it must not touch, and leaves every byte as it was."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from frameworkqda.core.errors import (
    NotAProjectError,
    ProjectError,
    ProjectLockedError,
    ProjectReadOnlyError,
    ProjectTooNewError,
)
from frameworkqda.core.store import create_project, open_project
from frameworkqda.core.store.engine import WRITE_WAIT_ENV


def _fingerprint(folder: Path) -> dict[str, str]:
    """Every file in the folder with its hash: nothing may appear, vanish or change."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
    }


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "study.fqda"
    create_project(path, framework="mipex").close()
    return path


def test_a_newer_version_is_refused_without_a_byte_changed(project_file: Path) -> None:
    with sqlite3.connect(project_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = _fingerprint(project_file.parent)
    with pytest.raises(ProjectTooNewError, match="newer version"):
        open_project(project_file)
    assert _fingerprint(project_file.parent) == before


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "not an SQLite database"),
        (b"%PDF-1.7\n...", "not an SQLite database"),
        ("多文化共生".encode(), "not an SQLite database"),
    ],
)
def test_a_file_that_is_not_a_project_is_refused(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "notes.fqda"
    path.write_bytes(content)
    before = _fingerprint(tmp_path)
    with pytest.raises(NotAProjectError, match=reason) as raised:
        open_project(path)
    assert str(path) in str(raised.value)
    assert _fingerprint(tmp_path) == before


def test_another_sqlite_database_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    before = _fingerprint(tmp_path)
    with pytest.raises(NotAProjectError, match="not a FrameworkQDA project"):
        open_project(path)
    assert _fingerprint(tmp_path) == before


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="no such project file"):
        open_project(tmp_path / "absent.fqda")


def test_a_read_only_file_is_refused(project_file: Path) -> None:
    before = _fingerprint(project_file.parent)
    project_file.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(ProjectReadOnlyError, match="read-only"):
            open_project(project_file)
    finally:
        project_file.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert _fingerprint(project_file.parent) == before


def test_a_project_locked_by_another_program_is_refused(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(WRITE_WAIT_ENV, "0.3")  # how long a writer waits its turn
    other = sqlite3.connect(project_file, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(ProjectLockedError, match="busy: held by another program"):
            open_project(project_file)
    finally:
        other.execute("ROLLBACK")
        other.close()
    open_project(project_file).close()  # and it opens once the other program lets go


def test_a_crashed_creation_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="no framework template"):
        create_project(tmp_path / "x.fqda", framework="no-such-template")
    assert os.listdir(tmp_path) == []
