"""The walkthrough's repro: characters 5-19 coded by hand, then ``autocode --term 日本語`` made
a second passage [0, 19) beside [5, 19) with the same code and coder. Now the passage is
widened to the sentence (its note kept) and the output says the hit was coded already."""

from __future__ import annotations

from pathlib import Path

import pytest

from frameworkqda.cli import main

CODE = "Education/Japanese-language education"
TEXT = "大阪市では日本語教室を開催しています。毎週です。日本語の本もあります。\n"


def test_autocode_widens_the_passage_a_hit_overlaps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = str(tmp_path / "ov.fqda")
    source = tmp_path / "repro-overlap.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["new", project, "--framework", "mipex-local"]) == 0
    assert main(["import", project, str(source), "--case", "Osaka"]) == 0
    coded = ["--document", "repro-overlap.txt", "--code", CODE]
    assert main(["code", project, *coded, "--start", "5", "--end", "19", "--note", "mine"]) == 0
    capsys.readouterr()

    autocode = ["autocode", project, "--term", "日本語", "--code", CODE]
    assert main(autocode) == 0
    assert capsys.readouterr().out == (
        f"coded 1 sentence with “日本語” as {CODE}; "
        "1 hit already coded (1 passage extended to cover its sentence)\n"
    )
    assert main(["segments", project]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [(r[3], r[4], r[8]) for r in rows] == [("0", "19", "mine"), ("24", "35", "")]

    assert main(autocode) == 0  # again: nothing new
    assert capsys.readouterr().out == (
        f"coded 0 sentences with “日本語” as {CODE}; 2 hits already coded\n"
    )

    # by hand: text inside the passage is there already; text sharing some widens it
    assert main(["code", project, *coded, "--start", "3", "--end", "10"]) == 0
    assert capsys.readouterr().out == (
        f"already present: repro-overlap.txt [3, 10) coded with {CODE} (in the passage [0, 19))\n"
    )
    assert main(["code", project, *coded, "--start", "15", "--end", "21"]) == 0
    assert capsys.readouterr().out == (
        f"coded repro-overlap.txt [15, 21) with {CODE}; the passage [0, 19) extended to [0, 21)\n"
    )
