"""A team's database on the suite's PostgreSQL server, set up as docs/server-setup.md says: a
role that owns the tables and nobody logs in as, a coder role per person in it, a reviewer
role outside it, and an empty database the owner owns.

Roles belong to the whole server, so their names carry a random tail; the fixture drops the
database and the roles afterwards. The suite's server trusts local connections: no passwords.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest


@dataclass(frozen=True)
class Team:
    owner: str  # the NOLOGIN role that owns the tables
    hanako: str  # coder roles, members of owner
    taro: str
    reviewer: str  # a LOGIN role without membership (no rights until granted)
    database: str
    admin: str  # the suite's admin URL, on the team's database

    def url(self, role: str) -> str:
        from sqlalchemy.engine import make_url

        admin = make_url(self.admin)
        return f"postgresql://{role}@{admin.host}:{admin.port}/{self.database}"


def _admin_url() -> str:
    import os

    url = os.environ.get("FRAMEWORKQDA_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("no PostgreSQL server for the tests (scripts/test starts one)")
    return url


@pytest.fixture
def team() -> Iterator[Team]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = make_url(_admin_url()).set(drivername="postgresql+psycopg")
    tail = uuid.uuid4().hex[:8]
    names = ("owner", "hanako", "taro", "reviewer")
    owner, hanako, taro, reviewer = (f"{name}_{tail}" for name in names)
    database = f"fqda_team_{tail}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f"CREATE ROLE {owner} NOLOGIN"))
        connection.execute(text(f"CREATE DATABASE {database} OWNER {owner} ENCODING 'UTF8'"))
        for coder in (hanako, taro):
            connection.execute(text(f"CREATE ROLE {coder} LOGIN IN ROLE {owner}"))
        connection.execute(text(f"CREATE ROLE {reviewer} LOGIN"))
    try:
        yield Team(
            owner,
            hanako,
            taro,
            reviewer,
            database,
            admin.set(database=database).render_as_string(hide_password=False),
        )
    finally:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            for role in (hanako, taro, reviewer, owner):
                connection.execute(text(f"DROP ROLE IF EXISTS {role}"))
        engine.dispose()
