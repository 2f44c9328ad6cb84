"""A long PDF's pages handed to the workers at once (``read_early``, as the command line's
reader process does, ``early_read``): the import takes them over and gets what it would have
read itself; unused ones are dropped. The command line itself: tests/e2e/test_cli_early_read.py."""

from __future__ import annotations

import glob
import os
import tempfile
from pathlib import Path

import pytest

from frameworkqda.core import workers
from frameworkqda.core.importers import ImportOptions, extract, pdf_parallel
from frameworkqda.core.importers.pdf import COLD_POOL_MIN_PAGES
from frameworkqda.core.importers.warm import warm_up_for
from tests import documents


def _copies() -> list[str]:
    """The temporary copies of PDFs this process handed to its workers."""
    return glob.glob(os.path.join(tempfile.gettempdir(), f"{workers.temporary_prefix()}*.pdf"))


@pytest.fixture
def long_pdf(tmp_path: Path) -> Path:
    return documents.japanese_pdf(tmp_path / "plan.pdf", pages=COLD_POOL_MIN_PAGES)


def test_pages_read_early_are_taken_over(long_pdf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "1")
    alone = extract(long_pdf.read_bytes(), long_pdf.name, ImportOptions(ocr=False))
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "2")
    options = ImportOptions(ocr=False)
    assert warm_up_for(long_pdf, options)
    assert len(pdf_parallel._early) == 1
    early = extract(long_pdf.read_bytes(), long_pdf.name, options)
    assert not pdf_parallel._early  # taken over, not read twice
    assert early.text == alone.text and early.pages == alone.pages
    assert early.warnings == alone.warnings
    assert not _copies()


def test_pages_read_early_with_other_options_are_not_used(
    long_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "2")
    warm_up_for(long_pdf, ImportOptions(ocr=False))
    kept = extract(long_pdf.read_bytes(), long_pdf.name, ImportOptions(keep_page_furniture=True))
    assert len(pdf_parallel._early) == 1  # not these: read again
    assert kept.text
    pdf_parallel.drop_early()
    assert not pdf_parallel._early
