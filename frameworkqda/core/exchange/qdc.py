"""REFI-QDA codebooks (``.qdc``, namespace ``urn:QDA-XML:codebook:1.0``), in and out.

Export writes the code tree with the same GUIDs and ``isCodable`` as a ``.qdpx`` export of
the same project. Import is ``commands.ImportCodebook`` reading the file through
``codebook_io.FORMATS`` with :func:`read_qdc`: a code with the file's GUID, or else with its path,
is updated (description, colour, heading only or not), one with its GUID renamed and moved as
the file has it; others are created and keep the file's GUID; sets are reported, not kept. It
is one transaction, so a bad file changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from lxml import etree
from sqlalchemy import select

from frameworkqda import __version__
from frameworkqda.core import model
from frameworkqda.core.atomic import atomic_write, cannot_write
from frameworkqda.core.codebook import join_path
from frameworkqda.core.codebook_io import CodebookRow
from frameworkqda.core.exchange.refi import report_lines as say
from frameworkqda.core.exchange.refi.common import (
    CODEBOOK_NS,
    ExchangeError,
    code_keys,
    kid,
    kids,
    local,
    normalise_colour,
    refi_colour,
    shared_names,
    shared_names_note,
)
from frameworkqda.core.exchange.refi.guids import Guids, normalise_guid
from frameworkqda.core.exchange.refi.safety import DEFAULT_LIMITS, Limits, parse_xml
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.core.store import Project


def _q(tag: str) -> str:
    return f"{{{CODEBOOK_NS}}}{tag}"


def export_notes(project: Project) -> list[str]:
    """What a ``.qdc`` export should tell: the names more than one code has (kept, as the
    standard allows, but QualCoder merges codes of the same name)."""
    with project.session() as session:
        codes = session.scalars(select(model.Code).order_by(model.Code.position, model.Code.id))
        note = shared_names_note(shared_names(codes))
    return [note] if note is not None else []


def export_qdc(project: Project, path: str | Path) -> int:
    """Write the project's codebook as a ``.qdc``; returns the number of codes written."""
    final = Path(path)
    with project.session() as session:
        info = session.scalars(select(model.ProjectInfo)).first()
        guids = Guids(info.name if info else final.stem, info.created_at if info else None)
        codes = list(
            session.scalars(select(model.Code).order_by(model.Code.position, model.Code.id))
        )
    children: dict[int | None, list[model.Code]] = defaultdict(list)
    for code in codes:
        children[code.parent_id].append(code)
    keys = code_keys(children)
    root = etree.Element(
        _q("CodeBook"), {"origin": f"FrameworkQDA {__version__}"}, nsmap={None: CODEBOOK_NS}
    )
    holder = etree.SubElement(root, _q("Codes"))

    def add(parent: Any, code: model.Code) -> None:
        attrib = {
            "guid": guids.of(code.guid, "code", keys[code.id]),
            "name": code.name,
            "isCodable": "true" if code.codable else "false",
        }
        if colour := refi_colour(code.colour):
            attrib["color"] = colour
        element = etree.SubElement(parent, _q("Code"), attrib)
        if code.definition:
            etree.SubElement(element, _q("Description")).text = code.definition
        for child in children.get(code.id, []):
            add(element, child)

    for code in children.get(None, []):
        add(holder, code)
    if not codes:
        raise ExchangeError(
            QT_TRANSLATE_NOOP(
                "REFI-QDA", "{path}: the codebook is empty; a .qdc needs at least one code"
            ).format(path=final)
        )
    data = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
    try:
        with atomic_write(final) as handle:
            handle.write(data)
    except OSError as error:
        raise ExchangeError(cannot_write(final, error)) from error
    return len(codes)


def read_qdc(
    path: str | Path, limits: Limits = DEFAULT_LIMITS
) -> tuple[list[CodebookRow], list[str]]:
    """Read a ``.qdc`` safely into codebook rows (one per code, parents first) and what is lost.

    The rows go through the same merge as CSV and XLSX codebooks (``codebook_io``).
    """
    source = Path(path)
    if not source.is_file():
        raise ExchangeError(
            QT_TRANSLATE_NOOP("REFI-QDA", "{path}: no such file").format(path=source)
        )
    root = parse_xml(source.read_bytes(), str(source), limits)
    if local(root) != "CodeBook" or kid(root, "Codes") is None:
        raise ExchangeError(
            QT_TRANSLATE_NOOP(
                "REFI-QDA", "{path}: not a REFI-QDA codebook (<CodeBook> with <Codes>)"
            ).format(path=source)
        )
    rows: list[CodebookRow] = []
    seen: dict[str, Any] = {}  # GUID -> its code: one code's GUID twice would merge them

    def walk(element: Any, parents: list[str]) -> None:
        guid = normalise_guid(element.get("guid") or "") or None
        if guid is not None and guid in seen:
            raise ExchangeError(
                QT_TRANSLATE_NOOP(
                    "REFI-QDA", "{where}: the GUID {guid} is used twice ({line} and {line2})"
                ).format(
                    where=source,
                    guid=element.get("guid"),
                    line=say.line(seen[guid].sourceline),
                    line2=say.line(element.sourceline),
                )
            )
        if guid is not None:
            seen[guid] = element
        name = (element.get("name") or "").strip()
        if not name:
            raise ExchangeError(
                QT_TRANSLATE_NOOP("REFI-QDA", "{path}: a code at line {line} has no name").format(
                    path=source, line=element.sourceline
                )
            )
        names = [*parents, name]
        description = kid(element, "Description")
        rows.append(
            CodebookRow(
                row=element.sourceline or 0,
                path=names,
                definition=(description.text or "").strip() if description is not None else "",
                colour=normalise_colour(element.get("color")) or None,
                raw=join_path(names),
                guid=guid,
                codable=(element.get("isCodable") or "true").strip().lower() not in ("false", "0"),
            )
        )
        for child in kids(element, "Code"):
            walk(child, names)

    for element in kids(kid(root, "Codes"), "Code"):
        walk(element, [])
    lost: list[str] = [
        say.CODEBOOK_SET.format(name=item.get("name"))
        for sets in kids(root, "Sets")
        for item in kids(sets, "Set")
    ]
    return rows, lost
