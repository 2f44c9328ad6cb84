"""A team on one PostgreSQL project, set up as docs/server-setup.md says: the tables belong to
the owner role, every coder role (a member) may use them, a role without rights is told so in
one line (tests/server_team.py builds the roles and the database)."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from frameworkqda.core import charting, deletions, model
from frameworkqda.core.codebook import resolve_code
from frameworkqda.core.commands import SetCell
from frameworkqda.core.errors import ProjectError
from frameworkqda.core.store import create_project, open_project
from tests.server_team import Team, team
from tests.writes import add_case, delete_case

__all__ = ["team"]  # the fixture, used below

MEASURE = "Education/Consultation service"


def _table_owners(team: Team) -> set[str]:
    engine = create_engine(team.admin.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
            )
            return {row[0] for row in rows}
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_the_documented_set_up_makes_tables_every_coder_may_use(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Step 3: ``PGOPTIONS="-c role=study_owner" frameworkqda new postgresql://hanako@…``."""
    monkeypatch.setenv("PGOPTIONS", f"-c role={team.owner}")
    with create_project(team.url(team.hanako), framework="mipex-local") as project:
        case_id = add_case(project, "Hamamatsu")
        code_id = resolve_code(project, MEASURE)
    assert _table_owners(team) == {team.owner}

    monkeypatch.delenv("PGOPTIONS")
    with open_project(team.url(team.taro)) as taro:
        assert taro.coder_name == team.taro
        SetCell(case_id, code_id, summary="相談窓口あり", value="Yes").apply(taro)
    with open_project(team.url(team.hanako)) as hanako:
        edit = charting.cell_edit(hanako, case_id, code_id)
        assert (edit.summary, edit.value, edit.coder) == ("相談窓口あり", "Yes", team.taro)


