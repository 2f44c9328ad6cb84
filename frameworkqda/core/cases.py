"""Cases (the units compared: cities, the national level), their typed attributes and documents."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from frameworkqda.core import deletions, model
from frameworkqda.core.case_names import find_case, new_case_name
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.kinds import attribute_label, attribute_word
from frameworkqda.core.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    listed,
    quoted,
    said,
)
from frameworkqda.core.numbers import NumberError, read_number, read_whole_number
from frameworkqda.core.store import Project
from frameworkqda.core.text.fold import folded

AttributeValue = str | int | float | bool | date | None


@dataclass(frozen=True)
class CaseInfo:
    id: int
    name: str
    description: str
    position: int
    documents: tuple[str, ...]
    guid: str = ""  # stays with the case whatever its name; an id is reused once deleted


def case_list(session: Session) -> list[CaseInfo]:
    """Every case in its order, with the names of its documents."""
    documents: dict[int, list[str]] = {}
    for case_id, name in session.execute(
        select(model.Document.case_id, model.Document.name)
        .where(model.Document.case_id.is_not(None))
        .order_by(model.Document.position, model.Document.id)
    ):
        if case_id is not None:
            documents.setdefault(case_id, []).append(name)
    return [
        CaseInfo(
            case.id,
            case.name,
            case.description,
            case.position,
            tuple(documents.get(case.id, [])),
            case.guid or "",
        )
        for case in session.scalars(select(model.Case).order_by(model.Case.position, model.Case.id))
    ]


def list_cases(project: Project) -> list[CaseInfo]:
    with project.session() as session:
        return case_list(session)


def resolve_case(session: Session, name: str) -> int:
    """The case a verb was given, whatever its letter case or spacing (:func:`find_case`)."""
    session.flush()  # a case renamed in this session is found by its new name
    found = find_case(session, name)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Cases", "no case named {name}").format(name=quoted(name))
        )
    return found[0]


def add_case_in(
    session: Session, name: str, description: str = "", *, case_id: int | None = None
) -> int:
    """Add a case at the end of the order; ``case_id`` puts it back with that id (redo). Its
    name as :func:`new_case_name` writes it, refused beside one differing only in letter case
    or spacing."""
    session.flush()
    name = new_case_name(session, name)
    position = session.scalar(select(func.coalesce(func.max(model.Case.position) + 1, 0)))
    case = model.Case(name=name, description=description, position=position or 0)
    if case_id is not None:
        case.id = case_id
    session.add(case)
    session.flush()
    return case.id


def delete_case_in(session: Session, case_id: int) -> None:
    """Delete a case with its attribute values, chart cells and memos; its documents stay,
    unassigned."""
    _case(session, case_id)
    session.execute(
        update(model.Document).where(model.Document.case_id == case_id).values(case_id=None)
    )
    session.execute(delete(model.Case).where(model.Case.id == case_id))
    session.expire_all()


@dataclass(frozen=True)
class CaseWork:
    """What deleting a case takes with it, to say before or after (``case delete``, the
    app's confirmation): its row of the matrix and its memos; its documents stay, with no case."""

    cells: int  # charted cells of its row
    valued: int  # of them with a value
    summarised: int  # of them with a written summary (the researcher's, not a draft)
    memos: int  # on the case and on its cells
    documents: tuple[str, ...]  # left in no case
    drafted: int = 0  # of them with an auto-drafted summary not yet edited or accepted


def case_work(project: Project, case_id: int) -> CaseWork:
    with project.session() as session:
        _case(session, case_id)
        cells = list(
            session.execute(
                select(
                    model.ChartCell.id,
                    model.ChartCell.value_id,
                    model.ChartCell.summary,
                    model.ChartCell.draft,
                ).where(model.ChartCell.case_id == case_id)
            )
        )
        memos = session.scalar(
            select(func.count())
            .select_from(model.Memo)
            .where(
                (model.Memo.case_id == case_id)
                | model.Memo.cell_id.in_([cell_id for cell_id, _, _, _ in cells])
            )
        )
        documents = session.scalars(
            select(model.Document.name)
            .where(model.Document.case_id == case_id)
            .order_by(model.Document.position, model.Document.id)
        )
        written = [draft for _, _, summary, draft in cells if summary.strip()]
        return CaseWork(
            len(cells),
            sum(1 for _, value_id, _, _ in cells if value_id is not None),
            written.count(False),  # a draft is the machine's quotes, not a summary written
            memos or 0,
            tuple(documents),
            written.count(True),
        )


def rename_case_in(session: Session, case_id: int, name: str) -> str:
    """Rename a case (its new name as :func:`new_case_name` writes it, refused beside another
    differing only in letter case or spacing; its own letter case may change); returns its
    old name."""
    case = _case(session, case_id)
    session.flush()
    old, case.name = case.name, new_case_name(session, name, exclude=case_id)
    return old


def reorder_cases_in(session: Session, case_ids: list[int]) -> list[int]:
    """Put the cases in the given order (every case id exactly once); returns the old order."""
    before = list(
        session.scalars(select(model.Case.id).order_by(model.Case.position, model.Case.id))
    )
    if set(case_ids) != set(before) or len(case_ids) != len(before):
        raise ValidationError("the new order must name every case exactly once")
    for position, case_id in enumerate(case_ids):
        session.execute(
            update(model.Case).where(model.Case.id == case_id).values(position=position)
        )
    return before


def assign_documents_in(
    session: Session, case_id: int | None, document_ids: list[int]
) -> dict[int, int | None]:
    if case_id is not None:
        _case(session, case_id)
    previous: dict[int, int | None] = {}
    for document_id in document_ids:
        document = session.get(model.Document, document_id)
        if document is None:
            raise NotFoundError(
                _document_gone(session, document_id)
                or QT_TRANSLATE_NOOP("Cases", "no document with id {document_id}").format(
                    document_id=document_id
                )
            )
        previous[document_id] = document.case_id
        document.case_id = case_id
    return previous


def _document_gone(session: Session, document_id: int) -> str | None:
    """Who deleted the document and when, if the deletions log knows."""
    return deletions.gone(session, model.DeletedKind.DOCUMENT, document_id)


def set_read_in(session: Session, document_id: int, read: bool) -> bool:
    document = session.get(model.Document, document_id)
    if document is None:
        raise NotFoundError(
            _document_gone(session, document_id)
            or QT_TRANSLATE_NOOP("Cases", "no document with id {document_id}").format(
                document_id=document_id
            )
        )
    was = document.read_at is not None
    document.read_at = datetime.now(UTC) if read else None
    return was


def _define(session: Session, name: str, kind: model.AttributeKind) -> int:
    found = session.scalars(
        select(model.AttributeDefinition).where(model.AttributeDefinition.name == name)
    ).first()
    if found is not None:
        if found.kind != kind:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Cases", "attribute {name} is of kind {kind}, not {asked}"
                ).format(
                    name=quoted(name),
                    kind=quoted(attribute_label(found.kind)),
                    asked=quoted(attribute_label(kind)),
                )
            )
        return found.id
    count = session.scalar(select(func.count()).select_from(model.AttributeDefinition)) or 0
    definition = model.AttributeDefinition(name=name, kind=kind, position=count)
    session.add(definition)
    session.flush()
    return definition.id


