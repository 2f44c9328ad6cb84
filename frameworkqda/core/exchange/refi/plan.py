"""Turn a parsed QDA-XML project into a plan of rows (``plan_parts``), checking every
reference first.

Nothing is written here: the plan is complete and consistent (every GUID resolved, every
position inside its text) before a project is created. Each element of the XML is either
consumed into the plan or listed in the report, and a final sweep reports anything unknown.
Sources are read one at a time and parked on disk as they are planned
(``plan_parts.park_text``), so the plan holds none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from pathlib import PurePosixPath
from typing import Any

from frameworkqda.core import model
from frameworkqda.core.case_names import case_key, case_name
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.exchange.refi import report_lines as say
from frameworkqda.core.exchange.refi.common import (
    Cancel,
    ExchangeError,
    check_cancel,
    normalise_colour,
    parse_datetime,
    text_in_rect,
)
from frameworkqda.core.exchange.refi.container import Container
from frameworkqda.core.exchange.refi.guids import is_guid, text_original
from frameworkqda.core.exchange.refi.import_progress import ImportProgress
from frameworkqda.core.exchange.refi.plan_names import (
    SourceText,
    claim,
    crlf_as_one,
    matches,
    shown,
)
from frameworkqda.core.exchange.refi.plan_notes import read_notes
from frameworkqda.core.exchange.refi.plan_parts import (
    KINDS,
    REFERENCE_ATTRIBUTES,
    LineEndings,
    ParkedText,
    PCase,
    PCode,
    PDocument,
    Plan,
    PSegment,
    Textual,
    kid,
    kids,
    local,
    nearest,
    park_text,
    parse_value,
    repeats,
    sha256,
)
from frameworkqda.core.exchange.refi.plan_places import area_reading, area_readings, range_of
from frameworkqda.core.exchange.refi.report import CarryOverReport
from frameworkqda.core.importers.base import ImportOptions, PageGeometry
from frameworkqda.core.importers.registry import EXTENSIONS
from frameworkqda.core.importers.spill import Parking
from frameworkqda.core.importers.text import extract_text
from frameworkqda.core.messages import QT_TRANSLATE_NOOP


class Planner:
    """Reads one QDA-XML tree into a :class:`Plan`, filling the carry-over report."""

    def __init__(
        self,
        container: Container,
        report: CarryOverReport,
        pdf_geometry: Any = None,
        cancel: Cancel | None = None,
        ticker: ImportProgress | None = None,
    ) -> None:
        self.c = container
        self.ticker = ticker or ImportProgress(None)
        self.root = container.root
        self.report = report
        self.cancel = cancel
        self.pdf_geometry = pdf_geometry
        self.held = ExitStack()  # given to the plan (``Plan.held``), or closed if reading fails
        self.parking = self.held.enter_context(Parking())  # the sources' texts and files
        self.note_bytes = 0  # of notes' text files read so far
        self.seen: set[Any] = set()
        self.by_guid: dict[str, Any] = {}
        self.code_guids: set[str] = set()
        self.selection_segments: dict[str, list[PSegment]] = {}
        self.note_refs: dict[str, list[tuple[str, str | None]]] = {}
        self.originals: dict[str, str] = {}  # GUID -> archive entry, of sources/GUID.ext
        self.case_keys: dict[str, PCase] = {}  # case_names.case_key -> the planned case
        # (case GUID, variable GUID) -> the value kept, as the file writes it and parsed
        self.case_values: dict[tuple[str, str], tuple[str, tuple[str | None, float | None]]] = {}
        self.where = f"{container.path}:{container.qde_name}"
        # the file as a report line names it: the archive and its project.qde, whose line
        # numbers the lines give
        name = container.path.name
        self.file = name if container.qde_name == name else f"{name} ({container.qde_name})"

    # -- helpers ---------------------------------------------------------------------------
    def take(self, element: Any) -> Any:
        self.seen.add(element)
        return element

    def drop(self, element: Any, message: str) -> None:
        """Report an element as not carried over; it and everything inside are accounted."""
        for node in element.iter():
            self.seen.add(node)
        self.report.lose(message)

    def line(self, element: Any) -> str:
        return say.line(element.sourceline)

    def at(
        self, element: Any, label: str, pdf_page: str | None = None, named: bool = True
    ) -> dict[str, str]:
        """Where a selection is, for a report line: the file and line, the selection (a PDF
        area by its GUID and page; a text selection by its GUID and, when it has one that may
        be text and ``named``, its name) and its source's label."""
        guid = element.get("guid")
        name = claim(element.get("name")) if named else None
        if pdf_page is not None:
            selection = say.PDF_AREA.format(guid=guid, page=pdf_page)
        elif name:
            selection = say.SELECTION_NAMED.format(guid=guid, name=shown(name))
        else:
            selection = say.SELECTION.format(guid=guid)
        return {
            "file": self.file,
            "line": self.line(element),
            "selection": selection,
            "label": label,
        }

    def text_of(self, element: Any | None) -> str:
        if element is None:
            return ""
        self.take(element)
        return str(element.text or "")

    def user(self, element: Any, attribute: str = "creatingUser") -> str | None:
        guid = element.get(attribute)
        if guid is None:
            return None
        key = str(guid).strip("{}").upper()
        if key not in self.plan.users:
            self.report.note(
                say.UNKNOWN_USER.format(element=local(element), line=self.line(element), guid=guid)
            )
            return None
        return key

    # -- entry -----------------------------------------------------------------------------
    def read(self) -> Plan:
        try:
            return self._read()
        except BaseException:
            self.held.close()
            raise

    def _read(self) -> Plan:
        root = self.root
        if local(root) != "Project":
            raise ExchangeError(
                QT_TRANSLATE_NOOP(
                    "REFI-QDA", "{where}: the root element is <{element}>, not a REFI-QDA <Project>"
                ).format(where=self.where, element=local(root))
            )
        self._index_guids()
        self.take(root)
        self.plan = Plan(
            root.get("name") or self.c.path.stem,
            root.get("origin") or "",
            parse_datetime(root.get("creationDateTime")),
            held=self.held,
        )
        self.report.origin = self.plan.origin
        for element in kids(root, "Users"):
            self.take(element)
            for user in kids(element, "User"):
                self.take(user)
                self.plan.users[user.get("guid").strip("{}").upper()] = user.get("name") or ""
        for element in kids(root, "CodeBook"):
            self.take(element)
            for codes in kids(element, "Codes"):
                self.take(codes)
                for code in kids(codes, "Code"):
                    self._code(code, None)
        for element in kids(root, "Variables"):
            self.take(element)
            for variable in kids(element, "Variable"):
                self._variable(variable)
        self.ticker.counted(root)
        number = 0
        for element in kids(root, "Sources"):
            self.take(element)
            for source in element:
                check_cancel(self.cancel)
                number += 1
                self.ticker.source(number, source.get("name") or source.get("guid") or "")
                self._source(source)
        for element in kids(root, "Cases"):
            self.take(element)
            for case in kids(element, "Case"):
                self._case(case)
        self.plan.description = self.text_of(kid(root, "Description"))
        for ref in kids(root, "NoteRef"):
            self._note_ref(ref, "project", None)
        read_notes(self)
        self._codable_where_coded()
        for element in kids(root, "Sets"):
            for item in kids(element, "Set"):
                self.drop(item, say.SET.format(name=item.get("name"), line=self.line(item)))
            self.seen.add(element)
        for element in kids(root, "Graphs"):
            for item in kids(element, "Graph"):
                self.drop(item, say.GRAPH.format(name=item.get("name"), line=self.line(item)))
            self.seen.add(element)
        for node in root.iter():
            if node not in self.seen and isinstance(node.tag, str):
                self.report.lose(
                    say.NOT_UNDERSTOOD.format(element=local(node), line=self.line(node))
                )
                for inner in node.iter():
                    self.seen.add(inner)
        return self.plan

    def _index_guids(self) -> None:
        for element in self.root.iter():
            if not isinstance(element.tag, str):
                continue
            guid = element.get("guid")
            if guid is None:
                continue
            key = guid.strip("{}").upper()
            pair = {local(self.by_guid[key]), local(element)} if key in self.by_guid else set()
            if pair == {"PDFSelection", "PlainTextSelection"}:
                # the standard's own example gives a PDF area its text selection's GUID
                if local(element) == "PlainTextSelection":
                    self.by_guid[key] = element
                continue
            if key in self.by_guid:
                raise ExchangeError(
                    QT_TRANSLATE_NOOP(
                        "REFI-QDA", "{where}: the GUID {guid} is used twice ({line} and {line2})"
                    ).format(
                        where=self.where,
                        guid=guid,
                        line=self.line(self.by_guid[key]),
                        line2=self.line(element),
                    )
                )
            self.by_guid[key] = element
        for element in self.root.iter():
            if not isinstance(element.tag, str):
                continue
            for attribute in REFERENCE_ATTRIBUTES:
                value = element.get(attribute)
                if value is not None and value.strip("{}").upper() not in self.by_guid:
                    raise ExchangeError(
                        QT_TRANSLATE_NOOP(
                            "REFI-QDA",
                            "{where}: <{element}> at {line} refers to {value} ({attribute}), "
                            "which is not in the file (a dangling reference)",
                        ).format(
                            where=self.where,
                            element=local(element),
                            line=self.line(element),
                            value=value,
                            attribute=attribute,
                        )
                    )

    def target(self, element: Any, kind: str) -> str:
        key = str(element.get("targetGUID")).strip("{}").upper()
        found = self.by_guid[key]
        if local(found) != kind:
            raise ExchangeError(
                QT_TRANSLATE_NOOP(
                    "REFI-QDA",
                    "{where}: <{element}> at {line} should refer to a {kind} but refers to a "
                    "<{element2}>",
                ).format(
                    where=self.where,
                    element=local(element),
                    line=self.line(element),
                    kind=kind,
                    element2=local(found),
                )
            )
        return key

    # -- codebook, variables ----------------------------------------------------------------
    def _codable_where_coded(self) -> None:
        """A heading-only code (``isCodable="false"``) that the file's codings are on takes
        codings: they are evidence a researcher made, and a heading's passages would never show
        (no matrix column, refused by coding), while making it codable loses nothing."""
        coded: dict[str, int] = {}
        for segment in self.plan.segments:
            coded[segment.code] = coded.get(segment.code, 0) + 1
        for code in self.plan.codes:
            if not code.codable and code.guid in coded:
                code.codable = True
                self.report.note(say.HEADING_CODED.format(name=code.name, n=coded[code.guid]))

    def _code(self, element: Any, parent: str | None) -> None:
        self.take(element)
        guid = element.get("guid").strip("{}").upper()
        self.code_guids.add(guid)
        colour = normalise_colour(element.get("color"))
        self.plan.codes.append(
            PCode(
                guid,
                element.get("name") or "(unnamed)",
                self.text_of(kid(element, "Description")),
                colour,
                parent,
                (element.get("isCodable") or "true").strip().lower() not in ("false", "0"),
            )
        )
        for ref in kids(element, "NoteRef"):
            self._note_ref(ref, "code", guid)
        for child in kids(element, "Code"):
            self._code(child, guid)

    def _variable(self, element: Any) -> None:
        self.take(element)
        kind = element.get("typeOfVariable") or "Text"
        if kind == "DateTime":
            self.report.note(say.DATE_TIME_AS_TEXT.format(name=element.get("name")))
        description = kid(element, "Description")
        if description is not None and (description.text or "").strip():
            self.drop(description, say.VARIABLE_DESCRIPTION.format(name=element.get("name")))
        elif description is not None:
            self.take(description)  # an empty description loses nothing
        self.plan.variables[element.get("guid").strip("{}").upper()] = (
            element.get("name") or "(unnamed)",
            KINDS.get(kind, model.AttributeKind.TEXT),
        )

    # -- cases ------------------------------------------------------------------------------
    def _case(self, element: Any) -> None:
        self.take(element)
        guid = element.get("guid").strip("{}").upper()
        name = case_name(element.get("name") or "") or f"Case {guid[:8]}"
        case = self._one_case(guid, name, self.text_of(kid(element, "Description")))
        for ref in kids(element, "CodeRef"):
            self.drop(ref, say.CASE_CODE_LINK.format(name=name, line=self.line(ref)))
        for holder in kids(element, "VariableValue"):
            self._case_value(case, name, holder)
        documents = {d.guid: d for d in self.plan.documents}
        for ref in kids(element, "SourceRef"):
            self.take(ref)
            key = str(ref.get("targetGUID")).strip("{}").upper()
            document = documents.get(key)
            if document is None:
                self.report.lose(say.CASE_SOURCE_NOT_IMPORTED.format(name=name, guid=key))
            elif document.case is not None and document.case != case.guid:
                self.report.lose(say.CASE_DOCUMENT_TAKEN.format(name=name, document=document.name))
            else:
                document.case = case.guid
        for ref in kids(element, "SelectionRef"):
            self.drop(ref, say.CASE_SELECTION_LINK.format(name=name, line=self.line(ref)))

    def _one_case(self, guid: str, name: str, description: str) -> PCase:
        """The planned case a file's case is: a new one, or the one before it whose name
        the project's rule (``case_names``) calls the same, which then takes its documents,
        values, memos and chart cells (``Plan.case_alias``), as the app's ``--case osaka``
        means the case "Osaka": two cases of one name the app could not tell apart."""
        kept = self.case_keys.get(case_key(name))
        if kept is None:
            case = PCase(guid, name, description)
            self.plan.cases.append(case)
            self.case_keys[case_key(name)] = case
            return case
        self.plan.case_alias[guid] = kept.guid
        if name == kept.name:
            self.report.note(say.CASE_NAMED_TWICE.format(name=name))
        else:
            self.report.note(say.CASES_TAKEN_AS_ONE.format(name=name, kept=kept.name))
        if description and description != kept.description:
            kept.description = "\n\n".join(filter(None, (kept.description, description)))
        return kept

    def _case_value(self, case: PCase, name: str, holder: Any) -> None:
        """A value of a case (``name`` as the file names it); a second value for a variable
        the case has one of already (a case taken as another, ``_one_case``) is reported."""
        self.take(holder)
        ref = kid(holder, "VariableRef")
        if ref is None:
            self.drop(holder, say.CASE_VALUE_WITHOUT_VARIABLE.format(name=name))
            return
        self.take(ref)
        key = self.target(ref, "Variable")
        variable, kind = self.plan.variables[key]
        for value in holder:
            if value is ref:
                continue
            self.take(value)
            raw = (value.text or "").strip()
            parsed = parse_value(kind, raw)
            kept = self.case_values.get((case.guid, key))
            if parsed is None:
                self.report.lose(
                    say.CASE_VALUE_UNFIT.format(name=name, value=raw, variable=variable)
                )
            elif kept is None:
                self.case_values[(case.guid, key)] = (raw, parsed)
                case.values.append((key, *parsed))
            elif kept[1] != parsed:
                self.report.lose(
                    say.CASE_VALUE_CONFLICT.format(
                        name=name, value=raw, variable=variable, case=case.name, kept=kept[0]
                    )
                )

    # -- sources ------------------------------------------------------------------------------
    def _source(self, element: Any) -> None:
        tag = local(element)
        name = element.get("name") or element.get("guid")
        if tag == "TextSource":
            self._text_source(element)
        elif tag == "PDFSource":
            self._pdf_source(element)
        elif tag in ("PictureSource", "AudioSource", "VideoSource"):
            codings = sum(1 for n in element.iter() if local(n) == "Coding")
            self.drop(element, say.MEDIA[tag].format(name=name, n=codings))
        else:
            self.drop(element, say.UNKNOWN_SOURCE.format(element=tag, name=name))

    def source_text(self, element: Any, label: str) -> tuple[ParkedText | None, str]:
        """A source's text, in the XML or in a file, parked as it is read."""
        content = kid(element, "PlainTextContent")
        if content is not None:
            return park_text([self.text_of(content).encode("utf-8")], self.parking), ""
        resolved, problem = self.c.plain_text(element, label)
        if resolved is None:
            return None, problem
        parked = park_text(resolved.chunks or (), self.parking)
        return (None, problem) if parked is None else (parked, "")

    def _new_document(
        self, element: Any, kind: model.DocumentKind, text: ParkedText, original: bytes | None
    ) -> PDocument:
        """A planned document; ``original`` None for a text document (its text is its file)."""
        document = PDocument(
            element.get("guid").strip("{}").upper(),
            element.get("name") or "(unnamed)",
            kind,
            text.length,
            text.content,
            None if original is None else self.parking.park(original),
            text.sha256 if original is None else sha256(original),
            parse_datetime(element.get("creationDateTime")),
        )
        self.plan.documents.append(document)
        return document

    def _text_source(self, element: Any) -> None:
        self.take(element)
        label = say.TEXT_SOURCE.format(name=element.get("name"))
        text, problem = self.source_text(element, label)
        if text is None:
            self.drop(element, say.SOURCE_LOST.format(problem=problem))
            return
        kind, original = model.DocumentKind.TEXT, None
        rich = element.get("richTextPath")
        # a DOCX, or a web page (QualCoder names the HTML file it holds so)
        rich_kind = EXTENSIONS.get(PurePosixPath(rich).suffix.lower()) if rich else None
        if rich and rich_kind in (model.DocumentKind.DOCX, model.DocumentKind.HTML):
            resolved = self.c.resolve(rich)
            if resolved.chunks is not None:
                kind, original = rich_kind, resolved.data()
            else:
                self.report.note(
                    say.RICH_TEXT_AS_PLAIN.format(label=label, problem=resolved.problem)
                )
        elif not rich:
            kind, original = self._text_original(element, text)
        document = self._new_document(element, kind, text, original)
        del original  # parked
        self._description(element, label)
        self._text_selections(element, document, text.endings, label, text.text)
        self._source_tail(element, document)

    def _text_original(
        self, element: Any, text: ParkedText
    ) -> tuple[model.DocumentKind, bytes | None]:
        """The kind and original file of a text source, from the file our export keeps beside
        its plain text (``guids.text_original``), by that file's extension: a web page's HTML
        makes an HTML document, whatever its text would be extracted as now (the stored text,
        which the codings are on, came from options and a version the file does not tell); a
        text that was not UTF-8 with LF line ends is taken when it reads as that text, as
        importing the file would read it, so the document keeps the file's hash."""
        plain = model.DocumentKind.TEXT, None
        if self.c.archive is None:
            return plain
        if not self.originals:
            for name in self.c.archive.names():
                stem = PurePosixPath(name).stem.upper()
                if name.lower().startswith("sources/") and is_guid(stem):
                    self.originals[stem] = name
            self.originals.setdefault("", "")  # looked once
        name = self.originals.get(text_original(element.get("guid")), "")
        if not name:
            return plain
        resolved = self.c.resolve(name)
        if resolved.chunks is None:
            return plain
        data = resolved.data()
        if EXTENSIONS.get(PurePosixPath(name).suffix.lower()) is model.DocumentKind.HTML:
            return model.DocumentKind.HTML, data
        try:
            read = extract_text(data, name, ImportOptions()).text
        except FrameworkQDAError:
            return plain
        return (
            (model.DocumentKind.TEXT, data)
            if sha256(read.encode("utf-8")) == text.sha256
            else plain
        )

    def _description(self, element: Any, label: str) -> None:
        description = kid(element, "Description")
        if description is not None and (description.text or "").strip():
            self.drop(description, say.SOURCE_DESCRIPTION.format(label=label))
        elif description is not None:
            self.take(description)

    def _source_tail(self, element: Any, document: PDocument) -> None:
        for coding in kids(element, "Coding"):
            self._coding(coding, document, 0, document.length, element, element.get("guid"))
        for ref in kids(element, "NoteRef"):
            self._note_ref(ref, "document", document.guid)
        for value in kids(element, "VariableValue"):
            self.drop(value, say.SOURCE_VARIABLE_VALUE.format(name=document.name))

    def _text_selections(
        self,
        holder: Any,
        document: PDocument,
        endings: LineEndings,
        label: str,
        text: Callable[[], str],
    ) -> None:
        """The PlainTextSelections of a source (or of a PDF's text representation), their
        positions checked against their names (``plan_names``); ``text`` gives the source's
        text, read only when a name may quote it."""
        placed = []
        for element in kids(holder, "PlainTextSelection"):
            self.take(element)
            self.ticker.selection()
            positions = range_of(self, element, endings, label)
            if positions is not None:
                placed.append((element, claim(element.get("name")), *positions))
        source = SourceText(text()) if any(c for _, c, _, _ in placed) else None
        as_one = False
        if source is not None and endings.dropped:
            given, one = crlf_as_one(
                [(c, start, end) for _, c, start, end in placed],
                source.text,
                endings,
                document.length,
            )
            if one > given:
                as_one = True
                self.report.note(say.CRLF_AS_ONE.format(label=label, count=one, given=given))
        for element, claimed, start, end in placed:
            limit = document.length if as_one else endings.original_length
            if end > limit:
                self.drop(
                    element,
                    say.SELECTION_OUTSIDE.format(
                        **self.at(element, label), start=start, end=end, length=limit
                    ),
                )
                continue
            lo, hi = (start, end) if as_one else (endings(start), endings(end))
            if (
                claimed is not None
                and source is not None
                and not matches(source.text[lo:hi], claimed)
                and source.quotes(claimed)
            ):
                self.report.note(
                    say.SELECTION_NAME_MISMATCH.format(
                        **self.at(element, label, named=False),
                        expected=shown(claimed),
                        start=start,
                        end=end,
                        found=shown(source.text[lo:hi]),
                    )
                )
            self._selection_common(element, document, lo, hi)

    def _selection_common(self, element: Any, document: PDocument, start: int, end: int) -> None:
        guid = element.get("guid").strip("{}").upper()
        description = kid(element, "Description")
        note = self.text_of(description)
        codings = kids(element, "Coding")
        if not codings:
            self.drop(element, say.SELECTION_UNCODED.format(guid=guid, document=document.name))
            return
        self.selection_segments[guid] = []
        for coding in codings:
            self._coding(coding, document, start, end, element, guid)
        for segment in self.selection_segments[guid]:
            segment.note = note
        for ref in kids(element, "NoteRef"):
            self._note_ref(ref, "segment", guid)

    def _coding(
        self, coding: Any, document: PDocument, start: int, end: int, holder: Any, selection: str
    ) -> None:
        self.take(coding)
        ref = kid(coding, "CodeRef")
        if ref is None:
            self.drop(coding, say.CODING_WITHOUT_CODE.format(guid=coding.get("guid")))
            return
        self.take(ref)
        code = self.target(ref, "Code")
        key = str(selection).strip("{}").upper()
        segment = PSegment(
            document.guid,
            code,
            start,
            end,
            self.user(coding) or self.user(holder),
            parse_datetime(coding.get("creationDateTime") or holder.get("creationDateTime")),
            parse_datetime(holder.get("modifiedDateTime") or coding.get("creationDateTime")),
            key,
            selection_guid=key if local(holder).endswith("Selection") else None,
            coding_guid=str(coding.get("guid") or "").strip("{}").upper() or None,
        )
        self.plan.segments.append(segment)
        self.selection_segments.setdefault(key, []).append(segment)
        for note_ref in kids(coding, "NoteRef"):
            self._note_ref(note_ref, "segment", key)

    def _pdf_source(self, element: Any) -> None:
        self.take(element)
        label = say.PDF_SOURCE.format(name=element.get("name"))
        representation = kid(element, "Representation")
        parked: ParkedText | None = None
        problem: str = say.NO_REPRESENTATION.format(label=label)
        if representation is not None:
            self.take(representation)
            parked, problem = self.source_text(representation, label)
        pdf = self.c.resolve(element.get("path") or "") if element.get("path") else None
        data = pdf.data() if pdf is not None and pdf.chunks is not None else None
        pages: list[PageGeometry] = []
        extracted: str | None = None
        if data is not None and self.pdf_geometry is not None:
            try:
                extraction = self.held.enter_context(self.pdf_geometry(data))
                extracted, pages = extraction.text, extraction.pages
            except Exception as error:  # a vendor's PDF our extractor cannot read
                self.report.note(say.NO_PAGE_GEOMETRY.format(label=label, reason=str(error)))
        if parked is None and extracted is not None:
            parked = park_text([extracted.encode("utf-8")], self.parking)
        if parked is None:
            self.drop(element, say.SOURCE_LOST.format(problem=problem))
            return
        endings = parked.endings
        text = parked.text()  # while this source is planned: its areas are found in it
        if extracted is not None and extracted != text:
            self.report.note(say.REPRESENTATION_DIFFERS.format(label=label))
            geometry_pages, pages = pages, []
        else:
            geometry_pages = pages
        if data is None:
            self.report.note(
                say.PDF_UNREADABLE.format(label=label, problem=pdf.problem)
                if pdf is not None
                else say.PDF_NOT_NAMED.format(label=label)
            )
            document = self._new_document(element, model.DocumentKind.TEXT, parked, None)
        else:
            document = self._new_document(element, model.DocumentKind.PDF, parked, data)
            document.pages = pages
            del data  # parked
        self._description(element, label)
        # the text selections first: a page area that repeats one of them is not a second
        # segment (REFI-QDA 1.5 §10.3; the standard's example writes both)
        before = len(self.plan.segments)
        if representation is not None:
            self._text_selections(representation, document, endings, label, lambda: text)
            for other in representation:
                if other not in self.seen and local(other) in ("Description", "NoteRef"):
                    self.take(other)
        textual = Textual(self.plan.segments[before:])  # indexed for ``repeats``
        source = SourceText(text)
        for selection in kids(element, "PDFSelection"):
            self.ticker.selection()
            self._pdf_selection(
                selection, document, source, geometry_pages, extracted, textual, label
            )
        self._source_tail(element, document)

    def _pdf_selection(
        self,
        element: Any,
        document: PDocument,
        source: SourceText,
        pages: list[PageGeometry],
        extracted: str | None,
        textual: list[PSegment],
        label: str,
    ) -> None:
        self.take(element)
        text = source.text
        readings = area_readings(self, element, pages)
        representation = kid(element, "Representation")
        content = ""
        if representation is not None:
            self.take(representation)
            content = LineEndings(self.text_of(kid(representation, "PlainTextContent"))).text
        same = extracted is None or extracted == text  # the boxes' text is the source's
        found: tuple[int, int] | None = None
        if content:
            for area, candidate in readings:
                if same and candidate is not None:
                    found = text_in_rect(text, content, pages, area, candidate)
                    if found is not None:
                        break
            if found is None:
                candidate = next((c for _, c in readings if c is not None), None)
                hint = candidate[0] if candidate else 0
                if candidate and not same and extracted is not None:
                    hint = round(candidate[0] * len(text) / max(len(extracted), 1))
                found = nearest(text, content, hint)
        else:
            chosen = area_reading(self, element, source, readings, extracted, textual, label)
            if chosen is None:
                return  # reported
            if same:
                found = chosen
            elif extracted is not None:
                # the area's characters in the PDF's own text, found in the file's representation
                found = nearest(text, extracted[chosen[0] : chosen[1]], chosen[0])
        if found is not None and repeats(element, found, textual, self.target):
            for node in element.iter():
                self.seen.add(node)
            return
        if found is None:
            self.drop(
                element,
                say.PDF_SELECTION_UNMATCHED.format(
                    guid=element.get("guid"), document=document.name, page=element.get("page")
                ),
            )
            return
        self._selection_common(element, document, *found)

    # -- notes ------------------------------------------------------------------------------
    def _note_ref(self, ref: Any, kind: str, guid: str | None) -> None:
        self.take(ref)
        key = self.target(ref, "Note")
        self.note_refs.setdefault(key, []).append((kind, guid))
