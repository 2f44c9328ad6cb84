"""Codebook .qdc in and out (validated), and the import-qdpx / export-qdpx verbs."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from sqlalchemy import select

from frameworkqda.cli import main
from frameworkqda.core import model
from frameworkqda.core.exchange.qdc import export_qdc
from frameworkqda.core.exchange.refi import UnsafeFileError
from frameworkqda.core.exchange.refi.common import ExchangeError
from frameworkqda.core.store import create_project, open_project
from tests import writes
from tests.core.refi.builders import build_rich_project


def test_qdc_round_trip_validates(tmp_path: Path, codebook_schema: Any) -> None:
    with build_rich_project(tmp_path / "p.fqda") as project:
        assert export_qdc(project, tmp_path / "book.qdc") == 4
    assert codebook_schema.validate(etree.parse(str(tmp_path / "book.qdc"))), (
        codebook_schema.error_log
    )
    with create_project(tmp_path / "q.fqda") as target:
        summary = writes.import_codebook(target, tmp_path / "book.qdc")
        assert (summary.created, summary.updated) == (4, 0)
        export_qdc(target, tmp_path / "again.qdc")
        with target.session() as s:
            multi = s.scalars(select(model.Code).where(model.Code.name == "Multilingual")).one()
            assert multi.parent is not None and multi.parent.name == "Information"
            assert (multi.colour, multi.definition) == ("#42a5f5", "In several languages")
        again = writes.import_codebook(target, tmp_path / "book.qdc")
        assert (again.created, again.updated, again.unchanged) == (0, 0, 4)  # not "4 updated"

    # a code whose guid is no GUID gets one of its own: the export stays valid
    book = (tmp_path / "book.qdc").read_text(encoding="utf-8")
    odd = etree.fromstring(book.encode()).xpath("//*[@name='Easy Japanese']")[0].get("guid")
    (tmp_path / "odd.qdc").write_text(book.replace(odd, "not-a-guid"), encoding="utf-8")
    with create_project(tmp_path / "r.fqda") as other:
        assert writes.import_codebook(other, tmp_path / "odd.qdc").created == 4
        export_qdc(other, tmp_path / "odd-again.qdc")
    assert codebook_schema.validate(etree.parse(str(tmp_path / "odd-again.qdc"))), (
        codebook_schema.error_log
    )


def test_qdc_with_entities_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.qdc"
    bad.write_text(
        '<!DOCTYPE CodeBook [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>'
    )
    with create_project(tmp_path / "q.fqda") as target, pytest.raises(UnsafeFileError):
        writes.import_codebook(target, bad)


def test_a_qdc_that_gives_one_guid_to_two_codes_is_refused(tmp_path: Path) -> None:
    """Two codes with one GUID in a .qdc: the second merged into the first and was gone, with
    "1 code added"; the file is refused naming both lines, as import-qdpx refuses it."""
    twice = tmp_path / "twice.qdc"
    guid = "6F1C9A52-3D4B-5E8A-9C07-2B1F4E6D8A90"
    twice.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>\n'
        f'<Code guid="{guid}" name="A" isCodable="true"/>\n'
        f'<Code guid="{{{guid.lower()}}}" name="B" isCodable="true"/>\n'
        "</Codes></CodeBook>",
        encoding="utf-8",
    )
    with create_project(tmp_path / "q.fqda") as target:
        with target.session() as s:
            before = len(s.scalars(select(model.Code)).all())
        with pytest.raises(ExchangeError, match=r"the GUID .* is used twice \(line 3 and line 4\)"):
            writes.import_codebook(target, twice)
        with target.session() as s:
            assert len(s.scalars(select(model.Code)).all()) == before


def test_cli_export_and_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], refi_dir: Path
) -> None:
    build_rich_project(tmp_path / "p.fqda").close()
    assert main(["export-qdpx", str(tmp_path / "p.fqda"), "-o", str(tmp_path / "p.qdpx")]) == 0
    assert "7 segments" in capsys.readouterr().out
    assert main(["import-qdpx", str(tmp_path / "q.fqda"), str(tmp_path / "p.qdpx")]) == 0
    assert "not carried over: nothing" in capsys.readouterr().out
    hand = refi_dir / "ornio_hand_authored_project.qde"
    # the older order FILE PROJECT still works, with a warning
    assert main(["import-qdpx", str(hand), str(tmp_path / "h.fqda")]) == 0
    out, err = capsys.readouterr()
    assert "sets are not supported" in out
    assert "deprecated" in err
    assert main(["import-qdpx", str(tmp_path / "x.fqda"), str(tmp_path / "p.fqda")]) == 1
    assert "frameworkqda:" in capsys.readouterr().err
    assert not (tmp_path / "x.fqda").exists()
    with open_project(tmp_path / "q.fqda") as project:
        assert project.name == "Cities study"


def test_codebook_verb_moves_a_qdc_between_projects(
    tmp_path: Path, codebook_schema: Any, capsys: Any
) -> None:

    source, target = tmp_path / "source.fqda", tmp_path / "target.fqda"
    assert main(["new", str(source), "--framework", "mipex-local"]) == 0
    assert main(["new", str(target)]) == 0
    assert main(["codebook", "export", str(source), "-o", str(tmp_path / "mipex-local.qdc")]) == 0
    assert codebook_schema.validate(etree.parse(str(tmp_path / "mipex-local.qdc")))
    assert main(["codebook", "import", str(target), str(tmp_path / "mipex-local.qdc")]) == 0
    assert "39 codes added, 0 updated" in capsys.readouterr().out
    assert main(["codebook", "export", str(target), "-o", str(tmp_path / "again.csv")]) == 0
    assert main(["codebook", "export", str(source), "-o", str(tmp_path / "first.csv")]) == 0
    assert (tmp_path / "again.csv").read_text() == (tmp_path / "first.csv").read_text()


def test_the_deepest_codebook_allowed_goes_out_and_back(
    tmp_path: Path, codebook_schema: Any
) -> None:
    """A codebook 62 levels deep imported from CSV (500 were taken) exported fine, and then
    our own import-qdpx, merge and codebook import refused it (XML nested deeper than 64
    levels). Codes now nest at most MAX_LEVELS deep, which goes out and back."""
    from frameworkqda.core.codebook import MAX_LEVELS
    from frameworkqda.core.errors import ValidationError
    from frameworkqda.core.exchange.refi import export_qdpx, import_qdpx

    deep = tmp_path / "deep.csv"
    deep.write_text(
        "path\n" + "/".join(f"L{level}" for level in range(1, MAX_LEVELS + 1)) + "\n",
        encoding="utf-8",
    )
    deeper = tmp_path / "deeper.csv"
    deeper.write_text(
        "path\n" + "/".join(f"L{level}" for level in range(1, MAX_LEVELS + 2)) + "\n",
        encoding="utf-8",
    )
    with create_project(tmp_path / "p.fqda") as project:
        with pytest.raises(ValidationError, match=f"row 2: codes nest at most {MAX_LEVELS}"):
            writes.import_codebook(project, deeper)
        assert writes.import_codebook(project, deep).created == MAX_LEVELS
        theme = writes.add_code(project, "T")
        writes.add_code(project, "C", parent_id=theme)
        with project.session() as s:
            level_49 = s.scalars(select(model.Code.id).where(model.Code.name == "L49")).one()
        with pytest.raises(ValidationError, match="T would reach 51"):
            writes.move_code(project, theme, level_49, 0)  # T and C below L49: too deep
        export_qdpx(project, tmp_path / "deep.qdpx")
        export_qdc(project, tmp_path / "deep.qdc")
    import_qdpx(tmp_path / "deep.qdpx", tmp_path / "back.fqda")
    with create_project(tmp_path / "q.fqda") as other:
        assert writes.import_codebook(other, tmp_path / "deep.qdc").created == MAX_LEVELS + 2


def test_exports_name_the_codes_that_share_a_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The MIPEX template repeats three names (the standard allows it; they are kept), which
    QualCoder merges: export-qdpx and a .qdc export say so, naming them; a CSV export does not."""
    project = tmp_path / "mipex.fqda"
    assert main(["new", str(project), "--framework", "mipex-local", "--language", "ja"]) == 0
    capsys.readouterr()
    shared = (
        "  note: codes that share a name: “相談窓口”, “多言語による情報提供”, "
        "“国への要望・働きかけ”. REFI-QDA allows it, but QualCoder merges codes of the same name "
        "into one, and the codings of the others come in without a code."
    )
    assert main(["export-qdpx", str(project), "-o", str(tmp_path / "m.qdpx")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "39 codes, 0 segments" in out[0] and shared in out
    with zipfile.ZipFile(tmp_path / "m.qdpx") as archive:
        xml = archive.read("project.qde").decode("utf-8")
    assert xml.count('name="相談窓口"') == 2  # not renamed
    assert main(["codebook", "export", str(project), "-o", str(tmp_path / "m.qdc")]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"wrote 39 codes to {tmp_path / 'm.qdc'}",
        shared,
    ]
    assert main(["codebook", "export", str(project), "-o", str(tmp_path / "m.csv")]) == 0
    assert "QualCoder" not in capsys.readouterr().out


def test_a_shift_jis_and_a_crlf_text_come_back_as_the_same_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], project_schema: Any
) -> None:
    """A text document whose file was not UTF-8 with LF line ends keeps that file through
    export-qdpx → import-qdpx: importing the same files again finds them already present.
    The original goes beside the plain text, named by a GUID derived from the source's and
    referenced by nothing (TextSource has no attribute for it), so the export stays valid and
    other programs read the plain text as before."""
    sjis = tmp_path / "sjis.txt"
    sjis.write_bytes(
        "外国人住民の相談窓口を設置する。\n多言語で情報を提供する。\n".encode("shift_jis")
    )
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes("line one\r\nline two 😀\r\n".encode())
    plain = tmp_path / "plain.txt"
    plain.write_bytes(b"already UTF-8 with LF\n")
    files = [str(sjis), str(crlf), str(plain)]
    assert main(["new", str(tmp_path / "p.fqda")]) == 0
    assert main(["import", str(tmp_path / "p.fqda"), *files]) == 0
    assert main(["export-qdpx", str(tmp_path / "p.fqda"), "-o", str(tmp_path / "p.qdpx")]) == 0
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        root = etree.fromstring(archive.read("project.qde"))
        entries = {name: archive.read(name) for name in archive.namelist()[1:]}
    assert project_schema.validate(root), project_schema.error_log
    referenced = {
        f"sources/{p.removeprefix('internal://')}" for p in root.xpath("//@plainTextPath")
    }
    assert len(referenced) == 3 and all(b"\r" not in entries[n] for n in referenced)
    originals = sorted(data for name, data in entries.items() if name not in referenced)
    assert originals == sorted([sjis.read_bytes(), crlf.read_bytes()])  # not the UTF-8 one

    assert main(["import-qdpx", str(tmp_path / "back.fqda"), str(tmp_path / "p.qdpx")]) == 0
    assert "not carried over: nothing" in capsys.readouterr().out
    assert main(["import", str(tmp_path / "back.fqda"), *files]) == 0
    assert "0 imported, 3 already present, 0 failed" in capsys.readouterr().err
    with open_project(tmp_path / "back.fqda") as back, back.session() as s:
        documents = {d.name: d for d in s.scalars(select(model.Document))}
        assert sorted(documents) == ["crlf.txt", "plain.txt", "sjis.txt"]
        assert documents["sjis.txt"].text.startswith("外国人住民の相談窓口")
        assert documents["crlf.txt"].text == "line one\nline two 😀\n"
        stored = s.get(model.DocumentFile, documents["sjis.txt"].id)
        assert stored is not None and stored.data == sjis.read_bytes()
    assert (
        main(["export-qdpx", str(tmp_path / "back.fqda"), "-o", str(tmp_path / "again.qdpx")]) == 0
    )
    assert (tmp_path / "again.qdpx").read_bytes() == (tmp_path / "p.qdpx").read_bytes()


