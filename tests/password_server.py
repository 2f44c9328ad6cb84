"""A throwaway PostgreSQL server where one coder's role needs a password, as a team's does.

The suite's own test server trusts every connection; these tests need one that asks, so they
start their own with scripts/pg-test-server and put a scram-sha-256 line for the role ``hanako``
first in its pg_hba.conf (docs/server-setup.md gives the same line).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "pg-test-server"
ROLE, PASSWORD, DATABASE = "hanako", "s3cret-hanako", "study"


@dataclass(frozen=True)
class PasswordServer:
    url: str  # postgresql://hanako@127.0.0.1:PORT/study: no password, as a team gives it
    host: str
    port: int


def _available() -> bool:
    return subprocess.run([str(SCRIPT), "available"], check=False).returncode == 0


@pytest.fixture(scope="module")
def password_server() -> Iterator[PasswordServer]:
    if not os.environ.get("FRAMEWORKQDA_TEST_POSTGRES_URL"):
        pytest.skip("no PostgreSQL server for the tests (scripts/test starts one)")
    if not _available():
        pytest.skip("PostgreSQL's server binaries are not installed")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    # not under pytest's own temporary folder: the server runs as 'postgres' when we are root
    folder = Path(tempfile.mkdtemp(prefix="fqda-pg-password-"))
    admin = subprocess.run(
        [str(SCRIPT), "start", str(folder)], capture_output=True, text=True, check=True
    ).stdout.strip()
    try:
        hba = folder / "data" / "pg_hba.conf"
        line = f"host all {ROLE} 127.0.0.1/32 scram-sha-256\n"
        hba.write_text(line + hba.read_text())
        engine = create_engine(
            make_url(admin).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
        )
        with engine.connect() as connection:
            connection.execute(text(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'"))
            connection.execute(text(f"CREATE DATABASE {DATABASE} OWNER {ROLE}"))
            connection.execute(text("SELECT pg_reload_conf()"))
        engine.dispose()
        parsed = make_url(admin)
        assert parsed.host is not None and parsed.port is not None
        yield PasswordServer(
            f"postgresql://{ROLE}@{parsed.host}:{parsed.port}/{DATABASE}", parsed.host, parsed.port
        )
    finally:
        subprocess.run([str(SCRIPT), "stop", str(folder)], check=False)


def pgpass(folder: Path, server: PasswordServer, password: str = PASSWORD) -> Path:
    """A .pgpass file (mode 0600, or libpq ignores it) with the role's password."""
    path = folder / "pgpass"
    path.write_text(f"{server.host}:{server.port}:{DATABASE}:{ROLE}:{password}\n")
    path.chmod(0o600)
    return path
