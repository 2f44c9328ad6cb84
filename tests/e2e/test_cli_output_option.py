"""Every verb that writes a file takes it as ``-o/--output FILE``: export-qdpx and codebook
export took it as a last positional word, gui as ``--screenshot FILE``, while matrix, agreement
and recover took ``-o``. The older spellings still work for existing scripts, with one line on
stderr naming the new form after success, and are left out of --help."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from frameworkqda.cli import build_parser, main


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    location = str(tmp_path / "cities.fqda")
    assert main(["new", location, "--framework", "mipex-local"]) == 0
    assert main(["case", "add", location, "Hamamatsu"]) == 0
    capsys.readouterr()
    return location


@pytest.mark.parametrize(
    ("verb", "name"),
    [(["export-qdpx"], "cities.qdpx"), (["codebook", "export"], "codebook.csv")],
)
@pytest.mark.parametrize("option", ["-o", "--output"])
def test_the_file_is_given_with_o(
    project: str,
    tmp_path: Path,
    verb: list[str],
    name: str,
    option: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / name
    assert main([*verb, project, option, str(target)]) == 0
    said = capsys.readouterr()
    assert said.err == ""  # no deprecation note
    assert "wrote " in said.out and str(target) in said.out
    if name.endswith(".qdpx"):
        assert "project.qde" in zipfile.ZipFile(target).namelist()
    else:
        assert target.read_text(encoding="utf-8").startswith("path,")


@pytest.mark.parametrize(
    ("verb", "name", "spelled"),
    [
        (["export-qdpx"], "cities.qdpx", "export-qdpx"),
        (["codebook", "export"], "codebook.csv", "codebook export"),
    ],
)
def test_the_older_positional_file_still_works_with_a_note(
    project: str,
    tmp_path: Path,
    verb: list[str],
    name: str,
    spelled: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / name
    assert main([*verb, project, str(target)]) == 0
    assert target.is_file()
    assert capsys.readouterr().err == (
        f"frameworkqda: '{spelled} PROJECT FILE' is deprecated; write '{spelled} PROJECT -o FILE'\n"
    )
    assert main([*verb, project, str(target), "-o", str(tmp_path / "other")]) == 1
    assert (
        capsys.readouterr().err == f"frameworkqda: give the file once: {spelled} PROJECT -o FILE\n"
    )
    assert main([*verb, project]) == 1
    assert "give the file to write" in capsys.readouterr().err


def test_help_shows_o_and_not_the_older_spellings() -> None:
    parser = build_parser()
    verbs = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    codebook = verbs["codebook"]._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for sub in (verbs["export-qdpx"], codebook["export"], verbs["gui"]):
        usage = sub.format_usage()
        text = sub.format_help()
        assert "[-o FILE" in usage, usage
        assert "--screenshot" not in usage and "\n  --screenshot" not in text  # no option line
        assert "FILE" not in usage.replace("-o FILE", "")  # no positional FILE
        assert usage.rstrip().endswith(("project\n", "project", "[project]")), usage
    for verb in ("matrix", "agreement", "recover"):  # the verbs that had it
        assert "-o" in verbs[verb].format_usage()


def _gui(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "frameworkqda", "gui", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=environment,
    )


def test_gui_writes_its_screenshot_with_o(project: str, tmp_path: Path) -> None:
    shot = tmp_path / "codebook.png"
    done = _gui(project, "--view", "codebook", "--size", "800x500", "-o", str(shot))
    assert done.returncode == 0, done.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert "deprecated" not in done.stderr
    older = tmp_path / "older.png"
    done = _gui(project, "--view", "codebook", "--size", "800x500", "--screenshot", str(older))
    assert done.returncode == 0, done.stderr
    assert older.read_bytes().startswith(b"\x89PNG")
    assert done.stderr.strip().splitlines()[-1] == (
        "frameworkqda: 'gui --screenshot FILE.png' is deprecated; write 'gui -o FILE.png'"
    )


def test_codebook_export_writes_to_standard_output_as_the_other_exports_do(
    project: str, tmp_path: Path
) -> None:
    """``-o -`` said "-: unknown codebook format “”"; it is standard output, CSV unless
    ``--format`` says otherwise, with the count on stderr (not inside the file)."""

    def export(*options: str) -> subprocess.CompletedProcess[bytes]:
        command = [sys.executable, "-m", "frameworkqda", "codebook", "export", project, *options]
        return subprocess.run(command, capture_output=True, timeout=120, check=False)

    csv_out = export("-o", "-")
    assert csv_out.returncode == 0, csv_out.stderr
    assert csv_out.stdout.decode("utf-8").startswith("path,description,colour,heading only\n")
    assert csv_out.stderr.decode("utf-8").startswith("wrote ")
    qdc = export("-o", "-", "--format", "qdc")
    assert qdc.returncode == 0 and b"<CodeBook" in qdc.stdout
    named = tmp_path / "codebook.xlsx"
    wrong = export("-o", str(named), "--format", "qdc")
    assert wrong.returncode == 1 and not named.exists()
    assert b"the name says .xlsx but --format says qdc" in wrong.stderr


def test_gui_o_refuses_in_one_line_what_it_cannot_take(project: str, tmp_path: Path) -> None:
    """No one is there to answer a box: a project that is not there waited for ever on one
    nobody saw, a mistyped view wrote the documents view, and ``--view start`` with a project
    wrote the project's window."""
    shot = tmp_path / "x.png"
    missing = _gui(str(tmp_path / "nowhere.fqda"), "-o", str(shot), "--view", "matrix")
    assert missing.returncode == 1 and not shot.exists()
    assert missing.stderr.strip().splitlines()[-1].startswith(f"frameworkqda: {tmp_path}")
    typo = _gui(project, "-o", str(shot), "--view", "charts")
    assert typo.returncode == 2 and "invalid choice: 'charts'" in typo.stderr
    start = _gui(project, "-o", str(shot), "--view", "start")
    assert start.returncode == 1 and not shot.exists()
    assert "--view start is the start page, where no project is open" in start.stderr


def test_every_view_of_the_window_can_be_shot() -> None:
    """``gui --view`` names its choices without loading Qt: the same as the window's views."""
    from frameworkqda.cli.gui_commands import SHOT_VIEWS
    from frameworkqda.gui.views import view_keys

    assert set(SHOT_VIEWS) == {"start", "pages", *view_keys()}
