"""A damaged project takes no new work, the full check says so, and recovery rescues the rest."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from frameworkqda.core import model
from frameworkqda.core.errors import ProjectDamagedError, ProjectError
from frameworkqda.core.store import create_project, open_project
from frameworkqda.core.store.integrity import check_project, recover_project

DOCUMENTS = 6
SEGMENTS = 50


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
    }


def _damage(path: Path) -> None:
    """4 KB of garbage over one page of coded segments, as a failing disk leaves it."""
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        leaves = [
            row[0]
            for row in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = 'segments' AND pagetype = 'leaf' "
                "ORDER BY pageno"
            )
        ]
    connection.close()
    assert len(leaves) >= 3
    with path.open("r+b") as handle:
        handle.seek((leaves[len(leaves) // 2] - 1) * 4096)
        handle.write(random.Random(18).randbytes(4096))


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """Six documents with 50 segments each; the damage falls on one of them."""
    path = tmp_path / "study.fqda"
    with create_project(path, framework="mipex") as project, project.transaction() as session:
        code_id = session.scalars(select(model.Code.id)).first()
        for number in range(DOCUMENTS):
            text = f"{number}: 多文化共生の推進に関する指針。" * 800
            document = model.Document(
                name=f"指針 {number}",
                kind=model.DocumentKind.TEXT,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                text=text,
            )
            session.add(document)
            session.flush()
            session.add_all(
                model.Segment(document_id=document.id, code_id=code_id, start=n, end=n + 5)
                for n in range(SEGMENTS)
            )
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    _damage(path)
    return path


def test_a_damaged_project_is_refused_for_writing_untouched(damaged: Path) -> None:
    before = _fingerprint(damaged.parent)
    with pytest.raises(ProjectDamagedError) as raised:
        open_project(damaged)
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(f"{damaged}: the project file is damaged (")
    assert "frameworkqda recover" in message
    assert _fingerprint(damaged.parent) == before


def test_the_refusal_names_the_newest_backup(damaged: Path) -> None:
    older = damaged.with_name(damaged.name + ".bak-0001-20250101T000000")
    newer = damaged.with_name(damaged.name + ".bak-0002-20260101T000000")
    older.write_bytes(b"old")
    newer.write_bytes(b"new")
    older.touch()
    with pytest.raises(ProjectDamagedError, match=r"newest backup .*bak-0002"):
        open_project(damaged)


def test_the_full_check_reports_the_damage_and_a_sound_file_passes(damaged: Path) -> None:
    before = _fingerprint(damaged.parent)
    report = check_project(damaged)
    assert not report.ok
    assert report.lines()[0] == f"{damaged}: DAMAGED"
    assert _fingerprint(damaged.parent) == before
    sound = damaged.with_name("sound.fqda")
    create_project(sound).close()
    assert check_project(sound).ok


def test_recovery_writes_a_new_project_that_opens_and_holds_the_data(damaged: Path) -> None:
    before = _fingerprint(damaged.parent)
    report = recover_project(damaged)
    target = damaged.with_name("study-recovered.fqda")
    assert report.target == target
    assert _fingerprint(damaged.parent) == {
        **before,
        target.name: _fingerprint(target.parent)[target.name],
    }  # the damaged file is untouched; only the new one appeared
    assert check_project(target).ok
    with open_project(target) as project:  # opens for writing: it passes the quick check
        with project.session() as session:
            assert session.scalars(select(model.ProjectInfo.name)).one() == "study"
            assert session.scalar(select(func.count()).select_from(model.Code)) == 8
            kept = session.scalar(select(func.count()).select_from(model.Segment))
            documents = session.scalar(select(func.count()).select_from(model.Document))
        with project.transaction() as session:  # and takes new work
            session.add(model.Case(name="浜松市"))
    # Every document survived; the segments on the destroyed page are gone, the rest kept.
    assert documents == DOCUMENTS
    assert kept is not None and 0 < kept < DOCUMENTS * SEGMENTS
    assert report.gaps == {"segments": 1}
    assert report.rows["segments"] == kept
    with pytest.raises(ProjectError, match="already exists"):
        recover_project(damaged, target)


def test_reading_verbs_still_read_a_damaged_project(damaged: Path) -> None:
    before = _fingerprint(damaged.parent)
    damaged.chmod(0o444)  # opened read-only: nothing beside it either
    try:
        with open_project(damaged, read_only=True) as project:
            assert project.name == "study"
    finally:
        damaged.chmod(0o644)
    assert _fingerprint(damaged.parent) == before


def test_a_file_cut_short_gives_back_what_it_still_holds(tmp_path: Path) -> None:
    """A copy that stopped half-way: SQLite calls the whole file malformed and `recover` gave
    up ("its table of contents is unreadable"); it now reads the schema and the pages that
    are there, so the codebook and the project's name come back."""
    path = tmp_path / "study.fqda"
    with create_project(path, framework="mipex") as project, project.transaction() as session:
        for number in range(DOCUMENTS):
            text = f"{number}: 多文化共生の推進に関する指針。" * 800
            session.add(
                model.Document(
                    name=f"指針 {number}",
                    kind=model.DocumentKind.TEXT,
                    sha256=hashlib.sha256(text.encode()).hexdigest(),
                    text=text,
                )
            )
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    report = recover_project(path)
    assert check_project(report.target).ok
    with open_project(report.target) as project, project.session() as session:
        assert session.scalars(select(model.ProjectInfo.name)).one() == "study"
        assert session.scalar(select(func.count()).select_from(model.Code)) == 8
