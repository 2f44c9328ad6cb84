"""A script run twice: every verb that makes something says 'already present' and exits 0 when
what is there is what it would make, and refuses (exit 1) when what is there differs.

Each test runs real verbs on real project files. 'Changes nothing' is every row of every table
(the change log other programs poll and its count included: a verb that set a value to the one
it had logged a change) and every file in the folder."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from frameworkqda.cli import main

CONSULTATION = "Education/Consultation service"
TEXT = "浜松市は多言語で情報を提供し、外国人市民の相談窓口を設けている。\n"


def snapshot(folder: Path) -> dict[str, object]:
    """What the folder holds: each project's rows, other files' bytes."""
    held: dict[str, object] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix == ".fqda":
            held[path.name] = rows(path)
        elif path.is_file() and not path.name.endswith(("-wal", "-shm")):
            held[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return held


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"'), key=repr)
            for table in tables
        }
    finally:
        connection.close()


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def script(folder: Path) -> list[list[str]]:
    """A study's script, as a researcher writes it: every verb that makes something."""
    p = str(folder / "cities.fqda")
    doc = write(folder / "plan.txt", TEXT)
    segs = write(
        folder / "segments.csv", f"document,start,end,code,note\nplan.txt,5,9,{CONSULTATION},n\n"
    )
    cells = write(
        folder / "cells.csv", f"case,code,value,summary\nKawasaki,{CONSULTATION},Yes,hi\n"
    )
    book = write(folder / "book.csv", "path,definition,colour\nNew/Sub,a definition,#ff0000\n")
    scores = write(folder / "scores.csv", "series,theme,score\nMIPEX X,Education,50\n")
    return [
        ["new", p, "--framework", "mipex-local", "--name", "Cities", "--language", "en"],
        ["import", p, doc, "--case", "Hamamatsu"],
        ["case", "add", p, "Kawasaki", "--description", "a city"],
        ["case", "set", p, "Kawasaki", "Population", "1500000"],
        ["case", "assign", p, "Kawasaki", "plan.txt"],
        ["code", p, "--document", "plan.txt", "--start", "0", "--end", "5", "--code",
         CONSULTATION, "--note", "n1", "--translation", "t"],
        ["code", p, "--from", segs],
        ["autocode", p, "--term", "相談", "--code", CONSULTATION],
        ["cell", p, "--case", "Kawasaki", "--code", CONSULTATION, "--value", "Yes"],
        ["cell", p, "--from", cells],
        ["memo", "set", p, "--case", "Kawasaki", "--text", "memo"],
        ["codebook", "import", p, book],
        ["scores", "import", p, scores],
        ["codebook", "export", p, "-o", str(folder / "book-out.csv")],
        ["export-qdpx", p, "-o", str(folder / "cities.qdpx")],
        ["import-qdpx", str(folder / "copy.fqda"), str(folder / "cities.qdpx")],
        ["merge", p, str(folder / "cities.qdpx")],
        ["recover", p],
        ["recover", p, "-o", str(folder / "rescued.fqda")],
        ["upgrade", p],
        ["matrix", p, "-o", str(folder / "matrix.csv")],
    ]  # fmt: skip


def test_a_script_run_twice_exits_0_and_changes_nothing_the_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = script(tmp_path)
    for line in lines:
        assert main(line) == 0, (line, capsys.readouterr().err)
    capsys.readouterr()
    failed = []
    for line in lines:
        before = snapshot(tmp_path)
        code = main(line)
        said = capsys.readouterr()
        if code != 0 or snapshot(tmp_path) != before:
            failed.append(f"{' '.join(line[:2])}: exit {code}, {said.err.strip()}")
    assert failed == []


def test_what_is_there_already_is_said_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = script(tmp_path)
    for line in lines:
        assert main(line) == 0
    capsys.readouterr()
    said = {}
    for line in lines:
        assert main(line) == 0
        said[" ".join(part for part in line if not part.startswith(str(tmp_path)))] = (
            capsys.readouterr().out
        )
    making = [key for key in said if key.split()[0] in ("new", "import-qdpx", "recover")]
    making += ["case add Kawasaki --description a city", f"code --document plan.txt --start 0 "
               f"--end 5 --code {CONSULTATION} --note n1 --translation t"]  # fmt: skip
    assert len(making) == 6
    for key in making:
        assert said[key].startswith("already present: "), (key, said[key])
    assert (
        said["code --from"]
        == f"coded 0 segments from {tmp_path}/segments.csv (1 already present)\n"
    )
    assert said["codebook import"].endswith(": 0 codes added, 0 updated, 1 already present\n")
    assert said["import --case Hamamatsu"].startswith("duplicate: plan.txt: already in the project")
    assert not (tmp_path / "cities-recovered-2.fqda").exists()  # no second copy


