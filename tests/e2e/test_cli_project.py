"""The command line as a researcher types it: new, info, help and clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from frameworkqda.cli import build_parser, main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "frameworkqda", *args], capture_output=True, text=True, timeout=120
    )


def test_new_then_info_in_a_real_process(tmp_path: Path) -> None:
    path = tmp_path / "cities.fqda"
    created = run("new", str(path), "--framework", "mipex-local", "--name", "三都市")
    assert created.returncode == 0, created.stderr
    assert path.is_file()
    info = run("info", str(path))
    assert info.returncode == 0, info.stderr
    lines = dict(line.split(None, 1) for line in info.stdout.splitlines() if " " in line)
    assert lines["project"].strip() == "三都市"
    assert lines["framework"].strip() == "mipex-local"
    assert lines["codes"].strip() == "39"
    assert lines["documents"].strip() == "0"


def test_info_on_postgresql(postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", postgres_url, "--framework", "mipex"]) == 0
    assert main(["info", postgres_url]) == 0
    out = capsys.readouterr().out
    assert "codes        8" in out
    assert "postgresql" in out


def test_errors_are_one_clear_line(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.fqda"
    bogus.write_text("not a project", encoding="utf-8")
    result = run("info", str(bogus))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"frameworkqda: {bogus}: not a FrameworkQDA project (not an SQLite database)"
    )
    assert "Traceback" not in result.stderr


def test_every_verb_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    verbs = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"new", "info"} <= set(verbs)
    for verb in verbs:
        with pytest.raises(SystemExit) as exited:
            main([verb, "--help"])
        assert exited.value.code == 0
        shown = capsys.readouterr().out
        assert f"usage: frameworkqda {verb}" in shown
        assert "%%" not in shown, verb  # argparse formats help=, not description=


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".qdc"])
def test_a_codebook_export_that_cannot_be_written_names_the_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    """Into a folder that does not exist the CSV and XLSX said "/nonexistent/.cb.csv.writing-
    14378: No such file or directory" (the hidden temporary file, not the file asked for) and
    the .qdc "cannot be written ([Errno 2] …)". Each says now, in one line, the target and the
    reason, and leaves no temporary file behind."""
    project = str(tmp_path / "p.fqda")
    assert main(["new", project, "--framework", "mipex"]) == 0
    target = tmp_path / "nowhere" / f"cb{suffix}"
    capsys.readouterr()
    assert main(["codebook", "export", project, "-o", str(target)]) == 1
    assert capsys.readouterr().err == (
        f"frameworkqda: {target}: cannot be written (No such file or directory); "
        "nothing was changed\n"
    )
    # the rename fails at the end (a folder has the name): the same line, the folder untouched
    taken = tmp_path / f"taken{suffix}"
    taken.mkdir()
    (taken / "inside.txt").write_text("kept", encoding="utf-8")
    assert main(["codebook", "export", project, "-o", str(taken)]) == 1
    assert capsys.readouterr().err == (
        f"frameworkqda: {taken}: cannot be written (Is a directory); nothing was changed\n"
    )
    assert [path.name for path in taken.iterdir()] == ["inside.txt"]
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(["p.fqda", f"taken{suffix}"])
