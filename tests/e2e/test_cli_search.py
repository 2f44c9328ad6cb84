"""``frameworkqda search``: every hit of a term, as the Search view finds them, one
tab-separated line a hit; and ``--whole-words`` there and on ``autocode``."""

from __future__ import annotations

from pathlib import Path

import pytest

from frameworkqda.cli import main
from frameworkqda.core import review
from frameworkqda.core.store import open_project

TEXT = "The other plan: there the city's theme is the 共生. 外国人市民の相談窓口。\n"
CODE = "Education/Japanese-language education"


@pytest.fixture
def project(tmp_path: Path) -> str:
    path = str(tmp_path / "search.fqda")
    source = tmp_path / "plan.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["new", path, "--framework", "mipex-local"]) == 0
    assert main(["import", path, str(source), "--case", "Hamamatsu"]) == 0
    return path


def _lines(capsys: pytest.CaptureFixture[str]) -> tuple[list[list[str]], str]:
    out, err = capsys.readouterr()
    return [line.split("\t") for line in out.splitlines()], err


def test_search_prints_each_hit_with_its_place_and_context(
    project: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Offsets as ``code`` takes them, 40 characters of context each side (the Search view's),
    the line break in the context as a space."""
    capsys.readouterr()
    assert main(["search", project, "市"]) == 0
    rows, err = _lines(capsys)
    start = TEXT.index("市民")
    assert rows == [["plan.txt", "Hamamatsu", str(start), str(start + 1),
                     TEXT[start - 40 : start], "市", "民の相談窓口。"]]  # fmt: skip
    assert "1 hit in 1 document" in err


def test_whole_words_leaves_out_the_longer_words(
    project: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["search", project, "the"]) == 0
    assert [row[5] for row in _lines(capsys)[0]] == ["The", "the", "the", "the", "the", "the"]
    assert main(["search", project, "the", "--whole-words"]) == 0
    rows, err = _lines(capsys)
    assert [(row[5], int(row[2])) for row in rows] == [
        ("The", 0), ("the", TEXT.index("the city")), ("the", TEXT.index("the 共生"))
    ]  # fmt: skip
    assert "3 hits in 1 document" in err


def test_autocode_whole_words_codes_only_whole_words(
    project: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["autocode", project, "--term", "the", "--code", CODE, "--unit", "hit"]
    assert main([*argv, "--whole-words"]) == 0
    with open_project(project) as opened:
        assert [row.text for row in review.segment_rows(opened)] == ["The", "the", "the"]
    assert "coded 3 hits" in capsys.readouterr().out


def test_search_refuses_a_bad_expression_and_an_unknown_case(
    project: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["search", project, "(", "--regex"]) == 1
    assert "invalid regular expression “(”" in capsys.readouterr().err
    assert main(["search", project, "the", "--case", "Nowhere"]) == 1
    assert "no case named “Nowhere”" in capsys.readouterr().err
