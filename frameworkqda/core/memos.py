"""Memos: one per target, on the project (no target) or a document, case, code, cell or segment;
and free memos, on nothing, each with its title, as many as a researcher keeps (NVivo's and
MAXQDA's free memos, QualCoder's journals): target ``free``, its id the memo's own.

``list_memos`` lists every memo of the project with what it is on (the GUI's Memos view and
``frameworkqda memo list``); ``memo_text`` reads a target's memo ("" when it has none);
``set_memo`` writes it (``None`` removes it) and returns the previous text.
:class:`~frameworkqda.core.commands.SetMemo` is the undoable version:
undoing a first memo removes it again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from frameworkqda.core import codebook, deletions, model
from frameworkqda.core.errors import TextConflictError, ValidationError
from frameworkqda.core.messages import (
    CLAUSES,
    QT_TRANSLATE_NOOP,
    Message,
    Translate,
    english,
    listed,
    quoted,
    render,
    utc_minute,
)
from frameworkqda.core.store import Project
from frameworkqda.core.text.fold import folded

TARGETS = ("project", "document", "case", "code", "cell", "segment")
# a free memo: on nothing, titled (the project memo is untitled); its target id is its own id
FREE = "free"
# the order the Memos list and `memo list` show them in
ORDER = ("project", FREE, "document", "case", "code", "cell", "segment")
# each target (but the project) as a word inside a sentence: the keyword in English
TARGET_WORDS = {
    "project": QT_TRANSLATE_NOOP("Memos", "project").format(),
    "document": QT_TRANSLATE_NOOP("Memos", "document").format(),
    "case": QT_TRANSLATE_NOOP("Memos", "case").format(),
    "code": QT_TRANSLATE_NOOP("Memos", "code").format(),
    "cell": QT_TRANSLATE_NOOP("Memos", "cell").format(),
    "segment": QT_TRANSLATE_NOOP("Memos", "segment").format(),
    FREE: QT_TRANSLATE_NOOP("Memos", "free memo").format(),
}
_COLUMNS = {
    "document": model.Memo.document_id,
    "case": model.Memo.case_id,
    "code": model.Memo.code_id,
    "cell": model.Memo.cell_id,
    "segment": model.Memo.segment_id,
}


def stored_title(title: str | None) -> str:
    """A memo's title as every writer stores it: stripped, '' when blank — untitled, one rule
    for the store's index (``uq_memos_project``: '' is the project memo's) and the app (schema
    0008 strips older titles so). A memo on nothing titled with spaces alone is the project
    memo, not a free memo."""
    return (title or "").strip()


def _where(target: str, target_id: int | None) -> list[Any]:
    on_nothing = [column.is_(None) for column in _COLUMNS.values()]
    if target == "project":  # untitled: a memo on nothing with a title is a free memo
        return [*on_nothing, or_(model.Memo.title.is_(None), model.Memo.title == "")]
    if target == FREE:  # one, by its id; None: every free memo
        named = [] if target_id is None else [model.Memo.id == target_id]
        return [*on_nothing, *named, model.Memo.title != ""]
    column = _COLUMNS.get(target)
    if column is None:
        raise ValidationError(f"memos attach to {', '.join(TARGETS)}, not {target!r}")
    if target_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Memos", "a memo on a {target} needs the {target}'s id").format(
                target=TARGET_WORDS[target]
            )
        )
    return [column == target_id]


def memo_where(target: str, target_id: int | None) -> list[Any]:
    """The conditions that pick a target's memo (a free memo by its id; every free memo
    with ``FREE, None``)."""
    return _where(target, target_id)


def memo_in(session: Session, target: str, target_id: int | None) -> model.Memo | None:
    """The target's memo (None: it has none); the store holds at most one per target."""
    return session.scalars(select(model.Memo).where(*_where(target, target_id))).one_or_none()


