"""The command line keeps people's files and work safe (cli-report items 1–4, 7, 11): an export
never replaces a project nor takes another format's name; ``-o`` writes through a symbolic link,
into a FIFO, to standard output for ``-``; a command it suggests can be pasted into a shell; a
console that cannot show Japanese gets escapes, not a crash; a closed pipe loses output, never
the work; a CSV table carries no formula."""

from __future__ import annotations

import csv
import os
import shlex
import subprocess
import sys
import threading
from pathlib import Path

import frameworkqda
from tests.e2e.test_cli_store import _study, call, run

HERE = {**os.environ, "PYTHONPATH": str(Path(frameworkqda.__file__).parents[1])}  # this code


def _in_folder(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """The command run in ``folder`` (where a file named ``-`` would appear)."""
    return subprocess.run(
        [sys.executable, "-m", "frameworkqda", *args],
        capture_output=True,
        cwd=folder,
        env=HERE,
        timeout=120,
    )


def test_an_export_never_replaces_the_project_or_another(tmp_path: Path) -> None:
    (tmp_path / "研究 data").mkdir()
    project = _study(tmp_path / "研究 data" / "loss 研究.fqda")
    other = _study(tmp_path / "other.fqda")
    renamed = tmp_path / "book.csv"  # a project under another name is still one
    renamed.write_bytes(other.read_bytes())
    before = {path: path.read_bytes() for path in (project, other, renamed)}
    for target, *args in (
        (project, "export-qdpx", str(project), "-o", str(project)),
        (other, "export-qdpx", str(project), "-o", str(other)),
        (other, "matrix", str(project), "-o", str(other), "--format", "csv"),
        (project, "matrix", str(project), "-o", str(project), "--format", "docx"),
        (renamed, "codebook", "export", str(project), "-o", str(renamed)),
    ):
        result = call(*args)
        assert result.returncode == 1, (args, result.stdout)
        assert result.stderr.startswith(f"frameworkqda: {target}: is a FrameworkQDA project")
        assert "wrote" not in result.stdout
    assert {path: path.read_bytes() for path in (project, other, renamed)} == before
    refused = call("export-qdpx", str(project), "-o", str(tmp_path / "notes.txt"))
    assert refused.returncode == 1 and "the name says .txt" in refused.stderr
    assert call("export-qdpx", str(project), "-o", str(tmp_path / "new.fqda")).returncode == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.csv", "other.fqda", "研究 data"]


def test_output_through_a_link_into_a_fifo_and_to_standard_output(tmp_path: Path) -> None:
    project = _study(tmp_path / "study.fqda")
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to("real.csv")
    assert call("matrix", str(project), "-o", str(link)).returncode == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8-sig").startswith("case,theme")

    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run("matrix", str(project), "-o", str(fifo))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert fifo.is_fifo() and received[0].decode("utf-8-sig").startswith("case,theme")

    shown = _in_folder(tmp_path, "matrix", str(project), "-o", "-")
    assert shown.returncode == 0 and shown.stdout.startswith(b"case,theme")  # no mark: stdout
    qdpx = _in_folder(tmp_path, "export-qdpx", str(project), "-o", "-")
    assert qdpx.returncode == 0 and qdpx.stdout.startswith(b"PK\x03\x04")
    assert b"wrote -: 1 document" in qdpx.stderr  # said beside the archive, not in it
    assert not (tmp_path / "-").exists()


def test_suggested_commands_paste_into_a_shell(tmp_path: Path) -> None:
    (tmp_path / "研究 data").mkdir()
    project = _study(tmp_path / "研究 data" / "都市 study's.fqda")
    scores = tmp_path / "scores.csv"
    scores.write_text("series,theme,score\nMIPEX,Education,50\n", encoding="utf-8")
    assert call("scores", "import", str(project), str(scores)).returncode == 0
    result = call("export-qdpx", str(project), "-o", str(tmp_path / "out.qdpx"))
    assert result.returncode == 0, result.stderr
    suggested = result.stdout.split("carry them over with: ")[1].split(" > scores.csv")[0]
    assert shlex.split(suggested) == ["frameworkqda", "scores", "list", str(project)]

    from frameworkqda.core.store.integrity import CheckReport

    damaged = CheckReport(path=project, integrity=["page 3 is never used"])
    line = damaged.lines()[-1]
    assert shlex.split(line.split(": ", 1)[1]) == ["frameworkqda", "recover", str(project)]


def test_a_console_that_cannot_show_japanese_gets_escapes(tmp_path: Path) -> None:
    project = _study(tmp_path / "研究 data.fqda")
    assert call("case", "add", str(project), "浜松").returncode == 0
    for args in (("info",), ("case", "list"), ("matrix",), ("codebook", "list"), ("text",)):
        more = ("plan",) if args == ("text",) else ()
        result = run(*args, str(project), *more, PYTHONIOENCODING="ascii")
        assert result.returncode == 0, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert "\\u7814\\u7a76 data" in run("info", str(project), PYTHONIOENCODING="ascii").stdout
    assert "\\u6d5c\\u677e" in run("case", "list", str(project), PYTHONIOENCODING="ascii").stdout
    missing = run("info", str(tmp_path / "無い.fqda"), PYTHONIOENCODING="ascii")
    assert missing.returncode == 1 and "\\u7121\\u3044.fqda" in missing.stderr


def test_a_closed_pipe_loses_output_never_the_import(tmp_path: Path) -> None:
    project = tmp_path / "pipe.fqda"
    assert call("new", str(project)).returncode == 0
    folder = tmp_path / "docs"
    folder.mkdir()
    for number in range(1, 9):
        (folder / f"d{number}.txt").write_text(f"文書 {number}。\n相談窓口。\n", encoding="utf-8")
    importing = subprocess.Popen(  # `frameworkqda import P docs 2>&1 | head -1`
        [sys.executable, "-m", "frameworkqda", "import", str(project), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert importing.stdout is not None
    assert importing.stdout.readline()
    importing.stdout.close()
    importing.wait(timeout=120)
    assert importing.returncode == 141  # output cut short, as `seq 9 | head -1` says
    listed = call("info", str(project))
    assert "documents    8" in listed.stdout


def test_a_csv_table_carries_no_formula(tmp_path: Path) -> None:
    project = _study(tmp_path / "study.fqda")
    assert call("case", "add", str(project), "浜松").returncode == 0
    charted = call(
        "cell", str(project), "--case", "浜松", "--code", "Education", "--summary", "=1+1"
    )
    assert charted.returncode == 0, charted.stderr
    target = tmp_path / "m.csv"
    assert call("matrix", str(project), "-o", str(target)).returncode == 0
    with target.open(encoding="utf-8-sig", newline="") as file:
        summaries = [row["summary"] for row in csv.DictReader(file) if row["summary"]]
    assert summaries == ["'=1+1"]
