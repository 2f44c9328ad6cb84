"""One rule across the verbs: how a code, a document and a group's cases are named, options
that cannot apply refused, and bad rows of every CSV reported one way."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from frameworkqda.cli import build_parser, main
from frameworkqda.core import codebook, model
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.store import open_project

CONSULTATION = "Anti-discrimination/Consultation service"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def header(csv_text: str) -> list[str]:
    return next(csv.reader(io.StringIO(csv_text)))


def segment_count(location: str) -> int:
    with open_project(location) as project, project.session() as session:
        return len(session.scalars(select(model.Segment.id)).all())


def document_id(location: str) -> int:
    with open_project(location) as project, project.session() as session:
        found = session.scalar(select(model.Document.id).where(model.Document.name == "memo.txt"))
        assert found is not None
        return found


# -- codes: a name is one whatever its letter case, for every verb -----------------------------


def test_a_code_path_in_other_letter_case_is_that_code_for_every_verb(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(
        capsys, "code", study, "--document", "memo.txt", "--start", "0", "--end", "3",
        "--code", CONSULTATION.upper(),
    )  # fmt: skip
    assert (status, err) == (0, "")  # it said: no code at path “ANTI-DISCRIMINATION/…”
    assert segment_count(study) == 1
    status, _, err = run(
        capsys, "cell", study, "--case", "Hamamatsu", "--code", CONSULTATION.lower(),
        "--value", "Yes",
    )  # fmt: skip
    assert (status, err) == (0, "")


def test_codes_differing_only_in_letter_case_cannot_stand_side_by_side(study: str) -> None:
    """What the app does when such a code is added (so the lookup above is never ambiguous),
    also beyond ASCII, which SQLite's lower() did not fold."""
    with open_project(study) as project, project.session() as session:
        theme = codebook.add_code_in(session, "Ärzte")
        with pytest.raises(ValidationError, match="already exists at this level"):
            codebook.add_code_in(session, "ärzte")
        with pytest.raises(ValidationError, match="already exists at this level"):
            codebook.add_code_in(session, "history", parent_id=theme)
            codebook.add_code_in(session, "HISTORY", parent_id=theme)


def test_codebook_import_refuses_two_rows_naming_one_code_and_says_each_row(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    twice = tmp_path / "twice.csv"
    twice.write_text(
        "path,description\nHistory/m,first\nHistory/n,\nhistory/m,second\nHistory/n,\n",
        encoding="utf-8",
    )
    status, out, err = run(capsys, "codebook", "import", study, str(twice))
    # it said "3 codes added, 0 updated": row 4 merged into row 2 without a word
    assert status == 1 and out == ""
    assert err.splitlines() == [
        f"frameworkqda: {twice}: 2 bad rows, nothing written",
        "row 4: “history/m” is the code “History/m” of row 2: codes whose names differ only in "
        "letter case are one code",
        "row 5: the same code as row 3",
    ]
    with (
        open_project(study) as project,
        project.session() as session,
        pytest.raises(NotFoundError, match="no code at path"),
    ):
        codebook.resolve(session, "History")  # nothing written

    once = tmp_path / "once.csv"
    once.write_text("path,description\nHistory/m,first\n", encoding="utf-8")
    assert run(capsys, "codebook", "import", study, str(once))[0] == 0
    other_case = tmp_path / "other-case.csv"
    other_case.write_text("path,description\nhistory/m,second\nHISTORY/new,\n", encoding="utf-8")
    status, out, err = run(capsys, "codebook", "import", study, str(other_case))
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        f"imported {other_case}: 1 code added, 1 updated",
        "row 2: “history/m” taken as the code “History/m” (letter case aside)",
        "row 3: “HISTORY/new” taken as the code “History/new” (letter case aside)",
    ]
    with open_project(study) as project, project.session() as session:
        code = session.get(model.Code, codebook.resolve(session, "History/m"))
        assert code is not None and code.definition == "second"


