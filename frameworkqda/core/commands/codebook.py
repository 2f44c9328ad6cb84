"""Codebook commands: each records a snapshot of the rows it may touch and undoes by
putting that snapshot back (add, rename, move, merge, delete, apply a template, import a file)."""

from __future__ import annotations

from abc import abstractmethod
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from frameworkqda.core import codebook, codebook_io, deletions, model
from frameworkqda.core.commands.base import CODES_AND_WHAT_HANGS_ON_THEM, Change, Command
from frameworkqda.core.commands.snapshot import (
    Row,
    Snapshot,
    insert_rows,
    lost_work,
    restore,
    rows,
    take_snapshot,
)
from frameworkqda.core.errors import TextConflictError
from frameworkqda.core.framework import templates
from frameworkqda.core.jobs import Cancel, Progress
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, quoted
from frameworkqda.core.store import Project


class CodebookCommand(Command):
    """A codebook change undone by putting back, from a snapshot taken just before it, the
    rows it changed (``snapshot.restore``: compared with one taken just after, ``left``);
    what others saved meanwhile stays, or is named first when the undo would delete it."""

    snapshot: Snapshot | None = None
    left: Snapshot | None = None

    def _apply(self, session: Session, coder_id: int) -> None:
        involved = self._involved(session)
        self.snapshot = take_snapshot(session, involved)
        self._change(session)
        session.flush()
        self.left = take_snapshot(session, involved)

    def _revert(self, session: Session) -> None:
        assert self.snapshot is not None and self.left is not None
        restore(session, self.snapshot, self.left)

    def overwrites(self, project: Project) -> str | None:
        """Others' passages, cells, memos or codes hanging on a code this undo (or redo)
        would delete, saved since: named before they go."""
        before, after = self.snapshot, self.left
        if before is None or after is None:
            return None
        with project.session() as session:
            lost = (
                lost_work(session, before, after)
                if self._applied
                else lost_work(session, after, before)
            )
        if not lost:
            return None
        return QT_TRANSLATE_NOOP(
            "CoreCommand",
            "%n coded passage(s), cell(s), memo(s) or code(s) saved since on the codes it "
            "removes would be deleted",
        ).format(n=lost)

    @abstractmethod
    def _involved(self, session: Session) -> list[int]: ...

    @abstractmethod
    def _change(self, session: Session) -> None: ...


@dataclass
class AddCode(CodebookCommand):
    changes = frozenset({Change.CODEBOOK})

    name: str
    parent_id: int | None = None
    definition: str = ""
    colour: str | None = None
    position: int | None = None
    code_id: int | None = None  # set by the first apply; redo reuses it
    codable: bool = True  # False: a heading only, added so in the same step

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Add code “{name}”").format(name=self.name)

    def _involved(self, session: Session) -> list[int]:
        return []

    def _revert(self, session: Session) -> None:
        """Undoing the adding deletes the code: logged as any deletion of it."""
        path = next((n.path for n in codebook.tree(session) if n.id == self.code_id), None)
        super()._revert(session)
        if self.code_id is not None and path is not None:
            deletions.log_deletions(session, model.DeletedKind.CODE, [(self.code_id, path)])

    def _change(self, session: Session) -> None:
        if self.code_id is not None:  # a redo puts back the code its undo deleted
            deletions.forget_deletions(session, model.DeletedKind.CODE, [self.code_id])
        self.code_id = codebook.add_code_in(
            session,
            self.name,
            parent_id=self.parent_id,
            definition=self.definition,
            colour=self.colour,
            position=self.position,
            code_id=self.code_id,
            codable=self.codable,
        )


