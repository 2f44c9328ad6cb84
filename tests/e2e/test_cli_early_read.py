"""``frameworkqda import`` reads its first PDF in a reader process while the project opens
(``importers/early_read``): the command itself never loads the PDF reader for it, stores what
it would have read itself, and leaves no process or file behind; a reader that cannot read the
file, or dies, leaves it to the import."""

from __future__ import annotations

import json
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

from frameworkqda.core.importers import ImportOptions, extract
from frameworkqda.core.importers.pdf import COLD_POOL_MIN_PAGES
from tests import documents

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="finds the reader process through /proc (Linux)"
)

# the command as a program (``main()`` without arguments: the whole process), telling at exit
# which parts of the PDF reader it loaded itself
COMMAND = """
import atexit, json, sys
READER = ("numpy", "pypdfium2", "frameworkqda.core.importers.pdf")
atexit.register(lambda: sys.stderr.write(
    "\\nloaded: " + json.dumps([m for m in READER if m in sys.modules]) + "\\n"))
from frameworkqda.cli import main
sys.argv = ["frameworkqda", *sys.argv[1:]]
main()
"""


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("long")
    return documents.japanese_pdf(folder / "計画.pdf", pages=COLD_POOL_MIN_PAGES)


@pytest.fixture
def tmp() -> Iterator[Path]:
    """A system temporary folder of its own: whatever the import leaves there is seen."""
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        yield Path(folder)


def _env(tmp: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(tmp), "FRAMEWORKQDA_WORKERS": "2"}


def _new(project: Path, tmp: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "frameworkqda", "new", str(project)],
        env=_env(tmp),
        check=True,
        capture_output=True,
    )


def _import(project: Path, tmp: Path, *files: Path | str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", COMMAND, "import", str(project), *map(str, files)],
        env=_env(tmp),
        capture_output=True,
        text=True,
        timeout=600,
    )


def _loaded(stderr: str) -> list[str]:
    line = next(line for line in stderr.splitlines() if line.startswith("loaded: "))
    names: list[str] = json.loads(line.removeprefix("loaded: "))
    return names


def _stored(project: Path) -> tuple[str, list[tuple[int, int, int, bytes]]]:
    with sqlite3.connect(project) as connection:
        (text,) = connection.execute("SELECT text FROM documents").fetchone()
        pages = connection.execute(
            "SELECT page_number, char_start, char_end, boxes FROM document_pages "
            "ORDER BY page_number"
        ).fetchall()
    return text, pages


def _read_here(pdf: Path) -> tuple[str, list[tuple[int, int, int, bytes]]]:
    """What the import stores of ``pdf`` when it reads it itself, in this process."""
    read = extract(pdf.read_bytes(), pdf.name, ImportOptions())
    pages = [(p.page_number, p.char_start, p.char_end, p.boxes) for p in read.pages]
    read.close()
    return read.text, pages


def test_the_reader_process_reads_what_the_import_would_and_the_command_loads_no_reader(
    long_pdf: Path, tmp_path: Path, tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "p.fqda"
    _new(project, tmp)
    result = _import(project, tmp, long_pdf)
    assert result.returncode == 0, result.stderr[-2000:]
    assert _loaded(result.stderr) == []  # numpy, PDFium and our layout: only in the reader
    assert f"page {COLD_POOL_MIN_PAGES}/{COLD_POOL_MIN_PAGES}" in result.stderr  # relayed
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "1")
    assert _stored(project) == _read_here(long_pdf)  # text, page ranges and boxes
    assert list(tmp.iterdir()) == []  # its copy of the PDF and its pool's folder: gone


def test_a_duplicate_stops_the_reader_and_leaves_nothing(
    long_pdf: Path, tmp_path: Path, tmp: Path
) -> None:
    project = tmp_path / "p.fqda"
    _new(project, tmp)
    assert _import(project, tmp, long_pdf).returncode == 0
    again = _import(project, tmp, long_pdf)
    assert again.returncode == 0, again.stderr[-2000:]
    assert "0 imported, 1 already present" in again.stderr
    assert list(tmp.iterdir()) == []


def test_a_protected_pdf_is_left_to_the_import_which_opens_it_with_the_password(
    tmp_path: Path, tmp: Path
) -> None:
    pdf = documents.encrypted_pdf(
        tmp_path / "secret.pdf", "Integration plan", user_password="u", owner_password="o"
    )
    project = tmp_path / "p.fqda"
    _new(project, tmp)
    result = _import(project, tmp, pdf, "--password", "u")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Integration plan" in _stored(project)[0]
    assert list(tmp.iterdir()) == []


def test_a_reader_process_killed_leaves_the_file_to_the_import(
    long_pdf: Path, tmp_path: Path, tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "p.fqda"
    _new(project, tmp)
    process = subprocess.Popen(
        [sys.executable, "-m", "frameworkqda", "import", str(project), str(long_pdf)],
        env=_env(tmp),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    reader = _reader_of(process)
    os.kill(reader, signal.SIGKILL)  # its workers die with it (the parent-death signal)
    _, stderr = process.communicate(timeout=600)
    assert process.returncode == 0, stderr[-2000:]
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "1")
    assert _stored(project) == _read_here(long_pdf)


def _reader_of(process: subprocess.Popen[str]) -> int:
    """The import's reader process, once its workers read (the one child of the command)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        children = _children(process.pid)
        if len(children) == 1 and len(_children(children[0])) == 2:
            return children[0]
        time.sleep(0.01)
    process.kill()
    pytest.fail(f"no reader process seen: {process.communicate()[1][-2000:]}")


def _children(pid: int) -> list[int]:
    try:
        listed = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(child) for child in listed.split()]
