"""Generators of real test documents (PDF, DOCX) with known text, for any test that needs one.

Japanese PDFs use reportlab's built-in CID font HeiseiMin-W3 (not embedded; PDF viewers and
PDFium substitute a Mincho font), horizontally with UniJIS-UCS2-H and vertically with
UniJIS-UCS2-V. Paragraphs start with an ideographic space, as Japanese typesetting does, and
wrap at a fixed number of characters per line, so a sentence always crosses line ends.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

MINCHO = "HeiseiMin-W3"
MINCHO_VERTICAL = "HeiseiMin-W3-V"
INDENT = "\u3000"

JAPANESE_PARAGRAPHS = (
    "本市は、外国人市民と日本人市民が互いの文化や価値観を尊重し、共に安心して暮らせる"
    "多文化共生のまちづくりを推進するため、この計画を策定する。",
    "教育の分野では、外国人の子どもの就学を促進し、日本語指導が必要な児童生徒に対して"
    "支援員を配置するとともに、保護者への多言語による情報提供を充実させる。",
    "医療の分野では、医療通訳の派遣を拡充し、外国人市民が安心して受診できる環境を整備する。",
)

# Paragraphs in which a sentence ends with 。 exactly at the end of a 40-character line (the
# first line counts its indent) and the paragraph goes on flush-left on the next line.
FULL_LINE_PARAGRAPHS = (
    "本市は、外国人市民と日本人市民が互いの文化や価値を尊重し、共に暮らす町とする。"
    "このため、多文化共生のまちづくりを推進する計画を策定し、施策を総合的に進める。",
    "教育の分野では、外国人の子供の就学を促進し、日本語指導が必要な児童を支援する。"
    "また、保護者への多言語による情報提供を充実させ、学校と家庭との連携を深めていく。"
    "さらに、地域の日本語教室と協力する。",
    "医療の分野では、医療通訳の派遣を拡充し、外国人市民が安心して受診できる環境を整備する。",
)


def _register_fonts() -> None:
    names = pdfmetrics.getRegisteredFontNames()
    if MINCHO not in names:
        pdfmetrics.registerFont(UnicodeCIDFont(MINCHO))
    if MINCHO_VERTICAL not in names:
        vertical = UnicodeCIDFont(MINCHO, isVertical=True)
        vertical.name = vertical.fontName = MINCHO_VERTICAL  # beside the horizontal one
        pdfmetrics.registerFont(vertical)


def wrap(paragraph: str, per_line: int, indent: bool = True) -> list[str]:
    """Fixed-width lines of one paragraph, the first starting with an ideographic space."""
    text = (INDENT if indent else "") + paragraph
    return [text[i : i + per_line] for i in range(0, len(text), per_line)]


def expected_text(paragraphs: Sequence[str], indent: bool = True) -> str:
    """The text a correct importer returns for paragraphs laid out by these generators."""
    return "\n".join((INDENT if indent else "") + p for p in paragraphs)


def japanese_pdf(
    path: Path,
    paragraphs: Sequence[str] = JAPANESE_PARAGRAPHS,
    *,
    pages: int = 1,
    font_size: float = 10.5,
    per_line: int = 40,
) -> Path:
    """Horizontal Japanese: paragraphs wrapped at ``per_line`` characters, repeated per page."""
    _register_fonts()
    pdf = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    leading = font_size * 1.7
    for _ in range(pages):
        pdf.setFont(MINCHO, font_size)
        y = height - 72
        for paragraph in paragraphs:
            for line in wrap(paragraph, per_line):
                if y < 72:
                    pdf.showPage()
                    pdf.setFont(MINCHO, font_size)
                    y = height - 72
                pdf.drawString(72, y, line)
                y -= leading
        pdf.showPage()
    pdf.save()
    return path


def paged_pdf(path: Path, font: str, pages: list[list[str]], head: str) -> Path:
    """Pages with a running head at the top and "- n -" at the bottom; each page's lines are
    already wrapped (a paragraph may end one page and go on at the top of the next)."""
    _register_fonts()
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for number, lines in enumerate(pages, start=1):
        pdf.setFont(font, 9)
        pdf.drawString(72, height - 40, head)
        pdf.drawCentredString(width / 2, 30, f"- {number} -")
        pdf.setFont(font, 10.5)
        for row, line in enumerate(lines):
            pdf.drawString(72, height - 80 - 18 * row, line)
        pdf.showPage()
    pdf.save()
    return path


def vertical_japanese_pdf(
    path: Path,
    tiers: Sequence[Sequence[str]] = (JAPANESE_PARAGRAPHS,),
    *,
    font_size: float = 10.5,
    per_column: int = 30,
    tier_gap: float = 3.0,
) -> Path:
    """Vertical Japanese (縦書き): columns top to bottom, right to left; each element of
    ``tiers`` is laid out in its own tier (段) below the previous one."""
    _register_fonts()
    width, height = A4[1], A4[0]  # landscape, like a spread of a vertical book
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    pdf.setFont(MINCHO_VERTICAL, font_size)
    pitch = font_size * 1.8
    tier_height = per_column * font_size
    top = height - 60
    for paragraphs in tiers:
        x = width - 72
        for paragraph in paragraphs:
            for column in wrap(paragraph, per_column):
                pdf.drawString(x, top, column)
                x -= pitch
        top -= tier_height + tier_gap * font_size
    pdf.showPage()
    pdf.save()
    return path


def english_two_column_pdf(
    path: Path,
    left: Sequence[str],
    right: Sequence[str],
    *,
    right_first: bool = True,
    above: Sequence[str] = (),
    spaced: bool = False,
) -> Path:
    """Two justified-looking columns of English paragraphs (first lines indented). With
    ``right_first`` the right column is written first in the content stream, so only a
    layout-aware reader gets the order right. ``above``: paragraphs across the page above
    the columns. ``spaced``: paragraphs set apart by space instead of an indent, as a word
    processor's default style sets them (and a heading, set as a paragraph of its own)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Frame, Paragraph

    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    style = ParagraphStyle(
        "body", fontName="Times-Roman", fontSize=10, leading=12, alignment=4,
        firstLineIndent=0 if spaced else 14, spaceBefore=8 if spaced else 0,
    )  # fmt: skip
    top = height - 72
    if above:
        across = Frame(72, 72, width - 144, height - 144, showBoundary=0)
        story = [Paragraph(p, style) for p in above]
        across.addFromList(story, pdf)
        top = across._y - 16  # the columns start under what is set across
    column_width = (width - 144 - 24) / 2
    frames = [
        (Frame(72, 72, column_width, top - 72, showBoundary=0), left),
        (Frame(72 + column_width + 24, 72, column_width, top - 72, showBoundary=0), right),
    ]
    if right_first:
        frames.reverse()
    for frame, paragraphs in frames:
        frame.addFromList([Paragraph(p, style) for p in paragraphs], pdf)
    pdf.showPage()
    pdf.save()
    return path