def infer_kind(value: AttributeValue) -> model.AttributeKind:
    if isinstance(value, bool):
        return model.AttributeKind.BOOLEAN
    if isinstance(value, int):
        return model.AttributeKind.INTEGER
    if isinstance(value, float):
        return model.AttributeKind.NUMBER
    if isinstance(value, date):
        return model.AttributeKind.DATE
    return model.AttributeKind.TEXT


# a yes/no value as typed (compared casefolded, full-width letters as ASCII): the words a
# first value is read as yes/no by (``kind_of_text``), then 1/0 and y/n too (``parse_value``)
_YES_NO_WORDS = {
    "yes": True,
    "no": False,
    "true": True,
    "false": False,
    "はい": True,
    "いいえ": False,
}
_YES_NO = _YES_NO_WORDS | {"1": True, "y": True, "0": False, "n": False}


def _yes_no_key(text: str) -> str:
    return unicodedata.normalize("NFKC", text.strip()).casefold()


def kind_of_text(text: str) -> model.AttributeKind:
    """The kind an attribute takes when its first value is typed with no kind given (the
    command line's ``case set`` without ``--kind``): a whole number (``790718``, ``790,718``)
    an integer, another number (``3.6``) a number, an ISO date (``2023-03-01``) a date, yes,
    no, true, false (はい, いいえ; any letter case) yes/no, and anything else text. A number
    with a leading zero (``0123``, a code rather than a quantity) stays text. One with a
    percent sign (``3.6%``) or an ambiguous comma (``3,25``) is taken for a number, so that
    reading it then refuses it, saying why, rather than keeping it as text no sum or chart
    can use."""
    text = text.strip()
    plain = unicodedata.normalize("NFKC", text)
    if _yes_no_key(text) in _YES_NO_WORDS:  # "yes" as text matched no --where "…=true"
        return model.AttributeKind.BOOLEAN
    if re.fullmatch(r"[+-]?0\d+(?:[.,]\d*)?", plain):
        return model.AttributeKind.TEXT
    for kind, read in (
        (model.AttributeKind.INTEGER, read_whole_number),
        (model.AttributeKind.NUMBER, read_number),
    ):
        try:
            read(text)
        except NumberError as error:
            if error.reason is not None:  # a number, written so it cannot be read
                return model.AttributeKind.NUMBER
            continue
        return kind
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", plain):
        try:
            date.fromisoformat(plain)
        except ValueError:
            return model.AttributeKind.TEXT
        return model.AttributeKind.DATE
    return model.AttributeKind.TEXT


