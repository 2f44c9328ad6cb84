"""Project-wide, Japanese-aware full-text search (stage 1, and "code all hits" in stage 3).

SQLite's FTS5 trigram index never finds one- or two-character terms, which Japanese readers
search all the time (市, 共生). So the index is the folded text of every document, held in
memory and matched with Python's regular expressions at C speed: a few milliseconds over
hundreds of documents. It reloads only documents it has not seen.

``SearchIndex.find`` keeps the hits as positions (a :class:`SearchResult`: two arrays a
document) and cuts a hit's context when it is read: "a" over 40 documents has 142,792 hits,
and as many ``SearchHit`` objects (~50 MB with their slices) made Python's garbage collector
stop every thread 70-150 ms at a time while the search panel filled.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_right
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import overload

from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.jobs import Cancel, check_cancel
from frameworkqda.core.store import Project
from frameworkqda.core.text.fold import FoldedText, compile_term, find_pattern, fold

CONTEXT = 40  # characters of context on each side of a hit


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    document_name: str
    case_name: str | None
    start: int
    end: int
    before: str
    match: str
    after: str


@dataclass
class _Entry:
    name: str
    case_name: str | None
    case_id: int | None
    text: str
    folded: FoldedText


@dataclass(frozen=True)
class _Found:
    """One document's hits: where they start and end in its text."""

    document_id: int
    name: str
    case_name: str | None
    text: str
    starts: array[int]
    ends: array[int]


class SearchResult(Sequence[SearchHit]):
    """The hits of one search in document order, then by position; each ``SearchHit`` (with
    its context) made when it is read."""

    def __init__(self, found: list[_Found] | None = None) -> None:
        self._found = [f for f in found or [] if f.starts]
        self._ends = list(accumulate(len(f.starts) for f in self._found))  # hits so far

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    @overload
    def __getitem__(self, index: int) -> SearchHit: ...

    @overload
    def __getitem__(self, index: slice) -> list[SearchHit]: ...

    def __getitem__(self, index: int | slice) -> SearchHit | list[SearchHit]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        part = bisect_right(self._ends, index)
        found = self._found[part]
        at = index - (self._ends[part - 1] if part else 0)
        start, end = found.starts[at], found.ends[at]
        return SearchHit(
            document_id=found.document_id,
            document_name=found.name,
            case_name=found.case_name,
            start=start,
            end=end,
            before=found.text[max(0, start - CONTEXT) : start],
            match=found.text[start:end],
            after=found.text[end : end + CONTEXT],
        )

    def ranges(self) -> Iterator[tuple[int, int, int]]:
        """Every hit as (document id, start, end), without making the hits."""
        for found in self._found:
            for start, end in zip(found.starts, found.ends, strict=True):
                yield found.document_id, start, end

    @property
    def documents(self) -> int:
        """How many documents have hits."""
        return len(self._found)


class SearchIndex:
    """Folded texts of a project's documents, refreshed on demand; safe to share across threads."""

    def __init__(self, project: Project) -> None:
        self._project = project
        self._entries: dict[int, _Entry] = {}
        self._lock = threading.Lock()
        self._refreshing = threading.Lock()  # one refresh at a time: a second waits, then
        # finds the documents the first folded

    def refresh(self) -> None:
        """Fold documents not seen yet, forget deleted ones, follow case assignments."""
        with self._refreshing:
            self._refresh()

    def _refresh(self) -> None:
        with self._project.session() as session:
            rows = session.execute(
                select(
                    model.Document.id, model.Document.name, model.Document.case_id, model.Case.name
                ).outerjoin(model.Case, model.Document.case_id == model.Case.id)
            ).all()
            known = {row[0] for row in rows}
            missing = [row[0] for row in rows if row[0] not in self._entries]
            texts: dict[int, str] = {}
            if missing:
                query = select(model.Document.id, model.Document.text).where(
                    model.Document.id.in_(missing)
                )
                texts = {document_id: text for document_id, text in session.execute(query)}
        with self._lock:
            for stale in set(self._entries) - known:
                del self._entries[stale]
            for document_id, name, case_id, case_name in rows:
                entry = self._entries.get(document_id)
                if entry is None:
                    text = texts[document_id]
                    self._entries[document_id] = _Entry(name, case_name, case_id, text, fold(text))
                else:
                    entry.name, entry.case_id, entry.case_name = name, case_id, case_name

    def search(
        self,
        term: str,
        *,
        regex: bool = False,
        whole_words: bool = False,
        document_ids: Collection[int] | None = None,
        case_ids: Collection[int] | None = None,
        limit: int | None = None,
        cancel: Cancel | None = None,
    ) -> list[SearchHit]:
        """Hits in document order, then by position; ``limit`` stops early for type-ahead."""
        return list(
            self.find(
                term,
                regex=regex,
                whole_words=whole_words,
                document_ids=document_ids,
                case_ids=case_ids,
                limit=limit,
                cancel=cancel,
            )
        )

    def find(
        self,
        term: str,
        *,
        regex: bool = False,
        whole_words: bool = False,
        document_ids: Collection[int] | None = None,
        case_ids: Collection[int] | None = None,
        limit: int | None = None,
        cancel: Cancel | None = None,
    ) -> SearchResult:
        """The hits as ``search`` gives them, held as positions (``SearchResult``).

        ``cancel`` (the GUI searches on a thread of its own, and a term typed further makes
        the last one's hits useless) is checked between documents and every few thousand hits:
        :class:`~frameworkqda.core.jobs.JobCancelled` once set."""
        pattern = compile_term(term, regex=regex, whole_words=whole_words)
        if pattern is None:
            return SearchResult()
        with self._lock:
            entries = sorted(self._entries.items(), key=lambda item: item[1].name)
        found: list[_Found] = []
        total = 0
        for document_id, entry in entries:
            if document_ids is not None and document_id not in document_ids:
                continue
            if case_ids is not None and entry.case_id not in case_ids:
                continue
            check_cancel(cancel)
            starts: array[int] = array("q")
            ends: array[int] = array("q")
            found.append(_Found(document_id, entry.name, entry.case_name, entry.text, starts, ends))
            for start, end in find_pattern(entry.folded, pattern):
                starts.append(start)
                ends.append(end)
                total += 1
                if not total % 4096:
                    check_cancel(cancel)
                if limit is not None and total >= limit:
                    return SearchResult(found)
        return SearchResult(found)


def search_project(
    project: Project,
    term: str,
    *,
    regex: bool = False,
    whole_words: bool = False,
    document_ids: Collection[int] | None = None,
    case_ids: Collection[int] | None = None,
) -> SearchResult:
    """One-off search (``frameworkqda search``); long-lived callers keep a SearchIndex."""
    index = SearchIndex(project)
    index.refresh()
    return index.find(
        term,
        regex=regex,
        whole_words=whole_words,
        document_ids=document_ids,
        case_ids=case_ids,
    )
