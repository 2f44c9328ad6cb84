"""The project store: create, open, migrate and transact on a project file or server.

``Project``, ``create_project`` and ``open_project`` (and with them SQLAlchemy) load on first
use of one of their names: ``check`` and ``recover`` read a project file through ``integrity``
with ``sqlite3`` alone, and loading this package must not load SQLAlchemy for them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from frameworkqda.core.store.location import PROJECT_SUFFIX, ProjectLocation

if TYPE_CHECKING:
    from frameworkqda.core.store.project import Project, create_project, open_project

_PROJECT = frozenset({"Project", "create_project", "open_project"})


def __getattr__(name: str) -> Any:
    if name in _PROJECT:
        return getattr(importlib.import_module(f"{__name__}.project"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["PROJECT_SUFFIX", "Project", "ProjectLocation", "create_project", "open_project"]