def plain_value(value: AttributeValue) -> str:
    """A value as the command line prints it, and as it reads back as its kind: a whole
    number with no ``.0`` (790718, not 790718.0), yes/no, an ISO date; None as ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.15g}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def parse_value(text: str, kind: model.AttributeKind) -> AttributeValue:
    """Read a value typed on the command line or in a table cell as the attribute's kind."""
    text = text.strip()
    if text == "":
        return None
    try:
        if kind is model.AttributeKind.INTEGER:
            return read_whole_number(text)
        if kind is model.AttributeKind.NUMBER:
            return read_number(text)
        if kind is model.AttributeKind.DATE:
            return date.fromisoformat(text)
    except NumberError as error:
        if error.reason is None:
            raise ValidationError(_not_valid(text, kind)) from error
        raise ValidationError(
            QT_TRANSLATE_NOOP("Cases", "{text} is not a valid {kind}: {reason}").format(
                text=quoted(text), kind=attribute_word(kind), reason=error.reason
            )
        ) from error
    except ValueError as error:
        raise ValidationError(_not_valid(text, kind)) from error
    if kind is model.AttributeKind.BOOLEAN:
        answer = _YES_NO.get(_yes_no_key(text))
        if answer is not None:
            return answer
        raise ValidationError(
            QT_TRANSLATE_NOOP("Cases", "{text} is not a valid yes/no").format(text=quoted(text))
        )
    return text


def _not_valid(text: str, kind: model.AttributeKind) -> Message:
    return QT_TRANSLATE_NOOP("Cases", "{text} is not a valid {kind}").format(
        text=quoted(text), kind=attribute_word(kind)
    )


@dataclass(frozen=True)
class AttributeBefore:
    """What setting an attribute replaced: the stored columns (None: no value) and whether the
    attribute was defined by this very call (undo then removes the definition too)."""

    attribute_id: int
    columns: tuple[str | None, float | None] | None
    defined: bool


