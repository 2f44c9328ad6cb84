"""Cyclic garbage is collected on the GUI thread only, never in a worker thread."""

from __future__ import annotations

import gc
import threading

from frameworkqda.gui.main_window import MainWindow


class _Cycle:
    def __init__(self) -> None:
        self.me = self  # only the cyclic collector frees it

    def __del__(self) -> None:
        _freed.append(threading.current_thread().name)


_freed: list[str] = []


def test_a_window_hands_collection_to_the_gui_thread(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert not gc.isenabled()

    def worker() -> None:  # allocates far past the threshold: no collection may start here
        for _ in range(5 * gc.get_threshold()[0]):
            _Cycle()

    thread = threading.Thread(target=worker, name="worker")
    thread.start()
    thread.join()
    assert "worker" not in _freed
    qtbot.waitUntil(lambda: bool(_freed), timeout=5000)  # the GUI thread's timer collects
    assert set(_freed) == {threading.main_thread().name}
