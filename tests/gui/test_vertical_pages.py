"""A vertical Japanese PDF (corpus jo.pdf) opens in the page view as wide as the view, with
the first column — top right, where reading begins — in sight, also after zooming in; the
page view and the text view each keep their own zoom."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from frameworkqda.core import workspace
from frameworkqda.core.commands import Change
from frameworkqda.core.importers import import_documents
from frameworkqda.gui.document.page_view import PAGE_GAP, PageView
from frameworkqda.gui.main_window import MainWindow
from tests.gui.clicks import open_document


def _in_sight(view: PageView, point: QPoint) -> bool:
    offset = QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    return QRect(QPoint(0, 0), view.viewport().size()).contains(point - offset)


def test_vertical_pdf_opens_at_fit_width_with_its_first_column_in_sight(
    qtbot, window: MainWindow, corpus
) -> None:  # type: ignore[no-untyped-def]
    assert window.session is not None
    (result,) = import_documents(window.session.project, [corpus / "pdf/ja/jo.pdf"])
    window.session.notify({Change.DOCUMENTS})
    area = window.document_area
    open_document(qtbot, window, result.document_id)
    bar = area.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    QApplication.processEvents()
    view = area.page_view
    assert view.fitting()
    page = view.page_rect(0)
    assert abs(page.width() - (view.viewport().width() - 2 * PAGE_GAP)) <= 20
    assert view.horizontalScrollBar().maximum() == 0  # nothing of the page off to the side
    text = workspace.document_content(window.session.project, result.document_id).text
    first = view.point_for_char(0)
    assert first is not None and first.x() > page.center().x()  # a vertical page: on the right
    assert _in_sight(view, first)

    # zoom in on the pages (Ctrl++): the first column stays in sight, scrolled to the right
    text_font, fit = area.text_view.font().pointSizeF(), view.zoom()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert not view.fitting() and abs(view.zoom() - fit * 1.2**3) < 1e-6
    assert 0 < view.horizontalScrollBar().value() == view.horizontalScrollBar().maximum()
    first = view.point_for_char(0)
    assert first is not None and _in_sight(view, first)
    assert area.text_view.font().pointSizeF() == text_font  # the text keeps its own zoom

    # the text view zooms alone; the fit button (Ctrl+0) puts the pages back at fit-width
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    pages_zoom = view.zoom()
    qtbot.keyClick(area.text_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert area.text_view.font().pointSizeF() < text_font
    assert view.zoom() == pages_zoom
    qtbot.mouseClick(area.fit_button, Qt.MouseButton.LeftButton)
    assert area.showing_pages() and view.fitting()
    assert view.horizontalScrollBar().maximum() == 0
    assert text.strip()  # jo.pdf has its text (the preface of Haru to Shura)


def test_every_find_hit_is_marked_on_the_pages(qtbot, window: MainWindow, japanese_pdf) -> None:  # type: ignore[no-untyped-def]
    """Pages marked only the current hit of the find bar (the selection); Text marked them all."""
    assert window.session is not None
    (result,) = import_documents(window.session.project, [japanese_pdf])
    window.session.notify({Change.DOCUMENTS})
    area = window.document_area
    open_document(qtbot, window, result.document_id)
    bar = area.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    area.find_field.setFocus()
    area.find_field.setText("市")  # as an input method commits it (QTest types ASCII only)
    qtbot.keyClick(area.find_field, Qt.Key.Key_Return)
    hits = area.text_view.hit_count()
    assert hits >= 4
    marked = area.page_view._hits_by_page()
    assert set(marked) == {1, 2}  # both pages carry hits
    assert sum(len(boxes) for boxes in marked.values()) >= hits
    area.page_view.render_in_background = False
    image = area.page_view.viewport().grab().toImage()
    yellow = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if (c := image.pixelColor(x, y)).red() > 240 and c.green() > 230 and c.blue() < 190
    )
    assert yellow > 20  # drawn, not only computed