def test_a_text_original_that_is_not_the_sources_text_is_left_aside(tmp_path: Path) -> None:
    """The file beside a text source is taken only when it reads as that source's text: one
    changed in the archive is not made the document's original."""
    sjis = tmp_path / "sjis.txt"
    sjis.write_bytes("相談窓口を設置する。\n".encode("shift_jis"))
    assert main(["new", str(tmp_path / "p.fqda")]) == 0
    assert main(["import", str(tmp_path / "p.fqda"), str(sjis)]) == 0
    assert main(["export-qdpx", str(tmp_path / "p.fqda"), "-o", str(tmp_path / "p.qdpx")]) == 0
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    (original,) = [name for name, data in entries.items() if data == sjis.read_bytes()]
    entries[original] = "別の文書です。\n".encode("shift_jis")
    with zipfile.ZipFile(tmp_path / "changed.qdpx", "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    assert main(["import-qdpx", str(tmp_path / "back.fqda"), str(tmp_path / "changed.qdpx")]) == 0
    with open_project(tmp_path / "back.fqda") as back, back.session() as s:
        (document,) = s.scalars(select(model.Document))
        stored = s.get(model.DocumentFile, document.id)
        assert document.text == "相談窓口を設置する。\n"
        assert stored is not None and stored.data == document.text.encode("utf-8")
