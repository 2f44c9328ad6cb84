"""Deterministic REFI GUIDs, so the same project always exports the same bytes.

A GUID is a UUID5 over a namespace made from the project's name and creation time, the kind
of entity and a key built from what identifies it to a person (a code's path, a document's
name, a segment's range), never database ids: a project imported back and exported again
gets the very same GUIDs even though its rows were renumbered.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from frameworkqda.core.exchange.refi.common import format_datetime

_ROOT = uuid.UUID("6f1c9a52-3d4b-5e8a-9c07-2b1f4e6d8a90")


class Guids:
    """Makes the GUID of each exported entity from its kind and its human key."""

    def __init__(self, project_name: str, created_at: datetime | None) -> None:
        self.namespace = uuid.uuid5(_ROOT, f"{project_name}\x1f{format_datetime(created_at)}")

    def __call__(self, kind: str, *key: object) -> str:
        text = "\x1f".join([kind, *(str(part) for part in key)])
        return str(uuid.uuid5(self.namespace, text)).upper()
