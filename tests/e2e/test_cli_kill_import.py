"""A PDF import killed (SIGKILL) or stopped (SIGTERM) leaves no worker processes running and,
by the next run, no copy of the PDF in the temporary folder (issue 18)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import documents

REPO = Path(__file__).resolve().parents[2]
PAGES = 400  # over COLD_POOL_MIN_PAGES: the import starts the worker pool

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="finds worker processes through /proc (Linux)"
)


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    paragraphs = [p for _ in range(4) for p in documents.JAPANESE_PARAGRAPHS]
    folder = tmp_path_factory.mktemp("long")
    return documents.japanese_pdf(folder / "長い計画.pdf", paragraphs, pages=PAGES)


def _env(tmp: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(tmp), "FRAMEWORKQDA_WORKERS": "3"}


def _running(pid: int) -> bool:
    """Alive and not a zombie (a container's init may be slow to reap orphans)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


def _descendants(root: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rpartition(")")[2].split()[1])
    found: set[int] = set()
    frontier = {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _held_stderr() -> tuple[int, int]:
    """A pipe for the import's stderr, filled to the brim: its first line (the first page
    count, always before anything is stored) waits until the test reads. The import is then
    mid-way when signalled however slowly the test runs: it cannot have committed."""
    read, write = os.pipe()
    _fill(write)
    return read, write


def _fill(write: int) -> None:
    """The pipe whose end ``write`` is, filled to the brim (with blank lines): the next
    write into it waits until its reader reads."""
    os.set_blocking(write, False)
    for size in (65536, 4096, 1):
        try:
            while True:
                os.write(write, b"\n" * size)
        except BlockingIOError:
            pass
    os.set_blocking(write, True)


def _start_import(project: Path, pdf: Path, tmp: Path) -> tuple[subprocess.Popen[str], set[int]]:
    """Start an import and wait until its workers are reading pages; returns them. The import
    is held before it prints its first page count (``_held_stderr``) until ``communicate``."""
    read, write = _held_stderr()
    process = subprocess.Popen(
        [sys.executable, "-m", "frameworkqda", "import", str(project), str(pdf)],
        env=_env(tmp),
        stdout=subprocess.PIPE,
        stderr=write,
        text=True,
    )
    os.close(write)
    process.stderr = open(read, encoding="utf-8")  # noqa: SIM115  # communicate reads it
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if any(tmp.glob("fqda-*.pdf")):  # the copy the workers read (made by the reader)
            workers = _descendants(process.pid)  # the reader process and its workers
            if len(workers) >= 4:
                return process, workers
        time.sleep(0.02)
    process.kill()
    stderr = process.communicate()[1].strip()  # past the blank lines that held it
    pytest.fail(f"the import did not reach its workers: {stderr[-2000:]}")


def _gone_within(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(_running(pid) for pid in pids):
        time.sleep(0.1)
    return {pid for pid in pids if _running(pid)}


def _documents(project: Path) -> int:
    with sqlite3.connect(project) as connection:
        return int(connection.execute("SELECT count(*) FROM documents").fetchone()[0])


def _new(project: Path, tmp: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "frameworkqda", "new", str(project)], env=_env(tmp), check=True
    )


@pytest.fixture
def tmp() -> Iterator[Path]:
    """A system temporary folder of its own, with a short path (a socket lives inside)."""
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        yield Path(folder)


def test_sigkill_leaves_no_workers_and_the_copy_is_swept(
    long_pdf: Path, tmp_path: Path, tmp: Path
) -> None:
    project = tmp_path / "p.fqda"
    _new(project, tmp)
    process, workers = _start_import(project, long_pdf, tmp)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)

    assert _gone_within(workers, 10) == set()
    assert _documents(project) == 0
    left = sorted(p.name for p in tmp.iterdir())  # the PDF copy and the pool's folder
    ours = {process.pid, *workers}  # named after the reader process that made them
    assert left and all(int(name.split("-")[1]) in ours for name in left)

    again = subprocess.run(
        [sys.executable, "-m", "frameworkqda", "import", str(project), str(long_pdf)],
        env=_env(tmp),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert again.returncode == 0, again.stderr
    assert _documents(project) == 1
    assert list(tmp.iterdir()) == []  # the killed run's copy was swept, this run's deleted


def test_sigterm_is_a_clean_interrupt(long_pdf: Path, tmp_path: Path, tmp: Path) -> None:
    project = tmp_path / "p.fqda"
    _new(project, tmp)
    process, workers = _start_import(project, long_pdf, tmp)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)

    assert process.returncode == 130
    assert stderr.strip().splitlines()[-1] == "frameworkqda: interrupted"
    assert "Traceback" not in stderr
    assert _gone_within(workers, 10) == set()
    assert list(tmp.iterdir()) == []
    assert _documents(project) == 0


def test_leftovers_of_a_killed_import_qdpx_are_swept_by_the_next_write(tmp_path: Path) -> None:
    """A killed import-qdpx left ``.new.fqda.importing-PID`` with its -wal and -shm; the next
    command writing into that folder deletes them once that PID is gone (and nothing else)."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    leftovers = [tmp_path / f".new.fqda.importing-{dead.pid}{s}" for s in ("", "-wal", "-shm")]
    for path in leftovers:
        path.write_bytes(b"half a project")
    alive = tmp_path / f".other.fqda.importing-{os.getpid()}"  # a run still going
    alive.write_bytes(b"in progress")
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        _new(tmp_path / "next.fqda", Path(tmp))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([alive.name, "next.fqda"])


def _writing_to_a_full_pipe(pid: int) -> bool:
    """The process's main thread waits in a write to a pipe (Linux: ``pipe_write``, or
    ``anon_pipe_write`` since 6.x, in its wait channel)."""
    try:
        return "pipe_write" in Path(f"/proc/{pid}/wchan").read_text()
    except OSError:
        return False


def test_sigterm_while_the_report_is_written_is_no_interrupted_import(
    tmp_path: Path, tmp: Path
) -> None:
    """SIGTERM landing once the file was stored, while the report was being written to a
    full pipe, said "interrupted" and exited 130 (and could lose the report's lines)."""
    project = tmp_path / "p.fqda"
    _new(project, tmp)
    note = tmp_path / "会議.txt"
    note.write_text("外国人市民会議の記録\n", encoding="utf-8")
    read, write = _held_stderr()  # its stdout this time: the report waits until read
    process = subprocess.Popen(
        [sys.executable, "-m", "frameworkqda", "import", str(project), str(note)],
        env=_env(tmp),
        stdout=write,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(write)
    process.stdout = open(read, encoding="utf-8")  # noqa: SIM115  # communicate reads it
    deadline = time.monotonic() + 120
    while not _writing_to_a_full_pipe(process.pid) and time.monotonic() < deadline:
        assert process.poll() is None
        time.sleep(0.02)
    process.send_signal(signal.SIGTERM)  # in the middle of writing "imported: 会議.txt"
    stdout, stderr = process.communicate(timeout=60)

    assert _documents(project) == 1
    assert stdout.strip().splitlines() == ["imported: 会議.txt"]
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines()[-2:] == [
        "1 imported, 0 already present, 0 failed",
        "frameworkqda: interrupted after the import was complete",
    ]
    assert process.returncode == 0


def test_sigterm_mid_batch_lists_the_files_stored_before_it(
    long_pdf: Path, tmp_path: Path, tmp: Path
) -> None:
    """The files stored before the interrupt were not listed: only "interrupted"."""
    project = tmp_path / "p.fqda"
    _new(project, tmp)
    note = tmp_path / "会議.txt"
    note.write_text("外国人市民会議の記録\n", encoding="utf-8")
    read, write = os.pipe()
    process = subprocess.Popen(
        [sys.executable, "-m", "frameworkqda", "import", str(project), str(note), str(long_pdf)],
        env=_env(tmp),
        stdout=subprocess.PIPE,
        stderr=write,
        text=True,
    )
    seen = []
    with open(read, encoding="utf-8") as lines:  # the note is stored, the PDF's pages come
        for line in lines:
            seen.append(line)
            if line.startswith(f"[2/2] {long_pdf.name}: page ") and " 0/" not in line:
                break
        _fill(write)  # the import waits at its next page count: the PDF cannot be stored
        process.send_signal(signal.SIGTERM)
        os.close(write)
        stderr = lines.read()  # to its end: the import has ended
        stdout, _ = process.communicate(timeout=60)

    assert process.returncode == 130, [*seen, stderr]
    assert stdout.splitlines() == ["imported: 会議.txt"]
    assert stderr.strip().splitlines()[-2:] == [
        "1 imported, 0 already present, 0 failed; interrupted before the end: 1 not imported",
        "frameworkqda: interrupted",
    ]
    assert "Traceback" not in stderr
    assert _documents(project) == 1


def test_a_second_sigterm_stops_at_once(long_pdf: Path, tmp_path: Path, tmp: Path) -> None:
    """The first signal is only noted until the import reaches a check; a second one (a file
    whose reading checks nothing, a wait for a busy project) stops it where it is, as before."""
    project = tmp_path / "p.fqda"
    _new(project, tmp)
    process, workers = _start_import(project, long_pdf, tmp)
    deadline = time.monotonic() + 60
    while not _writing_to_a_full_pipe(process.pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGTERM)  # noted: the import waits on, in its first page count
    time.sleep(0.5)  # the handler has run (the write it interrupted waits again)
    assert _writing_to_a_full_pipe(process.pid)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)

    assert process.returncode == 130
    # stopped in the middle of writing a progress line, which may lose its line break
    assert stderr.rstrip().endswith("frameworkqda: interrupted")
    assert "not imported" not in stderr and "Traceback" not in stderr
    assert _gone_within(workers, 10) == set()
    assert list(tmp.iterdir()) == []
    assert _documents(project) == 0
