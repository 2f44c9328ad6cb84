"""A document named by part of its name is said with what was likely meant, in every verb that
takes a document: one lookup (``documents.resolve_document``), one hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from frameworkqda.cli import main

HINT = "no document named “hamamatsu”; did you mean “hamamatsu-plan.txt”?"
PASSAGE = ("--start", "0", "--end", "2", "--code", "Health")


@pytest.fixture
def plans(study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The study with a second document, hamamatsu-plan.txt, beside memo.txt."""
    plan = tmp_path / "hamamatsu-plan.txt"
    plan.write_text("浜松市多文化共生推進計画。\n", encoding="utf-8")
    assert main(["import", study, str(plan)]) == 0
    capsys.readouterr()
    return study


@pytest.mark.parametrize(
    "argv",
    [
        ("text", "{p}", "hamamatsu"),
        ("document", "rename", "{p}", "hamamatsu", "plan.txt"),
        ("document", "delete", "{p}", "hamamatsu"),
        ("case", "assign", "{p}", "Hamamatsu", "hamamatsu"),
        ("code", "{p}", "--document", "hamamatsu", *PASSAGE),
        ("uncode", "{p}", "--document", "hamamatsu", *PASSAGE),
        ("segments", "{p}", "--document", "hamamatsu"),
        ("autocode", "{p}", "--term", "市", "--code", "Health", "--document", "hamamatsu"),
        ("search", "{p}", "市", "--document", "hamamatsu"),
        ("memo", "show", "{p}", "--document", "hamamatsu"),
    ],
)
def test_every_verb_hints_at_a_document_named_by_part_of_its_name(
    plans: str, argv: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([plans if word == "{p}" else word for word in argv]) == 1
    err = capsys.readouterr().err
    assert err.endswith(f"{HINT}\n"), err
    assert len(err.splitlines()) == 1


def test_a_hint_by_part_of_a_name_or_a_near_spelling(
    plans: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    japanese = tmp_path / "浜松市多文化共生推進計画.txt"
    japanese.write_text("外国人市民の相談窓口。\n", encoding="utf-8")
    assert main(["import", plans, str(japanese)]) == 0
    capsys.readouterr()
    assert main(["text", plans, "浜松"]) == 1
    assert capsys.readouterr().err.endswith("did you mean “浜松市多文化共生推進計画.txt”?\n")
    assert main(["text", plans, "memo.tx"]) == 1  # a near spelling, as before
    assert capsys.readouterr().err.endswith("did you mean “memo.txt”?\n")
    assert main(["text", plans, "PLAN"]) == 1  # part of a name, whatever its letter case
    assert capsys.readouterr().err.endswith("did you mean “hamamatsu-plan.txt”?\n")
    assert main(["text", plans, "osaka"]) == 1  # nothing like it: no guess
    assert capsys.readouterr().err.endswith("no document named “osaka”\n")
