"""``code --code THEME`` says the theme is not charted in the matrix; ``cell --show`` reads a
read-only file as every reading verb does."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from frameworkqda.cli import main
from frameworkqda.core.store import create_project
from tests import writes

HEALTH_INFO = "Health/Information in multiple languages"


def test_coding_to_a_theme_with_measures_says_the_matrix_charts_its_measures(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The passage was coded without a word, and never showed in the matrix."""
    coded = ["code", study, "--document", "memo.txt", "--start", "0", "--end", "4"]
    assert main([*coded, "--code", "Anti-discrimination"]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said == [
        "coded memo.txt [0, 4) with Anti-discrimination",
        "note: Anti-discrimination is a theme: the framework matrix charts its measures, not "
        "the theme, so this passage is no evidence in the matrix",
    ]
    assert main([*coded[:5], "5", "--end", "9", "--code", HEALTH_INFO]) == 0
    assert capsys.readouterr().out == f"coded memo.txt [5, 9) with {HEALTH_INFO}\n"  # no note


def test_cell_show_reads_a_read_only_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "the file is read-only; copy it or change permissions", exit 1."""
    path = tmp_path / "study.fqda"
    with create_project(path, framework="mipex-local") as project:
        writes.add_case(project, "Hamamatsu")
    cell = ["cell", str(path), "--case", "Hamamatsu", "--code", HEALTH_INFO]
    assert main([*cell, "--value", "Yes", "--summary", "Leaflets in six languages"]) == 0
    capsys.readouterr()
    path.chmod(0o444)  # binding even for root: the file says it is not to be changed
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    try:
        assert main([*cell, "--show"]) == 0, capsys.readouterr().err
        shown = capsys.readouterr().out
        assert shown.startswith("version 1 · Yes · by ")
        assert shown.rstrip().endswith(" · Leaflets in six languages")
        assert main([*cell, "--value", "No"]) == 1  # a change is still refused
        assert "read-only" in capsys.readouterr().err
    finally:
        path.chmod(0o644)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["study.fqda"]  # no -wal, no -shm
