"""``codebook add/rename/move/define/delete``: stage 2 (the thematic framework) from the
command line, a code at a time, through the codebook editor's own core commands. Each verb's
effect is read back from the stored codebook; each refusal is one line that names the code and
the reason, and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from frameworkqda.cli import main
from frameworkqda.core import codebook
from frameworkqda.core.store import create_project, open_project

Row = tuple[str, str, str, bool]  # path, definition, colour, heading only


def stored(project: str) -> list[Row]:
    """The codebook as the project holds it, in tree order."""
    with open_project(project, read_only=True) as opened:
        return [
            (node.path, node.definition, node.colour, not node.codable)
            for node in codebook.codebook(opened)
        ]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run a verb: its status, what it printed, what it said on stderr."""
    capsys.readouterr()
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    status, out, err = run(capsys, *argv)
    assert status == 0, err
    return out


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """A refusal: status 1, one line on stderr, nothing changed in the codebook."""
    before = stored(argv[2])
    status, out, err = run(capsys, *argv)
    assert (status, out) == (1, ""), err
    assert len(err.splitlines()) == 1 and err.startswith("frameworkqda: "), err
    assert stored(argv[2]) == before
    return err.strip()


@pytest.fixture
def empty(tmp_path: Path) -> str:
    """A SQLite project with no codebook."""
    path = tmp_path / "frame.fqda"
    with create_project(path):
        pass
    return str(path)


