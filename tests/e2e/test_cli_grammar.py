"""One order for every verb: ``frameworkqda VERB [ACTION] PROJECT …``; older spellings still work.

The parser is walked to its leaves, so a new verb that puts something before the project fails
here. ``case PROJECT ACTION`` and ``import-qdpx FILE PROJECT`` (the orders before) are accepted
with a warning on stderr, for scripts that use them.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from frameworkqda.cli import VERB_MODULES, build_parser, main


def _leaves(parser: argparse.ArgumentParser, path: str) -> Iterator[tuple[str, list[str]]]:
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    positionals = [a.dest for a in parser._actions if not a.option_strings and a not in groups]
    if not groups:
        yield path, positionals
        return
    for group in groups:
        for name, child in group.choices.items():
            yield from _leaves(child, f"{path} {name}".strip())


# what the first positional of a verb may be called: the project it works on (``merge`` calls
# it TARGET, the project merged into, beside OTHER)
PROJECT = {"project", "target"}


def test_every_verb_takes_the_project_first() -> None:
    leaves = dict(_leaves(build_parser(), ""))
    assert len(leaves) > 15
    assert {verb: args[:1] for verb, args in leaves.items() if set(args[:1]) - PROJECT} == {}
    assert {verb for verb, args in leaves.items() if not args} == set()


def _helps(parser: argparse.ArgumentParser, path: str) -> Iterator[tuple[str, str]]:
    yield path, parser.format_help()
    for group in [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]:
        for name, child in group.choices.items():
            yield from _helps(child, f"{path} {name}".strip())


def test_a_verbs_own_parser_is_the_whole_parsers_part_for_it() -> None:
    # cli.build_parser(verb) builds only the verb's module: every verb is listed, and its
    # arguments, help and sub-verbs are those the whole parser has
    whole = dict(_helps(build_parser(), ""))
    assert {path for path in whole if path and " " not in path} == set(VERB_MODULES)
    for verb in VERB_MODULES:
        own = dict(_helps(build_parser(verb), ""))
        assert {path: help for path, help in own.items() if path.split(" ")[0] == verb} == {
            path: help for path, help in whole.items() if path.split(" ")[0] == verb
        }


def test_case_takes_the_action_before_the_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = str(tmp_path / "p.fqda")
    assert main(["new", project, "--framework", "empty"]) == 0
    assert main(["case", "add", project, "Hamamatsu"]) == 0
    assert main(["case", "set", project, "Hamamatsu", "population", "790000"]) == 0
    capsys.readouterr()
    assert main(["case", "list", project]) == 0
    out, err = capsys.readouterr()
    assert "Hamamatsu" in out and "population=790000" in out
    assert err == ""
    assert main(["case", "set", project, "Hamamatsu", "population", ""]) == 0
    assert main(["case", "rename", project, "Hamamatsu", "浜松市"]) == 0
    assert main(["case", "add", project, "Kawasaki"]) == 0
    assert main(["case", "delete", project, "Kawasaki"]) == 0
    capsys.readouterr()
    assert main(["case", "list", project]) == 0
    assert capsys.readouterr().out == "浜松市\t0 documents\t\n"


def test_the_older_case_order_still_works_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = str(tmp_path / "p.fqda")
    assert main(["new", project, "--framework", "empty"]) == 0
    assert main(["case", project, "add", "Kawasaki"]) == 0
    err = capsys.readouterr().err
    assert "deprecated" in err and "case add PROJECT" in err
    assert main(["case", project, "list"]) == 0
    assert "Kawasaki" in capsys.readouterr().out


def test_an_error_in_the_older_order_is_still_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "missing.fqda")
    assert main(["case", missing, "add", "Osaka"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("frameworkqda: ") and "deprecated" not in err
    assert main(["import-qdpx", str(tmp_path / "none.qdpx"), str(tmp_path / "new.fqda")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "deprecated" not in err


def test_an_output_name_says_its_format_or_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o matrix.xls`` wrote CSV into a file Excel then opened as garbled text; now a
    suffix we do not write is refused, naming the file and the formats, and nothing is made.
    A name without a suffix is CSV, and ``--format`` overrides the name."""
    project = str(tmp_path / "p.fqda")
    assert main(["new", project, "--framework", "empty"]) == 0
    capsys.readouterr()
    for verb in (["matrix", project], ["agreement", project, "--coders", "a,b"]):
        wrong = tmp_path / "table.xls"
        assert main([*verb, "-o", str(wrong)]) == 1
        error = capsys.readouterr().err.strip()
        assert error.startswith(f"frameworkqda: {wrong}: cannot write a .xls file; name it .csv")
        assert "--format" in error and not wrong.exists()
    plain = tmp_path / "matrix"
    assert main(["matrix", project, "-o", str(plain)]) == 0
    assert capsys.readouterr().out == f"wrote cells as csv to {plain}\n"
    forced = tmp_path / "matrix.txt"
    assert main(["matrix", project, "-o", str(forced), "--format", "csv"]) == 0
    assert forced.read_text(encoding="utf-8-sig").startswith("case,theme,measure,value")
    # a name of another format we write than --format says: a Word file named .xlsx was
    # written, which Excel refuses to open
    mixed = tmp_path / "counts.xlsx"
    assert main(["matrix", project, "--view", "counts", "--format", "docx", "-o", str(mixed)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"frameworkqda: {mixed}: the name says .xlsx but --format says docx; name it .docx, "
        "or leave --format out"
    )
    assert not mixed.exists()


def test_cell_draft_says_what_it_did(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``cell --draft`` printed "charted" when it wrote nothing, after a line that left both
    reasons open; now it says which reason held, and "charted" only when something was."""
    from frameworkqda.core.store import create_project
    from tests import writes

    path = tmp_path / "p.fqda"
    with create_project(path) as project:
        writes.add_case(project, "Osaka")
        writes.add_code(project, "Health")
    cell = ["cell", str(path), "--case", "Osaka", "--code", "Health"]
    capsys.readouterr()
    assert main([*cell, "--draft"]) == 0
    assert capsys.readouterr().out == (
        "nothing drafted: no passage is coded with this code in this case's documents\n"
    )
    assert main([*cell, "--summary", "相談窓口あり"]) == 0
    assert capsys.readouterr().out == "charted Osaka × Health\n"
    assert main([*cell, "--draft"]) == 0
    assert capsys.readouterr().out == (
        "summary kept: the cell has one already (a draft never replaces it)\n"
    )


def test_an_edit_from_a_version_that_never_was_is_told_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--if-version 7`` on a cell at version 1 said another coder had changed it "after this
    edit began"; a number ahead of the cell is a slip, and it is said as one."""
    from frameworkqda.core.store import create_project
    from tests import writes

    path = tmp_path / "p.fqda"
    with create_project(path) as project:
        writes.add_case(project, "Osaka")
        writes.add_code(project, "Health")
    cell = ["cell", str(path), "--case", "Osaka", "--code", "Health"]
    assert main([*cell, "--summary", "相談窓口あり"]) == 0
    capsys.readouterr()
    assert main([*cell, "--summary", "上書き", "--if-version", "7"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.endswith(
        "is at version 1: there is no version 7 to edit from; nothing was saved"
    ), error
    assert "changed by" not in error


def test_a_name_not_found_is_said_with_the_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "frameworkqda: no case named “Nowhere”" did not say which project was looked in; every
    error line names its file (README)."""
    project = str(tmp_path / "p.fqda")
    assert main(["new", project, "--framework", "empty"]) == 0
    capsys.readouterr()
    assert main(["case", "set", project, "Nowhere", "population", "1"]) == 1
    assert capsys.readouterr().err.strip() == f"frameworkqda: {project}: no case named “Nowhere”"


def test_a_server_project_named_in_an_error_shows_no_password() -> None:
    from frameworkqda.cli import _naming_the_project
    from frameworkqda.core.errors import NotFoundError

    args = argparse.Namespace(project="postgresql://hanako:secret@db.example/study")
    said = _naming_the_project(args, NotFoundError("no case named “Nowhere”"))
    assert "secret" not in said and said.endswith(": no case named “Nowhere”")
    assert said.startswith("postgresql://hanako@db.example/study")
