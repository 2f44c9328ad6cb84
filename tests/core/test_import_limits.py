"""Limits that keep an import's memory bounded: each refusal names the file and the limit."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from frameworkqda.core import workers
from frameworkqda.core.errors import FileTooLargeError
from frameworkqda.core.importers import (
    ImportLimits,
    ImportOptions,
    ImportStatus,
    extract,
    import_documents,
)
from frameworkqda.core.store import create_project
from tests import documents


@pytest.mark.parametrize("worker_count", ["1", "2"])
def test_pdf_text_over_the_limit_is_refused_while_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, worker_count: str
) -> None:
    """One process, and the worker pool (a PDF past COLD_POOL_MIN_PAGES starts it)."""
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", worker_count)
    pdf = documents.japanese_pdf(tmp_path / "long.pdf", pages=160)
    options = ImportOptions(limits=ImportLimits(max_text_chars=5_000))
    try:
        with pytest.raises(FileTooLargeError) as refused:
            extract(pdf.read_bytes(), "long.pdf", options)
    finally:
        workers.shutdown()
    assert str(refused.value) == (
        "long.pdf: refused: more than 5,000 characters of text, the import limit "
        "(the memory needed to read it); split the document"
    )


def test_docx_xml_part_over_the_limit_is_refused(tmp_path: Path) -> None:
    rng = random.Random(18)
    text = "".join(rng.choice("多文化共生の推進と相談窓口abcdefgh") for _ in range(700_000))
    docx = documents.docx(tmp_path / "huge.docx", documents.paragraph(text))
    options = ImportOptions(limits=ImportLimits(max_xml_part_bytes=1_000_000))
    with pytest.raises(FileTooLargeError) as refused:
        extract(docx.read_bytes(), "huge.docx", options)
    assert str(refused.value) == (
        "huge.docx: refused: part word/document.xml is 1.6 MB of XML, over the limit of 1.0 MB "
        "(the memory needed to read it); split the document"
    )


def test_any_document_with_text_over_the_limit_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "long.txt"
    text.write_text("多文化共生の推進。\n" * 200, encoding="utf-8")
    project = create_project(tmp_path / "p.fqda")
    try:
        options = ImportOptions(limits=ImportLimits(max_text_chars=1_000))
        (result,) = import_documents(project, [text], options=options)
    finally:
        project.close()
    assert result.status == ImportStatus.FAILED
    assert result.message == (
        "long.txt: refused: more than 1,000 characters of text, the import limit "
        "(the memory needed to read it); split the document"
    )