# the heading a joined memo's text comes under: (titled, by someone, dated)
_JOINED_HEADINGS = {
    (True, True, True): QT_TRANSLATE_NOOP("Memos", "From the memo {title} by {author} ({date}):"),
    (True, True, False): QT_TRANSLATE_NOOP("Memos", "From the memo {title} by {author}:"),
    (True, False, True): QT_TRANSLATE_NOOP("Memos", "From the memo {title} ({date}):"),
    (True, False, False): QT_TRANSLATE_NOOP("Memos", "From the memo {title}:"),
    (False, True, True): QT_TRANSLATE_NOOP("Memos", "From a memo by {author} ({date}):"),
    (False, True, False): QT_TRANSLATE_NOOP("Memos", "From a memo by {author}:"),
    (False, False, True): QT_TRANSLATE_NOOP("Memos", "From a memo ({date}):"),
    (False, False, False): QT_TRANSLATE_NOOP("Memos", "From a memo:"),
}


def joined_memo(
    kept: str,
    title: str,
    text: str,
    author: str | None,
    written: datetime | None,
    translate: Translate = english,
) -> str:
    """``text``, another memo on the same item (by ``author``, written on ``written``), joined
    after ``kept`` under a heading naming it (``From the memo “Open questions” by Taro
    (2026-12-05):``; in ``translate``'s language: the GUI's REFI-QDA import passes the
    interface's, so a Japanese import reads 「メモ「…」（Taro、2026-12-05）から：」), as a code
    merge joins the merged code's memo: an item has one memo. How a REFI-QDA file's several
    notes on one item and the memos an older version left on one item (schema 0008, in
    English: an upgrade has no interface language) become one."""
    title = stored_title(title)
    heading = _JOINED_HEADINGS[(bool(title), bool(author), written is not None)].format(
        title=quoted(title),
        author=author or "",
        date=written.date().isoformat() if written is not None else "",
    )
    return codebook.joined_text(kept, text, render(heading, translate))


def is_taken(error: IntegrityError) -> bool:
    """The store refused a second memo on one item (the unique index on its target)."""
    sqlstate = getattr(error.orig, "sqlstate", None)
    return sqlstate == "23505" or "unique" in str(error.orig).lower()


def place_memo(
    session: Session, target: str, target_id: int | None, place: Callable[[], None]
) -> model.Memo | None:
    """Put a memo on a target that had none (``place`` adds it or points one there): None
    once done, or the memo another program put there meanwhile, which the store's unique index
    kept ours from doubling (PostgreSQL makes the insert wait for the other's commit, then
    refuses it; on SQLite every write holds the file's lock, so none comes in between). The
    caller writes into theirs, or refuses with a conflict when its edit began on no memo. No
    write lock is taken first (it was, before the index): holding it while waiting here would
    deadlock with the other's commit, which takes it."""
    try:
        with session.begin_nested():
            place()
            session.flush()
    except IntegrityError as error:
        theirs = _memo_for_update(session, target, target_id) if is_taken(error) else None
        if theirs is None:
            raise
        return theirs
    return None


def move_memos_in(session: Session, target: str, from_id: int, to_id: int, heading: str) -> int:
    """Move the memo on a document, case, code, cell or passage (``target``) ``from_id``
    onto ``to_id``: a target has one memo, so when ``to_id`` has one already the texts are
    joined into it, the moved one under ``heading`` (where it came from). (A merge once
    re-pointed them: the target had two memos, the panels read one, editing wrote the other.)
    A memo another program saved on ``to_id`` meanwhile is joined into the same way. Returns
    how many were joined (0 or 1)."""
    moving = memo_in(session, target, from_id)
    if moving is None:
        return 0
    kept = memo_in(session, target, to_id)
    if kept is None:
        kept = place_memo(session, target, to_id, lambda: setattr(moving, f"{target}_id", to_id))
        if kept is None:
            return 0
    kept.text = codebook.joined_text(kept.text, moving.text, heading)
    if not kept.title and stored_title(moving.title):
        kept.title = stored_title(moving.title)
    session.delete(moving)
    session.flush()
    return int(bool(moving.text.strip()))


def memo_text_in(session: Session, target: str, target_id: int | None) -> str | None:
    """A target's memo text (None: it has none)."""
    return session.scalars(select(model.Memo.text).where(*_where(target, target_id))).one_or_none()


def memo_text(project: Project, target: str, target_id: int | None = None) -> str:
    """The memo on the project (target "project") or on one document, case, code, cell, segment."""
    with project.session() as session:
        return memo_text_in(session, target, target_id) or ""


