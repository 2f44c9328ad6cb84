"""A round trip keeps identity: every GUID, isCodable, note dates and authors; PDF codings are
text selections plus page areas; the carry-over report says only what is true."""

from __future__ import annotations

import re
import uuid
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree
from sqlalchemy import select, update

from frameworkqda.core import model
from frameworkqda.core.exchange.refi import export_qdpx, import_qdpx
from frameworkqda.core.store import open_project
from tests import writes
from tests.core.refi.builders import build_rich_project

NS = {"q": "urn:QDA-XML:project:1.0"}
KEPT = (  # elements that are rows of ours: their GUIDs are stored, not derived
    "User",
    "Code",
    "Variable",
    "Case",
    "TextSource",
    "PDFSource",
    "PlainTextSelection",
    "Coding",
)


def _qde(archive: Path) -> Any:
    with zipfile.ZipFile(archive) as z:
        return etree.fromstring(z.read("project.qde"))


def _rewrite(archive: Path, target: Path, change: Any) -> None:
    with zipfile.ZipFile(archive) as z:
        entries = {n: z.read(n) for n in z.namelist()}
    entries["project.qde"] = change(entries["project.qde"])
    with zipfile.ZipFile(target, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)


def _heading_only(where: Path) -> None:
    with build_rich_project(where) as project, project.transaction() as s:
        s.execute(update(model.Code).where(model.Code.name == "Information").values(codable=False))


def test_round_trip_keeps_guids_is_codable_and_bytes(tmp_path: Path, project_schema: Any) -> None:
    _heading_only(tmp_path / "p.fqda")
    with open_project(tmp_path / "p.fqda") as project:
        export_qdpx(project, tmp_path / "first.qdpx")
    first = _qde(tmp_path / "first.qdpx")
    assert project_schema.validate(first), project_schema.error_log
    information = first.xpath("//q:Code[@name='Information']", namespaces=NS)[0]
    assert information.get("isCodable") == "false"
    report = import_qdpx(tmp_path / "first.qdpx", tmp_path / "copy.fqda")
    assert report.lost == [] and report.notes == []
    with open_project(tmp_path / "copy.fqda") as copy:
        with copy.session() as s:
            codable = {c.name: c.codable for c in s.scalars(select(model.Code))}
        assert codable == {"Information": False, "Multilingual": True, "Easy Japanese": True,
                           "Support": True}  # fmt: skip
        export_qdpx(copy, tmp_path / "second.qdpx")
    assert (tmp_path / "first.qdpx").read_bytes() == (tmp_path / "second.qdpx").read_bytes()


def test_guids_from_another_program_are_kept(tmp_path: Path) -> None:
    """Every GUID replaced by a lower-case one in braces (as some programs write them) comes
    back from import → export, normalised to upper case without braces."""
    with build_rich_project(tmp_path / "p.fqda") as project:
        export_qdpx(project, tmp_path / "ours.qdpx")
    mapping: dict[str, str] = {}

    def foreign(xml: bytes) -> bytes:
        text = xml.decode("utf-8")
        for guid in set(
            re.findall(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}", text)
        ):
            mapping[guid] = str(uuid.uuid4())
            text = text.replace(f'"{guid}"', f'"{{{mapping[guid]}}}"')
        return text.encode("utf-8")

    _rewrite(tmp_path / "ours.qdpx", tmp_path / "theirs.qdpx", foreign)
    theirs = _qde(tmp_path / "theirs.qdpx")
    expected = {
        tag: sorted(
            e.get("guid").strip("{}").upper()
            for e in theirs.iter(f"{{{NS['q']}}}{tag}")
            if tag != "Coding" or not e.getparent().tag.endswith("PDFSelection")
        )
        for tag in KEPT
    }
    notes = {
        n.get("name"): n.get("guid").strip("{}").upper() for n in theirs.iter(f"{{{NS['q']}}}Note")
    }
    import_qdpx(tmp_path / "theirs.qdpx", tmp_path / "copy.fqda")
    with open_project(tmp_path / "copy.fqda") as copy:
        export_qdpx(copy, tmp_path / "again.qdpx")
    again = _qde(tmp_path / "again.qdpx")
    for tag in KEPT:
        got = sorted(
            e.get("guid")
            for e in again.iter(f"{{{NS['q']}}}{tag}")
            if tag != "Coding" or not e.getparent().tag.endswith("PDFSelection")
        )
        assert got == expected[tag], tag
    again_notes = {n.get("name"): n.get("guid") for n in again.iter(f"{{{NS['q']}}}Note")}
    for name in ("Project memo", "On Tokyo", "On code", "On doc", "On cell", "On segment",
                 "Tokyo × Information/Multilingual"):  # fmt: skip
        assert again_notes[name] == notes[name], name  # memos and chart cells


