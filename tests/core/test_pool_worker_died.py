"""A worker of the running pool that died while idle (the OOM killer, a user's ``kill``, a
crash on earlier work) never makes a good file fail; a file that kills the reader every time
is still named as damaged, after one more try in a fresh pool.

The pools are real. A worker killed just before an import is not seen dead by the pool's own
thread at once: pages handed over meanwhile were lost and the good file was reported damaged
("the PDF reader stopped while reading pages 1–1"), in 9 imports out of 10. The files that
kill the reader on every try are simulated with workers forked from this process, in which
the reading function (replaced here before the fork) records the try and ends the worker
with ``os._exit``, as PDFium crashing on a hostile file ends it.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from frameworkqda.core import model, workers
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.importers import (
    Extraction,
    ImportOptions,
    extract,
    import_documents,
    pdf_parallel,
    registry,
)
from frameworkqda.core.importers.base import Cancellation
from frameworkqda.core.importers.offload import extract_file
from frameworkqda.core.store import create_project
from tests import documents

OPTIONS = ImportOptions(ocr=False)
ROUNDS = 10  # before, a round failed 1 to 9 times in 10 (by the load): one in ten almost always
WAIT_SECONDS = 60


@pytest.fixture
def two_workers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "2")
    workers.shutdown()
    yield
    workers.shutdown()


def _running() -> list[int]:
    """The shared pool started, both its workers up and idle; their pids."""
    pool = workers.pool()
    assert pool is not None
    for started in [pool.submit(time.sleep, 0.2) for _ in range(2)]:
        started.result()
    return list(pool._processes)


def _ended(read: Callable[[], Extraction], kill: Callable[[], None]) -> Extraction:
    """What ``read`` returns or raises, run in a thread that must end; ``kill`` is called once
    the pool has been handed work."""
    pool = workers.pool(start=False)
    assert pool is not None
    handed = pool._queue_count
    outcome: list[Extraction | BaseException] = []

    def run() -> None:
        try:
            outcome.append(read())
        except BaseException as error:  # handed to the test's thread
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT_SECONDS
    while pool._queue_count == handed and time.monotonic() < deadline:
        time.sleep(0.005)
    kill()
    thread.join(WAIT_SECONDS)
    assert outcome, "the import is still waiting for the pool"
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _stopped_then_killed(pids: list[int]) -> Callable[[], None]:
    """The workers stopped now (idle, taking nothing), killed when ``_ended`` says: the work
    was handed to a pool whose workers were already dead to it, read by none of them."""
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)

    def kill() -> None:
        for pid in pids:
            os.kill(pid, signal.SIGKILL)

    return kill


def test_a_worker_killed_while_idle_fails_no_good_pdf(tmp_path: Path, two_workers: None) -> None:
    pdf = documents.japanese_pdf(tmp_path / "plan.pdf", pages=1)
    for round in range(ROUNDS):
        with create_project(tmp_path / f"study-{round}.fqda") as project:
            victim = _running()[0]
            os.kill(victim, signal.SIGKILL)  # and the import at once, as the helper found it
            [result] = import_documents(project, [pdf], options=OPTIONS)
            assert result.document_id is not None, f"round {round}: {result.message}"
            with project.session() as session:
                document = session.get(model.Document, result.document_id)
                assert document is not None
                assert document.text == documents.expected_text(documents.JAPANESE_PARAGRAPHS)
        workers.shutdown()  # each round with a pool of its own


def test_pages_lost_with_a_dead_worker_are_read_by_a_fresh_pool(
    tmp_path: Path, two_workers: None
) -> None:
    pdf = documents.japanese_pdf(tmp_path / "plan.pdf", pages=20)
    workers.shutdown()
    alone = extract(pdf.read_bytes(), pdf.name, OPTIONS)  # no pool: read in this process
    pool_before = workers.pool()
    kill = _stopped_then_killed(_running())
    read = _ended(lambda: extract(pdf.read_bytes(), pdf.name, OPTIONS), kill)
    assert (read.text, read.pages, read.warnings) == (alone.text, alone.pages, alone.warnings)
    assert workers.pool(start=False) not in (None, pool_before)


def test_a_file_lost_with_a_dead_worker_is_read_by_a_fresh_pool(
    tmp_path: Path, two_workers: None
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("浜松市は多言語で情報を提供している。𠮷野家の前。\n" * 20, encoding="utf-8")
    pool_before = workers.pool()
    kill = _stopped_then_killed(_running())
    read = _ended(lambda: _in_pool(note), kill)
    assert read.text == extract(note.read_bytes(), note.name, OPTIONS).text
    assert workers.pool(start=False) not in (None, pool_before)


def _in_pool(path: Path) -> Extraction:
    """``path`` read as the GUI's import thread reads it."""
    return extract_file(
        path.read_bytes(),
        path.name,
        OPTIONS,
        progress=lambda done, total: None,
        cancellation=Cancellation(None),
    )


