"""Reading untrusted ``.qdpx`` archives and QDA-XML safely.

A ``.qdpx`` comes from anywhere. Before anything is created we refuse archive entries that
would escape a folder (``..``, absolute or drive paths), symlinks, too many entries, and data
that inflates beyond a size or ratio limit (checked while inflating, never trusting the
header). XML is parsed by libxml2 with entities unresolved, no network and no DTD loading; any
DTD at all is refused, as are entity references, too many elements and nesting too deep.
"""

from __future__ import annotations

import io
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any

from lxml import etree

from frameworkqda.core.exchange.refi.common import UnsafeFileError
from frameworkqda.core.importers.base import ImportLimits
from frameworkqda.core.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Limits:
    """Ceilings for one import; generous for real projects, fatal for bombs."""

    max_entries: int = 100_000
    max_entry_bytes: int = 2 * 1024**3  # one inflated file (the archive's sanity, read or not)
    # One source read into the project (a text, PDF or DOCX in sources/): the import limit of
    # one file, as for `frameworkqda import`. Sources are read and written one at a time
    # (plan_parts), so peak memory follows this, not the number of sources.
    max_source_bytes: int = ImportLimits().max_file_bytes
    # Notes' text files (plainTextPath; inline notes count as XML), all held by the plan.
    max_note_bytes: int = 64 * 1024**2
    max_total_bytes: int = 8 * 1024**3  # all inflated files together
    max_ratio: float = 200.0  # inflated / compressed, for entries above ratio_floor
    # an entry inflating to less harms nothing whatever its ratio (the sizes above cap the
    # rest): our own export of a 50 MB text of repeated lines inflated 258-fold and was
    # refused as a zip bomb when this was 1 MiB
    ratio_floor: int = 64 * 1024**2
    max_xml_bytes: int = 128 * 1024**2  # the project XML (texts sit apart in sources/)
    max_xml_depth: int = 64
    # About 1 KB of peak memory per element on import (tree, plan and rows together; issue 18:
    # 200,000 coded selections = 600,000 elements took 708 MB), so this keeps an import under 1 GB.
    max_xml_elements: int = 750_000


DEFAULT_LIMITS = Limits()


def _safe_member_name(raw: str) -> str | None:
    """The normalised relative name of an entry, or None when it would escape the folder."""
    name = raw.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
    if any(p == ".." for p in parts):
        return None
    return "/".join(parts)


class SafeArchive:
    """A checked view of a ZIP: entries by lower-cased name, inflated with limits."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = path
        self.limits = limits
        self._inflated = 0
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as error:
            raise UnsafeFileError(
                QT_TRANSLATE_NOOP(
                    "REFI-QDA", "{path}: not a readable ZIP archive ({reason})"
                ).format(path=path, reason=str(error))
            ) from error
        infos = self._zip.infolist()
        if len(infos) > limits.max_entries:
            self._zip.close()
            raise UnsafeFileError(
                QT_TRANSLATE_NOOP(
                    "REFI-QDA", "{path}: {count} entries, more than the limit of {entries}"
                ).format(path=path, count=len(infos), entries=limits.max_entries)
            )
        self._by_name: dict[str, zipfile.ZipInfo] = {}
        declared = 0
        try:
            for info in infos:
                self._check_entry(info)
                declared += info.file_size
                if not info.is_dir():
                    name = _safe_member_name(info.filename)
                    assert name is not None
                    self._by_name.setdefault(name.lower(), info)
            if declared > limits.max_total_bytes:
                raise UnsafeFileError(
                    QT_TRANSLATE_NOOP(
                        "REFI-QDA",
                        "{path}: would inflate to {declared} bytes, more than the limit of "
                        "{total_bytes}",
                    ).format(path=path, declared=declared, total_bytes=limits.max_total_bytes)
                )
        except BaseException:
            self._zip.close()
            raise

    def _check_entry(self, info: zipfile.ZipInfo) -> None:
        where = f"{self.path}: entry {info.filename!r}"
        if _safe_member_name(info.filename) is None:
            raise UnsafeFileError(
                QT_TRANSLATE_NOOP(
                    "REFI-QDA", "{where} has an absolute or '..' path (zip-slip); refused"
                ).format(where=where)
            )
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise UnsafeFileError(
                QT_TRANSLATE_NOOP("REFI-QDA", "{where} is a symbolic link; refused").format(
                    where=where
                )
            )
        if info.flag_bits & 0x1:
            raise UnsafeFileError(
                QT_TRANSLATE_NOOP("REFI-QDA", "{where} is encrypted; refused").format(where=where)
            )
        if info.file_size > self.limits.max_entry_bytes:
            raise UnsafeFileError(
                QT_TRANSLATE_NOOP(
                    "REFI-QDA", "{where} would inflate to {file_size} bytes, more than the limit"
                ).format(where=where, file_size=info.file_size)
            )
        self._check_ratio(where, info.file_size, info.compress_size)

    def _check_ratio(self, where: str, inflated: int, compressed: int) -> None:
        if inflated > self.limits.ratio_floor and inflated > self.limits.max_ratio * max(
            compressed, 1
        ):
            raise UnsafeFileError(
                QT_TRANSLATE_NOOP(
                    "REFI-QDA", "{where} inflates {ratio}-fold (a zip bomb?); the limit is {limit}"
                ).format(
                    where=where,
                    ratio=f"{inflated / max(compressed, 1):.0f}",
                    limit=f"{self.limits.max_ratio:.0f}",
                )
            )

    def names(self) -> list[str]:
        """Entry names (original spelling), in archive order."""
        return [info.filename for info in self._by_name.values()]

    def find(self, name: str) -> zipfile.ZipInfo | None:
        """An entry by name, ignoring case and a leading ``./``."""
        normal = _safe_member_name(name)
        return self._by_name.get(normal.lower()) if normal else None

    def read(self, info: zipfile.ZipInfo, most: int | None = None) -> bytes:
        """Inflate one entry, stopping as soon as it passes the size or ratio limits or ``most``."""
        buffer = io.BytesIO()  # its value is handed over without a copy, unlike a join
        for chunk in self.stream(info, most):
            buffer.write(chunk)
        return buffer.getvalue()

    def stream(self, info: zipfile.ZipInfo, most: int | None = None) -> Iterator[bytes]:
        """Inflate one entry a chunk at a time, with the checks of :meth:`read`."""
        where = f"{self.path}: entry {info.filename!r}"
        limit = min(self.limits.max_entry_bytes, self.limits.max_total_bytes - self._inflated)
        if most is not None and min(info.file_size, limit) > most:
            raise UnsafeFileError(
                QT_TRANSLATE_NOOP(
                    "REFI-QDA", "{where}: more than the limit of {most} bytes; refused"
                ).format(where=where, most=f"{most:,}")
            )
        limit = limit if most is None else min(limit, most)
        size = 0
        try:
            with self._zip.open(info) as handle:
                while chunk := handle.read(1024 * 1024):
                    size += len(chunk)
                    if size > limit:
                        raise UnsafeFileError(
                            QT_TRANSLATE_NOOP(
                                "REFI-QDA",
                                "{where} inflates beyond the limit of {limit} bytes; refused",
                            ).format(where=where, limit=f"{limit:,}")
                        )
                    self._check_ratio(where, size, info.compress_size)
                    self._inflated += len(chunk)
                    yield chunk
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise UnsafeFileError(
                QT_TRANSLATE_NOOP("REFI-QDA", "{where} is damaged ({reason})").format(
                    where=where, reason=str(error)
                )
            ) from error

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _first_problem(error: Any) -> str:
    """What is wrong, with its line: where iterparse says only "no element found (line 0)",
    libxml2's own last complaint ("Entity 'foo' not defined, line 1, column 44"; the log may
    hold older ones of this thread's earlier parses first)."""
    said = str(error)
    entries = list(error.error_log)
    if not said.startswith("no element found") or not entries:
        return said
    last = entries[-1]
    return f"{last.message}, line {last.line}, column {last.column}"


