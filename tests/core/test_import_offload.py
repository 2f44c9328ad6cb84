"""Files read in the running pool (the GUI's) give what the calling thread reads; refusals and
cancels come back as they would there."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from frameworkqda.core import workers
from frameworkqda.core.errors import FileTooLargeError, ImportCancelledError
from frameworkqda.core.importers import ImportLimits, ImportOptions, extract
from frameworkqda.core.importers.base import Cancellation
from frameworkqda.core.importers.offload import extract_file
from tests import documents

OPTIONS = ImportOptions(ocr=False)


def _files(folder: Path) -> list[Path]:
    text = "浜松市は多言語で情報を提供している。𠮷野家の前。\n"
    page = folder / "page.html"
    page.write_text(f"<html><body><h1>計画</h1><p>{text}</p></body></html>", encoding="utf-8")
    note = folder / "note.txt"
    note.write_text(text * 20, encoding="utf-8")
    return [
        documents.docx(folder / "plan.docx", documents.paragraph(text)),
        page,
        note,
        documents.japanese_pdf(folder / "short.pdf", pages=2),
    ]


def _in_pool(path: Path, options: ImportOptions = OPTIONS, cancel: threading.Event | None = None):  # type: ignore[no-untyped-def]
    data = path.read_bytes()
    return extract_file(
        data,
        path.name,
        options,
        progress=lambda done, total: None,
        cancellation=Cancellation(cancel),
    )


@pytest.fixture
def running_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "2")
    assert workers.pool() is not None  # running, as the GUI keeps it


def test_every_kind_reads_the_same_in_the_pool(tmp_path: Path, running_pool: None) -> None:
    for path in _files(tmp_path):
        in_pool = _in_pool(path)
        here = extract(path.read_bytes(), path.name, OPTIONS)
        assert (in_pool.kind, in_pool.text, in_pool.language) == (
            here.kind,
            here.text,
            here.language,
        )
        assert in_pool.pages == here.pages and in_pool.warnings == here.warnings, path.name


def test_a_refusal_in_a_worker_is_the_one_the_thread_gives(
    tmp_path: Path, running_pool: None
) -> None:
    huge = documents.docx(tmp_path / "huge.docx", documents.paragraph("多文化共生" * 300_000))
    options = ImportOptions(limits=ImportLimits(max_xml_part_bytes=1_000_000))
    with pytest.raises(FileTooLargeError) as here:
        extract(huge.read_bytes(), huge.name, options)
    with pytest.raises(FileTooLargeError) as in_pool:
        _in_pool(huge, options)
    assert str(in_pool.value) == str(here.value)
    assert str(here.value).startswith("huge.docx: refused: part word/document.xml ")


def test_a_cancel_stops_the_wait(tmp_path: Path, running_pool: None) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ImportCancelledError):
        _in_pool(_files(tmp_path)[0], cancel=cancel)
