"""A REFI-QDA file's cases under the project's one rule for case names (``case_names``): cases
of another program whose names differ only in letter case, spacing or Unicode composition
came in as two cases the app could not tell apart (``--case osaka`` refused as ambiguous, two
rows of the matrix). They come in as one case holding both's documents, values and memos, the
report saying which names were taken as one and which values could not be both's."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from frameworkqda.cli import main
from frameworkqda.core import model, tables
from frameworkqda.core.cases import CaseInfo, list_cases
from frameworkqda.core.store import open_project

CODE, POPULATION, REGION = (f"10000000-0000-4000-8000-00000000000{i}" for i in (1, 2, 3))
SOURCES = [f"20000000-0000-4000-8000-00000000000{i}" for i in range(1, 6)]
CASES = [f"30000000-0000-4000-8000-00000000000{i}" for i in range(1, 6)]
NOTE, LINK = "40000000-0000-4000-8000-000000000001", "40000000-0000-4000-8000-000000000002"
KOBE_DECOMPOSED = unicodedata.normalize("NFD", "KŌBE")  # O + combining macron


def _value(variable: str, tag: str, value: str) -> str:
    return (
        f'<VariableValue><VariableRef targetGUID="{variable}"/><{tag}>{value}</{tag}>'
        "</VariableValue>"
    )


def _case(guid: str, name: str, body: str) -> str:
    return f'<Case guid="{guid}" name="{name}">{body}</Case>'


def _write(path: Path) -> Path:
    """A file as NVivo or QualCoder may write it: "Osaka" and "osaka " (each with a document
    and a population, which differ), "Kōbe&#10;  city" (a line break and spaces in an
    attribute), "KŌBE CITY" decomposed, and "Hamamatsu" twice."""
    sources = "".join(
        f'<TextSource guid="{guid}" name="doc{number}.txt">'
        f"<PlainTextContent>Text {number}.</PlainTextContent></TextSource>"
        for number, guid in enumerate(SOURCES, start=1)
    )
    ref = '<SourceRef targetGUID="{}"/>'.format
    cases = "".join(
        [
            _case(
                CASES[0],
                "Osaka",
                _value(POPULATION, "IntegerValue", "2700000")
                + _value(REGION, "TextValue", "Kansai")
                + ref(SOURCES[0]),
            ),
            _case(
                CASES[1],
                "osaka ",
                "<Description>Osaka city</Description>"
                + _value(POPULATION, "IntegerValue", "2600000")
                + _value(REGION, "TextValue", "Kansai")
                + ref(SOURCES[1]),
            ),
            _case(CASES[2], "Kōbe&#10;  city", ref(SOURCES[2])),
            _case(CASES[3], f"{KOBE_DECOMPOSED} CITY", ref(SOURCES[3])),
            _case(CASES[4], "Hamamatsu", ref(SOURCES[4])),
        ]
    )
    project = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Cities" origin="NVivo 14">
 <Variables>
  <Variable guid="{POPULATION}" name="population" typeOfVariable="Integer"/>
  <Variable guid="{REGION}" name="region" typeOfVariable="Text"/>
 </Variables>
 <Sources>{sources}</Sources>
 <Cases>{cases}{_case(CASES[4][:-1] + "9", "Hamamatsu", "")}</Cases>
 <Notes>
  <Note guid="{NOTE}" name="About osaka"><PlainTextContent>Ward offices.</PlainTextContent></Note>
 </Notes>
 <Links><Link guid="{LINK}" name="memo" originGUID="{NOTE}" targetGUID="{CASES[1]}"/></Links>
</Project>
"""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", project.encode("utf-8"))
    return path


