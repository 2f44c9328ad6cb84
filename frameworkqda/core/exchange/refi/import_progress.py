"""An import's progress as counts of its sources and their selections (a passage of a PDF
is a text selection and a page area: 18,733 passages were 35,516 selections).

The bar ran in three steps, and sat at "Checking the project…" (step 1 of 3) for nearly all of
a 16 MB file's five minutes. Now each source being checked, and each hundred of its coded
passages, moves it, and so does each document and each batch of passages written: the total
is the file's sources and selections, counted before they are read, twice (checked, then
written), with a step for reading the file and one for done.
"""

from __future__ import annotations

from itertools import accumulate
from typing import Any

from frameworkqda.core.exchange.refi.common import Progress, kids, local
from frameworkqda.core.messages import QT_TRANSLATE_NOOP

EVERY = 100  # selections between two reports while a source is checked

CHECKING = QT_TRANSLATE_NOOP(
    "ExchangeProgress",
    "checking source {number} of {count}: {name} ({done} of {total} selections)",
)
WRITING_DOCUMENTS = QT_TRANSLATE_NOOP(
    "ExchangeProgress", "writing the new project: document {number} of {count}"
)
WRITING_PASSAGES = QT_TRANSLATE_NOOP(
    "ExchangeProgress", "writing the new project: {done} of {total} coded passages"
)


def _count(number: int) -> str:
    return f"{number:,}"


def selections_of(source: Any) -> int:
    """A source's selections of every kind (text, PDF areas, pictures, audio, video)."""
    return sum(
        1
        for node in source.iter()
        if isinstance(node.tag, str) and local(node).endswith("Selection")
    )


class ImportProgress:
    """Reports an import's progress to ``progress`` (done, total, label), or to nobody."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.sources: list[int] = []  # each source's selections
        self.before: list[int] = [0]
        self.selections = 0
        self.total = 1
        self.checked = 0  # selections checked so far
        self.number = 0  # the source being checked (from 1)
        self.name = ""

    def counted(self, root: Any) -> None:
        """The file's sources and their selections, counted before any is read."""
        self.sources = [selections_of(s) for group in kids(root, "Sources") for s in group]
        self.before = list(accumulate(self.sources, initial=0))  # selections before each
        self.selections = self.before[-1]
        self.total = 2 + 2 * (len(self.sources) + self.selections)

    def _report(self, done: int, label: str) -> None:
        if self.progress is not None:
            self.progress(min(done, self.total - 1), self.total, label)

    def source(self, number: int, name: str) -> None:
        """Source ``number`` (from 1) is being checked; those before it are checked whole."""
        self.number, self.name = number, name
        self.checked = self.before[number - 1]
        self._checking()

    def selection(self) -> None:
        """One more of the source's selections checked: reported every ``EVERY``."""
        self.checked += 1
        if self.checked % EVERY == 0:
            self._checking()

    def _checking(self) -> None:
        label = CHECKING.format(
            number=self.number,
            count=len(self.sources),
            name=self.name,
            done=_count(self.checked),
            total=_count(self.selections),
        )
        self._report(self.number + self.checked, label)

    def _writing(self, part: float) -> int:
        """Where ``part`` (0 to 1) of the writing is: it has the second half of the bar."""
        half = len(self.sources) + self.selections
        return 1 + half + round(part * half)

    def document(self, number: int, count: int) -> None:
        """Document ``number`` of ``count`` (from 1) is being written: the first half of the
        writing (a document's text, file and page boxes), the passages the second."""
        done = self._writing((number - 1) / max(count, 1) / 2)
        self._report(done, WRITING_DOCUMENTS.format(number=number, count=count))

    def passages(self, written: int, count: int) -> None:
        """``written`` of the ``count`` coded passages are written."""
        done = self._writing(0.5 + written / max(count, 1) / 2)
        label = WRITING_PASSAGES.format(done=_count(written), total=_count(count))
        self._report(done, label)
