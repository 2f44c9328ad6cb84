"""A .qdc sent back from another program, imported with the codebook editor's Import… button
in the Japanese interface: the codes it names by GUID are renamed and moved, the status line
says each in Japanese, as it says what it could not do and why; one Undo puts all back."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from frameworkqda.core import codebook
from frameworkqda.core.exchange.qdc import export_qdc
from frameworkqda.gui import i18n
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.main_window import MainWindow
from tests.gui import modal

NS = {"c": "urn:QDA-XML:codebook:1.0"}


def test_a_qdc_renames_and_moves_codes_and_says_so_in_japanese(
    qtbot, window: MainWindow, qapp: QApplication, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert window.session is not None
    project = window.session.project
    before = [node.path for node in codebook.codebook(project)]
    book = tmp_path / "book.qdc"
    export_qdc(project, book)
    root = etree.parse(str(book)).getroot()
    first, second = root.xpath("c:Codes/c:Code", namespaces=NS)[:2]
    child = first.xpath("c:Code", namespaces=NS)[0]
    old_child = codebook.join_path([first.get("name"), child.get("name")])
    child.set("name", "移した𠮷")
    root.find("c:Codes", NS).append(child)  # renamed, to the top level
    second_name = second.get("name")
    second.set("name", first.get("name"))  # the name the first theme has: refused
    back = tmp_path / "back.qdc"
    back.write_bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))
    written = etree.parse(str(back)).getroot()
    moved_line = written.xpath("//c:Code[@name='移した𠮷']", namespaces=NS)[0].sourceline
    kept_line = written.xpath("c:Codes/c:Code", namespaces=NS)[1].sourceline

    assert i18n.install(qapp, "ja") == "ja"
    try:
        editor = window.show_view("codebook")
        assert isinstance(editor, CodebookEditor)
        modal.choose(back)
        qtbot.mouseClick(editor.buttons["Import…"], Qt.MouseButton.LeftButton)
        status = editor.status.text()
    finally:
        i18n.install(qapp, "en")
    assert (
        f"{moved_line} 行目：ファイルのとおり「{old_child}」の名前を変えて「移した𠮷」に移しました"
        in (status)
    ), status
    assert (
        f"{kept_line} 行目：「{second_name}」はファイルのとおり「{first.get('name')}」にせず、"
        f"そのままにしました：そこにはすでに「{first.get('name')}」という名前の別のコードがあります"
    ) in status, status
    paths = [node.path for node in codebook.codebook(project)]
    assert "移した𠮷" in paths and old_child not in paths
    window.session.undo_stack.undo()  # one step
    assert [node.path for node in codebook.codebook(project)] == before
