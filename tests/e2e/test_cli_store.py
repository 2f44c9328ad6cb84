"""The store's faults from the command line: damage, read-only files and disks, full disks,
a missing driver, a closed pipe: each one line `frameworkqda: <file>: <reason>`, exit 1."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from frameworkqda.cli import main
from frameworkqda.core import model
from frameworkqda.core.store import create_project
from tests.core.test_damaged_project import _damage


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The command in its own process (a fresh interpreter, as a person runs it)."""
    return subprocess.run(
        [sys.executable, "-m", "frameworkqda", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )


def call(*args: str) -> subprocess.CompletedProcess[str]:
    """The same command in this process: the same main(), without an interpreter's start-up."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return subprocess.CompletedProcess(list(args), status, out.getvalue(), err.getvalue())


def one_line(result: subprocess.CompletedProcess[str], start: str) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    line = result.stderr.strip()
    assert "\n" not in line and "Traceback" not in line, line
    assert line.startswith(f"frameworkqda: {start}"), line
    return line


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _study(path: Path) -> Path:
    """A small project with one document and one segment."""
    with create_project(path, framework="mipex") as project, project.transaction() as session:
        text = "外国人住民の相談窓口を設ける。\n" * 2000
        document = model.Document(
            name="plan",
            kind=model.DocumentKind.TEXT,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            text=text,
        )
        session.add(document)
        session.flush()
        code_id = session.scalars(select(model.Code.id)).first()
        for start in range(0, 6000, 6):
            session.add(
                model.Segment(document_id=document.id, code_id=code_id, start=start, end=start + 5)
            )
    return path


READING_VERBS = [
    ("info", "{p}"),
    ("text", "{p}", "plan"),
    ("matrix", "{p}"),
    ("codebook", "list", "{p}"),
    ("export-qdpx", "{p}", "-o", "{out}/study.qdpx"),
]


def _reading_verbs_work(project: Path, out: Path) -> None:
    for verb in READING_VERBS:
        args = [part.format(p=project, out=out) for part in verb]
        result = call(*args)
        assert result.returncode == 0, (args, result.stderr)


def test_a_damaged_project_from_the_command_line(tmp_path: Path) -> None:
    project = _study(tmp_path / "study.fqda")
    _damage(project)
    before = _fingerprint(tmp_path)
    refused = call(
        "code", str(project), "--document", "plan", "--start", "0", "--end", "3", "--code", "Health"
    )
    assert "the project file is damaged" in one_line(refused, f"{project}: ")
    checked = call("check", str(project))
    assert checked.returncode == 1
    assert checked.stdout.startswith(f"{project}: DAMAGED")
    assert _fingerprint(tmp_path) == before  # refused and checked: not a byte changed

    rescued = tmp_path / "rescued.fqda"
    recovered = call("recover", str(project), "-o", str(rescued))
    assert recovered.returncode == 0, recovered.stderr
    assert f"into {rescued}" in recovered.stdout
    assert call("check", str(rescued)).returncode == 0
    coded = call(
        "code", str(rescued), "--document", "plan", "--start", "0", "--end", "3", "--code", "Health"
    )
    assert coded.returncode == 0, coded.stderr


def test_a_read_only_file_reads_and_refuses_writes_in_one_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    project = _study(home / "study.fqda")
    project.chmod(0o444)  # binding even for root: the file says it is not to be changed
    before = _fingerprint(home)
    try:
        _reading_verbs_work(project, tmp_path)
        refused = call("case", str(project), "add", "Kawasaki")
        assert "read-only" in one_line(refused, f"{project}: ")
    finally:
        project.chmod(0o644)
    assert _fingerprint(home) == before  # no -wal, no -shm, the file untouched


def test_text_into_a_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    project = _study(tmp_path / "study.fqda")
    reader = subprocess.Popen(
        [sys.executable, "-m", "frameworkqda", "text", str(project), "plan"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.readline()  # like `| head -1`
    reader.stdout.close()
    errors = reader.stderr.read().decode()
    reader.wait(timeout=60)
    assert errors == ""
    assert reader.returncode in (0, 141)


def test_postgresql_without_its_driver_says_what_to_install(tmp_path: Path) -> None:
    blocker = tmp_path / "blocked" / "psycopg"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('psycopg is not installed')\n")
    result = run("info", "postgresql://someone@localhost/study", PYTHONPATH=str(blocker.parent))
    line = one_line(result, "postgresql://someone@localhost/study: ")
    assert "pip install 'frameworkqda[postgres]'" in line


@contextlib.contextmanager
def _small_disk(size: str) -> Iterator[Path]:
    """A real tmpfs of ``size``; mounting needs root, so others skip with the reason."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    folder = Path(tempfile.mkdtemp(prefix="fqda-disk-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        folder.rmdir()


def _fill(folder: Path) -> None:
    with (folder / "filler").open("wb") as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 65536)
            handle.flush()


