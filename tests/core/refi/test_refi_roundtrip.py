"""Export validates, is deterministic, and survives export -> import -> export unchanged."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pandas as pd
from lxml import etree
from sqlalchemy import select, update

from frameworkqda.core import model
from frameworkqda.core.exchange.refi import export_qdpx, import_qdpx
from frameworkqda.core.importers.service import import_documents
from frameworkqda.core.merge import merge_project
from frameworkqda.core.store import Project, create_project, open_project
from tests import writes
from tests.core.refi.builders import build_rich_project
from tests.documents import japanese_pdf


def _validate(schema: Any, archive: Path) -> bytes:
    with zipfile.ZipFile(archive) as z:
        xml = z.read("project.qde")
        names = z.namelist()
    document = etree.fromstring(xml)
    assert schema.validate(document), schema.error_log
    for name in names[1:]:
        assert name.startswith("sources/") and "/" not in name[len("sources/") :]
    for path in document.xpath("//@path | //@plainTextPath | //@richTextPath"):
        assert path.startswith("internal://")
        assert f"sources/{path[len('internal://') :]}" in names
    return xml


def _path(session: Any, code_id: int) -> str:
    parts = []
    code = session.get(model.Code, code_id)
    while code is not None:
        parts.append(code.name)
        code = code.parent
    return "/".join(reversed(parts))


def segments_frame(project: Project) -> pd.DataFrame:
    with project.session() as s:
        rows = [
            (
                seg.document.name,
                _path(s, seg.code_id),
                seg.start,
                seg.end,
                seg.note,
                seg.translation,
                seg.coder.name if seg.coder else "",
                seg.document.text[seg.start : seg.end],
            )
            for seg in s.scalars(select(model.Segment))
        ]
    columns = ["document", "code", "start", "end", "note", "translation", "coder", "text"]
    return pd.DataFrame(rows, columns=columns).sort_values(columns).reset_index(drop=True)


def cells_frame(project: Project) -> pd.DataFrame:
    with project.session() as s:
        rows = [
            (c.case.name, _path(s, c.code_id), c.value.label if c.value else "", c.summary)
            for c in s.scalars(select(model.ChartCell))
        ]
    columns = ["case", "code", "value", "summary"]
    return pd.DataFrame(rows, columns=columns).sort_values(columns).reset_index(drop=True)


def other_frame(project: Project) -> pd.DataFrame:
    with project.session() as s:
        memos = sorted(
            (
                m.title,
                m.text,
                m.document_id is not None,
                m.case_id is not None,
                m.code_id is not None,
                m.cell_id is not None,
                m.segment_id is not None,
            )
            for m in s.scalars(select(model.Memo))
        )
        docs = sorted(
            (d.name, d.kind.value, d.case.name if d.case else "", d.text, len(d.pages))
            for d in s.scalars(select(model.Document))
        )
        values = sorted(
            (v.case.name, v.attribute.name, v.value_text, v.value_number)
            for v in s.scalars(select(model.CaseAttributeValue))
        )
    return pd.DataFrame({"rows": [repr(memos), repr(docs), repr(values)]})


def test_export_validates_and_is_deterministic(
    project_location: str, tmp_path: Path, project_schema: Any
) -> None:
    with build_rich_project(project_location) as project:
        export_qdpx(project, tmp_path / "one.qdpx")
        export_qdpx(project, tmp_path / "two.qdpx")
    xml = _validate(project_schema, tmp_path / "one.qdpx")
    assert (tmp_path / "one.qdpx").read_bytes() == (tmp_path / "two.qdpx").read_bytes()
    text = xml.decode("utf-8")
    # positions after the non-BMP 𠮷 are code points: "野家の調査。多文化" starts at 1
    assert 'startPosition="1" endPosition="10"' in text
    # a chart cell's summary and a translation are their Notes' text files (QualCoder journals)
    with zipfile.ZipFile(tmp_path / "one.qdpx") as z:
        files = [z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".txt")]
    assert "Leaflets in 14 languages" in files and "Yoshinoya's survey" in files


def test_round_trip_same_bytes_segments_and_cells(
    project_location: str, tmp_path: Path, project_schema: Any
) -> None:
    with build_rich_project(project_location) as original:
        export_qdpx(original, tmp_path / "first.qdpx")
        expected = (segments_frame(original), cells_frame(original), other_frame(original))
    report = import_qdpx(tmp_path / "first.qdpx", tmp_path / "copy.fqda")
    assert report.lost == [] and report.notes == []
    assert report.imported["segments"] == 7 and report.imported["chart cells"] == 3
    with open_project(tmp_path / "copy.fqda") as copy:
        export_qdpx(copy, tmp_path / "second.qdpx")
        pd.testing.assert_frame_equal(segments_frame(copy), expected[0])
        pd.testing.assert_frame_equal(cells_frame(copy), expected[1])
        pd.testing.assert_frame_equal(other_frame(copy), expected[2])
    _validate(project_schema, tmp_path / "second.qdpx")
    assert (tmp_path / "first.qdpx").read_bytes() == (tmp_path / "second.qdpx").read_bytes()


def test_crlf_export_keeps_positions(tmp_path: Path, project_schema: Any) -> None:
    with build_rich_project(tmp_path / "p.fqda") as project:
        export_qdpx(project, tmp_path / "crlf.qdpx", line_endings="crlf")
        expected = segments_frame(project)
    with zipfile.ZipFile(tmp_path / "crlf.qdpx") as z:
        texts = [z.read(n) for n in z.namelist() if n.endswith(".txt")]
    assert any(b"\r\n" in t for t in texts)
    _validate(project_schema, tmp_path / "crlf.qdpx")
    import_qdpx(tmp_path / "crlf.qdpx", tmp_path / "back.fqda")
    with open_project(tmp_path / "back.fqda") as back:
        pd.testing.assert_frame_equal(segments_frame(back), expected)


def test_pdf_selection_mapped_through_geometry(tmp_path: Path) -> None:
    """Without the text selections and the areas' text, a PDF rectangle alone finds the
    range via page boxes; a selection over a page break was written as one area a page."""
    with build_rich_project(tmp_path / "p.fqda") as project:
        export_qdpx(project, tmp_path / "a.qdpx")
    with zipfile.ZipFile(tmp_path / "a.qdpx") as z:
        entries = {n: z.read(n) for n in z.namelist()}
    root = etree.fromstring(entries["project.qde"])
    ns = {"q": "urn:QDA-XML:project:1.0"}
    for representation in root.xpath(
        "//q:PDFSelection/q:Representation | //q:PDFSource/q:Representation/q:PlainTextSelection",
        namespaces=ns,
    ):
        representation.getparent().remove(representation)
    entries["project.qde"] = etree.tostring(root, xml_declaration=True, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "geometry.qdpx", "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    import_qdpx(tmp_path / "geometry.qdpx", tmp_path / "g.fqda")
    with open_project(tmp_path / "g.fqda") as copy:
        frame = segments_frame(copy)
    pdf = frame[frame.document == "national-guide"]
    assert sorted(pdf.text) == ["Page ", "one", "text"]  # "text" on page one, "Page " on two


def _coded(project: Project) -> set[tuple[str, int, int, str, str]]:
    with project.session() as s:
        return {
            (seg.document.name, seg.start, seg.end, seg.code.name, seg.coder.name)
            for seg in s.scalars(select(model.Segment))
        }


def test_a_pdf_area_over_a_sentence_repeated_on_its_line_is_no_second_segment(
    tmp_path: Path,
) -> None:
    """A segment crossing a line end is exported as a box over both lines whole, so the same
    sentence earlier on its first line lies in the box too; the area's text is found where its
    box is, and the round trip (and merging the export back) adds nothing."""
    sentence = "浜松市は、防災を推進する。"
    pdf = japanese_pdf(
        tmp_path / "plan.pdf",
        ["浜松市は、多言語情報を拡充する。" + sentence * 3 + "浜松市は、相談窓口の充実を図る。"],
    )
    with create_project(tmp_path / "p.fqda", name="Hamamatsu") as project:
        (result,) = import_documents(project, [pdf])
        assert result.document_id is not None
        with project.session() as s:
            text = s.get(model.Document, result.document_id).text
        first = text.index(sentence)
        second = text.index(sentence, first + 1)  # over the end of the first 40-character line
        assert first < 40 < second + len(sentence) and second < 40
        code = writes.add_code(project, "防災")
        writes.add_segment(project, result.document_id, code, second, second + len(sentence))
        third = text.index(sentence, second + 1)
        writes.add_segment(project, result.document_id, code, third, third + len(sentence))
        expected = _coded(project)
        export_qdpx(project, tmp_path / "p.qdpx")
        assert merge_project(project, tmp_path / "p.qdpx").nothing_added
    import_qdpx(tmp_path / "p.qdpx", tmp_path / "back.fqda")
    with open_project(tmp_path / "back.fqda") as back:
        assert _coded(back) == expected


def test_a_segment_note_is_its_selections_description_once(
    tmp_path: Path, project_schema: Any
) -> None:
    """A segment's note is the standard's ``Description`` of its selection (MAXQDA writes a
    coding's comment so; QualCoder reads only that as a coding's memo), in the text selection
    and in each page area of a PDF segment, with no Note of its own; imported back, each
    segment has its note once. Codings of one selection whose notes differ go out as two
    selections, as one Description is the note of all its codings."""
    with build_rich_project(tmp_path / "p.fqda") as project:
        with project.transaction() as s:
            shared = s.scalars(
                select(model.Segment).where(model.Segment.start == 5, model.Segment.end == 20)
            ).all()
            assert len(shared) == 2  # same range, two codes: give them one GUID, two notes
            shared[1].guid, shared[0].note, shared[1].note = shared[0].guid, "first", "second"
        export_qdpx(project, tmp_path / "p.qdpx")
        expected = segments_frame(project)
    xml = _validate(project_schema, tmp_path / "p.qdpx")
    root = etree.fromstring(xml)
    ns = {"q": "urn:QDA-XML:project:1.0"}
    described = root.xpath("//q:PlainTextSelection[q:Description]", namespaces=ns)
    assert sorted(d.xpath("string(q:Description)", namespaces=ns) for d in described) == [
        "about the survey",
        "crosses the page break",
        "first",
        "second",
    ]
    for selection in described:  # the schema's order: Description before the codings
        assert etree.QName(selection[0]).localname == "Description"
    areas = root.xpath("//q:PDFSelection", namespaces=ns)
    assert sorted(a.xpath("string(q:Description)", namespaces=ns) for a in areas) == [
        "",
        "crosses the page break",
        "crosses the page break",
    ]
    assert not root.xpath("//q:Note[q:Description='FrameworkQDA segment note']", namespaces=ns)
    assert "about the survey" not in "".join(root.xpath("//q:Notes//text()", namespaces=ns))

    report = import_qdpx(tmp_path / "p.qdpx", tmp_path / "q.fqda")
    assert report.lost == [] and report.notes == []
    with open_project(tmp_path / "q.fqda") as copy:
        pd.testing.assert_frame_equal(segments_frame(copy), expected)
        export_qdpx(copy, tmp_path / "again.qdpx")
    assert (tmp_path / "again.qdpx").read_bytes() == (tmp_path / "p.qdpx").read_bytes()


def test_a_file_with_both_a_description_and_a_segment_note_gives_the_note_once(
    tmp_path: Path,
) -> None:
    """Files written before this change carry a segment's note as a marked Note; a file with
    both that Note and the Description (the same text) imports the note once."""
    with build_rich_project(tmp_path / "p.fqda") as project:
        export_qdpx(project, tmp_path / "p.qdpx")
    with zipfile.ZipFile(tmp_path / "p.qdpx") as z:
        entries = {name: z.read(name) for name in z.namelist()}
    root = etree.fromstring(entries["project.qde"])
    ns = {"q": "urn:QDA-XML:project:1.0"}
    selection = root.xpath("//q:PlainTextSelection[q:Description]", namespaces=ns)[0]
    note_guid = "11111111-2222-4333-8444-555555555555"
    notes = root.find("q:Notes", ns)
    note = etree.SubElement(notes, "{urn:QDA-XML:project:1.0}Note", guid=note_guid, name="Note")
    etree.SubElement(
        note, "{urn:QDA-XML:project:1.0}Description"
    ).text = "FrameworkQDA segment note"
    etree.SubElement(note, "{urn:QDA-XML:project:1.0}PlainTextContent").text = selection[0].text
    etree.SubElement(selection, "{urn:QDA-XML:project:1.0}NoteRef", targetGUID=note_guid)
    entries["project.qde"] = etree.tostring(root, xml_declaration=True, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "both.qdpx", "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    report = import_qdpx(tmp_path / "both.qdpx", tmp_path / "q.fqda")
    assert report.lost == []
    with open_project(tmp_path / "q.fqda") as copy, copy.session() as s:
        notes_of = sorted(g.note for g in s.scalars(select(model.Segment)) if g.note)
    assert notes_of == ["about the survey", "crosses the page break"]


def test_memos_cells_and_translations_are_notes_with_text_files_named_once(
    tmp_path: Path, project_schema: Any
) -> None:
    """QualCoder makes a journal only of a named Note whose text is a file (``plainTextPath``)
    and stops its whole import at a second journal of one name. Memos, chart cells and
    translations so have their text in files under names used once: an untitled memo is named
    for what it is on and marked, so it comes back untitled; a repeated translation name is
    numbered; a memo whose title another already has keeps its text inline. The round trip
    stays exact."""
    with build_rich_project(tmp_path / "p.fqda") as project:
        with project.transaction() as s:
            s.execute(update(model.Memo).where(model.Memo.title == "On code").values(title=""))
            s.execute(update(model.Memo).where(model.Memo.title == "On doc").values(title=""))
            s.execute(
                update(model.Memo).where(model.Memo.title == "On segment").values(title="On cell")
            )
        export_qdpx(project, tmp_path / "p.qdpx")
        expected = (segments_frame(project), cells_frame(project), other_frame(project))
    xml = _validate(project_schema, tmp_path / "p.qdpx")
    root = etree.fromstring(xml)
    ns = {"q": "urn:QDA-XML:project:1.0"}
    with zipfile.ZipFile(tmp_path / "p.qdpx") as z:
        in_files = {
            note.get("name"): z.read("sources/" + note.get("plainTextPath")[11:]).decode()
            for note in root.xpath("//q:Note[@plainTextPath]", namespaces=ns)
        }
    assert in_files == {
        "Memo on code “Information”": "Broad code",
        "On Tokyo": "Large city",
        "Translation": "Yoshinoya's survey",
        "Translation (2)": "市は語学教室を支援する",
        "Memo on document “osaka-plan”": "Read twice",
        "Tokyo × Information/Multilingual": "Leaflets in 14 languages",
        "On cell": "Key quote",
        "Osaka × Information/Multilingual": "",
        "Osaka × Information/Easy Japanese": "Easy Japanese page only",
        "Project memo": "Overall impressions",
    }
    inline = root.xpath("//q:Note[q:PlainTextContent]/@name", namespaces=ns)
    assert sorted(inline) == ["On cell", "Value scale"]  # the second "On cell"; the scale
    report = import_qdpx(tmp_path / "p.qdpx", tmp_path / "q.fqda")
    assert report.lost == [] and report.notes == []
    with open_project(tmp_path / "q.fqda") as copy:
        pd.testing.assert_frame_equal(segments_frame(copy), expected[0])
        pd.testing.assert_frame_equal(cells_frame(copy), expected[1])
        pd.testing.assert_frame_equal(other_frame(copy), expected[2])
        export_qdpx(copy, tmp_path / "again.qdpx")
    assert (tmp_path / "again.qdpx").read_bytes() == (tmp_path / "p.qdpx").read_bytes()


def test_the_project_memo_and_free_memos_come_back_apart(
    project_location: str, tmp_path: Path, project_schema: Any
) -> None:
    """The project memo is written as a Note the Project points to (untitled, so marked and
    named "Project memo"); each free memo as a Note of its own under its title that nothing
    points to, as NVivo and MAXQDA write free memos. Imported again, the project memo is the
    project memo and the free memos are free memos, each with its title and text; exported
    again, the file is the same."""
    from frameworkqda.core import memos

    with build_rich_project(project_location) as project:
        with project.transaction() as s:
            s.add_all(
                [
                    model.Memo(title="Fieldwork diary", text="Day one in Osaka"),
                    model.Memo(title="Ideas", text="Compare the cities"),
                ]
            )
        export_qdpx(project, tmp_path / "p.qdpx")
        expected = other_frame(project)
    root = etree.fromstring(_validate(project_schema, tmp_path / "p.qdpx"))
    ns = {"q": "urn:QDA-XML:project:1.0"}
    on_project = root.xpath("/q:Project/q:NoteRef/@targetGUID", namespaces=ns)
    named = {note.get("name"): note.get("guid") for note in root.xpath("//q:Note", namespaces=ns)}
    assert named["Project memo"] in on_project
    assert named["Fieldwork diary"] not in on_project and named["Ideas"] not in on_project
    assert not root.xpath(
        f"//q:NoteRef[@targetGUID='{named['Ideas']}']|//q:Link[@originGUID='{named['Ideas']}']",
        namespaces=ns,
    )
    report = import_qdpx(tmp_path / "p.qdpx", tmp_path / "q.fqda")
    assert report.lost == [] and report.notes == []
    assert report.imported["free memos"] == 2
    with open_project(tmp_path / "q.fqda") as copy:
        assert memos.memo_text(copy, "project") == "Overall impressions"
        free = [(row.title, row.text) for row in memos.list_memos(copy) if row.target == memos.FREE]
        assert free == [("Fieldwork diary", "Day one in Osaka"), ("Ideas", "Compare the cities")]
        pd.testing.assert_frame_equal(other_frame(copy), expected)
        export_qdpx(copy, tmp_path / "again.qdpx")
    assert (tmp_path / "again.qdpx").read_bytes() == (tmp_path / "p.qdpx").read_bytes()
