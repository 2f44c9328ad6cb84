"""Screenshot of the REFI-QDA carry-over report (docs/images/refi-import.png).

Imports a REFI-QDA file through the GUI's import dialog (worker thread, the core's import_qdpx)
into a temporary project, lets the window open it and grabs the report dialog:

    xvfb-run -a -s "-screen 0 1600x1000x24" env PYTHONPATH=. python scripts/screenshot_refi.py \
        ../shared/corpus/refi/ornio_hand_authored_project.qde docs/images/refi-import.png
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings


def main(source: Path, shot: Path) -> int:
    from frameworkqda.gui import refi_dialogs
    from frameworkqda.gui.app import application, build_window
    from frameworkqda.gui.settings import Settings

    app = application()
    with tempfile.TemporaryDirectory(prefix="FrameworkQDA-") as folder:
        store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = build_window(settings=Settings(store))
        window.resize(1400, 860)
        window.show()
        target = Path(folder) / f"{source.stem}.fqda"
        dialog = refi_dialogs.RefiImportDialog(source, target, window)
        dialog.imported.connect(lambda report: refi_dialogs._open_imported(window, dialog, report))
        dialog.start()
        dialog.open()
        deadline = time.monotonic() + 60
        while not dialog.done_event.is_set() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        report = dialog.report_dialog
        if report is None:
            print(f"import failed: {dialog.message.text()}", file=sys.stderr)
            return 1
        for _ in range(20):
            app.processEvents()
            time.sleep(0.01)
        shot.parent.mkdir(parents=True, exist_ok=True)
        if not report.grab().save(str(shot)):
            print(f"could not write {shot}", file=sys.stderr)
            return 1
        report.accept()
        window.close()
    print(f"wrote {shot}")
    return 0


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="a REFI-QDA file (.qdpx or .qde)")
    parser.add_argument("shot", type=Path, help="the PNG to write")
    args = parser.parse_args()
    sys.exit(main(args.source, args.shot))
