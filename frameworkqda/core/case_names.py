"""A case's name: how it is stored, and which case a typed name means. One rule for every
verb, the GUI and import: a name is one line with single spaces, found whatever its letter
case and Unicode composition, so "osaka" is the case "Osaka" and no second case beside it is
made. Read through SQLAlchemy Core (``tables``), on a session or a connection: ``import
--case`` loads no ORM."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from frameworkqda.core import tables
from frameworkqda.core.documents import one_line_name
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.messages import CASE_NEEDS_A_NAME, QT_TRANSLATE_NOOP, listed, quoted

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def case_name(text: str) -> str:
    """``text`` as a case's name is stored: one line, accents composed (as a document's name),
    each run of spaces one space, trimmed: "Japan  (national)" is "Japan (national)"."""
    return " ".join(one_line_name(text).split())


def case_key(name: str) -> str:
    """What two names that are one case share: letter case, spacing and composition aside."""
    return unicodedata.normalize("NFC", case_name(name).casefold())


def find_case(
    db: Connection | Session, name: str, exclude: int | None = None
) -> tuple[int, str] | None:
    """The case (id, stored name) that ``name`` names, other than ``exclude``; None if none.

    The one named exactly so (as :func:`case_name` writes it), else the one whose name differs
    only in letter case, spacing or composition. A project made before this rule may hold two
    such cases ("Osaka" and "osaka"): a name matching both but neither exactly is refused,
    naming both, rather than one taken at random."""
    cases = tables.cases
    query = select(cases.c.id, cases.c.name).order_by(cases.c.position, cases.c.id)
    if exclude is not None:
        query = query.where(cases.c.id != exclude)
    rows = [(int(case_id), stored) for case_id, stored in db.execute(query)]
    wanted = case_name(name)
    exact = [row for row in rows if row[1] == wanted]
    if exact:
        return exact[0]
    key = case_key(wanted)
    found = [row for row in rows if case_key(row[1]) == key]
    if len(found) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Cases",
                "{name} names %n cases whose names differ only in letter case or spacing: "
                "{cases}; rename all but one",
            ).format(
                name=quoted(wanted), n=len(found), cases=listed(quoted(row[1]) for row in found)
            )
        )
    return found[0] if found else None


def new_case_name(db: Connection | Session, name: str, exclude: int | None = None) -> str:
    """``name`` as stored (:func:`case_name`) for a new case, or a case ``exclude`` renamed;
    refused when empty, or when another case has it whatever its letter case or spacing
    (naming that case: "osaka" beside "Osaka" would split the matrix's row in two)."""
    stored = case_name(name)
    if not stored:
        raise ValidationError(CASE_NEEDS_A_NAME.format())
    clash = find_case(db, stored, exclude)  # two of them already: refused, naming both
    if clash is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Cases",
                "a case named {existing} already exists; case names differing only in letter "
                "case or spacing are one case",
            ).format(existing=quoted(clash[1]))
            if clash[1] != stored
            else QT_TRANSLATE_NOOP("Cases", "a case named {name} already exists").format(
                name=quoted(stored)
            )
        )
    return stored
