"""One process-wide lock around PDFium.

PDFium is not thread-safe: no two threads may call into it at the same time, not even on
different documents. The import worker reads PDFs on its own thread while the page view renders
pages on the GUI thread, so every PDFium call in the core (``importers/pdf.py``, ``render.py``)
holds this lock. It is re-entrant and held per page, never for a whole import, so rendering
stays responsive during a long import.
"""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()
