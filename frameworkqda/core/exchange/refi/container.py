"""Open a ``.qdpx`` archive or a bare ``.qde`` and resolve the source paths it names.

Vendor quirks handled here: ``Sources/`` or ``sources/`` (any letter case), ``project.qde`` or
``<name>.qde``, ``internal://GUID.ext`` as well as plain relative names. Files outside the archive
(``absolute://``, ``file://``) are never read: an untrusted file must not pull arbitrary
files from this computer into a project. ``relative://`` paths are read only from inside the
folder of a bare ``.qde``. A source is handed over as chunks read as they are consumed, so
the planner can park a text without holding it whole; one above ``Limits.max_source_bytes``
(the import limit of one file) refuses the import, naming that limit.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from frameworkqda.core.exchange.refi import report_lines as say
from frameworkqda.core.exchange.refi.common import ExchangeError, UnsafeFileError
from frameworkqda.core.exchange.refi.safety import DEFAULT_LIMITS, Limits, SafeArchive, parse_xml
from frameworkqda.core.importers.registry import source_folders, zipped_files
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, Message, listed
from frameworkqda.core.sizes import describe_size

CHUNK = 1024 * 1024


@dataclass
class Resolved:
    """A file the project names: its bytes, read as they are consumed, or why there are none."""

    chunks: Iterator[bytes] | None
    problem: str = ""  # why chunks is None

    def data(self) -> bytes:
        """The whole file (read once)."""
        assert self.chunks is not None
        buffer = io.BytesIO()  # its value is handed over without a copy, unlike a join
        for chunk in self.chunks:
            buffer.write(chunk)
        return buffer.getvalue()


# how a .qde's XML may begin: "<", or a UTF-8 / UTF-16 byte-order mark
_BOMS = {b"\xef\xbb\xbf": "utf-8", b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}


def _starts_as_xml(head: bytes) -> bool:
    """Whether a file beginning with ``head`` begins as XML does: ``<`` after white space and
    any byte-order mark (a CSV saved with Excel's mark passed for XML and was refused as "not
    well-formed XML (Start tag expected…)", not as what it is)."""
    for bom, encoding in _BOMS.items():
        if head.startswith(bom):
            text = head[len(bom) :].decode(encoding, errors="replace")
            return text.lstrip().startswith("<")
    return head.lstrip().startswith(b"<")


class Container:
    """The project XML and a way to fetch the files it refers to."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = path
        self.limits = limits
        self.archive: SafeArchive | None = None
        if not path.is_file():
            raise ExchangeError(
                QT_TRANSLATE_NOOP("REFI-QDA", "{path}: no such file").format(path=path)
            )
        if zipfile.is_zipfile(path):
            self.archive = SafeArchive(path, limits)
            entry = self.archive.find("project.qde")
            if entry is None:
                candidates = [n for n in self.archive.names() if n.lower().endswith(".qde")]
                top = [n for n in candidates if "/" not in n.strip("/")]
                candidates = top or candidates
                if len(candidates) != 1:
                    self.archive.close()
                    raise ExchangeError(_no_project(path, candidates, self.archive.names()))
                entry = self.archive.find(candidates[0])
            assert entry is not None
            self.qde_name = entry.filename
            try:
                self.root: Any = parse_xml(
                    self.archive.read(entry, limits.max_xml_bytes),
                    f"{path}:{entry.filename}",
                    limits,
                )
            except BaseException:
                self.archive.close()
                raise
        else:
            size = path.stat().st_size
            if size == 0:
                raise ExchangeError(
                    QT_TRANSLATE_NOOP(
                        "REFI-QDA", "{path}: an empty file, not a REFI-QDA project"
                    ).format(path=path)
                )
            with path.open("rb") as handle:
                head = handle.read(1024)
            if not _starts_as_xml(head):  # no zip archive (above), and no XML
                raise ExchangeError(
                    QT_TRANSLATE_NOOP(
                        "REFI-QDA",
                        "{path}: not a REFI-QDA project, or a damaged one (neither a readable "
                        ".qdpx zip archive nor project XML)",
                    ).format(path=path)
                )
            if size > limits.max_xml_bytes:
                raise UnsafeFileError(
                    QT_TRANSLATE_NOOP(
                        "REFI-QDA",
                        "{path}: {size} bytes of XML, more than the limit of {xml_bytes}",
                    ).format(path=path, size=f"{size:,}", xml_bytes=f"{limits.max_xml_bytes:,}")
                )
            self.qde_name = path.name
            self.root = parse_xml(path.read_bytes(), str(path), limits)

    def resolve(self, uri: str) -> Resolved:
        """The bytes of a source file named in the project, or why they cannot be had."""
        raw = uri.strip()
        lowered = raw.lower()
        if (
            lowered.startswith(("absolute://", "file://"))
            or raw.startswith("/")
            or (len(raw) > 2 and raw[1] == ":" and raw[2] in "\\/")
        ):
            return Resolved(None, say.EXTERNAL.format(path=raw))
        for prefix in ("internal://", "relative://"):
            if lowered.startswith(prefix):
                raw = raw[len(prefix) :].lstrip("/")
                break
        if self.archive is not None:
            for candidate in (f"sources/{raw}", raw):
                entry = self.archive.find(candidate)
                if entry is not None:
                    self._check_size(f"{self.path}: {entry.filename}", entry.file_size)
                    return Resolved(self.archive.stream(entry, self.limits.max_source_bytes))
            return Resolved(None, say.MISSING_FROM_ARCHIVE.format(uri=uri))
        return self._beside_qde(raw, uri)

    def plain_text(self, element: Any, label: str) -> tuple[Resolved | None, str]:
        """The file an element's ``plainTextPath`` names, and what to say if it is not text;
        or None and why there is no such file (``label`` names the element)."""
        path = element.get("plainTextPath")
        if not path:
            return None, say.NO_PLAIN_TEXT.format(label=label)
        resolved = self.resolve(path)
        if resolved.chunks is None:
            return None, say.PLAIN_TEXT_UNREADABLE.format(label=label, problem=resolved.problem)
        return resolved, say.PLAIN_TEXT_NOT_UTF8.format(label=label, path=path)

    @cached_property
    def _folders(self) -> tuple[Path, ...]:
        """Where a bare ``.qde``'s sources are looked for: its sources folders (those a folder's
        import leaves out, :func:`source_folders`), then its own folder."""
        base = self.path.parent.resolve()
        return (*source_folders(base), base)

    def _beside_qde(self, raw: str, uri: str) -> Resolved:
        base = self.path.parent.resolve()
        for folder in self._folders:
            candidate = (folder / raw).resolve()
            if not candidate.is_relative_to(base):
                return Resolved(None, say.OUTSIDE_FOLDER.format(uri=uri))
            if candidate.is_file():
                where = f"{self.path}: {candidate.relative_to(base)}"
                self._check_size(where, candidate.stat().st_size)
                return Resolved(_read_file(candidate, self.limits.max_source_bytes))
        return Resolved(None, say.NOT_BESIDE.format(uri=uri, name=self.path.name))

    def _check_size(self, where: str, size: int) -> None:
        limit = self.limits.max_source_bytes
        if size > limit:
            raise UnsafeFileError(
                QT_TRANSLATE_NOOP(
                    "REFI-QDA",
                    "{where}: {size}, over the import limit of {limit} for one source; refused",
                ).format(where=where, size=describe_size(size), limit=describe_size(limit))
            )

    def close(self) -> None:
        if self.archive is not None:
            self.archive.close()

    def __enter__(self) -> Container:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _no_project(path: Path, candidates: list[str], names: list[str]) -> Message:
    """Why a zip archive is no project: several ``.qde`` files, or none; with none, the
    ``.qdpx`` files it holds (a project zipped whole to be sent by email) and what to do."""
    if candidates:
        return QT_TRANSLATE_NOOP(
            "REFI-QDA", "{path}: no project.qde in the archive (several .qde files: {files})"
        ).format(path=path, files=listed(candidates))
    inner = zipped_files(names, ".qdpx")
    if inner:
        return QT_TRANSLATE_NOOP(
            "REFI-QDA",
            "{path}: no project.qde in the archive: it holds {files}, a REFI-QDA project zipped "
            "again; unzip it and import the .qdpx",
        ).format(path=path, files=listed(inner))
    return QT_TRANSLATE_NOOP("REFI-QDA", "{path}: no project.qde in the archive").format(path=path)


def _read_file(path: Path, most: int) -> Iterator[bytes]:
    """A file's chunks, no further than ``most`` bytes (it may grow while it is read)."""
    with path.open("rb") as handle:
        while chunk := handle.read(min(CHUNK, most + 1)):
            most -= len(chunk)
            if most < 0:
                raise UnsafeFileError(
                    QT_TRANSLATE_NOOP(
                        "REFI-QDA", "{path}: grew past the import limit of one source; refused"
                    ).format(path=path)
                )
            yield chunk
