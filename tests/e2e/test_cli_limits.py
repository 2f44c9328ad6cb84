"""The CLI refuses what is not a regular file, in one line and at once (issue 18)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _import(project: Path, source: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    run = [sys.executable, "-m", "frameworkqda"]
    subprocess.run([*run, "new", str(project)], env=env, check=True, capture_output=True)
    return subprocess.run(
        [*run, "import", str(project), source],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,  # /dev/zero used to grow without end, a FIFO to wait for ever
        check=False,
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused(tmp_path: Path) -> None:
    result = _import(tmp_path / "p.fqda", "/dev/zero")
    assert result.returncode == 1
    assert "failed: zero: not a regular file (a device)" in result.stdout.splitlines()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.pdf"
    os.mkfifo(fifo)
    result = _import(tmp_path / "p.fqda", str(fifo))
    assert result.returncode == 1
    assert "failed: plan.pdf: not a regular file (a named pipe)" in result.stdout.splitlines()


def test_a_long_carry_over_report_is_summarised() -> None:
    """import-qdpx printed 171 MB for a file with two million changed selections."""
    from frameworkqda.cli.refi_commands import summarised

    lines = [
        "imported big.qdpx into p.fqda",
        "carried over: 2000000 segments",
        "changed on the way (30):",
        *(f"  - selection {n} moved to a character boundary" for n in range(30)),
        "not carried over (2):",
        "  - a video source",
        "  - a set",
    ]
    shown = summarised(lines, listed=20)
    assert shown[:3] == lines[:3]
    assert shown[3:23] == lines[3:23]
    assert shown[23:] == [
        "  … and 10 more",
        "not carried over (2):",
        "  - a video source",
        "  - a set",
    ]