@dataclass
class UpdateCode(CodebookCommand):
    """Rename a code, or change its definition or colour, or whether it is a heading only.

    ``expected_definition``: the definition a new ``definition`` was typed on (None: no check,
    as a script that just sets it). A definition someone else saved another text into since is
    refused with ``TextConflictError``; undo and redo of a definition say first what they
    would write over (``overwrites``)."""

    changes = frozenset({Change.CODEBOOK})
    code_id: int
    name: str | None = None
    definition: str | None = None
    colour: str | None = None
    codable: bool | None = None
    expected_definition: str | None = None
    definition_before: str | None = None  # the definition this replaced, once applied

    def __post_init__(self) -> None:
        self.text = (
            QT_TRANSLATE_NOOP("CoreCommand", "Rename code").format()
            if self.name is not None
            else QT_TRANSLATE_NOOP("CoreCommand", "Edit code").format()
        )

    def _involved(self, session: Session) -> list[int]:
        return []

    def _change(self, session: Session) -> None:
        if self.definition is not None:
            # a save at the same moment: wait for its commit (the code's row lock) and read
            # its text
            checking = self.expected_definition is not None
            code = session.get(
                model.Code, self.code_id, with_for_update=checking, populate_existing=checking
            )
            if code is not None:
                theirs = code.definition or ""
                if self.expected_definition is not None and theirs not in (
                    self.expected_definition,
                    self.definition,
                ):
                    raise TextConflictError(
                        QT_TRANSLATE_NOOP(
                            "CoreCommand",
                            "the definition of {code} was changed by someone else after this "
                            "edit began; nothing was saved",
                        ).format(code=quoted(code.name)),
                        theirs,
                    )
                self.definition_before = theirs
        codebook.update_code_in(
            session,
            self.code_id,
            name=self.name,
            definition=self.definition,
            colour=self.colour,
            codable=self.codable,
        )
        self.expected_definition = None  # a redo after an undo writes what this edit wrote

    def overwrites(self, project: Project) -> str | None:
        """Besides what the codebook's undo asks: the definition no longer holds what this
        edit (or its undo) left in it, so someone else saved theirs since."""
        found = super().overwrites(project)
        if found is not None or self.definition is None or self.definition_before is None:
            return found
        left = self.definition if self._applied else self.definition_before
        with project.session() as session:
            code = session.get(model.Code, self.code_id)
            if code is None or (code.definition or "") == left:
                return None
            return QT_TRANSLATE_NOOP(
                "CoreCommand", "the definition of {code} was changed by someone else since"
            ).format(code=quoted(code.name))


@dataclass
class MoveCode(CodebookCommand):
    changes = frozenset({Change.CODEBOOK})

    code_id: int
    parent_id: int | None
    position: int

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Move code").format()

    def _involved(self, session: Session) -> list[int]:
        return []

    def _change(self, session: Session) -> None:
        codebook.move_code_in(session, self.code_id, self.parent_id, self.position)


@dataclass
class MergeCodes(CodebookCommand):
    """Merge ``source_id`` into ``target_id``; segments, cells, memos and sub-codes follow.

    ``heading``: the line that marks, in a joined memo, note or translation, the text that came
    from the merged code (the interface's language; None: English). ``outcome`` says what
    the merge did (passages moved, duplicates joined, cells whose values differed)."""

    changes = CODES_AND_WHAT_HANGS_ON_THEM
    source_id: int
    target_id: int
    heading: str | None = None
    moved: int = 0
    outcome: codebook.MergeOutcome | None = None
    # set while a job applies it (the GUI's): how far it is, and a cancel it checks
    progress: Progress | None = field(default=None, repr=False, compare=False)
    cancel: Cancel | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Merge codes").format()

    def _involved(self, session: Session) -> list[int]:
        return [*codebook.descendants(session, self.source_id), self.target_id]

    def _change(self, session: Session) -> None:
        paths = {node.id: node.path for node in codebook.tree(session)}
        self.outcome = codebook.merge_codes_in(
            session, self.source_id, self.target_id, self.heading, self.progress, self.cancel
        )
        self.moved = self.outcome.moved
        # its id is gone: a step or view that names it says where it went, by whom, when
        deletions.log_merge(
            session,
            self.source_id,
            paths.get(self.source_id, ""),
            self.target_id,
            paths.get(self.target_id, ""),
        )

    def _revert(self, session: Session) -> None:
        super()._revert(session)
        deletions.forget_deletions(session, model.DeletedKind.CODE, [self.source_id])


