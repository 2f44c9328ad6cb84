"""Headings between unindented Japanese paragraphs: wraps joined, headings kept apart.

Municipal plans often set short headings (第一章 …) between paragraphs that start flush left.
A full line wraps; a short line ends a heading or a paragraph. Many short lines in one block
must not make the importer keep every line break.
"""

from __future__ import annotations

from pathlib import Path

from frameworkqda.core.importers import ImportOptions, extract
from tests import documents

SECTIONS = [
    "第一章　計画の趣旨",
    "浜松市は、国籍や文化の違いを認め合い、すべての市民がともに暮らせる地域づくりを進める。"
    "外国人市民が必要な情報を得られるよう、多言語による情報提供と相談体制の充実を図る。",
    "第二章　主な施策",
    "外国につながる子どもの就学を促進し、不就学の解消に取り組む。学校に日本語指導の支援員を"
    "配置し、教員向けの研修を行う。",
    "外国人市民会議を開催し、市政への意見を聴く。",
]


def _headed_pdf(path: Path, per_line: int = 38) -> Path:
    from reportlab.pdfgen import canvas

    documents._register_fonts()
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont(documents.MINCHO, 12)
    y = 780.0
    for section in SECTIONS:
        for start in range(0, len(section), per_line):
            pdf.drawString(60, y, section[start : start + per_line])
            y -= 22
        y -= 8
    pdf.showPage()
    pdf.save()
    return path


def test_headings_and_flush_left_paragraphs(tmp_path: Path) -> None:
    path = _headed_pdf(tmp_path / "plan.pdf")
    result = extract(path.read_bytes(), path.name, ImportOptions())
    assert result.text.split("\n") == SECTIONS
