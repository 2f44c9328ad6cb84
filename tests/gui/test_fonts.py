"""The bundled IPAex fonts draw Japanese whatever the machine has; Latin stays in a Latin face."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetricsF, QGuiApplication, QRawFont

from frameworkqda import gui
from frameworkqda.core.pdfium_fonts import GOTHIC, font_file
from frameworkqda.gui.fonts import reading_font, register_bundled_fonts
from tests import hidden_fonts

# Run in a child process: a real QApplication (offscreen), the app's own start-up, then two
# different kanji drawn in the default font. Tofu draws every missing glyph as the same box,
# so two different images mean real glyphs.
GLYPHS_DRAWN = """
import sys
from PySide6.QtGui import QFont, QImage, QPainter, QColor, QFontDatabase
from frameworkqda.gui.app import application

app = application()

def drawn(text):
    image = QImage(64, 64, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(QFont())
    painter.drawText(8, 48, text)
    painter.end()
    return bytes(image.constBits())

print(sorted(QFontDatabase.families()))
print("distinct" if drawn("国") != drawn("語") else "tofu")
"""


def test_the_bundled_families_are_registered(qapp: object) -> None:
    families = register_bundled_fonts()
    assert {"IPAexGothic", "IPAexMincho"} <= set(families)
    assert {"IPAexGothic", "IPAexMincho"} <= set(QFontDatabase.families())
    # IPAex is the fallback for Japanese; Latin stays in the platform's own face
    app_font = QGuiApplication.font()
    assert app_font.families()[-2:] == ["IPAexGothic", "IPAexMincho"]
    assert QFontInfo(app_font).family() == app_font.families()[0]


def test_latin_quotes_are_not_drawn_one_ideograph_wide(qapp: object) -> None:
    metrics = QFontMetricsF(reading_font())
    ideograph = metrics.horizontalAdvance("国")
    for char in "’‘“”'":
        assert metrics.horizontalAdvance(char) < 0.6 * ideograph, char
    assert metrics.horizontalAdvance("国語") == pytest.approx(2 * ideograph)


@pytest.mark.slow
def test_japanese_is_drawn_without_any_system_font() -> None:
    reason = hidden_fonts.why_fonts_cannot_be_hidden()
    if reason:
        pytest.skip(reason)
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        hidden_fonts.hidden_fonts_command([sys.executable, "-c", GLYPHS_DRAWN]),
        cwd=repo,
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    families, verdict = done.stdout.strip().splitlines()[-2:]
    assert "IPAexGothic" in families
    assert "DejaVu" not in families  # the machine's fonts really were hidden
    assert verdict == "distinct"


def _shown_strings(path: Path) -> Iterator[str]:
    """The string constants of a module that are not docstrings (what a window may show)."""
    tree = ast.parse(path.read_text())
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        shown = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if shown and id(node) not in docstrings:
            yield str(node.value)


def test_every_symbol_the_gui_shows_is_in_the_bundled_font(qapp: object) -> None:
    """Without any system font Qt has only IPAex: a ⚠ or ✗ in a label would be a box.
    (Characters past the BMP in the GUI's code are offsets arithmetic, not labels.)"""
    gothic = QRawFont(str(font_file(GOTHIC)), 12)
    missing = {
        f"{char} (U+{ord(char):04X}) in {path.name}"
        for path in Path(gui.__file__).parent.rglob("*.py")
        for text in _shown_strings(path)
        for char in text
        if 0x7E < ord(char) <= 0xFFFF and not gothic.supportsCharacter(ord(char))
    }
    assert not missing