def set_attribute_in(
    session: Session,
    case_id: int,
    name: str,
    value: AttributeValue,
    kind: model.AttributeKind | None = None,
    attribute_id: int | None = None,
    check_name: bool = False,
) -> AttributeBefore:
    """Set a case's attribute, defining it (with the value's kind unless given) on first use.

    ``attribute_id``: the attribute meant (a column of the case sheet), never defined anew:
    one deleted since is refused, saying so, and (with ``check_name``) so is one renamed since
    from ``name``; a value typed as another kind is read as the kind it has now, or refused
    saying that its kind was changed."""
    _case(session, case_id)
    if attribute_id is not None:
        return _set_known_attribute(session, case_id, attribute_id, name, value, kind, check_name)
    existing = session.scalars(
        select(model.AttributeDefinition).where(model.AttributeDefinition.name == name)
    ).first()
    # a kind given for an attribute that has another is refused (by ``_define``), not ignored
    kind = kind or (existing.kind if existing is not None else infer_kind(value))
    if isinstance(value, str) and kind is not model.AttributeKind.TEXT:
        value = parse_value(value, kind)
    attribute_id = _define(session, name, kind)
    row = session.get(model.CaseAttributeValue, (case_id, attribute_id))
    before = AttributeBefore(
        attribute_id,
        (row.value_text, row.value_number) if row is not None else None,
        existing is None,
    )
    restore_attribute_in(
        session, case_id, attribute_id, None if value is None else _columns(value, kind)
    )
    return before


def _set_known_attribute(
    session: Session,
    case_id: int,
    attribute_id: int,
    name: str,
    value: AttributeValue,
    kind: model.AttributeKind | None,
    check_name: bool,
) -> AttributeBefore:
    attribute = session.get(model.AttributeDefinition, attribute_id)
    if attribute is None:
        from frameworkqda.core import deletions

        raise NotFoundError(
            deletions.deleted_since(
                session,
                model.DeletedKind.ATTRIBUTE,
                attribute_id,
                QT_TRANSLATE_NOOP("Cases", "the attribute {name}").format(name=quoted(name)),
            ),
        )
    if check_name and attribute.name != name:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Cases", "the attribute {name} was renamed to {now} by someone else"
            ).format(name=quoted(name), now=quoted(attribute.name))
        )
    try:
        if isinstance(value, str) and attribute.kind is not model.AttributeKind.TEXT:
            value = parse_value(value, attribute.kind)
        elif kind is not None and kind is not attribute.kind:
            value = _converted(value, attribute.kind)
        columns = None if value is None else _columns(value, attribute.kind)
    except ValidationError as error:
        if kind is None or kind is attribute.kind:
            raise
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Cases",
                "the kind of {name} was changed to {kind} by someone else meanwhile: {reason}",
            ).format(
                name=quoted(attribute.name),
                kind=quoted(attribute_label(attribute.kind)),
                reason=said(error),
            )
        ) from error
    row = session.get(model.CaseAttributeValue, (case_id, attribute_id))
    before = AttributeBefore(
        attribute_id, (row.value_text, row.value_number) if row is not None else None, False
    )
    restore_attribute_in(session, case_id, attribute_id, columns)
    return before


def restore_attribute_in(
    session: Session,
    case_id: int,
    attribute_id: int,
    columns: tuple[str | None, float | None] | None,
) -> None:
    """Store a case's attribute columns as given (None: no value)."""
    row = session.get(model.CaseAttributeValue, (case_id, attribute_id))
    if columns is None:
        if row is not None:
            session.delete(row)
            session.flush()
        return
    if row is None:
        row = model.CaseAttributeValue(case_id=case_id, attribute_id=attribute_id)
        session.add(row)
    row.value_text, row.value_number = columns


def undefine_attribute_in(session: Session, attribute_id: int) -> None:
    session.execute(
        delete(model.CaseAttributeValue).where(
            model.CaseAttributeValue.attribute_id == attribute_id
        )
    )
    session.execute(
        delete(model.AttributeDefinition).where(model.AttributeDefinition.id == attribute_id)
    )
    session.expire_all()


def attribute_named(session: Session, name: str) -> model.AttributeDefinition:
    found = session.scalars(
        select(model.AttributeDefinition).where(model.AttributeDefinition.name == name.strip())
    ).first()
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Cases", "no attribute named {name}").format(name=quoted(name))
        )
    return found


def kind_of_attribute(session: Session, name: str) -> model.AttributeKind | None:
    """The kind of the attribute of this name; None when there is none."""
    return session.scalar(
        select(model.AttributeDefinition.kind).where(model.AttributeDefinition.name == name.strip())
    )


