"""One case whatever the letter case, spacing or Unicode composition of its name: ``import
--case osaka`` beside "Osaka" made a fifth column of the matrix, ``case add "Japan  (national)"``
a second case beside "Japan (national)", both silently."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import insert

from frameworkqda.cli import main
from frameworkqda.core import tables
from frameworkqda.core.cases import list_cases
from frameworkqda.core.store import open_project
from tests.e2e.test_cli_bulk import CONSULTATION, HEALTH_INFO, write_csv


def _cases(location: str) -> list[tuple[str, tuple[str, ...]]]:
    with open_project(location) as project:
        return [(case.name, case.documents) for case in list_cases(project)]


def test_import_case_of_another_letter_case_goes_to_the_case_there(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "osaka.txt"
    source.write_text("大阪市の多文化共生。\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", study, str(source), "--case", "  hamamatsu "]) == 0
    assert "note: assigned to case “Hamamatsu”" in capsys.readouterr().out
    assert _cases(study) == [("Hamamatsu", ("osaka.txt",))]
    second = tmp_path / "kobe.txt"
    second.write_text("神戸市。\n", encoding="utf-8")
    assert main(["import", study, str(second), "--case", "Hamamatsu"]) == 0
    assert "note:" not in capsys.readouterr().out  # typed as it is: nothing to say
    assert main(["import", study, str(source), "--case", "HAMAMATSU"]) == 0  # a duplicate
    assert "not moved" not in capsys.readouterr().out  # it is in that case
    third = tmp_path / "kyoto.txt"
    third.write_text("京都市。\n", encoding="utf-8")
    assert main(["import", study, str(third), "--case", "Kyoto \n City"]) == 0
    assert _cases(study)[-1] == ("Kyoto City", ("kyoto.txt",))  # stored with one space


def test_case_add_and_rename_refuse_a_name_differing_only_in_case_or_spacing(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["case", "add", study, "Japan (national)"]) == 0
    capsys.readouterr()
    assert main(["case", "add", study, "Japan  (national) "]) == 0  # the same name, spaced
    assert capsys.readouterr().out == "already present: case Japan (national)\n"
    assert main(["case", "add", study, "japan (NATIONAL)"]) == 1
    assert capsys.readouterr().err.strip() == (
        "frameworkqda: a case named “Japan (national)” already exists; case names differing "
        "only in letter case or spacing are one case"
    )
    assert main(["case", "add", study, "Kobe\t\tCity"]) == 0
    assert main(["case", "rename", study, "kobe city", "HAMAMATSU"]) == 1
    assert "a case named “Hamamatsu” already exists" in capsys.readouterr().err
    capsys.readouterr()
    assert main(["case", "rename", study, "kobe  city", "Kobe  city"]) == 0  # its own case
    assert capsys.readouterr().out == "renamed case Kobe City to Kobe city\n"
    assert [name for name, _ in _cases(study)] == ["Hamamatsu", "Japan (national)", "Kobe city"]


def test_every_verb_finds_a_case_whatever_its_letter_case(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    decomposed = unicodedata.normalize("NFD", "Kōbe")
    assert main(["case", "add", study, decomposed]) == 0
    assert _cases(study)[-1][0] == "Kōbe"  # stored composed
    capsys.readouterr()
    assert main(["case", "set", study, "hamamatsu", "Population", "790718"]) == 0
    assert main(["case", "set", study, "KŌBE", "Population", "1500000"]) == 0
    assert main(["case", "assign", study, "HAMAMATSU", "memo.txt"]) == 0
    assert capsys.readouterr().out.splitlines() == [  # each names the case as it is stored
        "set Population of Hamamatsu (new attribute, kind integer)",
        "set Population of Kōbe",
        "assigned 1 document to Hamamatsu",
    ]
    argv = ["cell", study, "--case", "hamamatsu ", "--code", HEALTH_INFO, "--value", "Yes"]
    assert main(argv) == 0
    rows = [["case", "code", "summary"], [" kōbe", HEALTH_INFO, "多言語"]]
    assert main(["cell", study, "--from", str(write_csv(tmp_path / "c.csv", rows))]) == 0
    capsys.readouterr()
    assert main(["case", "list", study]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Hamamatsu\t1 document\tPopulation=790718",
        "Kōbe\t0 documents\tPopulation=1500000",
    ]
    assert main(["case", "delete", study, "kōbe"]) == 0
    assert [name for name, _ in _cases(study)] == ["Hamamatsu"]


def test_two_such_cases_of_an_older_project_are_named_not_merged(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_project(study) as project, project.begin() as connection:
        connection.execute(insert(tables.cases).values(name="hamamatsu", position=5))
    capsys.readouterr()
    assert main(["case", "set", study, "HAMAMATSU", "Region", "Chūbu"]) == 1
    assert capsys.readouterr().err.strip() == (
        "frameworkqda: “HAMAMATSU” names 2 cases whose names differ only in letter case or "
        "spacing: “Hamamatsu”, “hamamatsu”; rename all but one"
    )
    assert main(["case", "set", study, "hamamatsu", "Region", "Chūbu"]) == 0  # exactly so
    assert main(["import", study, "x.txt", "--case", "HAMAMATSU"]) == 1
    assert "names 2 cases" in capsys.readouterr().err
    assert main(["case", "rename", study, "hamamatsu", "Hamamatsu (old)"]) == 0
    assert [name for name, _ in _cases(study)] == ["Hamamatsu", "Hamamatsu (old)"]


def test_case_delete_says_what_went_with_the_case(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It printed only "deleted case Osaka" while its charted cells went and its documents
    were left in no case; ``document delete`` says how many passages went."""
    other = tmp_path / "plan.txt"
    other.write_text("浜松市の計画。\n", encoding="utf-8")
    assert main(["import", study, str(other)]) == 0
    assert main(["case", "assign", study, "Hamamatsu", "memo.txt", "plan.txt"]) == 0
    cell = ["cell", study, "--case", "Hamamatsu"]
    assert main([*cell, "--code", HEALTH_INFO, "--value", "Yes", "--summary", "多言語の案内"]) == 0
    assert main([*cell, "--code", CONSULTATION, "--value", "Partially"]) == 0
    assert main(["memo", "set", study, "--case", "Hamamatsu", "--text", "政令市"]) == 0
    assert main(["case", "add", study, "Kobe"]) == 0
    capsys.readouterr()
    assert main(["case", "delete", study, "hamamatsu", "--coder", "Taro"]) == 0
    assert capsys.readouterr().out == (
        "deleted case Hamamatsu with 2 chart cells (2 with a value, 1 with a summary) and "
        "1 memo; 2 documents (memo.txt, plan.txt) now in no case\n"
    )
    assert main(["case", "delete", study, "Kobe"]) == 0
    assert capsys.readouterr().out == "deleted case Kobe with no chart cells\n"
    assert main(["deletions", study, "--format", "table"]) == 0  # the log names case and coder
    assert capsys.readouterr().out.splitlines()[2].split()[:3] == ["Case", "Hamamatsu", "Taro"]


def test_merge_takes_another_copys_case_of_other_letter_case_as_ours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours, theirs = str(tmp_path / "a.fqda"), str(tmp_path / "b.fqda")
    for project, names in ((ours, ["Osaka"]), (theirs, ["osaka", "Kobe"])):
        assert main(["new", project, "--framework", "empty"]) == 0
        for name in names:
            assert main(["case", "add", project, name]) == 0
    capsys.readouterr()
    assert main(["merge", ours, theirs]) == 0
    assert "matched: 1 coder, 1 case\nadded: 1 case\n" in capsys.readouterr().out
    assert [name for name, _ in _cases(ours)] == ["Osaka", "Kobe"]
