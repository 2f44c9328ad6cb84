"""A project made by an older version opens: backed up beside itself, then migrated."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from frameworkqda.core import model
from frameworkqda.core.store import ProjectLocation, migrate, open_project
from frameworkqda.core.store.engine import make_engine

FIRST = "0001"


def _make_first_revision_project(url: str) -> None:
    """Build a project as version 0.1's first schema revision would have, with some data."""
    engine = make_engine(ProjectLocation.parse(url), create=True)
    with engine.begin() as connection:
        migrate.upgrade(connection, FIRST)
        connection.execute(
            text(
                "INSERT INTO project (id, name, description, created_at, created_with) "
                "VALUES (1, '三都市の比較', '', CURRENT_TIMESTAMP, '0.0.1')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO codes (id, parent_id, name, definition, colour, position, created_at)"
                " VALUES (1, NULL, 'Education', '', '#2ca02c', 0, CURRENT_TIMESTAMP)"
            )
        )
    engine.dispose()


def test_there_is_something_to_upgrade() -> None:
    assert migrate.known_revisions()[0] == FIRST
    assert migrate.head_revision() != FIRST


def test_revisions_read_without_alembic_are_alembics_own() -> None:
    scripts = migrate.script_directory()
    walked = [revision.revision for revision in reversed(list(scripts.walk_revisions()))]
    assert migrate.known_revisions() == walked
    assert migrate.head_revision() == scripts.get_current_head()


def test_an_old_project_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.fqda"
    _make_first_revision_project(str(path))
    original = path.read_bytes()

    with open_project(path) as project:
        assert project.schema_revision == migrate.head_revision()
        assert project.backup_path is not None
        backup = project.backup_path
        with project.transaction() as session:
            education = session.scalars(select(model.Code)).one()
            session.add(model.CodeScore(code_id=education.id, series="MIPEX 2015 Japan", value=21))
        assert project.name == "三都市の比較"

    assert backup.parent == path.parent and FIRST in backup.name
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)
        assert connection.execute("SELECT name FROM project").fetchone() == ("三都市の比較",)
    connection.close()
    assert len(original) > 0
    # opening again needs no further migration and makes no second backup
    with open_project(path) as project:
        assert project.backup_path is None