def _admin(team: Team, *statements: str) -> None:
    engine = create_engine(
        team.admin.replace("postgresql://", "postgresql+psycopg://", 1),
        isolation_level="AUTOCOMMIT",
    )
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_role_without_rights_is_told_in_one_line_what_to_ask_for(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGOPTIONS", f"-c role={team.owner}")
    with create_project(team.url(team.hanako), framework="mipex-local") as project:
        case_id = add_case(project, "Hamamatsu")
        code_id = resolve_code(project, MEASURE)
    monkeypatch.delenv("PGOPTIONS")
    where = f"postgresql://{team.reviewer}:pw-in-url@" + team.url(team.reviewer).split("@", 1)[1]

    with pytest.raises(ProjectError) as refused:
        open_project(where)
    message = str(refused.value)
    assert message.startswith(f"{team.url(team.reviewer)}: the server does not let role ")
    assert f"role {team.reviewer} read this project (permission denied for table" in message
    assert "administrator" in message and "\n" not in message and "pw-in-url" not in message

    # the reviewer as docs/server-setup.md step 1 grants reading: reads, and may not write
    _admin(
        team,
        f"GRANT USAGE ON SCHEMA public TO {team.reviewer}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {team.reviewer}",
    )
    with open_project(where) as reviewer:
        assert charting.cell_edit(reviewer, case_id, code_id).version == 0
        with pytest.raises(ProjectError) as refused:
            SetCell(case_id, code_id, summary="査読者のメモ").apply(reviewer)
    message = str(refused.value)
    assert f"role {team.reviewer} change this project (permission denied for table" in message
    assert "nothing was saved" in message and "\n" not in message


@pytest.mark.postgres
def test_a_held_project_names_the_program_of_another_role_holding_it(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Taro's program holds the project in a transaction; Hanako's write gives up after the
    write wait. The message said "held by another program": a role that is no superuser sees
    ``xact_start`` NULL for other roles' sessions, and the holder was looked up by it."""
    import psycopg

    from frameworkqda.core.errors import ProjectLockedError
    from frameworkqda.core.store.engine import WRITE_WAIT_ENV

    monkeypatch.setenv("PGOPTIONS", f"-c role={team.owner}")
    with create_project(team.url(team.hanako), framework="mipex-local"):
        pass
    monkeypatch.delenv("PGOPTIONS")
    monkeypatch.setenv(WRITE_WAIT_ENV, "0.5")
    holder = psycopg.connect(
        team.url(team.taro),
        application_name="frameworkqda taro@laptop pid 4242",
    )
    try:
        holder.execute("UPDATE project SET change_count = change_count + 1")  # not committed
        with (
            open_project(team.url(team.hanako)) as hanako,
            pytest.raises(ProjectLockedError) as busy,
        ):
            add_case(hanako, "Hamamatsu")
    finally:
        holder.rollback()
        holder.close()
    message = str(busy.value)
    assert "held by frameworkqda taro@laptop pid 4242 for over 0.5 s" in message, message


def _old_project_as_owner(team: Team) -> None:
    """A project at schema 0003 (before each coder's charting), made as the owner role."""
    from frameworkqda.core.store import ProjectLocation, migrate
    from frameworkqda.core.store.engine import make_engine

    engine = make_engine(ProjectLocation.parse(team.url(team.hanako)))
    with engine.begin() as connection:
        connection.execute(text(f"SET ROLE {team.owner}"))
        migrate.upgrade(connection, "0003")
        connection.execute(
            text(
                "INSERT INTO project (id, name, description, created_at, created_with) "
                "VALUES (1, 'old', '', CURRENT_TIMESTAMP, '0.1')"
            )
        )
    engine.dispose()


def _revision(team: Team) -> str:
    engine = create_engine(team.admin.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            return str(connection.execute(text("SELECT version_num FROM alembic_version")).scalar())
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_an_old_project_is_upgraded_only_as_its_owner_role(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hanako opening it with her own role upgraded it as her: the table the upgrade adds
    (cell_chartings) was hers alone, and teamwork.md's "a backup is made first" was not so
    on a server. Now she is told to back it up and open it once as the owner role."""
    from frameworkqda.core.store import migrate

    _old_project_as_owner(team)
    monkeypatch.delenv("PGOPTIONS", raising=False)
    with pytest.raises(ProjectError) as refused:
        open_project(team.url(team.hanako))
    message = str(refused.value)
    assert f"upgraded as the project's owner role {team.owner}" in message, message
    assert f'PGOPTIONS="-c role={team.owner}"' in message and "pg_dump" in message
    assert "\n" not in message
    assert _revision(team) == "0003"  # not upgraded

    monkeypatch.setenv("PGOPTIONS", f"-c role={team.owner}")
    with open_project(team.url(team.hanako)) as hanako:
        assert hanako.schema_revision == migrate.head_revision()
    assert _table_owners(team) == {team.owner}
    monkeypatch.delenv("PGOPTIONS")
    with open_project(team.url(team.taro)) as taro:  # Taro may use what the upgrade added
        case_id = add_case(taro, "Hamamatsu")
        delete_case(taro, case_id)  # the deletions log (0006) and its id sequence too
        with taro.session() as session:
            found = deletions.deletion_of(session, model.DeletedKind.CASE, case_id)
        assert found is not None and (found.name, found.coder) == ("Hamamatsu", team.taro)


@pytest.mark.postgres
def test_a_member_who_does_not_use_the_owners_rights_is_told_to_connect_as_it(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A coder in the owner role whose membership does not pass its rights on (NOINHERIT)
    was told to ask for membership, which they have."""
    monkeypatch.setenv("PGOPTIONS", f"-c role={team.owner}")
    with create_project(team.url(team.hanako), framework="mipex-local"):
        pass
    monkeypatch.delenv("PGOPTIONS")
    member = f"{team.taro}_noinherit"
    _admin(team, f"CREATE ROLE {member} LOGIN NOINHERIT IN ROLE {team.owner}")
    try:
        with pytest.raises(ProjectError) as refused:
            open_project(team.url(member))
        message = str(refused.value)
        assert f"{member} is a member of the owner role {team.owner}" in message, message
        assert f'connect with PGOPTIONS="-c role={team.owner}"' in message
        assert "Ask the server's administrator" not in message and "\n" not in message
        monkeypatch.setenv("PGOPTIONS", f"-c role={team.owner}")
        with open_project(team.url(member)) as project:
            add_case(project, "Hamamatsu")
    finally:
        monkeypatch.delenv("PGOPTIONS", raising=False)  # the admin acts as itself
        _admin(team, f"DROP ROLE IF EXISTS {member}")


@pytest.mark.postgres
def test_info_on_an_old_server_project_says_how_and_upgrade_upgrades_it(
    team: Team, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``frameworkqda info`` on an older project said only "needs upgrading to this version's
    schema", and no reading verb upgrades: the walkthrough added an unwanted case to get it
    upgraded. Now a member is told what the app tells them, naming ``frameworkqda upgrade``;
    the owner role is told to take a pg_dump and run it; and ``upgrade`` upgrades."""
    from frameworkqda.cli import main
    from frameworkqda.core.store import migrate

    _old_project_as_owner(team)
    monkeypatch.delenv("PGOPTIONS", raising=False)
    assert main(["info", team.url(team.hanako)]) != 0
    said = capsys.readouterr().err
    assert f"upgraded as the project's owner role {team.owner}" in said, said
    assert f'PGOPTIONS="-c role={team.owner}"' in said and "pg_dump" in said
    assert "frameworkqda upgrade" in said
    assert _revision(team) == "0003"

    monkeypatch.setenv("PGOPTIONS", f"-c role={team.owner}")
    assert main(["info", team.url(team.hanako)]) != 0
    said = capsys.readouterr().err
    assert "pg_dump" in said and f"frameworkqda upgrade {team.url(team.hanako)}" in said, said
    assert _revision(team) == "0003"

    assert main(["upgrade", team.url(team.hanako)]) == 0
    assert f"upgraded from schema 0003 to {migrate.head_revision()}" in capsys.readouterr().out
    assert _revision(team) == migrate.head_revision()
    assert _table_owners(team) == {team.owner}
    assert main(["upgrade", team.url(team.hanako)]) == 0
    assert "already at this version's schema" in capsys.readouterr().out
    monkeypatch.delenv("PGOPTIONS")
    assert main(["info", team.url(team.taro)]) == 0
