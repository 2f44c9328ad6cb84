"""The bundled IPAex fonts draw Japanese whatever the machine has; Latin stays in a Latin face."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontMetricsF

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
