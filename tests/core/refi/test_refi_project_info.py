"""What ``frameworkqda info`` shows of a project survives export-qdpx → import-qdpx through real
files: its name, its framework template, its counts; and the project-level facts behind them
(description, creation date, coders, variable types, value scale, memos)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from sqlalchemy import select

from frameworkqda.cli import main
from frameworkqda.core import model
from frameworkqda.core.exchange.refi import export_qdpx, import_qdpx
from frameworkqda.core.store import Project, open_project
from frameworkqda.gui.sample import build_sample

NS = {"q": "urn:QDA-XML:project:1.0"}
FRAMEWORK = "FrameworkQDA framework"  # the Note's Description: a file format, so spelt out


def _info(project: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    assert main(["info", str(project)]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = (line.split(None, 1) for line in lines if not line.startswith(" "))  # merge's line
    shown = {label: value for label, value in rows}
    shown["chart cells"] = shown.pop("chart").removeprefix("cells").strip()
    shown.pop("location")
    shown.pop("scores")  # REFI-QDA has no place for them: the export says so (docs/refi-qda.md)
    return shown


def _qde(archive: Path) -> Any:
    with zipfile.ZipFile(archive) as z:
        return etree.fromstring(z.read("project.qde"))


def test_the_samples_framework_and_every_figure_of_info_survive_the_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], project_schema: Any
) -> None:
    original, archive, copy = tmp_path / "s.fqda", tmp_path / "s.qdpx", tmp_path / "n.fqda"
    build_sample(original)
    before = _info(original, capsys)
    assert before["framework"] == "mipex-local"
    assert main(["export-qdpx", str(original), "-o", str(archive)]) == 0
    capsys.readouterr()
    assert main(["import-qdpx", str(copy), str(archive)]) == 0
    assert "not carried over: nothing" in capsys.readouterr().out
    assert _info(copy, capsys) == before  # framework mipex-local, not "-"; no extra memo
    root = _qde(archive)
    assert project_schema.validate(root), project_schema.error_log
    # a project Note (REFI has no attribute for it): other programs show it as a project memo
    note = root.xpath(f"/q:Project/q:Notes/q:Note[q:Description='{FRAMEWORK}']",
                      namespaces=NS)  # fmt: skip
    assert len(note) == 1
    assert note[0].findtext("q:PlainTextContent", namespaces=NS) == "mipex-local"
    assert note[0].get("creationDateTime") == root.get("creationDateTime")
    refs = root.xpath("/q:Project/q:NoteRef/@targetGUID", namespaces=NS)
    assert note[0].get("guid") in refs
    # and written back the same: export → import → export gives the same bytes
    assert main(["export-qdpx", str(copy), "-o", str(tmp_path / "again.qdpx")]) == 0
    assert (tmp_path / "again.qdpx").read_bytes() == archive.read_bytes()


def test_a_project_without_a_framework_writes_no_framework_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", str(tmp_path / "p.fqda")]) == 0
    assert main(["export-qdpx", str(tmp_path / "p.fqda"), "-o", str(tmp_path / "p.qdpx")]) == 0
    assert FRAMEWORK.encode() not in zipfile.ZipFile(tmp_path / "p.qdpx").read("project.qde")
    assert main(["import-qdpx", str(tmp_path / "q.fqda"), str(tmp_path / "p.qdpx")]) == 0
    capsys.readouterr()
    assert _info(tmp_path / "q.fqda", capsys)["framework"] == "-"


def test_a_framework_note_of_many_lines_keeps_one_short_line(tmp_path: Path) -> None:
    """A file written by hand (or hostile) can put anything in the note: the project keeps the
    first line, cut to the 100 characters its column holds, and no memo."""
    build_sample(tmp_path / "s.fqda")
    with open_project(tmp_path / "s.fqda") as project:
        export_qdpx(project, tmp_path / "s.qdpx")
    with zipfile.ZipFile(tmp_path / "s.qdpx") as z:
        entries = {n: z.read(n) for n in z.namelist()}
    long_name = "x" * 300
    entries["project.qde"] = entries["project.qde"].replace(
        b">mipex-local<", f">  {long_name}\nsecond line<".encode()
    )
    with zipfile.ZipFile(tmp_path / "odd.qdpx", "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    report = import_qdpx(tmp_path / "odd.qdpx", tmp_path / "odd.fqda")
    assert report.lost == []
    with open_project(tmp_path / "odd.fqda") as copy, copy.session() as s:
        assert s.scalars(select(model.ProjectInfo.framework)).one() == "x" * 100
        assert s.scalars(select(model.Memo)).all() == []


def _facts(project: Project) -> dict[str, Any]:
    with project.session() as s:
        info = s.scalars(select(model.ProjectInfo)).one()
        coders = {c.id: c.name for c in s.scalars(select(model.Coder))}
        attributes = model.AttributeDefinition
        values = model.ChartValue
        return {
            "project": (
                info.name,
                info.description,
                info.framework,
                info.created_at.replace(microsecond=0),
            ),
            "coders": sorted(coders.values()),
            "variables": [
                (a.name, a.kind)
                for a in s.scalars(select(attributes).order_by(attributes.position))
            ],
            "value scale": [
                (v.label, v.counts_as_present, v.colour)
                for v in s.scalars(select(values).order_by(values.position))
            ],
            "memos": sorted(
                (
                    m.title,
                    m.text,
                    coders.get(m.coder_id or 0),
                    m.created_at.replace(microsecond=0),
                    m.case_id is not None,
                    m.code_id is not None,
                )
                for m in s.scalars(select(model.Memo))
            ),
        }


def test_project_level_facts_of_a_japanese_project_survive_the_round_trip(
    tmp_path: Path, project_schema: Any
) -> None:
    """Name, description, framework, creation date (to the second), coders (also one who did
    nothing), every variable type (also a variable without values), the Japanese value scale
    and memos on the project, a case and a code, with their authors and dates."""
    build_sample(tmp_path / "s.fqda", coder="佐藤", language="ja")
    with open_project(tmp_path / "s.fqda") as project:
        with project.transaction() as s:
            info = s.scalars(select(model.ProjectInfo)).one()
            info.description = "  3都市の比較\r\n二行目\n"
            s.add(model.Coder(name="鈴木"))
            for at, kind in enumerate(model.AttributeKind):
                s.add(model.AttributeDefinition(name=f"v-{kind.value}", kind=kind, position=at))
            coder = s.scalars(select(model.Coder).where(model.Coder.name == "佐藤")).one()
            case = s.scalars(select(model.Case)).first()
            code = s.scalars(select(model.Code)).first()
            assert case is not None and code is not None
            s.add_all(
                [
                    model.Memo(title="全体", text="メモ", coder_id=coder.id),
                    model.Memo(title="市", text="大きい", case_id=case.id),
                    model.Memo(title="", text="定義を見直す", code_id=code.id, coder_id=coder.id),
                ]
            )
        expected = _facts(project)
        export_qdpx(project, tmp_path / "s.qdpx")
    assert expected["project"][2] == "mipex-local"
    assert expected["value scale"][0][0] != "Yes"  # the scale in Japanese
    assert project_schema.validate(_qde(tmp_path / "s.qdpx")), project_schema.error_log
    report = import_qdpx(tmp_path / "s.qdpx", tmp_path / "n.fqda")
    assert report.lost == [] and report.notes == []
    with open_project(tmp_path / "n.fqda") as copy:
        assert _facts(copy) == expected
