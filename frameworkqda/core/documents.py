"""A document's name: written as import writes it (one line, accents composed), unique in the
project, found from what a verb was given (``resolve_document``); what a verb prints
(``document_text``). Read through SQLAlchemy Core (``tables``), on a session's connection or on
one of its own: ``import`` and ``text`` load no ORM. A rename is a command
(``commands.RenameDocument``; ``commands.DeleteDocuments`` removes documents with what hangs
on them)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from frameworkqda.core import tables
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.messages import ALTERNATIVES, QT_TRANSLATE_NOOP, listed, quoted
from frameworkqda.core.words import nearest

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from frameworkqda.core.store import Project

# a line break or other control character in a name is a space (one line in every list)
_CONTROLS_AS_SPACES = {code: " " for code in [*range(0x20), *range(0x7F, 0xA0)]}


def one_line_name(text: str) -> str:
    """A name as the project stores it: control characters as spaces, accents composed (NFC),
    so a Mac's decomposed が matches the one typed to find it."""
    return unicodedata.normalize("NFC", text.translate(_CONTROLS_AS_SPACES))


def unique_name(db: Connection | Session, wanted: str, document_id: int | None = None) -> str:
    """``wanted``, or ``stem (2).ext``, ``stem (3).ext``… when another document (not
    ``document_id``) has that name: what import names a second file of the same name. A
    session's renames count once it is flushed."""
    documents = tables.documents
    names = select(documents.c.name)
    if document_id is not None:
        names = names.where(documents.c.id != document_id)
    taken = set(db.scalars(names))
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


def document_named(db: Connection | Session, name: str) -> int | None:
    """The document of this name, however its accents are composed: a name from a Mac (NFD,
    が as か + ゛) looked the same as the one typed (NFC) and was not found."""
    documents = tables.documents
    wanted = unicodedata.normalize("NFC", name)
    found: int | None = db.scalar(select(documents.c.id).where(documents.c.name == wanted))
    if found is None:  # kept decomposed by an earlier version
        found = next(
            (
                document_id
                for document_id, stored in db.execute(select(documents.c.id, documents.c.name))
                if unicodedata.normalize("NFC", stored) == wanted
            ),
            None,
        )
    return found


ID_PREFIX = "id:"  # ``id:12``: the document whose id is 12, whatever the names


def resolve_document(db: Connection | Session, name: str) -> int:
    """The document a verb was given (``pick_document``'s rule), looked up in the project.
    Every verb that takes a document finds it here (``text``, ``code``, ``autocode``, ``case
    assign``, the app's coder comparison); ``code --from`` applies the same rule to its rows."""
    documents = tables.documents
    return pick_document(
        name,
        lambda wanted: document_named(db, wanted),
        lambda number: db.scalar(select(documents.c.name).where(documents.c.id == number)),
        lambda: db.scalars(select(documents.c.name)),
    )


def document_name(db: Connection | Session, document_id: int) -> str:
    """The stored name of a document: what a verb's reply names, whether it was given by
    name, by id or spelled otherwise (accents decomposed)."""
    documents = tables.documents
    name: str = db.execute(
        select(documents.c.name).where(documents.c.id == document_id)
    ).scalar_one()
    return name


def pick_document(
    given: str,
    named: Callable[[str], int | None],
    name_of: Callable[[int], str | None],
    names: Callable[[], Iterable[str]],
) -> int:
    """The document ``given`` names: by exact name (``named``), else by id (``12``, as
    ``document list`` shows it; ``name_of`` says whether one has it); ``id:12`` is the id
    alone. A number that is one document's name and another's id is refused, saying how to
    give each, rather than taken as the name without a word. A name found nowhere is said
    with the nearest of the project's ``names`` (``osaka.htm`` for ``osaka.html``)."""
    text = given.strip()
    if text.startswith(ID_PREFIX) and text[len(ID_PREFIX) :].strip().isdecimal():
        number = int(text[len(ID_PREFIX) :])
        if name_of(number) is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Cases", "no document has the id {number}").format(number=number)
            )
        return number
    document_id = named(given)
    other = name_of(int(text)) if text.isdecimal() else None
    if other is None or document_id == int(text):
        if document_id is None:
            raise _not_found(given, names())
        return document_id
    if document_id is None:
        return int(text)
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Cases",
            "{given} is the name of one document and the id of another ({other}): "
            "give {prefix}{named} for the one named {given}, {prefix}{number} for {other}",
        ).format(
            given=quoted(given),
            other=quoted(other),
            prefix=ID_PREFIX,
            named=document_id,
            number=int(text),
        )
    )


def _not_found(given: str, names: Iterable[str]) -> NotFoundError:
    meant = _likely_meant(given, names)
    if meant:
        return NotFoundError(
            QT_TRANSLATE_NOOP("Cases", "no document named {name}; did you mean {meant}?").format(
                name=quoted(given), meant=listed(map(quoted, meant), ALTERNATIVES)
            )
        )
    return NotFoundError(
        QT_TRANSLATE_NOOP("Cases", "no document named {name}").format(name=quoted(given))
    )


def _likely_meant(given: str, names: Iterable[str], limit: int = 3) -> list[str]:
    """The document names a name found nowhere most likely meant: a near spelling
    (``words.nearest``), else those that hold it, shortest first: a file is named by part of
    its name (``hamamatsu`` for ``hamamatsu-plan.pdf``, 浜松 for 浜松市多文化共生推進計画.pdf),
    which is too far from the whole for a near spelling."""
    candidates = list(names)
    meant = nearest(given, candidates, limit)
    part = one_line_name(given).strip().casefold()
    if meant or not part:
        return meant
    return sorted((name for name in candidates if part in name.casefold()), key=len)[:limit]


def document_text(project: Project, reference: str) -> str:
    """The text stored for a document given by name or id (what ``frameworkqda text``
    prints)."""
    documents = tables.documents
    with project.connect() as connection:
        document_id = resolve_document(connection, reference)
        text: str = connection.execute(
            select(documents.c.text).where(documents.c.id == document_id)
        ).scalar_one()
    return text