def test_every_note_is_dated_and_signed(tmp_path: Path) -> None:
    with build_rich_project(tmp_path / "p.fqda") as project:
        with project.transaction() as s:
            alice = s.scalars(select(model.Coder).where(model.Coder.name == "alice")).one()
            s.execute(update(model.Memo).values(coder_id=alice.id))
        export_qdpx(project, tmp_path / "p.qdpx")
    root = _qde(tmp_path / "p.qdpx")
    users = {u.get("name"): u.get("guid") for u in root.iter(f"{{{NS['q']}}}User")}
    notes = list(root.iter(f"{{{NS['q']}}}Note"))
    assert len(notes) == 12  # the two segment notes are their selections' Descriptions
    for note in notes:
        assert note.get("creationDateTime"), note.get("name")
    scale = next(n for n in notes if n.get("name") == "Value scale")
    assert scale.get("creationDateTime") is not None
    memos = [n for n in notes if n.get("name", "").startswith(("On ", "Project memo"))]
    assert len(memos) == 6 and all(m.get("creatingUser") == users["alice"] for m in memos)
    translation = root.xpath("//q:Note[q:Description='FrameworkQDA segment translation']",
                             namespaces=NS)  # fmt: skip
    assert {t.get("creatingUser") for t in translation} == {users["alice"]}


def test_a_pdf_segment_is_text_in_the_representation_and_an_area_a_page(tmp_path: Path) -> None:
    with build_rich_project(tmp_path / "p.fqda") as project:
        export_qdpx(project, tmp_path / "p.qdpx")
        with project.session() as s:
            pdf = s.scalars(select(model.Document).where(model.Document.kind == "pdf")).one()
            spans = sorted((g.start, g.end) for g in pdf.segments)
    root = _qde(tmp_path / "p.qdpx")
    source = root.xpath("//q:PDFSource", namespaces=NS)[0]
    texts = source.xpath("q:Representation/q:PlainTextSelection", namespaces=NS)
    assert sorted((int(t.get("startPosition")), int(t.get("endPosition"))) for t in texts) == spans
    assert all(t.xpath("q:Coding/q:CodeRef", namespaces=NS) for t in texts)
    areas = source.xpath("q:PDFSelection", namespaces=NS)
    pages = sorted(
        (a.get("page"), a.xpath("string(q:Representation/q:PlainTextContent)", namespaces=NS))
        for a in areas
    )
    assert pages == [("0", "one"), ("0", "text"), ("1", "Page ")]
    # imported back: one segment each, the page areas do not add any
    import_qdpx(tmp_path / "p.qdpx", tmp_path / "q.fqda")
    with open_project(tmp_path / "q.fqda") as copy, copy.session() as s:
        pdf = s.scalars(select(model.Document).where(model.Document.kind == "pdf")).one()
        assert sorted((g.start, g.end) for g in pdf.segments) == spans


def test_an_undone_delete_keeps_the_segments_guids(tmp_path: Path) -> None:
    from frameworkqda.core import commands

    with build_rich_project(tmp_path / "p.fqda") as project:
        with project.session() as s:
            segment = s.scalars(select(model.Segment).order_by(model.Segment.id)).first()
            assert segment is not None
            before = (segment.id, segment.guid, segment.coding_guid)
        stack = commands.UndoStack(project)
        stack.push(commands.DeleteSegment(before[0]))
        stack.undo()
        with project.session() as s:
            again = s.get(model.Segment, before[0])
            assert again is not None and (again.id, again.guid, again.coding_guid) == before


