"""REFI GUIDs: the ones rows keep, and the ones an export derives, so the same project always
exports the same bytes and a round trip through another program keeps every identity.

Rows carry their own GUID (``guid`` columns, schema 0003): assigned when the row is made, or
the one an import brought. Elements that have no row of their own (a PDF's text
representation, the page areas of a PDF selection, the note that carries a segment's
translation, a link) take a UUID5 of their kind and their owner's GUID (:meth:`Guids.child`).
Only rows without a GUID (none after 0003) and the project-wide value-scale note fall back to
a UUID5 over the project's name and creation time plus a human key (:meth:`Guids.__call__`).
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime

from frameworkqda.core.exchange.refi.common import format_datetime

_ROOT = uuid.UUID("6f1c9a52-3d4b-5e8a-9c07-2b1f4e6d8a90")


_GUID = re.compile(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}")


def normalise_guid(value: str) -> str:
    """The form GUIDs are stored and written in: no braces, upper case."""
    return value.strip().strip("{}").upper()


def is_guid(value: str | None) -> bool:
    """Whether a (normalised) value is a GUID as the REFI-QDA schema has it: another value
    kept and written back would make our own export invalid (``guid="not-a-guid"``)."""
    return value is not None and _GUID.fullmatch(value) is not None


class Guids:
    """Makes the GUID of each exported entity from its kind and its human key."""

    def __init__(self, project_name: str, created_at: datetime | None) -> None:
        self.namespace = uuid.uuid5(_ROOT, f"{project_name}\x1f{format_datetime(created_at)}")

    def __call__(self, kind: str, *key: object) -> str:
        text = "\x1f".join([kind, *(str(part) for part in key)])
        return str(uuid.uuid5(self.namespace, text)).upper()

    @staticmethod
    def child(kind: str, owner: str, *key: object) -> str:
        """The GUID of an element that belongs to the entity ``owner`` (a GUID)."""
        text = "\x1f".join([kind, owner, *(str(part) for part in key)])
        return str(uuid.uuid5(_ROOT, text)).upper()

    def of(self, stored: str | None, kind: str, *key: object) -> str:
        """A row's own GUID, or (for a row without one) the one derived from its key."""
        return normalise_guid(stored) if stored else self(kind, *key)


def text_original(source: str) -> str:
    """The GUID that names, in ``sources/``, the original file of a text document that was not
    UTF-8 with LF line ends (Shift-JIS, CRLF, a byte-order mark), or an HTML document's page,
    beside its plain text.

    REFI-QDA's ``TextSource`` has no attribute for such a file (``path`` is not among its
    attributes, and ``richTextPath`` is for a formatted original: a plain ``.txt`` there is
    read as rich text by ATLAS.ti, and QualCoder would copy it over its plain text), so the
    file is named by this GUID alone and other programs leave it aside. Our import takes it as
    the document's original (a page by its extension, a text when it reads as the source's
    text), so the document keeps its kind and the file's hash, and importing the file again
    finds it already present."""
    return Guids.child("text-original", normalise_guid(source))
