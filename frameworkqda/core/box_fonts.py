"""A TrueType font whose every glyph is its bounding box: what reading a PDF's text needs.

PDFium measures each glyph of an unembedded Japanese font by loading its outline from the
substitute (``pdfium_fonts``), twice a page (parsing, then the text page), and that was half
of reading a page: 1.4 ms of a page's ~3.3 ms on the 600-page benchmark. The boxes it keeps
come from the glyph's bounding box and advance alone, never from the curves. So for reading,
each glyph is replaced by an outline of two on-curve points at the corners of the bounding
box the font records for it; metrics, character maps and every other table stay as they are.
The font shrinks from ~7 MB to ~0.8 MB and PDFium reads a page in ~0.9 ms instead of ~1.4,
with text and boxes bit for bit the same (checked on the corpus and the tests). Pages are
never drawn with it: a glyph would be a filled rectangle.
"""

from __future__ import annotations

import mmap
import struct
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy
    from numpy.typing import NDArray

_TABLE_RECORD = struct.Struct(">4sIII")  # tag, checksum, offset, length
# one contour of two on-curve points, (x0, y0) then (x1, y1), coordinates as 16-bit deltas:
# contours, bounding box, the contour's last point, no instructions, two flags, x and y deltas
_BOX_GLYPH = [
    ("contours", ">i2"), ("x0", ">i2"), ("y0", ">i2"), ("x1", ">i2"), ("y1", ">i2"),
    ("last", ">u2"), ("instructions", ">u2"), ("flag0", "u1"), ("flag1", "u1"),
    ("dx0", ">i2"), ("dx1", ">i2"), ("dy0", ">i2"), ("dy1", ">i2"),
]  # fmt: skip


def boxes_only(font: bytes | mmap.mmap) -> bytes:
    """``font`` (a TrueType file, not a collection) with each glyph's outline replaced by its
    bounding box; empty glyphs stay empty. Checksums are left at zero (nothing reads them).
    Its tables are taken as views, never copied: the outlines alone are 6-7 MB.

    The ~15,000 glyphs of an IPAex font are rewritten as arrays (numpy, loaded here: the GUI's
    first screen starts without it), ~7 ms where a loop over them took ~25 ms, in every worker
    process's first page."""
    import numpy

    count = struct.unpack_from(">H", font, 4)[0]
    whole = memoryview(font)
    tables: dict[bytes, bytes | memoryview] = {}
    for number in range(count):
        tag, _, offset, length = _TABLE_RECORD.unpack_from(font, 12 + 16 * number)
        tables[tag] = whole[offset : offset + length]
    head = bytearray(tables[b"head"])
    glyphs = struct.unpack_from(">H", tables[b"maxp"], 4)[0]
    long_offsets = struct.unpack_from(">h", head, 50)[0] == 1  # indexToLocFormat
    loca = numpy.frombuffer(tables[b"loca"], ">u4" if long_offsets else ">u2", glyphs + 1)
    offsets = loca.astype(numpy.int64) * (1 if long_offsets else 2)
    drawn = offsets[1:] > offsets[:-1]  # empty glyphs (spaces) have no outline
    source = numpy.frombuffer(tables[b"glyf"], numpy.uint8)
    corners = source[offsets[:-1][drawn, None] + numpy.arange(2, 10)]  # after the contour count
    x0, y0, x1, y1 = corners.copy().view(">i2").astype(numpy.int32).T
    box = numpy.zeros(len(x0), _BOX_GLYPH)
    box["contours"] = box["last"] = box["flag0"] = box["flag1"] = 1  # points 0 and 1, on-curve
    box["x0"], box["y0"], box["x1"], box["y1"] = x0, y0, x1, y1
    box["dx0"], box["dx1"] = x0, _short(x1 - x0)
    box["dy0"], box["dy1"] = y0, _short(y1 - y0)
    starts = numpy.zeros(glyphs + 1, ">u4")
    starts[1:] = numpy.cumsum(drawn) * box.itemsize
    struct.pack_into(">h", head, 50, 1)  # long offsets
    tables[b"head"], tables[b"glyf"], tables[b"loca"] = bytes(head), box.tobytes(), starts.tobytes()
    out = bytearray(font[:12])
    body = bytearray()
    body_start = 12 + 16 * len(tables)
    for tag in sorted(tables):
        data = tables[tag]
        out += _TABLE_RECORD.pack(tag, 0, body_start + len(body), len(data))
        body += data
        body += b"\0" * (-len(data) % 4)
    out += body
    return bytes(out)


def _short(values: NDArray[numpy.int32]) -> NDArray[numpy.int32]:
    """Deltas that fit a glyph's 16-bit coordinates, or the error ``struct`` would give."""
    if values.size and (values.min() < -32768 or values.max() > 32767):
        raise struct.error("a glyph's box is wider than 16-bit coordinates reach")
    return values