def tounicode_pdf(path: Path, lines: Sequence[str], *, font_size: float = 12.0) -> Path:
    """Horizontal lines in a non-embedded CID font whose text comes from a ToUnicode CMap,
    as in many government PDFs; unlike the built-in encodings this can carry characters
    outside the BMP (𠮷). Each distinct character gets its own CID."""
    cids: dict[str, int] = {}
    for line in lines:
        for char in line:
            cids.setdefault(char, len(cids) + 1)
    content = ["BT", f"/F1 {font_size} Tf", f"{font_size * 1.5} TL", f"72 {842 - 72} Td"]
    for line in lines:
        content.append("<" + "".join(f"{cids[c]:04X}" for c in line) + "> Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode()

    def utf16(char: str) -> str:
        return char.encode("utf-16-be").hex().upper()

    cmap_entries = "\n".join(f"<{cid:04X}> <{utf16(c)}>" for c, cid in cids.items())
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(cids)} beginbfchar\n{cmap_entries}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiMin-W3 /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiMin-W3 "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> "
        b"/FontDescriptor 8 0 R /DW 1000 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        b"<< /Type /FontDescriptor /FontName /HeiseiMin-W3 /Flags 6 "
        b"/FontBBox [-123 -257 1001 910] /ItalicAngle 0 /Ascent 723 /Descent -241 "
        b"/CapHeight 709 /StemV 69 >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    path.write_bytes(out.getvalue())
    return path