def test_a_framework_is_built_and_edited_verb_by_verb(
    project_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # on a SQLite file and on the PostgreSQL server alike
    with create_project(project_location):
        pass
    p = project_location
    said = ok(capsys, "codebook", "add", p, "Education", "--definition", "MIPEX area", "--colour",
              "#1F77B4")  # fmt: skip
    assert said == "added Education\n"
    assert ok(capsys, "codebook", "add", p, "Education/Language support") == (
        "added Education/Language support\n"
    )
    said = ok(capsys, "codebook", "add", p, "Education/Ordinance\\/law", "--heading-only")
    assert said == "added Education/Ordinance\\/law (heading only)\n"
    assert ok(capsys, "codebook", "add", p, "Health") == "added Health\n"
    assert stored(p) == [
        ("Education", "MIPEX area", "#1f77b4", False),
        ("Education/Language support", "", "#1f77b4", False),  # its theme's colour
        ("Education/Ordinance\\/law", "", "#1f77b4", True),
        ("Health", "", "#9e9e9e", False),
    ]

    said = ok(capsys, "codebook", "rename", p, "Education/Language support", "Japanese classes")
    assert said == "renamed Education/Language support to Education/Japanese classes\n"
    said = ok(capsys, "codebook", "move", p, "Education/Japanese classes", "--to", "Health")
    assert said == "moved Education/Japanese classes to Health/Japanese classes\n"
    said = ok(capsys, "codebook", "define", p, "Health/Japanese classes", "Free lessons")
    assert said == "defined Health/Japanese classes\n"
    assert stored(p) == [
        ("Education", "MIPEX area", "#1f77b4", False),
        ("Education/Ordinance\\/law", "", "#1f77b4", True),
        ("Health", "", "#9e9e9e", False),
        ("Health/Japanese classes", "Free lessons", "#1f77b4", False),
    ]

    said = ok(capsys, "codebook", "move", p, "Education/Ordinance/law", "--top")  # unescaped
    assert said == "moved Education/Ordinance\\/law to Ordinance\\/law\n"
    said = ok(capsys, "codebook", "define", p, "Health/Japanese classes", "")
    assert said == "cleared the definition of Health/Japanese classes\n"
    said = ok(capsys, "codebook", "delete", p, "Health")
    assert said == "deleted 2 codes (Health, Health/Japanese classes)\n"
    assert stored(p) == [
        ("Education", "MIPEX area", "#1f77b4", False),
        ("Ordinance\\/law", "", "#1f77b4", True),
    ]


def test_add_needs_the_codes_above_and_run_again_is_already_present(
    empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    err = refused(capsys, "codebook", "add", empty, "Education/Language support")
    assert err.endswith(
        "cannot add “Education/Language support”: no code at path “Education”; "
        "add “Education” first"
    )
    ok(capsys, "codebook", "add", empty, "Education")
    ok(capsys, "codebook", "add", empty, "Education/Language support", "--definition", "JSL")
    before = stored(empty)
    # a script run again: the code as asked is there, in any letter case; nothing written
    for again in (
        ["Education/Language support"],
        ["education/LANGUAGE support", "--definition", "JSL"],
    ):
        said = ok(capsys, "codebook", "add", empty, *again)
        assert said == "already present: Education/Language support\n"
    assert stored(empty) == before
    err = refused(
        capsys, "codebook", "add", empty, "Education/Language support", "--definition", "other"
    )
    assert err == (
        "frameworkqda: cannot add “Education/Language support”: it exists already with "
        "another definition"
    )
    err = refused(capsys, "codebook", "add", empty, "Education/X", "--colour", "red")
    assert err == "frameworkqda: cannot add “Education/X”: colour “red” is not of the form #rrggbb"


def test_rename_move_and_define_refusals_name_the_code_and_the_reason(
    empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in ("Education", "Education/Consultation", "Education/Consultation/Schools",
                 "Health", "Health/Consultation"):  # fmt: skip
        ok(capsys, "codebook", "add", empty, path)
    err = refused(capsys, "codebook", "rename", empty, "Health", "education")
    assert err == (
        "frameworkqda: cannot rename “Health”: a code named “education” already exists at "
        "this level"
    )
    err = refused(capsys, "codebook", "move", empty, "Health/Consultation", "--to", "Education")
    assert err == (
        "frameworkqda: cannot move “Health/Consultation” under “Education”: a code named "
        "“Consultation” already exists at this level"
    )
    err = refused(
        capsys, "codebook", "move", empty, "Education", "--to", "Education/Consultation/Schools"
    )
    assert err == (
        "frameworkqda: cannot move “Education” under “Education/Consultation/Schools”: a code "
        "cannot move under itself or one of its sub-codes"
    )
    err = refused(capsys, "codebook", "move", empty, "Health", "--to", "Labour")
    assert err == (
        f"frameworkqda: {empty}: cannot move “Health” under “Labour”: no code at path “Labour”"
    )
    err = refused(capsys, "codebook", "define", empty, "Labour", "x")
    assert err == f"frameworkqda: {empty}: no code at path “Labour”"
    said = ok(capsys, "codebook", "move", empty, "Health/Consultation", "--to", "Health")
    assert said == "already present: Health/Consultation under Health\n"
    ok(capsys, "codebook", "define", empty, "Health", "Care")
    assert ok(capsys, "codebook", "define", empty, "Health", "Care") == (
        "already present: the definition of Health\n"
    )


def test_delete_refuses_a_code_with_coded_work_unless_forced(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    measure = "Education/Information in multiple languages"
    where = ["--document", "memo.txt", "--start", "4", "--end", "11", "--code", measure]
    ok(capsys, "code", study, *where)
    ok(capsys, "cell", study, "--case", "Hamamatsu", "--code", measure, "--summary", "多言語")
    assert measure in ok(capsys, "segments", study)
    err = refused(capsys, "codebook", "delete", study, "Education")
    assert err == (
        "frameworkqda: cannot delete “Education”: it has 1 coded passage and 1 chart cell "
        "(with the codes below it); nothing deleted (--force deletes them with it)"
    )
    err = refused(capsys, "codebook", "delete", study, measure)
    assert "it has 1 coded passage and 1 chart cell; nothing deleted" in err
    said = ok(capsys, "codebook", "delete", study, measure, "--force")
    assert said == f"deleted 1 code ({measure}) with 1 coded passage and 1 chart cell\n"
    assert measure not in [row[0] for row in stored(study)]
    assert measure not in ok(capsys, "segments", study)  # its passage went with it
    assert measure in ok(capsys, "deletions", study)  # logged, as the editor's deletion is


def test_codebook_help_lists_the_edits(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["codebook", "add", "--help"])
    said = capsys.readouterr().out
    assert "--heading-only" in said and "must exist" in said
