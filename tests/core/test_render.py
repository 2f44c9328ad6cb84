"""Rendering PDF pages to BGRx pixels for the page view."""

from __future__ import annotations

import io

import pytest

from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.render import PageRenderer


def _pdf() -> bytes:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(200, 100))
    pdf.drawString(10, 50, "page one")
    pdf.showPage()
    pdf.drawString(10, 50, "page two")
    pdf.save()
    return buffer.getvalue()


def test_renders_pages_at_scale() -> None:
    renderer = PageRenderer(_pdf())
    assert renderer.page_count == 2
    assert renderer.page_size(2) == (200.0, 100.0)
    page = renderer.render(2, 2.0)
    assert (page.width, page.height) == (400, 200)
    assert page.stride >= 4 * page.width
    assert len(page.data) == page.stride * page.height
    assert page.data[:4] == b"\xff\xff\xff\xff"[:3] + page.data[3:4]  # white corner
    renderer.close()


def test_garbage_is_a_clear_error() -> None:
    with pytest.raises(FrameworkQDAError):
        PageRenderer(b"not a pdf")


def test_page_handles_are_kept_and_a_closed_renderer_refuses() -> None:
    from frameworkqda.core import render

    renderer = PageRenderer(_pdf())
    first = renderer.render(1, 1.0)
    again = renderer.render(1, 2.0)  # the same page handle, another scale
    assert (again.width, again.height) == (2 * first.width, 2 * first.height)
    assert list(renderer._pages) == [1]
    renderer.render(2, 1.0)
    assert len(renderer._pages) <= render.KEPT_PAGES
    renderer.close()
    renderer.close()  # twice is harmless
    with pytest.raises(FrameworkQDAError):
        renderer.render(1, 1.0)
