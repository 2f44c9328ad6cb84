"""The row-by-row work of a merge (see :mod:`frameworkqda.core.merge`): match, add or report.

One :class:`Merger` walks OTHER's tables in dependency order (coders, cases and attributes,
documents, codes, segments, chart cells with each coder's charting, memos), keeping for each a
map from OTHER's ids to TARGET's, so later rows land on the right document, code, case and
coder. It only ever inserts into TARGET, except for appending to a memo (one memo per target)
where both sides hold one.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from frameworkqda.core import merge_lines as say
from frameworkqda.core import model
from frameworkqda.core.case_names import case_name, find_case
from frameworkqda.core.charting.cells import label_key
from frameworkqda.core.codebook import joined_text, tree
from frameworkqda.core.kinds import attribute_word
from frameworkqda.core.memos import (
    FREE,
    TARGET_WORDS,
    TARGETS,
    memo_in,
    memo_where,
    place_memo,
    stored_title,
)
from frameworkqda.core.merge import MergeSummary
from frameworkqda.core.messages import quoted
from frameworkqda.core.numbers import format_number
from frameworkqda.core.overlaps import join_overlapping


class OtherRows:
    """OTHER's codebook paths, read once (the tree query gives them in parent-first order)."""

    def __init__(self, paths: dict[int, str], order: list[int]) -> None:
        self.paths = paths
        self.order = order

    @classmethod
    def read(cls, session: Session) -> OtherRows:
        nodes = tree(session)
        return cls({node.id: node.path for node in nodes}, [node.id for node in nodes])