def attribute_in(session: Session, attribute_id: int) -> model.AttributeDefinition:
    found = session.get(model.AttributeDefinition, attribute_id)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Cases", "no attribute with id {attribute_id}").format(
                attribute_id=attribute_id
            )
        )
    return found


def rename_attribute_in(session: Session, attribute_id: int, name: str) -> str:
    """Rename an attribute (its values stay); returns its old name."""
    attribute = attribute_in(session, attribute_id)
    name = name.strip()
    clash = session.scalar(
        select(model.AttributeDefinition.id).where(
            model.AttributeDefinition.name == name, model.AttributeDefinition.id != attribute_id
        )
    )
    if not name or clash is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Cases", "cannot rename the attribute to {name}: empty or already used"
            ).format(name=quoted(name))
        )
    old, attribute.name = attribute.name, name
    return old


StoredColumns = tuple[str | None, float | None]

_SHOWN_REFUSALS = 5  # a refused change of kind names this many values, then counts the rest


def change_kind_in(
    session: Session, attribute_id: int, kind: model.AttributeKind
) -> tuple[model.AttributeKind, dict[int, StoredColumns]]:
    """Give an attribute another kind, each case's value read as the new kind (3.0 becomes
    the whole number 3, yes the number 1, 790,718 typed as text the integer 790718). A value
    that cannot be (3.6 as a whole number, "many" as a number) refuses the whole change,
    naming each such value and its case, and nothing changes. Returns the old kind and the
    stored columns of every value by case id (what an undo puts back)."""
    attribute = attribute_in(session, attribute_id)
    old = attribute.kind
    stored = {
        row.case_id: row
        for row in session.scalars(
            select(model.CaseAttributeValue).where(
                model.CaseAttributeValue.attribute_id == attribute_id
            )
        )
    }
    before = {case_id: (row.value_text, row.value_number) for case_id, row in stored.items()}
    if kind is old:
        return old, before
    names: dict[int, str] = {
        case_id: name for case_id, name in session.execute(select(model.Case.id, model.Case.name))
    }
    converted: dict[int, StoredColumns | None] = {}
    refused: list[Message] = []
    for case_id, row in sorted(stored.items(), key=lambda item: names.get(item[0], "")):
        value = _typed(old, row)
        try:
            new = _converted(value, kind)
            converted[case_id] = None if new is None else _columns(new, kind)
        except ValidationError:
            refused.append(
                QT_TRANSLATE_NOOP("Cases", "{value} of {case}").format(
                    value=quoted(plain_value(value)), case=names.get(case_id, case_id)
                )
            )
    if refused:
        values = listed(refused[:_SHOWN_REFUSALS])
        if len(refused) > _SHOWN_REFUSALS:
            values = QT_TRANSLATE_NOOP("Cases", "{values} and %n more").format(
                values=values, n=len(refused) - _SHOWN_REFUSALS
            )
        refusal = (
            QT_TRANSLATE_NOOP(
                "Cases",
                "cannot change {name} to {kind}: {values} cannot be read as {kind}; "
                "change or empty that value first",
            )
            if len(refused) == 1
            else QT_TRANSLATE_NOOP(
                "Cases",
                "cannot change {name} to {kind}: {values} cannot be read as {kind}; "
                "change or empty those values first",
            )
        )
        raise ValidationError(
            refusal.format(name=quoted(attribute.name), kind=attribute_word(kind), values=values)
        )
    attribute.kind = kind
    for case_id, columns in converted.items():
        restore_attribute_in(session, case_id, attribute_id, columns)
    return old, before


