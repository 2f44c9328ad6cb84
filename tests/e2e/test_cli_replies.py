"""A verb's reply names what it acted on as the project stores it: the case, the code (as
`codebook list` shows it) and the document, whatever spelling, letter case or id found them."""

from __future__ import annotations

import pytest

from frameworkqda.cli import main

CONSULTATION = "Education/Consultation service"


def _help(capsys: pytest.CaptureFixture[str], verb: str) -> str:
    with pytest.raises(SystemExit):
        main([*verb.split(), "--help"])
    return " ".join(capsys.readouterr().out.split())  # argparse's wrapping aside


def _said(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_replies_name_the_stored_case_code_and_document(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["case", "add", study, "Japan (national)"]) == 0
    capsys.readouterr()
    typed = ("--case", "JAPAN  (national)", "--code", "education/consultation SERVICE")
    assert _said(capsys, "cell", study, *typed, "--value", "Yes") == (
        f"charted Japan (national) × {CONSULTATION}\n"
    )
    assert _said(capsys, "cell", study, *typed, "--value", "Yes") == (
        f"already present: Japan (national) × {CONSULTATION} as given\n"
    )
    passage = ("--document", "1", "--start", "0", "--end", "3")
    code = (*passage, "--code", "education/CONSULTATION service")
    coded = f"memo.txt [0, 3) with {CONSULTATION}"
    assert _said(capsys, "code", study, *code) == f"coded {coded}\n"
    assert (
        _said(capsys, "code", study, *code)
        == f"already present: memo.txt [0, 3) coded with {CONSULTATION}\n"
    )
    assert _said(capsys, "uncode", study, *code) == f"uncoded memo.txt [0, 3) from {CONSULTATION}\n"
    autocode = ("--term", "相談", "--code", "EDUCATION/consultation service")
    assert (
        _said(capsys, "autocode", study, *autocode)
        == f"coded 1 sentence with “相談” as {CONSULTATION}\n"
    )
    cell = ("--case", "hamamatsu", "--code", "education/consultation service")
    assert main(["memo", "show", study, *cell]) == 1
    assert capsys.readouterr().err.endswith(
        f"no chart cell for case Hamamatsu and code {CONSULTATION} yet\n"
    )


def test_a_slash_in_a_code_name_is_shown_one_way(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # "Anti-hate-speech ordinance/law" is one name: its path escapes the slash, as codebook list
    # prints it, and every reply names it so, whichever spelling --code was given
    escaped = r"Anti-discrimination/Anti-hate-speech ordinance\/law"
    assert escaped in _said(capsys, "codebook", "list", study).splitlines()
    passage = ("--document", "memo.txt", "--start", "0", "--end", "3")
    plain = ("--code", "Anti-discrimination/Anti-hate-speech ordinance/law")
    assert (
        _said(capsys, "code", study, *passage, *plain) == f"coded memo.txt [0, 3) with {escaped}\n"
    )
    assert _said(capsys, "code", study, *passage, "--code", escaped) == (
        f"already present: memo.txt [0, 3) coded with {escaped}\n"
    )
    assert (
        _said(capsys, "uncode", study, *passage, *plain)
        == f"uncoded memo.txt [0, 3) from {escaped}\n"
    )
    said = _help(capsys, "codebook list")
    assert r"A slash inside a code's own name is written \/" in said


def test_autocode_takes_the_term_as_search_does_or_as_term(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # `search PROJECT TEXT` and `autocode PROJECT TEXT --code PATH`: one way to guess; --term
    # TEXT, the spelling before, still works; TEXT after the options too, as search takes it
    code = ("--code", CONSULTATION, "--unit", "hit")
    assert _said(capsys, "search", study, "相談").startswith("memo.txt\t")
    assert _said(capsys, "autocode", study, "相談", *code) == (
        f"coded 1 hit with “相談” as {CONSULTATION}\n"
    )
    assert _said(capsys, "autocode", study, *code, "多言語") == (
        f"coded 1 hit with “多言語” as {CONSULTATION}\n"
    )
    assert _said(capsys, "autocode", study, "--term", "情報", *code) == (
        f"coded 1 hit with “情報” as {CONSULTATION}\n"
    )
    assert main(["autocode", study, "情報", "--term", "相談", *code]) == 1
    assert capsys.readouterr().err == (
        "frameworkqda: give the term once: autocode PROJECT TEXT, or --term TEXT\n"
    )
    assert main(["autocode", study, *code]) == 1
    assert capsys.readouterr().err == (
        "frameworkqda: give the term to find: autocode PROJECT TEXT --code PATH\n"
    )
    said = _help(capsys, "autocode")
    assert said.startswith("usage: frameworkqda autocode [-h] project TEXT --code PATH ")
    assert "--term TEXT the term, as an option instead of TEXT" in said
