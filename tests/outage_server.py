"""A throwaway PostgreSQL server of the test's own, to stop and start again mid-work: the
suite's shared server must stay up for every other test (scripts/pg-test-server halt/resume)."""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "pg-test-server"


@dataclass(frozen=True)
class OutageServer:
    admin: str  # postgresql://postgres@127.0.0.1:PORT/postgres
    folder: Path

    def database(self, name: str) -> str:
        """A new, empty database on it; its URL."""
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        url = make_url(self.admin).set(drivername="postgresql+psycopg")
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        return self.admin.rsplit("/", 1)[0] + f"/{name}"

    def halt(self) -> None:
        subprocess.run([str(SCRIPT), "halt", str(self.folder)], check=True)

    def resume(self) -> None:
        subprocess.run([str(SCRIPT), "resume", str(self.folder)], check=True)


@pytest.fixture
def outage_server() -> Iterator[OutageServer]:
    if not os.environ.get("FRAMEWORKQDA_TEST_POSTGRES_URL"):
        pytest.skip("no PostgreSQL server for the tests (scripts/test starts one)")
    if subprocess.run([str(SCRIPT), "available"], check=False).returncode != 0:
        pytest.skip("PostgreSQL's server binaries are not installed")
    # not under pytest's own temporary folder: the server runs as 'postgres' when we are root
    folder = Path(tempfile.mkdtemp(prefix="fqda-pg-outage-"))
    admin = subprocess.run(
        [str(SCRIPT), "start", str(folder)], capture_output=True, text=True, check=True
    ).stdout.strip()
    try:
        yield OutageServer(admin, folder)
    finally:
        subprocess.run([str(SCRIPT), "stop", str(folder)], check=False)
