"""What the command line says when it cannot be read: a bare ``frameworkqda`` or a verb
without its action lists the verbs or actions; any usage error exits with status 2, a failed
command with 1 (README, "Command line")."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from frameworkqda.cli import build_parser, main


def test_bare_program_lists_the_verbs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("usage: frameworkqda [-h] [--version] COMMAND ...")
    assert "required" not in err
    for verb in ("new", "import", "case", "code", "matrix", "upgrade"):
        assert f"\n    {verb} " in err


@pytest.mark.parametrize(
    ("verb", "actions"),
    [
        ("case", ("add", "set", "assign", "list")),
        ("document", ("list", "rename", "delete")),
        ("codebook", ("import", "export", "list", "add", "rename", "move", "define", "delete")),
        ("memo", ("list", "show", "set")),
        ("scores", ("import", "list")),
    ],
)
def test_a_verb_without_its_action_lists_the_actions(
    verb: str, actions: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([verb]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"usage: frameworkqda {verb} [-h] ACTION ...")
    assert "required" not in err
    for action in actions:
        assert f"\n    {action} " in err


def test_usage_errors_exit_2_and_failures_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:  # argparse's: usage and one error line
        main(["case", "add"])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: frameworkqda case add")
    assert err.splitlines()[-1].endswith("required: project, name")
    missing = tmp_path / "none.fqda"
    assert main(["case", "list", str(missing)]) == 1  # the work failed: one line, status 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("frameworkqda: ")


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as raised:
        main([*argv, "--help"])
    assert raised.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # argparse's wrapping aside


def test_code_and_uncode_say_which_options_are_required(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # code's four options are required unless --from: two usage forms, not four [optional]s;
    # uncode's the same four, in the same words
    passage = "--document NAME --start N --end N --code PATH"
    code = _help(capsys, "code")
    assert code.startswith(
        f"usage: frameworkqda code [-h] project {passage} [--note NOTE] [--translation TEXT] "
        "[--coder NAME] frameworkqda code [-h] project --from FILE.csv [--coder NAME] "
    )
    assert "--document, --start, --end and --code are required, unless --from" in code
    uncode = _help(capsys, "uncode")
    assert uncode.startswith(
        f"usage: frameworkqda uncode [-h] project {passage} [--coded-by NAME] [--as NAME] "
    )
    assert "--document, --start, --end and --code are required " in uncode


def test_matrix_view_help_names_each_view_and_the_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    said = _help(capsys, "matrix")
    view = said[said.index("--view {cells,counts,ranks} cells") :]
    assert view.startswith("--view {cells,counts,ranks} cells (the default): the framework matrix")
    assert "; counts: the present measures per theme and case; ranks: the themes ranked" in view


def _verbs_and_actions() -> dict[str, tuple[str, list[str]]]:
    """Each verb's one line in ``frameworkqda --help``, and its actions (none: no ACTION)."""
    parser = build_parser()
    listed = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    lines = {choice.dest: choice.help or "" for choice in listed._choices_actions}
    said: dict[str, tuple[str, list[str]]] = {}
    for verb, sub in listed.choices.items():
        actions = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        said[verb] = (lines[verb], list(actions[0].choices) if actions else [])
    return said


def test_each_verbs_line_names_its_actions_and_no_other() -> None:
    # a tester read "memo: list, print or write memos; make, rename or delete free memos" and
    # tried memo write (no such action; set --free makes a free memo): each action's first
    # word is in its verb's line, and no action word that is not one of them
    verbs = _verbs_and_actions()
    words = {"list", "show", "print", "set", "write", "make", "create", "add", "rename"}
    words |= {"delete", "assign", "import", "export", "draft"}
    for verb, (line, actions) in verbs.items():
        if not actions:
            continue
        said = set(re.findall(r"[a-z]+", line))
        firsts = {action.split("-")[0] for action in actions}
        assert firsts <= said, (verb, line)
        assert said & words <= firsts, (verb, line)
    assert verbs["memo"][0] == (
        "list, show or set memos (set --free TITLE makes a free memo); rename or delete free memos"
    )
    assert verbs["case"][0] == (
        "add, rename, delete or list cases; assign documents; set, rename or delete attributes, "
        "or change their kind"
    )
    assert verbs["codebook"][0] == (
        "import, export or list the codebook; add, rename, move, define or delete a code"
    )
    # cell has no actions, but its options set, draft (--draft, --accept) or --show a cell
    assert verbs["cell"][0] == "set, draft or show a chart cell's value and summary"


def test_codebook_help_names_the_exported_files_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the help said "a table of path, definition and colour"; the file a researcher gets
    # back had another header (description, and a heading only column)
    project = str(tmp_path / "study.fqda")
    assert main(["new", project, "--framework", "mipex"]) == 0
    capsys.readouterr()
    assert main(["codebook", "export", project, "-"]) == 0
    header = capsys.readouterr().out.splitlines()[0].split(",")
    assert header == ["path", "description", "colour", "heading only"]
    said = _help(capsys, "codebook")
    listed = re.sub(r" \([^)]*\)", "", said[said.index("header reads ") :])
    assert listed.startswith(f"header reads {', '.join(header)}.")
