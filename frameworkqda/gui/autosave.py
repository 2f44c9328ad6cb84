"""Typed text that saves itself, as a segment's note always has.

A code's definition and a theme's memo in Mapping were kept only when a Save button was
clicked: clicking another code or theme, or closing the window, dropped them without a word.
Every such field now saves after a pause in typing and whenever the view lets go of it
(:meth:`AutoSave.flush`: an undo, the project closed; :meth:`AutoSave.let_go`: another item
shown).

A save the project refuses (another program holds it past the write wait, the disk is full, the
server is away) used to pass as done, or end in a traceback: the text was then lost. Here it
stays unsaved, the reason goes out through ``failed`` (the window shows it), and the next pause
or flush tries again. Text left behind when the view moves to another item is kept by item and
tried again every few seconds, and shown again if its item is (:meth:`AutoSave.take_left`);
closing the project asks before leaving any of it (``MainWindow``). When the server comes back
after an outage, each view holding text refused meanwhile (:attr:`AutoSave.refused`) saves it
once more as Save does and says what became of it: it waited for the next keystroke or another
item shown, the view still saying "not changed".

Once text is saved it is a step of the project's own undo (Edit → Undo), and text shown from
the project is the project's: the field's own undo history is cleared then (``fields``), so
Ctrl+Z in it undoes only typing not saved yet, and past that falls through to Edit → Undo
(``keyboard.undo_falls_through``). Kept, the field's own undo emptied the field and saved that
as a new step, and the next Ctrl+Z undid that step and brought the text back.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, NamedTuple, Protocol, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from frameworkqda.core.errors import (
    CellConflictError,
    FrameworkQDAError,
    NotFoundError,
    TextConflictError,
)
from frameworkqda.gui.i18n import shown

RETRY_MS = 3000  # text left behind is tried again this often while the project refuses it

Field = QPlainTextEdit | QTextEdit


def clear_own_undo(field: Field) -> None:
    """Empty ``field``'s own undo and redo history, leaving its text and cursor as they are."""
    field.document().clearUndoRedoStacks()


class Typed(Protocol):
    """What was typed for one item, as the view captured it."""

    @property
    def key(self) -> Hashable: ...


T = TypeVar("T", bound=Typed)


class TypedText(NamedTuple):
    """One field's text as typed for one item (a code's definition, a theme's memo)."""

    key: int
    text: str


class TypedOn(NamedTuple):
    """Text typed for one item and the stored text it was typed on (``base``): a save over
    a newer one someone else saved is a conflict to settle, not a refusal to try again."""

    key: int
    text: str
    base: str


class AutoSave(QObject, Generic[T]):
    """Saves what ``capture`` returns with ``save`` once typing pauses for ``pause_ms``, at
    :meth:`flush` and at :meth:`let_go`. ``save`` raises a FrameworkQDAError when the project
    refuses it; a NotFoundError for text left behind means its item is gone."""

    failed = Signal(str)  # the core's one-line reason: nothing was saved
    caught_up = Signal()  # text refused earlier is saved now: a reason shown may go

    def __init__(
        self,
        capture: Callable[[], T | None],
        save: Callable[[T], None],
        pause_ms: int,
        parent: QObject,
        fields: tuple[Field, ...] = (),
    ) -> None:
        super().__init__(parent)
        self._capture, self._save = capture, save
        self._fields = fields  # typed in: their own undo covers only what is not saved yet
        self._timer = QTimer(self, singleShot=True, interval=pause_ms)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self, interval=RETRY_MS)
        self._retry.timeout.connect(self._save_left)
        self._left: dict[Hashable, T] = {}  # typed for items no longer shown, not saved yet
        # left behind, and changed by someone else since: not tried again in the background
        # (a conflict is settled with the item on screen, where its dialog makes sense)
        self._changed_since: set[Hashable] = set()
        self.retrying = False  # a background retry: a save raises a conflict, asks nothing
        self.pending = False  # typed since shown or last saved
        self.problem: str | None = None  # why the last try failed, while anything is unsaved
        self._saving = False  # a save under way (its conflict question may be open)

    @property
    def refused(self) -> bool:
        """Text the project refused to save is still unsaved (typed in the field, or left
        behind) and no save is under way: what a server back again is to save."""
        return self.problem is not None and (self.pending or bool(self._left)) and not self._saving

    def edited(self) -> None:
        """The person typed: save after the pause."""
        self.pending = True
        self._timer.start()

    def forget(self) -> None:
        """New content is shown: nothing of the old is left to save here (text left behind
        for other items is still kept)."""
        self._timer.stop()
        self.pending = False
        if not self._left:
            self.problem = None
        self._saved_or_shown()

    def _saved_or_shown(self) -> None:
        """The fields hold the project's text: undoing it is the project's Edit → Undo."""
        for field in self._fields:
            clear_own_undo(field)

    def flush(self) -> bool:
        """Save what was typed now, and any text left behind; False (and ``failed``) when
        the project refused some of it."""
        self._timer.stop()
        saved = self._save_left()
        if self.pending:
            typed = self._capture()
            if typed is not None and not self._try(typed):
                return False
            self.pending = False
            self._saved_or_shown()
        if saved:
            self.problem = None
        return saved

    def let_go(self) -> None:
        """The view is about to show another item: save what was typed for this one, or keep
        it to try again (the reason is said through ``failed``)."""
        if self.pending and not self.flush() and self.pending:
            # captured after the failed save: a merge typed in its conflict dialog is kept
            typed = self._capture()
            if typed is not None:
                self._left[typed.key] = typed
                self._retry.start()
        self.forget()

    def take_left(self, key: Hashable) -> T | None:
        """Text typed for ``key`` and not saved yet: the view shows it again instead of the
        stored text, and calls :meth:`edited`, so it is saved from there."""
        typed = self._left.pop(key, None)
        self._changed_since.discard(key)
        if not self._left:
            self._retry.stop()
        return typed

    def _save_left(self) -> bool:
        had = bool(self._left)
        for key in list(self._left):
            if key in self._changed_since:
                continue
            typed = self._left.pop(key, None)  # saving reloads the view, which may come back
            if typed is None:
                continue
            self.retrying = True
            try:
                refused = self._attempt(typed)
            finally:
                self.retrying = False
            if refused is not None:
                self._left.setdefault(key, typed)
                if isinstance(refused, (TextConflictError, CellConflictError)):
                    self._changed_since.add(key)
        if len(self._changed_since) == len(self._left):
            self._retry.stop()  # nothing left that trying again could save
        if had and not self._left:
            self.problem = None
            self.caught_up.emit()
        return not self._left

    def _try(self, typed: T) -> bool:
        if self._attempt(typed) is None:
            return True
        assert self.problem is not None
        self.failed.emit(self.problem)
        return False

    def _attempt(self, typed: T) -> FrameworkQDAError | None:
        """Save ``typed``: None once saved (or its item deleted meanwhile: nothing to save it
        to), else the project's refusal, its reason kept in ``problem``."""
        saving, self._saving = self._saving, True
        try:
            self._save(typed)
        except NotFoundError:
            return None
        except FrameworkQDAError as error:
            self.problem = shown(error)
            return error
        finally:
            self._saving = saving
        return None
