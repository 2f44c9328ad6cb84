"""Two programs writing one project: every write waits its turn, none fails, none is lost."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from frameworkqda.core import model
from frameworkqda.core.codebook import resolve
from frameworkqda.core.errors import ProjectLockedError
from frameworkqda.core.store import create_project, open_project
from frameworkqda.core.store.engine import WRITE_WAIT_ENV
from tests.core.engine_helpers import add_document

WRITES = 500

# Each write is one transaction coding one passage, as `frameworkqda code` does (the first
# opens the project as well); the id is printed only once the commit has returned.
WRITER = textwrap.dedent(
    """
    import sys
    from frameworkqda.core.commands import AddSegment
    from frameworkqda.core.store import open_project

    where, writer, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with open_project(where) as project:
        project.coder_name = "newcomer"  # both programs create this coder at once
        for number in range(count):
            # each writer codes its own passages, none touching another (it would grow it)
            start = 2 * (writer * count + number)
            command = AddSegment(1, 1, start, start + 1, note=f"{writer}-{number}")
            command.apply(project)
            print(command.segment_id, flush=True)
    """
)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shared_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A project two programs share; on SQLite in memory-backed /dev/shm where there is one.

    The locking is the same there; only the disk's fsync (tens of ms a commit on a busy
    machine) is left out, so a thousand serialised commits fit in a test run.
    """
    if request.param == "postgresql":
        yield str(request.getfixturevalue("postgres_url"))
        return
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield str(tmp_path / "shared.fqda")
        return
    folder = Path(tempfile.mkdtemp(dir=shm, prefix="fqda-test-"))
    try:
        yield str(folder / "shared.fqda")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _project_with_a_document(where: str, text: str) -> None:
    with create_project(where, framework="mipex") as project:
        add_document(project, "plan", text)


