"""Regenerate the sample's PDF source from ``hamamatsu.txt`` (needs reportlab, a dev tool).

The PDF uses reportlab's built-in CID font HeiseiMin-W3 (not embedded: a few KB). The sample
project itself (``sample.fqda``) is built on first use by ``frameworkqda.gui.sample``.
Run: ``python resources/sample/build_sample.py``.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def build_pdf(source: Path, target: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdf = canvas.Canvas(str(target), pagesize=(595, 842))
    y = 780.0
    for paragraph in source.read_text(encoding="utf-8").split("\n"):
        heading = y == 780.0 or paragraph.startswith("第")
        pdf.setFont("HeiseiMin-W3", 16 if y == 780.0 else 12)
        line = paragraph.replace("𠮷", "吉")  # the CID font has no 𠮷
        if not heading:
            line = "\u3000" + line  # a paragraph's first line is indented one em (字下げ)
        while line:
            pdf.drawString(60, y, line[:38])
            line = line[38:]
            y -= 22
        y -= 8
    pdf.showPage()
    pdf.save()


if __name__ == "__main__":
    build_pdf(HERE / "source" / "hamamatsu-plan.txt", HERE / "hamamatsu-plan.pdf")