def test_an_old_project_on_postgresql_is_upgraded(postgres_url: str) -> None:
    _make_first_revision_project(postgres_url)
    with open_project(postgres_url) as project:
        assert project.schema_revision == migrate.head_revision()
        assert project.name == "三都市の比較"
    engine = create_engine(ProjectLocation.parse(postgres_url).url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM code_scores")).scalar() == 0
    engine.dispose()


def _make_second_revision_project(url: str) -> None:
    """A project at schema 0002 with a code, a coder, a document and a segment."""
    engine = make_engine(ProjectLocation.parse(url), create=True)
    with engine.begin() as connection:
        migrate.upgrade(connection, "0002")
        for statement in (
            "INSERT INTO project (id, name, description, created_at, created_with) "
            "VALUES (1, 'old', '', CURRENT_TIMESTAMP, '0.1')",
            "INSERT INTO coders (id, name, created_at) VALUES (1, 'alice', CURRENT_TIMESTAMP)",
            "INSERT INTO codes (id, parent_id, name, definition, colour, position, created_at)"
            " VALUES (1, NULL, 'Education', '', '#2ca02c', 0, CURRENT_TIMESTAMP),"
            " (2, NULL, 'Health', '', '#2ca02c', 1, CURRENT_TIMESTAMP)",
            "INSERT INTO documents (id, name, kind, filename, sha256, language, text, page_count,"
            " position, imported_at, import_notes) VALUES (1, 'plan', 'text', 'plan.txt', '0',"
            " 'ja', '多文化共生', 0, 0, CURRENT_TIMESTAMP, '')",
            'INSERT INTO segments (id, document_id, code_id, coder_id, start, "end", note,'
            " translation, created_at, updated_at) VALUES (1, 1, 1, 1, 0, 2, '', '',"
            " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
        ):
            connection.execute(text(statement))
    engine.dispose()


def _check_identity_columns(project: object) -> None:
    from frameworkqda.core.store import Project

    assert isinstance(project, Project)
    with project.session() as s:
        codes = list(s.scalars(select(model.Code)))
        segment = s.scalars(select(model.Segment)).one()
        guids = [c.guid for c in codes] + [segment.guid, segment.coding_guid]
        guids += [s.scalars(select(model.Coder.guid)).one()]
        guids += [s.scalars(select(model.Document.guid)).one()]
    assert all(g and len(g) == 36 and g == g.upper() for g in guids), guids
    assert len(set(guids)) == len(guids)
    assert all(code.codable for code in codes)  # every old code stays codable


def test_schema_0003_gives_old_rows_a_guid_and_keeps_codes_codable(tmp_path: Path) -> None:
    path = tmp_path / "second.fqda"
    _make_second_revision_project(str(path))
    with open_project(path) as project:
        assert project.schema_revision == migrate.head_revision()
        _check_identity_columns(project)
        with project.transaction() as s:  # the new columns take new rows as the model does
            s.add(model.Code(name="Labour", codable=False))
        with project.session() as s:
            labour = s.scalars(select(model.Code).where(model.Code.name == "Labour")).one()
            assert labour.guid and not labour.codable


def test_schema_0003_on_postgresql(postgres_url: str) -> None:
    _make_second_revision_project(postgres_url)
    with open_project(postgres_url) as project:
        assert project.schema_revision == migrate.head_revision()
        _check_identity_columns(project)


def test_reading_an_old_project_upgrades_it_when_it_can_and_says_why_not_when_not(
    tmp_path: Path,
) -> None:
    from frameworkqda.core.errors import ProjectReadOnlyError

    path = tmp_path / "old.fqda"
    _make_first_revision_project(str(path))
    path.chmod(0o444)
    try:
        with pytest.raises(ProjectReadOnlyError, match="older version and must be upgraded"):
            open_project(path, read_only=True)
    finally:
        path.chmod(0o644)
    with open_project(path, read_only=True) as project:  # writable: upgraded, then read
        assert project.backup_path is not None
        assert project.schema_revision == migrate.head_revision()


# Run by each of two programs: wait for the other, then open the older project. Reading the
# revision and upgrading are a second apart (the sleep), so both find the project old.
_OPEN_AT_ONCE = """
import sys, time
from pathlib import Path
from frameworkqda.core.store import migrate, open_project

where, me, other = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
original = migrate.upgrade

def slow_upgrade(connection, target="head"):
    time.sleep(1.0)
    return original(connection, target)

migrate.upgrade = slow_upgrade
me.touch()
while not other.exists():
    time.sleep(0.01)
with open_project(where) as project:
    print(project.schema_revision)
"""


def _open_at_once(where: str, tmp_path: Path) -> list[subprocess.CompletedProcess[str]]:
    ready = [tmp_path / "ready-1", tmp_path / "ready-2"]
    programs = [
        subprocess.Popen(
            [sys.executable, "-c", _OPEN_AT_ONCE, where, str(ready[i]), str(ready[1 - i])],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(2)
    ]
    results = []
    for program in programs:
        out, err = program.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(program.args, program.returncode, out, err))
    return results


def _both_opened_it_upgraded(results: list[subprocess.CompletedProcess[str]]) -> None:
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stdout.strip() == migrate.head_revision()


def test_two_programs_opening_an_old_project_at_once_upgrade_it_once(tmp_path: Path) -> None:
    """On SQLite the second waits at BEGIN IMMEDIATE and alembic reads the revision again, so
    this held before too; it guards that, and that only the program that upgraded keeps a
    backup (both wrote theirs into one file name when they opened in the same second)."""
    path = tmp_path / "old.fqda"
    _make_second_revision_project(str(path))
    _both_opened_it_upgraded(_open_at_once(str(path), tmp_path))
    # one backup, by the program that upgraded it; the other's is not left behind
    assert len(list(tmp_path.glob("old.fqda.bak-*"))) == 1
    with open_project(path) as project:
        assert project.schema_revision == migrate.head_revision()


@pytest.mark.postgres
def test_two_programs_opening_an_old_project_on_postgresql_at_once_upgrade_it_once(
    postgres_url: str, tmp_path: Path
) -> None:
    """One crashed: psycopg.errors.DuplicateColumn, column "version" of relation
    "chart_cells" already exists."""
    _make_second_revision_project(postgres_url)
    _both_opened_it_upgraded(_open_at_once(postgres_url, tmp_path))


def test_the_upgrade_verb_backs_a_project_file_up_and_upgrades_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from frameworkqda.cli import main

    path = tmp_path / "old.fqda"
    _make_first_revision_project(str(path))
    assert main(["upgrade", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"upgraded from schema {FIRST} to {migrate.head_revision()}" in out, out
    backups = list(tmp_path.glob("old.fqda.bak*"))
    assert len(backups) == 1 and f"backup of the project as it was: {backups[0]}" in out
    assert main(["upgrade", str(path)]) == 0
    assert "already at this version's schema" in capsys.readouterr().out