def parse_xml(
    data: bytes | IO[bytes], where: str, limits: Limits = DEFAULT_LIMITS
) -> Any:  # lxml _Element
    """Parse QDA-XML with no entities, DTDs or network, and bounded depth and size."""
    if isinstance(data, bytes) and len(data) > limits.max_xml_bytes:
        raise UnsafeFileError(
            QT_TRANSLATE_NOOP(
                "REFI-QDA", "{where}: {count} bytes of XML, more than the limit of {xml_bytes}"
            ).format(where=where, count=f"{len(data):,}", xml_bytes=f"{limits.max_xml_bytes:,}")
        )
    import io

    source = io.BytesIO(data) if isinstance(data, bytes) else data
    depth = 0
    elements = 0
    try:
        events = etree.iterparse(
            source,
            events=("start", "end"),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
            remove_comments=True,
            remove_pis=True,
        )
        for event, _element in events:
            if event == "start":
                depth += 1
                elements += 1
                if depth > limits.max_xml_depth:
                    raise UnsafeFileError(
                        QT_TRANSLATE_NOOP(
                            "REFI-QDA",
                            "{where}: XML nested deeper than {xml_depth} levels; refused",
                        ).format(where=where, xml_depth=limits.max_xml_depth)
                    )
                if elements > limits.max_xml_elements:
                    raise UnsafeFileError(
                        QT_TRANSLATE_NOOP(
                            "REFI-QDA",
                            "{where}: more than {limit} XML elements, the limit (about "
                            "{selections} coded selections) that keeps an import under 1 GB of "
                            "memory; refused",
                        ).format(
                            where=where,
                            limit=f"{limits.max_xml_elements:,}",
                            selections=f"{limits.max_xml_elements // 3:,}",
                        )
                    )
            else:
                depth -= 1
        root = events.root
    except etree.XMLSyntaxError as error:
        message = _first_problem(error)
        if "entity" in message.lower() or "doctype" in message.lower():
            raise UnsafeFileError(
                QT_TRANSLATE_NOOP(
                    "REFI-QDA", "{where}: XML entities or DTD refused ({message})"
                ).format(where=where, message=message)
            ) from error
        raise UnsafeFileError(
            QT_TRANSLATE_NOOP("REFI-QDA", "{where}: not well-formed XML ({message})").format(
                where=where, message=message
            )
        ) from error
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise UnsafeFileError(
            QT_TRANSLATE_NOOP(
                "REFI-QDA", "{where}: contains a DTD (<!DOCTYPE>); DTDs and entities refused"
            ).format(where=where)
        )
    for node in root.iter(etree.Entity):
        raise UnsafeFileError(
            QT_TRANSLATE_NOOP(
                "REFI-QDA", "{where}: contains the entity reference {node}; refused"
            ).format(where=where, node=node)
        )
    return root