def restore_kind_in(
    session: Session,
    attribute_id: int,
    kind: model.AttributeKind,
    values: dict[int, StoredColumns],
    left: dict[int, StoredColumns] | None = None,
) -> None:
    """Put an attribute's kind back and each value as stored before (an undo).

    ``left``: the values as the change of kind left them. A value someone set, changed or
    emptied since (it no longer holds what the change left) is theirs: it stays, read back as
    the old kind; one that cannot be (3.5 set since, going back to Whole number) refuses the
    undo, naming it. Without ``left`` every value is put back as it was."""
    attribute = attribute_in(session, attribute_id)
    now = {
        row.case_id: (row.value_text, row.value_number)
        for row in session.scalars(
            select(model.CaseAttributeValue).where(
                model.CaseAttributeValue.attribute_id == attribute_id
            )
        )
    }
    if left is None:
        left = now
    theirs: dict[int, StoredColumns | None] = {}
    refused: list[Message] = []
    names: dict[int, str] = {
        case_id: name for case_id, name in session.execute(select(model.Case.id, model.Case.name))
    }
    for case_id in set(now) | set(left):
        if now.get(case_id) == left.get(case_id):
            continue
        columns = now.get(case_id)
        if columns is None:  # emptied since: stays empty
            theirs[case_id] = None
            continue
        value = _typed(attribute.kind, _stored(columns))
        try:
            new = _converted(value, kind)
            theirs[case_id] = None if new is None else _columns(new, kind)
        except ValidationError:
            refused.append(
                QT_TRANSLATE_NOOP("Cases", "{value} of {case}").format(
                    value=quoted(plain_value(value)), case=names.get(case_id, case_id)
                )
            )
    if refused:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Cases",
                "{name} cannot go back to {kind}: {values}, set since, cannot be read as {kind}",
            ).format(
                name=quoted(attribute.name),
                kind=quoted(attribute_label(kind)),
                values=listed(refused[:_SHOWN_REFUSALS]),
            )
        )
    attribute.kind = kind
    for case_id in set(now) | set(values):
        if case_id in theirs:
            restore_attribute_in(session, case_id, attribute_id, theirs[case_id])
        elif case_id in names:  # a case deleted since keeps its values with its deletion
            restore_attribute_in(session, case_id, attribute_id, values.get(case_id))


def _stored(columns: StoredColumns) -> model.CaseAttributeValue:
    return model.CaseAttributeValue(value_text=columns[0], value_number=columns[1])


def stored_value(session: Session, case_id: int, attribute_id: int) -> StoredColumns | None:
    """A case's stored columns of an attribute; None when it has no value."""
    row = session.get(model.CaseAttributeValue, (case_id, attribute_id))
    return None if row is None else (row.value_text, row.value_number)


def case_name_in(session: Session, case_id: int) -> str:
    return _case(session, case_id).name


def stored_values(session: Session, attribute_id: int) -> dict[int, StoredColumns]:
    """Every case's stored columns of an attribute, by case id."""
    return {
        row.case_id: (row.value_text, row.value_number)
        for row in session.scalars(
            select(model.CaseAttributeValue).where(
                model.CaseAttributeValue.attribute_id == attribute_id
            )
        )
    }


def _converted(value: AttributeValue, kind: model.AttributeKind) -> AttributeValue:
    """``value`` read as ``kind``; ValidationError when it cannot be."""
    if value is None:
        return None
    if kind is model.AttributeKind.TEXT:
        return plain_value(value)
    if isinstance(value, bool) and kind is model.AttributeKind.INTEGER:
        return int(value)
    if isinstance(value, bool) and kind is model.AttributeKind.NUMBER:
        return float(value)
    return parse_value(plain_value(value), kind)


def _columns(value: AttributeValue, kind: model.AttributeKind) -> tuple[str | None, float | None]:
    if kind is model.AttributeKind.TEXT:
        return str(value), None
    if kind is model.AttributeKind.DATE:
        if not isinstance(value, date):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Cases", "{value} is not a date").format(value=quoted(value))
            )
        return value.isoformat(), None
    if kind is model.AttributeKind.BOOLEAN:
        return None, 1.0 if value else 0.0
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Cases", "{value} is not a {kind}").format(
                value=quoted(value), kind=attribute_word(kind)
            )
        )
    if kind is model.AttributeKind.INTEGER and int(value) != value:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Cases", "{value} is not a whole number").format(value=quoted(value))
        )
    return None, float(value)


def attributes(project: Project, case_id: int) -> dict[str, AttributeValue]:
    """A case's attributes by name, in definition order, typed by their kind."""
    with project.session() as session:
        _case(session, case_id)
        rows = session.execute(
            select(model.AttributeDefinition, model.CaseAttributeValue)
            .join(model.CaseAttributeValue)
            .where(model.CaseAttributeValue.case_id == case_id)
            .order_by(model.AttributeDefinition.position)
        )
        return {definition.name: _typed(definition.kind, row) for definition, row in rows}


