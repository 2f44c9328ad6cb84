"""The window's status bar: a message is read whole, never cut off by the permanent widgets.

QStatusBar paints a message in the room left of its permanent widgets (the project's figures,
a background job, "Coder: …") and clips what does not fit. A refused undo in Japanese — "元に戻
せませんでした：「…」でコーディング：/a/long/path.fqda: 使用中です。…" — lost its reason behind
the project's figures. Here a message that does not fit beside them hides them while it shows
(they come back with the next message that fits, or when it is cleared); one still too long has
a program's command line in brackets (a held project's holder), its paths, then its quoted
names, shortened in the middle (the file name and the reason stay), and only then is cut at
its end. The whole text is the status bar's tooltip while it is shown shortened.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizeGrip, QStatusBar, QWidget

# an absolute path (POSIX, a drive letter, or a UNC share) up to a space or a colon
PATH = re.compile(r"(?:[A-Za-z]:|\\\\)?[\\/][^\s:：「」“”\"()（）]*[\\/][^\s:：「」“”\"()（）]+")
# a program's command line in half-width brackets, as a held project names its holder:
# "pid 6218 (/usr/bin/python /home/…/lock.py /data/p.fqda 20)"
COMMAND = re.compile(r"(?<=\()[^()]*[\\/][^()]*(?=\))")
QUOTED = re.compile(r"(?<=「)[^「」]+(?=」)|(?<=“)[^“”]+(?=”)")
KEEP = 12  # a shortened path or name keeps about this many characters' width


def fit_message(text: str, width: int, metrics: QFontMetrics, paths: Iterable[str] = ()) -> str:
    """``text`` shortened to ``width`` pixels: paths first (the middle of the folders, the
    known ``paths`` as a whole even with spaces in them), then quoted names, in the middle;
    cut at its end only if that is not enough."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    spans = _spans(text, [p for p in paths if p], (PATH, QUOTED), first=COMMAND)
    keep = metrics.horizontalAdvance("M" * KEEP)
    for i in range(len(spans)):
        excess = metrics.horizontalAdvance(text) - width
        if excess <= 0:
            return text
        start, end = spans[i]
        part = text[start:end]
        target = max(metrics.horizontalAdvance(part) - excess, keep)
        short = metrics.elidedText(part, Qt.TextElideMode.ElideMiddle, target)
        if not short or len(short) >= len(part):
            continue
        text = text[:start] + short + text[end:]
        moved = len(short) - len(part)  # the spans after this one move with it
        spans = [(s + moved, e + moved) if s > start else (s, e) for s, e in spans]
    if metrics.horizontalAdvance(text) <= width:
        return text
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def _spans(
    text: str,
    known: list[str],
    patterns: tuple[re.Pattern[str], ...],
    first: re.Pattern[str] | None = None,
) -> list[tuple[int, int]]:
    """Where ``first``'s matches (a holder's command line, shortened as one: only its first
    path was, and the instruction after it was cut), then the known strings, then each
    pattern's matches, are in ``text`` (no overlaps)."""
    found: list[tuple[int, int]] = [] if first is None else [m.span() for m in first.finditer(text)]
    for item in known:
        at = text.find(item)
        while at >= 0:
            if not any(s < at + len(item) and at < e for s, e in found):
                found.append((at, at + len(item)))
            at = text.find(item, at + len(item))
    for pattern in patterns:
        for match in pattern.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e in found):
                found.append(match.span())
    return found


class StatusBar(QStatusBar):
    """The window's status bar; ``paths`` are shortened as a whole (the open project's)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.paths: list[str] = []
        self._full = ""  # the message as given, before any shortening
        self._fitting = False
        self._permanent = QWidget()  # the permanent widgets, hidden together for a message
        self._row = QHBoxLayout(self._permanent)
        self._row.setContentsMargins(0, 0, 0, 0)
        super().addPermanentWidget(self._permanent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)
        self.messageChanged.connect(self._changed)

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:
        self._row.addWidget(widget, stretch or 0)

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        self._timer.stop()
        self._full = text
        self._fit()
        if text and timeout:
            self._timer.start(timeout)  # ours: a refit on resizing must not reset it

    def _changed(self, text: str) -> None:
        if not text and not self._fitting:  # cleared (clearMessage, or the timeout)
            self._timer.stop()
            self._full = ""
            self._permanent.show()
            self.setToolTip("")

    def _fit(self) -> None:
        text = self._full
        metrics = self.fontMetrics()
        self._permanent.show()
        shown = text
        layout = self.layout()
        if text and self.isVisible() and layout is not None:
            layout.activate()  # the permanent widgets where they now are
            if metrics.horizontalAdvance(text) > self.message_width():
                self._permanent.hide()  # the message first while it shows
                layout.activate()
                shown = fit_message(text, self.message_width(), metrics, self.paths)
        self._fitting = True
        try:
            super().showMessage(shown)
        finally:
            self._fitting = False
        self.setToolTip(text if shown != text else "")

    def message_width(self) -> int:
        """The width QStatusBar paints a message in: from its left margin to the first
        permanent widget shown, or to the size grip (QStatusBarPrivate::messageRect)."""
        right = self.width() - 12
        grip = self.findChild(QSizeGrip)
        if grip is not None and grip.isVisible():
            right = grip.x()
        if self._permanent.isVisible():
            right = min(right, self._permanent.x() - 2)
        return right - 6

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._full and event.size().width() != event.oldSize().width():
            self._fit()  # wider: more of it, or the permanent widgets back; narrower: less
