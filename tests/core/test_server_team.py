"""A team on one PostgreSQL project, set up as docs/server-setup.md says: the tables belong to
the owner role, every coder role (a member) may use them, a role without rights is told so in
one line (tests/server_team.py builds the roles and the database)."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from frameworkqda.core import charting
from frameworkqda.core.codebook import resolve_code
from frameworkqda.core.commands import SetCell
from frameworkqda.core.store import create_project, open_project
from tests.server_team import Team, team
from tests.writes import add_case

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
