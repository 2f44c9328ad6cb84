"""An import holds no temporary file open once it has ended, stored, refused or cancelled.

A PDF's boxes and a REFI-QDA file's sources wait in unlinked temporary files
(``importers/spill.py``). They are closed when the import is done with them, not when the
garbage collector finds the last page that refers to them: a researcher's session imports
thousands of files, and the GUI collects garbage on its own schedule.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from frameworkqda.core.exchange.refi.exporter import export_qdpx
from frameworkqda.core.exchange.refi.importer import import_qdpx
from frameworkqda.core.importers import ImportProgress, ImportStatus, import_documents
from frameworkqda.core.store import create_project
from tests import documents
from tests.core.refi.builders import build_rich_project

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="counts open files through /proc/self/fd"
)


def _deleted_files_open() -> int:
    """Files this process holds open whose name is gone: the unlinked temporary files."""
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # the listing's own descriptor, closed by now
            continue
        count += target.endswith("(deleted)")
    return count


@contextlib.contextmanager
def _nothing_left_to_the_collector() -> Iterator[None]:
    """Fails if a file is closed by its finaliser (``ResourceWarning: unclosed file``, which
    a finaliser can only report, not raise) rather than by the code that opened it."""
    said: list[str] = []
    hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: said.append(str(unraisable.exc_value))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", ResourceWarning)
            yield
            gc.collect()
    finally:
        sys.unraisablehook = hook
    assert said == []


def test_pdf_imports_stored_refused_and_cancelled_leave_no_file_open(tmp_path: Path) -> None:
    good = documents.japanese_pdf(tmp_path / "plan.pdf")
    other = documents.japanese_pdf(tmp_path / "other.pdf", ["外国人市民会議の記録。"])
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(good.read_bytes()[:500])
    cancelled = documents.japanese_pdf(tmp_path / "long.pdf", ["多文化共生。"], pages=3)
    cancel = threading.Event()

    def cancel_after_the_first_page(progress: ImportProgress) -> None:
        if progress.done >= 1 and progress.result is None:
            cancel.set()  # checked before the next page is read

    with create_project(tmp_path / "p.fqda") as project:
        before = _deleted_files_open()
        with _nothing_left_to_the_collector():
            results = import_documents(project, [good, other, broken], case="浜松市")
            cancelled_result = import_documents(
                project, [cancelled], progress=cancel_after_the_first_page, cancel=cancel
            )
            assert _deleted_files_open() == before
    assert [r.status for r in results] == [
        ImportStatus.IMPORTED,
        ImportStatus.IMPORTED,
        ImportStatus.FAILED,
    ]
    assert [r.status for r in cancelled_result] == [ImportStatus.CANCELLED]


def test_a_refi_qda_import_with_a_pdf_leaves_no_file_open(tmp_path: Path) -> None:
    with build_rich_project(tmp_path / "rich.fqda") as project:  # a PDF source among them
        export_qdpx(project, tmp_path / "rich.qdpx")
    before = _deleted_files_open()
    with _nothing_left_to_the_collector():
        report = import_qdpx(tmp_path / "rich.qdpx", tmp_path / "back.fqda")
        assert _deleted_files_open() == before
    assert report.imported["documents"] == 3
