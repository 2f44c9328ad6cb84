"""``frameworkqda memo list|show|set``, ``segments`` and ``uncode``: memos and coded passages
from the command line (there was no verb to read or write a memo, to list the passages coded
at a code, nor to remove one), through the CLI entry on real projects."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from frameworkqda.cli import main
from frameworkqda.core import memos, model
from frameworkqda.core.commands import SetMemo
from frameworkqda.core.store import open_project

CODE = "Anti-discrimination/Consultation service"


def _said(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _coded(capsys: pytest.CaptureFixture[str], study: str) -> None:
    assert (
        _said(
            capsys,
            *("code", study, "--document", "memo.txt", "--start", "0", "--end", "3"),
            *("--code", CODE, "--note", "市の\n窓口", "--coder", "Taro"),
        )[0]
        == 0
    )
    assert (
        _said(
            capsys,
            *("code", study, "--document", "memo.txt", "--start", "0", "--end", "3"),
            *("--code", CODE, "--coder", "Hanako"),
        )[0]
        == 0
    )
    assert (
        _said(
            capsys,
            *("code", study, "--document", "memo.txt", "--start", "4", "--end", "7"),
            *("--code", "Anti-discrimination/Human rights scheme"),
            *("--coder", "Taro"),
        )[0]
        == 0
    )


def test_segments_lists_and_uncode_removes(study: str, capsys: pytest.CaptureFixture[str]) -> None:
    _coded(capsys, study)
    taro = f"memo.txt\t0\t3\t{CODE}\tTaro\t浜松市\t市の 窓口\n"
    hanako = f"memo.txt\t0\t3\t{CODE}\tHanako\t浜松市\t\n"
    scheme = "memo.txt\t4\t7\tAnti-discrimination/Human rights scheme\tTaro\t多言語\t\n"
    assert _said(capsys, "segments", study) == (0, taro + hanako + scheme, "")
    assert _said(capsys, "segments", study, "--code", CODE) == (0, taro + hanako, "")
    # a theme: its measures' passages too; a case: its documents' (memo.txt has none)
    assert _said(capsys, "segments", study, "--code", "Anti-discrimination")[1] == (
        taro + hanako + scheme
    )
    assert _said(capsys, "segments", study, "--document", "memo.txt")[1] == taro + hanako + scheme
    assert _said(capsys, "segments", study, "--case", "Hamamatsu") == (0, "", "")

    # two coders coded [0, 3): uncode asks whose, and writes nothing
    uncode = ("uncode", study, "--document", "memo.txt", "--start", "0", "--end", "3")
    code, out, err = _said(capsys, *uncode, "--code", CODE)
    assert (code, out) == (1, "")
    assert err == (
        "frameworkqda: the passage [0, 3) is coded with that code by “Taro”, “Hanako”; "
        "name the coder (--coded-by)\n"
    )
    assert _said(capsys, *uncode, "--code", CODE, "--coded-by", "Hanako") == (
        0,
        f"uncoded memo.txt [0, 3) from {CODE}\n",
        "",
    )
    assert _said(capsys, "segments", study) == (0, taro + scheme, "")
    # the one left needs no coder named; a range coded no more is said, exit 1
    assert _said(capsys, *uncode, "--code", CODE)[0] == 0
    code, out, err = _said(capsys, *uncode, "--code", CODE)
    assert (code, out) == (1, "")
    assert err.endswith("no passage [0, 3) is coded with that code\n")
    assert _said(capsys, "segments", study) == (0, scheme, "")


def test_memo_set_show_and_list(
    study: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _coded(capsys, study)
    assert _said(capsys, "memo", "set", study, "--text", "全体の方針\n二行目") == (
        0,
        "wrote the project memo\n",
        "",
    )
    assert (
        _said(capsys, "memo", "set", study, "--case", "Hamamatsu", "--text", "Ｈａｍａ desk")[0]
        == 0
    )
    notes = tmp_path / "note.txt"
    notes.write_text("相談窓口の記述\n", encoding="utf-8")
    passage = ("--document", "memo.txt", "--start", "4", "--end", "7")
    assert _said(
        capsys,
        *("memo", "set", study, *passage, "--code", "Anti-discrimination/Human rights scheme"),
        *("--file", str(notes), "--coder", "Hanako"),
    ) == (
        0,
        "wrote the memo on segment “memo.txt [4, 7) Anti-discrimination/Human rights scheme”\n",
        "",
    )
    assert _said(capsys, "memo", "show", study) == (0, "全体の方針\n二行目\n", "")
    assert _said(
        capsys,
        *("memo", "show", study, *passage, "--code", "Anti-discrimination/Human rights scheme"),
    ) == (0, "相談窓口の記述\n", "")

    code, out, _ = _said(capsys, "memo", "list", study)
    lines = [line.split("\t") for line in out.splitlines()]
    assert code == 0
    me = lines[0][3]  # the login name: no --coder given
    assert me and all(len(line) == 6 for line in lines)
    assert [(line[0], line[1], line[3], line[5]) for line in lines] == [
        ("project", "", me, "全体の方針 二行目"),
        ("case", "Hamamatsu", me, "Ｈａｍａ desk"),
        (
            "segment",
            "memo.txt [4, 7) Anti-discrimination/Human rights scheme",
            "Hanako",
            "相談窓口の記述",
        ),
    ]
    # Japanese-aware filter: half-width "hama" finds the full-width Ｈａｍａ (and the case name)
    assert _said(capsys, "memo", "list", study, "--term", "hama DESK")[1].startswith("case\t")
    assert _said(capsys, "memo", "list", study, "--term", "窓口")[1].startswith("segment\t")

    # set is the app's undoable SetMemo: its undo takes the memo back
    with open_project(study) as project:
        command = SetMemo("project", None, "")
        command.apply(project)
        command.revert(project)
        assert memos.memo_text(project, "project") == "全体の方針\n二行目"
    # an empty text empties the memo: it leaves the list
    assert _said(capsys, "memo", "set", study, "--text", "") == (
        0,
        "emptied the project memo\n",
        "",
    )
    assert not _said(capsys, "memo", "list", study)[1].startswith("project")

    # options that name no memo, or a name not there: one line on stderr, exit 1
    code, out, err = _said(capsys, "memo", "show", study, "--start", "3")
    assert (code, out) == (1, "") and err.startswith("frameworkqda: --start name no memo; ")
    code, out, err = _said(capsys, "memo", "show", study, "--case", "Osaka")
    assert (code, out) == (1, "") and err.endswith("no case named “Osaka”\n")
    # uncoding a passage takes its memo along (and only it)
    assert (
        _said(
            capsys,
            *("uncode", study, *passage, "--code", "Anti-discrimination/Human rights scheme"),
        )[0]
        == 0
    )
    with open_project(study) as project, project.session() as session:
        kept = session.execute(select(model.Memo.case_id, model.Memo.segment_id)).all()
        assert sorted(kept, key=str) == [(1, None), (None, None)]  # the case's, the project's


def test_memo_on_a_chart_cell(study: str, capsys: pytest.CaptureFixture[str]) -> None:
    """--case with --code names their chart cell's memo (none charted yet: said, exit 1)."""
    cell = ("--case", "Hamamatsu", "--code", CODE)
    code, out, err = _said(capsys, "memo", "set", study, *cell, "--text", "desk only")
    assert (code, out) == (1, "")
    assert err.endswith(f"no chart cell for case Hamamatsu and code {CODE} yet\n")
    assert _said(capsys, "cell", study, *cell, "--summary", "窓口あり")[0] == 0
    assert _said(capsys, "memo", "set", study, *cell, "--text", "desk only") == (
        0,
        f"wrote the memo on cell “Hamamatsu × {CODE}”\n",
        "",
    )
    assert _said(capsys, "memo", "show", study, *cell) == (0, "desk only\n", "")
    listed = _said(capsys, "memo", "list", study)[1].split("\t")
    assert listed[:2] == ["cell", f"Hamamatsu × {CODE}"] and listed[5] == "desk only\n"
