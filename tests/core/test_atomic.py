"""core/atomic: a file is replaced whole or not at all; dead runs' leftovers are swept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from frameworkqda.core.atomic import atomic_path, atomic_write, scratch_folder, sweep


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_failure_leaves_the_previous_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"previous")
    with pytest.raises(RuntimeError), atomic_path(target) as temporary:
        temporary.write_bytes(b"half")
        (scratch_folder(temporary) / "part.xml").write_text("x")
        (temporary.with_name(temporary.name + "-wal")).write_bytes(b"wal")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"previous"
    assert sorted(tmp_path.iterdir()) == [target]


def test_success_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "表.csv"
    target.write_text("old", encoding="utf-8")
    with atomic_write(target, "w", encoding="utf-8") as handle:
        handle.write("新しい")
        assert target.read_text(encoding="utf-8") == "old"  # not before the block ends
    assert target.read_text(encoding="utf-8") == "新しい"
    assert sorted(tmp_path.iterdir()) == [target]


@pytest.mark.skipif(os.name != "posix", reason="pids are only checked on POSIX")
def test_sweep_takes_only_our_names_of_dead_processes(tmp_path: Path) -> None:
    dead, alive = _dead_pid(), os.getppid()
    gone = [
        tmp_path / f".out.xlsx.writing-{dead}",
        tmp_path / f".out.xlsx.writing-{dead}.d",
        tmp_path / f".new.fqda.importing-{dead}-wal",
        tmp_path / f".new.fqda.creating-{dead}",
    ]
    kept = [
        tmp_path / f".out.xlsx.writing-{alive}",  # a run still going
        tmp_path / f"out.xlsx.writing-{dead}",  # not hidden: not ours
        tmp_path / f".out.xlsx.saving-{dead}",  # not our purpose
        tmp_path / "notes.txt",
    ]
    for path in gone + kept:
        if path.suffix == ".d":
            path.mkdir()
            (path / "part").write_text("x")
        else:
            path.write_text("x")
    assert sorted(sweep(tmp_path)) == sorted(gone)
    assert sorted(tmp_path.iterdir()) == sorted(kept)


def test_an_error_about_the_temporary_file_names_the_target(tmp_path: Path) -> None:
    """Every writer's error (the CLI prints its file name) named the hidden temporary file."""
    target = tmp_path / "nowhere" / "matrix.csv"
    with pytest.raises(FileNotFoundError) as raised, atomic_path(target):
        pass
    assert raised.value.filename == str(target)
    assert raised.value.strerror == "No such file or directory"
    with pytest.raises(OSError) as other, atomic_path(tmp_path / "out.csv"):
        (tmp_path / "missing" / "input.csv").read_text()  # another file's error: left as is
    assert other.value.filename == str(tmp_path / "missing" / "input.csv")