def memoed(project: Project, target: str) -> dict[int, str]:
    """The documents, cases or codes (``target``) that have a memo, with its text: the side
    panels mark them, as NVivo and MAXQDA mark an item with a memo (nothing showed one)."""
    column = _COLUMNS[target]
    with project.session() as session:
        rows = session.execute(
            select(column, model.Memo.text).where(column.is_not(None), model.Memo.text != "")
        )
        # spaces alone are no memo to mark
        return {
            target_id: text
            for target_id, text in rows.all()
            if target_id is not None and text.strip()
        }


def set_memo_in(
    session: Session,
    target: str,
    target_id: int | None,
    text: str | None,
    coder_id: int | None = None,
    expected: str | None = None,
    what: str = "",
) -> str | None:
    """Write a target's memo (``None``: remove it); returns the previous text (None: it had
    none). ``expected``: the text the edit began on ("" for no memo), checked first
    (:func:`check_memo_in`, naming the memo ``what``); None writes without a check.

    Two programs making an item's first memo at once (PostgreSQL) make one: the store's unique
    index on a memo's item refuses the second insert once the first commits, and the one
    refused writes into the other's memo, as it would a moment later — or, when its edit began
    on no memo, meets the other's text as a conflict (:class:`TextConflictError`)."""
    memo = _memo_for_update(session, target, target_id)
    if memo is None and target == FREE:  # made with its title (add_free_memo_in), not here
        # deleted: not a text to settle with theirs, as a conflict is; who deleted it, and when
        raise ValidationError(
            QT_TRANSLATE_NOOP("Memos", "{deleted}; nothing was saved").format(
                deleted=free_memo_gone(session, target_id, what)
            )
        )
    check_memo_in(session, target, target_id, memo, expected, what)
    previous = memo.text if memo is not None else None
    if text is None:
        if memo is not None:
            session.delete(memo)
            session.flush()
        return previous
    if memo is None:
        made = model.Memo(coder_id=coder_id, text=text)
        if target != "project":
            setattr(made, f"{target}_id", target_id)
        memo = place_memo(session, target, target_id, lambda: session.add(made))
        if memo is None:
            return None
        check_memo_in(session, target, target_id, memo, expected, what)
        previous = memo.text
    if coder_id is not None:
        memo.coder_id = coder_id  # the last to write it: a conflict names them
    memo.text = text
    session.flush()
    return previous


def check_memo_in(
    session: Session,
    target: str,
    target_id: int | None,
    memo: model.Memo | None,
    expected: str | None,
    what: str,
) -> None:
    """Refuse a memo edit begun on the text ``expected`` ("" for no memo) when the memo
    (``memo``, read for update) holds another now: someone saved theirs since
    (:class:`TextConflictError`, naming who and when). ``what`` names the memo in the message
    (``the project memo``). A save at the same moment as another waits on the memo's row lock
    for the other's commit and reads its text (the change count's lock comes at the commit:
    the other way round two savers would deadlock); a first memo made at once by both is
    refused by the store and checked again (:func:`set_memo_in`)."""
    if expected is None:
        return
    theirs = memo.text if memo is not None else ""
    if theirs == expected:
        return
    found = deletions.memo_deletion(session, target, target_id) if memo is None else None
    if found is not None:  # who deleted it (or what it was on), and when
        raise TextConflictError(
            QT_TRANSLATE_NOOP("Memos", "{deleted}; nothing was saved").format(
                deleted=deletions.said(what, found, deletions.MEMO_KINDS[target])
            ),
            theirs,
            found.coder,
        )
    raise TextConflictError(
        changed_message(session, memo, what), theirs, memo_author(session, memo)
    )


