"""Moving a project to a PostgreSQL server and back, the documented way (docs/server-setup.md):
``info`` gives the ``new`` line, ``merge`` brings the rest. A Japanese project with a score
series of its own ends as it began; a copy made in the other language, or a score that
differs, is said, never passed over."""

from __future__ import annotations

import getpass
import shlex
from pathlib import Path

import pytest

from frameworkqda.cli import main

TEXT = "浜松市は多言語で情報を提供し、外国人市民の相談窓口を設けている。\n"
MEASURE = "教育/多言語による情報提供"
CODE = ("--code", MEASURE, "--coder", "花子")
CELL = ("--code", MEASURE, "--value", "あり", "--summary", "多言語で情報を提供", "--coder", "花子")
LISTINGS = (
    ("codebook", "list"),
    ("case", "list"),
    ("segments",),
    ("matrix",),
    ("scores", "list"),
    ("memo", "list"),
)


def said(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """What the verb prints, after checking it succeeded."""
    capsys.readouterr()
    assert main(list(args)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def japanese_study(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A Japanese MIPEX-local project with a document, a case, a coded passage, a charted
    cell, a memo and a score series of its own ("My index"), made with the verbs."""
    study = str(tmp_path / "ja.fqda")
    document = tmp_path / "浜松市計画.txt"
    document.write_text(TEXT, encoding="utf-8")
    scores = tmp_path / "mine.csv"
    scores.write_text("series,theme,score\nMy index,教育,12.5\nMy index,政治参加,40\n", "utf-8")
    for verb in (
        ["new", study, "--framework", "mipex-local", "--language", "ja", "--name", "三都市"],
        ["import", study, str(document)],
        ["case", "add", study, "浜松市"],
        ["case", "assign", study, "浜松市", document.name],
        ["code", study, "--document", document.name, "--start", "4", "--end", "11", *CODE],
        ["cell", study, "--case", "浜松市", *CELL],
        ["memo", "set", study, "--case", "浜松市", "--text", "政令指定都市", "--coder", "花子"],
        ["scores", "import", study, str(scores)],
    ):
        said(capsys, *verb)
    return study


def listings(capsys: pytest.CaptureFixture[str], project: str) -> dict[str, str]:
    """The CLI's own listings of what a project holds, and ``info``'s figures."""
    shown = {" ".join(verb): said(capsys, *verb, project) for verb in LISTINGS}
    info = said(capsys, "info", project).splitlines()
    shown["info"] = "\n".join(line for line in info if not line.startswith(("location", " ")))
    return shown


def copy_line(capsys: pytest.CaptureFixture[str], project: str, destination: str) -> list[str]:
    """The ``new`` that ``info`` says makes a project to copy this one into, for DEST."""
    lines = said(capsys, "info", project).splitlines()
    new = next(line for line in lines if line.startswith("copy with"))
    words = shlex.split(new.removeprefix("copy with"))
    assert words[:3] == ["frameworkqda", "new", "DEST"]
    return ["new", destination, *words[3:]]


def move(capsys: pytest.CaptureFixture[str], source: str, destination: str) -> list[str]:
    """The documented move: the ``new`` line ``info`` gives, then ``merge``; its report."""
    said(capsys, *copy_line(capsys, source, destination))
    return said(capsys, "merge", destination, source).splitlines()


def test_info_names_the_language_coders_series_and_the_line_to_copy_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study = japanese_study(tmp_path, capsys)
    rows = dict(line.split("  ", 1) for line in said(capsys, "info", study).splitlines())
    assert rows["language"].strip() == "ja"
    assert rows["coders"].strip() == f"{getpass.getuser()}, 花子"  # who imported, who coded
    assert rows["scores"].strip() == (
        "MIPEX 2015 Japan (5 themes), MIPEX 2020 Japan (5 themes), My index (2 themes)"
    )
    assert rows["copy with"].strip() == (
        "frameworkqda new DEST --framework mipex-local --language ja --name '三都市'"
    )  # quoted as a shell quotes: a title may hold spaces
    assert copy_line(capsys, study, "x.fqda") == [
        "new", "x.fqda", "--framework", "mipex-local", "--language", "ja", "--name", "三都市",
    ]  # fmt: skip


@pytest.mark.postgres
def test_a_japanese_project_moved_to_the_server_and_back_is_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], postgres_url: str
) -> None:
    study = japanese_study(tmp_path, capsys)
    before = listings(capsys, study)
    there = move(capsys, study, postgres_url)
    assert there[1:] == [
        "matched: 39 codes, 10 scores",
        "added: 2 coders, 1 case, 1 document, 2 scores, 1 segment, 1 chart cell, "
        "1 coder charting, 1 memo",
        "conflicts: none",
        "skipped: nothing",
    ]
    back = str(tmp_path / "back.fqda")
    assert move(capsys, postgres_url, back)[1:] == there[1:]
    assert listings(capsys, postgres_url) == before
    assert listings(capsys, back) == before
    assert "My index,教育,12.5" in before["scores list"]


def test_a_copy_made_in_english_warns_first_that_no_code_matched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study = japanese_study(tmp_path, capsys)
    english = str(tmp_path / "en.fqda")
    said(capsys, "new", english, "--framework", "mipex-local")
    report = said(capsys, "merge", english, study).splitlines()
    assert report[0] == (
        "WARNING: no code matched: this project's codebook is English, ja.fqda's is Japanese, "
        "so its 39 codes were added beside this project's. To copy a project, make the new "
        "one with 'frameworkqda new --language ja' (the line 'frameworkqda info' shows for it)"
    )
    assert report[2] == "matched: nothing"


def test_no_code_matched_in_the_same_language_warns_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study = japanese_study(tmp_path, capsys)
    other = str(tmp_path / "own.fqda")
    codebook = tmp_path / "codebook.csv"
    codebook.write_text("path,definition,colour\n住宅/公営住宅,,\n", encoding="utf-8")
    said(capsys, "new", other, "--language", "ja")
    said(capsys, "codebook", "import", other, str(codebook))
    report = said(capsys, "merge", other, study).splitlines()
    assert report[0].startswith(
        "WARNING: no code matched: none of ja.fqda's 39 codes has a name this project's "
        "codebook has"
    )
    # a project with no codes yet (the empty template) takes the codebook without a word
    empty = str(tmp_path / "empty.fqda")
    said(capsys, "new", empty, "--language", "ja")
    assert said(capsys, "merge", empty, study).startswith("merged ")


def test_a_template_score_changed_is_reported_and_the_listing_carries_it_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study = japanese_study(tmp_path, capsys)
    changed = tmp_path / "changed.csv"
    changed.write_text("series,theme,score\nMIPEX 2015 Japan,教育,30\n", encoding="utf-8")
    said(capsys, "scores", "import", study, str(changed))
    copy = str(tmp_path / "copy.fqda")
    said(capsys, "new", copy, "--framework", "mipex-local", "--language", "ja")
    report = said(capsys, "merge", copy, study).splitlines()
    assert report[report.index("skipped (1):") + 1 :] == [
        "  - score series 'MIPEX 2015 Japan', theme '教育': 21 here, 30 in ja.fqda "
        "(this project's kept)"
    ]
    assert "My index,政治参加,40" in said(capsys, "scores", "list", copy)
    # docs/server-setup.md: the source's listing, imported, makes the copy's scores its own
    (tmp_path / "scores.csv").write_text(said(capsys, "scores", "list", study), "utf-8")
    said(capsys, "scores", "import", copy, str(tmp_path / "scores.csv"))
    assert said(capsys, "scores", "list", copy) == said(capsys, "scores", "list", study)
    assert said(capsys, "merge", copy, study).splitlines()[-1] == "skipped: nothing"


@pytest.mark.postgres
def test_merging_into_an_empty_database_says_to_make_the_project_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], postgres_url: str
) -> None:
    study = japanese_study(tmp_path, capsys)
    assert main(["merge", postgres_url, study]) == 1
    error = capsys.readouterr().err
    assert "this database is empty: make a project in it first with 'frameworkqda new " in error
    assert "'frameworkqda info' shows" in error
