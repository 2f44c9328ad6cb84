"""A document's name: written as import writes it (one line, accents composed), unique in the
project, changed by a rename (``commands.RenameDocument``; ``commands.DeleteDocuments`` removes
documents with what hangs on them)."""

from __future__ import annotations

import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from frameworkqda.core import deletions, model
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, quoted

# a line break or other control character in a name is a space (one line in every list)
_CONTROLS_AS_SPACES = {code: " " for code in [*range(0x20), *range(0x7F, 0xA0)]}


def one_line_name(text: str) -> str:
    """A name as the project stores it: control characters as spaces, accents composed (NFC),
    so a Mac's decomposed が matches the one typed to find it."""
    return unicodedata.normalize("NFC", text.translate(_CONTROLS_AS_SPACES))


def unique_name(session: Session, wanted: str, document_id: int | None = None) -> str:
    """``wanted``, or ``stem (2).ext``, ``stem (3).ext``… when another document (not
    ``document_id``) has that name: what import names a second file of the same name.

    Read from the table (SQLAlchemy Core), after flushing what the session holds as the ORM's
    query would: an import that uses no mapped class then configures no mapper (~30 ms)."""
    documents = model.table_of(model.Document)
    names = select(documents.c.name)
    if document_id is not None:
        names = names.where(documents.c.id != document_id)
    session.flush()
    taken = set(session.scalars(names))
    if wanted not in taken:
        return wanted
    stem, dot, suffix = wanted.rpartition(".")
    if not dot:
        stem, suffix = wanted, ""
    number = 2
    while True:
        candidate = f"{stem} ({number}){dot}{suffix}"
        if candidate not in taken:
            return candidate
        number += 1


def rename_document_in(session: Session, document_id: int, name: str) -> str:
    """Give a document a new name (its original file's name stays); returns the old one. A
    name another document has, or an empty one, is refused."""
    document = session.get(model.Document, document_id)
    if document is None:
        raise NotFoundError(  # who deleted it, when the deletions log knows
            deletions.gone(session, model.DeletedKind.DOCUMENT, document_id)
            or QT_TRANSLATE_NOOP("Cases", "no document with id {document_id}").format(
                document_id=document_id
            )
        )
    name = one_line_name(name).strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Documents", "a document needs a name").format())
    clash = session.scalar(
        select(model.Document.id).where(
            model.Document.name == name, model.Document.id != document_id
        )
    )
    if clash is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Documents", "cannot rename the document to {name}: another document has it"
            ).format(name=quoted(name))
        )
    old, document.name = document.name, name
    return old
