"""What a person reads on screen, gathered from live widgets, and which of it is still English.

``shown_strings(widget, where)`` reads every visible window title, label, button, group box,
tab, header, placeholder, tooltip, combo item, action and menu under ``widget``, the items of
its lists, trees and tables (the text they show, and the accessible text of items a delegate
paints itself, as the stage navigator's), the text of read-only text browsers (reports), and
what a chart paints (its title, axis titles, categories and legend). ``english``
keeps the strings with Latin words left after the project's own data (document, case, code
and coder names, document text), file names, shortcuts and a short list of names that stay as
they are (MIPEX, REFI-QDA, PDF …) are taken out. ``source_files`` finds the code that holds a
string, so a failure says where to wrap or translate it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

GUI = Path(__file__).resolve().parents[2] / "frameworkqda" / "gui"

# names and abbreviations a Japanese interface writes in Latin letters too
ALLOWED = (
    "FrameworkQDA",
    "MIPEX",
    "REFI-QDA",
    "Ritchie & Spencer",
    "Spearman",
    "QDPX",
    "qdpx",
    "qde",
    "fqda",
    "PDF",
    "CSV",
    "UTF-8",
    "PostgreSQL",
    "URL",
    "~/.pgpass",
    "XLSX",
    "xlsx",
    "csv",
    "DOCX",
    "docx",
    "Word",
    "Excel",
    "PNG",
    "SVG",
    "png",
    "svg",
    "TXT",
    "OCR",
    "ICC",
    "URL",
    "OK",
    "px",
    "dpi",
    "κ",
    "English",  # the language menu names each language in itself
    "database disk image is malformed",  # SQLite's own reason, quoted in (…) as it said it
    "frameworkqda recover",  # a command to type
    "UTC",
    "LF",
    "CRLF",
    "HTML",
    "NVivo",
    "ATLAS.ti",
    "QualCoder",
    "MAXQDA",
    "Windows",
)
SHORTCUT = re.compile(r"\b(?:(?:Ctrl|Shift|Alt|Meta|Cmd)\+)+\S+|\bF\d{1,2}\b|\b(?:Esc|Del|Enter)\b")
FILE_NAME = re.compile(r"[\w./\\~-]+\.[A-Za-z0-9]{2,5}\b|\*\.\w+|(?:[/~][\w.-]+)+")
TAG = re.compile(r"<[^>]+>")
ACCELERATOR = re.compile(r"&(?=\w)|\(&\w\)")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@dataclass(frozen=True)
class Shown:
    where: str  # the window or view, and the kind of widget
    text: str


def shown_strings(root: QWidget, where: str) -> list[Shown]:
    found: list[Shown] = []

    def add(kind: str, text: str | None) -> None:
        if text and text.strip():
            found.append(Shown(f"{where}: {kind}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        name = type(widget).__name__
        if widget.isWindow():
            add(f"{name} title", widget.windowTitle())
        if isinstance(widget, QLabel):
            add("QLabel", widget.text())
        if isinstance(widget, QAbstractButton):
            add(name, widget.text())
        if isinstance(widget, QGroupBox):
            add("QGroupBox", widget.title())
        if isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                add("tab", widget.tabText(tab))
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            add(f"{name} placeholder", widget.placeholderText())
        if isinstance(widget, QComboBox):
            for item in range(widget.count()):
                add("QComboBox item", widget.itemText(item))
        if isinstance(widget, QMessageBox):
            add("QMessageBox", widget.text())
            add("QMessageBox", widget.informativeText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found.extend(_headers(widget, where))
            if not isinstance(widget, QHeaderView) and not isinstance(root, QFileDialog):
                found.extend(_items(widget, where))  # (a file dialog's: the disk's names)
        if isinstance(widget, QTextEdit) and widget.isReadOnly():
            add(f"{name} text", widget.toPlainText())
        if isinstance(widget, QChartView):
            found.extend(_chart(widget, where))
        if isinstance(widget, QMenu):
            found.extend(menu_strings(widget, where))
        add(f"{name} tooltip", widget.toolTip())
        add(f"{name} status tip", widget.statusTip())
        for action in widget.actions():
            if not isinstance(widget, QMenu):
                add("QAction", action.text())
                add("QAction tooltip", action.toolTip())
    return found


def menu_strings(menu: QMenu, where: str) -> list[Shown]:
    found = [Shown(f"{where}: menu", menu.title())] if menu.title() else []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.text():
            found.append(Shown(f"{where}: menu {menu.title() or '(context)'}", action.text()))
        if action.statusTip():
            found.append(Shown(f"{where}: status tip", action.statusTip()))
        if action.menu() is not None:
            found.extend(menu_strings(action.menu(), where))  # type: ignore[arg-type]
    return found


def _headers(view: QAbstractItemView, where: str) -> list[Shown]:
    model: QAbstractItemModel = view.model()
    found: list[Shown] = []
    for orientation, header in (
        (Qt.Orientation.Horizontal, getattr(view, "horizontalHeader", lambda: None)()),
        (Qt.Orientation.Vertical, getattr(view, "verticalHeader", lambda: None)()),
        (Qt.Orientation.Horizontal, getattr(view, "header", lambda: None)()),
    ):
        if not isinstance(header, QHeaderView) or header.isHidden():
            continue
        count = (
            model.columnCount() if orientation == Qt.Orientation.Horizontal else model.rowCount()
        )
        for section in range(count):
            text = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str) and text.strip():
                found.append(Shown(f"{where}: {type(view).__name__} header", text))
    return found


ITEM_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,  # what a delegate paints, for screen readers and us
    Qt.ItemDataRole.AccessibleDescriptionRole,
)
MAX_ITEMS = 400  # per view: the first rows say whether a view's own words are translated


def _items(view: QAbstractItemView, where: str) -> list[Shown]:
    """The text of a view's items, down its tree, the first :data:`MAX_ITEMS` of them."""
    model: QAbstractItemModel = view.model()
    found: list[Shown] = []
    parents = [QModelIndex()]
    seen = 0
    while parents and seen < MAX_ITEMS:
        parent = parents.pop()
        for row in range(model.rowCount(parent)):
            for column in range(30):  # a list model's columnCount is private to PySide
                index = model.index(row, column, parent)
                if not index.isValid():
                    break
                seen += 1
                for role in ITEM_ROLES:
                    text = model.data(index, role)
                    if isinstance(text, str) and text.strip():
                        found.append(Shown(f"{where}: {type(view).__name__} item", text))
            first = model.index(row, 0, parent)
            if model.index(0, 0, first).isValid():  # hasChildren too is private in a list
                parents.append(first)
    return found


