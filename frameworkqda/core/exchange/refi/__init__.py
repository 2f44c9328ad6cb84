"""REFI-QDA 1.0 (QDA-XML) project exchange: export and import ``.qdpx`` / ``.qde`` files.

``export_qdpx(project, path)`` writes a deterministic, schema-valid archive;
``import_qdpx(path, location)`` builds a new project and returns a carry-over report.
"""

from frameworkqda.core.exchange.refi.common import ExchangeCancelled, UnsafeFileError
from frameworkqda.core.exchange.refi.exporter import export_qdpx
from frameworkqda.core.exchange.refi.importer import import_qdpx
from frameworkqda.core.exchange.refi.report import CarryOverReport

__all__ = [
    "CarryOverReport",
    "ExchangeCancelled",
    "UnsafeFileError",
    "export_qdpx",
    "import_qdpx",
]