def unmapped_glyphs_pdf(path: Path) -> Path:
    """Three pages: 1 and 3 plain Japanese, page 2's ToUnicode maps two glyphs to control
    codes, as a font without a usable character map gives them (``第??号の通知について``)."""
    import pypdfium2 as pdfium

    good = japanese_pdf(path.with_name(path.stem + "-good.pdf"))
    bad = tounicode_pdf(path.with_name(path.stem + "-bad.pdf"), ["第\x01\x03号の通知について"])
    merged = pdfium.PdfDocument.new()
    for source in (good, bad, good):
        merged.import_pages(pdfium.PdfDocument(source))
    merged.save(path)
    return path


def encrypted_pdf(path: Path, text: str, *, user_password: str, owner_password: str) -> Path:
    """A one-line English PDF protected with reportlab's standard encryption."""
    from reportlab.lib import pdfencrypt

    encryption = pdfencrypt.StandardEncryption(user_password, owner_password, strength=128)
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encryption)
    pdf.setFont("Helvetica", 12)
    pdf.drawString(72, 770, text)
    pdf.showPage()
    pdf.save()
    return path


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def docx(path: Path, body_xml: str, *, extra: dict[str, bytes] | None = None) -> Path:
    """A minimal real DOCX whose body is ``body_xml`` (WordprocessingML, prefix ``w:``)."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body_xml}</w:body></w:document>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def zip_bomb_docx(path: Path, expanded_mb: int = 64) -> Path:
    """A DOCX carrying a member of zeros that expands about 1000-fold."""
    return docx(path, paragraph("bomb"), extra={"word/media/zeros.bin": bytes(expanded_mb << 20)})


RULED_ROWS = (
    (
        "Language classes for adults and for children of school age",
        "Weekly Japanese classes at six community centres, from beginners to advanced, with"
        " childcare during every class and a summer course",
    ),
    (
        "Medical interpreting",
        "Trained interpreters sent on request, in nine languages, free of charge for the"
        " patient and the clinic, with training for new interpreters every spring",
    ),
    (
        "Support for pupils at school and for their parents at home",
        "Support staff placed in every school with more than five pupils who need help with"
        " Japanese",
    ),
)
RULED_BEFORE = "The measures are listed below."
RULED_AFTER = "Each office reports once a year."


def ruled_table_pdf(
    path: Path, rows: Sequence[Sequence[str]] = RULED_ROWS, widths: Sequence[float] = (150, 300)
) -> Path:
    """A paragraph, a table ruled with a grid (reportlab's GRID style) whose long text wraps
    in every row, so no row of short cells shows the columns, and a closing paragraph."""
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    table = Table([[Paragraph(cell, style) for cell in row] for row in rows], colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story = [Paragraph(RULED_BEFORE, style), table, Paragraph(RULED_AFTER, style)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


# A vertical table (縦書き) set in two pieces, as the Official Gazette sets one too long for
# the room left in its tier: each cell's text, read right to left. A line of a cell runs down
# the first piece (below, column rules stopping short of the tier's frame) and goes on in the
# second (above and to the left, rules stopping short of the header's frame).
SPLIT_TABLE_CELLS = (
    "歩行者は、進行することができること。",
    "歩行者は、道路の横断を始めてはならず、また、道路を横断している歩行者は、"
    "すみやかに、その横断を終わるか、又は横断をやめて引き返さなければならないこと。",
    "歩行者は、道路を横断してはならないこと。",
)
SPLIT_TABLE_BEFORE = (
    "道路交通法施行令（昭和三十五年政令第二百七十号）の一部を次のように改正する。",
    "第二条第一項の表中",
)
SPLIT_TABLE_AFTER = ("を削る。", "第三条第一項中「行なわせる」を「行わせる」に改める。")
SPLIT_TABLE_WIDTHS = (17.0, 25.0, 17.0)  # the table's columns, right to left
SPLIT_TABLE_LINE = (22, 18)  # characters a line holds in the first piece, then the second


def split_vertical_table_pdf(path: Path, *, one_path: bool = True) -> Path:
    """A landscape page in vertical writing: two columns, a quoted table (「 above its first
    piece, 」 below its last) in two open pieces, two columns after it. The rules are one
    outlined path of many strokes, as the gazette draws them, or (``one_path`` False) a
    line object each."""
    _register_fonts()
    width, height = A4[1], A4[0]
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    size, pitch = 8.0, 11.0
    frame_top, frame_bottom, middle = 57.0, 425.0, 233.0  # from the top of the page
    strokes: list[tuple[float, float, float, float]] = [
        (40, frame_top, width - 40, frame_top), (40, frame_bottom, width - 40, frame_bottom),
    ]  # fmt: skip

    def column(x: float, top: float, text: str) -> None:
        pdf.drawString(x, height - top, text)

    pdf.setFont(MINCHO_VERTICAL, size)
    right = width - 60
    column(right, frame_top + 4, SPLIT_TABLE_BEFORE[0])
    first_x1 = right - 5.5  # the table's first piece stands under the second column
    column(first_x1 - 17 - 12.5, frame_top + 4, SPLIT_TABLE_BEFORE[1])
    second_x1 = first_x1 - sum(SPLIT_TABLE_WIDTHS) - 26
    per_a, per_b = SPLIT_TABLE_LINE
    for x1, head, foot in (
        (first_x1, middle, frame_bottom - 4),
        (second_x1, frame_top + 4, middle),
    ):
        x = x1
        edges = [x1]
        for cell_width in SPLIT_TABLE_WIDTHS:
            x -= cell_width
            edges.append(x)
        strokes += [(e, head, e, foot) for e in edges]  # the column rules, open at one end
        own = head if head == middle else foot  # each piece's own rule closes its other end
        strokes.append((edges[-1], own, x1, own))
    for number, text in enumerate(SPLIT_TABLE_CELLS):
        lines = [text[k : k + per_a + per_b] for k in range(0, len(text), per_a + per_b)]
        for k, line in enumerate(lines):
            for x1, top, part in (
                (first_x1, middle + 4, line[:per_a]),
                (second_x1, frame_top + 4, line[per_a:]),
            ):
                cell_right = x1 - sum(SPLIT_TABLE_WIDTHS[:number])
                if part:
                    column(cell_right - 4.5 - size / 2 - k * pitch, top, part)
    pdf.setFont(MINCHO_VERTICAL, size)
    column(first_x1 - 4, middle - 8, "「")
    column(second_x1 - sum(SPLIT_TABLE_WIDTHS) + 4, middle + 1, "」")
    after_x = second_x1 - sum(SPLIT_TABLE_WIDTHS) - pitch - 4
    column(after_x, middle + 8, SPLIT_TABLE_AFTER[0])
    column(after_x - pitch, frame_top + 4, SPLIT_TABLE_AFTER[1])
    pdf.setLineWidth(0.36)
    if one_path:
        outline = pdf.beginPath()
        for x0, y0, x1, y1 in strokes[2:]:
            outline.moveTo(x0, height - y0)
            outline.lineTo(x1, height - y1)
        pdf.drawPath(outline, stroke=1, fill=0)
    else:
        for x0, y0, x1, y1 in strokes[2:]:
            pdf.line(x0, height - y0, x1, height - y1)
    for x0, y0, x1, y1 in strokes[:2]:  # the frame: the header's rule and the tier's
        pdf.line(x0, height - y0, x1, height - y1)
    pdf.showPage()
    pdf.save()
    return path


VERTICAL_TABLE_ROWS = (  # a vertical table's columns of cells, right to left, each top down
    ("信号の種類", "信号の意味"),
    ("青色の灯火", "歩行者は、進行することができること。"),
    ("黄色の灯火", "歩行者は、道路の横断を始めてはならないこと。"),
)
VERTICAL_TABLE_BEFORE = "第二条第一項の表を次のように改める。"
VERTICAL_TABLE_AFTER = "附則この政令は、公布の日から施行する。"


def vertical_table_pdf(path: Path, *, ruled: bool = True, middle_rule: float = 60.0) -> Path:
    """A landscape page in vertical writing: a column, a table ruled all round with a rule
    between its two bands of cells (a line object each), and a column after it. A
    ``middle_rule`` drawn higher than 60 pt below the table's top cuts through the first
    cells' text."""
    _register_fonts()
    width, height = A4[1], A4[0]
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    size, top, bottom, band = 8.0, 60.0, 330.0, 60.0
    pdf.setFont(MINCHO_VERTICAL, size)
    right = width - 60
    pdf.drawString(right, height - top, VERTICAL_TABLE_BEFORE)
    x1 = right - 12
    strip = 16.0
    x0 = x1 - strip * len(VERTICAL_TABLE_ROWS)
    for number, cells in enumerate(VERTICAL_TABLE_ROWS):
        centre = x1 - strip * number - strip / 2
        pdf.drawString(centre, height - top - 4, cells[0])
        pdf.drawString(centre, height - top - band - 4, cells[1])
    pdf.drawString(x0 - 12, height - top, VERTICAL_TABLE_AFTER)
    if ruled:
        pdf.setLineWidth(0.5)
        for y in (top, top + middle_rule, bottom):
            pdf.line(x0, height - y, x1, height - y)
        for k in range(len(VERTICAL_TABLE_ROWS) + 1):
            pdf.line(x1 - strip * k, height - top, x1 - strip * k, height - bottom)
    pdf.showPage()
    pdf.save()
    return path


ITEM_TABLE_ROWS = (  # a vertical table's columns of cells, right to left: a label, then items
    (
        "青色の灯火",
        (
            "歩行者は、進行することができること。",
            "普通自転車は、横断歩道において直進をし、又は左折することができること。",
        ),
    ),
    (
        "黄色の灯火",
        (
            "歩行者は、道路の横断を始めてはならないこと。",
            "横断歩道を進行しようとする普通自転車は、道路の横断を始めてはならないこと。",
            "車両は、停止位置を越えて進行してはならないこと。",
        ),
    ),
)
ITEM_NUMBERS = "一二三四五六七八九"
ITEM_TABLE_PER_LINE = 20  # characters of an item's text a line (the number stands above)


def _hung(item: str) -> list[str]:
    """An item's lines: the first after its number and a space, the rest one character in."""
    first = ITEM_TABLE_PER_LINE - 1
    rest = range(first, len(item), ITEM_TABLE_PER_LINE)
    return [item[:first], *(item[k : k + ITEM_TABLE_PER_LINE] for k in rest)]


def item_table_text() -> list[list[str]]:
    """Each column of cells of ``item_table_pdf`` as read: the label, then each item on a line
    of its own (its number, an ideographic space, its text)."""
    return [
        [label, "\n".join(f"{ITEM_NUMBERS[k]}\u3000{item}" for k, item in enumerate(items))]
        for label, items in ITEM_TABLE_ROWS
    ]


def item_table_pdf(path: Path, *, typed: bool = False) -> Path:
    """A landscape page in vertical writing: a column, a ruled table of two columns of cells,
    a column after it. The lower cell of each holds numbered items (一, 二, …) as the Official
    Gazette sets them: each item starts a line of its own at the cell's head, its number a
    character above its text, its wrapped lines hung one character in (ぶら下げ). The number
    is set apart by placing the text (no character between, as the gazette does) or, with
    ``typed``, by an ideographic space in the text."""
    _register_fonts()
    width, height = A4[1], A4[0]
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    size, pitch, top, band = 8.0, 12.0, 60.0, 60.0
    bottom = top + band + 8 + size * (ITEM_TABLE_PER_LINE + 1)
    pdf.setFont(MINCHO_VERTICAL, size)
    right = width - 60
    pdf.drawString(right, height - top, VERTICAL_TABLE_BEFORE)
    x1 = right - 12
    strips = []
    for _, items in ITEM_TABLE_ROWS:
        lines = sum(len(_hung(item)) for item in items)
        strips.append(pitch * lines + 8)
    x0 = x1 - sum(strips)
    strip_right = x1
    for (label, items), strip in zip(ITEM_TABLE_ROWS, strips, strict=True):
        centre = strip_right - 4 - size / 2
        pdf.drawString(centre, height - top - 4, label)
        head = top + band + 4
        for number, item in enumerate(items):
            for k, part in enumerate(_hung(item)):
                if k == 0 and typed:
                    pdf.drawString(centre, height - head, f"{ITEM_NUMBERS[number]}\u3000{part}")
                elif k == 0:
                    pdf.drawString(centre, height - head, ITEM_NUMBERS[number])
                    pdf.drawString(centre, height - head - 2 * size, part)
                else:
                    pdf.drawString(centre, height - head - size, part)
                centre -= pitch
        strip_right -= strip
    pdf.drawString(x0 - 12, height - top, VERTICAL_TABLE_AFTER)
    pdf.setLineWidth(0.5)
    for y in (top, top + band, bottom):
        pdf.line(x0, height - y, x1, height - y)
    for x in (x1, *(x1 - sum(strips[: k + 1]) for k in range(len(strips)))):
        pdf.line(x, height - top, x, height - bottom)
    pdf.showPage()
    pdf.save()
    return path
