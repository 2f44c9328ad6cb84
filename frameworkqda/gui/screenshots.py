"""Screenshot mode: a view staged as the documentation shows it, then grabbed to PNG.

``frameworkqda gui -o F.png --view VIEW`` (scripts/screenshot_project.py builds the
project the pictures show): a document open and a passage selected, a matrix cell with
evidence, the search for 共生, the Education row of the mapping view. Apart from the app's
start-up so that the window never carries documentation staging.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from frameworkqda.gui.main_window import MainWindow


def prepare_view(window: MainWindow, view: str) -> None:
    """Show a view as a screenshot wants it: a document open, a passage selected, …"""
    if view == "start" or window.session is None:
        return
    widget = window.show_view(view)
    if view == "codebook":
        from frameworkqda.gui.codebook_editor import CodebookEditor

        assert isinstance(widget, CodebookEditor)
        coded = [c for c in window.session.codes() if c.parent_id is not None and c.segments]
        if coded:
            widget.select(coded[0].id)
        return
    if view in ("matrix", "mapping", "review", "search", "compare"):
        _prepare_chart_view(view, widget)
        return
    if view in ("documents", "coding", "pages"):
        from frameworkqda.core import workspace

        documents = workspace.documents(window.session.project)
        pdfs = [d for d in documents if d.kind == "pdf"]
        chosen = (pdfs or documents)[:1]
        if not chosen:
            return
        window.open_document(chosen[0].id)
        if view == "pages" and pdfs:
            window.document_area.show_pages(True)
        if view == "coding":
            window.document_area.show_pages(False)
            marks = window.document_area.text_view.marks()
            if marks:
                window.document_area.select_segment(marks[0].segment_id)
                window.inspector.show_segment(
                    marks[0].segment_id, window.document_area.text_view.text()
                )
            text = window.document_area.text_view.text()
            start = max(0, len(text) // 3)
            window.document_area.text_view.select_range(start, min(len(text), start + 12))
            window.open_code_picker()
            window.code_picker.filter.setText("")


def _prepare_chart_view(view: str, widget: object) -> None:
    """Matrix: a cell with evidence selected; search: a Japanese term; review: a row;
    compare: a document with a disagreement selected."""
    if view == "matrix":
        from frameworkqda.gui.matrix.view import MatrixView

        assert isinstance(widget, MatrixView)
        model = widget.model
        # the leftmost measure with evidence, and the table scrolled back to its first column
        # (selecting a cell scrolls to it, which could cut the case names and first themes off)
        keys = [
            (case_id, slot.code_id)
            for slot in model.slots
            for case_id, _ in model.cases
            if slot.kind == "measure" and model.evidence_count(case_id, slot.code_id)
        ]
        if keys:
            widget.select_cell(*keys[0])
            widget.table.horizontalScrollBar().setValue(0)
            widget.table.verticalScrollBar().setValue(0)
    elif view == "compare":
        from frameworkqda.gui.compare.view import CompareView

        assert isinstance(widget, CompareView)
        widget.open_first_disagreement()
    elif view == "search":
        from frameworkqda.gui.search.panel import SearchPanel

        assert isinstance(widget, SearchPanel)
        widget.term.setText("共生")
        widget.search("共生")
    elif view == "review":
        from frameworkqda.gui.review.view import ReviewView

        assert isinstance(widget, ReviewView)
        widget.table.selectRow(1)
    elif view == "mapping":
        from frameworkqda.gui.mapping.view import MappingView

        assert isinstance(widget, MappingView)
        widget.set_group(list(widget.report.matrix.case_ids[:3]), remember=False)  # 3 cities
        rows = list(widget.counts.index)
        row = next((i for i, t in enumerate(rows) if t in ("Education", "教育")), 0)
        widget.counts_table.setCurrentIndex(widget.counts_model.index(row, 0))


def screenshot(window: MainWindow, path: Path) -> None:
    for _ in range(5):
        QApplication.processEvents()
    if window.session is not None and window.document_area.page_view.isVisible():
        window.document_area.page_view.wait_rendered()  # pages render in the background
    pixmap = window.grab()
    if window.session is not None and window.code_picker.isVisible():
        from PySide6.QtGui import QPainter

        painter = QPainter(pixmap)
        picker = window.code_picker
        painter.drawPixmap(window.mapFromGlobal(picker.pos()), picker.grab())
        painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(path)):
        raise OSError(f"could not write {path}")