@dataclass(frozen=True)
class Attribute:
    id: int
    name: str
    kind: model.AttributeKind


@dataclass(frozen=True)
class CaseSheet:
    """Every case (in order) with its attributes: the table a researcher edits, as NVivo's
    case classification sheet or MAXQDA's document variables."""

    cases: list[CaseInfo]
    attributes: list[Attribute]  # in definition order
    values: dict[tuple[int, int], AttributeValue]  # (case id, attribute id) → value


def case_sheet(project: Project) -> CaseSheet:
    with project.session() as session:
        definitions = session.scalars(
            select(model.AttributeDefinition).order_by(
                model.AttributeDefinition.position, model.AttributeDefinition.id
            )
        )
        attributes = [Attribute(d.id, d.name, d.kind) for d in definitions]
        kinds = {attribute.id: attribute.kind for attribute in attributes}
        values = {
            (row.case_id, row.attribute_id): _typed(kinds[row.attribute_id], row)
            for row in session.scalars(select(model.CaseAttributeValue))
        }
        return CaseSheet(case_list(session), attributes, values)


def _typed(kind: model.AttributeKind, row: model.CaseAttributeValue) -> AttributeValue:
    if kind is model.AttributeKind.TEXT:
        return row.value_text
    if kind is model.AttributeKind.DATE:
        return date.fromisoformat(row.value_text) if row.value_text else None
    if row.value_number is None:
        return None
    if kind is model.AttributeKind.BOOLEAN:
        return row.value_number != 0
    if kind is model.AttributeKind.INTEGER:
        return int(row.value_number)
    return row.value_number


def _case(session: Session, case_id: int) -> model.Case:
    case = session.get(model.Case, case_id)
    if case is None:
        raise NotFoundError(  # who deleted it, when the deletions log knows
            deletions.gone(session, model.DeletedKind.CASE, case_id)
            or QT_TRANSLATE_NOOP("Cases", "no case with id {case_id}").format(case_id=case_id)
        )
    return case


# -- a selection of cases by attribute ("Population >= 1000000", "Region = Kanto") ----------

EQUALS, NOT_EQUALS, LESS, AT_MOST, MORE, AT_LEAST, CONTAINS = "=", "!=", "<", "<=", ">", ">=", "~"
OPERATORS = (EQUALS, NOT_EQUALS, LESS, AT_MOST, MORE, AT_LEAST, CONTAINS)
# as a condition may be written: the signs a researcher types or the GUI shows, as ASCII
_OPERATOR_SPELLINGS = {
    "≥": AT_LEAST,
    "≧": AT_LEAST,
    "≤": AT_MOST,
    "≦": AT_MOST,
    "≠": NOT_EQUALS,
    "==": EQUALS,
    "<>": NOT_EQUALS,
}
# each ASCII sign or its full-width form (＝ ＞ ＜ ！ ～), which is what a Japanese input method
# types; only the sign is read through NFKC (``_sign``), the name and value stay as typed
_EQ, _GT, _LT, _NOT = "[=＝]", "[>＞]", "[<＜]", "[!！]"
_SIGN = "|".join(
    (
        _GT + _EQ,
        _LT + _EQ,
        _NOT + _EQ,
        _LT + _GT,
        _EQ + _EQ,
        "≥|≧|≤|≦|≠",
        _EQ,
        _LT,
        _GT,
        "[~～]",
    )
)
_CONDITION = re.compile(rf"^\s*(?P<name>.*?)\s*(?P<op>{_SIGN})\s*(?P<value>.*?)\s*$")


def _sign(typed: str) -> str:
    """A sign as typed (``＞＝``, ``≧``, ``<>``) as one of :data:`OPERATORS`."""
    sign = unicodedata.normalize("NFKC", typed)
    return _OPERATOR_SPELLINGS.get(sign, sign)


