"""``autocode --unit``: the sentence by default, or the hit, or the paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from frameworkqda.cli import main
from frameworkqda.core import review
from frameworkqda.core.store import open_project

TEXT = (
    "𠮷田町の日本語教室は、日本の外国人市民に開かれている。次の文。\n"
    "The city teaches Japan's language. It is free!\n"
)
CODE = "Education/Japanese-language education"


def _coded(project: str) -> list[str]:
    with open_project(project) as opened:
        return [row.text for row in review.segment_rows(opened)]


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        (None, ["𠮷田町の日本語教室は、日本の外国人市民に開かれている。",
                "The city teaches Japan's language."]),
        ("hit", ["日本", "日本", "Japan"]),
        ("paragraph", TEXT.splitlines()),
    ],
)  # fmt: skip
def test_autocode_unit(
    tmp_path: Path, unit: str | None, expected: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    project = str(tmp_path / "units.fqda")
    source = tmp_path / "plan.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["new", project, "--framework", "mipex-local"]) == 0
    assert main(["import", project, str(source)]) == 0
    extra = [] if unit is None else ["--unit", unit]
    term = ["--term", "日本|japan", "--regex"]
    assert main(["autocode", project, *term, "--code", CODE, *extra]) == 0
    assert sorted(_coded(project)) == sorted(expected)
    noun = unit or "sentence"
    assert f"coded {len(expected)} {noun}s" in capsys.readouterr().out
