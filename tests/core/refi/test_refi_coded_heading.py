"""A foreign coding on a heading-only code (isCodable="false"): the code takes codings, so the
passage is evidence the matrix shows, and the report says so. Before, the passage was stored
on a heading the app itself refuses to code, never a matrix column, and the report said
"not carried over: nothing" and nothing changed on the way."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from frameworkqda.core import codebook, model
from frameworkqda.core.exchange.refi import import_qdpx
from frameworkqda.core.store import open_project

TEXT = "日本語の授業と𠮷野の通訳。"


def _qde(folder: Path) -> Path:
    (folder / "sources").mkdir()
    (folder / "sources" / "A0000000-0000-4000-8000-000000000001.txt").write_text(
        TEXT, encoding="utf-8"
    )
    qde = folder / "coded-heading.qde"
    qde.write_text(
        """<Project xmlns="urn:QDA-XML:project:1.0" name="h" origin="ATLAS.ti-like">
  <CodeBook><Codes>
    <Code guid="C0000000-0000-4000-8000-000000000001" name="Language" isCodable="false">
      <Code guid="C0000000-0000-4000-8000-000000000002" name="Japanese classes"/>
    </Code>
    <Code guid="C0000000-0000-4000-8000-000000000003" name="Services" isCodable="false">
      <Code guid="C0000000-0000-4000-8000-000000000004" name="Interpreting"/>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="A0000000-0000-4000-8000-000000000001" name="interview.txt"
        plainTextPath="internal://A0000000-0000-4000-8000-000000000001.txt">
      <PlainTextSelection guid="D0000000-0000-4000-8000-000000000001" startPosition="0"
          endPosition="6">
        <Coding guid="E0000000-0000-4000-8000-000000000001">
          <CodeRef targetGUID="C0000000-0000-4000-8000-000000000001"/></Coding>
        <Coding guid="E0000000-0000-4000-8000-000000000002">
          <CodeRef targetGUID="C0000000-0000-4000-8000-000000000002"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="D0000000-0000-4000-8000-000000000002" startPosition="7"
          endPosition="12">
        <Coding guid="E0000000-0000-4000-8000-000000000003">
          <CodeRef targetGUID="C0000000-0000-4000-8000-000000000004"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>""",
        encoding="utf-8",
    )
    return qde


def test_a_coded_heading_only_code_comes_in_as_a_code(
    project_location: str, tmp_path: Path
) -> None:
    report = import_qdpx(_qde(tmp_path), project_location)
    assert report.lost == []
    assert report.notes == [
        "code 'Language': a heading only in the file (isCodable=\"false\"), with 1 coding on "
        "it; imported as a code that takes codings, as a heading only here takes none"
    ]
    assert report.imported["segments"] == 3
    with open_project(project_location) as project:
        nodes = codebook.codebook(project)
        assert {node.path: node.codable for node in nodes} == {
            "Language": True,
            "Language/Japanese classes": True,
            "Services": False,  # nothing is coded on it: a heading, as the file says
            "Services/Interpreting": True,
        }
        with project.session() as s:
            coded = s.execute(
                select(model.Code.name, model.Segment.start, model.Segment.end).join(
                    model.Segment.code
                )
            ).all()
        assert ("Language", 0, 6) in coded
