"""An HTML document through REFI-QDA: export-qdpx then import-qdpx gave a web page back as a
text document (kind "text", its HTML gone). The export now keeps the page beside its plain
text, named by a GUID derived from the source's and referenced by nothing, as a Shift-JIS
text's original is kept, so what other programs read is as before; the import makes it an HTML
document again with that file. A TextSource whose ``richTextPath`` is an HTML file (QualCoder
names a web page it holds so) is an HTML document too."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from sqlalchemy import select

from frameworkqda.cli import main
from frameworkqda.core import model
from frameworkqda.core.exchange.refi.guids import text_original
from frameworkqda.core.store import open_project

PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>大阪市の多文化共生</title></head>
<body><main><h1>大阪市の多文化共生</h1>
<p>外国人住民のための相談窓口を区役所に設けています。𠮷野家の前です。</p>
<p>やさしい日本語で情報を発信しています。</p></main></body></html>
"""


def _document(location: Path) -> tuple[model.DocumentKind, str, str, bytes]:
    with open_project(location) as project, project.session() as s:
        document = s.scalars(select(model.Document)).one()
        stored = s.get(model.DocumentFile, document.id)
        assert stored is not None
        return document.kind, document.text, document.sha256, stored.data


@pytest.mark.parametrize(
    ("filename", "suffix"),
    [("osaka-web.html", ".html"), ("osaka-web.htm", ".htm"), ("kokusai.aspx", ".html")],
)
def test_an_html_document_comes_back_as_html_with_its_page(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    project_schema: Any,
    filename: str,
    suffix: str,
) -> None:
    """A page saved as .aspx (read by its content) is kept as .html: the kind the import
    reads back from the file's extension."""
    page = tmp_path / filename
    page.write_text(PAGE, encoding="utf-8")
    first, back = tmp_path / "p.fqda", tmp_path / "back.fqda"
    assert main(["new", str(first)]) == 0
    assert main(["import", str(first), str(page)]) == 0
    kind, text, sha, data = _document(first)
    assert kind is model.DocumentKind.HTML and data == page.read_bytes()
    assert main(["export-qdpx", str(first), "-o", str(tmp_path / "p.qdpx")]) == 0
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        root = etree.fromstring(archive.read("project.qde"))
        entries = {name: archive.read(name) for name in archive.namelist()[1:]}
    assert project_schema.validate(root), project_schema.error_log
    # what other programs read is as before: a TextSource with its plain text and no other path
    [source] = root.xpath("//*[local-name()='TextSource']")
    assert sorted(source.attrib) == ["creationDateTime", "guid", "name", "plainTextPath"]
    plain = f"sources/{source.get('plainTextPath').removeprefix('internal://')}"
    assert entries[plain] == text.encode("utf-8")
    assert entries[f"sources/{text_original(source.get('guid'))}{suffix}"] == page.read_bytes()
    assert len(entries) == 2

    capsys.readouterr()
    assert main(["import-qdpx", str(back), str(tmp_path / "p.qdpx")]) == 0
    assert "not carried over: nothing" in capsys.readouterr().out
    assert _document(back) == (model.DocumentKind.HTML, text, sha, page.read_bytes())
    assert main(["import", str(back), str(page)]) == 0  # the same page: already present
    assert "0 imported, 1 already present, 0 failed" in capsys.readouterr().err
    assert main(["export-qdpx", str(back), "-o", str(tmp_path / "again.qdpx")]) == 0
    assert (tmp_path / "again.qdpx").read_bytes() == (tmp_path / "p.qdpx").read_bytes()


def test_a_rich_text_path_to_an_html_file_makes_an_html_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """QualCoder exports a web page it holds as a TextSource whose richTextPath is the page."""
    guid = "6F35C6F2-BD8F-4F08-AD49-6D62CB8442A5"
    text = "大阪市の多文化共生\n外国人住民のための相談窓口を区役所に設けています。"
    project = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Cities" origin="QualCoder 3.6">
 <Sources>
  <TextSource guid="{guid}" name="osaka-web.html" richTextPath="internal://{guid}.html"
   plainTextPath="internal://{guid}.txt"/>
 </Sources>
</Project>
"""
    with zipfile.ZipFile(tmp_path / "qc.qdpx", "w") as archive:
        archive.writestr("project.qde", project.encode("utf-8"))
        archive.writestr(f"sources/{guid}.txt", text.encode("utf-8"))
        archive.writestr(f"sources/{guid}.html", PAGE.encode("utf-8"))
    assert main(["import-qdpx", str(tmp_path / "qc.fqda"), str(tmp_path / "qc.qdpx")]) == 0
    assert "not carried over: nothing" in capsys.readouterr().out
    kind, stored, _, data = _document(tmp_path / "qc.fqda")
    assert (kind, stored, data) == (model.DocumentKind.HTML, text, PAGE.encode("utf-8"))
