"""Shared fixtures: project locations on SQLite and PostgreSQL, the corpus, Qt offscreen."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# An empty value makes Qt try X11 and abort, so assign when unset *or* empty.
if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

REPO = Path(__file__).resolve().parents[1]
POSTGRES_ENV = "FRAMEWORKQDA_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_ENV = "FRAMEWORKQDA_REQUIRE_POSTGRES"
REQUIRE_TOOLS_ENV = "FRAMEWORKQDA_REQUIRE_TOOLS"  # CI: a missing system tool fails, never skips


def corpus_dir() -> Path | None:
    configured = os.environ.get("FRAMEWORKQDA_CORPUS")
    candidates = [Path(configured)] if configured else []
    candidates.append(REPO.parent / "shared" / "corpus")
    for candidate in candidates:
        if (candidate / "MANIFEST.tsv").is_file():
            return candidate
    return None


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared corpus of real documents; tests that need it skip when it is absent."""
    found = corpus_dir()
    if found is None:
        pytest.skip(
            "corpus not found: set FRAMEWORKQDA_CORPUS or place it at ../shared/corpus "
            "beside the repository"
        )
    return found


def require_tool(reason: str) -> None:
    """Skip for want of a system tool, or fail where CI says every tool must be there."""
    if os.environ.get(REQUIRE_TOOLS_ENV):
        pytest.fail(f"{REQUIRE_TOOLS_ENV} is set but {reason}")
    pytest.skip(f"{reason} (scripts/system-setup test installs it)")


@pytest.fixture(scope="session")
def tesseract() -> str:
    """The tesseract binary with Japanese and English data, for tests of OCR."""
    import shutil
    import subprocess

    binary = shutil.which("tesseract")
    if binary is None:
        require_tool("tesseract is not installed (Debian: tesseract-ocr)")
        raise AssertionError("unreachable")
    languages = subprocess.run(
        [binary, "--list-langs"], capture_output=True, text=True, check=False
    ).stdout.split()
    for language, package in (("jpn", "tesseract-ocr-jpn"), ("eng", "tesseract-ocr-eng")):
        if language not in languages:
            require_tool(f"tesseract has no {language} data (Debian: {package})")
    return binary


def _postgres_admin_url() -> str | None:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get(REQUIRE_POSTGRES_ENV):
            pytest.fail(f"{REQUIRE_POSTGRES_ENV} is set but {POSTGRES_ENV} is not")
        return None
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    admin = _postgres_admin_url()
    if admin is None:
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_ENV} (scripts/test starts one)")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"fqda_test_{uuid.uuid4().hex[:12]}"
    admin_url = make_url(admin).set(drivername="postgresql+psycopg")
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def project_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where to create a project: a new SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "study.fqda")
    return str(request.getfixturevalue("postgres_url"))