def _memo_for_update(session: Session, target: str, target_id: int | None) -> model.Memo | None:
    return session.scalars(
        select(model.Memo)
        .where(*_where(target, target_id))
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()


def memo_author(session: Session, memo: model.Memo | None) -> str | None:
    if memo is None or memo.coder_id is None:
        return None
    coder = session.get(model.Coder, memo.coder_id)
    return coder.name if coder is not None else None


def changed_message(session: Session, memo: model.Memo | None, what: str) -> str:
    """``the project memo was changed by Taro at 2026-12-05 10:00 UTC after this edit began;
    nothing was saved`` (``was deleted`` when it is gone)."""
    if memo is None:
        return QT_TRANSLATE_NOOP(
            "Memos", "{memo} was deleted by someone else after this edit began; nothing was saved"
        ).format(memo=what)
    who = memo_author(session, memo) or QT_TRANSLATE_NOOP("Memos", "someone").format()
    return QT_TRANSLATE_NOOP(
        "Memos",
        "{memo} was changed by {who} at {time} UTC after this edit began; nothing was saved",
    ).format(memo=what, who=who, time=utc_minute(memo.updated_at))


def memo_name(session: Session, target: str, target_id: int | None) -> str:
    """The memo named for messages: ``the project memo``, ``the memo on case “Osaka”``,
    ``the memo on segment “report.pdf [12, 30) Health/Consultation”``."""
    if target == "project":
        return QT_TRANSLATE_NOOP("Memos", "the project memo").format()
    if target == FREE:
        memo = session.get(model.Memo, target_id) if target_id is not None else None
        title = memo.title if memo is not None else None
        if title is None and target_id is not None:  # deleted: the log keeps its title
            found = deletions.deletion_of(session, deletions.DeletedKind.FREE_MEMO, target_id)
            title = found.name if found is not None else None
        if title is None:
            return QT_TRANSLATE_NOOP("Memos", "the free memo").format()
        return QT_TRANSLATE_NOOP("Memos", "the free memo {title}").format(title=quoted(title))
    return QT_TRANSLATE_NOOP("Memos", "the memo on {target} {name}").format(
        target=TARGET_WORDS[target], name=quoted(target_name(session, target, target_id))
    )


def target_name(session: Session, target: str, target_id: int | None) -> str:
    """What a memo is on, by name: a document's, case's or code's name, a cell's
    ``case × code``, a coded passage's ``document [start, end) code``, a free memo's title
    (its id when gone)."""
    name: str | None = None
    if target == FREE and target_id is not None:
        memo = session.get(model.Memo, target_id)
        name = memo.title if memo is not None else None
    entity = {
        "document": model.Document,
        "case": model.Case,
        "code": model.Code,
    }.get(target)
    if entity is not None and target_id is not None:
        row = session.get(entity, target_id)
        name = getattr(row, "name", None)
    elif target in ("cell", "segment") and target_id is not None:
        # what it is on, as the Memos list and `memo list` name it (its id said nothing)
        name = _row_names(session, target, target_id) or None
    return name if name is not None else str(target_id)


TITLE_LENGTH = 300  # memos.title


def add_free_memo_in(session: Session, title: str, coder_id: int | None, text: str = "") -> int:
    """Make a free memo titled ``title`` (on nothing: NVivo's and MAXQDA's free memos);
    returns its id. A title is what makes it one (the project memo has none): an empty title
    is refused, a long one cut to what the store holds."""
    title = " ".join(title.split())[:TITLE_LENGTH]
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Memos", "a free memo needs a title").format())
    memo = model.Memo(title=title, text=text, coder_id=coder_id)
    session.add(memo)
    session.flush()
    return memo.id


def rename_free_memo_in(session: Session, memo_id: int, title: str) -> str:
    """Give a free memo another title; returns the one it had. An empty title is refused (it
    would make the memo the project's)."""
    title = " ".join(title.split())[:TITLE_LENGTH]
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Memos", "a free memo needs a title").format())
    memo = session.scalars(select(model.Memo).where(*_where(FREE, memo_id))).one_or_none()
    if memo is None:
        raise ValidationError(free_memo_gone(session, memo_id))
    before, memo.title = memo.title, title
    session.flush()
    return before


def free_memo_gone(session: Session, memo_id: int | None, what: str = "") -> Message:
    """What to say of a free memo that is not there: ``the free memo “Ideas” was deleted by
    Taro at 2026-12-05 10:32 UTC``, as the deletions log has it (schema 0009), else ``the free
    memo is no longer in the project`` (deleted before the log kept free memos). ``what``:
    how the caller named it (default :func:`memo_name`)."""
    what = what or memo_name(session, FREE, memo_id)
    found = deletions.memo_deletion(session, FREE, memo_id)
    if found is not None:
        return deletions.said(what, found, deletions.DeletedKind.FREE_MEMO)
    return QT_TRANSLATE_NOOP("Memos", "{memo} is no longer in the project").format(memo=what)


def free_memo_named(session: Session, title: str) -> int | None:
    """The free memo a verb names (``memo show|set|rename|delete --free TITLE``): the one
    titled so (spaces collapsed, as titles are stored), else the one with that id (``12``);
    None when there is none. Several titled so are refused, each named by its id, author and
    last change, to be named by its id instead."""
    title = " ".join(title.split())
    matches = session.scalars(
        select(model.Memo)
        .where(*_where(FREE, None), model.Memo.title == title)
        .order_by(model.Memo.id)
    ).all()
    if len(matches) > 1:
        named = listed(
            (
                QT_TRANSLATE_NOOP("Memos", "id {id} ({author}, {time} UTC: {line})").format(
                    id=memo.id,
                    author=memo_author(session, memo) or "?",
                    time=utc_minute(memo.updated_at),
                    line=quoted(_first_words(memo.text)),
                )
                for memo in matches
            ),
            CLAUSES,
        )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Memos", "{count} free memos are titled {title}: {memos}; name one by its id"
            ).format(count=len(matches), title=quoted(title), memos=named)
        )
    if matches:
        return matches[0].id
    if title.isdecimal():
        found = session.scalar(select(model.Memo.id).where(*_where(FREE, int(title))))
        if found is not None:
            return found
    return None


