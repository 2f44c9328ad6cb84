"""Commands over the framework matrix's cells: edit one, draft one, draft many as one step."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from frameworkqda.core import charting
from frameworkqda.core.charting.conflicts import cell_name, changed_since
from frameworkqda.core.commands.base import Change, Command
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.core.store import Project


@dataclass
class SetCell(Command):
    """Set a chart cell's summary and/or value (``clear_value`` removes the value).

    ``expected_version``: the cell's version the edit was made from (0: no cell then; None:
    no check, as a script that just sets it). A cell someone changed since is refused with
    ``CellConflictError``; ``version`` is the cell's version once applied.
    """

    changes = frozenset({Change.CELLS})
    case_id: int
    code_id: int
    summary: str | None = None
    value: str | None = None
    clear_value: bool = False
    accept: bool = False  # the cell's auto-drafted summary becomes the researcher's
    before: charting.CellState | None = None
    cell_id: int | None = None  # the cell's id once it exists; redo recreates it with this id
    expected_version: int | None = None
    after: charting.CellState | None = None  # what this edit wrote
    named: str | None = None  # "Kawasaki × …" once applied: said so once the case is gone

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Edit cell").format()

    @property
    def cells(self) -> tuple[tuple[int, int], ...]:
        return ((self.case_id, self.code_id),)

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = charting.set_cell_in(
            session,
            self.case_id,
            self.code_id,
            summary=self.summary,
            value=self.value,
            clear_value=self.clear_value,
            coder_id=coder_id,
            cell_id=self.cell_id,
            expected_version=self.expected_version,
            accept=self.accept,
        )
        self.after = charting.cell_state_in(session, self.case_id, self.code_id)
        self.cell_id = charting.cell_id_in(session, self.case_id, self.code_id)
        self.named = cell_name(session, self.case_id, self.code_id)
        self.expected_version = None  # a redo after an undo writes what this edit wrote

    def _changed_nothing(self) -> bool:
        """The cell is as it was, and so is the editing coder's own charting of it."""
        before, after = self.before, self.after
        if before is None or after is None or before.charting is None:
            return False
        mine = before.charting
        return (
            replace(before, charting=None) == after
            and mine.exists
            and (mine.summary, mine.value_id, mine.draft)
            == (after.summary, after.value_id, after.draft)
        )

    @property
    def before_draft(self) -> bool:
        """The cell's summary was an auto-draft before this edit."""
        return self.before is not None and self.before.draft

    @property
    def version(self) -> int:
        """The cell's version once this edit was applied (0 before)."""
        return self.after.version if self.after is not None else 0

    def _revert(self, session: Session) -> None:
        """Put back what this edit changed, and only that: undoing a value (after "Undo
        anyway") also wiped the summary someone else had written since."""
        assert self.before is not None
        state, now = self.before, charting.cell_state_in(session, self.case_id, self.code_id)
        kept_summary = self.summary is None and now.exists and now.summary != state.summary
        kept_value = self.value is None and not self.clear_value and now.value_id != state.value_id
        if kept_summary or kept_value:  # someone else's, since: it stays
            state = replace(
                state,
                exists=True,
                summary=now.summary if kept_summary else state.summary,
                value_id=now.value_id if kept_value else state.value_id,
                draft=now.draft if kept_summary else state.draft,
            )
        charting.restore_cell_in(session, state)

    def overwrites(self, project: Project) -> str | None:
        """The cell no longer holds, in the fields this edit writes, what the last apply (this
        edit) or revert (the cell as it was before) left in it: someone changed it since.
        Judged by content, not version: this program's own undos and redos raise the version
        too."""
        left = self.after if self._applied else self.before
        if left is None:
            return None
        with project.session() as session:
            now = charting.cell_state_in(session, self.case_id, self.code_id)
            # only what this edit writes counts (its undo and redo leave the rest alone)
            summary_changed = (self.summary is not None or self.accept) and (
                now.summary,
                now.draft,
            ) != (left.summary, left.draft)
            value_changed = (self.value is not None or self.clear_value) and (
                now.value_id != left.value_id
            )
            if not (summary_changed or value_changed):
                return None
            return changed_since(session, self.case_id, self.code_id, self.named)


@dataclass
class DraftSummary(Command):
    """Write the auto-drafted summary into a cell if (and only if) its summary is empty."""

    changes = frozenset({Change.CELLS})
    case_id: int
    code_id: int
    before: charting.CellState | None = None
    drafted: bool = False
    cell_id: int | None = None
    language: str = "en"  # of the draft's first line

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Draft summary").format()

    @property
    def cells(self) -> tuple[tuple[int, int], ...]:
        return ((self.case_id, self.code_id),)

    def _apply(self, session: Session, coder_id: int) -> None:
        drafted = charting.draft_cell_in(
            session, self.case_id, self.code_id, coder_id, self.cell_id, self.language
        )
        self.drafted = drafted is not None
        self.before = drafted or charting.cell_state_in(session, self.case_id, self.code_id)
        self.cell_id = charting.cell_id_in(session, self.case_id, self.code_id)

    def _revert(self, session: Session) -> None:
        assert self.before is not None
        charting.restore_cell_in(session, self.before)


@dataclass
class DraftSummaries(Command):
    """Write planned drafts (``charting.plan_drafts``) into cells still empty, as ONE step.

    ``count`` says how many cells were drafted; undo puts every one of them back.
    """

    changes = frozenset({Change.CELLS})
    drafts: list[charting.Draft]
    before: list[charting.CellState] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Auto-draft %n empty cell(s)").format(
            n=len(self.drafts)
        )

    @property
    def count(self) -> int:
        return len(self.before)

    @property
    def is_empty(self) -> bool:
        return self._applied and not self.before

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = charting.write_drafts_in(session, self.drafts, coder_id)

    def _revert(self, session: Session) -> None:
        charting.restore_cells_in(session, self.before)
