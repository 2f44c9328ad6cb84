"""core/atomic: what is already at the target decides how it is written. A project is never
replaced by an export, nor is a name for another format taken; a symbolic link is written
through, a FIFO written into, ``-`` is standard output (cli-report items 1 and 2)."""

from __future__ import annotations

import io
import os
import sqlite3
import sys
import threading
from pathlib import Path

import pytest

from frameworkqda.core.atomic import atomic_path, atomic_write
from frameworkqda.core.errors import WriteFailedError
from frameworkqda.core.exports.agreement_export import Table, write_table


def _database(path: Path) -> Path:
    with sqlite3.connect(path) as connection:  # what every project file begins as
        connection.execute("create table t (x)")
    connection.close()
    return path


def test_an_export_never_replaces_a_project_whatever_its_name(tmp_path: Path) -> None:
    for name in ("study.fqda", "copy.db", "notes.csv"):
        project = _database(tmp_path / name)
        before = project.read_bytes()
        with (
            pytest.raises(WriteFailedError, match=f"{name}: is a FrameworkQDA project"),
            atomic_write(project, format="csv") as handle,
        ):
            handle.write(b"case,value\n")
        assert project.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.db", "notes.csv", "study.fqda"]


def test_an_export_is_not_named_as_a_project_or_another_format(tmp_path: Path) -> None:
    with (
        pytest.raises(WriteFailedError, match=r"new\.fqda: \.fqda names a FrameworkQDA project"),
        atomic_write(tmp_path / "new.fqda") as handle,
    ):
        handle.write(b"PK")
    with (
        pytest.raises(WriteFailedError, match=r"notes\.txt: the name says \.txt.*\.qdpx"),
        atomic_write(tmp_path / "notes.txt", format="qdpx") as handle,
    ):
        handle.write(b"PK")
    with (
        pytest.raises(WriteFailedError, match=r"x\.xlsx: the name says \.xlsx.*CSV"),
        atomic_write(tmp_path / "x.xlsx", format="csv") as handle,
    ):
        handle.write(b"a,b\n")
    assert list(tmp_path.iterdir()) == []
    for name in ("table.txt", "table.csv", "table.out", "table"):  # CSV may take these
        with atomic_write(tmp_path / name, format="csv") as handle:
            handle.write(b"a,b\n")
        assert (tmp_path / name).read_bytes() == b"a,b\n"


def test_a_symbolic_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "data" / "real.csv"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(Path("data") / "real.csv")  # relative, as `ln -s` makes them
    with atomic_write(link, format="csv") as handle:
        handle.write(b"new\n")
    assert link.is_symlink() and os.readlink(link) == str(Path("data") / "real.csv")
    assert real.read_text() == "new\n"
    assert sorted(p.name for p in real.parent.iterdir()) == ["real.csv"]  # no temporary left


def test_a_link_to_a_project_is_refused_as_the_project(tmp_path: Path) -> None:
    project = _database(tmp_path / "study.fqda")
    link = tmp_path / "latest.csv"
    link.symlink_to(project)
    before = project.read_bytes()
    with (
        pytest.raises(WriteFailedError, match=r"latest\.csv: is a FrameworkQDA project"),
        atomic_write(link, format="csv") as handle,
    ):
        handle.write(b"a\n")
    assert project.read_bytes() == before and link.is_symlink()


def test_a_fifo_is_written_into_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    with atomic_write(fifo, format="csv") as handle:
        handle.write(b"case,value\nA,Yes\n")
    reader.join(timeout=30)
    assert received == [b"case,value\nA,Yes\n"]
    assert fifo.is_fifo()
    assert sorted(tmp_path.iterdir()) == [fifo]


def test_a_failed_write_sends_nothing_into_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(RuntimeError), atomic_path(fifo) as temporary:
        temporary.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert fifo.is_fifo()  # never opened: a reader would be waiting still, not given half


class _Stdout(io.TextIOWrapper):
    def __init__(self, terminal: bool) -> None:
        super().__init__(io.BytesIO(), encoding="utf-8")
        self.terminal = terminal

    def isatty(self) -> bool:
        return self.terminal


def test_dash_is_standard_output_binary_only_off_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    table = Table("c", ["code", "kappa"], [("相談", "-0.5")], "", ("name", "kappa"), "Agreement")
    out = _Stdout(terminal=False)
    monkeypatch.setattr(sys, "stdout", out)
    write_table(table, "xlsx", Path("-"))
    assert out.buffer.getvalue().startswith(b"PK\x03\x04")  # type: ignore[attr-defined]
    monkeypatch.setattr(sys, "stdout", _Stdout(terminal=True))
    with pytest.raises(WriteFailedError, match="a binary file is not written to a terminal"):
        write_table(table, "xlsx", Path("-"))
    text = _Stdout(terminal=True)
    monkeypatch.setattr(sys, "stdout", text)
    with atomic_write("-", format="csv") as handle:
        handle.write("表,1\n".encode())
    assert text.buffer.getvalue() == "表,1\n".encode()  # type: ignore[attr-defined]
    assert list(tmp_path.iterdir()) == []  # no file named "-"
