"""The lines a word-wrapped QLabel draws, as Qt lays out its text at the label's width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QTextDocument, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel


def shown_lines(label: QLabel) -> list[str]:
    """Each line of ``label`` as drawn: its text (as Qt holds it, line breaks and all) laid
    out with word wrap at the width of its contents, as QLabel draws plain text."""
    width = label.contentsRect().width() - 2 * label.margin()
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    lines: list[str] = []
    for paragraph in QLabel.text(label).split("\n"):  # the text Qt draws, not a Python override
        layout = QTextLayout(paragraph, label.font())
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
        layout.endLayout()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            lines.append(paragraph[line.textStart() : line.textStart() + line.textLength()])
    return [line.rstrip() for line in lines]


def last_line_share(label: QLabel) -> float:
    """How much of the label's width its last line fills (1.0 for a single line)."""
    lines = shown_lines(label)
    if len(lines) < 2:
        return 1.0
    width = label.contentsRect().width() - 2 * label.margin()
    return QFontMetricsF(label.font()).horizontalAdvance(lines[-1]) / width


def shown_text(label: QLabel) -> str:
    """The text a label shows, as plain text: its rich text's markup taken off (a line break
    is a newline), its plain text as it is."""
    if label.textFormat() != Qt.TextFormat.RichText:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()