def test_a_full_disk_is_said_in_one_line(tmp_path: Path) -> None:
    qdpx = tmp_path / "study.qdpx"
    assert (
        call("export-qdpx", str(_study(tmp_path / "study.fqda")), "-o", str(qdpx)).returncode == 0
    )
    with _small_disk("2m") as disk:
        project = disk / "city.fqda"
        assert call("new", str(project), "--framework", "mipex").returncode == 0
        _fill(disk)
        before = _fingerprint(disk)
        # a write refused there leaves an empty WAL and a stub of shared memory beside it
        assert "the disk is full" in one_line(
            call("case", str(project), "add", "Osaka"), f"{project}: "
        )
        # reading works and changes nothing, so the project can be taken elsewhere (before,
        # "the disk is full": SQLite's shared memory could not be made beside it)
        read = call("info", str(project))
        assert read.returncode == 0 and "cases        0" in read.stdout, read.stderr
        rescued = tmp_path / "rescued.qdpx"
        assert call("export-qdpx", str(project), "-o", str(rescued)).returncode == 0
        assert zipfile.is_zipfile(rescued)
        written = call("case", str(project), "add", "Kawasaki")
        assert "the disk is full" in one_line(written, f"{project}: ")
        created = call("new", str(disk / "other.fqda"))
        assert "the disk is full" in one_line(created, f"{disk / 'other.fqda'}: ")
        imported = call("import-qdpx", str(qdpx), str(disk / "copy.fqda"))
        assert "the disk is full" in one_line(imported, f"{disk / 'copy.fqda'}: ")
        for verb in ("check", "recover"):  # not DAMAGED, not "nothing can be recovered"
            assert "the disk is full" in one_line(call(verb, str(project)), f"{project}: ")
        after = _fingerprint(disk)
        for companion in ("city.fqda-wal", "city.fqda-shm"):  # SQLite's, left as it likes
            after.pop(companion, None)
            before.pop(companion, None)
        assert after == before  # nothing new, the project as it was


def test_an_export_onto_a_full_disk_names_the_file_it_was_writing(tmp_path: Path) -> None:
    """The walkthrough's `export-qdpx city.fqda -o DISK/city.qdpx` onto the full disk the
    project is on (after a write refused there) said "city.fqda: the disk is full; free some
    space first", naming the project, not the file it was writing (fixed with 3944eb2). Every
    export onto a full disk names its target, and leaves neither it nor a part of it."""
    with _small_disk("2m") as disk:
        project = disk / "city.fqda"
        assert call("new", str(project), "--framework", "mipex").returncode == 0
        assert call("case", str(project), "add", "Osaka").returncode == 0
        _fill(disk)
        assert "the disk is full" in one_line(call("case", str(project), "add", "Kobe"), "")
        before = _fingerprint(disk)
        exports = [("export-qdpx", "city.qdpx")]
        exports += [("codebook", "export", f"codes.{suffix}") for suffix in ("qdc", "csv", "xlsx")]
        exports += [("matrix", f"chart.{suffix}") for suffix in ("xlsx", "docx", "csv", "html")]
        for *verb, name in exports:
            target = disk / name
            said = one_line(call(*verb, str(project), "-o", str(target)), f"{target}: ")
            assert said == (
                f"frameworkqda: {target}: cannot be written (No space left on device); "
                "nothing was changed"
            ), verb
        after = _fingerprint(disk)
        for companion in ("city.fqda-wal", "city.fqda-shm"):  # SQLite's, left as it likes
            after.pop(companion, None)
            before.pop(companion, None)
        assert after == before  # no target, no hidden part of one


