"""``frameworkqda deletions``: the project's deletions log listed, as NVivo's and MAXQDA's
project logs list what was deleted, by whom and when (docs/teamwork.md)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from frameworkqda.cli import main
from frameworkqda.core import commands
from frameworkqda.core.codebook import resolve_code
from frameworkqda.core.store import open_project
from tests import writes

MEASURE = "Health/Information in multiple languages"
TARGET = "Health/Medical consultation service"
WHEN = r"\d{4}-\d\d-\d\d \d\d:\d\d"


def _deleted_and_merged(study: str) -> None:
    """Taro deletes the document, 花子 the case and an attribute, Taro merges a measure."""
    assert main(["case", "set", study, "Hamamatsu", "Population", "790718"]) == 0
    assert main(["document", "delete", study, "memo.txt", "--coder", "Taro"]) == 0
    assert main(["case", "delete-attribute", study, "Population", "--coder", "花子"]) == 0
    assert main(["case", "delete", study, "Hamamatsu", "--coder", "花子"]) == 0
    with open_project(study) as project:
        project.coder_name = "Taro"
        commands.MergeCodes(resolve_code(project, MEASURE), resolve_code(project, TARGET)).apply(
            project
        )


def test_deletions_lists_what_was_deleted_by_whom_and_when(
    study: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["deletions", study]) == 0
    assert capsys.readouterr().out == (
        "kind,id,name,merged_into,deleted_by,deleted_at_utc\n"
    )  # nothing deleted yet: the header alone
    _deleted_and_merged(study)
    capsys.readouterr()
    assert main(["deletions", study]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["kind", "id", "name", "merged_into", "deleted_by", "deleted_at_utc"]
    # the latest first; a merged code names the code it went into
    assert [(r[0], r[2], r[3], r[4]) for r in rows[1:]] == [
        ("code", MEASURE, TARGET, "Taro"),
        ("case", "Hamamatsu", "", "花子"),
        ("attribute", "Population", "", "花子"),
        ("document", "memo.txt", "", "Taro"),
    ]
    assert all(re.fullmatch(WHEN + r":\d\d", r[5]) for r in rows[1:])

    assert main(["deletions", study, "--format", "table"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"What +Name +Merged into +By +When \(UTC\)", lines[0])
    assert re.fullmatch(f"Code \\(merged\\) +{MEASURE} +{TARGET} +Taro +{WHEN}", lines[1])
    assert re.fullmatch(f"Case +Hamamatsu +花子 +{WHEN}", lines[2])
    # columns line up, a Japanese name two columns a character as a terminal shows it
    assert lines[2].index("花子") == lines[1].index("Taro")

    target = tmp_path / "deleted.csv"
    assert main(["deletions", study, "-o", str(target)]) == 0
    assert capsys.readouterr().out == f"wrote 4 deletions as csv to {target}\n"
    assert target.read_text(encoding="utf-8-sig").splitlines()[1].startswith("code,")


def test_deletions_since_a_date_and_undone_deletions_left_out(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _deleted_and_merged(study)
    capsys.readouterr()
    assert main(["deletions", study, "--since", "2999-01-01"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "kind,id,name,merged_into,deleted_by,deleted_at_utc"
    ]
    assert main(["deletions", study, "--since", "2000-01-01T09:30"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 5
    assert main(["deletions", study, "--since", "yesterday"]) == 1
    assert "--since takes a date" in capsys.readouterr().err
    # a deletion undone: the item is back, and the list no longer holds it
    with open_project(study) as project:
        stack = commands.UndoStack(project)
        case = writes.add_case(project, "Osaka")
        stack.push(commands.DeleteCase(case))
        assert main(["deletions", study, "--format", "table"]) == 0
        assert "Osaka" in capsys.readouterr().out
        stack.undo()
    assert main(["deletions", study, "--format", "table"]) == 0
    assert "Osaka" not in capsys.readouterr().out