def test_a_qdc_moves_codes_with_their_guids_and_headings(tmp_path: Path) -> None:
    from frameworkqda.core.exchange.qdc import export_qdc
    from frameworkqda.core.store import create_project

    _heading_only(tmp_path / "p.fqda")
    with open_project(tmp_path / "p.fqda") as project:
        export_qdc(project, tmp_path / "book.qdc")
    with create_project(tmp_path / "q.fqda") as target:
        assert writes.import_codebook(target, tmp_path / "book.qdc").created == 4
        export_qdc(target, tmp_path / "again.qdc")
        # renamed meanwhile, the code is still found by its GUID
        with target.transaction() as s:
            s.execute(update(model.Code).where(model.Code.name == "Support").values(name="Help"))
        assert writes.import_codebook(target, tmp_path / "book.qdc").created == 0
    assert (tmp_path / "book.qdc").read_bytes() == (tmp_path / "again.qdc").read_bytes()
    assert b'isCodable="false"' in (tmp_path / "again.qdc").read_bytes()


def test_a_selection_with_two_codings_goes_back_as_one(tmp_path: Path) -> None:
    """Another program's selection coded twice is two segments here, one selection again."""
    selection = "5E1EC710-0000-4000-8000-000000000001"
    qde = tmp_path / "two.qde"
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "50000000-0000-4000-8000-000000000001.txt").write_text(
        "多文化共生の推進について", encoding="utf-8"
    )
    qde.write_text(
        f"""<Project xmlns="urn:QDA-XML:project:1.0" name="two" origin="Other 1">
  <CodeBook><Codes>
    <Code guid="c0000000-0000-4000-8000-000000000001" name="Policy" isCodable="true"/>
    <Code guid="c0000000-0000-4000-8000-000000000002" name="Japan" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="50000000-0000-4000-8000-000000000001" name="plan"
        plainTextPath="internal://50000000-0000-4000-8000-000000000001.txt">
      <PlainTextSelection guid="{{{selection.lower()}}}" startPosition="0" endPosition="4">
        <Coding guid="d0000000-0000-4000-8000-000000000001">
          <CodeRef targetGUID="c0000000-0000-4000-8000-000000000001"/></Coding>
        <Coding guid="d0000000-0000-4000-8000-000000000002">
          <CodeRef targetGUID="c0000000-0000-4000-8000-000000000002"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>""",
        encoding="utf-8",
    )
    report = import_qdpx(qde, tmp_path / "two.fqda")
    assert report.lost == [] and report.imported["segments"] == 2
    with open_project(tmp_path / "two.fqda") as project:
        export_qdpx(project, tmp_path / "two.qdpx")
    root = _qde(tmp_path / "two.qdpx")
    (element,) = root.xpath("//q:PlainTextSelection", namespaces=NS)
    assert element.get("guid") == selection
    assert [c.get("guid") for c in element.xpath("q:Coding", namespaces=NS)] == [
        "D0000000-0000-4000-8000-000000000001",
        "D0000000-0000-4000-8000-000000000002",
    ]


def test_a_value_that_is_no_guid_is_not_kept(tmp_path: Path, project_schema: Any) -> None:
    """A file whose code carries guid="not-a-guid" (everywhere it is referred to) imported,
    and our own export then wrote it back and failed the REFI-QDA schema: such a value gets a
    new GUID on import, and the export is valid."""
    with build_rich_project(tmp_path / "p.fqda") as project:
        export_qdpx(project, tmp_path / "ours.qdpx")
    code = _qde(tmp_path / "ours.qdpx").xpath("//q:Code[@name='Multilingual']", namespaces=NS)[0]
    guid = code.get("guid")
    _rewrite(
        tmp_path / "ours.qdpx",
        tmp_path / "odd.qdpx",
        lambda xml: xml.replace(f'"{guid}"'.encode(), b'"not-a-guid"'),
    )
    import_qdpx(tmp_path / "odd.qdpx", tmp_path / "copy.fqda")
    with open_project(tmp_path / "copy.fqda") as copy:
        export_qdpx(copy, tmp_path / "again.qdpx")
    again = _qde(tmp_path / "again.qdpx")
    assert project_schema.validate(again), project_schema.error_log
    (multilingual,) = again.xpath("//q:Code[@name='Multilingual']", namespaces=NS)
    assert re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", multilingual.get("guid"))
    assert again.xpath(f"//q:CodeRef[@targetGUID='{multilingual.get('guid')}']", namespaces=NS)