class Merger:
    """Copies what TARGET lacks from OTHER's session into TARGET's, step by step."""

    def __init__(
        self,
        session: Session,
        other: Session,
        rows: OtherRows,
        label: str,
        summary: MergeSummary,
    ) -> None:
        self.s, self.o, self.rows, self.label, self.summary = session, other, rows, label, summary
        self.coders: dict[int, int] = {}
        self.cases: dict[int, int] = {}
        self.attributes: dict[int, int] = {}
        self.documents: dict[int, int] = {}
        self.codes: dict[int, int] = {}
        self.segments: dict[int, int] = {}
        self.cells: dict[int, int] = {}
        self.joined_into: dict[int, int] = {}  # OTHER's passage: the key of the one it joined
        self.texts: dict[int, tuple[str, str]] = {}  # TARGET's passages: note, translation
        self.added_codes: set[int] = set()  # OTHER's codes added here, with their scores
        self.coder_names = {c.id: c.name for c in other.scalars(select(model.Coder))}

    def run(self, step: str) -> None:
        steps: dict[str, Callable[[], None]] = {
            "coders": self._coders,
            "cases": self._cases,
            "documents": self._documents,
            "codes": self._codes,
            "segments": self._segments,
            "chart cells": self._cells,
            "memos": self._memos,
        }
        steps[step]()
        self.s.flush()

    # -- helpers ---------------------------------------------------------------------------
    def _add_copy(self, row: Any, flush: bool = True, **changes: Any) -> Any:
        """A copy of OTHER's ``row`` added to TARGET: every column but the key, then
        ``changes`` (the ids that point into TARGET, a free GUID, the place in an order)."""
        columns = inspect(type(row)).column_attrs
        values = {a.key: getattr(row, a.key) for a in columns if a.key != "id"}  # a new id here
        # a segment's guid is its REFI selection's, shared by codings: kept as it is
        if "guid" in values and "guid" not in changes and type(row) is not model.Segment:
            changes["guid"] = self._guid(type(row), row.guid)
        copy = type(row)(**{**values, **changes})
        self.s.add(copy)
        if flush:
            self.s.flush()
        return copy

    def _guid(self, table: Any, guid: str | None, column: str = "guid") -> str:
        """OTHER's GUID when TARGET has no row holding it, else a new one."""
        if guid and self.s.scalar(select(table.id).where(getattr(table, column) == guid)) is None:
            return guid
        return model.new_guid()

    def _next_position(self, column: Any) -> int:
        return int(self.s.scalar(select(func.coalesce(func.max(column) + 1, 0))) or 0)

    def _coder(self, other_id: int | None) -> int | None:
        return None if other_id is None else self.coders.get(other_id)

    def _heading(self, coder_id: int | None, when: datetime | None) -> str:
        coder = self.coder_names.get(coder_id, "an unknown coder") if coder_id else "no coder"
        date = f" ({when.date().isoformat()})" if when else ""
        return f"From {self.label} by {coder}{date}:"

    def _append_memo(
        self, target: str, target_id: int | None, block: str, coder: int | None
    ) -> bool:
        """Add ``block`` to the target's memo (creating it); False when it is there already.
        Another coder's first memo on the item, saved meanwhile, is appended to rather than
        doubled (``place_memo``: the store holds one per item)."""
        memo = memo_in(self.s, target, target_id)
        if memo is None:
            made = model.Memo(text=block, coder_id=coder)
            if target != "project":
                setattr(made, f"{target}_id", target_id)
            memo = place_memo(self.s, target, target_id, lambda: self.s.add(made))
            if memo is None:
                self.summary.added["memo"] += 1
                return True
        if block in memo.text:
            return False
        memo.text = f"{memo.text.rstrip()}\n\n{block}" if memo.text.strip() else block
        return True

    # -- coders, cases and attributes --------------------------------------------------------
    def _coders(self) -> None:
        for coder in self.o.scalars(select(model.Coder).order_by(model.Coder.id)):
            found = self.s.scalar(select(model.Coder.id).where(model.Coder.name == coder.name))
            if found is None:
                found = self._add_copy(coder).id
                self.summary.added["coder"] += 1
            else:
                self.summary.matched["coder"] += 1
            self.coders[coder.id] = found

    def _cases(self) -> None:
        self._attribute_definitions()
        for case in self.o.scalars(select(model.Case).order_by(model.Case.position, model.Case.id)):
            # the other copy's "osaka" is our "Osaka": one case whatever the letter case
            same = find_case(self.s, case.name)
            found = None if same is None else same[0]
            if found is None:
                # stored as the rule stores a name (a copy made before it may hold "Kyoto \n City")
                found = self._add_copy(
                    case,
                    name=case_name(case.name),
                    position=self._next_position(model.Case.position),
                ).id
                self.summary.added["case"] += 1
            else:
                self.summary.matched["case"] += 1
            self.cases[case.id] = found
        self._attribute_values()

    def _attribute_definitions(self) -> None:
        for definition in self.o.scalars(
            select(model.AttributeDefinition).order_by(model.AttributeDefinition.position)
        ):
            found = self.s.scalars(
                select(model.AttributeDefinition).where(
                    model.AttributeDefinition.name == definition.name
                )
            ).first()
            if found is not None and found.kind != definition.kind:
                self.summary.skipped.append(
                    say.ATTRIBUTE_KIND_DIFFERS.format(
                        name=definition.name,
                        ours=attribute_word(found.kind),
                        theirs=attribute_word(definition.kind),
                        other=self.label,
                    )
                )
                continue
            if found is None:
                found = self._add_copy(
                    definition, position=self._next_position(model.AttributeDefinition.position)
                )
                self.summary.added["attribute"] += 1
            else:
                self.summary.matched["attribute"] += 1
            self.attributes[definition.id] = found.id

    def _attribute_values(self) -> None:
        names = {case.id: case.name for case in self.o.scalars(select(model.Case))}
        for value in self.o.scalars(select(model.CaseAttributeValue)):
            attribute = self.attributes.get(value.attribute_id)
            if attribute is None:
                continue  # reported with its definition
            case = self.cases[value.case_id]
            row = self.s.get(model.CaseAttributeValue, (case, attribute))
            if row is None:
                self._add_copy(value, case_id=case, attribute_id=attribute)
                self.summary.added["attribute value"] += 1
            elif (row.value_text, row.value_number) != (value.value_text, value.value_number):
                shown = row.value_text if row.value_text is not None else row.value_number
                theirs = value.value_text if value.value_text is not None else value.value_number
                self.summary.skipped.append(
                    say.ATTRIBUTE_VALUE_DIFFERS.format(
                        case=names[value.case_id],
                        attribute=value.attribute.name,
                        ours=repr(shown),
                        theirs=repr(theirs),
                        other=self.label,
                    )
                )
            else:
                self.summary.matched["attribute value"] += 1

    # -- documents -------------------------------------------------------------------------
    def _documents(self) -> None:
        for document in self.o.scalars(
            select(model.Document).order_by(model.Document.position, model.Document.id)
        ):
            found = self._matching_document(document)
            if found is not None:
                if found.text == document.text:
                    self.documents[document.id] = found.id
                    self.summary.matched["document"] += 1
                else:
                    self.summary.skipped.append(
                        say.DOCUMENT_EXTRACTED_DIFFERENTLY.format(
                            name=document.name, found=found.name
                        )
                    )
                continue
            clash = self.s.scalar(
                select(model.Document.id).where(model.Document.name == document.name)
            )
            if clash is not None:
                self.summary.skipped.append(say.DOCUMENT_NAME_TAKEN.format(name=document.name))
                continue
            self.documents[document.id] = self._add_document(document)
            self.summary.added["document"] += 1

    def _matching_document(self, document: model.Document) -> model.Document | None:
        same = list(
            self.s.scalars(select(model.Document).where(model.Document.sha256 == document.sha256))
        )
        if len(same) > 1:
            named = [row for row in same if row.name == document.name]
            if len(named) != 1:
                self.summary.skipped.append(
                    say.DOCUMENT_HELD_TWICE.format(name=document.name, n=len(same))
                )
                return None
            return named[0]
        if same:
            return same[0]
        # a REFI-QDA export writes an HTML document as its text, so the file's hash differs:
        # the same document is the one with its GUID (copies of one project share them), or
        # an HTML document of the same name and text (imported apart)
        if document.guid:
            by_guid = self.s.scalar(
                select(model.Document).where(model.Document.guid == document.guid)
            )
            if by_guid is not None:
                return by_guid
        if document.kind is model.DocumentKind.TEXT:
            return self.s.scalar(
                select(model.Document).where(
                    model.Document.name == document.name,
                    model.Document.kind == model.DocumentKind.HTML,
                    model.Document.text == document.text,
                )
            )
        return None

    def _add_document(self, document: model.Document) -> int:
        row = self._add_copy(
            document,
            case_id=self.cases.get(document.case_id) if document.case_id else None,
            position=self._next_position(model.Document.position),
        )
        data = self.o.scalar(
            select(model.DocumentFile.data).where(model.DocumentFile.document_id == document.id)
        )
        self.s.add(model.DocumentFile(document_id=row.id, data=data or b""))
        for page in document.pages:
            self._add_copy(page, document_id=row.id)
        return int(row.id)

    # -- codes -----------------------------------------------------------------------------
    def _codes(self) -> None:
        had = int(self.s.scalar(select(func.count()).select_from(model.Code)) or 0)
        codes = {code.id: code for code in self.o.scalars(select(model.Code))}
        for code_id in self.rows.order:
            code = codes[code_id]
            path = self.rows.paths[code_id]
            by_guid = self.s.scalar(select(model.Code.id).where(model.Code.guid == code.guid))
            if by_guid is not None:
                self.codes[code_id] = by_guid
                self.summary.matched["code"] += 1
                continue
            if code.parent_id is not None and code.parent_id not in self.codes:
                self.summary.skipped.append(say.CODE_PARENT_SKIPPED.format(path=path))
                continue
            parent = self.codes.get(code.parent_id) if code.parent_id is not None else None
            same_name = self._children_named(parent, code.name)
            if len(same_name) > 1:
                self.summary.skipped.append(say.CODE_AMBIGUOUS.format(path=path, n=len(same_name)))
                continue
            if same_name:
                self.codes[code_id] = same_name[0]
                self.summary.matched["code"] += 1
                continue
            self.summary.added["code"] += 1  # before its scores: "1 code, 5 scores"
            self.codes[code_id] = self._add_code(code, parent)
        self._scores()
        if had and codes and not self.summary.matched["code"]:
            self._no_code_matched(len(codes))

    def _no_code_matched(self, theirs: int) -> None:
        """Say first, loudly, that the two codebooks share no code: most often a copy made in
        the other language (``new`` without ``--language ja``), which doubles the codebook."""
        from frameworkqda.core.languages import LANGUAGE_NAMES, project_language

        ours, other = project_language(self.s.connection()), project_language(self.o.connection())
        if ours is not None and other is not None and ours != other:
            line = say.NO_CODE_MATCHED_LANGUAGES.format(
                ours=LANGUAGE_NAMES[ours],
                theirs=LANGUAGE_NAMES[other],
                other=self.label,
                language=other,
                n=theirs,
            )
        else:
            line = say.NO_CODE_MATCHED.format(other=self.label, n=theirs)
        self.summary.warnings.append(line)

    def _scores(self) -> None:
        """OTHER's theme scores on the themes matched here: one TARGET lacks is added; one
        that differs is reported and TARGET's kept, as an attribute value is (one number per
        series and theme: there is no second place to keep theirs in). An added theme brought
        its own (``_add_code``)."""
        names = {code.id: code.name for code in self.o.scalars(select(model.Code))}
        for score in self.o.scalars(
            select(model.CodeScore).order_by(model.CodeScore.series, model.CodeScore.code_id)
        ):
            code = self.codes.get(score.code_id)
            if code is None or score.code_id in self.added_codes:
                continue  # skipped with its theme, or brought with it
            mine = self.s.get(model.CodeScore, (code, score.series))
            if mine is None:
                self._add_copy(score, code_id=code)
                self.summary.added["score"] += 1
            elif mine.value == score.value:
                self.summary.matched["score"] += 1
            else:
                self.summary.skipped.append(
                    say.SCORE_DIFFERS.format(
                        series=score.series,
                        theme=names[score.code_id],
                        ours=format_number(mine.value),
                        theirs=format_number(score.value),
                        other=self.label,
                    )
                )

    def _children_named(self, parent: int | None, name: str) -> list[int]:
        """TARGET's codes under ``parent`` called ``name``: exactly, else ignoring case."""
        level = model.Code.parent_id.is_(None) if parent is None else model.Code.parent_id == parent
        rows = self.s.execute(select(model.Code.id, model.Code.name).where(level)).all()
        exact = [row.id for row in rows if row.name == name]
        return exact or [row.id for row in rows if row.name.casefold() == name.casefold()]

    def _add_code(self, code: model.Code, parent: int | None) -> int:
        level = model.Code.parent_id.is_(None) if parent is None else model.Code.parent_id == parent
        position = self.s.scalar(
            select(func.coalesce(func.max(model.Code.position) + 1, 0)).where(level)
        )
        row = self._add_copy(code, parent_id=parent, position=position or 0)
        for score in self.o.scalars(
            select(model.CodeScore).where(model.CodeScore.code_id == code.id)
        ):
            self._add_copy(score, code_id=row.id)
            self.summary.added["score"] += 1
        self.added_codes.add(code.id)
        return int(row.id)

    # -- segments --------------------------------------------------------------------------
    def _segments(self) -> None:
        """OTHER's passages, placed by :func:`overlaps.join_overlapping` as coding places text:
        one sharing text with a passage of its code and coder here (or one added just before
        it) joins that passage, widened to the union, its note and translation added under a
        heading naming the source; the very same passage is matched; the others are added."""
        same: dict[tuple[int, int, int | None, int, int], int] = {}  # a passage by its range
        held: list[tuple[tuple[int, int, int | None], tuple[int, int, int]]] = []
        for ident, document_id, code_id, coder_id, start, end, note, translation in self.s.execute(
            select(
                model.Segment.id,
                model.Segment.document_id,
                model.Segment.code_id,
                model.Segment.coder_id,
                model.Segment.start,
                model.Segment.end,
                model.Segment.note,
                model.Segment.translation,
            ).where(model.Segment.document_id.in_(set(self.documents.values())))
        ):
            same.setdefault((document_id, code_id, coder_id, start, end), ident)
            self.texts[ident] = (note, translation)
            held.append(((document_id, code_id, coder_id), (ident, start, end)))
        codable = {
            row.id: row.codable for row in self.s.execute(select(model.Code.id, model.Code.codable))
        }
        unplaced = 0
        theirs: dict[tuple[int, int, int | None], list[model.Segment]] = {}
        for segment in self.o.scalars(select(model.Segment).order_by(model.Segment.id)):
            document = self.documents.get(segment.document_id)
            code = self.codes.get(segment.code_id)
            if document is None or code is None or not codable.get(code, False):
                unplaced += 1
                continue
            coder = self._coder(segment.coder_id)
            found = same.get((document, code, coder, segment.start, segment.end))
            if found is not None and self._holds_passage(found, segment):
                self.segments[segment.id] = found  # the same passage in both copies
                self.summary.matched["segment"] += 1
                continue
            theirs.setdefault((document, code, coder), []).append(segment)
        here: dict[tuple[int, int, int | None], list[tuple[int, int, int]]] = {}
        for group, passage in held:
            if group in theirs:  # only where theirs may join one
                here.setdefault(group, []).append(passage)
        added: dict[int, model.Segment] = {}  # OTHER's id: its copy here
        for group, segments in theirs.items():
            self._place(group, here.get(group, []), segments, added)
        self.s.flush()
        for other_id, copy in added.items():
            self.segments[other_id] = copy.id
        for other_id, into in self.joined_into.items():  # a copy's id is known now
            self.segments[other_id] = into if into > 0 else added[-into].id
        self.summary.added["segment"] += len(added)
        if self.summary.passages_joined:
            self.summary.joined.append(
                say.SEGMENTS_JOINED.format(n=self.summary.passages_joined, other=self.label)
            )
        if unplaced:
            self.summary.skipped.append(say.SEGMENTS_UNPLACED.format(n=unplaced))

    def _place(
        self,
        group: tuple[int, int, int | None],
        held: list[tuple[int, int, int]],
        segments: list[model.Segment],
        added: dict[int, model.Segment],
    ) -> None:
        """OTHER's passages of one document, code and coder among those held here: keys are
        TARGET's ids, and OTHER's ids negated for OTHER's passages."""
        joins = join_overlapping(held, [(-s.id, s.start, s.end) for s in segments])
        document, code, coder = group
        now = model.utcnow()  # a copy a join changes is changed now, as a passage here is
        for segment in segments:
            if -segment.id in joins.into:
                continue
            start, end = joins.grown.get(-segment.id, (segment.start, segment.end))
            added[segment.id] = self._add_copy(
                segment,
                flush=False,  # once for all of them, in _segments
                document_id=document,
                code_id=code,
                coder_id=coder,
                start=start,
                end=end,
                coding_guid=self._guid(model.Segment, segment.coding_guid, "coding_guid"),
                updated_at=now if -segment.id in joins.grown else segment.updated_at,
            )
        ranges = {ident: (start, end) for ident, start, end in held}
        by_key = {-s.id: s for s in segments}
        for key, into in sorted(joins.into.items(), reverse=True):  # OTHER's first id first
            segment = by_key[key]
            copy = added.get(-into)
            had = self.texts[into] if copy is None else (copy.note, copy.translation)
            note, translation = had
            if segment.note.strip() or segment.translation.strip():
                heading = self._heading(segment.coder_id, segment.updated_at)
                note = self._joined(had[0], segment.note, heading)
                translation = self._joined(had[1], segment.translation, heading)
            first, last = ranges.get(into, (segment.end, segment.start))
            covered = first <= segment.start and segment.end <= last  # merged before, say
            self.joined_into[segment.id] = into
            if covered and (note, translation) == had:
                self.summary.matched["segment"] += 1  # nothing of it to add here
                continue
            self.summary.passages_joined += 1
            passage = copy if copy is not None else self.s.get(model.Segment, into)
            assert passage is not None
            passage.note, passage.translation = note, translation
            if copy is None:  # updated_at follows itself (tables: onupdate)
                self.texts[into] = (note, translation)
            elif (note, translation) != had:
                copy.updated_at = now  # a copy is inserted as it stands: no onupdate
        for into, (start, end) in joins.grown.items():
            if into > 0:
                passage = self.s.get(model.Segment, into)
                assert passage is not None
                passage.start, passage.end = start, end

    def _holds_passage(self, passage: int, segment: model.Segment) -> bool:
        """Whether TARGET's ``passage``, of the very range of OTHER's ``segment``, holds its
        note and translation already (none, the same, or joined in by an earlier merge)."""
        if not segment.note.strip() and not segment.translation.strip():
            return True
        note, translation = self.texts[passage]
        heading = self._heading(segment.coder_id, segment.updated_at)
        return (note, translation) == (
            self._joined(note, segment.note, heading),
            self._joined(translation, segment.translation, heading),
        )

    @staticmethod
    def _joined(kept: str, added: str, heading: str) -> str:
        """A joined passage's note (or translation) added to ``kept`` under ``heading``,
        as ``codebook.joined_text`` joins them; not again when it is there under that heading
        (merged before), as a memo's block is not appended twice."""
        if f"{heading}\n{added.strip()}" in kept:
            return kept
        return joined_text(kept, added, heading)

    # -- chart cells -----------------------------------------------------------------------
    def _values(self) -> dict[int, int]:
        """OTHER's scale values by TARGET's id, by label (case, spacing and width ignored:
        ``charting.label_key``); a label TARGET lacks is added at the end of its scale."""
        fold = label_key
        mine = {fold(v.label): v.id for v in self.s.scalars(select(model.ChartValue))}
        mapped: dict[int, int] = {}
        for value in self.o.scalars(select(model.ChartValue).order_by(model.ChartValue.position)):
            if fold(value.label) not in mine:
                row = self._add_copy(value, position=self._next_position(model.ChartValue.position))
                mine[fold(value.label)] = row.id
                self.summary.added["scale value"] += 1
            mapped[value.id] = mine[fold(value.label)]
        return mapped

    def _cells(self) -> None:
        values = self._values()
        labels = {v.id: v.label for v in self.s.scalars(select(model.ChartValue))}
        case_names = {case.id: case.name for case in self.o.scalars(select(model.Case))}
        theirs = self._other_chartings()
        unplaced = 0
        for cell in self.o.scalars(select(model.ChartCell).order_by(model.ChartCell.id)):
            case, code = self.cases.get(cell.case_id), self.codes.get(cell.code_id)
            if case is None or code is None:
                unplaced += 1
                continue
            value = values.get(cell.value_id) if cell.value_id is not None else None
            where = f"{case_names[cell.case_id]} × {self.rows.paths[cell.code_id]}"
            mine = self.s.scalars(
                select(model.ChartCell).where(
                    model.ChartCell.case_id == case, model.ChartCell.code_id == code
                )
            ).first()
            differs = False
            if mine is None:
                mine = self._add_copy(
                    cell,
                    case_id=case,
                    code_id=code,
                    value_id=value,
                    coder_id=self._coder(cell.coder_id),
                )
                self.summary.added["chart cell"] += 1
            elif mine.value_id == value and mine.summary.strip() == cell.summary.strip():
                self.summary.matched["chart cell"] += 1
                if mine.draft and not cell.draft:  # accepted there: the researcher's here too
                    mine.draft = False
            else:
                differs = True
            self.cells[cell.id] = mine.id
            for charting in theirs.get(cell.id, []):
                self._charting(mine.id, charting, values, labels, where)
            if differs:
                ours = labels.get(mine.value_id, "no value") if mine.value_id else "no value"
                shown = labels.get(value, "no value") if value is not None else "no value"
                same = mine.value_id == value
                line = say.CELL_SUMMARY_AS_CHARTING if same else say.CELL_AS_CHARTING
                if not self._holds(mine.id, cell.coder_id, value, cell.summary):
                    line = say.CELL_SUMMARY_IN_MEMO if same else say.CELL_IN_MEMO
                    self._cell_memo(mine.id, cell, shown, cell.summary, cell.updated_at)
                self.summary.conflicts.append(
                    line.format(
                        where=where,
                        ours=self._said_value(ours),
                        theirs=self._said_value(shown),
                        other=self.label,
                        coder=self._coder_name(cell.coder_id),
                    )
                )
        if unplaced:
            self.summary.skipped.append(say.CELLS_UNPLACED.format(n=unplaced))

    def _other_chartings(self) -> dict[int, list[model.CellCharting]]:
        """OTHER's chartings by cell; a cell whose author has none there (a project from
        before schema 0004 kept the author's only in the cell) counts as that author's."""
        found: dict[int, list[model.CellCharting]] = {}
        for row in self.o.scalars(select(model.CellCharting).order_by(model.CellCharting.id)):
            found.setdefault(row.cell_id, []).append(row)
        for cell in self.o.scalars(
            select(model.ChartCell).where(model.ChartCell.coder_id.is_not(None))
        ):
            if all(row.coder_id != cell.coder_id for row in found.get(cell.id, [])):
                stand_in = model.CellCharting(
                    cell_id=cell.id,
                    coder_id=cell.coder_id,
                    summary=cell.summary,
                    value_id=cell.value_id,
                    updated_at=cell.updated_at,
                    draft=cell.draft,
                )
                found.setdefault(cell.id, []).append(stand_in)
        return found

    def _coder_name(self, other_id: int | None) -> str:
        return self.coder_names.get(other_id, say.NO_CODER) if other_id else say.NO_CODER

    @staticmethod
    def _said_value(label: str) -> str:
        """A value's label in a report line; "no value" as a Message, in the reader's language."""
        return say.NO_VALUE if label == "no value" else label

    def _mine(self, cell_id: int, other_coder: int | None) -> model.CellCharting | None:
        coder = self._coder(other_coder)
        return self.s.scalars(
            select(model.CellCharting).where(
                model.CellCharting.cell_id == cell_id, model.CellCharting.coder_id == coder
            )
        ).first()

    def _holds(self, cell_id: int, other_coder: int | None, value: int | None, text: str) -> bool:
        """Does TARGET hold this as the coder's own charting of the cell?"""
        row = None if other_coder is None else self._mine(cell_id, other_coder)
        if row is None:
            return False
        return row.value_id == value and row.summary.strip() == text.strip()

    def _charting(
        self,
        cell_id: int,
        charting: model.CellCharting,
        values: dict[int, int],
        labels: dict[int, str],
        where: str,
    ) -> None:
        """Add OTHER's coder's charting of a cell; where TARGET has that coder's charting
        and it differs, TARGET's stays and theirs goes into the cell's memo."""
        value = values.get(charting.value_id) if charting.value_id is not None else None
        mine = self._mine(cell_id, charting.coder_id)
        if mine is None:
            self._add_copy(
                charting, cell_id=cell_id, coder_id=self._coder(charting.coder_id), value_id=value
            )
            self.summary.added["coder charting"] += 1
        elif mine.value_id == value and mine.summary.strip() == charting.summary.strip():
            self.summary.matched["coder charting"] += 1
        else:
            ours = labels.get(mine.value_id, "no value") if mine.value_id else "no value"
            shown = labels.get(value, "no value") if value is not None else "no value"
            self._cell_memo(cell_id, charting, shown, charting.summary, charting.updated_at)
            same = mine.value_id == value
            self.summary.conflicts.append(
                (say.CHARTING_SUMMARY_IN_MEMO if same else say.CHARTING_IN_MEMO).format(
                    coder=self._coder_name(charting.coder_id),
                    where=where,
                    ours=self._said_value(ours),
                    theirs=self._said_value(shown),
                    other=self.label,
                )
            )

    def _cell_memo(
        self, cell_id: int, row: Any, shown: str, summary: str, when: datetime | None
    ) -> None:
        block = f"{self._heading(row.coder_id, when)} {shown} — {summary}"
        self._append_memo("cell", cell_id, block.rstrip(" —"), self._coder(row.coder_id))

    # -- memos -----------------------------------------------------------------------------
    def _memo_target(self, memo: model.Memo) -> tuple[str, int | None] | None:
        """Where OTHER's memo goes in TARGET, or None when its target was not merged."""
        for target, column, mapped in (
            ("document", memo.document_id, self.documents),
            ("case", memo.case_id, self.cases),
            ("code", memo.code_id, self.codes),
            ("cell", memo.cell_id, self.cells),
            ("segment", memo.segment_id, self.segments),
        ):
            if column is not None:
                found = mapped.get(column)
                return None if found is None else (target, found)
        if stored_title(memo.title):  # a free memo: the same one here (GUID) or a new one
            same = self.s.scalar(
                select(model.Memo.id).where(*memo_where(FREE, None), model.Memo.guid == memo.guid)
            )
            return (FREE, same)
        return ("project", None)

    def _memos(self) -> None:
        unplaced = 0
        for memo in self.o.scalars(select(model.Memo).order_by(model.Memo.id)):
            where = self._memo_target(memo)
            if where is None:
                unplaced += 1
                continue
            target, target_id = where
            if target == FREE and target_id is None:  # a free memo of theirs only: its copy
                self._add_copy(
                    memo, coder_id=self._coder(memo.coder_id), title=stored_title(memo.title)
                )
                self.summary.added["memo"] += 1
                continue
            mine = memo_in(self.s, target, target_id)
            if mine is None:  # another coder's first memo saved meanwhile is appended to
                targets: dict[str, Any] = {f"{t}_id": None for t in TARGETS if t != "project"}
                if target != "project":
                    targets[f"{target}_id"] = target_id
                copy = functools.partial(
                    self._add_copy,
                    memo,
                    flush=False,
                    coder_id=self._coder(memo.coder_id),
                    title=stored_title(memo.title),
                    **targets,
                )
                mine = place_memo(self.s, target, target_id, copy)
                if mine is None:
                    self.summary.added["memo"] += 1
                    continue
            if mine.text.strip() == memo.text.strip() or memo.text.strip() in mine.text:
                self.summary.matched["memo"] += 1
                continue
            block = f"{self._heading(memo.coder_id, memo.updated_at)}\n{memo.text}"
            self._append_memo(target, target_id, block, self._coder(memo.coder_id))
            self.summary.conflicts.append(
                say.FREE_MEMO_APPENDED.format(title=quoted(mine.title), other=self.label)
                if target == FREE
                else say.MEMO_APPENDED.format(target=TARGET_WORDS[target], other=self.label)
            )
        if unplaced:
            self.summary.skipped.append(say.MEMOS_UNPLACED.format(n=unplaced))
