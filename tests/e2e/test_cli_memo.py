"""``frameworkqda memo list|show|set``, ``segments`` and ``uncode``: memos and coded passages
from the command line (there was no verb to read or write a memo, to list the passages coded
at a code, nor to remove one), through the CLI entry on real projects."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from frameworkqda.cli import main
from frameworkqda.core import memos, model
from frameworkqda.core.commands import AddFreeMemo, SetMemo
from frameworkqda.core.store import open_project
from tests.e2e.conftest import without_updated

CODE = "Anti-discrimination/Consultation service"
AT = r"\d{4}-\d\d-\d\d \d\d:\d\d"


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


def _segments(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``segments`` with ``argv``: its status, its TSV without the updated column, stderr."""
    code, out, err = _said(capsys, "segments", *argv)
    return code, without_updated(out), err


def test_segments_lists_and_uncode_removes(study: str, capsys: pytest.CaptureFixture[str]) -> None:
    _coded(capsys, study)
    taro = f"memo.txt\t\t\t0\t3\t{CODE}\tTaro\t浜松市\t市の 窓口\t\n"
    hanako = f"memo.txt\t\t\t0\t3\t{CODE}\tHanako\t浜松市\t\t\n"
    scheme = "memo.txt\t\t\t4\t7\tAnti-discrimination/Human rights scheme\tTaro\t多言語\t\t\n"
    assert _segments(capsys, study) == (0, taro + hanako + scheme, "")
    assert _segments(capsys, study, "--code", CODE) == (0, taro + hanako, "")
    # a theme: its measures' passages too; a case: its documents' (memo.txt has none)
    assert _segments(capsys, study, "--code", "Anti-discrimination")[1] == (taro + hanako + scheme)
    assert _segments(capsys, study, "--document", "memo.txt")[1] == taro + hanako + scheme
    assert _segments(capsys, study, "--case", "Hamamatsu") == (0, "", "")

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
    assert _segments(capsys, study) == (0, taro + scheme, "")
    # the one left needs no coder named; a range coded no more is said, exit 1
    assert _said(capsys, *uncode, "--code", CODE)[0] == 0
    code, out, err = _said(capsys, *uncode, "--code", CODE)
    assert (code, out) == (1, "")
    assert err.endswith("no passage [0, 3) is coded with that code\n")
    assert _segments(capsys, study) == (0, scheme, "")


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
    # (one line saying what is missing or too much, not the whole rule: a tester read a
    # paragraph for a passage's memo given without --code)
    code, out, err = _said(capsys, "memo", "show", study, "--start", "3")
    assert (code, out) == (1, "")
    assert err == (
        "frameworkqda: a memo on a coded passage also needs --document NAME, --end N and "
        "--code PATH\n"
    )
    code, out, err = _said(
        capsys,
        *("memo", "set", study, "--document", "memo.txt", "--start", "0", "--end", "3"),
        *("--text", "x"),
    )
    assert (code, out, err) == (
        1,
        "",
        "frameworkqda: a memo on a coded passage also needs --code PATH\n",
    )
    code, out, err = _said(
        capsys, "memo", "show", study, *("--start", "0", "--end", "3", "--case", "Hamamatsu")
    )
    assert (code, out, err) == (
        1,
        "",
        "frameworkqda: a memo on a coded passage also needs --document NAME and --code PATH, "
        "and takes no --case\n",
    )
    code, out, err = _said(
        capsys, "memo", "show", study, "--document", "memo.txt", "--case", "Hamamatsu"
    )
    assert (code, out) == (1, "") and err == (
        "frameworkqda: --document and --case name no memo together: a memo is on a document "
        "(--document), a case (--case), a chart cell (--case with --code) or a coded passage "
        "(--document, --start, --end and --code)\n"
    )
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


