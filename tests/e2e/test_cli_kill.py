"""A killed CLI leaves the previous file whole and nothing of its own behind (issue 18).

The real CLI exports a project big enough that writing takes a while; the test waits until
the export's hidden temporary file is being written, kills the process with SIGKILL, and
checks that the previous export is intact and that the system's temporary folder holds none
of XlsxWriter's part files. The next run sweeps the dead run's temporary file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from tests.projects import charted_project

REPO = Path(__file__).resolve().parents[2]
PREVIOUS = b"the previous good export\n"
MATRIX = (sys.executable, "-m", "frameworkqda", "matrix")

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


@pytest.fixture(scope="module")
def big_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kill") / "big.fqda"
    charted_project(path, 400, summary="多文化共生の推進と相談窓口。" * 60).close()
    return path


def _cli(*args: str, tmp: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(tmp)}
    return subprocess.Popen(
        [sys.executable, "-m", "frameworkqda", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _kill_while_writing(process: subprocess.Popen[bytes], temporary: Path) -> None:
    """SIGKILL once ``temporary`` holds bytes, or a little after it appeared (XlsxWriter and
    python-docx build the archive in one go at the end)."""
    appeared: float | None = None
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and process.poll() is None:
        if temporary.exists():
            appeared = appeared or time.monotonic()
            if temporary.stat().st_size > 0 or time.monotonic() - appeared > 0.02:
                break
        time.sleep(0.0005)
    assert process.poll() is None, "the export finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "csv"])
def test_kill_during_export_keeps_the_previous_file(
    big_project: Path, tmp_path: Path, fmt: str
) -> None:
    out_folder, system_tmp = tmp_path / "out", tmp_path / "tmp"
    out_folder.mkdir()
    system_tmp.mkdir()
    target = out_folder / f"matrix.{fmt}"
    target.write_bytes(PREVIOUS)
    args = ("matrix", str(big_project), "-o", str(target), "--summaries")

    process = _cli(*args, tmp=system_tmp)
    _kill_while_writing(process, out_folder / f".matrix.{fmt}.writing-{process.pid}")

    assert target.read_bytes() == PREVIOUS
    assert list(system_tmp.iterdir()) == []  # XlsxWriter writes its parts beside the target
    left = sorted(p.name for p in out_folder.iterdir() if p != target)
    assert left and all(name.startswith(f".matrix.{fmt}.writing-{process.pid}") for name in left)

    again = _cli(*args, tmp=system_tmp)
    _, stderr = again.communicate(timeout=600)
    assert again.returncode == 0, stderr.decode()
    assert sorted(out_folder.iterdir()) == [target]  # the dead run's file was swept
    assert list(system_tmp.iterdir()) == []
    if fmt == "xlsx":
        assert load_workbook(target, read_only=True).sheetnames[:3] == [
            "Theme 0",
            "Theme 1",
            "Theme 2",
        ]
    elif fmt == "docx":
        headers = [t.rows[0].cells[-1].text for t in Document(str(target)).tables[:67]]
        assert headers[-1] == "City 0399"  # 400 cases, six to a table with their summaries
    else:
        assert target.read_text(encoding="utf-8").count("\n") == 1 + 400 * 12


def _small_file_limit() -> None:  # in the child: files stop growing at 100 KB (as on a full disk)
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails instead (EFBIG)
    resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "csv"])
def test_a_failed_write_says_so_in_one_line_and_keeps_the_previous_file(
    big_project: Path, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"matrix.{fmt}"
    target.write_bytes(PREVIOUS)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "frameworkqda",
            "matrix",
            str(big_project),
            "-o",
            str(target),
            "--summaries",
        ],
        env={**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(tmp_path)},
        capture_output=True,
        text=True,
        preexec_fn=_small_file_limit,
        check=False,
        timeout=600,
    )
    assert result.returncode == 1
    assert result.stderr == (
        f"frameworkqda: {target}: cannot be written (File too large); nothing was changed\n"
    )
    assert target.read_bytes() == PREVIOUS
    assert sorted(tmp_path.iterdir()) == [target]


def _file_limit(size: int) -> Callable[[], None]:
    def limit() -> None:  # in the child: no file grows past ``size`` bytes
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_a_zip_format_that_cannot_be_written_leaves_no_traceback(tmp_path: Path, fmt: str) -> None:
    """XLSX and DOCX are ZIP archives: a write that fails wherever it stops (here the file
    size limit, as a full disk) is said in the one line, with no "Exception ignored in:
    ZipFile.__del__" traceback after it at exit. The project is read-only, so reading it
    writes nothing beside it (no shared-memory file) and only the export meets the limit."""
    project = tmp_path / "study.fqda"
    charted_project(project, 12, summary="多文化共生の推進と相談窓口。" * 20).close()
    project.chmod(0o444)
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"matrix.{fmt}"
    for size in (4_096, 8_192, 12_288):
        result = subprocess.run(
            [*MATRIX, str(project), "-o", str(target), "--summaries"],
            env={**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(tmp_path)},
            capture_output=True,
            text=True,
            preexec_fn=_file_limit(size),
            check=False,
            timeout=120,
        )
        assert result.returncode == 1, size
        assert result.stderr == (
            f"frameworkqda: {target}: cannot be written (File too large); nothing was changed\n"
        ), size
        assert list(out.iterdir()) == []
