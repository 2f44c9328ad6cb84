"""``--coder NAME`` on the verbs that record an author: code, autocode and cell."""

from __future__ import annotations

import csv
import io
from fractions import Fraction

import pytest
from sqlalchemy import select

from frameworkqda.cli import main
from frameworkqda.core import model
from frameworkqda.core.agreement import percent
from frameworkqda.core.store import open_project
from tests.e2e.conftest import TEXT

INFO = "Health/Information in multiple languages"


def _segment_coders(location: str) -> list[tuple[int, int, str]]:
    with open_project(location) as project, project.session() as session:
        return [
            tuple(row)  # type: ignore[misc]
            for row in session.execute(
                select(model.Segment.start, model.Segment.end, model.Coder.name)
                .join(model.Coder)
                .order_by(model.Segment.start, model.Coder.name)
            )
        ]


def test_code_as_another_coder_then_compare(study: str, capsys: pytest.CaptureFixture[str]) -> None:
    # without --coder: the login name, or on PostgreSQL the role connected as
    with open_project(study) as project:
        login = project.default_coder_name()
    code = ["code", study, "--document", "memo.txt", "--code", INFO]
    assert main([*code, "--start", "0", "--end", "10"]) == 0
    assert main([*code, "--start", "5", "--end", "15", "--coder", "Taro"]) == 0
    assert _segment_coders(study) == [(0, 10, login), (5, 15, "Taro")]
    capsys.readouterr()

    assert main(["agreement", study, "--coders", f"{login},Taro"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:2] == ["code", "document"]
    row = next(r for r in rows[1:] if r[1] == "memo.txt")
    five = percent(Fraction(5, len(TEXT)))  # both 5..10, A only 0..5, B only 10..15
    assert row[4] == row[6] == row[7] == five


def test_autocode_and_cell_record_the_coder(study: str) -> None:
    assert main(["autocode", study, "--term", "多言語", "--code", INFO, "--coder", "花子"]) == 0
    assert {name for *_, name in _segment_coders(study)} == {"花子"}
    cell = ["cell", study, "--case", "Hamamatsu", "--code", INFO, "--value", "Yes"]
    assert main([*cell, "--coder", "Taro"]) == 0
    with open_project(study) as project, project.session() as session:
        author = session.scalar(
            select(model.Coder.name).join(
                model.ChartCell, model.ChartCell.coder_id == model.Coder.id
            )
        )
    assert author == "Taro"


def test_blank_coder_is_refused(study: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["code", study, "--document", "memo.txt", "--code", INFO, "--start", "0", "--end", "3"]
    assert main([*args, "--coder", " "]) == 1
    assert "--coder needs a name" in capsys.readouterr().err
    assert _segment_coders(study) == []


def test_the_deleting_verbs_record_the_coder_in_the_deletions_log(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`document delete`, `case delete` and `case delete-attribute` take --coder too: the
    project's deletions log (schema 0006) names who deleted what."""
    assert main(["case", "set", study, "Hamamatsu", "Population", "790718"]) == 0
    assert main(["case", "delete-attribute", study, "Population", "--coder", "Aiko"]) == 0
    assert main(["case", "delete", study, "Hamamatsu", "--coder", "愛子"]) == 0
    assert main(["document", "delete", study, "memo.txt", "--coder", "Aiko"]) == 0
    with open_project(study) as project, project.session() as session:
        logged = [
            (row.kind.value, row.name, row.coder)
            for row in session.scalars(select(model.Deletion).order_by(model.Deletion.id))
        ]
    assert logged == [
        ("attribute", "Population", "Aiko"),
        ("case", "Hamamatsu", "愛子"),
        ("document", "memo.txt", "Aiko"),
    ]
    capsys.readouterr()


def _deleted(study: str) -> list[tuple[str, str, str]]:
    with open_project(study) as project, project.session() as session:
        return [
            (row.kind.value, row.name, row.coder)
            for row in session.scalars(select(model.Deletion).order_by(model.Deletion.id))
        ]


def test_uncode_logs_who_removes_the_passage_apart_from_whose_it_was(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`uncode --coder` says whose coding to remove, so its removal was logged under the login
    name whoever ran it. `--coded-by` now says whose, `--as` who removes it (as every other
    verb's --coder); the older `--coder` still means whose, with a deprecation note."""
    with open_project(study) as project:
        login = project.default_coder_name()
    code = ["code", study, "--document", "memo.txt", "--code", INFO]
    # Hanako's second passage apart from her first: coding inside or beside it widens it
    for start, end, coder in (("0", "7", "Hanako"), ("0", "7", "Taro"), ("9", "12", "Hanako")):
        assert main([*code, "--start", start, "--end", end, "--coder", coder]) == 0
    uncode = ["uncode", study, "--document", "memo.txt", "--code", INFO, "--end", "7"]
    capsys.readouterr()
    assert main([*uncode, "--start", "0", "--coded-by", "Hanako", "--as", "Aiko"]) == 0
    assert capsys.readouterr().err == ""
    assert _deleted(study) == [("segment", "浜松市は多言語", "Aiko")]
    assert _segment_coders(study) == [(0, 7, "Taro"), (9, 12, "Hanako")]

    # the older spelling: still whose, the remover the login name, and a note after success
    assert main([*uncode, "--start", "0", "--coder", "Taro"]) == 0
    assert capsys.readouterr().err == (
        "frameworkqda: 'uncode --coder NAME' is deprecated; write 'uncode --coded-by NAME' "
        "(whose coding to remove; --as NAME records who removes it)\n"
    )
    assert _deleted(study)[-1] == ("segment", "浜松市は多言語", login)
    assert main([*uncode, "--start", "4", "--coder", "Taro", "--coded-by", "Taro"]) == 1
    assert "give whose coding once" in capsys.readouterr().err
    assert main([*uncode, "--start", "4", "--as", " "]) == 1
    assert "--as needs a name" in capsys.readouterr().err
    assert _segment_coders(study) == [(9, 12, "Hanako")]
