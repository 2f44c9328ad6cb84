"""Names, errors and small helpers shared by the REFI-QDA exporter and importer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from frameworkqda.core.errors import FrameworkQDAError

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


class ExchangeError(FrameworkQDAError):
    """A REFI-QDA file could not be read or written; nothing was created."""


class UnsafeFileError(ExchangeError):
    """The file looks like an attack (or is too large to read safely) and was refused."""


class ExchangeCancelled(ExchangeError):
    """The person cancelled; whatever was being written has been removed."""


def check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise ExchangeCancelled("cancelled")


def format_datetime(value: datetime | None) -> str | None:
    """xsd:dateTime in UTC to the second, the form every REFI vendor writes."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_datetime(text: str | None) -> datetime | None:
    """Read an xsd:dateTime leniently; a value we cannot read is treated as absent."""
    if not text:
        return None
    raw = text.strip()
    if raw.endswith("Z"):
        raw = raw[:-1] + "+00:00"
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0)


def normalise_colour(value: str | None) -> str | None:
    """``#abc`` or ``#AABBCC`` to lower-case ``#aabbcc``; anything else is dropped."""
    if not value:
        return None
    raw = value.strip().lstrip("#")
    if len(raw) == 3:
        raw = "".join(c * 2 for c in raw)
    if len(raw) == 8:  # some programs add an alpha byte
        raw = raw[:6]
    try:
        int(raw, 16)
    except ValueError:
        return None
    return f"#{raw.lower()}" if len(raw) == 6 else None
