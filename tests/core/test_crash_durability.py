"""A kill -9 in the middle of writing loses nothing whose commit had returned."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.store import create_project, open_project

SEGMENTS = 10_000

WRITER = textwrap.dedent(
    """
    import sys
    from sqlalchemy import select
    from frameworkqda.core import model
    from frameworkqda.core.store import open_project

    project = open_project(sys.argv[1])
    with project.session() as session:
        document_id = session.scalars(select(model.Document.id)).one()
        code_id = session.scalars(select(model.Code.id)).first()
    for number in range(int(sys.argv[2])):
        with project.transaction() as session:
            segment = model.Segment(
                document_id=document_id, code_id=code_id, start=number, end=number + 1,
                note=f"segment {number}",
            )
            session.add(segment)
            session.flush()
            segment_id = segment.id
        # printed only after the commit returned: this is the acknowledgement
        print(segment_id, flush=True)
    """
)


@pytest.mark.slow
def test_kill_during_bulk_coding_keeps_every_acknowledged_segment(tmp_path: Path) -> None:
    path = tmp_path / "crash.fqda"
    with create_project(path, framework="mipex") as project, project.transaction() as session:
        session.add(
            model.Document(
                name="plan", kind=model.DocumentKind.TEXT, sha256="0" * 64, text="あ" * 20_000
            )
        )

    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(SEGMENTS)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert writer.stdout is not None
    acknowledged: list[int] = []
    for line in writer.stdout:
        acknowledged.append(int(line))
        if len(acknowledged) == 400:  # well into the run, with commits in flight
            os.kill(writer.pid, signal.SIGKILL)
            break
    acknowledged.extend(int(line) for line in writer.stdout)  # anything already in the pipe
    writer.wait()
    assert writer.returncode == -signal.SIGKILL
    assert 400 <= len(acknowledged) < SEGMENTS

    checker = sqlite3.connect(path)
    assert checker.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    checker.close()
    with open_project(path) as project, project.session() as session:
        stored = set(session.scalars(select(model.Segment.id)))
    assert set(acknowledged) <= stored
    assert len(stored) - len(acknowledged) <= 1  # at most the commit that was in flight
