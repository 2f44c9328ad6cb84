"""Cases chosen by attribute on the command line: ``case list --where`` and ``matrix
--group-where`` (a group average over "all cases where Population ≥ 1,000,000"); the
attributes were in ``case list`` only, no verb chose cases by them."""

from __future__ import annotations

from pathlib import Path

import pytest

from frameworkqda.cli import main


def _project(tmp_path: Path) -> str:
    project = str(tmp_path / "p.fqda")
    assert main(["new", project, "--framework", "mipex-local"]) == 0
    for name, population, region in (
        ("Kawasaki", "1538262", "Kanto"),
        ("Hamamatsu", "790718", "Chūbu"),
        ("Yokohama", "3777491", "Kanto"),
    ):
        assert main(["case", "add", project, name]) == 0
        assert main(["case", "set", project, name, "Population", population]) == 0
        assert main(["case", "set", project, name, "Region", region]) == 0
    return project


def test_case_list_where_and_matrix_group_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _project(tmp_path)
    capsys.readouterr()
    assert main(["case", "list", project, "--where", "Population>=1000000"]) == 0
    listed = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert listed == ["Kawasaki", "Yokohama"]  # as numbers: "790718" > "1538262" as text
    assert main(["case", "list", project, "--where", "Region = kanto"]) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == [
        "Kawasaki",
        "Yokohama",
    ]

    assert main(["matrix", project, "--view", "counts", "--group-where", "Population>=1e6"]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert header.endswith(',"Average of Kawasaki, Yokohama"')
    # with --group: its cases as well, each once
    argv = ["matrix", project, "--view", "counts", "--group", "Hamamatsu,Kawasaki"]
    assert main([*argv, "--group-where", "Region=Kanto", "--group-label", "G"]) == 0
    assert capsys.readouterr().out.splitlines()[0].endswith(",G")

    # full-width signs, as a Japanese input method types them
    assert main(["case", "list", project, "--where", "Population＝790718"]) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == ["Hamamatsu"]
    argv = ["matrix", project, "--view", "counts", "--group-where", "Population＞＝１００００００"]
    assert main(argv) == 0
    assert capsys.readouterr().out.splitlines()[0].endswith(',"Average of Kawasaki, Yokohama"')

    assert main(["matrix", project, "--view", "counts", "--group-where", "Population>=1e9"]) == 0
    captured = capsys.readouterr()
    assert "no case meets Population>=1e9" in captured.err
    assert "Average of" not in captured.out.splitlines()[0]

    assert main(["case", "list", project, "--where", "Population ~ 7"]) == 1
    assert "cannot be compared by “~”" in capsys.readouterr().err
    assert main(["matrix", project, "--view", "counts", "--group-where", "Populaton>1"]) == 1
    assert "no attribute named “Populaton”" in capsys.readouterr().err
    # named by --group-label alone; refused where no group column is written
    argv = ["matrix", project, "--view", "counts", "--group-where", "Region=Kanto"]
    assert main([*argv, "--group-label", "Kanto"]) == 0
    assert capsys.readouterr().out.splitlines()[0].endswith(",Kanto")
    assert main(["matrix", project, "--group-where", "Region=Kanto"]) == 1
    assert "--group-where: CSV's cells view writes no counts" in capsys.readouterr().err


def test_matrix_where_writes_only_the_cases_meeting_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``matrix --where``: the GUI matrix's "Cases where…" filter on the command line, so an
    export of the filtered matrix from either is the same file."""
    project = _project(tmp_path)
    capsys.readouterr()
    assert main(["matrix", project, "--where", "Region=Kanto"]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert {row.split(",")[0] for row in rows} == {"Kawasaki", "Yokohama"}
    argv = ["matrix", project, "--view", "counts", "--where", "Population>=1000000"]
    assert main([*argv, "--group-where", "Region=Kanto"]) == 0  # the group among them
    assert capsys.readouterr().out.splitlines()[0] == (
        'theme,Kawasaki,Yokohama,"Average of Kawasaki, Yokohama"'
    )
    assert main([*argv, "--group", "Hamamatsu"]) == 1
    assert (
        "--group: Hamamatsu does not meet --where Population>=1000000, so it is not in the tables"
        in capsys.readouterr().err
    )
    assert main(["matrix", project, "--view", "counts", "--where", "Region=Kansai"]) == 0
    captured = capsys.readouterr()
    assert "no case meets Region=Kansai" in captured.err
    assert captured.out.splitlines()[0] == "theme"


def test_segments_where(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = _project(tmp_path)
    for name, text in (("k.txt", "Kawasaki council"), ("h.txt", "Hamamatsu council")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        case = "Kawasaki" if name == "k.txt" else "Hamamatsu"
        assert main(["import", project, str(tmp_path / name), "--case", case]) == 0
        code = ["code", project, "--document", name, "--start", "0", "--end", "5"]
        assert main([*code, "--code", "Education/Consultation service"]) == 0
    capsys.readouterr()
    assert main(["segments", project, "--where", "Population >= 1000000"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in listed] == ["k.txt"]
    assert main(["segments", project, "--where", "Region ~ bu"]) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == ["h.txt"]
