"""Reading documents into a project: one module per format, a registry, and the service.

``import_documents`` is the entry point for the GUI and the CLI; ``registry.extract`` reads
one file without touching a project; ``geometry`` maps text ranges to page rectangles and back.

The service (and with it the store, SQLAlchemy and alembic) is loaded on first use of one of
its names, so a worker process that only reads PDF pages starts without them; ``geometry`` (and
with it numpy) likewise, so the GUI's first screen starts without numpy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from frameworkqda.core.importers.base import Extraction, ImportLimits, ImportOptions, PageGeometry
from frameworkqda.core.importers.registry import expand_folders, extract

if TYPE_CHECKING:
    from frameworkqda.core.importers.geometry import (
        DocumentGeometry,
        PageRectangles,
        bounding_box,
        char_at,
        pack_boxes,
        page_of,
        range_for_rectangle,
        rectangles_for_range,
        unpack_boxes,
    )
    from frameworkqda.core.importers.service import (
        ImportProgress,
        ImportResult,
        ImportStatus,
        PasswordPrompt,
        ProgressCallback,
        import_documents,
    )

_SERVICE = frozenset(
    {
        "ImportProgress",
        "ImportResult",
        "ImportStatus",
        "PasswordPrompt",
        "ProgressCallback",
        "import_documents",
    }
)
_GEOMETRY = frozenset(
    {
        "DocumentGeometry",
        "PageRectangles",
        "bounding_box",
        "char_at",
        "pack_boxes",
        "page_of",
        "range_for_rectangle",
        "rectangles_for_range",
        "unpack_boxes",
    }
)


def __getattr__(name: str) -> Any:
    if name in _SERVICE:
        return getattr(importlib.import_module(f"{__name__}.service"), name)
    if name in _GEOMETRY:
        return getattr(importlib.import_module(f"{__name__}.geometry"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DocumentGeometry",
    "Extraction",
    "ImportLimits",
    "ImportOptions",
    "ImportProgress",
    "ImportResult",
    "ImportStatus",
    "PageGeometry",
    "PageRectangles",
    "PasswordPrompt",
    "ProgressCallback",
    "bounding_box",
    "char_at",
    "expand_folders",
    "extract",
    "import_documents",
    "pack_boxes",
    "page_of",
    "range_for_rectangle",
    "rectangles_for_range",
    "unpack_boxes",
]