def _chart(view: QChartView, where: str) -> list[Shown]:
    """What a QtCharts chart paints: its title, its axes' titles and labels, its legend."""
    chart = view.chart()
    texts = [chart.title()]
    for axis in chart.axes():
        texts.append(axis.titleText())
        categories = getattr(axis, "categories", None)
        if categories is not None:
            texts.extend(_unwrapped(str(c)) for c in categories())
    texts.extend(marker.label() for marker in chart.legend().markers())
    return [Shown(f"{where}: chart", t) for t in texts if t and t.strip()]


def _unwrapped(label: str) -> str:
    """A chart's category label (wrapped with <br>, escaped) as the one line it came from."""
    lines = label.split("<br>")
    text = "".join(a + ("" if a.endswith("-") else " ") for a in lines[:-1]) + lines[-1]
    return html.unescape(text)


def english(shown: list[Shown], data: set[str], texts: list[str]) -> list[Shown]:
    """The strings still in English: Latin words left once data and allowed names are out."""
    names = sorted((d for d in data if d), key=len, reverse=True)
    squeezed = {re.sub(r"\s", "", name) for name in names}  # a chart wraps names anywhere
    left: dict[str, Shown] = {}
    for item in shown:
        plain = ACCELERATOR.sub("", TAG.sub(" ", item.text))
        if _is_document_text(plain, texts) or re.sub(r"\s", "", plain) in squeezed:
            continue
        for name in names:
            plain = plain.replace(name, " ")
        plain = FILE_NAME.sub(" ", SHORTCUT.sub(" ", plain))  # before "qdpx" goes from "a.qdpx"
        for name in sorted(ALLOWED, key=len, reverse=True):  # CRLF before LF
            plain = plain.replace(name, " ")
        if LATIN_WORD.search(plain):
            left.setdefault(item.text, item)
    return list(left.values())