def test_free_memos_from_the_command_line(study: str, capsys: pytest.CaptureFixture[str]) -> None:
    """``--free TITLE`` names a free memo (on nothing, titled), which ``memo list`` showed but
    no verb could read, write, make, rename or delete: ``set`` makes one not there yet (as it
    writes a first memo on a case), ``show`` prints it, ``rename`` and ``delete`` are the
    Memos list's, the deletion logged under ``--coder``; a title two memos share is refused,
    each named by its id, and the id then picks one."""
    assert _said(capsys, "memo", "set", study, "--text", "全体の方針") == (
        0,
        "wrote the project memo\n",
        "",
    )
    made = ("memo", "set", study, "--free", " Fieldwork  diary ", "--text", "一日目\n窓口")
    assert _said(capsys, *made, "--coder", "Hanako") == (
        0,
        "made the free memo “Fieldwork diary”\n",
        "",
    )
    assert _said(capsys, "memo", "show", study, "--free", "Fieldwork diary") == (
        0,
        "一日目\n窓口\n",
        "",
    )
    assert _said(capsys, "memo", "show", study) == (0, "全体の方針\n", "")  # apart
    wrote = ("memo", "set", study, "--free", "Fieldwork diary", "--text", "二日目")
    assert _said(capsys, *wrote, "--coder", "Hanako") == (
        0,
        "wrote the free memo “Fieldwork diary”\n",
        "",
    )
    with open_project(study) as project:
        (free,) = [row for row in memos.list_memos(project) if row.target == memos.FREE]
    assert (free.title, free.text, free.author) == ("Fieldwork diary", "二日目", "Hanako")
    listed = _said(capsys, "memo", "list", study)[1].splitlines()
    assert [line.split("\t")[:3] for line in listed] == [
        ["project", "", ""],
        ["free", "", "Fieldwork diary"],
    ]

    # renamed; an unknown title is said, exit 1, nothing made by show, rename or delete
    assert _said(capsys, "memo", "rename", study, "--free", "Fieldwork diary", "浜松 diary") == (
        0,
        "renamed the free memo “Fieldwork diary” to “浜松 diary”\n",
        "",
    )
    for verb in (("show",), ("rename", "--free", "x", "y"), ("delete",)):
        argv = ("memo", verb[0], study, *verb[1:]) + (() if len(verb) > 1 else ("--free", "x"))
        code, out, err = _said(capsys, *argv)
        assert (code, out) == (1, "") and err.endswith(": no free memo titled “x”\n")

    # a second memo with the same title: refused, each named by its id; its id picks it
    assert _said(capsys, "memo", "set", study, "--free", "Ideas", "--text", "compare")[0] == 0
    with open_project(study) as project:
        project.coder_name = "Taro"
        twin = AddFreeMemo("浜松 diary", "別のメモ")
        twin.apply(project)
        first = free.id
    code, out, err = _said(capsys, "memo", "show", study, "--free", "浜松 diary")
    assert (code, out) == (1, "")
    assert re.search(
        f": 2 free memos are titled “浜松 diary”: id {first} \\(Hanako, {AT} UTC: "
        f"“二日目”\\); id {twin.memo_id} \\(Taro, {AT} UTC: “別のメモ”\\); name one by its id\n",
        err,
    )
    assert _said(capsys, "memo", "show", study, "--free", str(twin.memo_id)) == (
        0,
        "別のメモ\n",
        "",
    )

    # deleted: logged under --coder, listed by `deletions`; gone from `memo list`
    assert _said(
        capsys, "memo", "delete", study, "--free", str(twin.memo_id), "--coder", "Aiko"
    ) == (0, "deleted the free memo “浜松 diary”\n", "")
    assert _said(capsys, "memo", "delete", study, "--free", "Ideas", "--coder", "Aiko")[0] == 0
    code, out, err = _said(capsys, "memo", "show", study, "--free", "Ideas")
    assert (code, out) == (1, "")
    assert re.search(
        f": no free memo titled “Ideas”: the free memo “Ideas” was deleted by Aiko at {AT} UTC\n",
        err,
    )
    rows = list(csv.reader(io.StringIO(_said(capsys, "deletions", study, "--format", "csv")[1])))
    assert [(row[0], row[2], row[4]) for row in rows[1:]] == [  # the latest first
        ("memo:free", "Ideas", "Aiko"),
        ("memo:free", "浜松 diary", "Aiko"),
    ]
    assert rows[2][1] == str(twin.memo_id)
    table = _said(capsys, "deletions", study, "--format", "table")[1]
    assert table.count("Free memo") == 2
    assert [
        line.split("\t")[2] for line in _said(capsys, "memo", "list", study)[1].splitlines()
    ] == [
        "",
        "浜松 diary",
    ]

    # --free names a memo alone; delete takes only a free memo
    code, _, err = _said(
        capsys, "memo", "show", study, "--free", "浜松 diary", "--case", "Hamamatsu"
    )
    assert (code, err) == (
        1,
        "frameworkqda: --free names a free memo, on nothing: it takes no --case\n",
    )
    with pytest.raises(SystemExit):
        main(["memo", "delete", study, "--case", "Hamamatsu"])
    capsys.readouterr()
