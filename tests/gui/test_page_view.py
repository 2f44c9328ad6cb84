"""The page view renders in the background: pages arrive, stale ones are dropped."""

from __future__ import annotations

from pathlib import Path

from frameworkqda.core.render import PageRenderer
from frameworkqda.gui.document.page_view import PageSize, PageView


def test_pages_render_in_the_background_and_zoom_drops_stale_images(
    qtbot, japanese_pdf: Path
) -> None:  # type: ignore[no-untyped-def]
    view = PageView()
    qtbot.addWidget(view)
    view.resize(700, 600)
    renderer = PageRenderer(japanese_pdf.read_bytes())
    sizes = [PageSize(n, *renderer.page_size(n)) for n in (1, 2)]
    view.set_document(renderer, sizes, None)
    view.show()
    assert view.wait_rendered(10)
    assert all(key[1] == view.scale() for key in view._cache)
    assert (1, view.scale()) in view._cache
    view.set_zoom(2.0)  # images at the old scale are gone; the new ones come
    assert not any(key[1] != view.scale() for key in view._cache)
    assert view.wait_rendered(10)
    assert (1, view.scale()) in view._cache
    # a closed renderer (document switched while a page was queued) leaves pages white
    renderer.close()
    view.set_zoom(1.0)
    view.canvas().repaint()
    qtbot.wait(50)
    assert not view._cache


def test_rendering_in_the_paint_when_asked(qtbot, japanese_pdf: Path) -> None:  # type: ignore[no-untyped-def]
    view = PageView()
    qtbot.addWidget(view)
    view.render_in_background = False
    renderer = PageRenderer(japanese_pdf.read_bytes())
    view.set_document(renderer, [PageSize(1, *renderer.page_size(1))], None)
    view.resize(700, 600)
    view.show()
    assert view._image(1) is not None  # what a paint asks: rendered there and then
    assert (1, view.scale()) in view._cache
    renderer.close()
