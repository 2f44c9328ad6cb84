"""Export dialog: choose a table and a format, see exactly what will be written, write it.

The tables come from the core (counts, ranks, framework matrix); the preview shows the rows
``core.table_export.table_rows`` will write. Writing runs on a worker thread with a busy
progress bar, so a big matrix never freezes the window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core.table_export import FORMATS, table_rows, write_table
from frameworkqda.gui.mapping.frame_model import FrameModel

TableSource = Callable[[], pd.DataFrame]


class _Signals(QObject):
    finished = Signal(str, str)  # path, error ("" when written)


class ExportDialog(QDialog):
    def __init__(
        self, tables: dict[str, TableSource], folder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export tables")
        self.resize(820, 520)
        self._tables = tables
        self._folder = folder or str(Path.home())
        self.frame = pd.DataFrame()
        self.done_event = threading.Event()
        self.written: list[str] = []
        self.table_box = QComboBox()
        self.table_box.addItems(list(tables))
        self.format_box = QComboBox()
        for suffix, title in FORMATS.items():
            self.format_box.addItem(f"{title} ({suffix})", suffix)
        self.path = QLineEdit()
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        self.summary = QLabel()
        self.preview_model = FrameModel()
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.export_button = QPushButton("Export")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        self._signals = _Signals()
        self._signals.finished.connect(self._finished)

        form = QFormLayout()
        form.addRow("Table:", self.table_box)
        form.addRow("Format:", self.format_box)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form.addRow("File:", where)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("Preview: exactly what will be written"))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.table_box.currentIndexChanged.connect(self.refresh)
        self.format_box.currentIndexChanged.connect(self._suffix_changed)
        self.refresh()

    def table_name(self) -> str:
        return self.table_box.currentText()

    def refresh(self) -> None:
        """Rebuild the preview from the core and propose a file name."""
        self.frame = self._tables[self.table_name()]()
        self.preview_model.set_frame(self.frame, heat_columns=0)
        header, rows = table_rows(self.frame)
        self.summary.setText(
            f"“{self.table_name()}”: {len(rows)} rows × {len(header)} columns"
            f" (first column: {header[0] or 'labels'})"
        )
        self._suffix_changed()

    def _suffix_changed(self) -> None:
        suffix = self.format_box.currentData()
        stem = self.table_name().lower().replace(" ", "-")
        current = Path(self.path.text()) if self.path.text() else Path(self._folder) / stem
        if current.stem != stem and self.path.text():
            stem = current.stem
        self.path.setText(str(current.with_name(stem).with_suffix(suffix)))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export to", self.path.text())
        if path:
            self.path.setText(path)
            suffix = Path(path).suffix.lower()
            if suffix in FORMATS:
                self.format_box.setCurrentIndex(self.format_box.findData(suffix))

    def export(self) -> None:
        """Write on a worker thread; ``done_event`` is set (and the bar full) when done."""
        self.done_event.clear()
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy
        frame, path, title = self.frame, self.path.text(), self.table_name()

        def work() -> None:
            try:
                write_table(frame, path, title)
                self._signals.finished.emit(path, "")
            except Exception as error:  # shown to the user, never lost
                self._signals.finished.emit(path, str(error))

        threading.Thread(target=work, name="export", daemon=True).start()

    def _finished(self, path: str, error: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if not error else 0)
        self.export_button.setEnabled(True)
        if error:
            self.summary.setText(f"Could not write {path}: {error}")
        else:
            self.written.append(path)
            self.summary.setText(f"Wrote {path}")
        self.done_event.set()