def test_cases_the_rule_calls_one_come_in_as_one_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = _write(tmp_path / "cities.qdpx"), str(tmp_path / "cities.fqda")
    assert main(["import-qdpx", target, str(source)]) == 0
    out = capsys.readouterr().out
    changed = (
        "case 'osaka' taken as the case 'Osaka' before it: names differing only in letter case "
        "or spacing are one case here, so its documents, values and memos are that case's",
        "case 'KŌBE CITY' taken as the case 'Kōbe city' before it: names "
        "differing only in letter case or spacing are one case here, so its documents, values "
        "and memos are that case's",  # named composed, as a name is stored
        "a second case named 'Hamamatsu' taken as the first: a name names one case here, so "
        "its documents, values and memos are that case's",
    )
    for line in changed:
        assert f"  - {line}\n" in out, out
    # the population both give, which differ, is reported; the region both give alike is not
    assert (
        "not carried over (1):\n  - case 'osaka': value '2600000' of 'population'; the case "
        "'Osaka' it is taken as has '2700000' for it\n"
    ) in out
    with open_project(target) as project:
        cases = [(c.name, c.description, c.documents) for c in list_cases(project)]
        with project.session() as s:
            osaka = s.scalars(select(model.Case).where(model.Case.name == "Osaka")).one()
            values = {
                v.attribute.name: v.value_text or v.value_number for v in osaka.attribute_values
            }
            memo = s.scalars(select(model.Memo)).one()
            assert memo.case_id == osaka.id and memo.text == "Ward offices."
    assert cases == [
        ("Osaka", "Osaka city", ("doc1.txt", "doc2.txt")),
        ("Kōbe city", "", ("doc3.txt", "doc4.txt")),  # one line, one space, composed
        ("Hamamatsu", "", ("doc5.txt",)),
    ]
    assert values == {"population": 2700000, "region": "Kansai"}
    # the rest of the app tells the case by any of its spellings: one, not ambiguous
    assert main(["segments", target, "--case", "OSAKA "]) == 0
    assert main(["segments", target, "--case", "kobe city"]) == 1  # no macron: another
    assert "no case named" in capsys.readouterr().err


def test_merge_brings_a_case_under_the_name_the_rule_stores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Merging a colleague's copy made before the rule, whose "osaka" and "Kyoto \\n  City"
    were stored as typed: "osaka" is our "Osaka", and Kyoto comes in as "Kyoto City", one
    line with one space, not as a name no one can type back."""
    ours, theirs = str(tmp_path / "ours.fqda"), str(tmp_path / "theirs.fqda")
    for project in (ours, theirs):
        assert main(["new", project, "--framework", "empty"]) == 0
    assert main(["case", "add", ours, "Osaka"]) == 0
    with open_project(theirs) as project, project.begin() as connection:
        for position, name in enumerate(["osaka", "Kyoto \n  City"]):
            connection.execute(insert(tables.cases).values(name=name, position=position))
    capsys.readouterr()
    assert main(["merge", ours, theirs]) == 0
    assert "matched: 1 case\nadded: 1 case\n" in capsys.readouterr().out
    assert [case.name for case in list_cases_at(ours)] == ["Osaka", "Kyoto City"]
    assert main(["segments", ours, "--case", "kyoto city"]) == 0


def test_merging_another_programs_file_takes_its_cases_as_ours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file of the test above merged into a project that has "OSAKA": its "Osaka" and
    "osaka " are that case, with both documents; the other cases are added once each. The
    summary says which names its import took as one, in import-qdpx's words (it said only
    what was not carried over)."""
    ours = str(tmp_path / "ours.fqda")
    assert main(["new", ours, "--framework", "empty"]) == 0
    assert main(["case", "add", ours, "OSAKA"]) == 0
    capsys.readouterr()
    assert main(["merge", ours, str(_write(tmp_path / "cities.qdpx"))]) == 0
    out = capsys.readouterr().out
    assert (
        "matched: 1 case\nadded: 2 attributes, 2 cases, 2 attribute values, 5 documents, 1 memo\n"
    ) in out
    assert (
        "skipped (1):\n  - case 'osaka': value '2600000' of 'population'; the case 'Osaka' it "
        "is taken as has '2700000' for it\nchanged on the way (3):\n  - case 'osaka' taken as "
        "the case 'Osaka' before it: names differing only in letter case or spacing are one "
        "case here, so its documents, values and memos are that case's\n"
    ) in out
    assert "  - a second case named 'Hamamatsu' taken as the first: a name names one" in out
    cases = [(case.name, case.documents) for case in list_cases_at(ours)]
    assert cases == [
        ("OSAKA", ("doc1.txt", "doc2.txt")),
        ("Kōbe city", ("doc3.txt", "doc4.txt")),
        ("Hamamatsu", ("doc5.txt",)),
    ]


def list_cases_at(location: str) -> list[CaseInfo]:
    with open_project(location) as project:
        return list_cases(project)