def test_a_read_only_disk_reads_and_refuses_in_one_line(tmp_path: Path) -> None:
    qdpx = tmp_path / "study.qdpx"
    assert (
        call("export-qdpx", str(_study(tmp_path / "study.fqda")), "-o", str(qdpx)).returncode == 0
    )
    with _small_disk("4m") as disk:
        project = disk / "study.fqda"
        project.write_bytes((tmp_path / "study.fqda").read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        _reading_verbs_work(project, tmp_path)
        refused = call("case", str(project), "add", "Kawasaki")
        assert "read-only disk" in one_line(refused, f"{project}: ")
        imported = call("import-qdpx", str(qdpx), str(disk / "copy.fqda"))
        assert "not writable" in one_line(imported, f"{disk / 'copy.fqda'}: ")
        assert sorted(p.name for p in disk.iterdir()) == ["study.fqda"]


def test_check_and_recover_say_when_a_file_is_no_project(tmp_path: Path) -> None:
    """`check` called an empty file or another program's database "ok", and a PDF or a .qdpx
    "DAMAGED" with advice to recover it: each is no project, said in one line, exit 1."""
    empty = tmp_path / "empty.fqda"
    empty.write_bytes(b"")
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    other = tmp_path / "other.sqlite"
    with contextlib.closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
        connection.commit()
    said = {
        empty: "an empty file, not a FrameworkQDA project",
        pdf: "not a FrameworkQDA project (not an SQLite database)",
        other: "an SQLite database, but not a FrameworkQDA project",
    }
    before = _fingerprint(tmp_path)
    for path, reason in said.items():
        for verb in ("check", "recover"):
            result = call(verb, str(path))
            assert result.stdout == "", (verb, path)
            assert one_line(result, f"{path}: ") == f"frameworkqda: {path}: {reason}", verb
    assert _fingerprint(tmp_path) == before  # nothing written beside them either


def _flip_a_bit_in_the_text(project: Path) -> None:
    """One bit flipped in a document's stored text (a failing disk, a bad copy): the row is
    still there, every page sound, but its text is no longer UTF-8."""
    with contextlib.closing(sqlite3.connect(project)) as connection:
        connection.text_factory = bytes
        (data,) = connection.execute("SELECT text FROM documents").fetchone()
        broken = bytearray(data)
        broken[1] ^= 0x40  # inside 外's three bytes: no longer a continuation byte
        connection.execute("UPDATE documents SET text = CAST(? AS TEXT)", (bytes(broken),))
        connection.commit()


def test_a_text_that_is_not_utf8_is_found_said_in_one_line_and_recovered(
    tmp_path: Path,
) -> None:
    """One flipped bit in a document's text: `check` said ok, `text`, `code`, `export-qdpx`
    and `merge` crashed with a traceback quoting the bytes, and `recover` dropped the document
    with all its segments. Now `check` names the row, the verbs say the project is damaged in
    one line, and `recover` keeps the row (U+FFFD for the bad bytes) and every segment."""
    project = _study(tmp_path / "study.fqda")
    _flip_a_bit_in_the_text(project)

    checked = call("check", str(project))
    assert checked.returncode == 1
    assert checked.stdout.startswith(f"{project}: DAMAGED\n  text: documents row 1, column text")
    for verb in (("text", str(project), "plan"), ("export-qdpx", str(project), "-o", "x.qdpx")):
        reason = one_line(call(*verb), f"{project}: the project file is damaged ")
        assert "(stored text that is not UTF-8, in column text)" in reason, verb

    rescued = tmp_path / "rescued.fqda"
    recovered = call("recover", str(project), "-o", str(rescued))
    assert recovered.returncode == 0, recovered.stderr
    assert "documents: 1 text(s) not stored as UTF-8, kept with \ufffd" in recovered.stdout
    assert call("check", str(rescued)).returncode == 0
    text = call("text", str(rescued), "plan")
    assert text.returncode == 0 and text.stdout.startswith("\ufffd")
    with contextlib.closing(sqlite3.connect(rescued)) as connection:
        assert connection.execute("SELECT count(*) FROM segments").fetchone() == (1000,)


def test_a_folder_or_a_pipe_is_no_project_file(tmp_path: Path) -> None:
    """A folder or a named pipe given as the project was "no such project file"."""
    folder = tmp_path / "study.fqda"
    folder.mkdir()
    pipe = tmp_path / "pipe.fqda"
    os.mkfifo(pipe)
    target = _study(tmp_path / "target.fqda")
    reasons = {
        folder: "a folder, not a project file",
        pipe: "not a regular file (a named pipe or a device), not a project",
    }
    for path, reason in reasons.items():
        for verb in (("info", str(path)), ("check", str(path)), ("merge", str(target), str(path))):
            said = one_line(call(*verb), f"{path}: ")
            assert said == f"frameworkqda: {path}: {reason}", verb