def free_memo_deleted(session: Session, title: str) -> Message | None:
    """``the free memo “Ideas” was deleted by Taro at … UTC``: the last free memo titled
    ``title`` the deletions log holds (a name that finds none: said why), else None."""
    title = " ".join(title.split())
    row = session.scalars(
        select(model.Deletion)
        .where(model.Deletion.kind == deletions.DeletedKind.FREE_MEMO, model.Deletion.name == title)
        .order_by(model.Deletion.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    found = deletions.from_row(session, row)
    what = QT_TRANSLATE_NOOP("Memos", "the free memo {title}").format(title=quoted(title))
    return deletions.said(what, found, deletions.DeletedKind.FREE_MEMO)


def _first_words(text: str, limit: int = 40) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def free_memo_row(session: Session, memo_id: int) -> dict[str, Any] | None:
    """A free memo as it is stored (every column), to put back as it was
    (:func:`restore_free_memo_in`); None when there is none with this id."""
    memo = session.scalars(select(model.Memo).where(*_where(FREE, memo_id))).one_or_none()
    if memo is None:
        return None
    return {column.key: getattr(memo, column.key) for column in model.Memo.__table__.columns}


def delete_free_memo_in(session: Session, memo_id: int) -> dict[str, Any] | None:
    """Delete a free memo; returns it as it was (:func:`free_memo_row`), None when it was
    gone already."""
    row = free_memo_row(session, memo_id)
    if row is not None:
        session.delete(session.get(model.Memo, memo_id))
        session.flush()
    return row


def restore_free_memo_in(session: Session, row: dict[str, Any]) -> None:
    """Put a deleted free memo back as it was: its id, GUID, title, text, author and times
    (undoing its deletion, redoing its making)."""
    if session.get(model.Memo, row["id"]) is None:
        session.add(model.Memo(**row))
        session.flush()


@dataclass(frozen=True)
class MemoRow:
    """One memo with what it is on: ``target`` (project, document, case, code, cell, segment)
    and the names of its document, case and code (a cell: case and code; a coded passage:
    document, range [start, end) and code), for the list, the CLI and "go to"."""

    id: int
    target: str
    target_id: int | None
    title: str
    text: str
    author: str
    created: datetime
    updated: datetime
    document_id: int | None = None
    document: str = ""
    case_id: int | None = None
    case: str = ""
    code_id: int | None = None
    code: str = ""  # the code's path, as ``--code`` takes it
    start: int | None = None
    end: int | None = None

    @property
    def name(self) -> str:
        """What the memo is on, in one line: ``Osaka``, ``Osaka × Health/Consultation``,
        ``report.pdf [12, 30) Health/Consultation``; "" for the project memo and a free memo
        (on nothing: its title names it)."""
        if self.target == "cell":
            return f"{self.case} × {self.code}"
        if self.target == "segment":
            return f"{self.document} [{self.start}, {self.end}) {self.code}"
        return {"document": self.document, "case": self.case, "code": self.code}.get(
            self.target, ""
        )

    def first_line(self, limit: int = 120) -> str:
        """The memo's first lines as one line (line breaks as spaces), at most ``limit``
        characters."""
        line = " ".join(self.text.split())
        return line if len(line) <= limit else line[: limit - 1] + "…"


def list_memos(project: Project, term: str = "") -> list[MemoRow]:
    """Every memo of the project that holds text, and every free memo (its title is there
    before its text), each with what it is on: the project memo first, the free memos by
    title, then by what they are on. ``term``: only memos whose title, text, author or target's
    name hold it, Japanese-aware as the search (full/half width, compatibility forms, case)."""
    with project.session() as session:
        paths = {node.id: node.path for node in codebook.tree(session)}
        documents = dict(session.execute(select(model.Document.id, model.Document.name)).all())
        cases = dict(session.execute(select(model.Case.id, model.Case.name)).all())
        coders = dict(session.execute(select(model.Coder.id, model.Coder.name)).all())
        cells = {
            cell_id: (case_id, code_id)
            for cell_id, case_id, code_id in session.execute(
                select(model.ChartCell.id, model.ChartCell.case_id, model.ChartCell.code_id)
            )
        }
        segments = {
            row[0]: row[1:]
            for row in session.execute(
                select(
                    model.Segment.id,
                    model.Segment.document_id,
                    model.Segment.code_id,
                    model.Segment.start,
                    model.Segment.end,
                )
            )
        }
        memos = session.scalars(select(model.Memo).order_by(model.Memo.id)).all()
        rows: list[MemoRow] = []
        for memo in memos:
            target, target_id = "project", None
            document_id = case_id = code_id = start = end = None
            for name in ("document", "case", "code", "cell", "segment"):
                value = getattr(memo, f"{name}_id")
                if value is not None:
                    target, target_id = name, value
            if target == "project" and memo.title:  # titles are stored stripped
                target, target_id = FREE, memo.id
            elif not memo.text.strip():
                continue  # an emptied memo is no memo (the panels mark none either)
            if target == "document":
                document_id = target_id
            elif target == "case":
                case_id = target_id
            elif target == "code":
                code_id = target_id
            elif target == "cell" and target_id in cells:
                case_id, code_id = cells[target_id]
            elif target == "segment" and target_id in segments:
                document_id, code_id, start, end = segments[target_id]
            rows.append(
                MemoRow(
                    id=memo.id,
                    target=target,
                    target_id=target_id,
                    title=memo.title,
                    text=memo.text,
                    author=coders.get(memo.coder_id, "") if memo.coder_id is not None else "",
                    created=memo.created_at,
                    updated=memo.updated_at,
                    document_id=document_id,
                    document=documents.get(document_id, "") if document_id is not None else "",
                    case_id=case_id,
                    case=cases.get(case_id, "") if case_id is not None else "",
                    code_id=code_id,
                    code=paths.get(code_id, "") if code_id is not None else "",
                    start=start,
                    end=end,
                )
            )
    rows.sort(
        key=lambda row: (
            ORDER.index(row.target),
            (row.title if row.target == FREE else row.name).casefold(),
            row.id,
        )
    )
    return filter_memos(rows, term)


def filter_memos(rows: list[MemoRow], term: str) -> list[MemoRow]:
    """The rows whose title, text, author or target's name hold ``term`` (folded as the
    search folds: ＡＢＣ finds abc, ｶﾞ finds ガ)."""
    needle = folded(term.strip())
    if not needle:
        return rows
    return [
        row
        for row in rows
        if needle in folded("\n".join((row.title, row.text, row.author, row.name)))
    ]


def _row_names(session: Session, target: str, target_id: int) -> str:
    """A cell's ``case × code`` or a coded passage's ``document [start, end) code``."""
    paths = {node.id: node.path for node in codebook.tree(session)}
    if target == "cell":
        cell = session.get(model.ChartCell, target_id)
        if cell is None:
            return ""
        case = session.get(model.Case, cell.case_id)
        return f"{case.name if case else '?'} × {paths.get(cell.code_id, '?')}"
    segment = session.get(model.Segment, target_id)
    if segment is None:
        return ""
    document = session.get(model.Document, segment.document_id)
    return (
        f"{document.name if document else '?'} [{segment.start}, {segment.end}) "
        f"{paths.get(segment.code_id, '?')}"
    )
