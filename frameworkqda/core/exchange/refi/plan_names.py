"""A selection's ``name`` as a check on its positions.

QualCoder names a text selection by its whole text, ATLAS.ti and MAXQDA by its beginning
(sometimes ending in "..."), our export by its first 60 characters. Where the name is such text
and the text at the positions is not, the positions are read another known way (CRLF line ends
counted as one character: QualCoder's importer says ATLAS.ti writes them so) or the mismatch is
reported. A name that is not text ("Selection 3", a GUID, nothing) is no claim and checks
nothing: only a name found somewhere in the source's text counts as quoting it.

Names and texts are compared with their whitespace runs made one space (an XML attribute's
line ends arrive as spaces, our export writes them so) and without the control characters
XML cannot carry (``text.xml_safe``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from frameworkqda.core.exchange.refi.guids import is_guid
from frameworkqda.core.text.xml_safe import xml_safe

ELLIPSES = ("...", "…")
SHOWN = 40  # characters of a name or a text a report line quotes


def plain(text: str) -> str:
    """``text`` with every whitespace run one space, trimmed, XML-safe."""
    return " ".join(xml_safe(text).split())


def claim(name: str | None) -> str | None:
    """The text a selection's name may quote (plain, without a closing ellipsis), or None
    for a name that cannot be text (none, blank, a GUID)."""
    if not name or is_guid(name.strip()):
        return None
    said = plain(name)
    for ellipsis in ELLIPSES:
        said = said.removesuffix(ellipsis).rstrip()
    return said or None


def matches(found: str, claimed: str) -> bool:
    """Whether the text ``found`` at a selection's positions is what its name quotes: the
    same, or beginning with the name (a name may be the text's beginning)."""
    return plain(found).startswith(claimed)


def shown(text: str) -> str:
    """A name or a text as a report line quotes it: plain, cut at SHOWN characters."""
    said = plain(text)
    return said if len(said) <= SHOWN else said[:SHOWN] + "…"


@dataclass
class SourceText:
    """A source's text (LF line ends) for the checks, its plain form made once when first
    needed: whether a name occurs in it at all."""

    text: str
    _plain: str | None = field(default=None, repr=False)

    def quotes(self, claimed: str) -> bool:
        """Whether ``claimed`` occurs in the text, so that a name is text, not a label."""
        if self._plain is None:
            self._plain = plain(self.text)
        return claimed in self._plain


Mapping = Callable[[int], int]


def crlf_as_one(
    selections: list[tuple[str | None, int, int]],
    text: str,
    as_given: Mapping,
    lf_length: int,
) -> tuple[int, int]:
    """Of the selections ``(claim, start, end)`` (positions as the file gives them), how many
    names match the text only when read as the standard counts (``as_given`` onto the LF
    text) and how many only when CRLF counts as one character (the positions are then the LF
    text's own); a selection before the first line end matches both ways and tells nothing."""
    given = as_one = 0
    for claimed, start, end in selections:
        if claimed is None:
            continue
        standard = matches(text[as_given(start) : as_given(end)], claimed)
        one = end <= lf_length and matches(text[start:end], claimed)
        given += standard and not one
        as_one += one and not standard
    return given, as_one
