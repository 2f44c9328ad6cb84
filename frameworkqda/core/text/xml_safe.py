"""Researchers' text for files built on XML 1.0 (DOCX, XLSX, HTML, REFI-QDA).

XML 1.0 carries no control character but tab and the line ends. A summary or note pasted from
Word may hold a vertical tab (Word's manual line break) or a form feed (its page break): lxml
and python-docx refused the whole file for one, and the REFI-QDA export dropped it, joining two
lines into one. The breaks become line ends; the other control characters, which show nothing,
are dropped.
"""

from __future__ import annotations

_BREAKS = "\x0b\x0c\x1c\x1d\x1e"  # vertical tab, form feed, file/group/record separators
_TABLE = {
    **{code: None for code in range(0x20) if chr(code) not in "\t\n\r"},
    **{ord(c): "\n" for c in _BREAKS},
    0xFFFE: None,
    0xFFFF: None,
}


def xml_safe(text: str) -> str:
    """``text`` as XML 1.0 can carry it: line breaks kept as line ends, invisible controls gone."""
    return text.translate(_TABLE) if text else text
