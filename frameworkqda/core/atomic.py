"""Writing a file so that its name always holds a complete file: the old one or the new one.

Every file the application writes (exports, codebooks, REFI-QDA archives, new projects) is
written under a hidden name beside the target — ``.<name>.<purpose>-<pid>`` — flushed to disk,
then renamed over the target. The same folder keeps the rename atomic, and a full disk fails
before the previous file is touched. A failure or a cancellation deletes the temporary file
(and its scratch folder and SQLite companions); a process killed outright leaves them under its
pid, and the next write into that folder sweeps them once that process is gone.

The hidden name is ours, not the person's: an error about it (a folder that does not exist, a
full disk) is raised naming the target instead, and :func:`cannot_write` says it in one line.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from frameworkqda.core.messages import QT_TRANSLATE_NOOP, Message

PURPOSES = ("writing", "creating", "importing")
COMPANIONS = ("-wal", "-shm", "-journal")  # SQLite's files beside a database being written
SCRATCH = ".d"  # suffix of a writer's own scratch folder beside the temporary file
LEFTOVER = re.compile(
    rf"^\..+\.(?:{'|'.join(PURPOSES)})-(?P<pid>\d+)(?:{'|'.join(COMPANIONS)}|\.d)?$"
)


def temporary_name(target: Path, purpose: str = "writing", pid: int | None = None) -> Path:
    """The hidden name a file is written under before it is renamed to ``target``."""
    if purpose not in PURPOSES:
        raise ValueError(f"purpose must be one of {PURPOSES}, not {purpose!r}")
    return target.with_name(f".{target.name}.{purpose}-{os.getpid() if pid is None else pid}")


@contextlib.contextmanager
def atomic_path(
    target: str | Path, purpose: str = "writing", *, touch: bool = True
) -> Iterator[Path]:
    """Yield the temporary path to write; on leaving the block normally it becomes ``target``.

    With ``touch`` the temporary file exists (empty) from the start, so a folder that cannot be
    written is found before any work is done (writers that refuse an existing file, like
    SQLite's project creation, pass False). Whatever the block leaves at the temporary path
    is flushed to disk and renamed over ``target``; on an exception it is deleted and
    ``target`` is as it was.
    """
    final = Path(target)
    sweep(final.parent)
    temporary = temporary_name(final, purpose)
    try:
        if touch:
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666))
        yield temporary
        _fsync(temporary)
        os.replace(temporary, final)
        _fsync_folder(final.parent)
    except OSError as error:
        named = _naming_target(error, temporary, final)
        if named is None:
            raise
        raise named from error
    finally:
        remove(temporary)


def cannot_write(target: str | Path, error: OSError) -> Message:
    """One line for a person: ``target`` could not be written and why, in the system's words
    for the reason alone ("No such file or directory", not "[Errno 2] …: '/x/.cb.csv.…'")."""
    return QT_TRANSLATE_NOOP(
        "Files", "{target}: cannot be written ({reason}); nothing was changed"
    ).format(target=target, reason=error.strerror or str(error))


def _naming_target(error: OSError, temporary: Path, final: Path) -> OSError | None:
    """``error`` about the temporary file (or its scratch folder and companions) as one about
    ``final``, the name a person gave; None for another file's error (left as it is)."""
    if error.errno is None or not str(error.filename or "").startswith(str(temporary)):
        return None
    return OSError(error.errno, error.strerror, str(final))  # FileNotFoundError and the like


@contextlib.contextmanager
def atomic_write(
    target: str | Path, mode: str = "wb", *, encoding: str | None = None, newline: str | None = None
) -> Iterator[IO[Any]]:
    """An open file that replaces ``target`` only once it is written completely."""
    with (
        atomic_path(target) as temporary,
        open(temporary, mode, encoding=encoding, newline=newline) as handle,
    ):
        yield handle


def write_whole(path: Path, data: bytes) -> None:
    """``data`` into ``path``, the file closed whether or not the write succeeds. The ZIP-based
    formats (XLSX, DOCX) are built in memory and written here: a library's ``ZipFile`` on a
    file whose write failed stays open, and closing it at exit failed again ("Exception
    ignored in: ZipFile.__del__ … No space left on device" after our one-line message)."""
    with open(path, "wb") as handle:
        handle.write(data)


def scratch_folder(temporary: Path) -> Path:
    """A folder beside ``temporary`` for a writer's own scratch files (XlsxWriter's parts),
    removed with the temporary file, swept with it after a kill."""
    folder = temporary.with_name(temporary.name + SCRATCH)
    folder.mkdir(exist_ok=True)
    return folder


def remove(temporary: Path) -> None:
    """Delete a temporary file with its SQLite companions and scratch folder, if present.

    A failure here (a folder turned read-only) must not hide the error that brought us here."""
    for leftover in (temporary, *(temporary.with_name(temporary.name + s) for s in COMPANIONS)):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
    shutil.rmtree(temporary.with_name(temporary.name + SCRATCH), ignore_errors=True)


def sweep(folder: Path, pattern: re.Pattern[str] = LEFTOVER) -> list[Path]:
    """Delete what killed runs of this application left in ``folder``: only names matching
    ``pattern`` (our own; its group ``pid`` names the process that wrote them), only when that
    process is no longer running. Returns what went."""
    swept: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return swept
    for name in names:
        match = pattern.match(name)
        if match is None or pid_alive(int(match["pid"])):
            continue
        path = folder / name
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            continue  # not ours to delete after all (permissions): leave it
        swept.append(path)
    return swept


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this machine (assumed so where it cannot be told)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # os.kill(pid, 0) would terminate it on Windows: never sweep there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
