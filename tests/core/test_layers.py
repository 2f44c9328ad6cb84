"""The core stays Qt-free: no module under frameworkqda/core imports PySide6, even lazily.

Read from the source (every import statement, inside functions too), so a late import in a
rarely used path is caught as surely as one at the top of a module.
"""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "frameworkqda" / "core"
QT = {"PySide6", "shiboken6"}


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_core_module_imports_qt() -> None:
    offenders = {
        str(path.relative_to(CORE)): sorted(
            name for name in _imported_modules(path) if name.split(".")[0] in QT
        )
        for path in sorted(CORE.rglob("*.py"))
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_check_reads_the_whole_core() -> None:
    assert len(list(CORE.rglob("*.py"))) > 40
