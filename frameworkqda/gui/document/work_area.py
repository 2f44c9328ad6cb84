"""The document work area: text and page views of one document, find, pages, zoom, read mark.

Selections from either view are ranges in code points; :meth:`current_range` gives the one
in the view on screen, so the window codes whatever the researcher selected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPainter, QPaintEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import coding, deletions, workspace
from frameworkqda.core.commands import Change
from frameworkqda.core.importers import notes as import_notes
from frameworkqda.gui.document.marks import Mark
from frameworkqda.gui.document.page_view import PageSize, PageView
from frameworkqda.gui.document.text_view import TextView
from frameworkqda.gui.flow_layout import FlowLayout
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.session import ProjectSession

if TYPE_CHECKING:  # PDFium loads with the first PDF opened, not with the window
    from frameworkqda.core.render import PageRenderer


class DocumentWorkArea(QWidget):
    segment_selected = Signal(object)  # segment id or None
    document_gone = Signal(str)  # the one on screen was deleted elsewhere: what to say
    selection_made = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentWorkArea")
        self._session = session
        self.document_id: int | None = None
        self.text_view: TextView
        self.content: workspace.DocumentContent | None = None
        self._renderer: PageRenderer | None = None
        self.text_zoom = 1.0  # the page view keeps its own (it opens at fit-width)

        self.title = ElidedTitle(self._no_document())
        self.title.setObjectName("documentTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        # a long document name is cut, never widening the work area (the full name: tooltip)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.read_button = QPushButton(self.tr("Mark as read"))
        self.read_button.setCheckable(True)
        self.read_button.toggled.connect(self._read_toggled)

        self.find_field = QLineEdit()
        self.find_field.setObjectName("findField")
        self.find_field.setPlaceholderText(self.tr("Find in document (Ctrl+F)"))
        self.find_field.setAccessibleName(self.tr("Find in document"))
        self.find_field.setClearButtonEnabled(True)
        self.find_count = QLabel("")
        self.find_field.returnPressed.connect(self._find)
        # Esc leaves the find bar for the text (the matches stay marked), as in a browser
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.find_field)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(self.focus_document)
        self.find_field.textChanged.connect(self._find_live)
        previous = _tool_button("▲")
        following = _tool_button("▼")
        previous.setToolTip(self.tr("Previous match"))
        following.setToolTip(self.tr("Next match"))
        # an icon-only button is read out by its name (a screen reader said "up-pointing
        # triangle"); the name is the tooltip's words
        previous.setAccessibleName(self.tr("Previous match"))
        following.setAccessibleName(self.tr("Next match"))
        previous.clicked.connect(lambda: self.text_view.find_next(backwards=True))
        following.clicked.connect(lambda: self.text_view.find_next())

        self.page_box = QSpinBox()
        self.page_box.setPrefix(self.tr("Page "))
        self.page_box.setMinimum(1)
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.valueChanged.connect(self._page_requested)
        self.page_total = QLabel("")
        zoom_out = _tool_button("−")
        zoom_in = _tool_button("+")
        self.fit_button = _tool_button("↔")
        zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        zoom_in.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.fit_button.setToolTip(self.tr("Pages as wide as the view (Ctrl+0)"))
        zoom_out.setAccessibleName(self.tr("Zoom out"))
        zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.fit_button.setAccessibleName(self.tr("Pages as wide as the view"))
        zoom_out.clicked.connect(lambda: self.zoom_by(1 / 1.2))
        zoom_in.clicked.connect(lambda: self.zoom_by(1.2))
        self.fit_button.clicked.connect(self._fit_pages)

        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.read_button)
        # find, page and zoom wrap onto lines of their own when the view is narrow (at 1280 ×
        # 720 and 150 % with the segment panel open, one row cut the find field to "Fi…" and
        # pushed "Mark as read" out of sight); the find field takes the room left on its line
        tools = FlowLayout(spacing=16)
        tools.add_stretching(_group(self.find_field, self.find_count, previous, following))
        tools.addWidget(_group(self.page_box, self.page_total))
        tools.addWidget(_group(zoom_out, zoom_in, self.fit_button))

        # what the import said (text read by OCR, unreadable glyphs, running heads left out):
        # above the text, so nobody quotes or counts it without having seen the caveat
        self.import_notes = QLabel("")
        self.import_notes.setObjectName("importNotes")
        self.import_notes.setWordWrap(True)
        self.import_notes.setStyleSheet(
            "QLabel { background: #fff4ce; color: #3d3000; border: 1px solid #e0c96b;"
            " padding: 4px 6px; }"
        )
        self.import_notes.hide()
        self.text_view = TextView()
        self.text_view.setAccessibleName(self.tr("Document text"))
        self.page_view = PageView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("documentTabs")
        self.tabs.addTab(self.text_view, self.tr("Text"))
        self.tabs.addTab(self.page_view, self.tr("Pages"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addLayout(tools)
        layout.addWidget(self.import_notes)
        layout.addWidget(self.tabs, 1)

        self.text_view.segment_clicked.connect(self.select_segment)
        self.page_view.segment_clicked.connect(self.select_segment)
        self.page_view.page_changed.connect(self._page_shown)
        self.page_view.range_selected.connect(lambda *_: self.selection_made.emit())
        self.text_view.selection_changed_cp.connect(
            lambda start, end: self.selection_made.emit() if end > start else None
        )
        # one selection in both tabs: selected in Text, then Ctrl+K in Pages, said "Select a
        # passage first"; a find's hit or a jump from search was not marked on the page
        self.text_view.selection_changed_cp.connect(self.page_view.select_range)
        self.page_view.range_selected.connect(self.text_view.select_range)
        self.text_view.hits_changed.connect(self.page_view.set_hits)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, lambda: self.zoom_by(1.2))
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.ZoomOut), self, lambda: self.zoom_by(1 / 1.2)
        )
        QShortcut(QKeySequence("Ctrl+0"), self, self._fit_pages)
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.page_view)
        copy.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # Text copies itself
        copy.activated.connect(self.copy_selection)
        session.changed.connect(self._changed)
        self._show_tools(False)

    def _no_document(self) -> str:
        if self._session.project.read_only:  # nothing can be imported: not invited
            return self.tr("Choose a document on the left.")
        return self.tr("Choose a document on the left, or import one (Ctrl+I).")

    def _show_tools(self, shown: bool) -> None:
        for widget in (self.read_button, self.find_field, self.page_box, self.tabs):
            widget.setEnabled(shown)

    # -- loading -------------------------------------------------------------------------
    def open_document(self, document_id: int) -> None:
        project = self._session.project
        content = workspace.document_content(project, document_id)
        self.document_id = document_id
        self.content = content
        if self._renderer is not None:
            self._renderer.close()
            self._renderer = None
        self.title.setText(content.name)
        self.title.setToolTip(content.name)
        self._show_import_notes(content.import_notes)
        self.text_view.set_document(document_id, content.text)
        has_pages = content.kind == "pdf" and bool(content.pages)
        if has_pages:
            from frameworkqda.core.render import PageRenderer

            self._renderer = PageRenderer(workspace.original_bytes(project, document_id))
            sizes = [PageSize(p.number, p.width, p.height) for p in content.pages]
            self.page_view.set_document(self._renderer, sizes, content.geometry)
        else:
            self.page_view.set_document(None, [], None)
        self.tabs.setTabEnabled(1, has_pages)
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(1, len(content.pages)))
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.page_total.setText(
            self.tr("of {count}").format(count=QLocale().toString(len(content.pages)))
            if content.pages
            else ""
        )
        self._show_tools(True)
        self.page_box.setEnabled(has_pages)
        self.refresh_marks()
        self._refresh_read()
        if self.find_field.text():
            self._find()

    def _show_import_notes(self, notes: str) -> None:
        lines = import_notes.read(notes)  # stored in English, shown in the interface's language
        note = self.tr("Import note: {note}")
        self.import_notes.setText("\n".join(note.format(note=shown(line)) for line in lines))
        self.import_notes.setVisible(bool(lines))

    def refresh_marks(self) -> None:
        if self.document_id is None:
            return
        codes = {c.id: c for c in self._session.codes()}
        marks = [
            Mark(
                s.id,
                s.start,
                s.end,
                s.code_id,
                codes[s.code_id].colour,
                self._session.code_path(s.code_id),
            )
            for s in coding.segments_of_document(self._session.project, self.document_id)
            if s.code_id in codes
        ]
        self.text_view.set_marks(marks)
        self.page_view.set_marks(marks)

    def _refresh_read(self) -> None:
        row = next(
            (d for d in workspace.documents(self._session.project) if d.id == self.document_id),
            None,
        )
        self.read_button.blockSignals(True)
        self.read_button.setChecked(bool(row and row.read))
        self.read_button.setText(self.tr("Read ✓") if row and row.read else self.tr("Mark as read"))
        self.read_button.blockSignals(False)

    def _changed(self, changes: frozenset[Change], cells: object = None) -> None:
        if self.document_id is None:
            return
        if changes & {Change.SEGMENTS, Change.CODEBOOK}:
            self.refresh_marks()
        if Change.DOCUMENTS in changes:
            row = next(
                (d for d in workspace.documents(self._session.project) if d.id == self.document_id),
                None,
            )
            if row is None:  # deleted: nothing of it stays on screen
                name, gone = self.title.text(), self.document_id
                self.close_document()
                if self._session.from_elsewhere:  # it vanished without a word: say who did it
                    found = deletions.who_deleted(
                        self._session.project, deletions.DeletedKind.DOCUMENT, gone
                    )
                    self.document_gone.emit(
                        self.tr("“{name}” was deleted by {coder} at {time} UTC.").format(
                            name=name, coder=found.coder, time=found.time
                        )
                        if found is not None
                        else self.tr("“{name}” was deleted in another window or program.").format(
                            name=name
                        )
                    )
            else:
                self.title.setText(row.name)  # renamed
                self.title.setToolTip(row.name)
                self._refresh_read()

    def close_document(self) -> None:
        self.document_id = None
        self.content = None
        self.title.setText(self._no_document())
        self._show_import_notes("")
        self.text_view.set_document(None, "")
        self.text_view.set_marks([])
        self.page_view.set_document(None, [], None)
        if self._renderer is not None:
            self._renderer.close()
            self._renderer = None
        self._show_tools(False)

    # -- actions -------------------------------------------------------------------------
    def showing_pages(self) -> bool:
        return self.tabs.currentWidget() is self.page_view

    def show_pages(self, shown: bool = True) -> None:
        self.tabs.setCurrentWidget(self.page_view if shown else self.text_view)

    def current_range(self) -> tuple[int, int]:
        view = self.page_view if self.showing_pages() else self.text_view
        return view.selection_range()

    def copy_selection(self) -> None:
        """The selected passage's text to the clipboard (Ctrl+C in Pages copied nothing)."""
        start, end = self.current_range()
        if end > start:
            QGuiApplication.clipboard().setText(self.text_view.text()[start:end])

    def select_segment(self, segment_id: int | None) -> None:
        self.text_view.select_segment(segment_id)
        self.page_view.select_segment(segment_id)
        self.segment_selected.emit(segment_id)

    def reveal(self, start: int, end: int) -> None:
        """Select and scroll to a range in both views (e.g. jumping from evidence)."""
        self.text_view.select_range(start, end)
        point = self.page_view.point_for_char(start)
        if point is not None:
            self.page_view.ensureVisible(point.x(), point.y(), 50, 200)

    def zoom_by(self, factor: float) -> None:
        """Zoom the view on screen; the text and the pages each keep their own zoom."""
        if self.showing_pages():
            self.page_view.set_zoom(self.page_view.zoom() * factor)
        else:
            self.text_zoom = max(0.5, min(self.text_zoom * factor, 4.0))
            self.text_view.set_zoom(self.text_zoom)

    def _fit_pages(self) -> None:
        self.show_pages(True)
        self.page_view.fit_width()

    def focus_document(self) -> None:
        """The keyboard in the document: its text, or its pages when they are shown."""
        view = self.page_view if self.showing_pages() else self.text_view
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_find(self) -> None:
        self.find_field.setFocus()
        self.find_field.selectAll()

    def _find_live(self, text: str) -> None:
        if not text:
            self.text_view.highlight_matches("")
            self.find_count.setText("")

    def _find(self) -> None:
        if self.text_view.hit_count() and self.find_field.text() == getattr(
            self, "_last_term", None
        ):
            self.text_view.find_next()
            return
        self._last_term = self.find_field.text()
        count = self.text_view.highlight_matches(self._last_term)
        self.find_count.setText(self.tr("%n found", "", count) if self._last_term else "")
        if count and self.showing_pages():
            self.reveal(*self.text_view.selection_range())

    def _page_requested(self, number: int) -> None:
        self.show_pages(True)
        self.page_view.go_to_page(number)

    def _page_shown(self, number: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(number)
        self.page_box.blockSignals(False)

    def _read_toggled(self, checked: bool) -> None:
        if self.document_id is not None:
            self._session.set_read(self.document_id, checked)


class ElidedTitle(QLabel):
    """The document's name (or what to do with none) in one line, "…" in its middle when the
    work area is narrow: it was cut off mid-letter ("hamamatsu-plan.pd", "Choose a docu")
    beside the segment panel at 1280 × 720 and 150 %. ``text()`` is the whole."""

    def shown_text(self) -> str:
        """The text as painted: the whole, or cut in the middle to the label's width."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        alignment = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            alignment,
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            QPalette.ColorRole.WindowText,
        )


def _group(*widgets: QWidget) -> QWidget:
    """``widgets`` side by side, kept together on one line of the tool row; the first takes
    the group's spare width."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    for n, widget in enumerate(widgets):
        row.addWidget(widget, 1 if n == 0 else 0)
    return group


def _tool_button(text: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    return button