@dataclass
class DeleteCode(CodebookCommand):
    """Delete a code and everything below it; ``preview`` says what went."""

    changes = CODES_AND_WHAT_HANGS_ON_THEM
    code_id: int
    preview: codebook.DeletePreview | None = None

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Delete code").format()

    def _involved(self, session: Session) -> list[int]:
        return codebook.descendants(session, self.code_id)

    def _change(self, session: Session) -> None:
        # the code and each below it, by path: a passage or cell that went with one names it
        below = set(codebook.descendants(session, self.code_id))
        paths = [(node.id, node.path) for node in codebook.tree(session) if node.id in below]
        self.preview = codebook.delete_code_in(session, self.code_id)
        deletions.log_deletions(session, model.DeletedKind.CODE, paths)

    def _revert(self, session: Session) -> None:
        super()._revert(session)
        assert self.snapshot is not None
        deletions.forget_deletions(session, model.DeletedKind.CODE, self.snapshot.code_ids)


class AddingCodebookCommand(CodebookCommand):
    """A codebook change that creates codes (template, import): the first apply records the
    result (``left``, with what hangs on the new codes), and redo puts exactly that back, so
    the new codes keep their ids."""

    @property
    def created_ids(self) -> list[int]:
        """The codes the first apply created."""
        return list(self.left.code_ids) if self.left is not None else []

    def _apply(self, session: Session, coder_id: int) -> None:
        if self.left is not None:
            assert self.snapshot is not None
            restore(session, self.left, self.snapshot)
            deletions.forget_deletions(session, model.DeletedKind.CODE, self.created_ids)
            return
        super()._apply(session, coder_id)
        assert self.snapshot is not None
        before = {row["id"] for row in self.snapshot.codes}
        now = session.scalars(select(model.Code.id).order_by(model.Code.id))
        self.left = take_snapshot(session, [code_id for code_id in now if code_id not in before])

    def _involved(self, session: Session) -> list[int]:
        return []

    def _revert(self, session: Session) -> None:
        """Undoing deletes the codes it created: logged as any deletion of them."""
        created = set(self.created_ids)
        paths = [(node.id, node.path) for node in codebook.tree(session) if node.id in created]
        super()._revert(session)
        left = set(session.scalars(select(model.Code.id).where(model.Code.id.in_(created))))
        deletions.log_deletions(
            session, model.DeletedKind.CODE, [item for item in paths if item[0] not in left]
        )


@dataclass
class ApplyTemplate(AddingCodebookCommand):
    """Add a framework template's themes (and score series) after the existing ones."""

    changes = frozenset({Change.CODEBOOK, Change.SCORES})
    key: str
    language: str = "en"  # the themes' and measures' names: "en" or "ja" (templates.LANGUAGES)
    # Score series may land on themes that already existed: the (small) score table is kept
    # whole before and after.
    scores_before: list[Row] = field(default_factory=list)
    scores_after: list[Row] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Apply template “{name}”").format(
            name=self.key
        )

    def _apply(self, session: Session, coder_id: int) -> None:
        redo = self.left is not None
        if not redo:
            self.scores_before = rows(session, model.CodeScore)
        super()._apply(session, coder_id)
        if redo:
            _replace_scores(session, self.scores_after)
        else:
            self.scores_after = rows(session, model.CodeScore)

    def _revert(self, session: Session) -> None:
        super()._revert(session)
        _replace_scores(session, self.scores_before)

    def _change(self, session: Session) -> None:
        templates.apply_template(session, templates.load_template(self.key, self.language))


def _replace_scores(session: Session, rows: list[Row]) -> None:
    session.execute(delete(model.CodeScore))
    insert_rows(session, model.CodeScore, rows)


@dataclass
class ImportCodebook(AddingCodebookCommand):
    """Import a codebook file in any format of ``codebook_io.FORMATS`` (CSV, XLSX, REFI-QDA
    ``.qdc``, …) as one step; ``summary`` says what it created, updated and could not keep."""

    changes = frozenset({Change.CODEBOOK})
    path: Path
    summary: codebook_io.ImportSummary | None = None

    def __post_init__(self) -> None:
        self.path = Path(self.path)
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Import codebook “{name}”").format(
            name=self.path.name
        )

    def _change(self, session: Session) -> None:
        rows, lost = codebook_io.read_codebook_file(self.path)  # its format's reader (FORMATS)
        summary = codebook_io.import_rows_in(session, rows, self.path)
        self.summary = codebook_io.ImportSummary(
            summary.created,
            summary.updated,
            (*lost, *summary.lost),
            summary.notes,
            summary.unchanged,
        )

    def _changed_nothing(self) -> bool:
        return self.summary is not None and not (self.summary.created or self.summary.updated)