def test_case_assign_and_cell_run_again_say_already_present_and_counts_read_as_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second `case assign` or `cell` changed nothing and logged nothing, yet said
    "assigned 1 document to Kawasaki" and "charted Kawasaki × …" as if it had written; the
    other verbs say "already present". And `import-qdpx` counted "1 documents"."""
    said: dict[str, list[str]] = {}
    for _ in range(2):
        for line in script(tmp_path):
            assert main(line) == 0
            key = " ".join(part for part in line[:3] if not part.startswith(str(tmp_path)))
            said.setdefault(key, []).append(capsys.readouterr().out)
    assert said["case assign"] == [
        "assigned 1 document to Kawasaki\n",
        "already present: 1 document in Kawasaki\n",
    ]
    assert said["cell --case"][0::2] == [f"charted Kawasaki × {CONSULTATION}\n"]
    assert said["cell --case"][1::2] == [f"already present: Kawasaki × {CONSULTATION} as given\n"]
    carried = next(line for line in said["import-qdpx"][0].splitlines() if "carried" in line)
    assert "1 document," in carried and "1 documents" not in carried, carried
    assert "1 chart cell," in carried and "1 user," in carried, carried


@pytest.fixture
def made(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The folder after one run of the script."""
    for line in script(tmp_path):
        assert main(line) == 0
    capsys.readouterr()
    return tmp_path


@pytest.mark.parametrize(
    ("verb", "said"),
    [
        (["new", "{p}", "--framework", "mipex"], "with framework mipex-local, not mipex"),
        (["new", "{p}", "--language", "ja"], "with language en, not ja"),
        (["new", "{p}", "--name", "Towns"], "with name 'Cities', not 'Towns'"),
        (["case", "add", "{p}", "Kawasaki", "--description", "a town"], "another description"),
        (
            ["code", "{p}", "--document", "plan.txt", "--start", "0", "--end", "5", "--code",
             CONSULTATION, "--note", "n2"],
            "with another note ('n1')",
        ),
        (["code", "{p}", "--from", "{folder}/other-note.csv"], "with another note or translation"),
        (["import-qdpx", "{folder}/copy.fqda", "{folder}/more.qdpx"], "it would add 1 case"),
        (  # it said "it would add )": a merge that only joins a passage adds nothing
            ["import-qdpx", "{folder}/copy.fqda", "{folder}/wider.qdpx"],
            "(it would join 1 overlapping passage); to bring that in: frameworkqda merge",
        ),
        (["recover", "{p}", "-o", "{folder}/plan.txt"], "a file with this name already exists"),
        (["new", "{folder}/plan.txt"], "a file with this name already exists"),
    ],
)  # fmt: skip
def test_what_differs_is_refused_and_left_as_it_is(
    made: Path, verb: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    p = str(made / "cities.fqda")
    write(made / "other-note.csv", f"document,start,end,code,note\nplan.txt,5,9,{CONSULTATION},x\n")
    if "{folder}/more.qdpx" in verb:  # the study as exported after one more case was added
        assert main(["case", "add", p, "Osaka"]) == 0
        assert main(["export-qdpx", p, "-o", str(made / "more.qdpx")]) == 0
    if "{folder}/wider.qdpx" in verb:  # exported after its passage [5, 32) took in the "\n"
        code = ["--document", "plan.txt", "--start", "30", "--end", "33", "--code", CONSULTATION]
        assert main(["code", p, *code]) == 0
        assert main(["export-qdpx", p, "-o", str(made / "wider.qdpx")]) == 0
    capsys.readouterr()
    before = snapshot(made)
    argv = [part.format(p=p, folder=made) for part in verb]
    assert main(argv) == 1
    error = capsys.readouterr().err
    assert said in error and error.count("\n") <= 2, error
    assert snapshot(made) == before


def test_the_project_was_made_only_once(made: Path) -> None:
    """The rerun left one case of each name, one passage per coding, one recovered copy."""
    import sqlite3 as lite

    for line in script(made):
        assert main(line) == 0
    connection = lite.connect(made / "cities.fqda")
    try:
        cases = [name for (name,) in connection.execute("SELECT name FROM cases ORDER BY name")]
        segments = connection.execute("SELECT count(*) FROM segments").fetchone()[0]
    finally:
        connection.close()
    assert cases == ["Hamamatsu", "Kawasaki"]
    # [0, 5) and the file's [5, 9), grown by autocode over the sentence they are in
    assert segments == 2
    assert sorted(p.name for p in made.glob("*-recovered*.fqda")) == ["cities-recovered.fqda"]


def test_new_and_case_add_run_again_on_postgresql(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a server ``new`` found the database not empty and refused: now a project there with
    what was given is 'already present'."""
    new = ["new", postgres_url, "--framework", "mipex-local"]
    add = ["case", "add", postgres_url, "Osaka"]
    for _ in range(2):
        assert main(new) == 0
        assert main(add) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[2] == out[0].replace("created", "already present:")
    assert out[3] == "already present: case Osaka"
    assert main(["new", postgres_url, "--framework", "mipex"]) == 1
    assert "with framework mipex-local, not mipex" in capsys.readouterr().err


def test_import_qdpx_in_the_older_order_run_again_still_names_the_new_order(
    made: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import-qdpx", str(made / "cities.qdpx"), str(made / "copy.fqda")]) == 0
    said = capsys.readouterr()
    assert said.out.startswith("already present: ")
    assert said.err == (
        "frameworkqda: 'import-qdpx FILE PROJECT' is deprecated; write 'import-qdpx PROJECT FILE'\n"
    )
