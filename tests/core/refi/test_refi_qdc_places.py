"""A .qdc sent back from another program: a code it names by GUID takes the file's name and
place (renamed, moved), and what cannot be applied is named with why, never counted as
"already present"; a heading only the file asks for that would hide evidence stays a code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree
from sqlalchemy import func, select

from frameworkqda.core import codebook, model
from frameworkqda.core.commands import ImportCodebook
from frameworkqda.core.exchange.qdc import export_qdc
from frameworkqda.core.store import Project
from tests import writes
from tests.core.refi.builders import build_rich_project

NS = {"c": "urn:QDA-XML:codebook:1.0"}


def _edited(project: Project, folder: Path, change: Callable[[Any], None]) -> Path:
    """The project's codebook as a .qdc, changed as another program would."""
    export_qdc(project, folder / "book.qdc")
    root = etree.parse(str(folder / "book.qdc")).getroot()
    change(root)
    target = folder / "back.qdc"
    target.write_bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))
    return target


def _code(root: Any, name: str) -> Any:
    (found,) = root.xpath("//c:Code[@name=$name]", namespaces=NS, name=name)
    return found


def _paths(project: Project) -> list[str]:
    return [node.path for node in codebook.codebook(project)]


def _passages(project: Project, path: str) -> int:
    with project.session() as s:
        code_id = codebook.resolve(s, path)
        return s.scalar(select(func.count()).where(model.Segment.code_id == code_id)) or 0


def test_a_code_matched_by_guid_is_renamed_and_moved_as_in_the_file(
    project_location: str, tmp_path: Path
) -> None:
    """Renamed and moved in the file (same GUIDs): before, the import said "2 already
    present" and left both as they were."""

    def change(root: Any) -> None:
        _code(root, "Multilingual").set("name", "多言語𠮷")
        support = _code(root, "Support")
        _code(root, "Information").append(support)  # moved under Information, last
        etree.SubElement(
            root.find("c:Codes", NS),
            f"{{{NS['c']}}}Code",
            {"guid": "0A0A0A0A-1111-4222-8333-444444444444", "name": "New", "isCodable": "true"},
        )

    with build_rich_project(project_location) as project:
        support = _passages(project, "Support")
        assert support and _passages(project, "Information/Multilingual")
        book = _edited(project, tmp_path, change)
        command = ImportCodebook(book)
        command.apply(project)
        summary = command.summary
        assert summary is not None
        assert (summary.created, summary.updated, summary.unchanged) == (1, 2, 2)
        assert summary.lost == ()
        assert summary.notes == (
            f"row {_line(book, '多言語𠮷')}: “Information/Multilingual” renamed "
            "“Information/多言語𠮷”, as in the file",
            f"row {_line(book, 'Support')}: “Support” moved to “Information/Support”, "
            "as in the file",
        )
        assert _paths(project) == [
            "Information",
            "Information/多言語𠮷",
            "Information/Easy Japanese",
            "Information/Support",
            "New",
        ]
        assert _passages(project, "Information/Support") == support  # the passages go with it
        again = writes.import_codebook(project, book)
        assert (again.created, again.updated, again.unchanged, again.notes) == (0, 0, 5, ())
        command.revert(project)  # one step undoes the renaming, the move and the new code
        assert _paths(project) == [
            "Information",
            "Information/Multilingual",
            "Information/Easy Japanese",
            "Support",
        ]


def _line(book: Path, name: str) -> int:
    return int(_code(etree.parse(str(book)).getroot(), name).sourceline)


def test_what_cannot_be_renamed_or_moved_is_named_with_why(
    project_location: str, tmp_path: Path
) -> None:
    """A name another code there has, a move under the code's own sub-code, a heading only
    over coded passages: each left as it is and named; a new code under a code whose move was
    refused goes under that code, not under a new one of the file's name."""

    def change(root: Any) -> None:
        multilingual, information = _code(root, "Multilingual"), _code(root, "Information")
        codes = root.find("c:Codes", NS)
        codes.insert(0, multilingual)  # to the top, where "multilingual" is already
        multilingual.append(information)  # and Information under it: under itself
        etree.SubElement(
            multilingual,
            f"{{{NS['c']}}}Code",
            {"guid": "0B0B0B0B-1111-4222-8333-444444444444", "name": "Fresh"},
        )
        _code(root, "Support").set("isCodable", "false")  # it has passages
        information.set("isCodable", "false")  # it has none: made a heading

    with build_rich_project(project_location) as project:
        writes.add_code(project, "multilingual")
        before = _paths(project)
        book = _edited(project, tmp_path, change)
        summary = writes.import_codebook(project, book)
        assert summary.lost == (
            f"row {_line(book, 'Multilingual')}: “Information/Multilingual” left as it is, not "
            "made “Multilingual” as in the file: another code there is named “multilingual” "
            "already",
            f"row {_line(book, 'Information')}: “Information” left as it is, not made "
            "“Information/Multilingual/Information” as in the file: that is under the code "
            "itself",
            f"row {_line(book, 'Support')}: “Support” kept as a code, not made a heading only "
            "as in the file: a heading only is no matrix column, so its 2 coded passages "
            "would no longer show (the codebook editor's Heading only does it, asking first)",
        )
        assert _paths(project) == [*before[:2], "Information/Multilingual/Fresh", *before[2:]]
        with project.session() as s:
            codable = {
                name: on for name, on in s.execute(select(model.Code.name, model.Code.codable))
            }
        assert (codable["Support"], codable["Information"]) == (True, False)
        assert (summary.created, summary.updated) == (1, 1)  # Fresh; Information a heading
