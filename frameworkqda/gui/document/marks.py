"""What the document views draw: coded passages as plain values, in code points."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QColor

RANGE_MIME = "application/x-frameworkqda-range"


@dataclass(frozen=True)
class Mark:
    """One coded segment as drawn: [start, end) in code points, in its code's colour."""

    segment_id: int
    start: int
    end: int
    code_id: int
    colour: str
    label: str  # the code's name, for tooltips


def fill_colour(colour: str, alpha: int = 90) -> QColor:
    qcolour = QColor(colour)
    if not qcolour.isValid():
        qcolour = QColor("#9e9e9e")
    qcolour.setAlpha(alpha)
    return qcolour


def range_mime(document_id: int, start: int, end: int, text: str) -> QMimeData:
    """A dragged selection: the codebook tree codes it when it is dropped on a code."""
    data = QMimeData()
    payload = {"document": document_id, "start": start, "end": end}
    data.setData(RANGE_MIME, json.dumps(payload).encode())
    data.setText(text)
    return data


def read_range_mime(data: QMimeData) -> tuple[int, int, int] | None:
    if not data.hasFormat(RANGE_MIME):
        return None
    payload = json.loads(bytes(data.data(RANGE_MIME).data()).decode())
    return int(payload["document"]), int(payload["start"]), int(payload["end"])
