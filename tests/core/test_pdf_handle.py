"""The bare page handle the PDF reader loads pages with says what pypdfium2's page says."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from frameworkqda.core.importers.pdf import open_pdf
from frameworkqda.core.importers.pdf_handle import LoadedPage


def _turned_and_cropped(path: Path) -> Path:
    """Four pages turned 0, 90, 180 and 270 degrees; the last two with a crop box."""
    document = pdfium.PdfDocument.new()
    for number, degrees in enumerate((0, 90, 180, 270)):
        page = document.new_page(595, 842)
        page.set_rotation(degrees)
        if number >= 2:
            page.set_cropbox(20, 30, 500, 800)
        page.close()
    document.save(path)
    document.close()
    return path


def test_box_and_rotation_are_pypdfium2s(tmp_path: Path) -> None:
    path = _turned_and_cropped(tmp_path / "turned.pdf")
    document = open_pdf(path, path.name, None)
    try:
        for number in range(len(document)):
            wrapped = document[number]
            bare = LoadedPage(document, number)
            try:
                assert bare.get_rotation() == wrapped.get_rotation() == number * 90
                assert bare.get_bbox() == wrapped.get_bbox()
            finally:
                bare.close()
                wrapped.close()
        cropped = LoadedPage(document, 2)
        assert cropped.get_bbox() == (20, 30, 500, 800)
        cropped.close()
    finally:
        document.close()


def test_a_page_that_is_not_there_is_refused(tmp_path: Path) -> None:
    path = _turned_and_cropped(tmp_path / "turned.pdf")
    document = open_pdf(path, path.name, None)
    try:
        with pytest.raises(pdfium.PdfiumError, match="Failed to load page"):
            LoadedPage(document, 4)
    finally:
        document.close()
