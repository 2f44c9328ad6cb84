"""Colours that read on whatever palette the system gives: light, dark or high contrast.

Every view takes its colours from here rather than guessing: text on a coloured background is
:func:`readable_text` (the palette's own text colour while it reads, else black or white,
whichever contrasts more, by the WCAG 2 contrast ratio); a coloured accent (an error's red, a
warning's orange, the "≠" of differing coders) is :func:`readable_accent`, the colour made
lighter or darker only as far as it needs to read on its background; a light tint behind text
is :func:`wash`, the colour mixed into the palette's base (white in a light palette, near black
in a dark one) rather than into white, so that the palette's own text still reads on it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

NORMAL_TEXT = 4.5  # WCAG 2 AA: body text
LARGE_TEXT = 3.0  # WCAG 2 AA: 18 pt, or 14 pt bold, and graphics (bars, outlines)
BLACK, WHITE = QColor("#000000"), QColor("#ffffff")


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white); alpha is ignored."""
    return (
        0.2126 * _channel(colour.redF())
        + 0.7152 * _channel(colour.greenF())
        + 0.0722 * _channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours: 1 (same) to 21 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(colour: QColor, into: QColor, amount: float) -> QColor:
    """``amount`` of ``colour`` over ``into`` (0: ``into``; 1: ``colour``), opaque."""
    amount = max(0.0, min(1.0, amount))
    return QColor(
        round(into.red() + (colour.red() - into.red()) * amount),
        round(into.green() + (colour.green() - into.green()) * amount),
        round(into.blue() + (colour.blue() - into.blue()) * amount),
    )


def over(colour: QColor, background: QColor) -> QColor:
    """A translucent ``colour`` as it shows painted over an opaque ``background``."""
    return mix(colour, background, colour.alphaF())


def palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(colours: QPalette | None = None) -> bool:
    """Whether the palette is a dark one (its base darker than its text)."""
    colours = colours or palette()
    role = QPalette.ColorRole
    return luminance(colours.color(role.Base)) < luminance(colours.color(role.Text))


def readable_text(
    background: QColor, preferred: QColor | None = None, minimum: float = NORMAL_TEXT
) -> QColor:
    """Text that reads on ``background``: ``preferred`` (usually the palette's text colour)
    when it reaches ``minimum`` contrast, else black or white, whichever contrasts more."""
    if preferred is not None and contrast(preferred, background) >= minimum:
        return QColor(preferred)
    return QColor(BLACK if contrast(BLACK, background) >= contrast(WHITE, background) else WHITE)


def readable_accent(
    colour: QColor | str, background: QColor, minimum: float = NORMAL_TEXT
) -> QColor:
    """``colour`` as it is when it reads on ``background``; else lightened (on a dark
    background) or darkened (on a light one) just enough to reach ``minimum`` contrast."""
    start = QColor(colour)
    if contrast(start, background) >= minimum:
        return start
    towards = WHITE if contrast(WHITE, background) >= contrast(BLACK, background) else BLACK
    for step in range(1, 21):
        candidate = mix(towards, start, step / 20)
        if contrast(candidate, background) >= minimum:
            return candidate
    return QColor(towards)


def wash(colour: QColor | str, amount: float, colours: QPalette | None = None) -> QColor:
    """A tint of ``colour`` behind the palette's text: ``amount`` of it mixed into the
    palette's base (white or near white in a light palette, dark grey in a dark one)."""
    colours = colours or palette()
    return mix(QColor(colour), colours.color(QPalette.ColorRole.Base), amount)


def rule(
    colours: QPalette | None = None, background: QColor | None = None, amount: float = 0.15
) -> QColor:
    """A grid line that shows on ``background`` (default: the palette's base) without
    shouting: ``amount`` of the palette's text colour mixed in (light grey on white, mid grey
    on dark grey)."""
    colours = colours or palette()
    under = background if background is not None else colours.color(QPalette.ColorRole.Base)
    return mix(colours.color(QPalette.ColorRole.Text), under, amount)


GRAPHIC = 3.0  # WCAG 2 AA for the parts of a graphic that carry its meaning


def progress_colours(text: QColor, background: QColor, fill: QColor | str) -> tuple[QColor, QColor]:
    """(track, fill) of a thin progress bar drawn over ``background`` with ``text`` beside
    it: the empty track a faint tint of the text (light grey on a light background, dark grey
    on a dark one), the fill ``fill`` made to contrast :data:`GRAPHIC` with the track (and so,
    the track lying between, with the background). A track as dark as the fill (the text at
    45 % over white) made "0 of 136" and "5 of 5" look the same in greyscale."""
    track = mix(text, background, 0.2)
    # darker than a light track and background, lighter than dark ones
    towards = BLACK if contrast(BLACK, background) >= contrast(WHITE, background) else WHITE
    start = QColor(fill)
    for step in range(21):
        filled = mix(towards, start, step / 20)
        if min(contrast(filled, track), contrast(filled, background)) >= GRAPHIC:
            return track, filled
    return track, QColor(towards)


def muted_text(colours: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """Secondary text (a hint under a list) on ``role``: as far from the palette's text
    towards the background as still reads at :data:`NORMAL_TEXT`."""
    background = colours.color(role)
    text = colours.color(QPalette.ColorRole.WindowText)
    for amount in (0.6, 0.7, 0.8, 0.9):
        candidate = mix(text, background, amount)
        if contrast(candidate, background) >= NORMAL_TEXT:
            return candidate
    return readable_text(background, text)


ERROR = "#b00020"
WARNING = "#9a4d00"
MUTED = "muted"  # for tone(): secondary text (muted_text), not a colour


def accent_name(colour: str, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> str:
    """``colour`` readable on the application palette's ``role``, as "#rrggbb" for rich text
    (``<span style='color:…'>``): a label's text sits on Window, a text browser's on Base."""
    return readable_accent(colour, palette().color(role)).name()


def tone(
    widget: QWidget, colour: str | None, role: QPalette.ColorRole = QPalette.ColorRole.Window
) -> None:
    """Draw ``widget``'s text in ``colour`` (:data:`ERROR`, :data:`WARNING`) made readable on
    its window colour, again whenever the palette changes (the system's dark mode switched on);
    :data:`MUTED`: secondary text (:func:`muted_text`); ``None``: the palette's own text."""
    toner = widget.findChild(_Toner)
    if toner is None:
        toner = _Toner(widget)
    toner.colour = colour
    toner.role = role
    toner.apply()


def toned(widget: QWidget) -> QColor | None:
    """The colour :func:`tone` gave ``widget``'s text (``None``: the palette's own)."""
    toner = widget.findChild(_Toner)
    return None if toner is None or toner.colour is None else toner.applied


class _Toner(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.colour: str | None = None
        self.role = QPalette.ColorRole.Window
        self.applied = QColor()
        widget.installEventFilter(self)

    def apply(self) -> None:
        parent = self.widget.parentWidget()
        inherited = parent.palette() if parent is not None else palette()
        own = QPalette(self.widget.palette())
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            if self.colour is None:
                self.applied = inherited.color(role)
            elif self.colour == MUTED:
                self.applied = muted_text(inherited, self.role)
            else:
                background = inherited.color(self.role)
                self.applied = readable_accent(self.colour, background)
            own.setColor(role, self.applied)
        if own != self.widget.palette():
            self.widget.setPalette(own)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() in (
            QEvent.Type.ParentChange,
            QEvent.Type.Show,
        ):
            self.apply()
        elif (
            watched is self.widget
            and event.type() == QEvent.Type.PaletteChange
            and self.widget.parentWidget() is not None
        ):
            self.apply()  # sets the palette only when it differs: no loop
        return False