@pytest.fixture
def forked_workers(monkeypatch: pytest.MonkeyPatch, two_workers: None) -> Iterator[None]:
    """Workers forked from this process: they start with what the test replaced in it."""
    monkeypatch.setenv("FRAMEWORKQDA_START_METHOD", "fork")
    yield
    workers.shutdown()
    gc.unfreeze()  # frozen for the fork (workers.pool): the tests after collect it again


def _crashing(tries: Path) -> Callable[[], None]:
    """What a worker does on the hostile part: note the try, then die as PDFium would."""

    def crash() -> None:
        with tries.open("a") as file:
            file.write(f"{os.getpid()}\n")
        os._exit(11)

    return crash


def test_a_pdf_that_kills_the_reader_every_time_is_named_after_one_more_try(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked_workers: None
) -> None:
    hostile = documents.japanese_pdf(tmp_path / "hostile.pdf", pages=20)
    good = documents.japanese_pdf(tmp_path / "plan.pdf", pages=20)
    tries = tmp_path / "tries"
    crash = _crashing(tries)
    read_page = pdf_parallel.read_page

    def reading(document: object, number: int, name: str, options: ImportOptions) -> object:
        if name == "hostile.pdf" and number == 12:  # page 13
            crash()
        return read_page(document, number, name, options)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_parallel, "read_page", reading)
    _running()  # forked with the replaced reading
    with create_project(tmp_path / "study.fqda") as project:
        hostile_result, good_result = import_documents(project, [hostile, good], options=OPTIONS)
    message = hostile_result.message
    assert hostile_result.document_id is None
    assert message.startswith("hostile.pdf: the PDF reader stopped while reading pages "), message
    assert message.endswith("(the file is probably damaged); nothing was imported")
    first, last = message.split("pages ")[1].split(" ")[0].split("–")
    assert int(first) <= 13 <= int(last)
    assert len(tries.read_text().split()) == 2  # the first pool, one fresh pool: no more
    assert good_result.document_id is not None, good_result.message


def test_a_file_that_kills_the_reader_every_time_is_named_after_one_more_try(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked_workers: None
) -> None:
    note = tmp_path / "hostile.txt"
    note.write_text("浜松市は多言語で情報を提供している。\n" * 20, encoding="utf-8")
    tries = tmp_path / "tries"
    crash = _crashing(tries)
    extractor_for = registry.extractor_for

    def reader(kind: object) -> Callable[..., object]:
        read = extractor_for(kind)  # type: ignore[arg-type]

        def reading(data: bytes, name: str, options: ImportOptions) -> object:
            if name == "hostile.txt":
                crash()
            return read(data, name, options)

        return reading

    monkeypatch.setattr(registry, "extractor_for", reader)
    _running()
    with pytest.raises(FrameworkQDAError) as raised:
        _in_pool(note)
    assert str(raised.value) == (
        "hostile.txt: the reader stopped while reading the file (it is probably damaged); "
        "nothing was imported"
    )
    assert len(tries.read_text().split()) == 2
    good = tmp_path / "note.txt"
    good.write_bytes(note.read_bytes())
    assert _in_pool(good).text == extract(good.read_bytes(), good.name, OPTIONS).text