def operators_for(kind: model.AttributeKind) -> tuple[str, ...]:
    """What an attribute of this kind can be compared by: numbers and dates by order, text
    by equality or containing, a yes/no attribute by equality."""
    if kind is model.AttributeKind.TEXT:
        return (EQUALS, NOT_EQUALS, CONTAINS)
    if kind is model.AttributeKind.BOOLEAN:
        return (EQUALS, NOT_EQUALS)
    return (EQUALS, NOT_EQUALS, LESS, AT_MOST, MORE, AT_LEAST)


@dataclass(frozen=True)
class CaseCondition:
    """Cases whose attribute compares so to a value, the value as typed: ``Population >=
    1000000`` (numbers compared as numbers), ``Founded < 1900-01-01`` (dates as dates),
    ``Region = Kanto`` (text whole, ignoring case and full/half width), ``Region ~ kan``
    (text containing), ``Coastal = yes``. A case with no value for the attribute is never
    among them."""

    attribute: str
    operator: str
    value: str

    def __str__(self) -> str:
        return f"{self.attribute} {self.operator} {self.value}"


def parse_condition(text: str) -> CaseCondition:
    """``"Population>=1000000"`` (spaces around the sign or not; ≥ ≧ ≤ ≦ ≠ too, and the
    full-width ＝ ＞＝ ！＝ ～ … a Japanese input method types) as a condition; the attribute
    name ends at its first comparison sign."""
    found = _CONDITION.match(text)
    if found is None or not found["name"] or not found["value"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Cases",
                "{text} is not a condition: write ATTRIBUTE, a sign (= != < <= > >= or ~ for "
                "contains), then a value, e.g. Population>=1000000",
            ).format(text=quoted(text))
        )
    return CaseCondition(found["name"], _sign(found["op"]), found["value"])


def _compared(
    condition: CaseCondition, kind: model.AttributeKind
) -> tuple[AttributeValue, model.AttributeKind]:
    """The condition's value read as the attribute's kind (whole numbers compared as numbers:
    ``Population > 2.5e5`` is fair), refused with the reason when it cannot be."""
    if condition.operator not in operators_for(kind):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Cases", "{name} is a {kind} attribute: it cannot be compared by {operator}"
            ).format(
                name=quoted(condition.attribute),
                kind=attribute_word(kind),
                operator=quoted(condition.operator),
            )
        )
    if kind is model.AttributeKind.INTEGER:
        kind = model.AttributeKind.NUMBER
    return parse_value(condition.value, kind), kind


def _meets(value: AttributeValue, operator: str, wanted: AttributeValue) -> bool:
    if value is None or wanted is None:
        return False
    if isinstance(value, str) and isinstance(wanted, str):
        value, wanted = folded(value.strip()), folded(wanted)
        if operator == CONTAINS:
            return wanted in value
    if operator == EQUALS:
        return value == wanted
    if operator == NOT_EQUALS:
        return value != wanted
    ordered = {LESS: lambda a, b: a < b, AT_MOST: lambda a, b: a <= b}
    ordered |= {MORE: lambda a, b: a > b, AT_LEAST: lambda a, b: a >= b}
    return bool(ordered[operator](value, wanted))


def cases_where_in(session: Session, condition: CaseCondition) -> list[int]:
    """The ids of the cases meeting ``condition``, in the cases' order."""
    attribute = attribute_named(session, condition.attribute)
    wanted, _ = _compared(condition, attribute.kind)
    rows = {
        row.case_id: row
        for row in session.scalars(
            select(model.CaseAttributeValue).where(
                model.CaseAttributeValue.attribute_id == attribute.id
            )
        )
    }
    return [
        case_id
        for case_id in session.scalars(
            select(model.Case.id).order_by(model.Case.position, model.Case.id)
        )
        if case_id in rows
        and _meets(_typed(attribute.kind, rows[case_id]), condition.operator, wanted)
    ]


def cases_where(project: Project, condition: CaseCondition | str) -> list[int]:
    """The ids of the cases meeting a condition (or its text, ``"Population>=1000000"``), in
    the cases' order; a condition naming no attribute, or with a value not of its kind, is
    refused with the reason."""
    if isinstance(condition, str):
        condition = parse_condition(condition)
    with project.session() as session:
        return cases_where_in(session, condition)