def _start(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_two_writers_500_writes_each_none_fails_none_lost(shared_location: str) -> None:
    _project_with_a_document(shared_location, "多文化共生" * 1000)
    writers = [_start(WRITER, shared_location, str(n), str(WRITES)) for n in (1, 2)]
    acknowledged: set[int] = set()
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        acknowledged |= {int(line) for line in out.split()}
    assert len(acknowledged) == 2 * WRITES
    with open_project(shared_location) as project, project.session() as session:
        stored = set(session.scalars(select(model.Segment.id)))
        notes = set(session.scalars(select(model.Segment.note)))
        coders = session.scalars(select(model.Coder.name)).all()
    assert stored == acknowledged
    assert notes == {f"{w}-{n}" for w in (1, 2) for n in range(WRITES)}
    assert coders.count("newcomer") == 1


AUTOCODER = textwrap.dedent(
    """
    import sys
    from frameworkqda.core.commands import Autocode
    from frameworkqda.core.store import open_project

    with open_project(sys.argv[1]) as project:
        project.coder_name = "newcomer"  # a coder the other program creates too
        command = Autocode("あ", int(sys.argv[2]))
        print("started", flush=True)
        command.apply(project)
    print(command.count, flush=True)
    """
)


@pytest.mark.slow
def test_autocode_beside_code_both_succeed(shared_location: str) -> None:
    hits = 50_000
    _project_with_a_document(shared_location, "あい" * hits)
    with open_project(shared_location) as project, project.session() as session:
        code_id = resolve(session, "Education")
    autocoder = _start(AUTOCODER, shared_location, str(code_id))
    assert autocoder.stdout is not None
    assert autocoder.stdout.readline() == "started\n"
    coder = _start(WRITER, shared_location, "1", "20")
    coded, coder_err = coder.communicate(timeout=120)
    auto_out, auto_err = autocoder.communicate(timeout=120)
    assert coder.returncode == 0, coder_err
    assert autocoder.returncode == 0, auto_err
    assert int(auto_out) == hits
    with open_project(shared_location) as project, project.session() as session:
        count = session.scalar(select(func.count()).select_from(model.Segment))
    assert count == hits + len(coded.split())


HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    print("held", flush=True)
    sys.stdin.read()  # until the test closes our stdin
    connection.execute("ROLLBACK")
    """
)


@contextlib.contextmanager
def _holding(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the project's write lock until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    try:
        yield holder
    finally:
        holder.communicate("")


def test_a_writer_held_up_too_long_says_who_holds_the_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "busy.fqda"
    _project_with_a_document(str(path), "多文化共生")
    monkeypatch.setenv(WRITE_WAIT_ENV, "0.5")
    with open_project(path) as project:
        with _holding(path) as holder:
            started = time.monotonic()
            with pytest.raises(ProjectLockedError) as raised, project.transaction() as session:
                session.add(model.Case(name="Kawasaki"))
            waited = time.monotonic() - started
        message = str(raised.value)
        assert "\n" not in message
        assert message.startswith(f"{path}: busy: held by ")
        assert message.endswith("for over 0.5 s; try again when it has finished")
        if Path("/proc/locks").exists():  # Linux tells who holds the lock
            assert f"pid {holder.pid} (" in message
        assert waited >= 0.4
        with project.transaction() as session:  # once the holder has let go, work goes on
            session.add(model.Case(name="Kawasaki"))


def test_an_import_held_up_too_long_reports_one_line_naming_the_file_not_its_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from frameworkqda.core.importers import ImportStatus, import_documents

    path = tmp_path / "busy.fqda"
    _project_with_a_document(str(path), "多文化共生")
    source = tmp_path / "plan.txt"
    source.write_text("外国人住民の相談窓口を設ける。" * 200, encoding="utf-8")
    monkeypatch.setenv(WRITE_WAIT_ENV, "0.3")
    with open_project(path) as project, _holding(path):
        [result] = import_documents(project, [source])
    assert result.status == ImportStatus.FAILED
    assert result.message.startswith(f"plan.txt: not stored: {path}: busy: held by ")
    assert "相談窓口" not in result.message and "INSERT" not in result.message
    assert len(result.message) < 300


@pytest.mark.postgres
def test_on_postgresql_a_held_up_writer_names_the_holder(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import psycopg

    create_project(postgres_url, framework="mipex").close()
    monkeypatch.setenv(WRITE_WAIT_ENV, "0.5")
    holder = psycopg.connect(
        postgres_url.replace("+psycopg", ""), application_name="frameworkqda hanako@desk pid 7"
    )
    try:
        holder.execute("LOCK TABLE cases IN ACCESS EXCLUSIVE MODE")  # a transaction stays open
        with (
            open_project(postgres_url) as project,
            pytest.raises(ProjectLockedError) as raised,
            project.transaction() as session,
        ):
            session.add(model.Case(name="Kawasaki"))
    finally:
        holder.rollback()
        holder.close()
    message = str(raised.value)
    assert "\n" not in message
    assert "busy: held by frameworkqda hanako@desk pid 7 for over 0.5 s" in message


# Started before the race, so both programs are past Python's start-up; each imports the file
# the moment the go file appears, as `frameworkqda import` does.
IMPORTER = textwrap.dedent(
    """
    import os, sys, time
    from frameworkqda.cli import main

    where, source, go = sys.argv[1], sys.argv[2], sys.argv[3]
    print("ready", flush=True)
    while not os.path.exists(go):
        time.sleep(0.001)
    sys.exit(main(["import", where, source]))
    """
)


@pytest.mark.slow
def test_two_programs_importing_one_file_store_it_once(
    shared_location: str, tmp_path: Path
) -> None:
    """Both checked the file's sha256 in a reading session and stored it later in another:
    started together, both imported it (``plan.txt`` and ``plan (2).txt``, one content). The
    check is made again inside the transaction that stores it, so the second is reported as
    already there. Several rounds, each a new file both programs race for."""
    with create_project(shared_location, framework="mipex"):
        pass
    rounds = 6
    for round_ in range(rounds):
        source = tmp_path / f"plan{round_}.txt"
        # long enough that reading it takes longer than the two programs' start differs
        source.write_text(f"{round_} 浜松市の多文化共生推進計画。\n" * 150_000, encoding="utf-8")
        go = tmp_path / f"go{round_}"
        programs = [_start(IMPORTER, shared_location, str(source), str(go)) for _ in (1, 2)]
        for program in programs:
            assert program.stdout is not None and program.stdout.readline() == "ready\n"
        go.touch()
        said = []
        for program in programs:
            out, err = program.communicate(timeout=300)
            assert program.returncode == 0, out + err
            said.append(err.strip().splitlines()[-1])
        assert sorted(said) == [
            "0 imported, 1 already present, 0 failed",
            "1 imported, 0 already present, 0 failed",
        ], f"round {round_}"
    with open_project(shared_location) as project, project.session() as session:
        names = session.scalars(select(model.Document.name).order_by(model.Document.id)).all()
        digests = session.scalars(select(model.Document.sha256)).all()
    assert names == [f"plan{round_}.txt" for round_ in range(rounds)]
    assert len(set(digests)) == rounds
