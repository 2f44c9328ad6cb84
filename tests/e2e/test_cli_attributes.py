"""``case set`` and the attribute verbs, as a script runs them (the CLI's entry point).

``case set`` without ``--kind`` stored 790,718 as text; with ``--kind integer`` on an attribute
already of kind text it printed "set" and kept text; no verb renamed, deleted or re-typed an
attribute; ``case list`` printed a whole number held by a number attribute as 790718.0.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from frameworkqda.cli import main
from frameworkqda.core import cases
from frameworkqda.core.store import open_project


def _kinds(project: str) -> dict[str, str]:
    with open_project(project, read_only=True) as opened:
        return {a.name: a.kind.value for a in cases.case_sheet(opened).attributes}


def test_case_set_reads_the_kind_and_refuses_another(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = str(tmp_path / "p.fqda")
    assert main(["new", project, "--framework", "empty"]) == 0
    for name in ("Hamamatsu", "Kawasaki"):
        assert main(["case", "add", project, name]) == 0
    capsys.readouterr()
    assert main(["case", "set", project, "Hamamatsu", "Population", "790,718"]) == 0
    assert "new attribute, kind integer" in capsys.readouterr().out
    assert main(["case", "set", project, "Hamamatsu", "Share", "3.6"]) == 0
    assert main(["case", "set", project, "Hamamatsu", "Prefecture", "Shizuoka"]) == 0
    assert _kinds(project) == {"Population": "integer", "Share": "number", "Prefecture": "text"}

    capsys.readouterr()
    refused = ["case", "set", project, "Kawasaki", "Population", "1538262", "--kind", "text"]
    assert main(refused) == 1
    err = capsys.readouterr().err
    assert "of kind integer, not text" in err and "case set-kind" in err
    assert main(["case", "set", project, "Kawasaki", "Share", "3.6%"]) == 1
    assert "without the % sign: 3.6" in capsys.readouterr().err

    assert main(["case", "set-kind", project, "Share", "integer"]) == 1  # 3.6 is not whole
    assert "“3.6” of Hamamatsu" in capsys.readouterr().err
    assert _kinds(project)["Share"] == "number"
    assert main(["case", "set", project, "Kawasaki", "Share", "7"]) == 0
    assert main(["case", "set-kind", project, "Population", "number"]) == 0
    capsys.readouterr()
    assert main(["case", "list", project]) == 0
    out = capsys.readouterr().out
    assert "Population=790718;" in out and "Share=7\n" in out  # held as numbers: no .0

    assert main(["case", "rename-attribute", project, "Population", "Population (2020)"]) == 0
    assert main(["case", "delete-attribute", project, "Share"]) == 0
    assert _kinds(project) == {"Population (2020)": "number", "Prefecture": "text"}
    assert main(["case", "delete-attribute", project, "Share"]) == 1
    assert "no attribute named “Share”" in capsys.readouterr().err


def test_a_yes_or_no_first_value_makes_a_yes_no_attribute_chosen_by_where(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``case set … "Designated city" yes`` made a text attribute, and ``--where "Designated
    city=true"`` then chose no case, silently."""
    for name in ("Kobe", "Ota", "Kawasaki"):
        assert main(["case", "add", study, name]) == 0
    capsys.readouterr()
    assert main(["case", "set", study, "Hamamatsu", "Designated city", "yes"]) == 0
    assert capsys.readouterr().out == (
        "set Designated city of Hamamatsu (new attribute, kind boolean)\n"
    )
    assert main(["case", "set", study, "Kobe", "Designated city", "TRUE"]) == 0
    assert main(["case", "set", study, "Ota", "Designated city", "No"]) == 0
    assert main(["case", "set", study, "Kawasaki", "Designated city", "はい"]) == 0
    assert main(["case", "set", study, "Kawasaki", "Coastal", "いいえ"]) == 0
    assert _kinds(study) == {"Designated city": "boolean", "Coastal": "boolean"}
    assert main(["case", "set", study, "Ota", "Designated city", "maybe"]) == 1
    assert "“maybe” is not a valid yes/no" in capsys.readouterr().err

    def where(condition: str) -> list[str]:
        assert main(["case", "list", study, "--where", condition]) == 0
        return [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]

    chosen = ["Hamamatsu", "Kobe", "Kawasaki"]
    for typed in ("true", "yes", "Yes", "1", "はい"):
        assert where(f"Designated city={typed}") == chosen
    assert where("Designated city=false") == ["Ota"] == where("Designated city != yes")
    assert where("Coastal=no") == ["Kawasaki"]
    assert main(["case", "list", study, "--where", "Designated city=perhaps"]) == 1
    assert "“perhaps” is not a valid yes/no" in capsys.readouterr().err
