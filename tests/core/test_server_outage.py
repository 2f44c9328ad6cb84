"""The server stops, restarts or ends a session mid-work: one line saying the connection was
lost and whether a change was saved, never the driver's traceback with its SQL parameters
(core/store/faults.py). The project works again once the server is back."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
from sqlalchemy import create_engine, text

from frameworkqda.core import charting
from frameworkqda.core.codebook import resolve_code
from frameworkqda.core.commands import AddCase, SetCell
from frameworkqda.core.errors import ProjectError
from frameworkqda.core.store import create_project, open_project
from tests.core.races import waits_or_ends
from tests.outage_server import OutageServer, outage_server
from tests.writes import add_case

__all__ = ["outage_server"]  # the fixture, used below

MEASURE = "Education/Consultation service"
SECRET = "聞き取りメモ: 匿名の相談者A"  # a coder's words: never in an error line


@pytest.mark.postgres
def test_a_write_whose_session_the_administrator_ends_says_so_in_one_line(
    postgres_url: str,
) -> None:
    """57P01 (AdminShutdown): what `pg_ctl stop -m fast` and pg_terminate_backend send."""
    with create_project(postgres_url, framework="mipex-local") as project:
        case_id = add_case(project, "Osaka")
        code_id = resolve_code(project, MEASURE)
    import psycopg

    holder = psycopg.connect(postgres_url.replace("+psycopg", ""))
    raised: list[BaseException] = []
    with open_project(postgres_url) as project:
        location = str(project.location)

        def edit() -> None:
            try:
                SetCell(case_id, code_id, summary=SECRET).apply(project)
            except BaseException as error:  # handed to the test thread
                raised.append(error)

        try:
            holder.execute("LOCK TABLE chart_cells IN ACCESS EXCLUSIVE MODE")
            thread = threading.Thread(target=edit)
            thread.start()
            waits_or_ends(postgres_url, thread)
            admin = create_engine(postgres_url)
            with admin.connect() as connection:
                connection.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                        "current_database() AND wait_event_type = 'Lock'"
                    )
                )
            admin.dispose()
            thread.join(60)
        finally:
            holder.rollback()
            holder.close()
        [error] = raised
        assert isinstance(error, ProjectError), repr(error)
        assert str(error) == (
            f"{location}: the connection to the server was lost; this change was not saved "
            "(terminating connection due to administrator command)"
        )
        # the server is still there: the next edit reconnects and is saved
        SetCell(case_id, code_id, summary="again").apply(project)
        assert charting.cell_edit(project, case_id, code_id).summary == "again"


@pytest.mark.postgres
def test_a_project_whose_server_stopped_says_so_and_works_once_it_is_back(
    outage_server: OutageServer,
) -> None:
    where = outage_server.database("study")
    with create_project(where, framework="mipex-local") as project:
        case_id = add_case(project, "Osaka")
        code_id = resolve_code(project, MEASURE)
    with open_project(where) as project:
        location = str(project.location)
        outage_server.halt()
        try:
            with pytest.raises(ProjectError) as reading:
                charting.cell_edit(project, case_id, code_id)
            with pytest.raises(ProjectError) as writing:
                SetCell(case_id, code_id, summary=SECRET).apply(project)
            with pytest.raises(ProjectError) as adding:
                AddCase("Sendai").apply(project)
            cli = subprocess.run(
                [sys.executable, "-m", "frameworkqda", "cell", location, "--case", "Osaka",
                 "--code", MEASURE, "--summary", SECRET],
                capture_output=True, text=True, timeout=120,
            )  # fmt: skip
        finally:
            outage_server.resume()
        said = str(reading.value)
        assert said.startswith(f"{location}: the server cannot be reached (")
        assert said.endswith("); try again when it is back") and "\n" not in said
        for error in (writing.value, adding.value):
            said = str(error)
            assert said.startswith(
                f"{location}: the connection to the server was lost; this change was not saved ("
            )
            assert "\n" not in said and SECRET not in said and "sqlalche.me" not in said
        assert cli.returncode != 0
        assert cli.stderr.startswith(f"frameworkqda: {location}: cannot connect to the server (")
        assert cli.stderr.count("\n") == 1 and "Traceback" not in cli.stderr

        SetCell(case_id, code_id, summary="back").apply(project)  # the same project, reconnected
        assert charting.cell_edit(project, case_id, code_id).summary == "back"


@pytest.mark.parametrize(
    "url",
    [
        "postgressql://hanako:secret-pw@127.0.0.1:5432/study",
        "mysql://hanako:secret-pw@127.0.0.1:3306/study",
        "postgresql://hanako:secret-pw@127.0.0.1:notaport/study",
    ],
)
def test_a_mistyped_server_url_is_refused_in_one_line(url: str) -> None:
    cli = subprocess.run(
        [sys.executable, "-m", "frameworkqda", "info", url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert cli.returncode != 0
    shown = url.replace(":secret-pw", "")
    assert cli.stderr == (
        f"frameworkqda: {shown}: not a project address; give a .fqda file or "
        "postgresql://role@host/database\n"
    )


@pytest.mark.postgres
def test_postgres_is_postgresql(postgres_url: str) -> None:
    create_project(postgres_url, framework="mipex-local").close()
    with open_project(postgres_url.replace("postgresql+psycopg://", "postgres://", 1)) as project:
        assert project.location.url.drivername == "postgresql+psycopg"
        assert str(project.location).startswith("postgresql://")


def test_a_url_naming_a_service_that_never_answers_gives_up_in_one_line() -> None:
    import socket
    import time

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()  # accepts the connection, never says a word
    port = listener.getsockname()[1]
    where = f"postgresql://hanako@127.0.0.1:{port}/study"
    started = time.monotonic()
    try:
        with pytest.raises(ProjectError) as refused:
            open_project(where)
    finally:
        listener.close()
    assert time.monotonic() - started < 30
    assert str(refused.value).startswith(f"{where}: cannot connect to the server (")
    assert "timeout" in str(refused.value) and "\n" not in str(refused.value)