def _is_document_text(text: str, texts: list[str]) -> bool:
    """A quotation of a document (an excerpt, a summary drafted from it) is data."""
    core = " ".join(text.strip("「」“”\"'… ").split())
    return len(core) >= 12 and any(core[:60] in " ".join(t.split()) for t in texts)


def source_files(text: str) -> list[str]:
    """The GUI modules whose code holds ``text``: as a whole literal, else its first line or its
    longest part between the figures and names a format filled in, at the start of a literal."""
    first = text.split("\n")[0].replace("&", "")
    pieces = sorted(re.split(r"[\d{}“”「」:()]+", first), key=len, reverse=True)
    longest = pieces[0].strip() if pieces else first
    codes = {
        str(path.relative_to(GUI.parent.parent)): path.read_text(encoding="utf-8").replace("&", "")
        for path in sorted(GUI.parent.rglob("*.py"))  # the GUI's modules and the core's
    }
    for needle in (f'"{first}"', f'"{first}', f'"{longest}'):
        if len(needle) > 4:
            bare = [name for name, code in codes.items() if _bare(code, needle)]
            wrapped = [f"{name} (wrapped)" for name, code in codes.items() if needle in code]
            if bare or wrapped:
                return bare or wrapped  # a literal outside tr() first: that is the one to wrap
    return []


def _bare(code: str, needle: str) -> bool:
    """``needle`` occurs in ``code`` outside tr(), translate() and QT_TRANSLATE_NOOP()."""
    for found in re.finditer(re.escape(needle), code):
        before = code[max(0, found.start() - 60) : found.start()]
        if not re.search(r"(?:\btr\(|translate\(\s*\"\w+\",|NOOP\(\s*\"\w+\",)\s*$", before):
            return True
    return False


def catalogue_contexts(catalogue: Path) -> dict[str, list[str]]:
    """Source string → the contexts the catalogue holds it under (a wrapped string)."""
    import xml.etree.ElementTree as ET

    found: dict[str, list[str]] = {}
    for context in ET.parse(catalogue).getroot().findall("context"):
        for message in context.findall("message"):
            found.setdefault(message.findtext("source") or "", []).append(
                context.findtext("name") or ""
            )
    return found


def report(left: list[Shown], catalogue: Path) -> str:
    """One entry per string: where it was seen, the catalogue context when it is wrapped (so
    only its translation is missing), else the modules to wrap it in."""
    contexts = catalogue_contexts(catalogue)
    lines = [f"{len(left)} strings on screen are still English (not translated, or not wrapped):"]
    for item in sorted(left, key=lambda s: (source_files(s.text)[:1], s.text)):
        files = source_files(item.text)
        bare = [name for name in files if not name.endswith("(wrapped)")]
        if item.text in contexts and not bare:
            fix = f"in the catalogue under {', '.join(contexts[item.text])}: translate it"
        elif item.text in contexts:
            fix = (
                f"shown unwrapped from {', '.join(bare)} (the catalogue has the same text under "
                f"{', '.join(contexts[item.text])})"
            )
        else:
            where = ", ".join(files) or "not found as a literal (a format, or Qt's own)"
            fix = f"not in the catalogue; source: {where}"
        lines.append(f"  {item.text!r}\n      seen in {item.where}; {fix}")
    return "\n".join(lines)