def test_scores_name_a_theme_in_any_letter_case(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "scores.csv"
    source.write_text("series,theme,score\nS,health,50\nS,HEALTH,51\n", encoding="utf-8")
    status, _, err = run(capsys, "scores", "import", study, str(source))
    assert status == 1
    assert err.splitlines()[1:] == ["row 3: S / HEALTH already given in row 2"]
    source.write_text("series,theme,score\nS,health,50\n", encoding="utf-8")
    assert run(capsys, "scores", "import", study, str(source))[:3] == (
        0,
        "imported 1 score in 1 series\n",
        "",
    )


# -- documents: by name, else by id, for every verb ---------------------------------------------


def test_every_verb_that_takes_a_document_takes_its_id(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = str(document_id(study))
    status, out, err = run(capsys, "text", study, number)
    assert status == 0 and out.startswith("浜松市")
    status, _, err = run(
        capsys, "code", study, "--document", number, "--start", "0", "--end", "3",
        "--code", CONSULTATION,
    )  # fmt: skip
    assert (status, err) == (0, "")  # it said: no document named “1”
    status, _, err = run(capsys, "case", "assign", study, "Hamamatsu", number)
    assert (status, err) == (0, "")
    status, out, err = run(
        capsys, "autocode", study, "--term", "相談", "--code", CONSULTATION, "--document", number
    )
    assert (status, err) == (0, "")
    assert out == (  # it quoted '相談'; [0, 3) coded above grew to the sentence
        f"coded 0 sentences with “相談” as {CONSULTATION}; "
        "1 hit already coded (1 passage extended to cover its sentence)\n"
    )
    rows = tmp_path / "segments.csv"
    rows.write_text(f"document,start,end,code\n{number},5,8,{CONSULTATION}\n", encoding="utf-8")
    status, _, err = run(capsys, "code", study, "--from", str(rows))
    assert (status, err) == (0, "")
    status, _, err = run(capsys, "case", "assign", study, "Hamamatsu", "999")
    assert status == 1 and "no document named “999”" in err


def test_a_number_that_is_one_documents_name_and_anothers_id_is_refused(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    memo = document_id(study)
    other = tmp_path / "plan.txt"
    other.write_text("川崎市の計画。", encoding="utf-8")
    assert run(capsys, "import", study, str(other))[0] == 0
    with open_project(study) as project, project.session() as session:
        plan = session.scalar(select(model.Document.id).where(model.Document.name == "plan.txt"))
    assert run(capsys, "document", "rename", study, "plan.txt", str(memo))[0] == 0
    status, out, err = run(capsys, "text", study, str(memo))
    assert (status, out) == (1, "")  # it printed the renamed plan, not memo.txt, without a word
    assert err.rstrip().endswith(
        f"“{memo}” is the name of one document and the id of another (“memo.txt”): "
        f"give id:{plan} for the one named “{memo}”, id:{memo} for “memo.txt”"
    )
    assert run(capsys, "text", study, f"id:{memo}")[1].startswith("浜松市")
    assert run(capsys, "text", study, f"id:{plan}")[1] == "川崎市の計画。\n"
    status, _, err = run(capsys, "text", study, "id:999")
    assert status == 1 and "no document has the id 999" in err
    rows = tmp_path / "segments.csv"  # code --from reads its rows by the same rule
    rows.write_text(
        f"document,start,end,code\n{memo},0,3,{CONSULTATION}\nid:{memo},0,3,{CONSULTATION}\n",
        encoding="utf-8",
    )
    status, _, err = run(capsys, "code", study, "--from", str(rows))
    assert status == 1 and f"row 2: “{memo}” is the name of one document" in err
    assert "row 3" not in err


def test_a_mistyped_code_or_document_is_said_with_what_was_meant(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["code", study, "--start", "0", "--end", "3"]
    status, _, err = run(capsys, *base, "--document", "memo.txt", "--code", "consultation service")
    assert status == 1
    assert err.rstrip().endswith(  # the measures of that name, whatever their theme
        f"no code at path “consultation service”; did you mean “{CONSULTATION}” or "
        "“Education/Consultation service”?"
    ), err
    typed = "anti-discrimination/consultation servce"
    status, _, err = run(capsys, *base, "--document", "memo.txt", "--code", typed)
    assert status == 1
    assert err.rstrip().endswith(f"no code at path “{typed}”; did you mean “{CONSULTATION}”?")
    status, _, err = run(capsys, *base, "--document", "memo.txt", "--code", "Weather")
    assert status == 1 and err.rstrip().endswith("no code at path “Weather”")
    status, _, err = run(capsys, *base, "--document", "memo.tx", "--code", CONSULTATION)
    assert status == 1
    assert err.rstrip().endswith("no document named “memo.tx”; did you mean “memo.txt”?")
    assert segment_count(study) == 0


def test_case_list_help_says_what_it_prints() -> None:
    parser = build_parser()
    case = parser._subparsers._group_actions[0].choices["case"]  # type: ignore[union-attr]
    listed = case._subparsers._group_actions[0].choices["list"]  # type: ignore[union-attr]
    description = listed.description or ""
    assert "documents" in description and "how many" in description
    assert "attributes" in description


# -- options that cannot apply are refused ------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (["--value", "Yes", "--clear-value"], "give --value or --clear-value, not both"),
        (["--value", "Yes", "--draft-language", "ja"], "give it with --draft"),
    ],
)
def test_cell_refuses_options_that_contradict(
    study: str, capsys: pytest.CaptureFixture[str], options: list[str], said: str
) -> None:
    base = ["cell", study, "--case", "Hamamatsu", "--code", CONSULTATION]
    status, out, err = run(capsys, *base, *options)
    assert status == 1 and out == "" and said in err
    status, out, _ = run(capsys, *base, "--show")
    assert out == "version 0 · no cell yet\n"  # nothing was written


def test_draft_after_summary_says_the_summary_came_from_this_command(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["cell", study, "--case", "Hamamatsu", "--code", CONSULTATION]
    status, out, _ = run(capsys, *base, "--summary", "x", "--draft")
    assert status == 0
    # it said "summary kept: the cell has one already", though the cell had none before
    assert out.splitlines()[0] == (
        "nothing drafted: --summary gave the cell its summary (a draft never replaces it)"
    )
    status, out, _ = run(capsys, *base, "--draft")
    assert out.splitlines()[0].startswith("summary kept: the cell has one already")


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (["--view", "counts", "--summaries"], "--summaries: --view counts writes no cells"),
        (["--group-label", "Two"], "--group-label names the group column: give it with --group"),
        (["--view", "counts", "--scores", "S"], "--scores: --view counts writes no ranks"),
        (["--scores", "S"], "--scores: CSV's cells view writes no ranks"),
        (["--group", "Hamamatsu"], "--group: CSV's cells view writes no counts nor ranks"),
    ],
)
def test_matrix_refuses_options_its_view_does_not_show(
    study: str, capsys: pytest.CaptureFixture[str], options: list[str], said: str
) -> None:
    status, out, err = run(capsys, "matrix", study, *options)
    assert status == 1 and out == ""
    assert said in err


def test_matrix_group_in_an_xlsx_cells_view_is_kept(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """XLSX, DOCX and HTML write the counts and ranks with the cells: the group is shown."""
    target = tmp_path / "m.xlsx"
    assert run(capsys, "matrix", study, "--group", "Hamamatsu", "-o", str(target))[0] == 0


# -- a group names cases whose names hold a comma ---------------------------------------------


def test_matrix_group_names_a_case_with_a_comma(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("浜松市, 静岡県", "川崎市"):
        assert run(capsys, "case", "add", study, name)[0] == 0
    counts = ["matrix", study, "--view", "counts"]
    status, out, err = run(capsys, *counts, "--group", "浜松市, 静岡県", "--group", "川崎市")
    assert (status, err) == (0, "")  # it said: no case named “浜松市”, “静岡県”
    assert header(out)[-1] == "Average of 浜松市, 静岡県, 川崎市"
    # one value naming a case whole is that case; the comma form for several still works
    status, out, err = run(capsys, *counts, "--group", "浜松市, 静岡県")
    assert (status, err) == (0, "")
    assert header(out)[-1] == "Average of 浜松市, 静岡県"
    status, out, err = run(capsys, *counts, "--group", "Hamamatsu,川崎市")
    assert (status, err) == (0, "")
    assert header(out)[-1] == "Average of Hamamatsu, 川崎市"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["code", "--note", "n"], "give --from or --note, not both"),
        (["code", "--translation", "t"], "give --from or --translation, not both"),
        (["cell", "--draft-language", "ja"], "give it with --draft"),
        (["cell", "--show"], "--show and --if-version are for one cell"),
        (["cell", "--if-version", "0"], "--show and --if-version are for one cell"),
    ],
)
def test_from_a_file_refuses_options_for_one_row(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    """The file's rows carry these (or nothing does): they were dropped without a word."""
    rows = tmp_path / "rows.csv"
    if argv[0] == "code":
        rows.write_text(f"document,start,end,code\nmemo.txt,0,3,{CONSULTATION}\n", "utf-8")
    else:
        rows.write_text(f"case,code,value\nHamamatsu,{CONSULTATION},Yes\n", "utf-8")
    status, out, err = run(capsys, argv[0], study, "--from", str(rows), *argv[1:])
    assert status == 1 and out == "" and said in err
    assert segment_count(study) == 0


def test_a_path_naming_several_codes_is_refused_not_one_taken_at_random(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A REFI-QDA project may bring codes of one name (or names differing in case): a verb
    given that path took the last one without a word."""
    with open_project(study) as project, project.transaction() as session:
        for name in ("Ärzte", "ärzte"):  # as the REFI-QDA import adds codes, unchecked
            session.add(model.Code(name=name, parent_id=None, definition="", colour="#aabbcc"))
    base = ["code", study, "--document", "memo.txt", "--start", "0", "--end", "3"]
    status, _, err = run(capsys, *base, "--code", "ÄRZTE")
    assert status == 1
    assert "code path “ÄRZTE” names 2 codes whose names differ at most in letter case" in err
    assert run(capsys, *base, "--code", "Ärzte")[0] == 0  # written exactly, it is one
