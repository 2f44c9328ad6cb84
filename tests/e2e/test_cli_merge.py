"""``frameworkqda merge TARGET OTHER`` in a real process: the summary, twice, and a clear error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.core.test_merge import build_other, build_target
from tests.e2e.test_cli_startup import loaded


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "frameworkqda", *args], capture_output=True, text=True, timeout=120
    )


def test_merge_prints_the_summary_and_a_second_merge_adds_nothing(tmp_path: Path) -> None:
    target = tmp_path / "alice.fqda"
    build_target(str(target)).close()
    other = build_other(tmp_path / "carol.fqda")

    first = run("merge", str(target), str(other))
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0] == f"merged {other} into {target}"
    assert lines[2] == (
        "added: 1 coder, 1 case, 1 attribute value, 1 document, 1 code, 3 segments, "
        "3 coder chartings, 1 chart cell, 1 memo"
    )  # carol's two cells and bob's (the builder's cells have no chartings of their own)
    assert lines[3] == "conflicts (1):"
    assert lines[4] == (
        "  - cell Tokyo × Information/Multilingual: Yes here, No in carol.fqda "
        "(both kept: theirs as carol's charting)"
    )

    second = run("merge", str(target), str(other))
    assert second.returncode == 0, second.stderr
    assert "added: nothing" in second.stdout.splitlines()


def test_a_missing_other_is_one_clear_line(tmp_path: Path) -> None:
    target = tmp_path / "alice.fqda"
    build_target(str(target)).close()
    result = run("merge", str(target), str(tmp_path / "nowhere.fqda"))
    assert result.returncode == 1
    assert (
        result.stderr.strip() == f"frameworkqda: {tmp_path / 'nowhere.fqda'}: no such project file"
    )


def test_merge_help_stays_light() -> None:
    assert loaded("merge", "--help") == set()
